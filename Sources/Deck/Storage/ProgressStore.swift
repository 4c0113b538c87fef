import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The progress of one learner: the append-only review log (the source of truth), the derived card
/// states and their snapshot, behind an advisory lock so that one process writes at a time.
public final class ProgressStore {
    public let directory: String
    public var logPath: String { directory + "/reviews.jsonl" }
    public var snapshotPath: String { directory + "/state.json" }
    public var lockPath: String { directory + "/lock" }

    public let scheduler: FSRSScheduler
    public private(set) var history: ReviewHistory
    public private(set) var states: [CardKey: MemoryState]
    /// Things worth telling the user that did not stop the store from opening (torn line set aside, …).
    public private(set) var warnings: [String] = []

    private var logFD: Int32 = -1
    private var lock: ProgressLock?
    private var logBytes: Int

    /// Opens (creating if needed) the store in `directory` for writing: takes the lock, reads the log,
    /// sets a torn last line aside, and loads the snapshot or rebuilds it from the log. A `lock` already taken
    /// on `directory` is used (and released on close) instead of taking it again.
    public init(directory: String, scheduler: FSRSScheduler, lock heldLock: ProgressLock? = nil) throws(ProgressError) {
        self.directory = directory
        self.scheduler = scheduler
        self.history = ReviewHistory()
        self.states = [:]
        self.logBytes = 0
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ProgressError(path: directory, message: "cannot create the progress directory")
        }
        if let heldLock { lock = heldLock } else { lock = try ProgressLock(directory: directory) }
        do {
            try load()
        } catch {
            closeFiles()
            throw error
        }
    }

    deinit { closeFiles() }

    /// Reads the log and snapshot without locking or changing anything (for stats and exports).
    public static func readOnly(directory: String, scheduler: FSRSScheduler) throws(ProgressError) -> (ReviewHistory, [CardKey: MemoryState], [String]) {
        let path = directory + "/reviews.jsonl"
        let contents = try ReviewLogFile.read(path)
        let history = ReviewHistory(entries: contents.entries)
        var warnings: [String] = []
        if !contents.tornTail.isEmpty {
            warnings.append("\(path): warning: the last line is incomplete (\(contents.tornTail.count) bytes) and was ignored")
        }
        return (history, history.cardStates(scheduler: scheduler), warnings)
    }

    private func load() throws(ProgressError) {
        let contents = try ReviewLogFile.read(logPath)
        if !contents.tornTail.isEmpty { try setAsideTornTail(contents) }
        logFD = try ProgressFile.open(logPath, O_WRONLY | O_APPEND | O_CREAT)
        logBytes = Int(lseek(logFD, 0, SEEK_END))
        if contents.needsNewline {
            // The last line is whole but lacks its newline: add it so the next append starts a new line.
            try appendDurably("\n")
        }
        AtomicFile.syncDirectory(directory)
        history = ReviewHistory(entries: contents.entries)
        if let snapshot = try readSnapshot(), snapshot.logBytes == logBytes, snapshot.logEntries == history.entries.count,
           snapshot.lastEntryID == history.entries.last?.id, snapshot.settings == scheduler.settings,
           let checked = checked(snapshot) {
            states = checked
        } else {
            states = history.cardStates(scheduler: scheduler)
            try? writeSnapshot()
        }
    }

    private func setAsideTornTail(_ contents: ReviewLogFile.Contents) throws(ProgressError) {
        var n = 1
        while FileManager.default.fileExists(atPath: logPath + ".torn-\(n)") { n += 1 }
        let aside = logPath + ".torn-\(n)"
        do {
            try AtomicFile.write(Data(contents.tornTail), to: aside)
        } catch {
            throw ProgressError(path: aside, message: "cannot set the torn last line aside; the log is left untouched")
        }
        let fd = try ProgressFile.open(logPath, O_WRONLY)
        guard ftruncate(fd, off_t(contents.goodLength)) == 0, fsync(fd) == 0 else {
            if fd >= 0 { Glibc.close(fd) }
            throw ProgressError(path: logPath, message: "cannot cut the torn last line: \(AtomicFile.errnoText())")
        }
        Glibc.close(fd)
        warnings.append("\(logPath): warning: the last line was incomplete (a crash in mid-write?); its \(contents.tornTail.count) bytes were moved to \(aside)")
    }

    /// The snapshot's states if every value passes the checks; nil, with a warning, if not.
    private func checked(_ snapshot: StateSnapshot) -> [CardKey: MemoryState]? {
        switch snapshot.checkedStates() {
        case .success(let states): return states
        case .failure(let problem):
            warnings.append("\(snapshotPath): warning: bad values in the snapshot (\(problem)); rebuilt from the review log")
            return nil
        }
    }

    /// The snapshot if it can be used; nil (with a warning) if corrupt; an error if newer than this build.
    private func readSnapshot() throws(ProgressError) -> StateSnapshot? {
        guard let data = try ProgressFile.read(snapshotPath) else { return nil }
        if let version = try? JSONDecoder().decode(StateSnapshot.Version.self, from: data),
           version.schema > StateSnapshot.currentSchema {
            throw ProgressError(path: snapshotPath, message: "written by a newer quiz (schema \(version.schema); this one reads \(StateSnapshot.currentSchema)); left untouched")
        }
        guard let snapshot = try? JSONDecoder().decode(StateSnapshot.self, from: data) else {
            warnings.append("\(snapshotPath): warning: unreadable snapshot; rebuilt from the review log")
            return nil
        }
        return snapshot
    }

    /// Derives every card state from the log again and writes the snapshot, whatever the old one held.
    public func rebuildSnapshot() throws {
        states = history.cardStates(scheduler: scheduler)
        try writeSnapshot()
    }

    /// Writes the snapshot of the current states atomically.
    public func writeSnapshot() throws {
        let snapshot = StateSnapshot(logBytes: logBytes, logEntries: history.entries.count,
                                     lastEntryID: history.entries.last?.id, settings: scheduler.settings, states: states)
        try AtomicFile.write(try snapshot.encoded(), to: snapshotPath)
    }

    /// Appends one entry to the log and fsyncs it before returning, then updates the derived states.
    public func append(_ entry: ReviewLogEntry) throws(ProgressError) {
        guard logFD >= 0 else { throw ProgressError(path: logPath, message: "the store is closed") }
        guard lock?.isStillHeld ?? false else {
            throw ProgressError(path: lockPath, message: "the lock file was deleted or replaced, so another process may be writing; nothing more is saved")
        }
        try appendDurably(ReviewLogCodec.encode(entry) + "\n")
        history.append(entry)
        switch entry {
        case .review(let r) where r.scheduled:
            let current = states[r.key] ?? .new(due: r.time)
            if let last = current.lastReview, r.time < last {
                rederive(r.key)
            } else {
                states[r.key] = scheduler.review(current, rating: r.rating, at: r.time,
                                                 fuzzSeed: FuzzSeed.next(r.key, from: current))
            }
        case .review, .action:
            break
        case .undo(let u):
            if let target = history.entries.first(where: { $0.id == u.target }), case .review(let r) = target {
                rederive(r.key)
            }
        }
    }

    /// Appends entries in one write and one fsync (an imported history), then derives the states of the cards
    /// they touch again. All or none of them are saved.
    public func append(contentsOf entries: [ReviewLogEntry]) throws(ProgressError) {
        guard !entries.isEmpty else { return }
        guard logFD >= 0 else { throw ProgressError(path: logPath, message: "the store is closed") }
        guard lock?.isStillHeld ?? false else {
            throw ProgressError(path: lockPath, message: "the lock file was deleted or replaced, so another process may be writing; nothing more is saved")
        }
        try appendDurably(entries.map { ReviewLogCodec.encode($0) + "\n" }.joined())
        var touched = Set<CardKey>()
        for entry in entries {
            history.append(entry)
            if case .review(let r) = entry { touched.insert(r.key) }
        }
        if entries.contains(where: { if case .undo = $0 { return true } else { return false } }) {
            states = history.cardStates(scheduler: scheduler)
            return
        }
        let byKey = Dictionary(grouping: history.reviews.filter { $0.scheduled && touched.contains($0.key) }, by: \.key)
        for key in touched {
            states[key] = byKey[key].map { ReviewHistory.replay(key: key, reviews: $0, scheduler: scheduler) }
        }
    }

    private func rederive(_ key: CardKey) {
        let reviews = history.reviews.filter { $0.key == key && $0.scheduled }
        states[key] = reviews.isEmpty ? nil : ReviewHistory.replay(key: key, reviews: reviews, scheduler: scheduler)
    }

    /// Appends `text` and fsyncs it; on any failure the log is cut back to its length before, so that it
    /// never keeps a partial line, and the error says the entry was not saved.
    private func appendDurably(_ text: String) throws(ProgressError) {
        let before = logBytes
        let bytes = Array(text.utf8)
        var offset = 0
        var failure: String? = nil
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(logFD, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = "write failed: \(AtomicFile.errnoText())"
                break
            }
            if n == 0 { failure = "write failed: no progress"; break }
            offset += n
        }
        if failure == nil && fsync(logFD) != 0 { failure = "fsync failed: \(AtomicFile.errnoText())" }
        if let failure {
            let restored = ftruncate(logFD, off_t(before)) == 0 && fsync(logFD) == 0
            throw ProgressError(path: logPath, message: failure + (restored
                ? "; the entry was not saved and the log is as it was"
                : "; the entry was not saved, and the log could not be cut back to \(before) bytes: check it with quiz study before going on"))
        }
        logBytes += bytes.count
    }

    /// Writes the snapshot and releases the lock.
    public func close() {
        try? writeSnapshot()
        closeFiles()
    }

    private func closeFiles() {
        if logFD >= 0 { Glibc.close(logFD); logFD = -1 }
        lock?.release()
        lock = nil
    }
}
