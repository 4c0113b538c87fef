import Deck
import Foundation
import TestSupport
import Testing

/// `quiz build` as a real process: output formats, and bad input that must never crash or hang.
@Suite struct BuildCommandTests {
    func temp(_ name: String, _ bytes: [UInt8]) -> String {
        let dir = URL(fileURLWithPath: TemporaryDirectory.make("quiz-build"))
        let path = dir.appendingPathComponent(name).path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    @Test func jsonHasWhatToolsNeed() throws {
        let out = try QuizProcess.run(["build", "--all", "--format", "json", "Decks/sources/us-japan-security-treaty.txt"])
        #expect(out.status == 0)
        let deck = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        let cards = deck["cards"] as! [[String: Any]]
        #expect(cards.count > 50)
        #expect(Set(cards.compactMap { $0["kind"] as? String }) == ["cloze", "question", "choice", "truefalse"])
        for card in cards {
            #expect(card["prompt"] is String && card["answer"] is String && card["score"] is Double)
            #expect(((card["source"] as? [String: Any])?["line"] as? Int) != nil)
            #expect((card["fact"] as? String)?.contains("/") == true)
        }
        let signed = cards.first { ($0["answer"] as? String) == "January 19, 1960" }
        #expect((signed?["source"] as? [String: Any])?["line"] as? Int == 3)
        #expect(signed?["fact"] as? String == "3.1/70-86")
    }

    @Test func theDefaultDeckIsRestrainedAndPassesTheAudit() throws {
        // At most about five cards per 100 words (the essay has 1,000; it makes fewer, since many of its phrases
        // fail the audit), one per fact, at most two per sentence, every one passing `quiz audit --strict`;
        // --all gives several times more.
        let dir = URL(fileURLWithPath: TemporaryDirectory.make("quiz-restrained"))
        let deckPath = dir.appendingPathComponent("built.deck").path
        let built = try QuizProcess.run(["build", "Decks/sources/us-japan-security-treaty.txt", "-o", deckPath])
        #expect(built.status == 0, "\(built.stderr)")
        let deck = DeckParser.parse(try String(contentsOfFile: deckPath, encoding: .utf8), file: deckPath)
        let cards = deck.deck.cards
        #expect((16...60).contains(cards.count))
        #expect(Set(cards.compactMap(\.fact)).count == cards.count)
        let perSentence = Dictionary(grouping: cards, by: { $0.sentenceKey ?? "" })
        #expect(perSentence.values.allSatisfy { $0.count <= 2 } && perSentence[""] == nil)
        #expect(!cards.contains { $0.tags.contains("citation") || $0.tags.contains("reference") })
        let audit = try QuizProcess.run(["audit", "--strict", deckPath])
        #expect(audit.status == 0, "\(audit.stdout)")
        let all = try QuizProcess.run(["build", "--all", "Decks/sources/us-japan-security-treaty.txt"])
        #expect(all.stdout.components(separatedBy: "\n## ").count > 3 * cards.count)
        // --max-cards N: the best N that pass, whatever the density.
        let ten = try QuizProcess.run(["build", "--max-cards", "10", "--format", "json", "Decks/sources/us-japan-security-treaty.txt"])
        let tenCards = (try JSONSerialization.jsonObject(with: Data(ten.stdout.utf8)) as! [String: Any])["cards"] as! [[String: Any]]
        #expect(tenCards.count == 10)
    }

    @Test func streamedOutputEqualsTheWholeDeck() throws {
        // Without --max-cards the deck is written a batch at a time; with a limit above the card count it is
        // built whole first. Both must give the same bytes, in both formats, on stdout and through -o.
        let dir = TemporaryDirectory.make("quiz-build")
        let essay = QuizProcess.root.appendingPathComponent("Decks/sources/us-japan-security-treaty.txt").path
        for format in ["deck", "json"] {
            let streamed = try QuizProcess.run(["build", essay, "--format", format])
            let whole = try QuizProcess.run(["build", essay, "--format", format, "--max-cards", "100000"])
            #expect(streamed.status == 0 && whole.status == 0)
            #expect(streamed.stdout == whole.stdout)
            let a = try QuizProcess.run(["build", essay, "--format", format, "-o", dir + "/a." + format])
            let b = try QuizProcess.run(["build", essay, "--format", format, "-o", dir + "/b." + format, "--max-cards", "100000"])
            #expect(a.status == 0 && b.status == 0)
            #expect(try String(contentsOfFile: dir + "/a." + format, encoding: .utf8) == String(contentsOfFile: dir + "/b." + format, encoding: .utf8))
        }
        let json = try QuizProcess.run(["build", essay, "--format", "json"])
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil)
        // No temp file is left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["a.deck", "a.json", "b.deck", "b.json"])
    }

    @Test func largeEssaysShowProgressOnATerminalOnly() throws {
        // A 1.2 MB essay: the seed essay's paragraphs, numbered so that no two are the same.
        let seed = try String(contentsOf: QuizProcess.root.appendingPathComponent("Decks/sources/us-japan-security-treaty.txt"), encoding: .utf8)
        var text = "# Many treaties\n\n"
        var n = 0
        while text.utf8.count < 1_200_000 { n += 1; text += "Copy \(n) was made in \(1000 + n).\n\n" + seed + "\n\n" }
        let essay = temp("big.txt", Array(text.utf8))
        let dir = (essay as NSString).deletingLastPathComponent
        let home = TemporaryDirectory.make()
        let pty = try PseudoTerminal(arguments: ["build", essay, "-o", dir + "/big.deck"], environment: PseudoTerminal.environment(home: home))
        try pty.waitFor("building", timeout: 60)
        try pty.waitFor("cards", timeout: 120)
        #expect(try pty.waitForExit(timeout: 60) == 0)
        #expect(pty.output.contains("100%"))
        #expect(PseudoTerminal.plain(pty.output).contains("\(dir)/big.deck: "))
        // Not a terminal: no bar, only the count.
        let plain = try QuizProcess.run(["build", essay, "-o", dir + "/again.deck"])
        #expect(plain.status == 0)
        #expect(!plain.stderr.contains("building"))
        #expect(try String(contentsOfFile: dir + "/big.deck", encoding: .utf8) == String(contentsOfFile: dir + "/again.deck", encoding: .utf8))
    }

