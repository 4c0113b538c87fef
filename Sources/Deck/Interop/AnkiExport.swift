/// Writes a deck in Anki's plain-text import format, with file headers: question cards as Basic notes,
/// cloze cards as Cloze notes (`{{c1::…}}`), choice and true/false cards as Basic notes with the options
/// on the front. Tab-separated, no HTML (so text is imported exactly).
public enum AnkiExport {
    public static func text(_ deck: Deck) -> String {
        var lines = [
            "#separator:tab",
            "#html:false",
            "#notetype column:1",
            "#deck:\(clean(deck.title))",
            "#tags column:4",
        ]
        for card in deck.cards {
            let tags = (card.tags + ["quiz::\(card.id)"]).map { $0.replacingOccurrences(of: " ", with: "_") }.joined(separator: " ")
            let fields: (String, String, String)
            switch card.kind {
            case .question:
                let back = card.accepted.isEmpty ? card.answer : card.answer + " (also: " + card.accepted.joined(separator: "; ") + ")"
                fields = ("Basic", card.prompt, back)
            case .cloze:
                var n = 0
                let text = ClozeText(card.prompt).rendered { gap in
                    n += 1
                    return "{{c\(n)::\(gap)}}"
                }
                fields = ("Cloze", text, card.hint ?? "")
            case .choice:
                let options = card.choices.enumerated().map { k, c in "\(Character(Unicode.Scalar(UInt8(97 + k % 26))))) \(c)" }
                fields = ("Basic", card.prompt + "\n" + options.joined(separator: "\n"), card.answer)
            case .truefalse:
                fields = ("Basic", "True or false: " + card.prompt, card.isTrue ? "True" : "False")
            }
            lines.append([fields.0, quote(fields.1), quote(fields.2), quote(tags)].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Fields with tabs, quotes or line breaks are quoted, quotes doubled (as Anki's importer reads them).
    static func quote(_ s: String) -> String {
        guard s.contains(where: { $0 == "\t" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func clean(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: " ") }
}
