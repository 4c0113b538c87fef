import Foundation
import Testing
@testable import Deck

/// Closing after answers writes only `state.mark` (the snapshot is rewritten in the background): the next start
/// reads the snapshot and the lines after it, and only while the log grew by those appends alone; every other
/// change to the log, and any write left unfinished, makes it derive from the log again.
extension SnapshotValidityTests {
    /// A seeded store studied again: two answers appended, closed (the snapshot itself left as it was).
    func studiedAgain() throws -> String {
        let dir = try seeded()
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        #expect(store.openedFromSnapshot)
        try store.append(review("later-1", card: "c1", minutes: 5000))
        try store.append(review("later-2", card: "c7", rating: .again, minutes: 5001))
        store.close()
        return dir
    }

    func snapshotMark(_ dir: String) throws -> StateSnapshot.LogMark? {
        try JSONDecoder().decode(StateSnapshot.self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/state.json"))).log
    }

    @Test func quittingAfterAnswersWritesOnlyTheCatchUpMark() throws {
        let dir = try seeded()
        let json = try #require(SnapshotBinary.FileIdentity.of(dir + "/state.json"))
        let base = try snapshotMark(dir)
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        try store.append(review("later-1", card: "c1", minutes: 5000))
        store.close()
        #expect(SnapshotBinary.FileIdentity.of(dir + "/state.json") == json)
        let mark = try #require(CatchUpMark.read(dir + "/state.mark"))
        #expect(mark.base == base)
        #expect(try reopen(dir))
        // Opened again and closed without answers: still read from the snapshot and the lines after it.
        #expect(try reopen(dir))
        #expect(SnapshotBinary.FileIdentity.of(dir + "/state.json") == json)
    }

    @Test func anAppendAfterTheCatchUpMarkIsNoticed() throws {
        let dir = try studiedAgain()
        try appendRaw(dir, ReviewLogCodec.encode(review("outside", card: "c3", rating: .again, minutes: 6000)) + "\n")
        #expect(try !reopen(dir))
        #expect(try reopen(dir))
    }

    @Test func aLogCutBackToTheSnapshotIsNoticed() throws {
        let dir = try studiedAgain()
        let base = try #require(try snapshotMark(dir))
        // Cut back to the snapshot's length: its length and tail are the snapshot's again, its time is not.
        #expect(truncate(dir + "/reviews.jsonl", off_t(base.bytes)) == 0)
        #expect(try !reopen(dir))
        // Cut inside the lines after the snapshot.
        let other = try studiedAgain()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: other + "/reviews.jsonl")[.size] as? Int)
        let text = try String(contentsOfFile: other + "/reviews.jsonl", encoding: .utf8)
        let lastLine = text.split(separator: "\n").last!.utf8.count + 1
        #expect(truncate(other + "/reviews.jsonl", off_t(size - lastLine)) == 0)
        #expect(try !reopen(other))
    }

    @Test func anEditAfterTheCatchUpMarkOfTheSameLengthIsNoticed() throws {
        for line in [1, -1] {
            let dir = try studiedAgain()
            let path = dir + "/reviews.jsonl"
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            // The rating of the second line, or of the last (after the snapshot), in place.
            let starts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }.dropLast()
            let start = line > 0 ? starts[line] : starts[starts.count - 1]
            let rating = start + (try #require(Array(bytes[start...]).firstRange(of: Array("\"rating\":".utf8)))).upperBound
            bytes[rating] = bytes[rating] == UInt8(ascii: "4") ? UInt8(ascii: "3") : UInt8(ascii: "4")
            let fd = open(path, O_WRONLY)
            _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + rating, 1, off_t(rating)) }
            close(fd)
            #expect(try !reopen(dir))
        }
    }

    @Test func aMergeAfterTheCatchUpMarkIsNoticed() throws {
        try expectMergeNoticed(into: try studiedAgain())
    }

    /// A session whose entries only the whole log can apply (an undo, a review older than its card's last) has
    /// its snapshot rewritten before it lets the lock go; were that write lost, a catch-up mark over those lines
    /// makes the start read the whole log.
    @Test(arguments: [true, false]) func entriesThatNeedTheWholeLogAreNotCaughtUp(undo: Bool) throws {
        let dir = try seeded()
        let oldJSON = try Data(contentsOf: URL(fileURLWithPath: dir + "/state.json"))
        let base = try #require(try snapshotMark(dir))
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        if undo {
            try store.append(review("to-undo", card: "c2", rating: .again, minutes: 7000))
            try store.append(.undo(UndoRecord(id: "u1", time: t0 + .minutes(7001), target: "to-undo")))
        } else {
            try store.append(review("old", card: "c1", rating: .hard, minutes: 10))
        }
        store.close()
        #expect(try snapshotMark(dir) != base)
        #expect(try reopen(dir))
        // The rewrite lost: the old snapshot back, and a mark leading from it to the log.
        try FileManager.default.removeItem(atPath: dir + "/state.bin")
        try oldJSON.write(to: URL(fileURLWithPath: dir + "/state.json"))
        let fd = open(dir + "/reviews.jsonl", O_RDONLY)
        let now = try #require(ProgressStore.mark(of: fd, tailBytes: ProgressStore.tailBytes))
        close(fd)
        try CatchUpMark(base: base, log: now).write(to: dir + "/state.mark")
        #expect(try !reopen(dir))
    }

    @Test func aCatchUpMarkForAnotherSnapshotIsNotUsed() throws {
        let dir = try studiedAgain()
        let mark = try #require(CatchUpMark.read(dir + "/state.mark"))
        var other = mark
        other.base.tailChecksum = "0"
        try other.write(to: dir + "/state.mark")
        #expect(try !reopen(dir))
        // Damaged: not read.
        let again = try studiedAgain()
        try Data("{\"schema\":1,".utf8).write(to: URL(fileURLWithPath: again + "/state.mark"))
        #expect(try !reopen(again))
    }

    @Test func tempFilesLeftByAnInterruptedWriteAreNeverReadAndAreRemoved() throws {
        let dir = try studiedAgain()
        // What a process killed in mid-write leaves: temp files beside the snapshot, complete or not.
        let json = try Data(contentsOf: URL(fileURLWithPath: dir + "/state.json"))
        try Data("{\"schema\": 1, \"cards\": [".utf8).write(to: URL(fileURLWithPath: dir + "/.state.json.tmp-abcdefabcdef"))
        try json.write(to: URL(fileURLWithPath: dir + "/.state.json.tmp-000000000000"))
        try Data([0x51, 0x55]).write(to: URL(fileURLWithPath: dir + "/.state.bin.tmp-111111111111"))
        #expect(try reopen(dir))
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        try store.append(review("after", card: "c2", minutes: 9000))
        store.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") } == [])
        #expect(try reopen(dir))
    }

    @Test func theSnapshotIsRewrittenInTheBackgroundOnceItLags() throws {
        let dir = try seeded()
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        try store.writeSnapshot()
        let before = try #require(SnapshotBinary.FileIdentity.of(dir + "/state.json"))
        store.rewriteLag = 3
        for n in 0..<3 { try store.append(review("bg-\(n)", card: "c\(n % 3)", minutes: 5000 + Int64(n))) }
        store.waitForBackgroundWrite()
        #expect(SnapshotBinary.FileIdentity.of(dir + "/state.json") != before)
        let snapshot = try JSONDecoder().decode(StateSnapshot.self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/state.json")))
        #expect(snapshot.logEntries == 19 + 3)
        #expect(try SnapshotBinary.decode([UInt8](Data(contentsOf: URL(fileURLWithPath: dir + "/state.bin"))))?.0 == snapshot)
        try store.append(review("bg-last", card: "c1", minutes: 6000))
        store.close()
        #expect(try reopen(dir))
    }

    /// Random sessions whose background writes are let go at any moment (closed at once, or dropped without
    /// closing as in a crash): every start equals a fresh derivation, and a closed session's next start never
    /// reads the whole log unless its lines need it.
    @Test(arguments: 1...8) func interruptedBackgroundWritesNeverLeaveAnUntrustedSnapshotInUse(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let dir = Paths.temporaryDirectory()
        var minute: Int64 = 0
        var n = 0
        for _ in 0..<10 {
            let store = try ProgressStore(directory: dir, scheduler: scheduler)
            let (states, summary) = try fresh(dir)
            #expect(store.states == states)
            #expect(store.summary == summary)
            store.rewriteLag = 1 + Int(rng.next() % 4)
            for _ in 0..<Int(rng.next() % 8) {
                n += 1
                minute += 1 + Int64(rng.next() % 900)
                try store.append(review("r\(n)", card: "c\(rng.next() % 6)", rating: Rating(rawValue: Int(rng.next() % 4) + 1)!, minutes: minute))
            }
            if rng.next() % 3 != 0 { store.close() }
        }
        _ = try reopen(dir)
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        store.close()
        #expect(try reopen(dir))
    }
}
