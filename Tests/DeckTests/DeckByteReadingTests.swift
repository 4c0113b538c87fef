import Foundation
import Testing
@testable import Deck

/// The deck reader answers its questions about a line from the line's bytes; the format is defined by
/// characters. Over random decks full of the hard cases (combining marks after the marks, non-breaking and
/// ideographic spaces, tabs, CR line ends, literals, blocks, comments), reading by bytes gives exactly what
/// reading by characters gives: the deck, every diagnostic and every card's line.
@Suite struct DeckByteReadingTests {
    func read(_ text: String, byCharacters: Bool) -> DeckParseResult {
        var reader = DeckReader(text: text, file: "t.deck", byCharacters: byCharacters)
        return reader.read()
    }

    func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = read(text, byCharacters: false), characters = read(text, byCharacters: true)
        #expect(bytes.deck == characters.deck, "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(bytes.diagnostics == characters.diagnostics, "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(bytes.cardLines == characters.cardLines, sourceLocation: sourceLocation)
    }

    @Test func theHardCasesByHand() {
        let combining = "\u{301}"
        for text in [
            "# T\n\n## a\nQ: x\nA: y\n",
            "# T\n\n## a\(combining)\nQ: x\nA: y\n",
            "# T\n\n##\(combining) a\nQ: x\nA: y\n",
            "# T\n\n## \(combining)a\nQ: x\nA: y\n",
            "#\(combining) T\n\n## a\nQ: x\nA: y\n",
            "# T\n\n## a\nQ:\(combining) x\nA: y\n",
            "# T\n\n## a\nQ\(combining): x\nA: y\n",
            "# T\n\n## a\nQ::\(combining)\"x\"\nA: y\n",
            "# T\n\n## a\nQ:: \"x\\u00e9\"\nA:: \"y\"  \n",
            "# T\n\n## a\nQ:\n  one\n \(combining) two\n\n  three\nA: y\n",
            "# T\n\n## a\nQ:\n  one\n  \(combining)two\nA: y\n",
            "# T\n\n## a\nQ: which?\n- [x]\(combining) one\n- [ ] two\n",
            "# T\n\n## a\nQ: which?\n- [x]: one\n- [ ]:: \"two\"\n",
            "# T\n\n<!--\(combining) not a comment -->\n## a\nQ: x\nA: y\n",
            "# T\n\n \(combining)<!-- x -->\n## a\nQ: x\nA: y\n",
            "# T\r\n\r\n## a\r\nQ:\u{A0}x\u{3000}\r\nA: y\u{2028}\r\n",
            "# T\n\n## a b\nQ: x\nA: y\n## a\u{A0}b\nQ: x\nA: y\n",
            "# T\n\n## é\nRéponse: x\nQ: x\nA: y\nÉtiquette: z\n",
            "# T\n\n## a\nTrue/False: yes\nA: true\nTags: a,b c\u{3000}d\n",
            "# T\n\n## a\n\tQ: x\nA: y\n- [x] z\n",
        ] {
            expectSame(text)
        }
    }

    @Test(arguments: 1...40) func randomDecks(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let pieces = ["#", "##", "###", " ", "  ", "\t", ":", "::", "Q", "A", "q", "Cloze", "TF", "Accept", "Hint", "Tags",
                      "Source", "Score", "Fact", "Answer", "Réponse", "- [x]", "- [ ]", "* [X]", "[", "]", "-", "<!--", "-->",
                      "\"", "\\u0041", "{{", "}}", "x", "word", "12", "0.5", "é", "東京", "\u{301}", "\u{200D}", "\u{A0}",
                      "\u{3000}", "\u{2028}", "\u{85}", "true", "c-1", ",", "\r"]
        var text = "# Title\n"
        for _ in 0..<(20 + Int(rng.next() % 60)) {
            var line = ""
            switch rng.next() % 6 {
            case 0: line = "## card-\(rng.next() % 8)"
            case 1: line = ["Q: ", "A: ", "Cloze: ", "Accept: ", "Hint: ", "- [x] ", "- [ ] "][Int(rng.next() % 7)]
            default: break
            }
            for _ in 0..<Int(rng.next() % 7) { line += pieces[Int(rng.next() % UInt64(pieces.count))] }
            text += line + (rng.next() % 9 == 0 ? "\r\n" : "\n")
        }
        expectSame(text)
    }
}
