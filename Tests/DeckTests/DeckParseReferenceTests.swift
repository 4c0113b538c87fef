import Foundation
import Testing
@testable import Deck

/// `DeckParser` reads a deck from its bytes with shortcuts of every kind; over generated and mutated decks it
/// gives exactly what a straightforward reading by characters gives (`ReferenceDeckReader`): the same cards, the
/// same diagnostics at the same line:col, the same card lines, whatever the bytes (BOM, CRLF and lone CR,
/// tabs, combining marks after the marks, bytes that are not UTF-8, very long lines, NUL).
@Suite struct DeckParseReferenceTests {
    @discardableResult
    func expectSame(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> DeckParseResult {
        let fast = DeckParser.parse(bytes: bytes, file: "t.deck")
        let reference = ReferenceDeckReader.parse(bytes: bytes, file: "t.deck")
        let shown = String(decoding: bytes.prefix(4000), as: UTF8.self).debugDescription
        #expect(fast.deck == reference.deck, "\(shown)", sourceLocation: sourceLocation)
        #expect(fast.diagnostics == reference.diagnostics, "\(shown)", sourceLocation: sourceLocation)
        #expect(fast.cardLines == reference.cardLines, "\(shown)", sourceLocation: sourceLocation)
        // Read in parts (as a large deck is, on every core): the same again.
        for partLines in [3, 40] {
            let parts = DeckParser.parse(bytes: bytes, file: "t.deck", partLines: partLines)
            #expect(parts.deck == reference.deck && parts.diagnostics == reference.diagnostics && parts.cardLines == reference.cardLines,
                    "in parts of \(partLines) lines: \(shown)", sourceLocation: sourceLocation)
        }
        // The same text given as a string (no decoding step) reads the same way too.
        if let text = String(validating: bytes, as: UTF8.self) {
            var reader = ReferenceDeckReader(file: "t.deck", lines: TextLines.split(text))
            let expected = reader.read()
            let got = DeckParser.parse(text, file: "t.deck")
            #expect(got.deck == expected.deck && got.diagnostics == expected.diagnostics && got.cardLines == expected.cardLines,
                    "\(shown)", sourceLocation: sourceLocation)
        }
        return reference
    }

    @discardableResult
    func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> DeckParseResult {
        expectSame(Array(text.utf8), sourceLocation: sourceLocation)
    }

    /// Lines that exercise every check of a card, good and bad.
    static let cardLines = [
        "Q: What was signed in 1960?", "A: the treaty", "A: ", "A:   ", "Q:", "Cloze: The {{treaty}} was {{signed}}.",
        "Cloze: no gap here", "Cloze: {{}} empty", "Cloze: {{ open", "Cloze: close }} only", "Cloze: {{a {{b}} c}}",
        "Cloze: \\{{not}} a {{gap\\}}}}", "Cloze: 東京 {{日本}} é\u{301}{{x}}", "TF: Kishi resigned.", "A: true", "A: Yes",
        "A: maybe", "A: F", "- [x] one", "- [ ] two", "- [ ] one", "- [X] three", "* [ ] four", "- [ ]", "- [x] ",
        "- [ ] 東京", "- [ ] e\u{301}", "- [ ] \u{E9}", "Accept: the pact", "Accept: The Treaty", "Accept: a; b",
        "Accept: ", "Accept: the pact", "Also: pact", "Accept: Ü\u{308}ber", "Hint: think", "Tags: a, b c",
        "Tags: 東京,x\u{3000}y", "Tags:", "Source: 12", "Source: 12-14", "Source: 14-12", "Source: f.txt:3-4",
        "Source: x", "Source: 0", "Source: 00012", "Source: 123456789012345678901", "Source: １２", "Score: 0.5",
        "Score: 1.5", "Score: -0", "Score: nan", "Score: 1e-1", "Fact: 12.3/40-52", "Fact: two words", "Fact:",
        "Answer: x", "Question: y", "True/False: z", "Réponse: x", "Unknown: x", "# Another title", "just prose",
        "  indented prose", "\tQ: tab", "Q:: \"lit\\u00e9ral\"", "A:: \"bad \\q\"", "A:: \"unterminated", "Q::x",
        "Q::  \"x\"  y", "A:: \"\\ud800\"", "A:: \"\\ud83d\\ude00\"", "Q:\u{301} x", "Q\u{301}: x", "- [x]\u{301} y",
        "- [x]: lit", "- [ ]:: \"lit\"", "Hint:\u{A0}nbsp\u{A0}", "Hint: x\u{2028}", "Q:", "  block one",
        "  ", "  block two", "   deeper", " \u{301}x", "<!-- a comment -->", "<!-- open", "still comment -->",
        "<!--\u{301} x -->", "  <!-- indented -->", "-->\u{301}",
    ]

    /// A deck of `count` cards drawn from `cardLines`, with headings of every kind.
    static func randomDeck(_ rng: inout SeededRandom, cards count: Int) -> String {
        // Half the decks have no comment (a deck with one is read in one part).
        let lines = rng.next() % 2 == 0 ? cardLines : cardLines.filter { !$0.contains("<!--") }
        var text = ["# Title\n", "#\tTabbed\n", "#\n", "", "Not a title\n", "# Title\n\nSource: essay.txt\n"][Int(rng.next() % 6)]
        if rng.next() % 4 == 0 { text += "Hint: early\n" }
        let headings = ["## c-%d", "##  c-%d", "##\tc-%d", "## c %d", "##", "## c-%d\u{301}", "##\u{301} c-%d",
                        "## c-%d\u{A0}x", "## dup", "## é-%d", "### c-%d"]
        for n in 0..<count {
            let h = rng.next() % 5 == 0 ? headings[Int(rng.next() % UInt64(headings.count))] : "## c-%d"
            text += h.replacingOccurrences(of: "%d", with: "\(n)") + "\n"
            let templated = rng.next() % 2 == 0
            if templated {
                // A card that reads without errors, in one of its forms.
                let word = ["treaty", "東京", "naïve", "e\u{301}t\u{E9}", "Kishi", "1960", "\u{A0}x", "a;b"]
                func pick() -> String { word[Int(rng.next() % UInt64(word.count))] }
                switch rng.next() % 5 {
                case 0: text += "Q: What \(pick()) \(pick())?\nA: \(pick())\n"
                case 1: text += "Cloze: The {{\(pick())}} and \\{\(pick())\\} {{\(pick())}}.\n"
                case 2: text += "TF: \(pick()).\nA: \(["true", "F", "yes", "n"][Int(rng.next() % 4)])\n"
                case 3: text += "Q: Which \(pick())?\n- [x] \(pick()) 1\n- [ ] \(pick()) 2\n* [ ] \(pick()) 3\n"
                default: text += "Q:\n  \(pick())\n\n  \(pick())\nA:: \"\(pick())\\n\"\n"
                }
                if rng.next() % 2 == 0 { text += "Accept: \(pick())\nAccept: \(pick()) x\n" }
                if rng.next() % 2 == 0 { text += "Hint: \(pick())\nTags: t\(n), \(pick())\nSource: \(n + 1)-\(n + 2)\nScore: 0.\(n % 10)\nFact: \(n).1/2-3\n" }
            }
            // Lines drawn at random: after a good card, now and then one.
            for _ in 0..<(templated ? (rng.next() % 3 == 0 ? 1 : 0) : 1 + Int(rng.next() % 6)) {
                text += lines[Int(rng.next() % UInt64(lines.count))] + "\n"
            }
            if rng.next() % 3 == 0 { text += "\n" }
        }
        return text
    }

    /// `bytes` with a few random edits: a BOM, CRLF or CR line ends, tabs, bytes that are not UTF-8, a very long
    /// line, a NUL, a byte dropped.
    static func mutated(_ bytes: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
        var b = bytes
        func place() -> Int { b.isEmpty ? 0 : Int(rng.next() % UInt64(b.count + 1)) }
        for _ in 0..<(Int(rng.next() % 4)) {
            switch rng.next() % 11 {
            case 0: b = [0xEF, 0xBB, 0xBF] + b
            case 1: b = Array(String(decoding: b, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
            case 2: b = b.map { $0 == 0x0A && rng.next() % 3 == 0 ? 0x0D : $0 }
            case 3: b.insert(0x09, at: place())
            case 4: b.insert([0xFF, 0xC3, 0x80, 0xE2, 0x82][Int(rng.next() % 5)], at: place())
            case 5: b.insert(contentsOf: [0xED, 0xA0, 0x80], at: place())
            case 6: b.insert(contentsOf: Array(repeating: UInt8(ascii: "w"), count: 5000 + Int(rng.next() % 20000)) + Array("東京 {{x}} ".utf8), at: place())
            case 7: if rng.next() % 4 == 0 { b.insert(0x00, at: place()) }
            case 8: if !b.isEmpty { b.remove(at: Int(rng.next() % UInt64(b.count))) }
            case 9: b.insert(contentsOf: Array("\n## c-1\nQ: again\nA: x\n".utf8), at: place())
            default: b.insert(contentsOf: Array(" \u{301}\u{3000}\r".utf8), at: place())
            }
        }
        return b
    }

    /// A score written as plain digits is read from its bytes; it is the double `Double(text)` reads.
    @Test func plainDecimalsReadAsDoubleReadsThem() {
        var rng = SeededRandom(seed: 7)
        for text in ["0.352", "1", "0", "1.0", "007", "0.1", "0.3", "12.", ".5", "1.2.3", "", "-0", "1e-1", "0.123456789012345",
                     "9999999999999999", "0.99999999999999", "١"] {
            if let fast = DeckReader.asciiDecimal(text) { #expect(fast == Double(text), "\(text)") }
        }
        for _ in 0..<20_000 {
            let digits = (0..<(1 + Int(rng.next() % 15))).map { _ in String(rng.next() % 10) }.joined()
            let point = Int(rng.next() % UInt64(digits.count + 1))
            let text = point == 0 ? digits : String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
            let fast = DeckReader.asciiDecimal(text)
            #expect(fast == nil || fast == Double(text), "\(text)")
            if point < digits.count { #expect(fast != nil, "\(text)") }
        }
    }

    @Test func theHardCasesByHand() {
        for text in [
            "", " \n\t\r\n", "\u{FEFF}", "\u{FEFF}# T\n## a\nQ: x\nA: y\n", "\u{FEFF}\u{301}# T\n", "# T", "## a",
            "# T\r\n\r\n## a\r\nQ: x\r\nA: y\r\n", "# T\r## a\rQ: x\rA: y\r", "# T\n## a\nQ:\n  one\r\n  two\rA: y",
            "# T\n## a\nCloze:\n  first {{a}}\n\n  then {{b\n  }} and {{\n", "# T\n## a\nQ:\t x \t\nA:\ty\n",
            "# T\n## a\nQ: x\nA: y\n## a\nQ: x\nA: y\n## \nQ: x\n", "# T\n<!-- never closed\n## a\nQ: x\nA: y\n",
            "# T\n## a\nTF: x\nA: TRUE\nAccept: y\n- [x] z\n", "# T\n## a\nQ: x\n- [x] a\n- [x] b\n- [ ] a\nA: a\n",
            "# T\n## a\nQ: x\nA: y\nAccept: Y \nAccept: y\nAccept:  z ; w\nAccept: Z;W\n",
            "# T\n## a\n" + String(repeating: "Q: " + String(repeating: "long ", count: 4000) + "\n", count: 2),
        ] {
            expectSame(text)
        }
        expectSame([0xFF, 0xFE, 0x23, 0x00])
        expectSame(Array("# T\n## a\nQ: caf".utf8) + [0xE9] + Array("\nA: y".utf8) + [0xFF, 0x0A])
        expectSame(Array("# T\n## a\nQ: x\nA: ".utf8) + [0xC3] + Array("\n".utf8))
    }

    @Test(arguments: 1...60) func randomDecks(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let text = Self.randomDeck(&rng, cards: 1 + Int(rng.next() % 40))
        expectSame(text)
        expectSame(Self.mutated(Array(text.utf8), &rng))
    }

    /// Decks large enough to have their cards checked on every core.
    @Test(arguments: 1...3) func largeRandomDecks(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let text = Self.randomDeck(&rng, cards: 600 + Int(rng.next() % 800))
        let read = expectSame(text)
        // (The decks hold good cards and bad ones alike.)
        #expect(read.deck.cards.count > 50 && read.diagnostics.count > 50)
        expectSame(Self.mutated(Array(text.utf8), &rng))
    }

    @Test(arguments: 1...20) func mutatedRealDeck(seed: UInt64) throws {
        let deck = try [UInt8](Data(contentsOf: Paths.decks.appendingPathComponent("us-japan-security-treaty.deck")))
        var rng = SeededRandom(seed: seed)
        expectSame(Self.mutated(deck, &rng))
    }
}
