import Foundation
import Testing
@testable import Deck

/// The merge of review logs over random logs drawn from one shared history: the result does not depend on
/// the order or grouping of the logs or on merging twice, and it derives the same card states and marks as
/// the entries of all the logs put together in time order.
@Suite struct ReviewLogMergeTests {
    let scheduler = FSRSScheduler(settings: try! SchedulerSettings(enableFuzzing: true))
    let t0 = Timestamp(seconds: 1_735_689_600)

    /// A history of reviews, card actions and undos over a few cards: times repeat (ties) and are not in
    /// log order, and undos name earlier entries.
    func pool(_ random: inout SeededRandom, count: Int) -> [ReviewLogEntry] {
        var out: [ReviewLogEntry] = []
        for n in 0..<count {
            let key = CardKey(deck: "d\(Int.random(in: 0...1, using: &random))", card: "c\(Int.random(in: 0...3, using: &random))")
            let time = t0 + .minutes(Int64.random(in: 0...Int64(count) * 3, using: &random))
            let id = "e\(random.next() % 100_000)"
            switch Int.random(in: 0..<10, using: &random) {
            case 0 where !out.isEmpty:
                let target = out[Int.random(in: 0..<out.count, using: &random)].id
                out.append(.undo(UndoRecord(id: "u\(n)-" + id, time: time, target: target)))
            case 1:
                let actions: [CardAction] = [.suspend, .unsuspend, .bury(until: time + .minutes(600)), .flag(Int.random(in: 0...4, using: &random))]
                out.append(.action(CardActionRecord(id: "a\(n)-" + id, key: key, time: time, action: actions[Int.random(in: 0..<4, using: &random)])))
            default:
                out.append(.review(ReviewRecord(id: "r\(n)-" + id, key: key, time: time, rating: Rating(rawValue: Int.random(in: 1...4, using: &random))!,
                                                answer: "a\(n)", durationMs: Int.random(in: 100...9000, using: &random),
                                                scheduled: Int.random(in: 0..<8, using: &random) != 0)))
            }
        }
        return out
    }

    /// A random part of `pool`, in an order of its own (as a machine's log may hold entries out of time order).
    func part(of pool: [ReviewLogEntry], _ random: inout SeededRandom) -> [ReviewLogEntry] {
        pool.filter { _ in Bool.random(using: &random) }.shuffled(using: &random)
    }

    func merged(_ logs: [ReviewLogEntry]...) throws -> [ReviewLogEntry] {
        try ReviewLogMerge.merge(logs.enumerated().map { ReviewLogMerge.Source(name: "log\($0.offset)", entries: $0.element) }).get().entries
    }

    @Test(arguments: 0..<40)
    func mergingIsCommutativeAssociativeAndIdempotent(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let all = pool(&random, count: Int.random(in: 0...60, using: &random))
        let a = part(of: all, &random), b = part(of: all, &random), c = part(of: all, &random)
        let ab = try merged(a, b)
        #expect(ab == (try merged(b, a)))
        #expect((try merged(ab, c)) == (try merged(a, try merged(b, c))))
        #expect((try merged(ab, c)) == (try merged(c, b, a)))
        #expect((try merged(ab, ab)) == ab)
        #expect((try merged(ab, b)) == ab)
        #expect((try merged(ab)) == ab)
        // Every entry once, in time order with ties by id.
        let ids = Set((a + b).map(\.id))
        #expect(ab.map(\.id).count == ids.count && Set(ab.map(\.id)) == ids)
        #expect(zip(ab, ab.dropFirst()).allSatisfy { ReviewLogMerge.inOrder($0, $1) })
    }

