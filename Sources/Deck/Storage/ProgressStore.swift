import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The progress of one learner: the append-only review log (the source of truth), the derived card
/// states and their snapshot, behind an advisory lock so that one process writes at a time. A start whose
/// snapshot still matches the log (`StateSnapshot.LogMark`) reads the snapshot only, and one whose log grew from
/// the snapshot's by this program's appends (`CatchUpMark`) reads the snapshot and the lines after it; the log
/// is read whole when something needs it (`history`, an undo, a review older than its card's last). The
/// snapshot is rewritten on a background thread (`SnapshotWriter`); closing writes only the small `state.mark`.
public final class ProgressStore {
    public let directory: String
    public var logPath: String { directory + "/reviews.jsonl" }
    public var snapshotPath: String { directory + "/state.json" }
    /// The snapshot's binary sidecar (`SnapshotBinary`), read instead of `state.json` when it copies it.
    public var snapshotSidecarPath: String { directory + "/state.bin" }
    /// The log's growth since the snapshot (`CatchUpMark`), written when a session ends.
    public var catchUpPath: String { directory + "/state.mark" }
    public var lockPath: String { directory + "/lock" }

    public let scheduler: FSRSScheduler
    public private(set) var states: [CardKey: MemoryState]
    /// What study needs of the log besides the states, kept up to date as entries are appended.
    public private(set) var summary = ReviewSummary()
    /// Things worth telling the user that did not stop the store from opening (torn line set aside, …).
    public private(set) var warnings: [String] = []
    /// Whether this store opened from its snapshot without reading the log.
    public private(set) var openedFromSnapshot = false

    /// The whole log read into memory: read on first use when the store opened from its snapshot. (If the log
    /// cannot be read then, an empty history, with a warning.)
    public var history: ReviewHistory {
        if let loaded { return loaded }
        do {
            return try loadHistory()
        } catch {
            warnings.append(error.description)
            return ReviewHistory()
        }
    }

    private var loaded: ReviewHistory?
    private var logFD: Int32 = -1
    private var lock: ProgressLock?
    private var logBytes: Int
    private var logEntries = 0
    private var lastEntryID: String?
    /// Whether neither the snapshot nor the catch-up mark on disk describes the log any more.
    private var snapshotStale = false
    /// The mark of the snapshot on disk, when the log grew from the log it describes only by this store's
    /// appends (nil: no such snapshot yet).
    private var baseMark: StateSnapshot.LogMark?
    /// Entries appended since the snapshot on disk, or since the last rewrite asked of the writer.
    private var lag = 0
    /// The log's length after the last entry that a start could not apply after the snapshot (an undo, a
    /// review older than its card's last, an import): the snapshot must reach it before the lock is let go.
    private var snapshotMustReach = 0
    /// Once the snapshot lags the log by this many entries, it is rewritten in the background.
    var rewriteLag = ProgressStore.defaultRewriteLag
    /// How many entries a start may decode after the snapshot before the snapshot is rewritten.
    public static let defaultRewriteLag = 200
    private lazy var writer = SnapshotWriter(jsonPath: snapshotPath, binaryPath: snapshotSidecarPath)

