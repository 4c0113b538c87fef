import Foundation
import Testing
@testable import Deck

/// The paths that make large revlogs and decks quick give what the plain ones give: the revlog replay grouped
/// by a counting sort, card states replayed on several cores.
@Suite struct ScaleFastPathTests {
    let t0 = Timestamp(seconds: 1_735_689_600)

    /// A random log as text: reviews, undos and actions, with blank lines and every line ending.
    func randomLog(_ rng: inout SeededRandom, lines: Int) -> [UInt8] {
        var out: [UInt8] = []
        var ids: [String] = []
        for n in 0..<lines {
            let key = CardKey(deck: "d\(rng.next() % 2)", card: "c\(rng.next() % 40)")
            let time = t0 + .minutes(Int64(n) * 7 - Int64(rng.next() % 300))
            let entry: ReviewLogEntry
            switch rng.next() % 12 {
            case 0 where !ids.isEmpty:
                entry = .undo(UndoRecord(id: "u\(n)", time: time, target: ids[Int(rng.next() % UInt64(ids.count))]))
            case 1:
                entry = .action(CardActionRecord(id: "a\(n)", key: key, time: time, action: .flag(1)))
            default:
                entry = .review(ReviewRecord(id: "r\(n)", key: key, time: time, rating: Rating(rawValue: Int(rng.next() % 4) + 1)!,
                                             answer: rng.next() % 5 == 0 ? "quote \" and \\ back" : "ans", durationMs: 900,
                                             outcome: .correct, scheduled: rng.next() % 9 != 0))
                ids.append("r\(n)")
            }
            out += Array(ReviewLogCodec.encode(entry).utf8)
            switch rng.next() % 10 {
            case 0: out += [0x0D, 0x0A]
            case 1: out += [0x0D]
            case 2: out += [0x0A, 0x20, 0x09, 0x0A]
            default: out += [0x0A]
            }
        }
        return out
    }

    func read(_ bytes: [UInt8]) -> Result<ReviewLogFile.Contents, ProgressError> {
        Result { () throws(ProgressError) in try ReviewLogFile.parse(bytes, path: "log") }
    }

    /// `cardStates` (cards replayed on several cores) equals each card replayed alone through `replay`.
    @Test(arguments: 1...6) func cardStatesEqualEachCardReplayedAlone(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let bytes = randomLog(&rng, lines: 3000)
        let history = ReviewHistory(entries: try read(bytes).get().entries)
        let scheduler = FSRSScheduler()
        let states = history.cardStates(scheduler: scheduler)
        let byKey = Dictionary(grouping: history.reviews.filter(\.scheduled), by: \.key)
        #expect(states.count == byKey.count)
        for (key, reviews) in byKey {
            #expect(states[key] == ReviewHistory.replay(key: key, reviews: reviews, scheduler: scheduler))
        }
    }

    /// The revlog replay (a counting sort by card, cards on several cores) equals grouping in a dictionary
    /// and sorting each card's rows by time and line.
    @Test(arguments: 1...6) func theRevlogReplayEqualsAPlainOne(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        var rows: [RevlogCSV.Row] = []
        for n in 0..<(2000 + Int(rng.next() % 3000)) {
            // Mostly in time order, some rows out of it, some equal times.
            let ms = Int64(n) * 600_000 - (rng.next() % 7 == 0 ? Int64(rng.next() % 90_000_000) : 0)
            rows.append(RevlogCSV.Row(cardID: Int64(rng.next() % 300) * 1_000_003, time: Timestamp(milliseconds: ms),
                                      rating: Rating(rawValue: Int(rng.next() % 4) + 1)!, line: n + 2))
        }
        let scheduler = FSRSScheduler()
        var byCard: [Int64: [RevlogCSV.Row]] = [:]
        for row in rows { byCard[row.cardID, default: []].append(row) }
        let plain: [(Int64, MemoryState)] = byCard.keys.sorted().map { id in
            let list = byCard[id]!.sorted { ($0.time, $0.line) < ($1.time, $1.line) }
            var state = MemoryState.new(due: list[0].time)
            let seed = FuzzSeed.base(cardID: String(id))
            for row in list {
                state = scheduler.review(state, rating: row.rating, at: row.time, fuzzSeed: FuzzSeed.make(base: seed, reviews: state.reviews))
            }
            return (id, state)
        }
        let fast = RevlogCSV.replay(rows, scheduler: scheduler)
        #expect(fast.map(\.cardID) == plain.map(\.0))
        #expect(fast.map(\.state) == plain.map(\.1))
    }

