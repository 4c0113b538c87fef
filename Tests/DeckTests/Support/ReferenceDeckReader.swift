@testable import Deck

/// A straightforward reading of the deck format by characters and whole strings, with none of `DeckParser`'s
/// byte-level shortcuts: the oracle `DeckParseReferenceTests` compares the parser with. (It reads as the parser
/// read before it worked on the file's bytes; keep it simple rather than fast.)
struct ReferenceDeckReader {
    let file: String
    let lines: [Substring]
    var index = 0
    var diagnostics: [Diagnostic] = []

    /// What `DeckParser.parse(bytes:file:)` should give for `bytes`.
    static func parse(bytes: [UInt8], file: String) -> DeckParseResult {
        let (text, problems) = TextDecoding.decode(bytes, file: file, what: "a deck")
        if problems.hasErrors && text.isEmpty {
            return DeckParseResult(deck: Deck(title: ""), diagnostics: problems)
        }
        var reader = ReferenceDeckReader(file: file, lines: TextLines.split(text))
        var result = reader.read()
        result.diagnostics = sorted(problems + result.diagnostics)
        return result
    }

    static func sorted(_ d: [Diagnostic]) -> [Diagnostic] {
        d.enumerated().sorted { a, b in
            (a.element.line, a.element.column ?? 0, a.offset) < (b.element.line, b.element.column ?? 0, b.offset)
        }.map(\.element)
    }

    mutating func error(_ line: Int, _ column: Int?, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
    }

