import Foundation
import Testing
@testable import Deck

/// Sentence segmentation on the 48 English "Golden Rules" (at least 47 must pass) and essay cases.
@Suite struct SentenceSplitterTests {
    struct Case: Decodable {
        var text: String
        var sentences: [String]
        var known_hard: Bool?
    }

    static func cases() throws -> [Case] {
        struct File: Decodable { var cases: [Case] }
        // A copy of ../shared/data/golden-rules-en.json (the Golden Rules as listed in pySBD's tests).
        let data = try Data(contentsOf: Paths.fixtures.appendingPathComponent("golden-rules-en.json"))
        return try JSONDecoder().decode(File.self, from: data).cases
    }

    @Test func goldenRules() throws {
        let cases = try Self.cases()
        #expect(cases.count == 48)
        var failed: [String] = []
        for c in cases where SentenceSplitter.split(c.text).map(\.text) != c.sentences {
            failed.append("\(c.text)\n  got \(SentenceSplitter.split(c.text).map(\.text))")
        }
        #expect(failed.count <= 1, "\(failed.joined(separator: "\n"))")
        print("golden rules: \(48 - failed.count)/48 pass")
    }

    @Test func essayCitationsAndTypography() {
        let p = "But it is not one-sided as it made the Japanese economy dominate American markets (Packard, 2010, 94-95). It can be inferred here that both sides have cancelled each other out."
        #expect(SentenceSplitter.split(p).count == 2)
        #expect(SentenceSplitter.split("Japan’s current prime minister, Yukio Hayotama is of the Democratic Party of Japan. This move can be seen as a balance (Packard 2010, 98-99).").count == 2)
        #expect(SentenceSplitter.split("The treaty was signed in 1960. It is 3.5 times larger.").map(\.text) == ["The treaty was signed in 1960.", "It is 3.5 times larger."])
        #expect(SentenceSplitter.split("Is it “Still a Grand Bargain?” asks Packard.").count == 1)
        // Two initials: the second "A." is no article opening a sentence.
        #expect(SentenceSplitter.split("Faculty included the calculator A. A. Michelson and Enrico Fermi. A new lab opened.").map(\.text)
                == ["Faculty included the calculator A. A. Michelson and Enrico Fermi.", "A new lab opened."])
        #expect(SentenceSplitter.split("The team was in group A. A new season began.").count == 2)
        // A full stop set off by spaces ends a sentence; a spaced ellipsis does not.
        #expect(SentenceSplitter.split("Schools are run by the Department of Education . Students do not pay fees.").map(\.text)
                == ["Schools are run by the Department of Education .", "Students do not pay fees."])
        #expect(SentenceSplitter.split("He paused . . . Then he went on.").count == 1)
        // A one-letter name before a word that opens sentences ends the sentence.
        #expect(SentenceSplitter.split("It is not known if L is contained in P or equal to P. Again, there are many classes between the two.").count == 2)
        #expect(SentenceSplitter.split("They are the ones most likely not to be in P. Because the problem is not solved, it matters.").count == 2)
    }

    @Test func wordBeforeAFullStopIsReadFromBytesAsTheRuleReadsIt() {
        // The byte shortcut for "word. Next" must answer as the full rule does wherever it answers at all:
        // every pair of these tokens, at the start of a paragraph and after a list marker.
        let before = ["word.", "Mr.", "mr.", "Dr.", "etc.", "St.", "pp.", "ab.", "A.", "x.", "U.S.", "(word.", "word.)", "Word.\"",
                      "1960.", "éclair.", "wörd.", "Jan.", "al.", "Inc.", "vs.", "IBM.", "word..", "word?"]
        let after = ["The", "the", "Smith", "a", "In", "It", "éclair", "Éclair", "(The", "1.", "\"Hi", "A", "x", "Ö", "How", "e.g.", "I", "A."]
        var answered = 0
        for a in before { for b in after { for opening in ["", "1. one 2."] {
            let paragraph = opening.isEmpty ? "\(a) \(b) end" : "\(opening) \(a) \(b) end"
            let tokens = SentenceSplitter.tokens(of: paragraph)
            let k = opening.isEmpty ? 0 : 3
            let listStarts = SentenceSplitter.listMarkers(tokens)
            var copy = paragraph
            let fast = copy.withUTF8 { SentenceSplitter.endsAfterWord($0, tokens.items[k], tokens.items[k + 1]) }
            if let fast {
                answered += 1
                #expect(fast == SentenceSplitter.endsSentence(tokens, k, listStarts: listStarts), "\(paragraph)")
            }
        } } }
        // It answers for the common cases: both ways, and after a title.
        #expect(answered > 40)
        #expect(SentenceSplitter.split("It rained. The end. Mr. Smith came. It was etc. The end.").map(\.text)
                == ["It rained.", "The end.", "Mr. Smith came.", "It was etc.", "The end."])
    }
}
