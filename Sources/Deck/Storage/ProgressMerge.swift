import Foundation

/// Merges the review logs of other progress directories into one, under its lock: the merged log replaces
/// the old one atomically and the snapshot is rebuilt. Every log must read whole first: a bad line or a torn
/// last line anywhere stops the merge before anything is written.
public enum ProgressMerge {
    /// Merges the logs of `others` into `directory`'s and returns what each brought (the first contribution
    /// is `directory`'s own log). Nothing is written when the merged log is the log already there.
    public static func merge(into directory: String, from others: [String], scheduler: FSRSScheduler) throws(ProgressError) -> ReviewLogMerge.Merged {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ProgressError(path: directory, message: "no such progress directory")
        }
        let lock = try ProgressLock(directory: directory)
        defer { lock.release() }
        let logPath = directory + "/reviews.jsonl"
        let current = try ProgressFile.read(logPath) ?? Data()
        var sources = [try source(logPath, bytes: [UInt8](current))]
        for other in others {
            guard FileManager.default.fileExists(atPath: other, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ProgressError(path: other, message: "no such progress directory; nothing was merged")
            }
            let path = other + "/reviews.jsonl"
            guard let data = try ProgressFile.read(path) else {
                throw ProgressError(path: path, message: "no review log here; nothing was merged")
            }
            sources.append(try source(path, bytes: [UInt8](data)))
        }
        let merged: ReviewLogMerge.Merged
        switch ReviewLogMerge.merge(sources) {
        case .success(let m): merged = m
        case .failure(let conflict):
            throw ProgressError(path: conflict.second.name, line: conflict.second.line, message: conflict.message)
        }
        var text = ""
        for entry in merged.entries { text += ReviewLogCodec.encode(entry) + "\n" }
        let bytes = Data(text.utf8)
        guard lock.isStillHeld else {
            throw ProgressError(path: lock.path, message: "the lock file was deleted or replaced, so another process may be writing; nothing was merged")
        }
        if bytes != current {
            do {
                try AtomicFile.write(bytes, to: logPath)
            } catch {
                throw ProgressError(path: logPath, message: "cannot write the merged log (\(error)); the log is as it was")
            }
        }
        let history = ReviewHistory(entries: merged.entries)
        let snapshot = StateSnapshot(logBytes: bytes.count, logEntries: merged.entries.count, lastEntryID: merged.entries.last?.id,
                                     settings: scheduler.settings, states: history.cardStates(scheduler: scheduler))
        do {
            try AtomicFile.write(try snapshot.encoded(), to: directory + "/state.json")
        } catch {
            throw ProgressError(path: directory + "/state.json", message: "the log was merged but the snapshot could not be written (\(error)); it is rebuilt on the next start")
        }
        return merged
    }

    /// A log read whole for merging; a bad line, a torn last line or a newer version is an error naming it.
    static func source(_ path: String, bytes: [UInt8]) throws(ProgressError) -> ReviewLogMerge.Source {
        var entries: [(entry: ReviewLogEntry, line: Int)] = []
        for line in ReviewLogScan.lines(bytes) {
            switch line.result {
            case .success(let entry): entries.append((entry, line.number))
            case .failure(.newerVersion(let v)):
                throw ProgressError(path: path, line: line.number, message: "written by a newer quiz (log version \(v); this one reads \(ReviewLogCodec.version)); nothing was merged")
            case .failure(.malformed(let why)):
                let torn = line.complete ? "" : "the last line is incomplete (a crash in mid-write?): "
                throw ProgressError(path: path, line: line.number, message: "\(torn)\(why); nothing was merged (quiz check --repair sets a torn last line aside)")
            }
        }
        return ReviewLogMerge.Source(name: path, entries: entries)
    }
}
