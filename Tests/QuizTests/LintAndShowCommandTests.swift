import Foundation
import Testing
import TestSupport
import Deck

/// `quiz lint` and `quiz show` as real processes: exit codes, stdout and stderr.
@Suite struct LintAndShowCommandTests {
    @Test func lintCleanBundledDeck() throws {
        let out = try QuizProcess.run(["lint", "Decks/us-japan-security-treaty.deck"])
        #expect(out.status == 0)
        #expect(out.stdout == "")
        #expect(out.stderr.hasPrefix("1 deck, "))
        #expect(out.stderr.hasSuffix("cards: no errors\n"))
    }

    @Test func lintReportsEveryMistakeAndFails() throws {
        let path = QuizProcess.fixture("broken.deck")
        let out = try QuizProcess.run(["lint", path])
        #expect(out.status == 1)
        #expect(out.stdout == """
        \(path):3:4: error: missing answer in card 'one' (A: …)
        \(path):7:13: error: '}}' without a matching '{{'
        \(path):8:1: error: a cloze card's answer is its {{gaps}}; remove 'A:'
        \(path):9:1: error: unknown field 'Foo' (fields: Q, A, Cloze, TF, Accept, Hint, Tags, Source, Score)

        """)
        #expect(out.stderr == "4 errors, 0 warnings in 1 file\n")
    }

    @Test func lintBinaryAndMissingFiles() throws {
        let binary = QuizProcess.binary.path
        let out = try QuizProcess.run(["lint", binary, "/nonexistent/x.deck"])
        #expect(out.status == 1)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("\(binary):1:"))
        #expect(lines[0].hasSuffix("error: binary file (NUL byte): not a deck"))
        #expect(lines[1] == "/nonexistent/x.deck:1: error: no such file")
        #expect(!out.stderr.contains("Fatal error"))
    }

    @Test func showTextListsCards() throws {
        let out = try QuizProcess.run(["show", QuizProcess.fixture("small.deck")])
        #expect(out.status == 0)
        #expect(out.stdout == """
        Small · 3 cards · from essay.txt

        1. [question] capital  (line 2)
           Q: 日本の首都は？
           A: 東京
           also: Tokyo

        2. [cloze] year  (line 3-4)
           Cloze: Signed in ___.
           A: 1960

        3. [choice] threat
           Q: Which country?
             a) China
             b) North Korea  ✓

        """)
    }

    /// A large deck is parsed once, then read from the deck cache: the same output, warnings included, and
    /// `QUIZ_CACHE=off` writes nothing.
    @Test func aLargeDeckReadsTheSameFromTheCache() throws {
        let dir = TemporaryDirectory.make("show-cache")
        var text = "# Big\n"
        var n = 0
        while text.utf8.count < DeckCache.minimumBytes + 1000 {
            text += "\n## card-\(n)\nQ: What is item \(n) of the list?\nA: item \(n)\nTags: bulk\nSource: \(n + 1)\n"
            n += 1
        }
        text += "\n## odd\nQ: A warning follows\nA: yes\nAccept: yes\n"
        let deck = dir + "/big.deck"
        try text.write(toFile: deck, atomically: true, encoding: .utf8)
        let off = try QuizProcess.run(["show", deck, "--format", "json"])
        #expect(off.status == 0)
        let cache = dir + "/cache"
        let first = try QuizProcess.run(["show", deck, "--format", "json"], environment: ["QUIZ_CACHE": cache])
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache)
        #expect(entries.count == 1 && entries[0].hasSuffix(".deckbin"))
        let second = try QuizProcess.run(["show", deck, "--format", "json"], environment: ["QUIZ_CACHE": cache])
        for out in [first, second] {
            #expect(out.status == 0)
            #expect(out.stdout == off.stdout)
            #expect(out.stderr == off.stderr)
        }
        #expect(off.stdout.contains("\"card-\(n - 1)\"") && off.stderr.contains("is the card's answer already"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache) == entries)
    }

    @Test func showJSONIsTheDeckModel() throws {
        let out = try QuizProcess.run(["show", "--format", "json", QuizProcess.fixture("small.deck")])
        #expect(out.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        #expect(object["title"] as? String == "Small")
        let cards = object["cards"] as! [[String: Any]]
        #expect(cards.map { $0["kind"] as? String } == ["question", "cloze", "choice"])
        #expect(cards[1]["answer"] as? String == "1960")
        #expect(cards[2]["choices"] as? [String] == ["China", "North Korea"])
    }

    @Test func helpListsSubcommandsWithExamples() throws {
        let out = try QuizProcess.run(["--help"])
        #expect(out.status == 0)
        let names = ["study", "build", "show", "lint", "stats", "export", "import", "replay"]
        for name in names { #expect(out.stdout.contains("  \(name)")) }
        for command in names.map({ [$0] }) + [["export", "scores"], ["export", "deck"]] {
            let help = try QuizProcess.run(command + ["--help"])
            #expect(help.status == 0 && help.stdout.contains("Example"), "\(command)")
        }
    }
}
