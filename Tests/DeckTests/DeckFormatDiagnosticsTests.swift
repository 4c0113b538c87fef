import Testing
@testable import Deck

/// One test per diagnostic of the deck format, each at its exact line and column.
@Suite struct DeckFormatDiagnosticsTests {
    func diagnostics(_ text: String) -> [String] {
        DeckParser.parse(text, file: "t.deck").diagnostics.map(\.description)
    }

    @Test func missingAnswer() {
        #expect(diagnostics("# T\n\n## c1\nQ: Why?\n") == ["t.deck:3:4: error: missing answer in card 'c1' (A: …)"])
    }

    @Test func factKeyIsOneWord() {
        #expect(diagnostics("# T\n## c1\nQ: Why?\nA: yes\nFact: 3.1 /40-52\n") == ["t.deck:5:7: error: fact key '3.1 /40-52' must be one word (e.g. '12.3/40-52')"])
        let deck = DeckParser.parse("# T\n## c1\nQ: Why?\nA: yes\nFact: 3.1/40-52\n", file: "t.deck").deck
        #expect(deck.cards.first?.fact == "3.1/40-52" && deck.cards.first?.sentenceKey == "3.1")
        // The key is written back after the score, and read again the same.
        let printed = DeckPrinter.print(deck)
        #expect(printed.contains("\nFact: 3.1/40-52\n") && DeckParser.parse(printed, file: "t.deck").deck == deck)
    }
    @Test func emptyPrompt() {
        #expect(diagnostics("# T\n## c1\nQ:   \nA: yes\n") == ["t.deck:3:6: error: empty prompt in card 'c1'"])
    }

    @Test func emptyAnswer() {
        #expect(diagnostics("# T\n## c1\nQ: Why?\nA:\n") == ["t.deck:4:3: error: empty answer in card 'c1'"])
    }

    @Test func duplicateId() {
        let text = "# T\n## same\nQ: a\nA: b\n\n##  same\nQ: c\nA: d\n"
        #expect(diagnostics(text) == ["t.deck:6:5: error: duplicate card id 'same' (first at line 2)"])
    }

    @Test func unclosedClozeMarker() {
        #expect(diagnostics("# T\n## c\nCloze: In {{1960 the treaty\n") == ["t.deck:3:11: error: '{{' without a matching '}}'"])
    }

    @Test func unopenedClozeMarker() {
        #expect(diagnostics("# T\n## c\nCloze: In {{1960}} the}} treaty\n") == ["t.deck:3:23: error: '}}' without a matching '{{'"])
    }

    @Test func clozeMarkerInBlockValue() {
        let text = "# T\n## c\nCloze:\n  first line\n  second {{gap\n"
        #expect(diagnostics(text) == ["t.deck:5:10: error: '{{' without a matching '}}'"])
    }

    @Test func clozeWithoutGap() {
        #expect(diagnostics("# T\n## c\nCloze: no gap here\n") == ["t.deck:3:8: error: cloze has no gap; mark the answer as {{answer}}"])
    }

    @Test func choiceWithTwoCorrect() {
        let text = "# T\n## c\nQ: Which?\n- [x] one\n- [x] two\n- [ ] three\n"
        #expect(diagnostics(text) == ["t.deck:5:1: error: a choice card needs exactly one correct choice '- [x]', found 2"])
    }

