import Foundation

/// What `quiz check --repair` does, under the directory's lock: a backup of the log and snapshot first, then
/// a torn last line set aside and the snapshot rebuilt from the log. Review lines are never deleted or rewritten.
public enum ProgressRepair {
    /// What was done: the backup folder and the files copied into it, and the store's notes (a torn line
    /// moved aside).
    public struct Outcome: Sendable {
        public var backup: String
        public var copied: [String]
        public var notes: [String]
    }

    /// Repairs `directory`; `backupName` (e.g. `backup-20261201T101500Z`, from the caller's clock) names the
    /// backup folder, made unique with `-2`, `-3`… The snapshot is rebuilt with `scheduler`.
    public static func repair(directory: String, scheduler: FSRSScheduler, backupName: String) throws(ProgressError) -> Outcome {
        let lock = try ProgressLock(directory: directory)
        var backup = directory + "/" + backupName
        var n = 2
        while FileManager.default.fileExists(atPath: backup) {
            backup = directory + "/" + backupName + "-\(n)"
            n += 1
        }
        do {
            try FileManager.default.createDirectory(atPath: backup, withIntermediateDirectories: false)
        } catch {
            throw ProgressError(path: backup, message: "cannot create the backup folder; nothing was repaired")
        }
        var copied: [String] = []
        for name in ["reviews.jsonl", "state.json"] {
            guard let data = try ProgressFile.read(directory + "/" + name) else { continue }
            do {
                try AtomicFile.write(data, to: backup + "/" + name)
            } catch {
                throw ProgressError(path: backup + "/" + name, message: "cannot write the backup (\(error)); nothing was repaired")
            }
            copied.append(name)
        }
        AtomicFile.syncDirectory(directory)
        let store = try ProgressStore(directory: directory, scheduler: scheduler, lock: lock)
        defer { store.close() }
        do {
            try store.rebuildSnapshot()
        } catch {
            throw ProgressError(path: store.snapshotPath, message: "cannot write the rebuilt snapshot (\(error))")
        }
        return Outcome(backup: backup, copied: copied, notes: store.warnings)
    }
}
