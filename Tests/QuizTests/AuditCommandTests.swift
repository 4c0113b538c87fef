import Foundation
import TestSupport
import Testing

/// `quiz audit` as a real process, on a deck with one card for each rule of the rubric and two good cards.
@Suite struct AuditCommandTests {
    static let deck = QuizProcess.fixture("audit/rubric.deck")

    /// The audit's warnings, by the card heading line they point at: the rule names found there.
    static func rulesByLine(_ stdout: String) -> [Int: Set<String>] {
        var out: [Int: Set<String>] = [:]
        for line in stdout.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 4)
            guard parts.count == 5, let n = Int(parts[1]), let rule = line.split(separator: "[").last?.dropLast() else {
                Issue.record("not a FILE:LINE:COL: warning: MESSAGE [RULE] line: \(line)")
                continue
            }
            #expect(parts[3] == " warning", "\(line)")
            out[n, default: []].insert(String(rule))
        }
        return out
    }

    /// The heading line of each card of the fixture.
    static func headingLines() throws -> [String: Int] {
        let text = try String(contentsOfFile: deck, encoding: .utf8)
        var out: [String: Int] = [:]
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix("## ") {
            out[String(line.dropFirst(3))] = i + 1
        }
        return out
    }

    @Test func eachRuleIsFoundOnItsCardAndGoodCardsPass() throws {
        let out = try QuizProcess.run(["audit", Self.deck])
        #expect(out.status == 0, "without --strict, problems are warnings: \(out.stderr)")
        let found = Self.rulesByLine(out.stdout)
        let lines = try Self.headingLines()
        let expected: [String: String] = [
            "split-word": "blank-phrase", "verb-blank": "blank-phrase", "half-compound": "blank-phrase",
            "list-slot": "list-slot", "pronoun": "dangling-pronoun", "author-voice": "author-voice",
            "colon": "ends-with-colon", "given-away": "answer-given-away", "citation": "citation",
            "crowded-3": "crowded-sentence", "repeated": "repeated-fact", "long-prompt": "long-prompt",
        ]
        for (card, rule) in expected {
            let line = try #require(lines[card])
            #expect(found[line]?.contains(rule) == true, "card \(card) (line \(line)): expected [\(rule)], found \(found[line] ?? [])")
        }
        for card in ["good-cloze", "good-question", "crowded-1", "crowded-2"] {
            let line = try #require(lines[card])
            #expect(found[line] == nil, "card \(card) should pass, found \(found[line] ?? [])")
        }
        #expect(out.stderr.contains("1 deck, 16 cards: 4 pass (25%)"), "summary: \(out.stderr)")
    }

    @Test func strictFailsOnProblemsAndPassesACleanDeck() throws {
        let strict = try QuizProcess.run(["audit", "--strict", Self.deck])
        #expect(strict.status == 1)
        let dir = URL(fileURLWithPath: TemporaryDirectory.make("quiz-audit"))
        defer { try? FileManager.default.removeItem(at: dir) }
        let clean = dir.appendingPathComponent("clean.deck").path
        try "# Clean\n\n## a\nCloze: The treaty was signed in {{1960}}.\n".write(toFile: clean, atomically: true, encoding: .utf8)
        let ok = try QuizProcess.run(["audit", "--strict", clean])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(ok.stdout == "")
        #expect(ok.stderr.contains("1 cards: 1 pass (100%), 0 problems"), "\(ok.stderr)")
    }

    @Test func theBundledDeckPassesStrictly() throws {
        let out = try QuizProcess.run(["audit", "--strict", QuizProcess.root.appendingPathComponent("Decks/us-japan-security-treaty.deck").path])
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        #expect(out.stderr.contains("23 cards: 23 pass (100%), 0 problems"), "\(out.stderr)")
    }

    @Test func anUnreadableDeckIsAnError() throws {
        let out = try QuizProcess.run(["audit", "no-such.deck"])
        #expect(out.status == 1)
        #expect(out.stdout.contains("no-such.deck:1:"), "\(out.stdout)\(out.stderr)")
    }
}
