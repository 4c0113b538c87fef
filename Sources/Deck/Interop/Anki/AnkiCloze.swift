/// Anki's cloze markup (`{{c1::answer}}`, `{{c2::answer::hint}}`) as the deck format's gaps, one cloze
/// number at a time: the deletions of that number become `{{answer}}` gaps, the others show as their text.
public enum AnkiCloze {
    /// The sentence for cloze number `number`, with its gaps, and the hints given for them.
    public struct Card: Equatable, Sendable {
        public var text: String
        public var hints: [String]
        public var gaps: Int
    }

    /// The cloze numbers used in `text`, ascending.
    public static func numbers(in text: String) -> [Int] {
        var found = Set<Int>()
        for deletion in deletions(text) { found.insert(deletion.number) }
        return found.sorted()
    }

    /// The card for cloze `number` (from 1); literal braces of the text are escaped.
    public static func card(_ text: String, number: Int) -> Card {
        var out = "", hints: [String] = [], gaps = 0
        var cursor = text.startIndex
        for d in deletions(text) {
            out += ClozeText.escape(String(text[cursor..<d.range.lowerBound]))
            // Deletions nested inside this one show as their text.
            let body = plain(d.body)
            if d.number == number, !body.trimmingWhitespace().isEmpty {
                out += "{{" + ClozeText.escape(body) + "}}"
                gaps += 1
                if let hint = d.hint, !hint.isEmpty { hints.append(hint) }
            } else {
                out += ClozeText.escape(body)
            }
            cursor = d.range.upperBound
        }
        out += ClozeText.escape(String(text[cursor...]))
        return Card(text: out, hints: hints, gaps: gaps)
    }

    /// `text` with every deletion replaced by its answer.
    static func plain(_ text: String) -> String {
        var out = "", cursor = text.startIndex
        for d in deletions(text) {
            out += text[cursor..<d.range.lowerBound]
            out += plain(d.body)
            cursor = d.range.upperBound
        }
        return out + text[cursor...]
    }

    /// One top-level `{{cN::body::hint}}` in a text.
    struct Deletion {
        var range: Range<String.Index>
        var number: Int
        var body: String
        var hint: String?
    }

    /// The top-level deletions in order; a deletion's closing `}}` is found past any nested ones.
    static func deletions(_ text: String) -> [Deletion] {
        var out: [Deletion] = []
        var search = text.startIndex
        while let open = text.range(of: "{{c", range: search..<text.endIndex) {
            let digits = text[open.upperBound...].prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let number = Int(digits), text[digits.endIndex...].hasPrefix("::") else {
                search = open.upperBound
                continue
            }
            let bodyStart = text.index(digits.endIndex, offsetBy: 2)
            var depth = 1, k = bodyStart, end: String.Index? = nil
            while k < text.endIndex {
                if text[k...].hasPrefix("{{") { depth += 1; k = text.index(k, offsetBy: 2); continue }
                if text[k...].hasPrefix("}}") {
                    depth -= 1
                    if depth == 0 { end = k; break }
                    k = text.index(k, offsetBy: 2)
                    continue
                }
                k = text.index(after: k)
            }
            guard let close = end else { break }
            var body = String(text[bodyStart..<close]), hint: String? = nil
            // The hint follows the first top-level `::`.
            if let sep = topLevelHintSeparator(body) {
                hint = String(body[sep.upperBound...])
                body = String(body[..<sep.lowerBound])
            }
            out.append(Deletion(range: open.lowerBound..<text.index(close, offsetBy: 2), number: number, body: body, hint: hint))
            search = text.index(close, offsetBy: 2)
        }
        return out
    }

    private static func topLevelHintSeparator(_ body: String) -> Range<String.Index>? {
        var depth = 0, k = body.startIndex
        while k < body.endIndex {
            if body[k...].hasPrefix("{{") { depth += 1; k = body.index(k, offsetBy: 2); continue }
            if body[k...].hasPrefix("}}") { depth -= 1; k = body.index(k, offsetBy: 2); continue }
            if depth == 0, body[k...].hasPrefix("::") { return k..<body.index(k, offsetBy: 2) }
            k = body.index(after: k)
        }
        return nil
    }
}
