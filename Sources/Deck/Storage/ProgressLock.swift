import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The progress directory's write lock: `flock` on the `lock` file, which holds the holder's pid. One writer
/// (a study session, a merge, a repair) at a time; the kernel releases it when the process dies.
public final class ProgressLock {
    public let path: String
    private var fd: Int32 = -1
    private var identity: (dev: dev_t, ino: ino_t)? = nil

    /// Takes the lock of `directory`, or says who holds it.
    public init(directory: String) throws(ProgressError) {
        path = directory + "/lock"
        fd = try ProgressFile.open(path, O_RDWR | O_CREAT)
        if flock(fd, LOCK_EX | LOCK_NB) != 0, !Self.retryWhileHeldByThisProcess(fd: fd, path: path) {
            // The holder writes its pid just after taking the lock: give it a moment to appear.
            var holder = ""
            for attempt in 0..<20 {
                holder = (try? ProgressFile.read(path)).flatMap { $0.map { String(decoding: $0, as: UTF8.self) } }?.trimmingWhitespace() ?? ""
                if !holder.isEmpty || attempt == 19 { break }
                usleep(10_000)
            }
            Glibc.close(fd)
            fd = -1
            let who = holder.isEmpty ? "another quiz process" : "another quiz process (pid \(holder))"
            throw ProgressError(path: directory, message: "progress is in use by \(who); finish that session first")
        }
        // We hold the lock: a pid left by a dead process is simply replaced (written before the old length is
        // cut, so a reader never sees an empty file).
        let pid = "\(getpid())\n"
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
        ftruncate(fd, off_t(pid.utf8.count))
        var st = stat()
        if fstat(fd, &st) == 0 { identity = (st.st_dev, st.st_ino) }
    }

    deinit { release() }

    /// Tries the lock again for up to two seconds when the pid in the file is this process's own: a lock this
    /// process released can stay held for a moment by a child that another thread is starting (the child has
    /// a copy of every descriptor until it runs its program, and the lock belongs to the open file, not to a
    /// process). True once the lock is taken.
    private static func retryWhileHeldByThisProcess(fd: Int32, path: String) -> Bool {
        let own = "\(getpid())"
        for _ in 0..<200 {
            let holder = (try? ProgressFile.read(path)).flatMap { $0.map { String(decoding: $0, as: UTF8.self) } }?.trimmingWhitespace()
            guard holder == own else { return false }
            usleep(10_000)
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return true }
        }
        return false
    }

    /// Whether the lock file at `path` is still the one this lock opened: deleting or replacing it would let a
    /// second writer in.
    public var isStillHeld: Bool {
        guard fd >= 0, let held = identity else { return false }
        var st = stat()
        guard lstat(path, &st) == 0 else { return false }
        return st.st_dev == held.dev && st.st_ino == held.ino
    }

    /// Lets the next writer in.
    public func release() {
        if fd >= 0 { Glibc.close(fd); fd = -1 }
    }
}
