/// What a card template shows, read from its `{{…}}` references: the fields on the front (the question), the
/// fields only on the back (the answer, with `{{type:Field}}` fields counted as answers), `{{hint:Field}}`
/// fields (hints) and the `{{cloze:Field}}` field. Conditional sections (`{{#F}}`, `{{^F}}`, `{{/F}}`),
/// comments and `{{FrontSide}}` are not fields shown.
public struct AnkiTemplateFields: Equatable, Sendable {
    public var question: [String] = []
    public var answer: [String] = []
    public var hints: [String] = []
    public var cloze: String? = nil

    public init(front: String, back: String) {
        let f = Self.references(front), b = Self.references(back)
        var typed: [String] = []
        for (filters, field) in f {
            if filters.contains("hint") { add(field, to: &hints) }
            else if filters.contains("type") { add(field, to: &typed) }
            else if filters.contains("cloze") { if cloze == nil { cloze = field } }
            else { add(field, to: &question) }
        }
        for field in typed { add(field, to: &answer) }
        for (filters, field) in b where field != "FrontSide" {
            if filters.contains("hint") { add(field, to: &hints); continue }
            if filters.contains("cloze") { if cloze == nil { cloze = field }; continue }
            if !question.contains(field) && !hints.contains(field) { add(field, to: &answer) }
        }
    }

    private func add(_ field: String, to list: inout [String]) {
        if !list.contains(field) { list.append(field) }
    }

    /// Each `{{filter:…:Field}}` in a template: its filters (lower-cased) and field name, in order.
    static func references(_ template: String) -> [(filters: [String], field: String)] {
        var out: [(filters: [String], field: String)] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let body = rest[open.upperBound..<close.lowerBound].trimmingWhitespace()
            rest = rest[close.upperBound...]
            guard let first = body.first, !"#^/!".contains(first) else { continue }
            let parts = body.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            guard let field = parts.last, !field.isEmpty else { continue }
            out.append((parts.dropLast().map { $0.lowercased() }, field))
        }
        return out
    }
}
