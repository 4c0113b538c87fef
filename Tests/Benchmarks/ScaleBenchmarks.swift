import Deck
import Foundation

/// `quiz-benchmarks scale`: start-up and throughput at the scale of a 10,000-card deck and 100,000 to 1,000,000
/// reviews (issue "instant at scale"). Each figure is the best of several runs; the data are seeded.
enum ScaleBenchmarks {
    static let cards = 10_000

    /// The `quiz` binary built beside this one.
    static var quizPath: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("quiz").path
    }

    static func run(_ args: [String]) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-scale-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let only = Set(args)
        func wanted(_ name: String) -> Bool { only.isEmpty || only.contains(name) }

        let deckPath = dir + "/\(ScaleData.deckID).deck"
        let deckText = DeckPrinter.print(ScaleData.deck(cards: cards))
        try deckText.write(toFile: deckPath, atomically: false, encoding: .utf8)
        print(String(format: "deck: %d cards, %.2f MB", cards, Double(deckText.utf8.count) / 1e6))

        if wanted("parse") {
            print(child(["phase-deck-parse", deckPath]).trimmingCharacters(in: .whitespacesAndNewlines))
        }

        let (log100k, end100k) = ScaleData.log(cards: cards, reviews: 100_000)
        let home100k = dir + "/home-100k"
        try FileManager.default.createDirectory(atPath: home100k, withIntermediateDirectories: true)
        try log100k.write(toFile: home100k + "/reviews.jsonl", atomically: false, encoding: .utf8)
        print(String(format: "review log: 100,000 reviews, %.1f MB", Double(log100k.utf8.count) / 1e6))

        if wanted("prompt") {
            if FileManager.default.isExecutableFile(atPath: quizPath) {
                firstPrompt(deck: deckPath, home: home100k, now: end100k)
            } else {
                print("first prompt: skipped (needs \(quizPath): build quiz in the same configuration)")
            }
        }

        if wanted("append") {
            print(child(["phase-append", home100k]).trimmingCharacters(in: .whitespacesAndNewlines))
        }

        if wanted("derive") || wanted("replay") {
            let (log1M, _) = ScaleData.log(cards: cards, reviews: 1_000_000)
            let path1M = dir + "/reviews-1M.jsonl"
            try log1M.write(toFile: path1M, atomically: false, encoding: .utf8)
            print(String(format: "review log: 1,000,000 reviews, %.1f MB", Double(log1M.utf8.count) / 1e6))
            if wanted("derive") { print(child(["phase-derive", path1M]).trimmingCharacters(in: .whitespacesAndNewlines)) }
            if wanted("replay") { print(child(["phase-replay", path1M]).trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
    }

    /// Best of `runs` timings of `body`, in seconds.
    static func best(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var out = Double.infinity
        for _ in 0..<runs { out = min(out, try seconds(body)) }
        return out
    }

    /// Deck text parsed in memory (bytes to `Deck` with diagnostics), MB/s.
    static func phaseDeckParse(_ path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var cardsRead = 0, problems = 0
        let s = best(7) {
            let result = DeckParser.parse(bytes: bytes, file: path)
            cardsRead = result.deck.cards.count
            problems = result.diagnostics.count
        }
        print(String(format: "deck parse: %.2f MB in %.1f ms, %.1f MB/s (best of 7; %d cards, %d diagnostics)",
                     Double(bytes.count) / 1e6, s * 1000, Double(bytes.count) / 1e6 / s, cardsRead, problems))
    }

    /// Time from starting `quiz study --plain` to the first card's prompt on its standard output, and to its
    /// exit (standard input closed: the session ends at the first prompt), with and without a snapshot.
    static func firstPrompt(deck: String, home: String, now: Timestamp) {
        let snapshot = home + "/state.json"
        func once() -> (prompt: Double, exit: Double) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: quizPath)
            p.arguments = ["study", "--plain", "--seed", "1", deck]
            var environment = ProcessInfo.processInfo.environment
            environment["QUIZ_HOME"] = home
            environment["QUIZ_NOW"] = CivilTime(now).iso8601Precise
            environment["QUIZ_CONFIG"] = home + "/no-config.toml"
            p.environment = environment
            let out = Pipe()
            p.standardOutput = out
            p.standardInput = FileHandle(forReadingAtPath: "/dev/null")
            let start = DispatchTime.now().uptimeNanoseconds
            try! p.run()
            var seen = [UInt8]()
            var prompt = 0.0
            let fd = out.fileHandleForReading.fileDescriptor
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if n <= 0 { break }
                if prompt == 0 {
                    seen += buffer[0..<n]
                    // The card line starts with its counters, `[`, after the header.
                    if seen.indices.dropFirst().contains(where: { seen[$0] == UInt8(ascii: "[") && seen[$0 - 1] == 0x0A }) {
                        prompt = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    }
                }
            }
            p.waitUntilExit()
            let exit = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if prompt == 0 { print("first prompt: no card shown (status \(p.terminationStatus)): \(String(decoding: seen, as: UTF8.self).prefix(300))") }
            return (prompt, exit)
        }
        for withSnapshot in [false, true] {
            var bestPrompt = Double.infinity, bestExit = Double.infinity
            _ = once() // warms the file cache and writes the snapshot
            for _ in 0..<7 {
                if !withSnapshot { try? FileManager.default.removeItem(atPath: snapshot) }
                let (p, e) = once()
                bestPrompt = min(bestPrompt, p)
                bestExit = min(bestExit, e)
            }
            print(String(format: "first prompt, %d cards, 100,000 reviews, %@: %.1f ms (to exit %.1f ms; best of 7)",
                         cards, withSnapshot ? "with snapshot" : "no snapshot", bestPrompt * 1000, bestExit * 1000))
        }
    }

    /// Per-answer latency of `ProgressStore.append` (write + fsync + state update) into the 100,000-review store.
    static func phaseAppend(_ home: String) throws {
        let store = try ProgressStore(directory: home, scheduler: FSRSScheduler())
        var latencies: [Double] = []
        let t0 = store.states.values.compactMap(\.lastReview).max() ?? Timestamp(seconds: 1_800_000_000)
        for i in 0..<500 {
            let entry = ReviewLogEntry.review(ReviewRecord(
                id: "append-\(i)", key: CardKey(deck: ScaleData.deckID, card: "card-\(i % ScaleBenchmarks.cards)"),
                time: t0 + .seconds(Int64(60 + i * 10)), rating: .good, answer: "x", durationMs: 1000, outcome: .correct))
            latencies.append(try seconds { try store.append(entry) } * 1000)
        }
        store.close()
        latencies.sort()
        print(String(format: "append one review (write + fsync + state): median %.3f ms, p99 %.3f ms (500 appends to the 100,000-review store)",
                     latencies[latencies.count / 2], latencies[latencies.count * 99 / 100]))
    }

    /// Reading a 1M-review log and deriving every card state, in one process, as a start without a snapshot does.
    static func phaseDerive(_ path: String) throws {
        let scheduler = FSRSScheduler()
        var states = 0
        var read = Double.infinity, derive = Double.infinity, total = Double.infinity
        for _ in 0..<3 {
            var contents: ReviewLogFile.Contents? = nil
            let r = try seconds { contents = try ReviewLogFile.read(path) }
            let d = seconds { states = ReviewHistory(entries: contents!.entries).cardStates(scheduler: scheduler).count }
            read = min(read, r); derive = min(derive, d); total = min(total, r + d)
        }
        print(String(format: "derive from 1,000,000 reviews: %.3f s (read + decode %.3f s, replay %.3f s; %d cards; best of 3), peak %.0f MB",
                     total, read, derive, states, peakMemoryMB()))
    }

    /// `quiz replay`'s in-process part on the 1M reviews: grouping by card, sorting, and the full FSRS state
    /// machine for every review (the CSV parse is not counted).
    static func phaseReplay(_ path: String) throws {
        let entries = try ReviewLogFile.read(path).entries
        var ids: [String: Int64] = [:]
        var rows: [RevlogCSV.Row] = []
        rows.reserveCapacity(entries.count)
        for case .review(let r) in entries {
            let id = ids[r.key.card] ?? { let n = Int64(ids.count + 1); ids[r.key.card] = n; return n }()
            rows.append(RevlogCSV.Row(cardID: id, time: r.time, rating: r.rating, line: rows.count + 2))
        }
        let scheduler = FSRSScheduler()
        var cardsOut = 0
        let s = best(5) { cardsOut = RevlogCSV.replay(rows, scheduler: scheduler).count }
        print(String(format: "replay in-process: %d reviews of %d cards in %.1f ms, %.2f M reviews/s (best of 5)",
                     rows.count, cardsOut, s * 1000, Double(rows.count) / s / 1e6))
    }
}