    mutating func warning(_ line: Int, _ column: Int?, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, severity: .warning, message: message))
    }

    static func trim(_ s: Substring) -> String {
        let scalars = s.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }

    static func isHeading(_ line: Substring, level: Int) -> Bool {
        guard line.hasPrefix(String(repeating: "#", count: level)) else { return false }
        let rest = line.dropFirst(level)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    static func leadingSpaces(_ s: Substring) -> Int {
        s.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
    }

    static func fieldKey(_ line: Substring) -> String? {
        let key = line.prefix { $0.isLetter || $0 == "/" || $0 == "-" }
        guard !key.isEmpty, key.first!.isLetter else { return nil }
        return line.dropFirst(key.count).first == ":" ? String(key) : nil
    }

    mutating func read() -> DeckParseResult {
        var deck = Deck(title: "")
        var sawTitle = false
        var cards: [WrittenCard] = []
        if !lines.contains(where: { Self.isHeading($0, level: 1) || Self.isHeading($0, level: 2) }) {
            error(1, 1, "not a deck: no '# Title' line and no '## card-id' heading (see docs/deck-format.md)")
            return DeckParseResult(deck: deck, diagnostics: diagnostics)
        }
        var sourceField: WrittenField? = nil
        while index < lines.count {
            let lineNumber = index + 1
            let line = lines[index]
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { index += 1; continue }
            if line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("<!--") {
                let start = index + 1
                var closed = false
                while index < lines.count {
                    closed = lines[index].contains("-->")
                    index += 1
                    if closed { break }
                }
                if !closed { error(start, 1, "comment '<!--' is never closed with '-->'") }
                continue
            }
            if Self.isHeading(line, level: 2) {
                let rest = line.dropFirst(2)
                let id = Self.trim(rest)
                let column = 3 + Self.leadingSpaces(rest)
                if id.isEmpty {
                    error(lineNumber, 1, "card heading has no id ('## card-id')")
                } else if id.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
                    error(lineNumber, column, "card id '\(id)' has spaces; an id is one word (e.g. treaty-signed)")
                }
                cards.append(WrittenCard(id: id, line: lineNumber, idColumn: column))
                index += 1
                continue
            }
            if cards.isEmpty && !sawTitle {
                sawTitle = true
                if Self.isHeading(line, level: 1) {
                    deck.title = Self.trim(line.dropFirst(1))
                    if deck.title.isEmpty { error(lineNumber, 1, "the deck title is empty") }
                } else {
                    error(lineNumber, 1, "expected the deck title ('# Title') as the first line")
                }
                index += 1
                continue
            }
            if cards.isEmpty {
                if let written = readField(line, lineNumber) {
                    if written.field == .source {
                        if sourceField != nil { error(lineNumber, written.keyColumn, "duplicate field 'Source'") }
                        sourceField = written
                    } else {
                        warning(lineNumber, written.keyColumn, "field '\(written.field.rawValue)' before the first card is ignored")
                    }
                } else {
                    index += 1
                }
                continue
            }
            if let choice = readChoice(line, lineNumber) {
                cards[cards.count - 1].choices.append(choice)
                continue
            }
            if let written = readField(line, lineNumber) {
                cards[cards.count - 1].fields.append(written)
                continue
            }
            if let key = Self.fieldKey(line) {
                error(lineNumber, 1, "unknown field '\(key)' (fields: Q, A, Cloze, TF, Accept, Hint, Tags, Source, Score)")
            } else if Self.isHeading(line, level: 1) {
                error(lineNumber, 1, "a deck has one '# Title'; cards start with '## card-id'")
            } else {
                error(lineNumber, Self.leadingSpaces(line) + 1, "expected a field ('Key: value') or a choice ('- [x] text')")
            }
            index += 1
        }
        if !sawTitle { error(1, 1, "expected the deck title ('# Title') as the first line") }
        if let s = sourceField {
            if s.value.isEmpty { error(s.line, s.valueColumn, "empty source path") } else { deck.source = s.value }
        }
        var seen: [String: Int] = [:]
        var cardLines: [Int] = []
        for written in cards {
            if let first = seen[written.id], !written.id.isEmpty {
                error(written.line, written.idColumn, "duplicate card id '\(written.id)' (first at line \(first))")
            } else {
                seen[written.id] = written.line
            }
            if let card = check(written) {
                deck.cards.append(card)
                cardLines.append(written.line)
            }
        }
        return DeckParseResult(deck: deck, diagnostics: Self.sorted(diagnostics), cardLines: cardLines)
    }

    mutating func readField(_ line: Substring, _ lineNumber: Int) -> WrittenField? {
        guard let key = Self.fieldKey(line), let field = DeckField(spelling: key) else { return nil }
        return readValue(line.dropFirst(key.count), lineNumber: lineNumber, column: key.unicodeScalars.count + 1, field: field)
    }

    mutating func readValue(_ rest: Substring, lineNumber: Int, column: Int, field: DeckField) -> WrittenField {
        index += 1
        if rest.hasPrefix("::") {
            let literal = rest.dropFirst(2)
            let pad = Self.leadingSpaces(literal)
            let valueColumn = column + 2 + pad
            switch FieldValue.decodeJSONLiteral(literal.dropFirst(pad)) {
            case .success(let value):
                return WrittenField(field: field, value: value, line: lineNumber, keyColumn: 1, valueColumn: valueColumn, form: .literal)
            case .failure(let problem):
                error(lineNumber, valueColumn + problem.offset, problem.message)
                return WrittenField(field: field, value: String(literal.dropFirst(pad)), line: lineNumber, keyColumn: 1, valueColumn: valueColumn, form: .literal)
            }
        }
        let text = rest.dropFirst()
        let pad = Self.leadingSpaces(text)
        let value = Self.trim(text)
        if !value.isEmpty {
            return WrittenField(field: field, value: value, line: lineNumber, keyColumn: 1, valueColumn: column + 1 + pad, form: .raw)
        }
        var block: [Substring] = []
        var end = index
        var k = index
        while k < lines.count {
            let l = lines[k]
            if l.allSatisfy({ $0 == " " || $0 == "\t" }) {
                block.append("")
                k += 1
                continue
            }
            guard l.hasPrefix("  ") else { break }
            block.append(l.dropFirst(2))
            k += 1
            end = k
        }
        block.removeLast(k - end)
        index = end
        return WrittenField(field: field, value: block.joined(separator: "\n"), line: lineNumber, keyColumn: 1,
                            valueColumn: column + 1 + pad, form: block.isEmpty ? .raw : .block)
    }

    mutating func readChoice(_ line: Substring, _ lineNumber: Int) -> WrittenChoice? {
        let scalars = Array(line.unicodeScalars.prefix(5))
        guard scalars.count == 5, scalars[0] == "-" || scalars[0] == "*", scalars[1] == " ", scalars[2] == "[",
              scalars[4] == "]", scalars[3] == " " || scalars[3] == "x" || scalars[3] == "X" else { return nil }
        let correct = scalars[3] != " "
        let rest = line.dropFirst(5)
        if rest.hasPrefix(":") {
            let written = readValue(rest, lineNumber: lineNumber, column: 6, field: .answer)
            return WrittenChoice(correct: correct, text: written.value, line: lineNumber, column: written.valueColumn)
        }
        index += 1
        return WrittenChoice(correct: correct, text: Self.trim(rest), line: lineNumber, column: 6 + Self.leadingSpaces(rest))
    }

    // MARK: Checking a card

    mutating func check(_ w: WrittenCard) -> Card? {
        let at = (w.line, w.idColumn)
        var ok = true
        var seen: [DeckField] = []
        for f in w.fields where f.field != .accept {
            if seen.contains(f.field) {
                error(f.line, f.keyColumn, "duplicate field '\(f.field.rawValue)' in card '\(w.id)'")
                ok = false
            }
            seen.append(f.field)
        }
        let prompts = w.fields.filter { $0.field == .question || $0.field == .cloze || $0.field == .trueFalse }
        if let second = prompts.first(where: { $0.field != prompts[0].field }) {
            error(second.line, second.keyColumn, "a card has one prompt: Q, Cloze or TF, not both '\(prompts[0].field.rawValue)' and '\(second.field.rawValue)'")
            return nil
        }
        guard let promptField = prompts.first else {
            error(at.0, at.1, "card '\(w.id)' has no prompt (Q:, Cloze: or TF:)")
            return nil
        }
        let prompt = promptField.value
        if prompt.allSatisfy(\.isWhitespace) {
            error(promptField.line, promptField.valueColumn, "empty prompt in card '\(w.id)'")
            ok = false
        }
        let answerField = w.first(.answer)
        var kind: CardKind
        var answer = answerField?.value ?? ""
        var choices: [String] = []
        switch promptField.field {
        case .cloze:
            kind = .cloze
            if let a = answerField {
                error(a.line, a.keyColumn, "a cloze card's answer is its {{gaps}}; remove 'A:'")
                ok = false
            }
            let (gaps, problems) = Self.cloze(prompt)
            for (offset, message) in problems {
                let (line, column) = promptField.place(ofOffset: offset)
                error(line, column, message)
                ok = false
            }
            answer = gaps.joined(separator: "; ")
        case .trueFalse:
            kind = .truefalse
            if let a = answerField {
                switch a.value.lowercased() {
                case "true", "t", "yes", "y": answer = "true"
                case "false", "f", "no", "n": answer = "false"
                default:
                    error(a.line, a.valueColumn, "a true/false card's answer is 'true' or 'false', not '\(a.value)'")
                    ok = false
                }
            } else {
                error(at.0, at.1, "missing answer in card '\(w.id)' (A: true or A: false)")
                ok = false
            }
        default:
            if w.choices.isEmpty {
                kind = .question
                if let a = answerField {
                    if a.value.allSatisfy(\.isWhitespace) {
                        error(a.line, a.valueColumn, "empty answer in card '\(w.id)'")
                        ok = false
                    }
                } else {
                    error(at.0, at.1, "missing answer in card '\(w.id)' (A: …)")
                    ok = false
                }
            } else {
                kind = .choice
                choices = w.choices.map(\.text)
                let correct = w.choices.filter(\.correct)
                if correct.count != 1 {
                    let place = correct.count > 1 ? correct[1] : w.choices[0]
                    error(place.line, 1, "a choice card needs exactly one correct choice '- [x]', found \(correct.count)")
                    ok = false
                } else {
                    answer = correct[0].text
                }
                if w.choices.count < 2 {
                    error(w.choices[0].line, 1, "a choice card needs at least two choices")
                    ok = false
                }
                for c in w.choices where c.text.allSatisfy(\.isWhitespace) {
                    error(c.line, c.column, "empty choice")
                    ok = false
                }
                var texts: [String: Int] = [:]
                for c in w.choices {
                    if let first = texts[c.text] {
                        error(c.line, c.column, "choice '\(c.text)' repeats line \(first)")
                        ok = false
                    }
                    texts[c.text] = c.line
                }
                if let a = answerField {
                    error(a.line, a.keyColumn, "a choice card's answer is its '- [x]' choice; remove 'A:'")
                    ok = false
                }
            }
        }
        if kind != .choice, let c = w.choices.first {
            error(c.line, 1, "choices ('- [ ]') belong to a card with a 'Q:' prompt")
            ok = false
        }
        var card = Card(id: w.id, kind: kind, prompt: prompt, answer: answer, choices: choices)
        card.accepted = checkAccepted(w.all(.accept), kind: kind, answer: answer, id: w.id, ok: &ok)
        card.hint = w.first(.hint)?.value
        if let tags = w.first(.tags) {
            card.tags = tags.value.split(whereSeparator: { $0 == "," || $0.isWhitespace }).compactMap { part in
                // A tag loses the scalars at its ends that would merge with a space written next to it.
                var tag = String(part)
                while !tag.isEmpty && (" " + tag).count != tag.count + 1 { tag.unicodeScalars.removeFirst() }
                while !tag.isEmpty && (tag + " ").count != tag.count + 1 { tag.unicodeScalars.removeLast() }
                return tag.isEmpty ? nil : tag
            }
        }
        if let s = w.first(.source) {
            if let ref = Self.sourceRef(s.value) { card.source = ref } else {
                error(s.line, s.valueColumn, "source '\(s.value)' is not 'LINE', 'LINE-LINE' or 'FILE:LINE[-LINE]'")
                ok = false
            }
        }
        if let s = w.first(.score) {
            if let v = Double(s.value), v >= 0, v <= 1 { card.score = v } else {
                error(s.line, s.valueColumn, "score '\(s.value)' is not a number from 0 to 1")
                ok = false
            }
        }
        if let f = w.first(.fact) {
            if !f.value.isEmpty, !f.value.contains(where: \.isWhitespace) { card.fact = f.value } else {
                error(f.line, f.valueColumn, "fact key '\(f.value)' must be one word (e.g. '12.3/40-52')")
                ok = false
            }
        }
        if w.id.isEmpty { ok = false }
        return ok ? card : nil
    }

    /// The gaps of a cloze sentence and its marker problems (offsets in scalars), scalar by scalar.
    static func cloze(_ raw: String) -> (gaps: [String], problems: [(Int, String)]) {
        var gaps: [String] = [], problems: [(Int, String)] = []
        var gap: String? = nil
        var gapStart = 0
        let scalars = Array(raw.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            if c == "\\", let n = next, n == "{" || n == "}" || n == "\\" {
                gap?.unicodeScalars.append(n)
                i += 2
                continue
            }
            if c == "{", next == "{" {
                if gap != nil {
                    problems.append((i, "'{{' inside a cloze gap; gaps cannot nest"))
                } else {
                    gap = ""
                    gapStart = i
                }
                i += 2
                continue
            }
            if c == "}", next == "}" {
                if let g = gap {
                    if g.allSatisfy(\.isWhitespace) { problems.append((gapStart, "empty cloze gap '{{}}'")) }
                    gaps.append(g)
                    gap = nil
                } else {
                    problems.append((i, "'}}' without a matching '{{'"))
                }
                i += 2
                continue
            }
            gap?.unicodeScalars.append(c)
            i += 1
        }
        if gap != nil { problems.append((gapStart, "'{{' without a matching '}}'")) }
        if problems.isEmpty && gaps.isEmpty { problems.append((0, "cloze has no gap; mark the answer as {{answer}}")) }
        return (gaps, problems)
    }

    mutating func checkAccepted(_ written: [WrittenField], kind: CardKind, answer: String, id: String, ok: inout Bool) -> [String] {
        var seen: [String: Int] = [:]
        func key(_ text: String) -> String { Self.trim(text[...]).lowercased() }
        let own = key(answer)
        for f in written {
            switch kind {
            case .choice:
                error(f.line, f.keyColumn, "a choice card's answer is its '- [x]' choice; remove 'Accept:'")
                ok = false
                continue
            case .truefalse:
                error(f.line, f.keyColumn, "a true/false card's answer is 'true' or 'false'; remove 'Accept:'")
                ok = false
                continue
            case .question, .cloze:
                break
            }
            if f.value.allSatisfy(\.isWhitespace) {
                error(f.line, f.valueColumn, "empty accepted answer in card '\(id)'")
                ok = false
                continue
            }
            let normalized = key(f.value)
            if f.value.contains(";"), !answer.contains(";") {
                warning(f.line, f.valueColumn, "one answer per 'Accept:' line: '\(f.value)' is graded as one answer, ';' and all")
            }
            if normalized == own {
                warning(f.line, f.valueColumn, "accepted answer '\(f.value)' is the card's answer already")
            } else if let first = seen[normalized] {
                warning(f.line, f.valueColumn, "accepted answer '\(f.value)' repeats line \(first)")
            } else {
                seen[normalized] = f.line
            }
        }
        return written.map(\.value)
    }

    static func sourceRef(_ text: String) -> SourceRef? {
        func lineRange(_ s: Substring) -> (Int, Int)? {
            let parts = s.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                  let a = Int(parts[0]), a >= 1 else { return nil }
            let b = parts.count == 2 ? Int(parts[1]) : a
            guard let b, b >= a else { return nil }
            return (a, b)
        }
        if let (a, b) = lineRange(text[...]) { return SourceRef(line: a, endLine: b) }
        guard let colon = text.lastIndex(of: ":") else { return nil }
        let file = String(text[..<colon])
        guard !file.isEmpty, let (a, b) = lineRange(text[text.index(after: colon)...]) else { return nil }
        return SourceRef(file: file, line: a, endLine: b)
    }
}
