import Foundation
import Testing
@testable import Deck

/// The store against the ways a log, a snapshot or the files around them go wrong: a writer killed at any
/// byte, line breaks of other systems, snapshots with impossible values, planted links and a replaced lock.
@Suite struct ProgressStoreHardeningTests {
    let scheduler = FSRSScheduler(settings: try! SchedulerSettings(enableFuzzing: false))
    let t0 = Timestamp(seconds: 1_735_689_600)

    func tempDir() -> String { Paths.temporaryDirectory() }

    func review(_ n: Int, card: String = "c1", minutes: Int64 = 0) -> ReviewLogEntry {
        .review(ReviewRecord(id: "r\(n)", key: CardKey(deck: "d", card: card), time: t0 + .minutes(minutes),
                             rating: .good, answer: "ans \(n)", durationMs: 1200, outcome: .correct))
    }

    func line(_ n: Int, minutes: Int64 = 0) -> String { ReviewLogCodec.encode(review(n, minutes: minutes)) + "\n" }

    @Test func aWriterKilledAtAnyByteOfAnAppendLeavesALogTheNextOpenReads() throws {
        let good = line(1) + line(2, minutes: 10)
        let next = Array(line(3, minutes: 20).utf8)
        for cut in 0...next.count {
            let dir = tempDir()
            var bytes = Array(good.utf8)
            bytes += next[0..<cut]
            try Data(bytes).write(to: URL(fileURLWithPath: dir + "/reviews.jsonl"))
            let store = try ProgressStore(directory: dir, scheduler: scheduler)
            // The whole line (with or without its newline) is kept; any shorter piece is set aside.
            let kept = cut >= next.count - 1 ? 3 : 2
            #expect(store.history.entries.count == kept, "cut at \(cut)")
            try store.append(review(4, minutes: 30))
            store.close()
            let reopened = try ProgressStore(directory: dir, scheduler: scheduler)
            #expect(reopened.history.entries.map(\.id) == (kept == 3 ? ["r1", "r2", "r3", "r4"] : ["r1", "r2", "r4"]), "cut at \(cut)")
            #expect(reopened.warnings.isEmpty, "cut at \(cut): \(reopened.warnings)")
            reopened.close()
        }
    }

    @Test func aValidLastLineWithoutItsNewlineGetsOneBeforeTheNextAppend() throws {
        let dir = tempDir()
        let text = line(1) + ReviewLogCodec.encode(review(2, minutes: 10))
        try text.write(toFile: dir + "/reviews.jsonl", atomically: false, encoding: .utf8)
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        try store.append(review(3, minutes: 20))
        store.close()
        #expect(try String(contentsOfFile: dir + "/reviews.jsonl", encoding: .utf8) == text + "\n" + line(3, minutes: 20))
        #expect(try ProgressStore(directory: dir, scheduler: scheduler).history.entries.count == 3)
    }

    @Test(arguments: ["\r", "\r\n"])
    func logsWithOtherLineBreaksAreReadAsLines(_ newline: String) throws {
        let dir = tempDir()
        let text = [line(1), line(2, minutes: 10)].map { $0.dropLast() + newline }.joined()
        try text.write(toFile: dir + "/reviews.jsonl", atomically: false, encoding: .utf8)
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        #expect(store.history.entries.map(\.id) == ["r1", "r2"])
        #expect(store.warnings.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir + "/reviews.jsonl.torn-1"))
    }

    /// A snapshot that matches the log but holds `memory` for its card.
    func snapshotDir(editing edit: (inout [String: Any]) -> Void, duplicate: Bool = false) throws -> String {
        let dir = tempDir()
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        try store.append(review(1))
        store.close()
        let url = URL(fileURLWithPath: dir + "/state.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var cards = json["cards"] as! [[String: Any]]
        var memory = cards[0]["memory"] as! [String: Any]
        edit(&memory)
        cards[0]["memory"] = memory
        if duplicate { cards.append(cards[0]) }
        json["cards"] = cards
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        return dir
    }

    @Test(arguments: [
        ("stability", 0.0), ("stability", -1.0), ("stability", 1e300), ("difficulty", 11.0),
        ("step", -1), ("reviews", 1e15), ("lapses", 5),
    ] as [(String, Double)])
    func aSnapshotWithImpossibleValuesIsRebuiltWithAWarning(field: String, value: Double) throws {
        let whole = ["step", "reviews", "lapses"].contains(field)
        let dir = try snapshotDir { $0[field] = whole ? Int(value) as Any : value as Any }
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        #expect(store.warnings.count == 1)
        #expect(store.warnings.first?.contains("bad values in the snapshot (card 1 (d/c1)") == true, "\(store.warnings)")
        let fresh = store.history.cardStates(scheduler: scheduler)
        #expect(store.states == fresh)
    }

    @Test func aSnapshotNamingACardTwiceIsRebuilt() throws {
        let dir = try snapshotDir(editing: { _ in }, duplicate: true)
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        #expect(store.warnings == ["\(dir)/state.json: warning: bad values in the snapshot (card 2 (d/c1): the card appears twice); rebuilt from the review log"])
    }

    @Test func plantedLinksAreRefusedAndTheirTargetsUntouched() throws {
        for name in ["reviews.jsonl", "lock"] {
            let dir = tempDir()
            let victim = dir + "/victim.txt"
            try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: dir + "/" + name, withDestinationPath: victim)
            #expect {
                let store = try ProgressStore(directory: dir, scheduler: scheduler)
                try store.append(review(1))
            } throws: { error in
                (error as? ProgressError)?.description == "\(dir)/\(name): error: is a symbolic link; progress files must be plain files, so it is left alone"
            }
            #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        }
    }

    @Test func snapshotTempFilesHaveUnpredictableNames() throws {
        let dir = tempDir()
        // A link planted at the old predictable name is never followed.
        let victim = dir + "/victim.txt"
        try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/.state.json.tmp-\(getpid())", withDestinationPath: victim)
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        try store.append(review(1))
        store.close()
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        #expect(FileManager.default.fileExists(atPath: dir + "/state.json"))
    }

    @Test func aDeletedOrReplacedLockStopsTheNextAppend() throws {
        for replace in [false, true] {
            let dir = tempDir()
            let store = try ProgressStore(directory: dir, scheduler: scheduler)
            try store.append(review(1))
            try FileManager.default.removeItem(atPath: dir + "/lock")
            if replace { try "999\n".write(toFile: dir + "/lock", atomically: false, encoding: .utf8) }
            #expect {
                try store.append(review(2, minutes: 10))
            } throws: { error in
                (error as? ProgressError)?.description.contains("the lock file was deleted or replaced") == true
            }
            store.close()
            #expect(try ReviewLogFile.read(dir + "/reviews.jsonl").entries.map(\.id) == ["r1"])
        }
    }

    @Test func aTimeWithManyFractionalDigitsIsReadNotACrash() {
        #expect(CivilTime.parse("2026-01-01T09:00:00.1234567Z") == CivilTime.parse("2026-01-01T09:00:00.123456Z"))
        #expect(CivilTime.parse("2026-01-01T09:00:00.123456789012345678901234567890Z") != nil)
        let line = "{\"v\":1,\"id\":\"r\",\"type\":\"review\",\"deck\":\"d\",\"card\":\"c\",\"time\":\"2026-01-01T09:00:00.99999999Z\",\"rating\":3}"
        guard case .success(.review(let r)) = ReviewLogCodec.decode(line) else { Issue.record("not read"); return }
        #expect(CivilTime(r.time).iso8601Precise == "2026-01-01T09:00:00.999999Z")
    }
}