    @Test func acceptedAnswers() {
        // Read one per line, printed back, written as JSON, and graded like the answer.
        let text = "# T\n## c1\nCloze: Japan’s prime minister, {{Yukio Hayotama}} is of the Democratic Party of Japan.\nAccept: Yukio Hatoyama\nAlso: Hatoyama\n"
        let deck = DeckParser.parse(text, file: "t.deck").deck
        #expect(diagnostics(text).isEmpty && deck.cards.first?.accepted == ["Yukio Hatoyama", "Hatoyama"])
        let printed = DeckPrinter.print(deck)
        #expect(printed.contains("\nAccept: Yukio Hatoyama\nAccept: Hatoyama\n") && DeckParser.parse(printed, file: "t.deck").deck == deck)
        #expect(DeckJSONWriter.text(deck).contains("\"accepted\" : [\n        \"Yukio Hatoyama\",\n        \"Hatoyama\"\n      ]"))
        #expect(AnswerGrader.grade("hatoyama", card: deck.cards[0]).verdict == .correct)
        // Errors: an alias that is empty, or on a card whose answer is a choice or true/false.
        #expect(diagnostics("# T\n## c1\nQ: Who?\nA: Hatoyama\nAccept:\n") == ["t.deck:5:8: error: empty accepted answer in card 'c1'"])
        #expect(diagnostics("# T\n## m\nQ: Which?\n- [x] one\n- [ ] two\nAccept: 1\n")
                == ["t.deck:6:1: error: a choice card's answer is its '- [x]' choice; remove 'Accept:'"])
        #expect(diagnostics("# T\n## t\nTF: It is.\nA: true\nAccept: yes\n")
                == ["t.deck:5:1: error: a true/false card's answer is 'true' or 'false'; remove 'Accept:'"])
        // Warnings: the answer or an earlier alias written again (but for case).
        #expect(diagnostics("# T\n## c1\nQ: Who?\nA: Hatoyama\nAccept: HATOYAMA\nAccept: Yukio Hatoyama\nAccept: yukio hatoyama\nAccept: Hatoyama-san\n") == [
            "t.deck:5:9: warning: accepted answer 'HATOYAMA' is the card's answer already",
            "t.deck:7:9: warning: accepted answer 'yukio hatoyama' repeats line 6",
        ])
        #expect(DeckParser.parse("# T\n## c1\nQ: Who?\nA: Hatoyama\nAccept: hatoyama\n", file: "t.deck").deck.cards.count == 1)
        // One alias per line: a ';' list is one answer, unless the answer is one too (a cloze card's gaps).
        #expect(diagnostics("# T\n## c1\nQ: Who?\nA: Hatoyama\nAccept: Yukio Hatoyama; Hayotama\n")
                == ["t.deck:5:9: warning: one answer per 'Accept:' line: 'Yukio Hatoyama; Hayotama' is graded as one answer, ';' and all"])
        #expect(diagnostics("# T\n## c1\nCloze: {{Hayotama}} led the {{Democratic Party of Japan}}.\nAccept: Hatoyama; DPJ\n").isEmpty)
    }

    @Test func choiceWithNoneCorrect() {
        let text = "# T\n## c\nQ: Which?\n- [ ] one\n- [ ] two\n"
        #expect(diagnostics(text) == ["t.deck:4:1: error: a choice card needs exactly one correct choice '- [x]', found 0"])
    }

    @Test func unknownField() {
        let text = "# T\n## c\nQ: a\nA: b\nColour: red\n"
        #expect(diagnostics(text) == ["t.deck:5:1: error: unknown field 'Colour' (fields: Q, A, Cloze, TF, Accept, Hint, Tags, Source, Score)"])
    }

    @Test func strayText() {
        let text = "# T\n## c\nQ: a\nA: b\n  stray words\n"
        #expect(diagnostics(text) == ["t.deck:5:3: error: expected a field ('Key: value') or a choice ('- [x] text')"])
    }

    @Test func duplicateField() {
        #expect(diagnostics("# T\n## c\nQ: a\nA: b\nA: c\n") == ["t.deck:5:1: error: duplicate field 'A' in card 'c'"])
    }

    @Test func twoPrompts() {
        #expect(diagnostics("# T\n## c\nQ: a\nCloze: {{b}}\n") == ["t.deck:4:1: error: a card has one prompt: Q, Cloze or TF, not both 'Q' and 'Cloze'"])
    }

    @Test func trueFalseAnswer() {
        #expect(diagnostics("# T\n## c\nTF: Sky is blue.\nA: maybe\n") == ["t.deck:4:4: error: a true/false card's answer is 'true' or 'false', not 'maybe'"])
    }

    @Test func badScoreAndSource() {
        let text = "# T\n## c\nQ: a\nA: b\nSource: line three\nScore: 1.5\n"
        #expect(diagnostics(text) == [
            "t.deck:5:9: error: source 'line three' is not 'LINE', 'LINE-LINE' or 'FILE:LINE[-LINE]'",
            "t.deck:6:8: error: score '1.5' is not a number from 0 to 1",
        ])
    }

    /// A score of more digits than a 64-bit integer holds is read as `Double` reads it (found by fuzzing: the
    /// digits were summed before they were counted, and overflowed).
    @Test func scoreOfManyDigits() {
        let long = "0." + String(repeating: "9", count: 40), huge = String(repeating: "7", count: 25)
        #expect(diagnostics("# T\n## c\nQ: a\nA: b\nScore: \(long)\n").isEmpty)
        #expect(diagnostics("# T\n## c\nQ: a\nA: b\nScore: \(huge)\n") == ["t.deck:5:8: error: score '\(huge)' is not a number from 0 to 1"])
    }

    @Test func badLiteral() {
        #expect(diagnostics("# T\n## c\nQ:: \"abc\\q\"\nA: b\n") == ["t.deck:3:9: error: unknown escape '\\q'"])
    }

    @Test func missingTitle() {
        #expect(diagnostics("\n## c\nQ: a\nA: b\n") == ["t.deck:1:1: error: expected the deck title ('# Title') as the first line"])
    }

    @Test func invalidUTF8() {
        var bytes = Array("# T\n## c\nQ: caf".utf8)
        bytes += [0xC3, 0x28] // broken two-byte sequence
        bytes += Array("\nA: b\n".utf8)
        let result = DeckParser.parse(bytes: bytes, file: "t.deck")
        #expect(result.diagnostics.map(\.description) == ["t.deck:3:7: error: invalid UTF-8 byte 0xC3"])
    }

    @Test func binaryFile() {
        let result = DeckParser.parse(bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00], file: "a.out")
        #expect(result.diagnostics.map(\.description) == ["a.out:1:6: error: binary file (NUL byte): not a deck"])
    }

    @Test func emptyFile() {
        #expect(DeckParser.parse(bytes: [], file: "e.deck").diagnostics.map(\.description) == ["e.deck:1:1: error: empty file: not a deck"])
        #expect(DeckParser.parse(bytes: Array(" \n\n".utf8), file: "e.deck").diagnostics.count == 1)
    }

    @Test func notADeck() {
        #expect(diagnostics("Dear diary,\ntoday I learned.\n") == ["t.deck:1:1: error: not a deck: no '# Title' line and no '## card-id' heading (see docs/deck-format.md)"])
    }

    @Test func unclosedComment() {
        #expect(diagnostics("# T\n<!-- never closed\n## c\nQ: a\nA: b\n") == ["t.deck:2:1: error: comment '<!--' is never closed with '-->'"])
    }

    @Test func fiveMistakesFiveDiagnostics() throws {
        let result = DeckFiles.load(Paths.fixture("five-mistakes.deck"))
        #expect(result.diagnostics.map(\.description) == [
            Paths.fixture("five-mistakes.deck") + ":6:4: error: missing answer in card 'no-answer' (A: …)",
            Paths.fixture("five-mistakes.deck") + ":12:18: error: '{{' without a matching '}}'",
            Paths.fixture("five-mistakes.deck") + ":15:1: error: unknown field 'Hnit' (fields: Q, A, Cloze, TF, Accept, Hint, Tags, Source, Score)",
            Paths.fixture("five-mistakes.deck") + ":18:4: error: duplicate card id 'signed' (first at line 3)",
            Paths.fixture("five-mistakes.deck") + ":25:1: error: a choice card needs exactly one correct choice '- [x]', found 2",
        ])
    }

    @Test func allProblemsNotJustTheFirst() {
        let text = "# T\n## a\nQ: x\n## b\nCloze: {{\n## c\nTF: y\nA: perhaps\n"
        #expect(DeckParser.parse(text, file: "t.deck").diagnostics.count == 3)
    }
}
