import Testing
@testable import Deck

/// Misspellings of the source, told by the text's own commoner spelling.
@Suite struct SourceSpellingTests {
    static func counts(_ words: [String: Int]) -> (String) -> Int { { words[$0] ?? 0 } }

    @Test func aRareSpellingOneEditFromACommonOneIsCorrected() {
        let count = Self.counts(["sovereignty": 3, "sovreignty": 1, "occupation": 4, "occupaiton": 1, "treaties": 3, "treatiess": 1])
        // A letter left out, two letters swapped, a letter added.
        #expect(SourceSpelling.correction(of: "sovreignty", count: count) == "sovereignty")
        #expect(SourceSpelling.correction(of: "occupaiton", count: count) == "occupation")
        #expect(SourceSpelling.corrected("years of occupaiton", count: count) == "years of occupation")
        #expect(SourceSpelling.corrected("years of occupation", count: count) == nil)
    }

    @Test func otherFormsAndRareWordsAreLeftAlone() {
        // A plural or an ending is another form, not a misspelling; a spelling seen once is no authority; short
        // words, names and a letter changed for another are left alone ("spring", "string"; "Kaleds", "Daleks").
        let count = Self.counts(["treaty": 5, "treaties": 1, "signed": 4, "sign": 1, "thylakoid": 1, "thylakoids": 1,
                                 "tokyo": 9, "string": 6, "spring": 1, "daleks": 20, "kaleds": 2])
        #expect(SourceSpelling.correction(of: "treaties", count: count) == nil)
        #expect(SourceSpelling.correction(of: "signed", count: count) == nil)
        #expect(SourceSpelling.correction(of: "thylakoid", count: count) == nil)
        #expect(SourceSpelling.correction(of: "toky", count: count) == nil)
        #expect(SourceSpelling.correction(of: "spring", count: count) == nil)
        #expect(SourceSpelling.correction(of: "Kaleds", count: count) == nil)
    }

    @Test func aNameWithTwoLettersSwappedIsCorrectedByItsCommonerSpelling() {
        let count = Self.counts(["hatoyama": 2, "hayotama": 1, "yukio": 3, "daleks": 20, "kaleds": 1, "packard": 3, "pakcard": 1,
                                 "obama": 4, "oabma": 1, "tokyo": 2, "toyko": 1])
        #expect(SourceSpelling.correction(of: "Hayotama", count: count) == "Hatoyama")
        #expect(SourceSpelling.corrected("Yukio Hayotama", count: count) == "Yukio Hatoyama")
        #expect(SourceSpelling.correction(of: "Pakcard", count: count) == "Packard")
        // The first letter stays ("Kaleds", "Daleks"); short names, and names the text spells but once, are left alone.
        #expect(SourceSpelling.correction(of: "Kaleds", count: count) == nil)
        #expect(SourceSpelling.correction(of: "Oabma", count: count) == nil)
        #expect(SourceSpelling.correction(of: "Toyko", count: count) == nil)
        #expect(SourceSpelling.correction(of: "Hayotama", count: Self.counts(["hatoyama": 1, "hayotama": 1])) == nil)
        // The seed essay spells Hatoyama only as "Hayotama": nothing to correct it by.
        #expect(SourceSpelling.correction(of: "Hayotama", count: Self.counts(["hayotama": 1])) == nil)
        #expect(SourceSpelling.correction(of: "Hatoyama", count: count) == nil)
    }

    @Test func theAuditListsAMisspelledAnswerUntilBothFormsAreAccepted() throws {
        var cards = [
            Card(id: "a", kind: .question, prompt: "What did the Japanese see violated by American servicemen?", answer: "their sovreignty"),
            Card(id: "b", kind: .question, prompt: "What does the treaty respect?", answer: "the sovereignty of Japan"),
            Card(id: "c", kind: .question, prompt: "When was Japan's sovereignty restored?", answer: "1952"),
        ]
        let source = "The treaty respects the sovereignty of Japan. Its sovereignty was restored in 1952. Servicemen violated their sovreignty."
        let found = DeckAudit.deckFindings(Deck(title: "T", cards: cards), sourceText: source)
        #expect(found.map(\.rule) == [.sourceSpelling] && found.first?.card == 0)
        #expect(found.first?.message.contains("'their sovereignty'") == true)
        // Without the source, two cards are too few to tell which spelling is right; three are enough.
        #expect(DeckAudit.deckFindings(Deck(title: "T", cards: cards)).isEmpty)
        cards.append(Card(id: "d", kind: .question, prompt: "Whose sovereignty?", answer: "Japan's"))
        #expect(DeckAudit.deckFindings(Deck(title: "T", cards: cards)).map(\.card) == [0])
        cards[0].accepted = ["their sovereignty"]
        #expect(DeckAudit.deckFindings(Deck(title: "T", cards: cards), sourceText: source).isEmpty)
    }
}
