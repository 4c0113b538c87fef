import Foundation
import Testing
@testable import Deck

/// The progress store on real files in temporary directories.
@Suite struct ProgressStoreTests {
    let scheduler = FSRSScheduler(settings: try! SchedulerSettings(enableFuzzing: false))
    let t0 = Timestamp(seconds: 1_735_689_600)

    func tempDir() -> String { Paths.temporaryDirectory() }

    func review(_ n: Int, card: String = "c1", rating: Rating = .good, minutes: Int64 = 0) -> ReviewLogEntry {
        .review(ReviewRecord(id: "r\(n)", key: CardKey(deck: "d", card: card), time: t0 + .minutes(minutes),
                             rating: rating, answer: "ans \(n)", durationMs: 1200, outcome: .correct))
    }

    @Test func appendsAreDurableAndStatesDerived() throws {
        let dir = tempDir()
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        try store.append(review(1))
        try store.append(review(2, minutes: 10))
        let key = CardKey(deck: "d", card: "c1")
        #expect(store.states[key]?.state == .review)
        store.close()
        let text = try String(contentsOfFile: dir + "/reviews.jsonl", encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.hasPrefix("{\"v\":1,\"id\":\"r1\",\"type\":\"review\",\"deck\":\"d\",\"card\":\"c1\",\"time\":\"2025-01-01T00:00:00Z\",\"rating\":3,\"answer\":\"ans 1\",\"duration_ms\":1200,\"outcome\":\"correct\"}\n"))
        let reopened = try ProgressStore(directory: dir, scheduler: scheduler)
        #expect(reopened.states[key] == store.states[key])
        #expect(reopened.warnings.isEmpty)
    }

    @Test func tornLastLineIsSetAsideAndTheRestKept() throws {
        let dir = tempDir()
        let good = ReviewLogCodec.encode(review(1)) + "\n" + ReviewLogCodec.encode(review(2, minutes: 10)) + "\n"
        let torn = String(ReviewLogCodec.encode(review(3, minutes: 20)).prefix(40))
        try (good + torn).write(toFile: dir + "/reviews.jsonl", atomically: false, encoding: .utf8)
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        #expect(store.history.entries.count == 2)
        #expect(store.warnings.count == 1)
        #expect(store.warnings[0].contains("incomplete"))
        #expect(try String(contentsOfFile: dir + "/reviews.jsonl.torn-1", encoding: .utf8) == torn)
        #expect(try String(contentsOfFile: dir + "/reviews.jsonl", encoding: .utf8) == good)
        try store.append(review(4, minutes: 30))
        store.close()
        let reopened = try ProgressStore(directory: dir, scheduler: scheduler)
        #expect(reopened.history.entries.map(\.id) == ["r1", "r2", "r4"])
    }

