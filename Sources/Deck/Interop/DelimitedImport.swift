/// Reads Anki-style or Quizlet-style delimited text (tab, comma or semicolon; Anki's `#key:value` header
/// lines honoured) into a deck: a front and a back per line, `{{c1::…}}` cloze text as cloze cards; columns
/// named `Hint`, `Source` and `Accept` in a `#columns` header give the cards' hints, sources and accepted
/// answers (`; `-separated).
public enum DelimitedImport {
    public static func parse(_ text: String, file: String, title: String) -> DeckParseResult {
        var diagnostics: [Diagnostic] = []
        var separator: Character? = nil
        var notetypeColumn: Int? = nil, tagsColumn: Int? = nil, deckTitle: String? = nil
        var html = false
        var columnNames: String? = nil, deckSource: String? = nil
        var records: [(line: Int, fields: [String])] = []
        let lines = TextLines.split(text).map(String.init)
        var dataStart = 0
        for (i, line) in lines.enumerated() where line.hasPrefix("#") {
            dataStart = i + 1
            let body = line.dropFirst()
            guard let colon = body.firstIndex(of: ":") else { continue }
            let key = body[..<colon].trimmingWhitespace().lowercased(), value = body[body.index(after: colon)...].trimmingWhitespace()
            switch key {
            case "separator":
                switch value.lowercased() {
                case "tab", "\t": separator = "\t"
                case "comma", ",": separator = ","
                case "semicolon", ";": separator = ";"
                case "space": separator = " "
                case "pipe", "|": separator = "|"
                case "colon", ":": separator = ":"
                default:
                    if value.count == 1 { separator = value.first } else {
                        diagnostics.append(Diagnostic(file: file, line: i + 1, column: nil, message: "unknown separator '\(value)'"))
                    }
                }
            case "html": html = value.lowercased() == "true"
            case "notetype column", "tags column":
                guard let n = Int(value), n >= 1, n <= maxColumn else {
                    diagnostics.append(Diagnostic(file: file, line: i + 1, column: nil,
                                                  message: "\(key) '\(value)' is not a column number from 1 to \(maxColumn)"))
                    continue
                }
                if key == "tags column" { tagsColumn = n } else { notetypeColumn = n }
            case "deck": deckTitle = value
            case "columns": columnNames = String(body[body.index(after: colon)...])
            case AnkiExport.sourceHeader: deckSource = value.isEmpty ? nil : value
            default: break
            }
        }
        if dataStart < lines.count, lines[0..<dataStart].contains(where: { !$0.hasPrefix("#") }) { dataStart = 0 }
        let body = lines[dataStart...]
        let sep = separator ?? guessSeparator(body.prefix(20).joined(separator: "\n"))
        // 1-based columns of the hint and the source, when the header names them.
        let names = columnNames.map { $0.split(separator: sep, omittingEmptySubsequences: false).map { $0.trimmingWhitespace().lowercased() } } ?? []
        let hintColumn = names.firstIndex(of: "hint").map { $0 + 1 }, sourceColumn = names.firstIndex(of: "source").map { $0 + 1 }
        let acceptColumn = names.firstIndex(of: "accept").map { $0 + 1 }
        // Split into records, honouring quoted fields that span lines.
        var fields: [String] = [], field = "", inQuotes = false, atFieldStart = true, startLine = dataStart + 1
        var lineNumber = dataStart
        for line in body {
            lineNumber += 1
            if !inQuotes {
                if line.allSatisfy(\.isWhitespace) { continue }
                startLine = lineNumber
            }
            var chars = Array(line)[...]
            while let c = chars.first {
                chars = chars.dropFirst()
                if inQuotes {
                    if c == "\"" {
                        if chars.first == "\"" { field.append("\""); chars = chars.dropFirst() } else { inQuotes = false }
                    } else { field.append(c) }
                } else if c == "\"" && atFieldStart {
                    inQuotes = true
                    atFieldStart = false
                } else if c == sep {
                    fields.append(field); field = ""; atFieldStart = true
                } else {
                    field.append(c); atFieldStart = false
                }
            }
            if inQuotes { field.append("\n"); continue }
            fields.append(field)
            records.append((startLine, fields))
            fields = []; field = ""; atFieldStart = true
        }
        if inQuotes {
            diagnostics.append(Diagnostic(file: file, line: startLine, column: nil, message: "quoted field is never closed"))
        }
        var deck = Deck(title: deckTitle ?? title, source: deckSource)
        var seen: [String: Int] = [:]
        for (line, record) in records {
            var values = record
            var notetype = "Basic"
            var tags: [String] = []
            if let t = tagsColumn, t >= 1, t <= values.count {
                // Split as the deck format splits `Tags:` (spaces or commas), so the deck written reads back.
                tags = DeckReader.tags(values[t - 1]).filter { !$0.hasPrefix("quiz::") }
            }
            let idTag = tagsColumn.flatMap { t in t >= 1 && t <= values.count ? values[t - 1].split(separator: " ").first { $0.hasPrefix("quiz::") } : nil }
            var remove: [Int] = []
            if let n = notetypeColumn, n >= 1, n <= values.count { notetype = values[n - 1]; remove.append(n - 1) }
            if let t = tagsColumn, t >= 1, t <= values.count { remove.append(t - 1) }
            var hint: String? = nil, source: SourceRef? = nil
            if let h = hintColumn, h <= values.count {
                let text = (html ? stripHTML(values[h - 1]) : values[h - 1]).trimmingWhitespace()
                hint = text.isEmpty ? nil : text
                remove.append(h - 1)
            }
            if let s = sourceColumn, s <= values.count {
                let text = (html ? stripHTML(values[s - 1]) : values[s - 1]).trimmingWhitespace()
                if !text.isEmpty {
                    source = DeckReader.sourceRef(text)
                    if source == nil {
                        diagnostics.append(Diagnostic(file: file, line: line, column: nil, severity: .warning,
                                                      message: "source '\(text)' is not a line or range such as 12 or file:12-14; left out"))
                    }
                }
                remove.append(s - 1)
            }
            var acceptedColumn: [String]? = nil
            if let a = acceptColumn, a <= values.count {
                let text = (html ? stripHTML(values[a - 1]) : values[a - 1]).trimmingWhitespace()
                acceptedColumn = text.isEmpty ? [] : text.split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
                remove.append(a - 1)
            }
            for k in Set(remove).sorted(by: >) { values.remove(at: k) }
            if html { values = values.map(stripHTML) }
            guard let front = values.first?.trimmingWhitespace(), !front.isEmpty else {
                diagnostics.append(Diagnostic(file: file, line: line, column: nil, message: "empty front field"))
                continue
            }
            let back = values.count > 1 ? values[1].trimmingWhitespace() : ""
            var id = idTag.flatMap { cardID(fromTag: $0.dropFirst("quiz::".count)) } ?? "imported-\(line)"
            if let first = seen[id] { id += "-\(line)"; _ = first }
            seen[id] = line
            if notetype.lowercased().hasPrefix("cloze") || front.contains("{{c1::") {
                let converted = convertCloze(front)
                let cloze = ClozeText(converted)
                if let problem = cloze.problems.first {
                    diagnostics.append(Diagnostic(file: file, line: line, column: nil, message: problem.message))
                    continue
                }
                var card = Card.cloze(id: id, text: converted, accepted: acceptedColumn ?? [], tags: tags, source: source)
                card.hint = hint ?? (back.isEmpty ? nil : back)
                deck.cards.append(card)
                continue
            }
            guard !back.isEmpty else {
                diagnostics.append(Diagnostic(file: file, line: line, column: nil, message: "missing back field (answer)"))
                continue
            }
            if let (prompt, choices) = choiceFront(front), let answer = choices.first(where: { $0 == back }) {
                deck.cards.append(Card(id: id, kind: .choice, prompt: prompt, answer: answer, choices: choices, hint: hint, tags: tags,
                                       source: source))
            } else if front.hasPrefix("True or false: "), ["true", "false"].contains(back.lowercased()) {
                deck.cards.append(Card(id: id, kind: .truefalse, prompt: String(front.dropFirst("True or false: ".count)),
                                       answer: back.lowercased(), hint: hint, tags: tags, source: source))
            } else {
                var answer = back, accepted: [String] = []
                if let r = back.range(of: " (also: "), back.hasSuffix(")") {
                    answer = String(back[..<r.lowerBound])
                    accepted = back[r.upperBound...].dropLast().split(separator: ";").map { $0.trimmingWhitespace() }
                }
                if let acceptedColumn { accepted = acceptedColumn }
                deck.cards.append(Card(id: id, kind: .question, prompt: front, answer: answer, accepted: accepted, hint: hint, tags: tags,
                                       source: source))
            }
        }
        if records.isEmpty && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: file, line: 1, column: nil, message: "no cards: expected lines of front and back separated by a tab, comma or semicolon"))
        }
        return DeckParseResult(deck: deck, diagnostics: diagnostics)
    }

    /// The largest column number a header may name.
    static let maxColumn = 1000

    /// A card id from the text of a `quiz::` tag: whitespace and control characters become `-`; nil when
    /// nothing is left.
    static func cardID(fromTag text: Substring) -> String? {
        var id = ""
        for scalar in text.unicodeScalars {
            let bad = scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format
            id.unicodeScalars.append(bad ? "-" : scalar)
        }
        return id.allSatisfy({ $0 == "-" }) ? nil : id
    }

    /// Tab if any line has one, else semicolon, else comma.
    static func guessSeparator(_ sample: String) -> Character {
        if sample.contains("\t") { return "\t" }
        if sample.contains(";") { return ";" }
        return ","
    }

    /// `{{c1::answer}}` / `{{c1::answer::hint}}` → `{{answer}}`, other braces escaped.
    static func convertCloze(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{c") {
            out += ClozeText.escape(String(rest[..<open.lowerBound]))
            let after = rest[open.upperBound...]
            guard let sep = after.range(of: "::"), after[..<sep.lowerBound].allSatisfy(\.isNumber),
                  let close = after[sep.upperBound...].range(of: "}}") else {
                out += ClozeText.escape(String(rest[open.lowerBound...]))
                return out
            }
            var body = String(after[sep.upperBound..<close.lowerBound])
            if let hint = body.range(of: "::") { body = String(body[..<hint.lowerBound]) }
            out += "{{" + ClozeText.escape(body) + "}}"
            rest = after[close.upperBound...]
        }
        return out + ClozeText.escape(String(rest))
    }

    /// A front written by `AnkiExport` for a choice card: the question, then `a) …` lines.
    static func choiceFront(_ front: String) -> (String, [String])? {
        let lines = TextLines.split(front).filter { !$0.isEmpty }.map(String.init)
        guard lines.count >= 3 else { return nil }
        var choices: [String] = []
        for (k, line) in lines.dropFirst().enumerated() {
            let prefix = "\(Character(Unicode.Scalar(UInt8(97 + k % 26))))) "
            guard line.hasPrefix(prefix) else { return nil }
            choices.append(String(line.dropFirst(prefix.count)))
        }
        return (lines[0], choices)
    }

    static func stripHTML(_ s: String) -> String {
        var out = "", inTag = false
        for c in s.replacingOccurrences(of: "<br>", with: "\n") {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return out.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
    }
}
