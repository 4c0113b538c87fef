import Testing
@testable import Deck

/// Inputs the fuzz targets (Tests/Fuzz) found, minimised, each with the property it broke.
@Suite struct FuzzRegressionTests {
    /// An Anki tag holding a comma (`nuclear,`) was kept whole; the deck format splits `Tags:` at commas, so
    /// the imported deck, written and read back, had different tags.
    @Test func importedTagsSplitAsTheDeckFormatDoes() {
        let text = "#separator:tab\n#tags column:3\nfront\tback\tnuclear, chemical,or\n"
        let imported = DelimitedImport.parse(text, file: "t.txt", title: "T")
        #expect(!imported.diagnostics.hasErrors)
        #expect(imported.deck.cards.map(\.tags) == [["nuclear", "chemical", "or"]])
        let again = DeckParser.parse(DeckPrinter.print(imported.deck), file: "t.deck")
        #expect(!again.diagnostics.hasErrors)
        #expect(again.deck.cards == imported.deck.cards)
    }
}
