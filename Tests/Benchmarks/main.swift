import Deck
import Foundation

// Benchmarks that print figures (not timed tests): `swift run -c release quiz-benchmarks [scale|store|builder|tokenizer|syntax|quality|optimizer]`.
// Each measured phase runs in a child process so its peak memory (VmHWM) is its own.

/// The syntax model the syntax benchmarks read: `$QUIZ_SYNTAX_MODEL` (a file from `quiz train`) or the bundled one.
let syntaxModelPath = ProcessInfo.processInfo.environment["QUIZ_SYNTAX_MODEL"] ?? SyntaxModel.bundledPath

func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}

/// The CPU time this thread has used, in seconds: on a shared machine, speed per CPU second is steadier than per
/// second of wall time.
func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func child(_ args: [String]) -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    p.arguments = args
    let pipe = Pipe()
    p.standardOutput = pipe
    try! p.run()
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: out, as: UTF8.self)
}

/// A synthetic history: `cards` cards, each reviewed `perCard` times on plausible days.
func makeHistory(cards: Int, perCard: Int, logPath: String, csvPath: String) {
    var rng = SeededRandom(seed: 42)
    var log = "", csv = "card_id,review_time,review_rating\n"
    log.reserveCapacity(cards * perCard * 190)
    let t0 = Timestamp(seconds: 1_700_000_000)
    var n = 0
    for c in 0..<cards {
        var t = t0 + .minutes(Int64(c % 1440))
        for _ in 0..<perCard {
            let rating = Rating(rawValue: [1, 2, 3, 3, 3, 3, 4][Int(rng.next() % 7)])!
            n += 1
            log += ReviewLogCodec.encode(.review(ReviewRecord(
                id: "r\(n)", key: CardKey(deck: "bench", card: "card-\(c)"), time: t, rating: rating,
                answer: "an answer", durationMs: 4000, outcome: rating == .again ? .wrong : .correct))) + "\n"
            csv += "\(1_000_000 + c),\(t.microseconds / 1000),\(rating.rawValue)\n"
            t = t + .minutes(Int64(10 + rng.next() % (60 * 24 * 20)))
        }
    }
    try! log.write(toFile: logPath, atomically: false, encoding: .utf8)
    try! csv.write(toFile: csvPath, atomically: false, encoding: .utf8)
}

let args = Array(CommandLine.arguments.dropFirst())
let scheduler = FSRSScheduler()