    /// Opens (creating if needed) the store in `directory` for writing: takes the lock, reads the log,
    /// sets a torn last line aside, and loads the snapshot or rebuilds it from the log. A `lock` already taken
    /// on `directory` is used (and released on close) instead of taking it again.
    public init(directory: String, scheduler: FSRSScheduler, lock heldLock: ProgressLock? = nil) throws(ProgressError) {
        self.directory = directory
        self.scheduler = scheduler
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

    deinit {
        writerIfStarted?.stop(wait: false)
        closeFiles()
    }

    /// The writer, if one was made (a store that never wrote needs none).
    private var writerIfStarted: SnapshotWriter? { writerStarted ? writer : nil }
    private var writerStarted = false

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
        // (A newer snapshot is an error, but only after the log has been read: a bad log is reported first.)
        let snapshotRead = Result { () throws(ProgressError) in try readSnapshot() }
        // The snapshot's states checked once (a failed check warns once).
        var checkedOnce: [CardKey: MemoryState]?? = nil
        func verified(_ snapshot: StateSnapshot) -> [CardKey: MemoryState]? {
            if let done = checkedOnce { return done }
            let result = checked(snapshot)
            checkedOnce = .some(result)
            return result
        }
        if let snapshot = try? snapshotRead.get(), snapshot.settings == scheduler.settings, let mark = snapshot.log,
           let summary = snapshot.summary, FileManager.default.fileExists(atPath: logPath) {
            logFD = try ProgressFile.open(logPath, O_RDWR | O_APPEND)
            if let now = Self.mark(of: logFD, tailBytes: mark.tailBytes), now == mark, let checked = verified(snapshot) {
                states = checked
                self.summary = summary.summary
                logBytes = mark.bytes
                logEntries = snapshot.logEntries
                lastEntryID = snapshot.lastEntryID
                openedFromSnapshot = true
                baseMark = mark
                return
            }
            // The log grew from the snapshot's by appends of the last session: only the lines after it are read.
            if let grown = CatchUpMark.read(catchUpPath), grown.base == mark, grown.log.bytes >= mark.bytes,
               Self.mark(of: logFD, tailBytes: grown.log.tailBytes) == grown.log, let checked = verified(snapshot),
               catchUp(snapshot, states: checked, summary: summary.summary, to: grown.log.bytes) {
                openedFromSnapshot = true
                baseMark = mark
                if lag >= rewriteLag { scheduleSnapshot() }
                return
            }
            Glibc.close(logFD)
            logFD = -1
        }
        // A log whose lines all read (none torn or bad, the last with its newline) is derived straight from its
        // bytes (`ReviewLogDerivation`), and its history is read when something needs it; any other is read whole.
        let data = try ProgressFile.read(logPath) ?? Data()
        let derived = data.last != 0x0A ? nil : data.withUnsafeBytes { raw in
            ReviewLogDerivation.derive(raw.bindMemory(to: UInt8.self), scheduler: scheduler)
        }
        var contents: ReviewLogFile.Contents? = nil
        if derived == nil {
            let read = try ReviewLogFile.parse(data, path: logPath)
            if !read.tornTail.isEmpty { try setAsideTornTail(read) }
            contents = read
        }
        logFD = try ProgressFile.open(logPath, O_RDWR | O_APPEND | O_CREAT)
        logBytes = Int(lseek(logFD, 0, SEEK_END))
        if contents?.needsNewline == true {
            // The last line is whole but lacks its newline: add it so the next append starts a new line.
            try appendDurably("\n")
        }
        AtomicFile.syncDirectory(directory)
        if let derived {
            logEntries = derived.entryCount
            lastEntryID = derived.lastEntryID
            summary = derived.summary
        } else if let contents {
            let read = ReviewHistory(entries: contents.entries)
            loaded = read
            logEntries = read.entries.count
            lastEntryID = read.entries.last?.id
            summary = ReviewSummary(read)
        }
        // A snapshot that names its log is used only through that mark (above): its log has changed since. One
        // without (from an older quiz, or a merge) is used if its counts match.
        removeLeftTempFiles()
        if let snapshot = try snapshotRead.get(), snapshot.log == nil, snapshot.logBytes == logBytes, snapshot.logEntries == logEntries,
           snapshot.lastEntryID == lastEntryID, snapshot.settings == scheduler.settings,
           let checked = verified(snapshot) {
            states = checked
        } else {
            states = derived?.states ?? loaded?.cardStates(scheduler: scheduler) ?? [:]
        }
        // Written (again, with the mark) in the background; `close` waits for it, as nothing on disk describes the
        // log. (An empty log: written at `close` if something was appended.)
        if logEntries > 0 { scheduleSnapshot() }
    }

    /// Applies the log's lines from the snapshot's end up to `end` to the snapshot's states and summary; false
    /// (nothing changed) if they do not read whole or need the whole log (an undo, a review older than its card's
    /// last), so that the caller derives from the log instead.
    private func catchUp(_ snapshot: StateSnapshot, states snapshotStates: [CardKey: MemoryState], summary snapshotSummary: ReviewSummary,
                         to end: Int) -> Bool {
        guard let bytes = Self.bytes(of: logFD, from: snapshot.logBytes, count: end - snapshot.logBytes),
              let contents = try? ReviewLogFile.parse(bytes, path: logPath), contents.tornTail.isEmpty, !contents.needsNewline else { return false }
        var states = snapshotStates, summary = snapshotSummary
        for entry in contents.entries {
            switch entry {
            case .undo:
                return false
            case .review(let r):
                summary.add(r)
                guard r.scheduled else { continue }
                let current = states[r.key] ?? .new(due: r.time)
                if let last = current.lastReview, r.time < last { return false }
                states[r.key] = scheduler.review(current, rating: r.rating, at: r.time, fuzzSeed: FuzzSeed.next(r.key, from: current))
            case .action(let a):
                summary.add(a)
            }
        }
        self.states = states
        self.summary = summary
        logBytes = end
        logEntries = snapshot.logEntries + contents.entries.count
        lastEntryID = contents.entries.last?.id ?? snapshot.lastEntryID
        lag = contents.entries.count
        return true
    }

