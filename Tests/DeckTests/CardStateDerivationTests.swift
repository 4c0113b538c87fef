import Foundation
import Testing
@testable import Deck

/// The bulk paths that derive card states give what the plain ones give: the replay kernel steps as the
/// scheduler does, review by review, and the derivation straight from the log's bytes equals decoding every
/// line and replaying the history, on random logs.
@Suite struct CardStateDerivationTests {
    let t0 = Timestamp(seconds: 1_735_689_600)

    /// Random settings within the parameters' bounds, with every shape of step list, fuzz on or off.
    func randomSettings(_ rng: inout SeededRandom) throws -> SchedulerSettings {
        func unit() -> Double { Double(rng.next() >> 11) * 0x1.0p-53 }
        if rng.next() % 3 == 0 { return .standard }
        let parameters = (0..<21).map { i in
            SchedulerSettings.lowerBounds[i] + (SchedulerSettings.upperBounds[i] - SchedulerSettings.lowerBounds[i]) * unit()
        }
        let stepLists: [[Interval]] = [[], [.minutes(5)], [.minutes(1), .minutes(10)], [.seconds(30), .minutes(60), .days(1)]]
        return try SchedulerSettings(parameters: parameters, desiredRetention: 0.7 + 0.29 * unit(),
                                     learningSteps: stepLists[Int(rng.next() % 4)], relearningSteps: stepLists[Int(rng.next() % 4)],
                                     maximumInterval: [36500, 365, 30, 3][Int(rng.next() % 4)], enableFuzzing: rng.next() % 4 != 0)
    }

    /// `FSRSReplay.review` leaves a card as `FSRSScheduler.review` does after every review: any settings,
    /// ratings, same-day and long gaps, times that go back.
    @Test(arguments: 1...10) func theReplayKernelStepsAsTheScheduler(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let scheduler = FSRSScheduler(settings: try randomSettings(&rng))
        let kernel = FSRSReplay(scheduler)
        let gaps: [Interval] = [.seconds(0), .seconds(30), .minutes(5), .minutes(180), .minutes(1380), .days(1), .days(3), .days(40),
                                .days(400), Interval(microseconds: -Interval.minutes(300).microseconds), Interval(microseconds: -Interval.days(2).microseconds)]
        var compared = 0
        for card in 0..<150 {
            let base = FuzzSeed.base(cardID: "deck/c\(card)")
            var now = t0 + .minutes(Int64(rng.next() % 100_000))
            var expected = MemoryState.new(due: now)
            var fast = FSRSReplay.Card(due: now.microseconds)
            for _ in 0..<Int(1 + rng.next() % 40) {
                let rating = Rating(rawValue: Int(rng.next() % 4) + 1)!
                expected = scheduler.review(expected, rating: rating, at: now, fuzzSeed: FuzzSeed.make(base: base, reviews: expected.reviews))
                kernel.review(&fast, rating: rating.rawValue, at: now.microseconds, seedBase: base)
                #expect(fast.memoryState == expected, "settings \(scheduler.settings), card \(card)")
                if fast.memoryState != expected { return }
                compared += 1
                now = now + gaps[Int(rng.next() % UInt64(gaps.count))]
            }
        }
        #expect(compared > 1000)
    }