switch args.first {
case "phase-log":
    var states = 0
    var readSeconds = 0.0
    let s = try seconds {
        var contents: ReviewLogFile.Contents? = nil
        readSeconds = try seconds { contents = try ReviewLogFile.read(args[1]) }
        states = ReviewHistory(entries: contents!.entries).cardStates(scheduler: scheduler).count
    }
    print(String(format: "%.3f %.1f %d (read %.3f s, derive %.3f s)", s, peakMemoryMB(), states, readSeconds, s - readSeconds))
case "phase-csv":
    var states = 0
    let s = try seconds {
        let text = try String(contentsOfFile: args[1], encoding: .utf8)
        let rows = try RevlogCSV.parse(text, path: args[1])
        states = RevlogCSV.replay(rows, scheduler: scheduler).count
    }
    print(String(format: "%.3f %.1f %d", s, peakMemoryMB(), states))
case "phase-schedule":
    // Scheduler alone: 1M reviews of in-memory records.
    var rng = SeededRandom(seed: 7)
    var card = MemoryState.new(due: Timestamp(seconds: 1_700_000_000))
    var t = Timestamp(seconds: 1_700_000_000)
    let s = seconds {
        for i in 0..<1_000_000 {
            if i % 20 == 0 { card = .new(due: t) }
            card = scheduler.review(card, rating: Rating(rawValue: Int(rng.next() % 4) + 1)!, at: t, fuzzSeed: UInt64(i))
            t = t + .minutes(Int64(rng.next() % 20000))
        }
    }
    print(String(format: "%.3f %.1f %d", s, peakMemoryMB(), card.reviews))
case "store", nil:
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-bench-\(getpid())").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let logPath = dir + "/reviews.jsonl", csvPath = dir + "/revlog.csv"
    makeHistory(cards: 50_000, perCard: 20, logPath: logPath, csvPath: csvPath)
    let size = (try FileManager.default.attributesOfItem(atPath: logPath)[.size] as? Int) ?? 0
    print("history: 1,000,000 reviews of 50,000 cards (review log \(size / 1_000_000) MB)")
    for (name, phase, file) in [("scheduler only (in memory)", "phase-schedule", ""),
                                ("review log: read + derive states", "phase-log", logPath),
                                ("quiz replay: CSV parse + replay", "phase-csv", csvPath)] {
        let parts = child([phase, file]).split(separator: " ", maxSplits: 3)
        let detail = parts.count > 3 ? " " + parts[3].trimmingCharacters(in: .whitespacesAndNewlines) : ""
        print("\(name): \(parts[0]) s, peak \(parts[1]) MB\(detail)")
    }
    // Append latency, with fsync, into a store that already holds the 1M-review log.
    let store = try ProgressStore(directory: dir, scheduler: scheduler)
    var latencies: [Double] = []
    for i in 0..<2000 {
        let entry = ReviewLogEntry.review(ReviewRecord(
            id: "append-\(i)", key: CardKey(deck: "bench", card: "card-\(i % 100)"),
            time: Timestamp(seconds: 1_800_000_000 + Int64(i)), rating: .good, answer: "x", durationMs: 1000, outcome: .correct))
        latencies.append(try seconds { try store.append(entry) } * 1000)
    }
    store.close()
    latencies.sort()
    print(String(format: "append one review (fsync): median %.3f ms, p99 %.3f ms (2,000 appends)",
                 latencies[latencies.count / 2], latencies[latencies.count * 99 / 100]))
case "optimizer":
    // `quiz optimize` on 100,000 reviews of a simulated learner: items built from the events, then both fits
    // (the earlier 80% for the held-out scores, then all) as the command runs them.
    var random = SeededRandom(seed: 19)
    let learner = SimulatedLearner(parameters: SimulatedLearner.randomParameters(&random), newCardsPerDay: 36, days: 365)
    var histories = learner.histories(start: Timestamp(seconds: 1_700_000_000), random: &random)
    var reviews = histories.reduce(0) { $0 + $1.count }
    while reviews > 100_000 { reviews -= histories.removeLast().count }
    var data = TrainingData(cards: [], items: [])
    var report: OptimizationReport? = nil
    let build = seconds { data = TrainingData.build(histories) }
    let fit = seconds { report = OptimizationReport.run(data) }
    print("history: \(reviews) reviews of \(histories.count) cards, \(data.items.count) items (\(Parallel.width) cores)")
    print(String(format: "items built: %.3f s; optimize (two fits and the held-out scores): %.3f s; peak %.1f MB", build, fit, peakMemoryMB()))
    if let held = report?.heldOut {
        print(String(format: "held-out log loss: defaults %.4f, fitted %.4f (\(report!.outcome.method.rawValue))", held.defaults.logLoss, held.fitted.logLoss))
    }
case "scale":
    // Start-up and throughput with a 10,000-card deck and 100,000 / 1,000,000 reviews (optionally only some of:
    // parse, prompt, snapshot, append, derive, replay).
    try ScaleBenchmarks.run(Array(args.dropFirst()))
case "phase-deck-parse":
    try ScaleBenchmarks.phaseDeckParse(args[1])
case "phase-snapshot":
    try ScaleBenchmarks.phaseSnapshot(args[1])
case "phase-append":
    try ScaleBenchmarks.phaseAppend(args[1])
case "phase-derive":
    try ScaleBenchmarks.phaseDerive(args[1])
case "phase-derive-full":
    try ScaleBenchmarks.phaseDeriveFull(args[1])
case "phase-store-open":
    try ScaleBenchmarks.phaseStoreOpen(args[1])
case "phase-replay":
    try ScaleBenchmarks.phaseReplay(args[1])
case "phase-builder":
    let text = try String(contentsOfFile: args[1], encoding: .utf8)
    // What `quiz build ESSAY -o DECK` does (`--all` with "all"): load the syntax model, build and write the deck
    // text, a batch of cards at a time (to /dev/null, by write(2) as `AtomicFileWriter` writes).
    var cards = 0
    let out = open("/dev/null", O_WRONLY)
    func write(_ text: TextBuffer) { text.withUnsafeBytes { _ = Glibc.write(out, $0.baseAddress, $0.count) } }
    let s = try seconds {
        let restraint = args.count > 2 && args[2] == "all" ? nil : Restraint(audit: DeckAudit(model: try SyntaxModel.bundled()))
        var writer = DeckStreamWriter(format: .deck, source: nil)
        var pending = TextBuffer()
        _ = DeckBuilder(options: .init(restraint: restraint)).stream(text, begin: { pending += writer.begin(title: $0) }, emit: { batch in
            writer.append(batch, to: &pending)
            if pending.count >= 1 << 20 { write(pending); pending.removeAll() }
        })
        cards = writer.count
        write(pending)
    }
    close(out)
    print(String(format: "%.3f %.1f %d", s, peakMemoryMB(), cards))
case "builder":
    // About 10 MB of essays: the SQuAD paragraphs from ../shared/data, repeated (or any text file given).
    let source = args.count > 1 ? args[1] : "../shared/data/squad-dev.jsonl"
    var corpus = ""
    if source.hasSuffix(".jsonl"), let lines = try? String(contentsOfFile: source, encoding: .utf8) {
        for line in lines.split(separator: "\n") {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let paragraphs = obj["paragraphs"] as? [[String: Any]] else { continue }
            for p in paragraphs { corpus += ((p["context"] as? String) ?? "") + "\n\n" }
        }
    } else {
        corpus = (try? String(contentsOfFile: source, encoding: .utf8)) ?? ""
    }
    guard !corpus.isEmpty else { print("no text in \(source)"); break }
    let sizes = [1_000_000, 10_000_000]
    for size in sizes {
        var text = ""
        while text.utf8.count < size { text += corpus }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-bench-\(getpid())-\(size).txt").path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for mode in ["restrained", "all"] {
            let parts = child(["phase-builder", path, mode]).split(separator: " ")
            let mb = Double(text.utf8.count) / 1_000_000
            let secs = Double(parts[0]) ?? 0
            print(String(format: "build %.1f MB (%@): %.2f s (%.2f MB/s), peak %@ MB, %@ cards", mb, mode, secs, mb / max(secs, 1e-9),
                         String(parts[1]), String(parts[2]).trimmingCharacters(in: .whitespacesAndNewlines)))
        }
    }
    // The memory worst case seen: about 10 MB of sentences full of distinct numbers and names, so that nearly
    // every fact is new and a sentence makes twice the cards of the SQuAD text.
    var rng = SeededRandom(seed: 2026)
    let names = ["Alden", "Brook", "Carver", "Dunmore", "Ellis", "Fenwick", "Garrow", "Hale", "Ingram", "Jessop"]
    var dense = "", n = 0
    while dense.utf8.count < 10_500_000 {
        for _ in 0..<6 {
            n += 1
            let year = 1000 + rng.next() % 2000, tonnes = 2 + rng.next() % 99_998, barrels = 10 + rng.next() % 9_990
            dense += "In \(year) the \(names[n % 10]) Company of Port \(n) shipped \(tonnes) tonnes and \(barrels) barrels"
                + " to \(names[(n * 7) % 10]) Harbour \(n * 3). "
        }
        dense += "\n\n"
    }
    let densePath = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-bench-\(getpid())-dense.txt").path
    try dense.write(toFile: densePath, atomically: false, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: densePath) }
    let parts = child(["phase-builder", densePath, "all"]).split(separator: " ")
    let mb = Double(dense.utf8.count) / 1_000_000, secs = Double(parts[0]) ?? 0
    print(String(format: "build %.1f MB of distinct numbers (all): %.2f s (%.2f MB/s), peak %@ MB, %@ cards", mb, secs, mb / max(secs, 1e-9), String(parts[1]), String(parts[2]).trimmingCharacters(in: .whitespacesAndNewlines)))
