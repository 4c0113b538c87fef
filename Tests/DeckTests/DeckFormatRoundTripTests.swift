import Foundation
import Testing
@testable import Deck

/// parse(print(deck)) == deck, on generated decks full of awkward strings, and on real files.
@Suite struct DeckFormatRoundTripTests {
    static let awkward: [String] = [
        "plain", "{{braces}}", "a | pipe", "key: value", "# leading hash", "## two hashes", "- [x] fake choice",
        "multi\nline\nanswer", "  leading spaces", "trailing spaces  ", "tab\there", "日本の安全保障", "café crème",
        "עברית מימין לשמאל", "مرحبا", "emoji 🎌", "\"quoted\"", "back\\slash", "line\n\nwith blank", "\n", "",
        "<!-- not a comment -->", "A: nested field", "ends with newline\n", "\r\nCRLF", "\u{2028}sep", "::", ":",
        "   ", "x", "Q:", "\u{FEFF}bom", "  indented\n  block", "last line  \nnext",
    ]

    func string(_ rng: inout SeededRandom, allowEmpty: Bool = true) -> String {
        var s = ""
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            s += Self.awkward.randomElement(using: &rng)!
        }
        if !allowEmpty && s.allSatisfy(\.isWhitespace) { s = "w" + s }
        return s
    }

    func card(_ n: Int, _ rng: inout SeededRandom) -> Card {
        let kind = CardKind.allCases.randomElement(using: &rng)!
        let id = "card-\(n)" + (Bool.random(using: &rng) ? ".日本" : "")
        var card: Card
        switch kind {
        case .question:
            card = Card(id: id, kind: .question, prompt: string(&rng, allowEmpty: false), answer: string(&rng, allowEmpty: false))
        case .cloze:
            let before = ClozeText.escape(string(&rng)), gap = ClozeText.escape(string(&rng, allowEmpty: false))
            let gap2 = Bool.random(using: &rng) ? " and {{" + ClozeText.escape(string(&rng, allowEmpty: false)) + "}}" : ""
            card = Card.cloze(id: id, text: before + "{{" + gap + "}}" + ClozeText.escape(string(&rng)) + gap2)
        case .choice:
            var choices: [String] = []
            while choices.count < Int.random(in: 2...5, using: &rng) {
                let c = string(&rng, allowEmpty: false)
                if !choices.contains(c) { choices.append(c) }
            }
            card = Card(id: id, kind: .choice, prompt: string(&rng, allowEmpty: false),
                        answer: choices.randomElement(using: &rng)!, choices: choices)
        case .truefalse:
            card = Card(id: id, kind: .truefalse, prompt: string(&rng, allowEmpty: false),
                        answer: Bool.random(using: &rng) ? "true" : "false")
        }
        // Aliases as lint takes them: on question and cloze cards, not empty, none the answer or another alias again.
        if kind == .question || kind == .cloze, Bool.random(using: &rng) {
            var seen: Set<String> = [card.answer.trimmingWhitespace().lowercased()]
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let alias = string(&rng, allowEmpty: false)
                if seen.insert(alias.trimmingWhitespace().lowercased()).inserted { card.accepted.append(alias) }
            }
        }
        if Bool.random(using: &rng) { card.hint = string(&rng) }
        if Bool.random(using: &rng) { card.tags = ["tag\(n)", "日本", "a:b"].shuffled(using: &rng) }
        if Bool.random(using: &rng) {
            let line = Int.random(in: 1...500, using: &rng)
            card.source = SourceRef(file: Bool.random(using: &rng) ? "sources/essay:v2.txt" : nil, line: line,
                                    endLine: line + Int.random(in: 0...3, using: &rng))
        }
        if Bool.random(using: &rng) { card.score = Double.random(in: 0...1, using: &rng) }
        return card
    }

    @Test func textBuffersAreValues() {
        // A copy written to never changes the original; pieces of any size, across growth, are kept in order.
        var a = TextBuffer(capacity: 1)
        var expected = ""
        for k in 0..<500 {
            let piece = String(repeating: "é\(k)", count: k % 7)
            a += piece
            expected += piece
        }
        var b = a
        b += "tail"
        a.append(-42)
        #expect(a.text == expected + "-42" && b.text == expected + "tail")
        #expect(a.count == (expected + "-42").utf8.count && a.bytes == Array((expected + "-42").utf8))
        var c = b
        c.removeAll()
        c += "new"
        #expect(c.text == "new" && b.text == expected + "tail")
        c += b
        #expect(c.text == "new" + expected + "tail")
    }

    @Test func byteSearchFindsEveryOccurrence() {
        // memchr and memcmp against the plain definition, on a small alphabet so that near misses abound.
        var rng = SeededRandom(seed: 5)
        func naive(_ h: [UInt8], _ n: [UInt8]) -> Bool {
            n.isEmpty || (0..<max(0, h.count - n.count + 1)).contains { i in Array(h[i..<(i + n.count)]) == n }
        }
        for _ in 0..<3000 {
            let h = (0..<Int.random(in: 0...24, using: &rng)).map { _ in UInt8.random(in: 97...99, using: &rng) }
            let n = (0..<Int.random(in: 0...4, using: &rng)).map { _ in UInt8.random(in: 97...99, using: &rng) }
            #expect(ByteSearch.contains(h, n) == naive(h, n), "\(h) \(n)")
        }
        #expect(ByteSearch.contains(Array("the treaty".utf8), Array("treaty".utf8)) && !ByteSearch.contains(Array("treat".utf8), Array("treaty".utf8)))
    }

    @Test func clozeEscapingFindsEveryBraceAndBackslash() {
        // The eight-byte scan against the rule: a backslash before every `{`, `}` and `\\`, at every place.
        for length in 0..<20 {
            for place in 0..<max(1, length) {
                for mark in ["{", "}", "\\", "|", "[", "é"] {
                    var chars = Array(repeating: "a", count: length)
                    if length > 0 { chars[place] = mark }
                    if length > 12 { chars[length - 1] = "}" }
                    let text = chars.joined()
                    let expected = text.map { "{}\\".contains($0) ? "\\\($0)" : String($0) }.joined()
                    #expect(ClozeText.escape(text) == expected, "\(text)")
                }
            }
        }
    }

    @Test func numbersAreWrittenAsTheirDescription() {
        // Scores are written digit by digit; the text must be exactly Swift's shortest form, for every value of
        // three decimals and for any other double (written by `description`).
        var rng = SeededRandom(seed: 11)
        var values: [Double] = (0...20_000).map { Double($0) / 1000 } + [0.1 + 0.2, 1e-5, 1e20, 123_456.789, 999_999.999, 1_000_000, -0.0, -0.5, .pi]
        for _ in 0..<2000 { values.append(Double.random(in: 0..<2, using: &rng)) }
        for _ in 0..<2000 { values.append((Double.random(in: 0..<1000, using: &rng) * 1000).rounded() / 1000) }
        for v in values {
            var out = TextBuffer()
            out.append(v)
            #expect(out.text == v.description, "\(v)")
        }
    }

    @Test func rawValuesAreFoundByTheirBytes() {
        // The byte scan against the rule it stands for: one line, no edge whitespace, no control character
        // (C0, DEL, C1) and no line or paragraph separator.
        func rule(_ v: String) -> Bool {
            guard let first = v.unicodeScalars.first, let last = v.unicodeScalars.last else { return false }
            return !first.properties.isWhitespace && !last.properties.isWhitespace && !v.unicodeScalars.contains {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}"
            }
        }
        let pieces = ["a", " ", "\u{A0}", "\u{85}", "\u{9F}", "\u{A0}x", "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "“q”",
                      "–", "\u{7F}", "\t", "\u{3000}", "é", "東", "🎌", "\u{C2}", "\u{80}x"]
        var samples = Self.awkward
        for a in pieces { for b in pieces { samples.append(a + b); samples.append("x" + a + b + "y") } }
        // (Long values are scanned eight bytes at a time: each piece at every place in such a word.)
        for a in pieces { for k in 0..<9 { samples.append("abcdefgh".prefix(k) + a + "ijklmnopqrstuvwx") } }
        for v in samples { #expect(FieldValue.isRaw(v) == rule(v), "\(v.debugDescription)") }
        // The word test flags exactly the words that hold a control or non-ASCII byte.
        for b in 0...255 { for k in 0..<8 {
            var bytes = Array("abcdefgh".utf8)
            bytes[k] = UInt8(b)
            let w = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(ByteSearch.mayHoldControlOrNonASCII(w) == (b < 0x20 || b >= 0x7F), "byte \(b) at \(k)")
        } }
        #expect(ByteSearch.isASCII("plain text, long enough for words") && !ByteSearch.isASCII("long enough, then é"))
    }

    @Test(arguments: 0..<200)
    func generatedDeckRoundTrips(seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed))
        let titles = ["Title", "日本 {{x}} | : # ## - [x]", "Émile's \"deck\"", "a\\b"]
        let deck = Deck(title: titles.randomElement(using: &rng)!,
                        source: Bool.random(using: &rng) ? "sources/the essay.txt" : nil,
                        cards: (0..<Int.random(in: 0...12, using: &rng)).map { card($0, &rng) })
        let text = DeckPrinter.print(deck)
        let parsed = DeckParser.parse(text, file: "gen.deck")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)\n\(text)")
        #expect(parsed.deck == deck, "\(text)")
        // The card-by-card JSON writer gives exactly what JSONEncoder gives.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var scored = deck
        let odd: [Double] = [0, 1, 0.5, 1e-05, 2.5e-07, 1e+20, 123456789, 0.347, -0.25, 1e15, 0.0001, 1.5e16, -0.0, 12345678901234.5]
        for k in scored.cards.indices where k % 3 == 0 { scored.cards[k].score = odd[(seed + k) % odd.count] }
        let expected = String(decoding: try! encoder.encode(scored), as: UTF8.self)
        #expect(DeckJSONWriter.text(scored) == expected)
    }

    @Test func bundledDeckLintsCleanAndRoundTrips() throws {
        let path = Paths.decks.appendingPathComponent("us-japan-security-treaty.deck").path
        let first = DeckFiles.load(path)
        #expect(first.diagnostics.isEmpty)
        #expect(first.deck.cards.count >= 15)
        #expect(Set(first.deck.cards.map(\.kind)) == Set(CardKind.allCases))
        #expect(first.deck.cards.allSatisfy { $0.source != nil })
        let again = DeckParser.parse(DeckPrinter.print(first.deck), file: "again.deck")
        #expect(again.deck == first.deck)
    }

    @Test func handWrittenFileKeepsItsMeaning() throws {
        let parsed = DeckFiles.load(Paths.fixture("hand-written.deck"))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let deck = parsed.deck
        #expect(deck.title == "日本語と English")
        #expect(deck.source == "essay.txt")
        #expect(deck.cards.map(\.id) == ["tokyo", "multi", "gaps", "choose", "judge", "awkward"])
        #expect(deck.cards[0].prompt == "日本の首都は？")
        #expect(deck.cards[0].answer == "東京")
        #expect(deck.cards[0].accepted == ["Tokyo", "とうきょう"])
        #expect(deck.cards[1].answer == "first line\n\n  indented second")
        #expect(deck.cards[2].answer == "Hayotama; Democratic Party of Japan")
        #expect(deck.cards[2].displayPrompt == "___ was of the ___ {literal braces}.")
        #expect(deck.cards[3].choices == ["China", "North Korea", "the Soviet Union"])
        #expect(deck.cards[3].answer == "North Korea")
        #expect(deck.cards[4].kind == .truefalse && deck.cards[4].isTrue == false)
        #expect(deck.cards[4].source == SourceRef(line: 15, endLine: 16))
        #expect(deck.cards[5].prompt == "  spaced\tand \"quoted\"  ")
        #expect(deck.cards[5].tags == ["a", "b", "c"])
        #expect(deck.cards[5].score == 0.75)
        let reprinted = DeckParser.parse(DeckPrinter.print(deck), file: "x.deck")
        #expect(reprinted.diagnostics.isEmpty)
        #expect(reprinted.deck == deck)
    }

    @Test func jsonFormRoundTrips() throws {
        let deck = DeckFiles.load(Paths.fixture("hand-written.deck")).deck
        let data = try JSONEncoder().encode(deck)
        #expect(try JSONDecoder().decode(Deck.self, from: data) == deck)
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let cards = object["cards"] as! [[String: Any]]
        #expect(cards[0]["kind"] as? String == "question")
        #expect((cards[4]["source"] as? [String: Any])?["line"] as? Int == 15)
    }
}
