import Foundation
import Testing
@testable import Deck

/// Merging progress directories on disk: the merged log replaces the old one whole, the snapshot is rebuilt,
/// the bytes do not depend on the direction, and a log that cannot be read stops the merge before any write.
@Suite struct ProgressMergeTests {
    let scheduler = FSRSScheduler(settings: try! SchedulerSettings(enableFuzzing: false))
    let t0 = Timestamp(seconds: 1_735_689_600)

    func review(_ id: String, card: String = "c1", minutes: Int64) -> ReviewLogEntry {
        .review(ReviewRecord(id: id, key: CardKey(deck: "d", card: card), time: t0 + .minutes(minutes), rating: .good, answer: "x", durationMs: 900, outcome: .correct))
    }

    /// A data directory whose log is `entries`, written through the store.
    func directory(_ entries: [ReviewLogEntry]) throws -> String {
        let dir = Paths.temporaryDirectory()
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        for e in entries { try store.append(e) }
        store.close()
        return dir
    }

    func log(_ dir: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: dir + "/reviews.jsonl")) }

    @Test func mergingEitherWayGivesTheSameBytesAndMergingAgainChangesNothing() throws {
        let shared = review("r0", minutes: 0)
        let laptop = [shared, review("r2", minutes: 20), .undo(UndoRecord(id: "u1", time: t0 + .minutes(30), target: "r1"))]
        let desktop = [shared, review("r1", card: "c2", minutes: 10), review("r3", card: "c2", minutes: 30)]
        let a1 = try directory(laptop), b1 = try directory(desktop)
        let a2 = try directory(laptop), b2 = try directory(desktop)
        let intoA = try ProgressMerge.merge(into: a1, from: [b1], scheduler: scheduler)
        _ = try ProgressMerge.merge(into: b2, from: [a2], scheduler: scheduler)
        #expect(try log(a1) == log(b2))
        #expect(intoA.contributions.map(\.newEntries) == [3, 2])
        #expect(intoA.contributions[1].cards == [CardKey(deck: "d", card: "c2")])
        let once = try log(a1)
        _ = try ProgressMerge.merge(into: a1, from: [b1], scheduler: scheduler)
        #expect(try log(a1) == once)
        // The store opens the result without a warning, trusts the rebuilt snapshot, and the undo holds.
        let store = try ProgressStore(directory: a1, scheduler: scheduler)
        #expect(store.warnings.isEmpty)
        #expect(store.history.reviews.map(\.id) == ["r0", "r2", "r3"])
        #expect(store.states == store.history.cardStates(scheduler: scheduler))
        let snapshot = try JSONDecoder().decode(StateSnapshot.self, from: Data(contentsOf: URL(fileURLWithPath: a1 + "/state.json")))
        #expect(snapshot.logEntries == 5 && snapshot.logBytes == once.count)
    }

    @Test func aTornTailInAnotherDirectoryStopsTheMergeAndNothingIsWritten() throws {
        let here = try directory([review("r1", minutes: 0)])
        let there = try directory([review("r2", minutes: 5)])
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: there + "/reviews.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"v\":1,\"id\":\"r3\",\"ty".utf8))
        try handle.close()
        let before = try log(here), snapshotBefore = try Data(contentsOf: URL(fileURLWithPath: here + "/state.json"))
        let error = #expect(throws: ProgressError.self) {
            try ProgressMerge.merge(into: here, from: [there], scheduler: self.scheduler)
        }
        #expect(error?.path == there + "/reviews.jsonl" && error?.line == 2 && error?.message.contains("incomplete") == true)
        #expect(try log(here) == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: here + "/state.json")) == snapshotBefore)
    }

    @Test func theSameIDWithOtherContentIsAnErrorNamingBothFilesAndLines() throws {
        let here = try directory([review("r0", minutes: 0), review("r1", minutes: 10)])
        var changed = ReviewRecord(id: "r1", key: CardKey(deck: "d", card: "c1"), time: t0 + .minutes(10), rating: .again)
        changed.answer = "other"
        let there = try directory([.review(changed)])
        let before = try log(here)
        let error = #expect(throws: ProgressError.self) {
            try ProgressMerge.merge(into: here, from: [there], scheduler: self.scheduler)
        }
        #expect(error?.description
                == "\(there)/reviews.jsonl:1: error: entry r1 differs from the entry with the same id at \(here)/reviews.jsonl:2; nothing was merged")
        #expect(try log(here) == before)
    }

    @Test func aMergeRefusesWhileAStudySessionHoldsTheLock() throws {
        let here = try directory([review("r0", minutes: 0)])
        let there = try directory([review("r1", minutes: 1)])
        let session = try ProgressStore(directory: here, scheduler: scheduler)
        let error = #expect(throws: ProgressError.self) {
            try ProgressMerge.merge(into: here, from: [there], scheduler: self.scheduler)
        }
        #expect(error?.message.contains("in use by another quiz process") == true)
        session.close()
        _ = try ProgressMerge.merge(into: here, from: [there], scheduler: scheduler)
        #expect(try ProgressStore(directory: here, scheduler: scheduler).history.entries.count == 2)
    }
}
