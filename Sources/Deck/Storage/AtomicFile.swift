import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file-system failure, named by path, with a one-line reason.
public struct StorageError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): error: \(message)" }
}

/// Atomic replacement of a file's contents: write a temp file beside it, fsync, rename, fsync the directory.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let writer = try AtomicFileWriter(path: path)
        do {
            try data.withUnsafeBytes { try writer.write($0) }
            try writer.commit()
        } catch {
            writer.abort()
            throw error
        }
    }

    /// fsyncs a directory so a rename or a new file in it survives a crash.
    public static func syncDirectory(_ directory: String) {
        let dfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// A file written a piece at a time that replaces `path` only when `commit` succeeds: until then the
/// pieces go to a temp file beside it, which `abort` (or a failed commit) removes.
public final class AtomicFileWriter {
    public let path: String
    let temp: String
    let directory: String
    private var fd: Int32

    public init(path: String) throws {
        self.path = path
        let dir = (path as NSString).deletingLastPathComponent
        directory = dir.isEmpty ? "." : dir
        // A fresh name no one could plant a link at beforehand, created only if it does not exist.
        var name = ""
        var opened: Int32 = -1
        for _ in 0..<8 {
            let random = (0..<12).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement()! }
            name = (directory as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).tmp-\(String(random))")
            opened = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if opened >= 0 || errno != EEXIST { break }
        }
        temp = name
        fd = opened
        guard fd >= 0 else { throw StorageError(path: path, message: "cannot create \(temp): \(AtomicFile.errnoText())") }
    }

    deinit { if fd >= 0 { abort() } }

    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    public func write(_ raw: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < raw.count {
            let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw StorageError(path: path, message: "write failed: \(AtomicFile.errnoText())")
            }
            offset += n
        }
    }

    /// fsync, close, rename over `path`, fsync the directory.
    public func commit() throws {
        if fsync(fd) != 0 {
            let reason = AtomicFile.errnoText()
            abort()
            throw StorageError(path: path, message: "fsync failed: \(reason)")
        }
        try commitUnsynced()
        AtomicFile.syncDirectory(directory)
    }

    /// Closes the temp file and renames it over `path`, with no fsync (`commit` fsyncs first): for a cache,
    /// whose reader checks what it reads, where a file lost in a crash costs only the work of making it again.
    public func commitUnsynced() throws {
        close(fd)
        fd = -1
        guard rename(temp, path) == 0 else {
            let reason = AtomicFile.errnoText()
            unlink(temp)
            throw StorageError(path: path, message: "rename failed: \(reason)")
        }
    }

    /// fsyncs and closes the temp file, not yet renamed (`rename` does that), and gives its identity.
    func sync() throws -> SnapshotBinary.FileIdentity {
        var st = stat()
        guard fsync(fd) == 0, fstat(fd, &st) == 0 else {
            let reason = AtomicFile.errnoText()
            abort()
            throw StorageError(path: path, message: "fsync failed: \(reason)")
        }
        close(fd)
        fd = -1
        return SnapshotBinary.FileIdentity(inode: UInt64(st.st_ino), bytes: Int64(st.st_size),
                                           modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
    }

    /// Renames the temp file, synced by `sync`, over `path` (the caller fsyncs the directory).
    func moveIntoPlace() throws {
        guard Glibc.rename(temp, path) == 0 else {
            throw StorageError(path: path, message: "rename failed: \(AtomicFile.errnoText())")
        }
    }

    /// Closes and removes the temp file; `path` is left as it was.
    public func abort() {
        if fd >= 0 { close(fd) }
        fd = -1
        unlink(temp)
    }
}
