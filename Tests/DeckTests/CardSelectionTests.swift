import Testing
@testable import Deck

/// The builder's selection under a `Restraint`: one card per fact, two per sentence, the quota, the audit.
@Suite struct CardSelectionTests {
    static let audit = DeckAudit(model: try! SyntaxModel.bundled())

    static func card(_ id: String, _ kind: CardKind, _ prompt: String, _ answer: String, fact: String, score: Double) -> Card {
        kind == .cloze ? Card.cloze(id: id, text: prompt, score: score, fact: fact)
            : Card(id: id, kind: kind, prompt: prompt, answer: answer, score: score, fact: fact)
    }

    @Test func oneCardPerFactTheBestThatPasses() {
        var selection = CardSelection(Restraint(audit: Self.audit), words: 1000)
        // The question speaks in the author's voice: the cloze of the same fact is kept instead.
        let forms = [
            Self.card("q-1", .question, "When did we sign the treaty?", "1960", fact: "3.1/10-14", score: 0.6),
            Self.card("c-1", .cloze, "The treaty was signed in {{1960}}.", "1960", fact: "3.1/10-14", score: 0.3),
        ]
        #expect(selection.offer(forms, parse: Self.audit.model.parse) == 1)
        #expect(selection.count == 1)
        // The same answer from the same sentence is not asked again, whatever its form.
        let again = [Self.card("m-1", .question, "In what year was the treaty signed?", "1960", fact: "3.1/30-34", score: 0.5)]
        #expect(selection.offer(again, parse: Self.audit.model.parse) == nil)
    }

    @Test func aFactOverlappingOneKeptIsTheSameFact() {
        let sentence = "Richard Allen and Absalom Jones became the first African Americans ordained by the Methodist Church."
        func cloze(_ id: String, _ answer: String, _ fact: String) -> Card {
            Self.card(id, .cloze, sentence.replacingOccurrences(of: answer, with: "{{\(answer)}}"), answer, fact: fact, score: 0.5)
        }
        let wide = cloze("c-3", "first African Americans", "4.1/43-66"), inside = cloze("c-4", "African Americans", "4.1/49-66")
        // Each passes on its own.
        var alone = CardSelection(Restraint(audit: Self.audit), words: 1000)
        #expect(alone.offer([inside], parse: Self.audit.model.parse) == 0)
        var selection = CardSelection(Restraint(audit: Self.audit), words: 1000)
        #expect(selection.offer([wide], parse: Self.audit.model.parse) == 0)
        #expect(selection.offer([inside], parse: Self.audit.model.parse) == nil)
        // Beside it in the same sentence, or at the same place of another sentence, is another fact.
        #expect(selection.offer([cloze("c-5", "Methodist Church", "4.1/83-99")], parse: Self.audit.model.parse) == 0)
        #expect(selection.offer([cloze("c-6", "African Americans", "4.2/49-66")], parse: Self.audit.model.parse) == 0)
        #expect(CardSelection.span(ofFact: "7.1/4-19") == 4..<19 && CardSelection.span(ofFact: "7.1/4") == nil)
    }

    @Test func aBadBlankSpoilsEveryFormOfItsFact() {
        var selection = CardSelection(Restraint(audit: Self.audit), words: 1000)
        // "Meiji" alone is half a name: the question on it goes too.
        let forms = [
            Self.card("q-2", .question, "Which restoration changed Japan?", "Meiji", fact: "5.1/4-9", score: 0.6),
            Self.card("c-2", .cloze, "The {{Meiji}} Restoration changed Japan.", "Meiji", fact: "5.1/4-9", score: 0.3),
        ]
        #expect(selection.offer(forms, parse: Self.audit.model.parse) == nil)
        #expect(selection.count == 0)
    }

    /// The builder makes a fact's choice and true/false statement only when its question and cloze fail the audit,
    /// and a fact whose cloze is spoilt has no card at all: the selection tells the two apart.
    @Test func whatBecameOfTheFormsOffered() {
        var selection = CardSelection(Restraint(audit: Self.audit), words: 1000)
        // A cloze whose prompt opens on a pronoun fails, but spoils no other form: another may pass.
        let pointing = Self.card("c-7", .cloze, "It was signed in {{1960}} in Washington.", "1960", fact: "6.2/17-21", score: 0.3)
        #expect(selection.consider([pointing], parse: Self.audit.model.parse) == .noFormPasses)
        let spoilt = Self.card("c-8", .cloze, "The {{Meiji}} Restoration changed Japan.", "Meiji", fact: "5.1/4-9", score: 0.3)
        #expect(selection.consider([spoilt], parse: Self.audit.model.parse) == .refused)
        let good = Self.card("c-9", .cloze, "The treaty was signed in {{1960}}.", "1960", fact: "3.1/25-29", score: 0.3)
        #expect(selection.consider([good], parse: Self.audit.model.parse) == .kept(0))
        #expect(selection.consider([good], parse: Self.audit.model.parse) == .refused)
        #expect(selection.count == 1)
    }

    @Test func twoPerSentenceAndTheQuota() {
        // 60 words: a quota of three cards.
        var selection = CardSelection(Restraint(audit: Self.audit), words: 60)
        #expect(selection.quota == 3)
        let sentence = "The treaty with {{Japan}} was signed by the United States in Washington in 1960."
        let answers = ["Japan", "United States", "Washington"]
        var kept = 0
        for (k, answer) in answers.enumerated() {
            let prompt = sentence.replacingOccurrences(of: "{{Japan}}", with: "Japan").replacingOccurrences(of: answer, with: "{{\(answer)}}")
            if selection.offer([Self.card("c-\(k)", .cloze, prompt, answer, fact: "1.1/\(k)", score: 0.5)], parse: Self.audit.model.parse) != nil {
                kept += 1
            }
        }
        #expect(kept == 2)
        let other = Self.card("c-9", .cloze, "Tokyo is the {{capital city}} of Japan.", "capital city", fact: "2.1/13-25", score: 0.4)
        #expect(selection.offer([other], parse: Self.audit.model.parse) == 0)
        #expect(selection.isFull)
        let more = Self.card("c-10", .cloze, "Osaka is a large {{port}}.", "port", fact: "2.2/17-21", score: 0.4)
        #expect(selection.offer([more], parse: Self.audit.model.parse) == nil)
    }
}