    @Test(arguments: 0..<40)
    func theMergeDerivesWhatAllTheEntriesInTimeOrderDerive(seed: UInt64) throws {
        var random = SeededRandom(seed: seed &+ 1000)
        let all = pool(&random, count: Int.random(in: 1...80, using: &random))
        let a = part(of: all, &random), b = part(of: all, &random)
        let union = try merged(a, b)
        var seen = Set<String>()
        let deduplicated = (a + b).filter { seen.insert($0.id).inserted }
        let concatenated = deduplicated.sorted { $0.time != $1.time ? $0.time < $1.time : $0.id < $1.id }
        #expect(union == concatenated)
        let fromMerge = ReviewHistory(entries: union), fromConcatenation = ReviewHistory(entries: deduplicated)
        #expect(fromMerge.cardStates(scheduler: scheduler) == fromConcatenation.cardStates(scheduler: scheduler))
        #expect(fromMerge.marks == ReviewHistory(entries: concatenated).marks)
        #expect(Set(fromMerge.reviews.map(\.id)) == Set(fromConcatenation.reviews.map(\.id)))
    }

    @Test func anUndoCancelsItsTargetWhicheverLogEachCameFrom() throws {
        let key = CardKey(deck: "d", card: "c")
        let first = ReviewLogEntry.review(ReviewRecord(id: "r1", key: key, time: t0, rating: .good))
        let second = ReviewLogEntry.review(ReviewRecord(id: "r2", key: key, time: t0 + .minutes(20), rating: .again))
        let undo = ReviewLogEntry.undo(UndoRecord(id: "u1", time: t0 + .minutes(21), target: "r2"))
        let laptop = [first, second], desktop = [undo]
        let union = try merged(laptop, desktop)
        #expect(union.map(\.id) == ["r1", "r2", "u1"])
        let states = ReviewHistory(entries: union).cardStates(scheduler: scheduler)
        #expect(states == ReviewHistory(entries: [first]).cardStates(scheduler: scheduler))
        #expect(ReviewHistory(entries: union).reviews.map(\.id) == ["r1"])
        let result = try ReviewLogMerge.merge([ReviewLogMerge.Source(name: "here", entries: laptop), ReviewLogMerge.Source(name: "there", entries: desktop)]).get()
        #expect(result.contributions[1].undos == 1 && result.contributions[1].cards == [key])
    }

    @Test func oneIDWithTwoContentsIsAConflictNamingBothPlaces() {
        let key = CardKey(deck: "d", card: "c")
        let mine = ReviewLogEntry.review(ReviewRecord(id: "r1", key: key, time: t0, rating: .good))
        let theirs = ReviewLogEntry.review(ReviewRecord(id: "r1", key: key, time: t0, rating: .hard))
        let other = ReviewLogEntry.review(ReviewRecord(id: "r0", key: key, time: t0, rating: .easy))
        let result = ReviewLogMerge.merge([ReviewLogMerge.Source(name: "a/reviews.jsonl", entries: [mine]),
                                           ReviewLogMerge.Source(name: "b/reviews.jsonl", entries: [other, theirs])])
        guard case .failure(let conflict) = result else { Issue.record("merged a conflict"); return }
        #expect(conflict.description == "b/reviews.jsonl:2: error: entry r1 differs from the entry with the same id at a/reviews.jsonl:1; nothing was merged")
    }

    @Test func eachSourceCountsOnlyWhatNoSourceBeforeItHad() throws {
        let k1 = CardKey(deck: "d", card: "c1"), k2 = CardKey(deck: "d", card: "c2")
        let r1 = ReviewLogEntry.review(ReviewRecord(id: "r1", key: k1, time: t0, rating: .good))
        let r2 = ReviewLogEntry.review(ReviewRecord(id: "r2", key: k2, time: t0 + .minutes(1), rating: .good))
        let s = ReviewLogEntry.action(CardActionRecord(id: "a1", key: k2, time: t0 + .minutes(2), action: .suspend))
        let result = try ReviewLogMerge.merge([ReviewLogMerge.Source(name: "here", entries: [r1]),
                                               ReviewLogMerge.Source(name: "one", entries: [r1, r2]),
                                               ReviewLogMerge.Source(name: "two", entries: [r2, s])]).get()
        #expect(result.contributions.map(\.newEntries) == [1, 1, 1])
        #expect(result.contributions[1].reviews == 1 && result.contributions[1].cards == [k2])
        #expect(result.contributions[2].actions == 1 && result.contributions[2].reviews == 0)
    }
}
