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

    /// `learning-steps = 106751992d` trapped: the step in microseconds overflows Int64. Steps longer than
    /// 100 years are refused, as text and as a setting.
    @Test func aHugeLearningStepIsRefusedNotATrap() throws {
        for text in ["106751992d", "9223372036854775807s", "153722867280912931m", "2562047788015216h", "36501d"] {
            #expect(throws: SchedulerSettingsError.self) { try SchedulerSettings.steps(text) }
            #expect(throws: SettingError.self) { try SettingKey.learningSteps.parse(text) }
        }
        #expect(try SchedulerSettings.steps("36500d 1s") == [.days(36_500), .seconds(1)])
        #expect(try SettingKey.relearningSteps.parse("52560000m") == .steps([.days(36_500)]))
    }
}
