/// Writes a deck in the plain-text deck format; `DeckParser` reads it back to the same deck.
public enum DeckPrinter {
    public static func print(_ deck: Deck) -> String {
        var out = TextBuffer()
        out += header(title: deck.title, source: deck.source)
        for card in deck.cards { append(card, to: &out) }
        return out.text
    }

    /// The deck's first lines: its title and source (cards follow, each from `append`).
    public static func header(title: String, source: String?) -> String {
        var out = "# \(title)\n"
        if let source {
            out += "\n"
            for line in FieldValue.lines(head: "Source", value: source) { out += line + "\n" }
        }
        return out
    }

    /// Appends one card: a blank line, then its lines. Returns where its id is in `out`.
    @discardableResult
    public static func append(_ card: Card, to out: inout TextBuffer) -> Range<Int> {
        out += "\n## "
        let idStart = out.count
        out += card.id
        let id = idStart..<out.count
        out += "\n"
        switch card.kind {
        case .question:
            field("Q", card.prompt, &out)
            field("A", card.answer, &out)
        case .cloze:
            field("Cloze", card.prompt, &out)
        case .choice:
            field("Q", card.prompt, &out)
            for choice in card.choices {
                field(choice == card.answer ? "- [x]" : "- [ ]", choice, &out, rawSeparator: " ")
            }
        case .truefalse:
            field("TF", card.prompt, &out)
            out += card.isTrue ? "A: true\n" : "A: false\n"
        }
        for alternative in card.accepted { field("Accept", alternative, &out) }
        if let hint = card.hint { field("Hint", hint, &out) }
        if !card.tags.isEmpty {
            out += "Tags: "
            for (k, tag) in card.tags.enumerated() {
                if k > 0 { out += " " }
                out += tag
            }
            out += "\n"
        }
        if let source = card.source {
            // "Source: 12" (a line of the deck's own source) is by far the most common: no string is made for it.
            if source.file == nil && source.endLine == source.line {
                out += "Source: "
                out.append(source.line)
                out += "\n"
            } else {
                field("Source", source.description, &out)
            }
        }
        if let score = card.score {
            // (Appended in pieces: an interpolated string is built, and freed, for every card.)
            out += "Score: "
            out.append(score)
            out += "\n"
        }
        return id
    }

    /// The lines of one card, from its `## id` heading to its last field.
    public static func lines(for card: Card) -> [String] {
        var buffer = TextBuffer()
        append(card, to: &buffer)
        return buffer.text.dropFirst().dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func field(_ head: String, _ value: String, _ out: inout TextBuffer, rawSeparator: String = ": ") {
        if FieldValue.isRaw(value) {
            out += head
            out += rawSeparator
            out += value
            out += "\n"
        } else {
            for line in FieldValue.lines(head: head, value: value, rawSeparator: rawSeparator) {
                out += line
                out += "\n"
            }
        }
    }
}
