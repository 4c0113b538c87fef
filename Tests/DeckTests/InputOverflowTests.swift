import Testing
@testable import Deck

/// Numbers from essays, answers and imports past Int's range are read without a trap.
@Suite struct InputOverflowTests {
    @Test func aHugeNumberInAnAnswerHasNoVariations() {
        #expect(Distractors.variations("9223372036854775807 dollars", type: .money) == [])
        #expect(Distractors.variations("4611686018427387904", type: .number) == [])
        #expect(Distractors.variations("12 dollars", type: .money).contains("24 dollars"))
    }

    @Test func numberWordsStopAtIntsRange() {
        let words = ["one"] + Array(repeating: "hundred", count: 12) + ["and", "five"]
        let digits = NumberWords.digits(in: words)
        #expect(!digits.isEmpty)
        #expect(NumberWords.digits(in: ["nine", "hundred", "trillion", "trillion", "trillion"]).count >= 1)
        #expect(NumberWords.digits(in: ["one", "hundred", "and", "five"]) == ["105"])
    }

    @Test func anEssayWithHugeNumbersBuilds() {
        let essay = "The treaty cost 9223372036854775807 dollars in 1960. It was signed by 4611686018427387904 people in Tokyo. "
            + "The budget of the alliance was 9223372036854775807 yen, and 18446744073709551616 soldiers served it."
        let deck = DeckBuilder().build(essay).deck
        #expect(!deck.cards.isEmpty)
    }

    @Test func importColumnsOutOfRangeAreErrors() {
        for column in ["0", "-9223372036854775808", "9223372036854775807", "x"] {
            let result = DelimitedImport.parse("#tags column:\(column)\nfront\tback\n", file: "t.txt", title: "T")
            #expect(result.diagnostics.map(\.description) == ["t.txt:1: error: tags column '\(column)' is not a column number from 1 to 1000"])
            let notetype = DelimitedImport.parse("#notetype column:\(column)\nfront\tback\n", file: "t.txt", title: "T")
            #expect(notetype.diagnostics.count == 1)
        }
    }

    @Test func importedIDsAreValidDeckIDs() {
        #expect(DelimitedImport.cardID(fromTag: "") == nil)
        #expect(DelimitedImport.cardID(fromTag: "a\rb") == "a-b")
        #expect(DelimitedImport.cardID(fromTag: "a\u{0B}b\u{85}c\u{200B}") == "a-b-c-")
        #expect(DelimitedImport.cardID(fromTag: "treaty-signed") == "treaty-signed")
        let text = "#separator:tab\n#tags column:3\nfront one\tback one\tquiz::\nfront two\tback two\tquiz::a\u{0B}b\n"
        let result = DelimitedImport.parse(text, file: "t.txt", title: "T")
        #expect(result.diagnostics.isEmpty)
        #expect(result.deck.cards.map(\.id) == ["imported-3", "a-b"])
        let reread = DeckParser.parse(DeckPrinter.print(result.deck), file: "t.deck")
        #expect(reread.diagnostics.isEmpty)
        #expect(reread.deck.cards.map(\.id) == ["imported-3", "a-b"])
    }
}