    @Test func corruptLineInTheMiddleIsRefusedUntouched() throws {
        let dir = tempDir()
        let text = ReviewLogCodec.encode(review(1)) + "\n{\"v\":1,garbage\n" + ReviewLogCodec.encode(review(2)) + "\n"
        try text.write(toFile: dir + "/reviews.jsonl", atomically: false, encoding: .utf8)
        #expect {
            _ = try ProgressStore(directory: dir, scheduler: scheduler)
        } throws: { error in
            let e = error as! ProgressError
            return e.line == 2 && e.description.hasPrefix(dir + "/reviews.jsonl:2: error: corrupt review log line")
        }
        #expect(try String(contentsOfFile: dir + "/reviews.jsonl", encoding: .utf8) == text)
    }

    @Test func futureLogVersionIsRefusedUntouched() throws {
        let dir = tempDir()
        let text = ReviewLogCodec.encode(review(1)) + "\n{\"v\":3,\"id\":\"x\",\"type\":\"review\",\"future\":true}\n"
        try text.write(toFile: dir + "/reviews.jsonl", atomically: false, encoding: .utf8)
        #expect(throws: ProgressError(path: dir + "/reviews.jsonl", line: 2, message: "written by a newer quiz (log version 3; this one reads 2); left untouched")) {
            _ = try ProgressStore(directory: dir, scheduler: scheduler)
        }
        #expect(try String(contentsOfFile: dir + "/reviews.jsonl", encoding: .utf8) == text)
    }

    @Test func futureSnapshotSchemaIsRefusedUntouched() throws {
        let dir = tempDir()
        let snapshot = "{\"schema\": 9, \"cards\": []}"
        try snapshot.write(toFile: dir + "/state.json", atomically: false, encoding: .utf8)
        #expect(throws: ProgressError.self) { _ = try ProgressStore(directory: dir, scheduler: scheduler) }
        #expect(try String(contentsOfFile: dir + "/state.json", encoding: .utf8) == snapshot)
    }

    @Test func corruptSnapshotIsRebuiltFromTheLog() throws {
        let dir = tempDir()
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        try store.append(review(1))
        try store.append(review(2, card: "c2", rating: .easy))
        let expected = store.states
        store.close()
        try "{ not json".write(toFile: dir + "/state.json", atomically: false, encoding: .utf8)
        let reopened = try ProgressStore(directory: dir, scheduler: scheduler)
        #expect(reopened.states == expected)
        #expect(reopened.warnings.contains { $0.contains("rebuilt from the review log") })
        // (Written again in the background, at the latest by `close`.)
        reopened.close()
        let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/state.json"))
        #expect(try JSONDecoder().decode(StateSnapshot.self, from: data).checkedStates().get() == expected)
    }

    @Test func snapshotOutOfStepWithTheLogIsIgnored() throws {
        let dir = tempDir()
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        try store.append(review(1))
        store.close()
        // Another review appended behind the snapshot's back (e.g. a crash before the snapshot was written).
        let handle = FileHandle(forWritingAtPath: dir + "/reviews.jsonl")!
        handle.seekToEndOfFile()
        handle.write(Data((ReviewLogCodec.encode(review(2, minutes: 10)) + "\n").utf8))
        try handle.close()
        let reopened = try ProgressStore(directory: dir, scheduler: scheduler)
        #expect(reopened.states[CardKey(deck: "d", card: "c1")]?.reviews == 2)
    }

    @Test func secondWriterIsRefusedNamingTheHolder() throws {
        let dir = tempDir()
        let first = try ProgressStore(directory: dir, scheduler: scheduler)
        #expect {
            _ = try ProgressStore(directory: dir, scheduler: scheduler)
        } throws: { error in
            (error as! ProgressError).message.contains("in use by another quiz process (pid \(getpid()))")
        }
        first.close()
        _ = try ProgressStore(directory: dir, scheduler: scheduler)
    }

    @Test func staleLockFromDeadProcessDoesNotBlock() throws {
        let dir = tempDir()
        try "999999\n".write(toFile: dir + "/lock", atomically: false, encoding: .utf8)
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        #expect(try String(contentsOfFile: dir + "/lock", encoding: .utf8) == "\(getpid())\n")
        store.close()
    }

    @Test func undoSurvivesReopen() throws {
        let dir = tempDir()
        let key = CardKey(deck: "d", card: "c1")
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        try store.append(review(1))
        let afterOne = store.states[key]
        try store.append(review(2, rating: .easy, minutes: 10))
        #expect(store.states[key] != afterOne)
        try store.append(.undo(UndoRecord(id: "u1", time: t0 + .minutes(11), target: "r2")))
        #expect(store.states[key] == afterOne)
        store.close()
        let reopened = try ProgressStore(directory: dir, scheduler: scheduler)
        #expect(reopened.states[key] == afterOne)
        #expect(reopened.history.lastStandingReview()?.id == "r1")
    }

    @Test func logLinesRoundTripWithAwkwardText() throws {
        let entry = ReviewLogEntry.review(ReviewRecord(
            id: "r\"1", key: CardKey(deck: "日本", card: "c\\1"), time: Timestamp(microseconds: 1_735_689_600_123_456),
            rating: .hard, answer: "line\nbreak \u{1} \"q\" 🎌", durationMs: nil, outcome: .close, scheduled: false))
        let line = ReviewLogCodec.encode(entry)
        #expect(!line.contains("\n"))
        #expect(try ReviewLogCodec.decode(line).get() == entry)
    }

    @Test func locationFollowsFlagThenEnvironment() {
        #expect(ProgressLocation.resolve(flag: "/x", environment: ["QUIZ_HOME": "/q"], home: "/h") == "/x")
        #expect(ProgressLocation.resolve(flag: nil, environment: ["QUIZ_HOME": "/q", "XDG_DATA_HOME": "/d"], home: "/h") == "/q")
        #expect(ProgressLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/d"], home: "/h") == "/d/quiz")
        #expect(ProgressLocation.resolve(flag: nil, environment: [:], home: "/h") == "/h/.local/share/quiz")
    }
}
