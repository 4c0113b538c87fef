import Foundation
import Testing
@testable import Deck

/// The snapshot is used without reading the log only while it describes the log exactly: every way the log can
/// change makes the next start derive again, and what a start from the snapshot gives equals a fresh derivation.
@Suite struct SnapshotValidityTests {
    let scheduler = FSRSScheduler(settings: try! SchedulerSettings(enableFuzzing: false))
    let t0 = Timestamp(seconds: 1_735_689_600)

    func review(_ id: String, card: String = "c1", rating: Rating = .good, minutes: Int64, scheduled: Bool = true) -> ReviewLogEntry {
        .review(ReviewRecord(id: id, key: CardKey(deck: "d", card: card), time: t0 + .minutes(minutes),
                             rating: rating, answer: "ans", durationMs: 1200, outcome: .correct, scheduled: scheduled))
    }

    /// A store with three cards reviewed a few times, closed.
    func seeded() throws -> String {
        let dir = Paths.temporaryDirectory()
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        var n = 0
        for minutes in stride(from: Int64(0), to: 3000, by: 500) {
            for card in ["c1", "c2", "c3"] {
                n += 1
                try store.append(review("r\(n)", card: card, rating: n % 4 == 0 ? .again : .good, minutes: minutes + Int64(n)))
            }
        }
        try store.append(.action(CardActionRecord(id: "a1", key: CardKey(deck: "d", card: "c2"), time: t0 + .minutes(3100), action: .flag(3))))
        store.close()
        return dir
    }

    /// What a fresh derivation from the log on disk gives.
    func fresh(_ dir: String) throws -> ([CardKey: MemoryState], ReviewSummary) {
        let history = ReviewHistory(entries: try ReviewLogFile.read(dir + "/reviews.jsonl").entries)
        return (history.cardStates(scheduler: scheduler), ReviewSummary(history))
    }

    /// Opens the store, says whether it started from the snapshot, and checks it against a fresh derivation.
    func reopen(_ dir: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        defer { store.close() }
        let (states, summary) = try fresh(dir)
        #expect(store.states == states, sourceLocation: sourceLocation)
        #expect(store.summary == summary, sourceLocation: sourceLocation)
        return store.openedFromSnapshot
    }