    /// A random log as bytes, with what the fast reader reads and what it leaves to the general decoder:
    /// reviews (some unscheduled, some with the same or an earlier time, some with an id used before), undos of
    /// reviews and actions and of ids never written, actions, keys and ids that are equal strings in another
    /// normal form (é and e + U+0301, K and the Kelvin sign), keys with quotes, lines with spaces or an unknown
    /// key, bytes that are not UTF-8, and every line ending and blank line.
    func randomLog(_ rng: inout SeededRandom, lines: Int) -> [UInt8] {
        func pick<T>(_ xs: [T]) -> T { xs[Int(rng.next() % UInt64(xs.count))] }
        let decks = ["d", "deck-2", "é", "e\u{301}", "q\"x", ""]
        var out: [UInt8] = []
        var ids: [String] = []
        var time = t0
        for n in 0..<lines {
            let card = rng.next() % 8 == 0 ? pick(["card-é", "card-e\u{301}", "K", "\u{212A}", "c\\d"]) : "c\(rng.next() % 60)"
            let key = CardKey(deck: rng.next() % 3 == 0 ? pick(decks) : "d", card: card)
            switch rng.next() % 10 {
            case 0: break // the same time
            case 1: time = time - .minutes(60 * Int64(rng.next() % 50))
            case 2: time = time + .days(Int64(rng.next() % 20))
            default: time = time + .minutes(Int64(rng.next() % 600))
            }
            let id = rng.next() % 40 == 0 && !ids.isEmpty ? pick(ids) : pick(["r\(n)", "r\(n)", "r\(n)", "K\(n)", "\u{212A}\(n)", "r\"\(n)"])
            let entry: ReviewLogEntry
            switch rng.next() % 14 {
            case 0 where !ids.isEmpty, 1 where !ids.isEmpty:
                var target = pick(ids)
                if rng.next() % 5 == 0 { target = target.replacingOccurrences(of: "K", with: "\u{212A}") }
                if rng.next() % 9 == 0 { target = "never-\(n)" }
                entry = .undo(UndoRecord(id: "u\(n)", time: time, target: target))
            case 2:
                entry = .action(CardActionRecord(id: "a\(n)", key: key, time: time, action: pick([.suspend, .flag(2), .bury(until: time + .days(1))])))
                ids.append("a\(n)")
            default:
                entry = .review(ReviewRecord(id: id, key: key, time: time + Interval(microseconds: rng.next() % 3 == 0 ? Int64(rng.next() % 1_000_000) : 0),
                                             rating: Rating(rawValue: Int(rng.next() % 4) + 1)!,
                                             answer: pick([nil, "ans", "quote \" here", "é"]), durationMs: pick([nil, 900, 0]),
                                             outcome: pick([nil, .correct, .wrong, .close, .revealed, .selfGraded]), scheduled: rng.next() % 9 != 0))
                ids.append(id)
            }
            var line = ReviewLogCodec.encode(entry)
            switch rng.next() % 25 {
            case 0: line = line.replacingOccurrences(of: "\":", with: "\": ")
            case 1: line = String(line.dropLast()) + ",\"extra\":7}"
            default: break
            }
            var bytes = Array(line.utf8)
            if rng.next() % 50 == 0, let at = bytes.firstIndex(of: UInt8(ascii: "c")), bytes[at - 1] == UInt8(ascii: "\"") {
                bytes.insert(0xFF, at: at + 1) // not UTF-8, inside the card's id (or another string starting with c)
            }
            out += bytes
            switch rng.next() % 12 {
            case 0: out += [0x0D, 0x0A]
            case 1: out += [0x0D]
            case 2: out += [0x0A, 0x20, 0x09, 0x0A]
            case 3: out += [0x0A, 0x0D, 0x0A]
            default: out += [0x0A]
            }
        }
        return out
    }

    func fullDerivation(_ bytes: [UInt8], _ scheduler: FSRSScheduler) throws -> [CardKey: MemoryState] {
        let contents = try Result { () throws(ProgressError) in try ReviewLogFile.parse(bytes, path: "log") }.get()
        return ReviewHistory(entries: contents.entries).cardStates(scheduler: scheduler)
    }

    func fastDerivation(_ bytes: [UInt8], _ scheduler: FSRSScheduler, parts: Int?) -> [CardKey: MemoryState]? {
        bytes.withUnsafeBufferPointer { ReviewLogDerivation.cardStates($0, scheduler: scheduler, parts: parts) }
    }

