import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Opens and reads the progress directory's files without following a symbolic link in their last
/// component, so that a planted link cannot make quiz read or overwrite another file.
enum ProgressFile {
    /// `open(2)` with `O_NOFOLLOW | O_CLOEXEC` added; a link gives a one-line error naming the path.
    static func open(_ path: String, _ flags: Int32, _ mode: mode_t = 0o644) throws(ProgressError) -> Int32 {
        let fd = Glibc.open(path, flags | O_NOFOLLOW | O_CLOEXEC, mode)
        if fd < 0 { throw failure(path) }
        return fd
    }

    /// Why opening `path` failed, from `errno`.
    private static func failure(_ path: String) -> ProgressError {
        if errno == ELOOP { return ProgressError(path: path, message: "is a symbolic link; progress files must be plain files, so it is left alone") }
        return ProgressError(path: path, message: "cannot open: \(AtomicFile.errnoText())")
    }

    /// The whole file, or nil when it does not exist.
    static func read(_ path: String) throws(ProgressError) -> Data? {
        let fd = Glibc.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw failure(path)
        }
        defer { Glibc.close(fd) }
        // Sized once from the file's length (grown only if the file grows while it is read).
        var info = stat()
        var data = Data(capacity: fstat(fd, &info) == 0 ? Int(info.st_size) + 1 : 0)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ProgressError(path: path, message: "cannot read: \(AtomicFile.errnoText())")
            }
            if n == 0 { return data }
            data.append(contentsOf: buffer[0..<n])
        }
    }
}