case "tokenizer":
    // The sentences of the EWT training set (`# text =` lines), repeated to about 5 MB, split into words.
    let source = args.count > 1 ? args[1] : "../shared/data/ud-english-ewt/en_ewt-ud-train.conllu"
    guard let conllu = try? String(contentsOfFile: source, encoding: .utf8) else { print("cannot read \(source)"); break }
    let treebank = conllu.split(separator: "\n").filter { $0.hasPrefix("# text = ") }.map { String($0.dropFirst(9)) }
    var sentences: [String] = []
    var bytes = 0
    while bytes < 5_000_000 { for t in treebank { sentences.append(t); bytes += t.utf8.count } }
    var words = 0
    let s = seconds { for t in sentences { words += SyntaxTokenizer.tokenize(t).count } }
    let mb = Double(bytes) / 1_000_000
    print(String(format: "tokenize %.1f MB (%d sentences): %.3f s, %.1f MB/s, %.2f M words/s", mb, sentences.count, s,
                 mb / s, Double(words) / s / 1e6))
case "phase-syntax-load":
    // Loads of the bundled model file: the median time, in ms.
    guard let path = syntaxModelPath else { print("no bundled model"); break }
    var times: [Double] = []
    for _ in 0..<9 { times.append(try seconds { _ = try SyntaxModel.load(contentsOf: path) } * 1000) }
    times.sort()
    print(String(format: "%.1f %.1f %.1f %.1f", times[times.count / 2], peakMemoryMB(), times.first!, times.last!))
