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
        // $QUIZ_SCALE_KEEP names a directory to keep the data in (for profiling a phase on its own).
        let kept = ProcessInfo.processInfo.environment["QUIZ_SCALE_KEEP"]
        let dir = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("quiz-scale-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { if kept == nil { try? FileManager.default.removeItem(atPath: dir) } }
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

        if wanted("snapshot") {
            print(child(["phase-snapshot", home100k]).trimmingCharacters(in: .whitespacesAndNewlines))
        }

        if wanted("append") {
            print(child(["phase-append", home100k]).trimmingCharacters(in: .whitespacesAndNewlines))
        }

        if wanted("derive") || wanted("replay") {
            let (log1M, _) = ScaleData.log(cards: cards, reviews: 1_000_000)
            let path1M = dir + "/reviews-1M.jsonl"
            try log1M.write(toFile: path1M, atomically: false, encoding: .utf8)
            print(String(format: "review log: 1,000,000 reviews, %.1f MB", Double(log1M.utf8.count) / 1e6))
            if wanted("derive") {
                print(child(["phase-derive", path1M]).trimmingCharacters(in: .whitespacesAndNewlines))
                print(child(["phase-derive-full", path1M]).trimmingCharacters(in: .whitespacesAndNewlines))
                print(child(["phase-store-open", path1M]).trimmingCharacters(in: .whitespacesAndNewlines))
            }
            if wanted("replay") { print(child(["phase-replay", path1M]).trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
    }

    /// Best of `runs` timings of `body`, in seconds of wall time (and the CPU time of the fastest run in `cpu`:
    /// on a shared machine the wall time includes waiting for a core, the CPU time does not).
    static func best(_ runs: Int, cpu: UnsafeMutablePointer<Double>? = nil, _ body: () throws -> Void) rethrows -> Double {
        var out = Double.infinity
        for _ in 0..<runs {
            let c0 = cpuSeconds()
            let s = try seconds(body)
            if s < out {
                out = s
                cpu?.pointee = cpuSeconds() - c0
            }
        }
        return out
    }

    /// CPU time of this process so far (user and system), in seconds.
    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// CPU time of the children waited for so far, in seconds.
    static func childrenCPUSeconds() -> Double {
        var u = rusage()
        getrusage(Int32(truncatingIfNeeded: RUSAGE_CHILDREN.rawValue), &u)
        return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
    }

    /// Deck text parsed in memory (bytes to `Deck` with diagnostics), MB/s.
    static func phaseDeckParse(_ path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var cardsRead = 0, problems = 0
        var cpu = 0.0
        let s = best(7, cpu: &cpu) {
            let result = DeckParser.parse(bytes: bytes, file: path)
            cardsRead = result.deck.cards.count
            problems = result.diagnostics.count
        }
        print(String(format: "deck parse: %.2f MB in %.1f ms, %.1f MB/s (best of 7; CPU %.1f ms, %.1f MB/s; %d cards, %d diagnostics)",
                     Double(bytes.count) / 1e6, s * 1000, Double(bytes.count) / 1e6 / s, cpu * 1000, Double(bytes.count) / 1e6 / cpu, cardsRead, problems))
        // The deck cache's hit: the deck's bytes hashed into a key, the entry checked and decoded.
        let entry = DeckBinary.encode(DeckParser.parse(bytes: bytes, file: path), key: DeckBinary.Key(program: 1, path: path, bytes: bytes))
        var decoded = 0
        let d = best(7, cpu: &cpu) {
            decoded = DeckBinary.decode(entry, key: DeckBinary.Key(program: 1, path: path, bytes: bytes))?.deck.cards.count ?? -1
        }
        print(String(format: "deck cache hit: %.2f MB entry keyed, checked and decoded in %.1f ms (best of 7; CPU %.1f ms; %d cards)",
                     Double(entry.count) / 1e6, d * 1000, cpu * 1000, decoded))
    }

    /// Time from starting `quiz study --plain` to the first card's prompt on its standard output, and to its
    /// exit (standard input closed: the session ends at the first prompt), with and without a snapshot, with
    /// and without the deck cache; then sessions of 20 answers, timed from the session's summary line to the
    /// exit (quitting: saving and closing).
    static func firstPrompt(deck: String, home: String, now: Timestamp) {
        let snapshot = home + "/state.json"
        let deckCache = home + "/deck-cache"
        func once(answers: Int = 0, cache: Bool = true) -> (prompt: Double, exit: Double, cpu: Double, quit: Double) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: quizPath)
            p.arguments = ["study", "--plain", "--seed", "1", deck]
            var environment = ProcessInfo.processInfo.environment
            environment["QUIZ_HOME"] = home
            environment["QUIZ_NOW"] = CivilTime(now).iso8601Precise
            environment["QUIZ_CONFIG"] = home + "/no-config.toml"
            environment["QUIZ_CACHE"] = cache ? deckCache : "off"
            p.environment = environment
            let out = Pipe()
            p.standardOutput = out
            let input = Pipe()
            p.standardInput = input
            p.standardError = FileHandle(forWritingAtPath: "/dev/null")
            let cpu0 = childrenCPUSeconds()
            let start = DispatchTime.now().uptimeNanoseconds
            try! p.run()
            input.fileHandleForWriting.write(Data(String(repeating: ":reveal\n", count: answers).utf8))
            // After answers, the input is closed a moment later, as a learner quits after the last card: the
            // snapshot the start scheduled on the background thread (some 40 ms) is written by then, as it is
            // in any session answered at a human pace.
            if answers > 0 { usleep(300_000) }
            try? input.fileHandleForWriting.close()
            var seen = [UInt8]()
            var prompt = 0.0, summary = 0.0
            var tail = [UInt8]()
            let fd = out.fileHandleForReading.fileDescriptor
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if n <= 0 { break }
                // The summary line starts with "Session" at the start of a line.
                tail = Array((tail + buffer[0..<n]).suffix(n + 8))
                if summary == 0, tail.firstRange(of: Array("\nSession ".utf8)) != nil {
                    summary = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                }
                if prompt == 0 {
                    seen += buffer[0..<n]
                    // The card's line comes after the header and a blank line.
                    if let blank = seen.indices.dropFirst().first(where: { seen[$0] == 0x0A && seen[$0 - 1] == 0x0A }), blank + 1 < seen.count {
                        prompt = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    }
                }
            }
            p.waitUntilExit()
            let exit = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if prompt == 0 { print("first prompt: no card shown (status \(p.terminationStatus)): \(String(decoding: seen, as: UTF8.self).prefix(300))") }
            return (prompt, exit, childrenCPUSeconds() - cpu0, summary > 0 ? exit - summary : .nan)
        }
        for (withSnapshot, cache) in [(false, true), (true, false), (true, true)] {
            var bestPrompt = Double.infinity, bestExit = Double.infinity, bestCPU = Double.infinity
            _ = once(cache: cache) // warms the file cache and writes the snapshot and the deck cache
            for _ in 0..<7 {
                if !withSnapshot {
                    try? FileManager.default.removeItem(atPath: snapshot)
                    try? FileManager.default.removeItem(atPath: home + "/state.bin")
                }
                let (p, e, c, _) = once(cache: cache)
                bestPrompt = min(bestPrompt, p)
                bestExit = min(bestExit, e)
                bestCPU = min(bestCPU, c)
            }
            print(String(format: "first prompt, %d cards, 100,000 reviews, %@, %@: %.1f ms (to exit %.1f ms, CPU to exit %.1f ms; best of 7)",
                         cards, withSnapshot ? "with snapshot" : "no snapshot", cache ? "deck cached" : "deck parsed",
                         bestPrompt * 1000, bestExit * 1000, bestCPU * 1000))
        }
        // Sessions that answer 20 cards (each answer appended and fsynced), then quit.
        var bestQuit = Double.infinity, bestExit = Double.infinity
        for _ in 0..<7 {
            let (_, e, _, q) = once(answers: 20)
            if q < bestQuit { bestQuit = q }
            bestExit = min(bestExit, e)
        }
        print(String(format: "quit after 20 answers, %d cards, 100,000 reviews: %.1f ms from the session summary to exit (to exit %.1f ms; best of 7)",
                     cards, bestQuit * 1000, bestExit * 1000))
    }

    /// The snapshot of the 100,000-review store: reading it as JSON and as the binary sidecar, writing it, and
    /// opening the store from it (lock, snapshot, log mark).
    static func phaseSnapshot(_ home: String) throws {
        let scheduler = FSRSScheduler()
        let json = try Data(contentsOf: URL(fileURLWithPath: home + "/state.json"))
        var cardsRead = 0
        let readJSON = try best(5) { cardsRead = try JSONDecoder().decode(StateSnapshot.self, from: json).cards.count }
        let sidecar = (try? Data(contentsOf: URL(fileURLWithPath: home + "/state.bin"))).map { [UInt8]($0) } ?? []
        let readBinary = best(5) { _ = SnapshotBinary.decode(sidecar) }
        var fromSnapshot = false
        let open = try best(5) {
            let store = try ProgressStore(directory: home, scheduler: scheduler)
            fromSnapshot = store.openedFromSnapshot
            store.close()
        }
        let store = try ProgressStore(directory: home, scheduler: scheduler)
        var writeCPU = 0.0
        let write = try best(5, cpu: &writeCPU) { try store.writeSnapshot() }
        store.close()
        print(String(format: "snapshot of %d cards: state.json %.1f MB read in %.1f ms; state.bin %.1f MB read in %.1f ms; written (both) in %.1f ms (CPU %.1f ms); store opened in %.1f ms (from the snapshot: %@; best of 5)",
                     cardsRead, Double(json.count) / 1e6, readJSON * 1000, Double(sidecar.count) / 1e6, readBinary * 1000,
                     write * 1000, writeCPU * 1000, open * 1000, fromSnapshot ? "yes" : "no"))
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
        var cpu = 0.0
        let s = try best(5, cpu: &cpu) { states = try ReviewLogFile.cardStates(path, scheduler: scheduler).count }
        print(String(format: "derive from 1,000,000 reviews: %.3f s (read, columns and replay; CPU %.3f s; %d cards; best of 5), peak %.0f MB",
                     s, cpu, states, peakMemoryMB()))
    }

    /// The general path the fast derivation stands for: every line decoded into records, then the history
    /// replayed (`ReviewHistory.cardStates`, what a store does when its snapshot is out of step).
    static func phaseDeriveFull(_ path: String) throws {
        let scheduler = FSRSScheduler()
        var states = 0
        var read = Double.infinity, derive = Double.infinity, total = Double.infinity, cpu = Double.infinity
        for _ in 0..<3 {
            var contents: ReviewLogFile.Contents? = nil
            let c0 = cpuSeconds()
            let r = try seconds { contents = try ReviewLogFile.read(path) }
            let d = seconds { states = ReviewHistory(entries: contents!.entries).cardStates(scheduler: scheduler).count }
            read = min(read, r); derive = min(derive, d); total = min(total, r + d); cpu = min(cpu, cpuSeconds() - c0)
        }
        print(String(format: "derive through decoded records: %.3f s (read + decode %.3f s, replay %.3f s; CPU %.3f s; %d cards; best of 3), peak %.0f MB",
                     total, read, derive, cpu, states, peakMemoryMB()))
    }

    /// Opening a store whose log no snapshot describes (none written yet, or the log changed behind it): the
    /// log read and every state, the summary and the counts derived from its bytes. The store's close, which
    /// waits for the snapshot written in the background, is not counted.
    static func phaseStoreOpen(_ path: String) throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-store-open-\(getpid())").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.copyItem(atPath: path, toPath: home + "/reviews.jsonl")
        let scheduler = FSRSScheduler()
        var states = 0, fromSnapshot = false
        var s = Double.infinity, cpu = 0.0
        for _ in 0..<3 {
            for name in ["state.json", "state.bin", "state.mark"] { unlink(home + "/" + name) }
            var store: ProgressStore? = nil
            let c0 = cpuSeconds()
            let t = try seconds { store = try ProgressStore(directory: home, scheduler: scheduler) }
            if t < s { s = t; cpu = cpuSeconds() - c0 }
            states = store!.states.count
            fromSnapshot = store!.openedFromSnapshot
            store!.close()
        }
        print(String(format: "open a store with no snapshot of its 1,000,000 reviews: %.3f s (CPU %.3f s; %d cards%@; best of 3), peak %.0f MB",
                     s, cpu, states, fromSnapshot ? ", from a snapshot (wrong)" : "", peakMemoryMB()))
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
        var cpu = 0.0
        let s = best(5, cpu: &cpu) { cardsOut = RevlogCSV.replay(rows, scheduler: scheduler).count }
        print(String(format: "replay in-process: %d reviews of %d cards in %.1f ms, %.2f M reviews/s (best of 5; CPU %.1f ms, %.2f M reviews/s)",
                     rows.count, cardsOut, s * 1000, Double(rows.count) / s / 1e6, cpu * 1000, Double(rows.count) / cpu / 1e6))
    }
}