    @Test func unwritableOutputLeavesNothingBehind() throws {
        let essay = QuizProcess.root.appendingPathComponent("Decks/sources/us-japan-security-treaty.txt").path
        let out = try QuizProcess.run(["build", essay, "-o", "/nonexistent-dir/essay.deck"])
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("/nonexistent-dir/essay.deck: error: cannot create"))
        #expect(out.stdout.isEmpty)
    }

    @Test func deckOutputLintsCleanAndNamesItsSource() throws {
        let dir = TemporaryDirectory.make("quiz-build")
        let essay = QuizProcess.root.appendingPathComponent("Decks/sources/us-japan-security-treaty.txt").path
        let out = try QuizProcess.run(["build", essay, "-o", dir + "/essay.deck", "--all", "--max-cards", "30", "--title", "Treaty"])
        #expect(out.status == 0)
        #expect(out.stderr == "\(dir)/essay.deck: 30 cards\n")
        let lint = try QuizProcess.run(["lint", dir + "/essay.deck"])
        #expect(lint.status == 0)
        let text = try String(contentsOfFile: dir + "/essay.deck", encoding: .utf8)
        #expect(text.hasPrefix("# Treaty\n\nSource: "))
        let source = text.split(separator: "\n", omittingEmptySubsequences: false)[2].dropFirst("Source: ".count)
        let resolved = URL(fileURLWithPath: dir).appendingPathComponent(String(source)).standardizedFileURL.path
        #expect(FileManager.default.fileExists(atPath: resolved))
    }

    @Test func minScoreLeavesOutWeakFacts() throws {
        func count(_ args: [String]) throws -> Int {
            let out = try QuizProcess.run(["build", "--format", "json", "Decks/sources/us-japan-security-treaty.txt"] + args)
            #expect(out.status == 0)
            let deck = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
            return (deck["cards"] as! [Any]).count
        }
        let everything = try count(["--min-score", "0"]), usual = try count([]), strict = try count(["--min-score", "0.4"])
        #expect(everything > usual && usual > strict && strict > 0)
        let bad = try QuizProcess.run(["build", "Decks/sources/us-japan-security-treaty.txt", "--min-score", "2"])
        #expect(bad.status != 0 && bad.stderr.contains("--min-score must be between 0 and 1"))
    }

    @Test func sameInputSameBytes() throws {
        let a = try QuizProcess.run(["build", "Decks/sources/us-japan-security-treaty.txt"])
        let b = try QuizProcess.run(["build", "Decks/sources/us-japan-security-treaty.txt"])
        #expect(a.stdout == b.stdout && !a.stdout.isEmpty)
        // Each process hashes with its own seed: nothing may depend on the order of a dictionary or a set.
        let essay = temp("numbers.txt", Array("""
            # League

            The league had eleven teams in 1950 and nine coaches in 1952. It added three stadiums in 1960.

            Each team kept nineteen players, seven scouts and five doctors in 1970.

            """.utf8))
        let runs = try (0..<4).map { _ in try QuizProcess.run(["build", "--all", "--format", "json", "--min-score", "0", essay]).stdout }
        #expect(Set(runs).count == 1 && runs[0].contains("\"choice\""))
    }

    @Test func badInputsAreOneLineErrors() throws {
        let empty = temp("empty.txt", [])
        let out = try QuizProcess.run(["build", empty])
        #expect(out.status == 1 && out.stdout.isEmpty)
        #expect(out.stderr == "\(empty):1:1: error: empty file: not an essay\n")

        let binary = temp("a.out", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01])
        let bin = try QuizProcess.run(["build", binary])
        #expect(bin.status == 1)
        #expect(bin.stderr == "\(binary):1:5: error: binary file (NUL byte): not an essay\n")

        let invalid = temp("bad.txt", Array("The treaty was signed in 1960.\nIt was caf".utf8) + [0xE9, 0x0A])
        let bad = try QuizProcess.run(["build", invalid])
        #expect(bad.status == 1)
        #expect(bad.stderr == "\(invalid):2:11: error: invalid UTF-8 byte 0xE9\n")

        let missing = try QuizProcess.run(["build", "/nonexistent/essay.txt"])
        #expect(missing.stderr == "/nonexistent/essay.txt: error: no such file\n")
    }

    @Test func noFactsIsAnEmptyDeckWithAWarning() throws {
        let path = temp("plain.txt", Array("just words here\n".utf8))
        let out = try QuizProcess.run(["build", path])
        #expect(out.status == 0)
        #expect(out.stderr == "\(path): warning: no facts found: the deck has no cards\n")
        #expect(out.stdout.hasPrefix("# "))
    }

    @Test func tenMegabyteSingleLineNeitherCrashesNorHangs() throws {
        let line = String(repeating: "word ", count: 2_000_000)
        let path = temp("line.txt", Array(line.utf8))
        let start = Date()
        let out = try QuizProcess.run(["build", "--format", "json", path])
        #expect(out.status == 0)
        #expect(out.stderr.contains("warning: no facts found"))
        #expect(Date().timeIntervalSince(start) < 120)
    }
}