case "phase-syntax-dev":
    // Tagging and parsing the dev split's gold words on one core, repeated until at least 3 s have passed.
    let text = try String(contentsOfFile: args[1], encoding: .utf8)
    let sentences = try CoNLLU.read(text, file: args[1]).map(\.syntaxTokens)
    let words = sentences.reduce(0) { $0 + $1.count }
    let model = try SyntaxModel.load(contentsOf: syntaxModelPath!)
    var passes = 0, checksum = 0
    let cpu = threadCPUSeconds()
    let s = seconds {
        let start = DispatchTime.now().uptimeNanoseconds
        repeat {
            for t in sentences { checksum &+= model.parse(t).heads.count }
            passes += 1
        } while DispatchTime.now().uptimeNanoseconds - start < 3_000_000_000
    }
    precondition(checksum == words * passes)
    print(String(format: "%.3f %.1f %d %d %d %.3f", s, peakMemoryMB(), words, sentences.count, passes, threadCPUSeconds() - cpu))
case "phase-syntax-text":
    // Tokenizing, tagging and parsing plain text: the sentences of an essay (split beforehand, as `quiz build`
    // splits them), repeated until at least 3 s have passed.
    let text = try String(contentsOfFile: args[1], encoding: .utf8)
    var sentences: [String] = []
    for block in TextDocument(text).blocks { sentences += SentenceSplitter.split(block.text).map(\.text) }
    let bytes = sentences.reduce(0) { $0 + $1.utf8.count }
    let model = try SyntaxModel.load(contentsOf: syntaxModelPath!)
    var passes = 0, words = 0
    let cpu = threadCPUSeconds()
    let s = seconds {
        let start = DispatchTime.now().uptimeNanoseconds
        repeat {
            for t in sentences { words += model.parse(t).count }
            passes += 1
        } while DispatchTime.now().uptimeNanoseconds - start < 3_000_000_000
    }
    print(String(format: "%.3f %.1f %d %d %d %d %.3f", s, peakMemoryMB(), words, sentences.count * passes, bytes * passes, passes, threadCPUSeconds() - cpu))
