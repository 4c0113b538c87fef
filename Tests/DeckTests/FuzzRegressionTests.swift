import Foundation
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

    /// An Anki tag after a form feed began with a combining mark (U+065C); printed after a space, the mark
    /// joined the space and the deck read back with another tag. A tag loses the marks at its ends that would
    /// join the space the printer writes beside it (a prepended mark, U+0600, at its end likewise).
    @Test func aTagsEdgeMarksAreDroppedSoItReadsBack() {
        let text = "#separator:tab\n#tags column:3\nfront\tback\tgeo\u{0C}\u{065C}graphy x\u{0600}\u{0C}h\u{0600}i\n"
        let imported = DelimitedImport.parse(text, file: "t.txt", title: "T")
        #expect(!imported.diagnostics.hasErrors)
        #expect(imported.deck.cards.map(\.tags) == [["geo", "graphy", "x", "h\u{0600}i"]])
        let printed = DeckPrinter.print(imported.deck)
        let again = DeckParser.parse(printed, file: "t.deck")
        #expect(!again.diagnostics.hasErrors)
        #expect(again.deck.cards == imported.deck.cards)
        // The deck format reads the same line the same way, and a mark that is all of a tag leaves no tag.
        let deck = DeckParser.parse("## c\nQ: q\nA: a\nTags: geo\u{0C}\u{065C}graphy\u{0C}\u{065C} x\u{0600}\n", file: "d.deck")
        #expect(deck.deck.cards.map(\.tags) == [["geo", "graphy", "x"]])
        #expect(AnkiImport.splitTags(["\u{065C}a\u{3000}b"]).0 == ["a_b"])
    }

    /// An essay with a bare `#` line took it for a heading with no text, its title: the deck printed as `# `,
    /// which does not read back (a deck's title is required). A bare `#` is no heading, and an empty title,
    /// given or found, is "Untitled".
    @Test func aBareHashIsNoTitle() {
        let text = "The treaty was signed in 1960 by Japan.\n\n#\n\nIt was revised in 1970 by the Diet.\n"
        for options in [DeckBuilder.Options(), DeckBuilder.Options(title: " ")] {
            let built = DeckBuilder(options: options).build(text)
            #expect(built.deck.title == "Untitled")
            #expect(!built.deck.cards.isEmpty)
            let again = DeckParser.parse(DeckPrinter.print(built.deck), file: "built.deck")
            #expect(!again.diagnostics.hasErrors, "\(again.diagnostics)")
            #expect(again.deck.cards.count == built.deck.cards.count)
        }
        #expect(TextDocument("#\n\n## Kishi\n\nA paragraph.\n").title == "Kishi")
        // The input the fuzzer found (NUL bytes, bytes that are not UTF-8, a bare `#` on line 50).
        let found = Paths.root.appendingPathComponent("Tests/Fuzz/corpus/build/regression-bare-hash-title.txt")
        let essay = String(decoding: (try? Data(contentsOf: found)) ?? Data(), as: UTF8.self)
        let built = DeckBuilder().build(essay)
        #expect(!built.deck.cards.isEmpty)
        let again = DeckParser.parse(DeckPrinter.print(built.deck), file: "built.deck")
        #expect(!again.diagnostics.hasErrors, "\(again.diagnostics)")
        #expect(again.deck.cards.count == built.deck.cards.count)
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

    /// `learn-ahead-minutes = 9223372036854775807` trapped when the study options turned it into an interval
    /// (minutes to microseconds overflows Int64). It is refused past the longest step, 100 years.
    @Test func aHugeLearnAheadIsRefusedNotATrap() throws {
        for text in ["9223372036854775807", "153722867280912931", "52560001"] {
            #expect(throws: SettingError.self) { try SettingKey.learnAheadMinutes.parse(text) }
            #expect(throws: SettingError.self) { try StudySettings(config: [.learnAheadMinutes: .integer(Int(text)!)]) }
        }
        let longest = try StudySettings(flags: [.learnAheadMinutes: SettingKey.learnAheadMinutes.parse("52560000")])
        #expect(longest.studyOptions().learnAhead == .days(36_500))
    }
}
