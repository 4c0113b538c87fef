/// Writes a deck in the plain-text deck format; `DeckParser` reads it back to the same deck.
public enum DeckPrinter {
    public static func print(_ deck: Deck) -> String {
        var out: [String] = ["# \(deck.title)", ""]
        if let source = deck.source {
            out += FieldValue.lines(head: "Source", value: source)
            out.append("")
        }
        for card in deck.cards {
            out += lines(for: card)
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// The lines of one card, from its `## id` heading to its last field.
    public static func lines(for card: Card) -> [String] {
        var out = ["## \(card.id)"]
        switch card.kind {
        case .question:
            out += FieldValue.lines(head: "Q", value: card.prompt)
            out += FieldValue.lines(head: "A", value: card.answer)
        case .cloze:
            out += FieldValue.lines(head: "Cloze", value: card.prompt)
        case .choice:
            out += FieldValue.lines(head: "Q", value: card.prompt)
            for choice in card.choices {
                let head = choice == card.answer ? "- [x]" : "- [ ]"
                out += FieldValue.lines(head: head, value: choice, rawSeparator: " ")
            }
        case .truefalse:
            out += FieldValue.lines(head: "TF", value: card.prompt)
            out.append("A: \(card.isTrue ? "true" : "false")")
        }
        for alternative in card.accepted { out += FieldValue.lines(head: "Accept", value: alternative) }
        if let hint = card.hint { out += FieldValue.lines(head: "Hint", value: hint) }
        if !card.tags.isEmpty { out.append("Tags: " + card.tags.joined(separator: " ")) }
        if let source = card.source { out += FieldValue.lines(head: "Source", value: source.description) }
        if let score = card.score { out.append("Score: \(score)") }
        return out
    }
}