case "phase-syntax-memory":
    // What a process that loads the model and parses the dev split once holds at its peak.
    let model = try SyntaxModel.load(contentsOf: syntaxModelPath!)
    let afterLoad = peakMemoryMB()
    let text = try String(contentsOfFile: args[1], encoding: .utf8)
    var words = 0
    for sentence in try CoNLLU.read(text, file: args[1]) { words += model.parse(sentence.syntaxTokens).count }
    print(String(format: "%.1f %.1f %d", peakMemoryMB(), afterLoad, words))
case "syntax":
    // The bundled tagger and parser (or $QUIZ_SYNTAX_MODEL): load time, speed on one core, peak memory, file size.
    let dev = args.count > 1 ? args[1] : "../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"
    let essay = args.count > 2 ? args[2] : "../shared/data/us-japan-security-treaty.txt"
    guard let path = syntaxModelPath else { print("no bundled model (Sources/Deck/Syntax/Model/english-ewt.syntax)"); break }
    guard FileManager.default.fileExists(atPath: dev) else { print("cannot read \(dev)"); break }
    guard FileManager.default.fileExists(atPath: essay) else { print("cannot read \(essay)"); break }
    func fields(_ phase: [String]) -> [Double] {
        child(phase).split(separator: " ").map { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) ?? .nan }
    }
    func grouped(_ x: Double) -> String {
        let n = Int(x.rounded())
        var s = String(n), out = ""
        while s.count > 3 { out = "," + s.suffix(3) + out; s = String(s.dropLast(3)) }
        return s + out
    }
    let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    let load = fields(["phase-syntax-load"])
    let onDev = fields(["phase-syntax-dev", dev])
    let onText = fields(["phase-syntax-text", essay])
    let memory = fields(["phase-syntax-memory", dev])
    print(String(format: "model file: %@ bytes (%.1f MB)", grouped(Double(size)), Double(size) / 1_000_000))
    print(String(format: "load: median %.0f ms of 9 loads (fastest %.0f ms, slowest %.0f ms), peak %.1f MB", load[0], load[2], load[3], load[1]))
    print(String(format: "tag + parse, gold words of the dev split (%@ words, %@ sentences, %d passes in %.1f s): %@ words/s on one core (%@ per CPU second)",
                 grouped(onDev[2]), grouped(onDev[3]), Int(onDev[4]), onDev[0], grouped(onDev[2] * onDev[4] / onDev[0]),
                 grouped(onDev[2] * onDev[4] / onDev[5])))
    print(String(format: "tokenize + tag + parse, essay text (%@ sentences, %.2f MB in %.1f s): %@ words/s, %@ sentences/s, %.2f MB/s on one core (%@ words per CPU second)",
                 grouped(onText[3]), onText[4] / 1e6, onText[0], grouped(onText[2] / onText[0]), grouped(onText[3] / onText[0]), onText[4] / 1e6 / onText[0],
                 grouped(onText[2] / onText[6])))
    print(String(format: "peak memory (VmHWM), load + parse the dev split: %.1f MB (%.1f MB after loading the model)", memory[0], memory[1]))
