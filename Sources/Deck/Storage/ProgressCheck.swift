import Foundation

/// Verifies a data directory without changing it, as Anki's "Check Database" does: every line of the log
/// parses, ids are unique, undo targets exist, no entry names a card missing from every deck, and the snapshot
/// is what a fresh derivation from the log gives (and passes `StateSnapshot.checkedStates()`).
public enum ProgressCheck {
    /// What the check found, and what it looked at.
    public struct Report: Sendable {
        public var findings: [ProgressFinding] = []
        /// Entries read from the log (good lines).
        public var entries = 0
        /// Cards with a derived state.
        public var cards = 0
        /// Whether the snapshot was compared with a fresh derivation.
        public var snapshotVerified = false
    }

    /// Checks `directory`. `knownCards` are the cards of the decks (nil: orphans are not looked for);
    /// `scheduler` is the one study would use, for a snapshot whose settings cannot be used themselves.
    public static func run(directory: String, knownCards: Set<CardKey>?, scheduler: FSRSScheduler) -> Report {
        var report = Report()
        let logPath = directory + "/reviews.jsonl", snapshotPath = directory + "/state.json"
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try ProgressFile.read(logPath) ?? Data())
        } catch {
            report.findings.append(ProgressFinding(path: error.path, message: error.message))
            return report
        }
        let lines = ReviewLogScan.lines(bytes)
        var entries: [(entry: ReviewLogEntry, line: Int)] = []
        var logReadable = true
        for line in lines {
            switch line.result {
            case .success(let entry): entries.append((entry, line.number))
            case .failure(.newerVersion(let v)):
                logReadable = false
                report.findings.append(ProgressFinding(path: logPath, line: line.number, message: "written by a newer quiz (log version \(v); this one reads \(ReviewLogCodec.version))"))
            case .failure(.malformed(let why)) where !line.complete:
                report.findings.append(ProgressFinding(path: logPath, line: line.number, message: "the last line is incomplete (\(line.length) bytes; a crash in mid-write?): \(why); --repair sets it aside", repairable: true))
            case .failure(.malformed(let why)):
                logReadable = false
                report.findings.append(ProgressFinding(path: logPath, line: line.number, message: "corrupt review log line: \(why); fix or remove it by hand"))
            }
        }
        report.entries = entries.count
        var firstLine: [String: Int] = [:]
        for (entry, line) in entries {
            if let first = firstLine[entry.id] {
                report.findings.append(ProgressFinding(path: logPath, line: line, message: "entry \(entry.id) appears again (first at line \(first))"))
            } else {
                firstLine[entry.id] = line
            }
        }
        for case (.undo(let u), let line) in entries where firstLine[u.target] == nil {
            report.findings.append(ProgressFinding(path: logPath, line: line, message: "undo \(u.id) cancels \(u.target), which is not in the log"))
        }
        if let knownCards {
            var orphans: [CardKey: (line: Int, count: Int)] = [:]
            var order: [CardKey] = []
            for (entry, line) in entries {
                let key: CardKey
                switch entry {
                case .review(let r): key = r.key
                case .action(let a): key = a.key
                case .undo: continue
                }
                if knownCards.contains(key) { continue }
                if let o = orphans[key] { orphans[key] = (o.line, o.count + 1) } else { orphans[key] = (line, 1); order.append(key) }
            }
            for key in order {
                let o = orphans[key]!
                report.findings.append(ProgressFinding(path: logPath, line: o.line, message: "\(key) is in no deck (\(o.count) entr\(o.count == 1 ? "y" : "ies")); orphan entries are kept"))
            }
        }
        guard logReadable, let contents = try? ReviewLogFile.parse(bytes, path: logPath) else { return report }
        let history = ReviewHistory(entries: contents.entries)
        let snapshotFindings = checkSnapshot(snapshotPath, history: history, logBytes: contents.goodLength + (contents.needsNewline ? 1 : 0),
                                             scheduler: scheduler, report: &report)
        report.findings += snapshotFindings
        return report
    }

    /// The snapshot's findings: unreadable, out of step with the log, bad values, or states the log does not give.
    private static func checkSnapshot(_ path: String, history: ReviewHistory, logBytes: Int, scheduler: FSRSScheduler,
                                      report: inout Report) -> [ProgressFinding] {
        func finding(_ message: String, repairable: Bool = true) -> [ProgressFinding] {
            [ProgressFinding(path: path, message: message + (repairable ? "; --repair rebuilds it from the log" : ""), repairable: repairable)]
        }
        let data: Data?
        do { data = try ProgressFile.read(path) } catch { return [ProgressFinding(path: error.path, message: error.message)] }
        guard let data else {
            report.cards = history.cardStates(scheduler: scheduler).count
            return []
        }
        if let version = try? JSONDecoder().decode(StateSnapshot.Version.self, from: data), version.schema > StateSnapshot.currentSchema {
            return finding("written by a newer quiz (schema \(version.schema); this one reads \(StateSnapshot.currentSchema))", repairable: false)
        }
        guard let snapshot = try? JSONDecoder().decode(StateSnapshot.self, from: data) else { return finding("unreadable snapshot") }
        // A snapshot behind the log is in step when `state.mark` says the log grew from it by appends (a start
        // reads the lines after it): it must then be what the log's first entries give.
        var described = history
        if snapshot.logBytes != logBytes || snapshot.logEntries != history.entries.count || snapshot.lastEntryID != history.entries.last?.id,
           let prefix = extended(snapshot, directory: (path as NSString).deletingLastPathComponent, history: history) {
            described = prefix
        }
        if snapshot.logEntries != described.entries.count || snapshot.lastEntryID != described.entries.last?.id
            || (described.entries.count == history.entries.count && snapshot.logBytes != logBytes) {
            return finding("out of step with the review log (it describes \(snapshot.logEntries) entries, \(snapshot.logBytes) bytes; the log has \(history.entries.count), \(logBytes) bytes)")
        }
        let stored: [CardKey: MemoryState]
        switch snapshot.checkedStates() {
        case .success(let states): stored = states
        case .failure(let problem): return finding("bad values in the snapshot (\(problem))")
        }
        let s = snapshot.settings
        guard let settings = try? SchedulerSettings(parameters: s.parameters, desiredRetention: s.desiredRetention, learningSteps: s.learningSteps,
                                                    relearningSteps: s.relearningSteps, maximumInterval: s.maximumInterval, enableFuzzing: s.enableFuzzing) else {
            return finding("its scheduler settings are out of range")
        }
        let derived = described.cardStates(scheduler: settings == scheduler.settings ? scheduler : FSRSScheduler(settings: settings))
        report.cards = described.entries.count == history.entries.count ? derived.count : history.cardStates(scheduler: scheduler).count
        report.snapshotVerified = true
        for key in Set(stored.keys).union(derived.keys).sorted() {
            guard let a = stored[key], let b = derived[key] else {
                return finding("card \(key) is \(stored[key] == nil ? "missing from the snapshot" : "in the snapshot but has no reviews in the log")")
            }
            if !same(a, b) { return finding("card \(key) differs from its state derived from the log") }
        }
        return []
    }

    /// The history the snapshot describes when the catch-up mark beside it says the log grew from its log and
    /// still matches the log: the log's first `logEntries` entries. nil when there is no such mark.
    private static func extended(_ snapshot: StateSnapshot, directory: String, history: ReviewHistory) -> ReviewHistory? {
        guard let base = snapshot.log, let grown = CatchUpMark.read(directory + "/state.mark"), grown.base == base,
              snapshot.logEntries <= history.entries.count else { return nil }
        let fd = open(directory + "/reviews.jsonl", O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard ProgressStore.mark(of: fd, tailBytes: grown.log.tailBytes) == grown.log else { return nil }
        return ReviewHistory(entries: Array(history.entries.prefix(snapshot.logEntries)))
    }

    /// Equal states, allowing for the last digit of a number written as JSON and read back.
    static func same(_ a: MemoryState, _ b: MemoryState) -> Bool {
        func close(_ x: Double?, _ y: Double?) -> Bool {
            guard let x, let y else { return x == nil && y == nil }
            return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
        }
        return a.state == b.state && a.step == b.step && a.due == b.due && a.lastReview == b.lastReview && a.reviews == b.reviews
            && a.lapses == b.lapses && close(a.stability, b.stability) && close(a.difficulty, b.difficulty)
    }
}