    /// Removes temp files a writer left behind (a process killed in mid-write): under the lock, no one else writes.
    private func removeLeftTempFiles() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(".state.") && name.contains(".tmp-") {
            unlink(directory + "/" + name)
        }
    }

    /// Asks the writer to write the snapshot of the current states in the background, marked with the log as it
    /// is now (the log's modification time set back first, as for every mark).
    private func scheduleSnapshot() {
        guard logFD >= 0 else { return }
        Self.stampModificationTime(logFD)
        // (The stamp changes the log's mark: neither file on disk describes it until the writer or `close` writes.)
        snapshotStale = true
        guard let mark = Self.mark(of: logFD, tailBytes: Self.tailBytes) else { return }
        writerStarted = true
        writer.submit(SnapshotWriter.Job(logBytes: logBytes, logEntries: logEntries, lastEntryID: lastEntryID, settings: scheduler.settings,
                                         states: states, mark: mark, summary: summary))
        lag = 0
    }

    /// The whole log, read now (the store holds the lock, so it is the log as this store wrote it).
    @discardableResult
    private func loadHistory() throws(ProgressError) -> ReviewHistory {
        if let loaded { return loaded }
        let contents = try ReviewLogFile.read(logPath)
        let history = ReviewHistory(entries: contents.entries)
        loaded = history
        return history
    }

    /// Sets the log's modification time one nanosecond back, so that any later write, even within the file
    /// system's timestamp granularity, gives it a different one (the kernel sets the current coarse time,
    /// which is never below the time it had). A failure leaves it as it is.
    static func stampModificationTime(_ fd: Int32) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return }
        var back = st.st_mtim
        if back.tv_nsec > 0 { back.tv_nsec -= 1 } else { back.tv_sec -= 1; back.tv_nsec = 999_999_999 }
        var times = [st.st_atim, back]
        _ = futimens(fd, &times)
    }

    /// How many bytes of the log's end the snapshot's checksum covers.
    static let tailBytes = 4096

    /// The mark of the open log `fd`: its length, inode, modification time and the checksum of its last
    /// `tailBytes` bytes (fewer if it is shorter); nil if it cannot be read.
    static func mark(of fd: Int32, tailBytes: Int) -> StateSnapshot.LogMark? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let size = Int(st.st_size)
        let n = min(size, tailBytes)
        guard let tail = bytes(of: fd, from: size - n, count: n) else { return nil }
        let checksum = String(FNV1a.hash(tail), radix: 16)
        let modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        return StateSnapshot.LogMark(bytes: size, tailBytes: tailBytes, tailChecksum: checksum, inode: UInt64(st.st_ino), modified: modified)
    }

    /// `count` bytes of the open file `fd` from `offset`; nil if they cannot all be read.
    static func bytes(of fd: Int32, from offset: Int, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            let r = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, count - got, off_t(offset + got)) }
            if r < 0 && errno == EINTR { continue }
            guard r > 0 else { return nil }
            got += r
        }
        return bytes
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
        if let data = FileBytes.read(snapshotSidecarPath, flags: O_NOFOLLOW), let (snapshot, json) = SnapshotBinary.decode(data),
           snapshot.schema <= StateSnapshot.currentSchema, json == SnapshotBinary.FileIdentity.of(snapshotPath) {
            return snapshot
        }
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
        let history = try loadHistory()
        states = history.cardStates(scheduler: scheduler)
        summary = ReviewSummary(history)
        try writeSnapshot()
    }

    /// Waits until the snapshot writes asked for so far are done (for tests and benchmarks).
    func waitForBackgroundWrite() {
        if let committed = writerIfStarted?.waitIdle() { baseMark = committed }
    }

    /// Writes the snapshot of the current states atomically, now (after any background write asked for).
    public func writeSnapshot() throws {
        _ = writerIfStarted?.waitIdle()
        if logFD >= 0 { Self.stampModificationTime(logFD) }
        let snapshot = StateSnapshot(logBytes: logBytes, logEntries: logEntries, lastEntryID: lastEntryID,
                                     settings: scheduler.settings, states: states,
                                     log: logFD >= 0 ? Self.mark(of: logFD, tailBytes: Self.tailBytes) : nil, summary: summary)
        try AtomicFile.write(try snapshot.encoded(), to: snapshotPath)
        snapshotStale = false
        baseMark = snapshot.log
        lag = 0
        // The sidecar, naming the JSON file it copies (a failure leaves the JSON file to be read).
        if let json = SnapshotBinary.FileIdentity.of(snapshotPath) {
            try? AtomicFile.write(Data(try SnapshotBinary.encode(snapshot, json: json)), to: snapshotSidecarPath)
        }
    }

    /// Appends one entry to the log and fsyncs it before returning, then updates the derived states.
    public func append(_ entry: ReviewLogEntry) throws(ProgressError) {
        guard logFD >= 0 else { throw ProgressError(path: logPath, message: "the store is closed") }
        guard lock?.isStillHeld ?? false else {
            throw ProgressError(path: lockPath, message: "the lock file was deleted or replaced, so another process may be writing; nothing more is saved")
        }
        // An undo, or a review older than its card's last, is worked out from the whole log: read it first.
        var needsHistory = false
        switch entry {
        case .undo: needsHistory = true
        case .review(let r) where r.scheduled: needsHistory = states[r.key]?.lastReview.map { r.time < $0 } ?? false
        default: break
        }
        if needsHistory { try loadHistory() }
        try appendDurably(ReviewLogCodec.encode(entry) + "\n")
        loaded?.append(entry)
        logEntries += 1
        lastEntryID = entry.id
        snapshotStale = true
        lag += 1
        if needsHistory { snapshotMustReach = logBytes }
        defer { if lag >= rewriteLag || needsHistory { scheduleSnapshot() } }
        switch entry {
        case .review(let r):
            summary.add(r)
            guard r.scheduled else { break }
            let current = states[r.key] ?? .new(due: r.time)
            if let last = current.lastReview, r.time < last {
                rederive(r.key)
            } else {
                states[r.key] = scheduler.review(current, rating: r.rating, at: r.time,
                                                 fuzzSeed: FuzzSeed.next(r.key, from: current))
            }
        case .action(let a):
            summary.add(a)
        case .undo(let u):
            guard let history = loaded else { break }
            if let target = history.entries.first(where: { $0.id == u.target }), case .review(let r) = target {
                rederive(r.key)
            }
            summary = ReviewSummary(history)
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
        // Imported reviews may be older than a card's last: the states are worked out from the whole log.
        var history = try loadHistory()
        try appendDurably(entries.map { ReviewLogCodec.encode($0) + "\n" }.joined())
        var touched = Set<CardKey>()
        loaded = nil  // (so that `history` is appended to in place)
        for entry in entries {
            history.append(entry)
            if case .review(let r) = entry { touched.insert(r.key) }
        }
        loaded = history
        logEntries += entries.count
        lastEntryID = entries.last?.id
        snapshotStale = true
        lag += entries.count
        snapshotMustReach = logBytes
        defer { scheduleSnapshot() }
        summary = ReviewSummary(history)
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
        guard let history = loaded else { return }
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

    /// Releases the lock, first making the files on disk describe the log: a background write of the snapshot
    /// is let go (and nothing is renamed after this returns) and the small `state.mark` written instead, unless
    /// no snapshot on disk leads to the log (then the background write is waited for, or the snapshot written).
    public func close() {
        guard logFD >= 0 else { return closeFiles() }
        let mustWait = baseMark.map { $0.bytes < snapshotMustReach } ?? true
        let committed = writerIfStarted?.stop(wait: snapshotStale && mustWait)
        if let committed { baseMark = committed }
        if snapshotStale {
            removeLeftTempFiles()
            if let committed, committed.bytes == logBytes {
                // The snapshot just written describes the log.
            } else if let base = baseMark, base.bytes >= snapshotMustReach {
                Self.stampModificationTime(logFD)
                if let now = Self.mark(of: logFD, tailBytes: Self.tailBytes) {
                    try? CatchUpMark(base: base, log: now).write(to: catchUpPath)
                }
            } else {
                try? writeSnapshot()
            }
        }
        closeFiles()
    }

    private func closeFiles() {
        if logFD >= 0 { Glibc.close(logFD); logFD = -1 }
        lock?.release()
        lock = nil
    }
}
