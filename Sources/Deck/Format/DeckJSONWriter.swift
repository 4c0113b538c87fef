/// Writes a deck as JSON a card at a time: the same text as `JSONEncoder` with pretty printing, sorted
/// keys and unescaped slashes, so a large deck never has to be held twice.
public enum DeckJSONWriter {
    /// The whole deck, as `JSONEncoder` would write it.
    public static func text(_ deck: Deck) -> String {
        var out = TextBuffer()
        out += header()
        for (k, card) in deck.cards.enumerated() { append(card, first: k == 0, to: &out) }
        out += footer(title: deck.title, source: deck.source, empty: deck.cards.isEmpty)
        return out.text
    }

    /// What comes before the first card.
    public static func header() -> String { "{\n  \"cards\" : [" }

    /// What comes after the last card (keys are sorted: the cards come first).
    public static func footer(title: String, source: String?, empty: Bool) -> String {
        var out = TextBuffer()
        out += empty ? "\n\n  ]" : "\n  ]"
        if let source {
            out += ",\n  \"source\" : "
            string(source, &out)
        }
        out += ",\n  \"title\" : "
        string(title, &out)
        out += "\n}"
        return out.text
    }

    /// Appends one card, with the comma that separates it from the one before. Returns where its id is in
    /// `out` (between the quotes).
    @discardableResult
    public static func append(_ card: Card, first: Bool, to out: inout TextBuffer) -> Range<Int> {
        out += first ? "\n    {\n" : ",\n    {\n"
        array("accepted", card.accepted, &out)
        key("answer", &out); string(card.answer, &out); out += ",\n"
        array("choices", card.choices, &out)
        if let fact = card.fact { key("fact", &out); string(fact, &out); out += ",\n" }
        if let hint = card.hint { key("hint", &out); string(hint, &out); out += ",\n" }
        key("id", &out)
        let idStart = out.count + 1
        string(card.id, &out)
        let id = idStart..<out.count - 1
        out += ",\n"
        key("kind", &out); string(card.kind.rawValue, &out); out += ",\n"
        key("prompt", &out); string(card.prompt, &out); out += ",\n"
        if let score = card.score { key("score", &out); number(score, &out); out += ",\n" }
        if let source = card.source {
            key("source", &out)
            out += "{\n        \"endLine\" : "
            out.append(source.endLine)
            out += ",\n"
            if let file = source.file { out += "        \"file\" : "; string(file, &out); out += ",\n" }
            out += "        \"line\" : "
            out.append(source.line)
            out += "\n      },\n"
        }
        array("tags", card.tags, &out, last: true)
        out += "    }"
        return id
    }

    static func key(_ name: String, _ out: inout TextBuffer) {
        out += "      \""
        out += name
        out += "\" : "
    }

    static func array(_ name: String, _ values: [String], _ out: inout TextBuffer, last: Bool = false) {
        key(name, &out)
        if values.isEmpty {
            out += "[\n\n      ]"
        } else {
            out += "[\n"
            for (k, v) in values.enumerated() {
                out += "        "
                string(v, &out)
                out += k + 1 < values.count ? ",\n" : "\n"
            }
            out += "      ]"
        }
        out += last ? "\n" : ",\n"
    }

    /// A number as `JSONEncoder` writes it: Swift's shortest form, without a trailing ".0".
    static func number(_ value: Double, _ out: inout TextBuffer) {
        let start = out.count
        out.append(value)
        let n = out.count
        if n - start >= 3, out[n - 2] == 0x2E, out[n - 1] == 0x30 { out.removeLast(2) }
    }

    /// A JSON string: `"` `\` and control characters escaped, everything else as it is (as `JSONEncoder` has it).
    static func string(_ value: String, _ out: inout TextBuffer) {
        if !ByteSearch.anyByte(of: value, { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += "\""
            out += value
            out += "\""
        } else {
            var literal = ""
            FieldValue.appendJSONString(value, to: &literal, shortBackspaceAndFormFeed: true) { $0.value < 0x20 }
            out += literal
        }
    }
}
