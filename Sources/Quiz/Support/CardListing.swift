import Deck

/// Renders a deck as a readable list of cards for `quiz show`.
enum CardListing {
    static func render(_ deck: Deck) -> String {
        var out = ["\(deck.title) · \(deck.cards.count) card\(deck.cards.count == 1 ? "" : "s")"
                   + (deck.source.map { " · from \($0)" } ?? "")]
        for (n, card) in deck.cards.enumerated() {
            let place = card.source.map { "  (line \($0.description))" } ?? ""
            out.append("")
            out.append("\(n + 1). [\(card.kind.rawValue)] \(card.id)\(place)")
            out.append("   \(label(card.kind)): \(card.displayPrompt)")
            if card.kind == .choice {
                for (k, choice) in card.choices.enumerated() {
                    let letter = Character(Unicode.Scalar(UInt8(97 + k % 26)))
                    out.append("     \(letter)) \(choice)\(choice == card.answer ? "  ✓" : "")")
                }
            } else {
                out.append("   A: \(card.answer)")
            }
            if !card.accepted.isEmpty { out.append("   also: \(card.accepted.joined(separator: " | "))") }
            if let hint = card.hint { out.append("   hint: \(hint)") }
            if !card.tags.isEmpty { out.append("   tags: \(card.tags.joined(separator: " "))") }
        }
        return out.joined(separator: "\n")
    }

    static func label(_ kind: CardKind) -> String {
        switch kind {
        case .question, .choice: return "Q"
        case .cloze: return "Cloze"
        case .truefalse: return "True or false"
        }
    }
}
