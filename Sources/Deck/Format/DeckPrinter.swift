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
        let id = appendHeading(card.id, to: &out)
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
        appendEnd(accepted: card.accepted, hint: card.hint, tags: card.tags, source: card.source, score: card.score, fact: card.fact, to: &out)
        return id
    }

    /// A card's first line (after the blank line before it): `## id`. Returns where the id is in `out`.
    static func appendHeading(_ id: String, to out: inout TextBuffer) -> Range<Int> {
        out += "\n## "
        let start = out.count
        out += id
        let range = start..<out.count
        out += "\n"
        return range
    }

    /// A card's last lines, after its question and answer.
    static func appendEnd(accepted: [String], hint: String?, tags: [String], source: SourceRef?, score: Double?,
                          fact: String? = nil, to out: inout TextBuffer) {
        for alternative in accepted { field("Accept", alternative, &out) }
        if let hint { field("Hint", hint, &out) }
        if !tags.isEmpty {
            out += "Tags: "
            for (k, tag) in tags.enumerated() {
                if k > 0 { out += " " }
                out += tag
            }
            out += "\n"
        }
        if let source {
            // "Source: 12" (a line of the deck's own source) is by far the most common: no string is made for it.
            if source.file == nil && source.endLine == source.line {
                out += "Source: "
                out.append(source.line)
                out += "\n"
            } else {
                field("Source", source.description, &out)
            }
        }
        if let score {
            // (Appended in pieces: an interpolated string is built, and freed, for every card.)
            out += "Score: "
            out.append(score)
            out += "\n"
        }
        if let fact { field("Fact", fact, &out) }
    }

    /// The lines of one card, from its `## id` heading to its last field.
    public static func lines(for card: Card) -> [String] {
        var buffer = TextBuffer()
        append(card, to: &buffer)
        return buffer.text.dropFirst().dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A field whose value `write` writes into `out` as it stands (no string is made for it when it is raw, as
    /// nearly every one is); `value` makes it as a string for any other.
    static func field(_ head: String, writing write: (inout TextBuffer) -> Void, value: () -> String, _ out: inout TextBuffer) {
        let start = out.count
        out += head
        out += ": "
        let valueStart = out.count
        write(&out)
        let raw = out.withUnsafeBytes { FieldValue.isRaw(UnsafeBufferPointer(rebasing: $0.assumingMemoryBound(to: UInt8.self)[valueStart...])) }
        if raw {
            out += "\n"
        } else {
            out.removeLast(out.count - start)
            field(head, value(), &out)
        }
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
