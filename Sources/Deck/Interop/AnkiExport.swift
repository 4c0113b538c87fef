/// Writes a deck in Anki's plain-text import format, with file headers: question cards as Basic notes,
/// cloze cards as Cloze notes (`{{c1::…}}`), choice and true/false cards as Basic notes with the options
/// on the front. Tab-separated, no HTML (so text is imported exactly). Each card's hint, source and accepted
/// answers are three more columns, named `Hint`, `Source` and `Accept` in the `#columns` header: Anki fills
/// note fields of those names (added to its note types) and leaves the columns out otherwise; `quiz import`
/// reads them back.
public enum AnkiExport {
    /// The column names, in order: note type, the note type's two fields, hint, source, accepted answers, tags.
    public static let columns = ["Notetype", "Front", "Back", "Hint", "Source", "Accept", "Tags"]

    /// The header that names the deck's source text (a comment to Anki).
    public static let sourceHeader = "quiz source"

    public static func text(_ deck: Deck) -> String {
        var lines = [
            "#separator:tab",
            "#html:false",
            "#notetype column:1",
            "#deck:\(clean(deck.title))",
            "#columns:" + columns.joined(separator: "\t"),
            "#tags column:\(columns.count)",
        ]
        if let source = deck.source { lines.append("#\(sourceHeader):\(clean(source))") }
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
            let extra = [card.hint ?? "", card.source?.description ?? "", card.accepted.joined(separator: "; ")]
            lines.append(([fields.0, fields.1, fields.2] + extra + [tags]).map(quote).joined(separator: "\t"))
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
