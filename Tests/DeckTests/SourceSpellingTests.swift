import Testing
@testable import Deck

/// Misspellings of the source, told by the text's own commoner spelling.
@Suite struct SourceSpellingTests {
    static func counts(_ words: [String: Int]) -> (String) -> Int { { words[$0] ?? 0 } }

    @Test func aRareSpellingOneEditFromACommonOneIsCorrected() {
        let count = Self.counts(["sovereignty": 3, "sovreignty": 1, "hatoyama": 2, "hayotama": 1])
        #expect(SourceSpelling.correction(of: "sovreignty", count: count) == "sovereignty")
        // Two letters swapped, and the capital kept.
        #expect(SourceSpelling.correction(of: "Hayotama", count: count) == "Hatoyama")
        #expect(SourceSpelling.corrected("Yukio Hayotama", count: count) == "Yukio Hatoyama")
        #expect(SourceSpelling.corrected("Yukio Hatoyama", count: count) == nil)
    }

    @Test func otherFormsAndRareWordsAreLeftAlone() {
        // A plural or an ending is another form, not a misspelling; a spelling seen once is no authority; short
        // words are left alone.
        let count = Self.counts(["treaty": 5, "treaties": 1, "signed": 4, "sign": 1, "thylakoid": 1, "thylakoids": 1, "tokyo": 9])
        #expect(SourceSpelling.correction(of: "treaties", count: count) == nil)
        #expect(SourceSpelling.correction(of: "sign", count: count) == nil)
        #expect(SourceSpelling.correction(of: "thylakoid", count: count) == nil)
        #expect(SourceSpelling.correction(of: "toky", count: count) == nil)
    }

    @Test func theAuditListsAMisspelledAnswerUntilBothFormsAreAccepted() throws {
        var cards = [
            Card(id: "a", kind: .question, prompt: "Who led the Democratic Party of Japan in 2009?", answer: "Yukio Hayotama"),
            Card(id: "b", kind: .question, prompt: "Which party did Hatoyama lead?", answer: "Democratic Party of Japan"),
            Card(id: "c", kind: .question, prompt: "When did Hatoyama resign?", answer: "2010"),
        ]
        let source = "Hatoyama led the party. Hatoyama resigned in 2010. Yukio Hayotama was prime minister."
        let found = DeckAudit.deckFindings(Deck(title: "T", cards: cards), sourceText: source)
        #expect(found.map(\.rule) == [.sourceSpelling] && found.first?.card == 0)
        #expect(found.first?.message.contains("'Yukio Hatoyama'") == true)
        // Without the source, two cards are too few to tell which spelling is right; three are enough.
        #expect(DeckAudit.deckFindings(Deck(title: "T", cards: cards)).isEmpty)
        cards.append(Card(id: "d", kind: .question, prompt: "Whom did Hatoyama succeed?", answer: "Taro Aso"))
        #expect(DeckAudit.deckFindings(Deck(title: "T", cards: cards)).map(\.card) == [0])
        cards[0].accepted = ["Yukio Hatoyama"]
        #expect(DeckAudit.deckFindings(Deck(title: "T", cards: cards), sourceText: source).isEmpty)
    }
}