    /// A fresh derivation (every line decoded, the history replayed) equals the fast path, on random logs split
    /// into random numbers of parts, with random settings.
    @Test(arguments: 1...16) func aFreshDerivationEqualsTheFastPath(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let scheduler = FSRSScheduler(settings: try randomSettings(&rng))
        let bytes = randomLog(&rng, lines: 500 + Int(rng.next() % 4000))
        let full = try fullDerivation(bytes, scheduler)
        #expect(full.count > 40)
        for parts in [1, 2, 3, 1 + Int(rng.next() % 16)] {
            let fast = fastDerivation(bytes, scheduler, parts: parts)
            let differing = Set(full.keys).union(fast?.keys ?? [:].keys).filter { full[$0] != fast?[$0] }
            #expect(fast != nil && differing.isEmpty,
                    "parts \(parts): \(differing.count) cards differ, e.g. \(differing.first.map { "\($0): \(String(describing: full[$0])) against \(String(describing: fast?[$0]))" } ?? "")")
        }
    }

    /// What a store takes from a log no snapshot describes, derived from the bytes, equals what it takes from the
    /// decoded history: the summary (first and last reviews, cram reviews included, standing actions), the
    /// number of entries and the last entry's id, on random logs split into random numbers of parts.
    @Test(arguments: 1...12) func theStoresDerivationEqualsTheHistorys(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let scheduler = FSRSScheduler(settings: try randomSettings(&rng))
        var bytes = randomLog(&rng, lines: 300 + Int(rng.next() % 3000))
        if bytes.last != 0x0A { bytes.append(0x0A) }
        let entries = try Result { () throws(ProgressError) in try ReviewLogFile.parse(bytes, path: "log") }.get().entries
        let history = ReviewHistory(entries: entries)
        let summary = ReviewSummary(history)
        #expect(summary.times.values.contains { $0.firstScheduled == nil }, "the log has cram-only cards")
        #expect(summary.marks != CardMarks())
        for parts in [1, 2, 1 + Int(rng.next() % 12)] {
            let derived = bytes.withUnsafeBufferPointer { ReviewLogDerivation.derive($0, scheduler: scheduler, parts: parts) }
            #expect(derived?.states == history.cardStates(scheduler: scheduler), "parts \(parts)")
            #expect(derived?.summary == summary, "parts \(parts)")
            #expect(derived?.entryCount == entries.count, "parts \(parts)")
            #expect(derived?.lastEntryID == entries.last?.id, "parts \(parts)")
        }
    }

    /// A log whose lines are all of the fast shapes, in time order, as quiz writes it.
    @Test func aLogAsQuizWritesItIsDerivedAlike() throws {
        var out: [UInt8] = []
        var rng = SeededRandom(seed: 99)
        for n in 0..<20_000 {
            let entry = ReviewLogEntry.review(ReviewRecord(id: "r-\(n)", key: CardKey(deck: "bench", card: "card-\(rng.next() % 500)"),
                                                          time: t0 + .minutes(Int64(n) * 37), rating: Rating(rawValue: Int(rng.next() % 4) + 1)!,
                                                          answer: "the answer", durationMs: 2000, outcome: .correct))
            out += Array((ReviewLogCodec.encode(entry) + "\n").utf8)
        }
        let scheduler = FSRSScheduler()
        #expect(fastDerivation(out, scheduler, parts: nil) == (try fullDerivation(out, scheduler)))
        #expect(fastDerivation(out, scheduler, parts: 5) == (try fullDerivation(out, scheduler)))
    }

    /// A bad line or a torn last line is left to the full reader: the fast path gives nil, and the file's
    /// states are those of the good lines (torn) or the full reader's error (bad).
    @Test func aBadOrTornLineIsLeftToTheFullReader() throws {
        var rng = SeededRandom(seed: 3)
        let good = randomLog(&rng, lines: 300)
        let scheduler = FSRSScheduler()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("derive-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }

        let torn = good + Array("{\"v\":1,\"id\":\"r-x\",\"type\":\"review\",\"deck\":\"d\",\"ca".utf8)
        #expect(fastDerivation(torn, scheduler, parts: 2) == nil)
        try Data(torn).write(to: URL(fileURLWithPath: dir + "/torn.jsonl"))
        #expect(try ReviewLogFile.cardStates(dir + "/torn.jsonl", scheduler: scheduler) == (try fullDerivation(good, scheduler)))

        let bad = good + Array("{\"v\":1,\"id\":\"x\",\"type\":\"review\"}\n".utf8) + good
        #expect(fastDerivation(bad, scheduler, parts: 3) == nil)
        try Data(bad).write(to: URL(fileURLWithPath: dir + "/bad.jsonl"))
        #expect(throws: ProgressError.self) { try ReviewLogFile.cardStates(dir + "/bad.jsonl", scheduler: scheduler) }

        let newer = good + Array("{\"v\":9,\"id\":\"x\",\"type\":\"review\"}\n".utf8)
        #expect(fastDerivation(newer, scheduler, parts: 1) == nil)

        try Data(good).write(to: URL(fileURLWithPath: dir + "/good.jsonl"))
        #expect(try ReviewLogFile.cardStates(dir + "/good.jsonl", scheduler: scheduler) == (try fullDerivation(good, scheduler)))
        #expect(try ReviewLogFile.cardStates(dir + "/missing.jsonl", scheduler: scheduler) == [:])
    }
}