    func appendRaw(_ dir: String, _ text: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: dir + "/reviews.jsonl"))
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        handle.closeFile()
    }

    @Test func anUnchangedLogStartsFromTheSnapshot() throws {
        let dir = try seeded()
        #expect(try reopen(dir))
        #expect(try reopen(dir))
    }

    @Test func appendingThroughTheStoreKeepsTheSnapshotInStep() throws {
        let dir = try seeded()
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        #expect(store.openedFromSnapshot)
        try store.append(review("late", card: "c1", minutes: 5000))
        try store.append(review("new-card", card: "c9", minutes: 5001))
        store.close()
        #expect(try reopen(dir))
    }

    @Test func anAppendByAnotherWriterIsNoticed() throws {
        let dir = try seeded()
        try appendRaw(dir, ReviewLogCodec.encode(review("outside", card: "c3", rating: .again, minutes: 6000)) + "\n")
        #expect(try !reopen(dir))
        #expect(try reopen(dir)) // written again at that start
    }

    @Test func anUndoIsNoticedAndUndoneInStep() throws {
        let dir = try seeded()
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        try store.append(review("to-undo", card: "c2", rating: .again, minutes: 7000))
        try store.append(.undo(UndoRecord(id: "u1", time: t0 + .minutes(7001), target: "to-undo")))
        try store.append(.undo(UndoRecord(id: "u2", time: t0 + .minutes(7002), target: "a1")))
        let (states, summary) = try fresh(dir)
        #expect(store.states == states)
        #expect(store.summary == summary)
        #expect(store.summary.marks.flags.isEmpty)
        store.close()
        #expect(try reopen(dir))
        // An undo written by another writer.
        try appendRaw(dir, ReviewLogCodec.encode(.undo(UndoRecord(id: "u3", time: t0 + .minutes(8000), target: "r5"))) + "\n")
        #expect(try !reopen(dir))
    }

    @Test func aMergedLogIsNoticed() throws {
        try expectMergeNoticed(into: try seeded())
    }

    /// Merges another store's review into `dir`'s: the next start derives from the log, the one after uses
    /// the snapshot that start wrote.
    func expectMergeNoticed(into dir: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let other = Paths.temporaryDirectory()
        try (ReviewLogCodec.encode(review("other-1", card: "c1", rating: .hard, minutes: 1)) + "\n")
            .write(toFile: other + "/reviews.jsonl", atomically: false, encoding: .utf8)
        _ = try ProgressMerge.merge(into: dir, from: [other], scheduler: scheduler)
        #expect(try !reopen(dir, sourceLocation: sourceLocation), sourceLocation: sourceLocation)
        #expect(try reopen(dir, sourceLocation: sourceLocation), sourceLocation: sourceLocation)
    }

    @Test func aTruncatedLogIsNoticed() throws {
        let dir = try seeded()
        let path = dir + "/reviews.jsonl"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text.removeLast()
        text = String(text[...text.lastIndex(of: "\n")!])
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try !reopen(dir))
    }

    @Test func anEditInTheMiddleOfTheSameLengthIsNoticed() throws {
        let dir = try seeded()
        let path = dir + "/reviews.jsonl"
        let before = try fresh(dir).0
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // The rating of the second line, in place: the length and the tail stay as they were.
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let secondStart = lines[0].count + 1
        let rating = try #require(Array(lines[1]).firstRange(of: Array("\"rating\":".utf8))).upperBound
        bytes[secondStart + rating] = UInt8(ascii: "1")
        let fd = open(path, O_WRONLY)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + secondStart + rating, 1, off_t(secondStart + rating)) }
        close(fd)
        #expect(try !reopen(dir))
        #expect(try fresh(dir).0 != before)
    }

    @Test func quittingWithoutAnswersLeavesTheSnapshotAlone() throws {
        let dir = try seeded()
        let json = try #require(SnapshotBinary.FileIdentity.of(dir + "/state.json"))
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        store.close()
        #expect(SnapshotBinary.FileIdentity.of(dir + "/state.json") == json)
    }

    @Test func theSidecarIsUsedOnlyWithItsJSONFile() throws {
        let dir = try seeded()
        // A damaged sidecar: the JSON file is read instead, and it too describes the log.
        var sidecar = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/state.bin")))
        sidecar[sidecar.count / 2] ^= 0xFF
        try Data(sidecar).write(to: URL(fileURLWithPath: dir + "/state.bin"))
        #expect(try reopen(dir))
        // A JSON file written by someone else (an older quiz: no log mark) makes the sidecar unused.
        let seededAgain = try seeded()
        let data = try Data(contentsOf: URL(fileURLWithPath: seededAgain + "/state.json"))
        var snapshot = try JSONDecoder().decode(StateSnapshot.self, from: data)
        snapshot.log = nil
        try snapshot.encoded().write(to: URL(fileURLWithPath: seededAgain + "/state.json"))
        #expect(try !reopen(seededAgain))
        #expect(try reopen(seededAgain))
    }

    @Test func theSidecarReadsBackTheSnapshot() throws {
        let dir = try seeded()
        let snapshot = try JSONDecoder().decode(StateSnapshot.self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/state.json")))
        let (read, json) = try #require(SnapshotBinary.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/state.bin")))))
        #expect(read == snapshot)
        #expect(json == SnapshotBinary.FileIdentity.of(dir + "/state.json"))
    }

    /// Random logs and sessions: after every start, from the snapshot or not, the store's states and summary
    /// equal a fresh derivation from the log.
    @Test(arguments: 1...12) func freshDerivationEqualsTheFastPath(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let dir = Paths.temporaryDirectory()
        var ids: [String] = []
        var minute: Int64 = 0
        // Whether the next start must read the snapshot (nil: it may or may not, after a crash).
        var inStep: Bool? = false
        for _ in 0..<6 {
            let store = try ProgressStore(directory: dir, scheduler: scheduler)
            let (states, summary) = try fresh(dir)
            #expect(store.states == states)
            #expect(store.summary == summary)
            if let inStep { #expect(store.openedFromSnapshot == inStep) }
            let answers = Int(rng.next() % 12)
            for _ in 0..<answers {
                let n = ids.count
                let card = "c\(rng.next() % 5)"
                minute += 1 + Int64(rng.next() % 2000)
                switch rng.next() % 10 {
                case 0 where !ids.isEmpty:
                    try store.append(.undo(UndoRecord(id: "u\(n)", time: t0 + .minutes(minute), target: ids[Int(rng.next() % UInt64(ids.count))])))
                case 1:
                    let action: CardAction = [.suspend, .unsuspend, .flag(2), .bury(until: t0 + .minutes(minute + 600))][Int(rng.next() % 4)]
                    try store.append(.action(CardActionRecord(id: "a\(n)", key: CardKey(deck: "d", card: card), time: t0 + .minutes(minute), action: action)))
                case 2:
                    // A review older than the card's last (a merge or a clock set back).
                    try store.append(review("r\(n)", card: card, rating: .hard, minutes: max(0, minute - 5000)))
                case 3:
                    try store.append(review("r\(n)", card: card, minutes: minute, scheduled: false))
                default:
                    try store.append(review("r\(n)", card: card, rating: Rating(rawValue: Int(rng.next() % 4) + 1)!, minutes: minute))
                }
                ids.append(try #require(try ReviewLogFile.read(dir + "/reviews.jsonl").entries.last?.id))
            }
            let (after, afterSummary) = try fresh(dir)
            #expect(store.states == after)
            #expect(store.summary == afterSummary)
            // Now and then a start that does not close (a crash): the snapshot may be out of step (a background
            // write let go or not). (Left open, the store lets go of its lock when it is released, writing nothing.)
            let closes = rng.next() % 4 != 0
            if closes { store.close() }
            inStep = closes ? true : nil
        }
    }
}
