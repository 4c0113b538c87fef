#if canImport(Glibc)
import Glibc
#endif

/// A whole file read straight into a byte array sized from the file's length (no `Data`, no second copy).
enum FileBytes {
    /// The rest of the open file `fd`; nil (with `errno` set) when a read fails.
    static func read(fd: Int32) -> [UInt8]? {
        var info = stat()
        let size = fstat(fd, &info) == 0 && info.st_size > 0 ? Int(info.st_size) : 0
        var failed = false
        // One byte more than the length, so that a file that grew is seen to have more.
        var out = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        guard !failed else { return nil }
        guard out.count == size + 1 else { return out }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return out }
            out += chunk[0..<n]
        }
    }

    /// The bytes of the file at `path` (opened with `flags` added to `O_RDONLY | O_CLOEXEC`); nil (with
    /// `errno` set) when it cannot be opened or read.
    static func read(_ path: String, flags: Int32 = 0) -> [UInt8]? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | flags)
        guard fd >= 0 else { return nil }
        defer { Glibc.close(fd) }
        return read(fd: fd)
    }
}