case "quality":
    // The deck builder against the card rubric: for the seed essay and each SQuAD dev article, the default
    // deck's cards per 100 words and the share of its cards that pass `quiz audit`'s rules, with the rules
    // most often broken; then qg-eval's TOTAL row on `quiz build --all` (the ranking of every card), when the
    // tool and the release `quiz` binary are there.
    let essayPath = "../shared/data/us-japan-security-treaty.txt", squadPath = "../shared/data/squad-dev.jsonl"
    var texts: [(name: String, text: String)] = []
    if let essay = try? String(contentsOfFile: essayPath, encoding: .utf8) { texts.append(("seed essay", essay)) }
    if let lines = try? String(contentsOfFile: squadPath, encoding: .utf8) {
        for line in lines.split(separator: "\n") {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let title = obj["title"] as? String, let paragraphs = obj["paragraphs"] as? [[String: Any]] else { continue }
            texts.append(("squad " + title, "# \(title)\n\n" + paragraphs.map { ($0["context"] as? String) ?? "" }.joined(separator: "\n\n")))
        }
    }
    // Two weblog posts from the EWT test split (Tests/DeckTests/Fixtures/texts/SOURCE.md).
    for name in ["ewt-weblog-iraq-2004", "ewt-weblog-opinion-2006"] {
        if let text = try? String(contentsOfFile: "Tests/DeckTests/Fixtures/texts/\(name).txt", encoding: .utf8) { texts.append((name, text)) }
    }
    guard !texts.isEmpty else { print("cannot read \(essayPath) or \(squadPath)"); break }
    let audit = DeckAudit(model: try SyntaxModel.bundled())
    var totalWords = 0, totalCards = 0, totalPassing = 0, totalQuestions = 0
    var totalRules: [AuditRule: Int] = [:]
    print("text | words | cards | questions | cards/100 words | audit pass | rules broken most")
    for (name, text) in texts {
        let deck = DeckBuilder(options: .init(title: name, restraint: Restraint(audit: audit))).build(text).deck
        let findings = audit.findings(deck, sourceText: text)
        let words = text.split(whereSeparator: \.isWhitespace).count
        let passing = deck.cards.count - Set(findings.map(\.card)).count
        let questions = deck.cards.filter { $0.kind == .question }.count
        var rules: [AuditRule: Int] = [:]
        for f in findings { rules[f.rule, default: 0] += 1; totalRules[f.rule, default: 0] += 1 }
        let top = rules.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.prefix(3).map { "\($0.key.rawValue) \($0.value)" }
        print(String(format: "%@ | %d | %d | %d | %.1f | %.0f%% | %@", name, words, deck.cards.count, questions, Double(deck.cards.count) * 100 / Double(max(1, words)),
                     Double(passing) * 100 / Double(max(1, deck.cards.count)), top.joined(separator: ", ")))
        totalWords += words; totalCards += deck.cards.count; totalPassing += passing; totalQuestions += questions
    }
    let top = totalRules.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.map { "\($0.key.rawValue) \($0.value)" }
    print(String(format: "all %d texts | %d | %d | %d | %.1f | %.0f%% | %@", texts.count, totalWords, totalCards, totalQuestions, Double(totalCards) * 100 / Double(max(1, totalWords)),
                 Double(totalPassing) * 100 / Double(max(1, totalCards)), top.joined(separator: ", ")))
    let quiz = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("quiz").path
    let qgEval = "../shared/tools/qg-eval"
    if FileManager.default.isExecutableFile(atPath: qgEval), FileManager.default.isExecutableFile(atPath: quiz) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: qgEval)
        p.arguments = [squadPath, "--", quiz, "build", "--all", "--format", "json"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        print("qg-eval: " + (out.split(separator: "\n").last { $0.hasPrefix("TOTAL") }.map(String.init) ?? "no TOTAL row"))
    } else {
        print("qg-eval: skipped (needs \(qgEval) and \(quiz); build with swift build -c release)")
    }
default:
    print("usage: quiz-benchmarks [scale [parse|prompt|snapshot|append|derive|replay]…|store|builder [FILE]|tokenizer [CONLLU]|syntax [DEV-CONLLU [ESSAY]]|quality]")
}