    /// The byte path for an accepted answer's key equals trimming and lower-casing the string.
    @Test func theASCIIAcceptKeyEqualsTheStringOne() {
        var rng = SeededRandom(seed: 7)
        let pieces = ["a", "B", "Z", "z", " ", "\t", "\r\n", "\u{0B}", "\u{0C}", "1", "@", "[", "`", "{", "é", "İ"]
        for _ in 0..<3000 {
            let text = (0..<Int(rng.next() % 8)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            if let fast = DeckReader.asciiAcceptKey(text) {
                #expect(fast == text.trimmingWhitespace().lowercased(), "\(text.debugDescription)")
            } else {
                #expect(text.unicodeScalars.contains { !$0.isASCII })
            }
        }
    }

    /// The snapshot's own JSON writer writes the bytes `JSONEncoder` writes, for random snapshots (empty lists,
    /// missing values, whole and tiny and huge numbers, microseconds, ids to escape).
    @Test(arguments: 1...30) func theSnapshotWriterWritesWhatJSONEncoderWrites(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        func pick<T>(_ xs: [T]) -> T { xs[Int(rng.next() % UInt64(xs.count))] }
        func time() -> Timestamp {
            t0 + Interval(microseconds: Int64(rng.next() % 90_000_000) * 1_000_000 + (rng.next() % 2 == 0 ? 0 : Int64(rng.next() % 1_000_000)))
        }
        func id() -> String { pick(["c\(rng.next() % 1000)", "card-\(rng.next() % 99)", "é/x", "a\"b", "t\\u", "ü東京"]) }
        var states: [CardKey: MemoryState] = [:]
        var summary = ReviewSummary()
        for _ in 0..<Int(rng.next() % 40) {
            let key = CardKey(deck: pick(["d", "deck-2", "x/y"]), card: id())
            var m = MemoryState.new(due: time())
            if rng.next() % 4 != 0 {
                m.reviews = Int(rng.next() % 50) + 1
                m.lapses = Int(rng.next() % UInt64(m.reviews + 1))
                m.stability = pick([3.0, 0.001, 1e-7, 12345.678, 36500, Double(rng.next() % 100000) / 7, 1e16])
                m.difficulty = pick([1.0, 10.0, 5.5, Double(rng.next() % 1000) / 99])
                m.lastReview = time()
                m.state = pick([.learning, .review, .relearning])
                m.step = m.state == .review ? nil : Int(rng.next() % 3)
            }
            states[key] = m
            if rng.next() % 2 == 0 {
                summary.add(ReviewRecord(id: "r", key: key, time: time(), rating: .good, scheduled: rng.next() % 3 != 0))
            }
            switch rng.next() % 6 {
            case 0: summary.add(CardActionRecord(id: "a", key: key, time: time(), action: .suspend))
            case 1: summary.add(CardActionRecord(id: "a", key: key, time: time(), action: .bury(until: time())))
            case 2: summary.add(CardActionRecord(id: "a", key: key, time: time(), action: .flag(Int(rng.next() % 7))))
            case 3: summary.add(CardActionRecord(id: "a", key: key, time: time(), action: .unsuspend))
            default: break
            }
        }
        let settings = rng.next() % 2 == 0 ? SchedulerSettings.standard
            : try SchedulerSettings(desiredRetention: 0.85, learningSteps: [], relearningSteps: [.minutes(5), .days(1)], maximumInterval: 365, enableFuzzing: false)
        let mark = rng.next() % 3 == 0 ? nil : StateSnapshot.LogMark(bytes: Int(rng.next() % 1_000_000), tailBytes: 4096, tailChecksum: "00ff12",
                                                                     inode: rng.next(), modified: Int64(rng.next() % 1_000_000_000_000_000_000))
        let snapshot = StateSnapshot(logBytes: Int(rng.next() % 1000), logEntries: Int(rng.next() % 100), lastEntryID: rng.next() % 4 == 0 ? nil : "r-\(rng.next() % 99)",
                                     settings: settings, states: states, log: mark, summary: rng.next() % 4 == 0 ? nil : summary)
        let expected = try snapshot.encodedByFoundation()
        #expect(try snapshot.encoded() == expected)
        #expect(try JSONDecoder().decode(StateSnapshot.self, from: try snapshot.encoded()) == snapshot)
    }
}
