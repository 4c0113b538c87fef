import Foundation

/// Fresh directories for tests that write real files. They all sit in one directory per test process,
/// `$TMPDIR/quiz-tests-PID`, removed when the process exits; one left by a process that died first is
/// removed by the next test process.
public enum TemporaryDirectory {
    /// This process's directory, made (and its removal at exit arranged) on first use.
    public static let root: String = {
        let base = FileManager.default.temporaryDirectory.path
        removeAbandonedRoots(in: base)
        let dir = base + "/" + prefix + String(getpid())
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TemporaryDirectory.root) }
        return dir
    }()

    private static let prefix = "quiz-tests-"

    /// A new empty directory named `prefix-UUID` under `root`.
    public static func make(_ prefix: String = "quiz-test") -> String {
        let dir = root + "/" + prefix + "-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A path under `root` for a file named `name-UUID.ext`, not yet created.
    public static func file(_ name: String, extension ext: String) -> String {
        root + "/" + name + "-" + UUID().uuidString + "." + ext
    }

    /// Removes the directories of test processes that are no longer running.
    private static func removeAbandonedRoots(in base: String) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [] where entry.hasPrefix(prefix) {
            guard let pid = pid_t(entry.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH { try? FileManager.default.removeItem(atPath: base + "/" + entry) }
        }
    }
}
