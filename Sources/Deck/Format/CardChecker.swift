/// Turns a written card into a `Card`, reporting what is missing, doubled or malformed.
extension DeckReader {
    mutating func check(_ w: WrittenCard) -> Card? {
        let at = (w.line, w.idColumn)
        var ok = true
        // Singular fields appear once; `first` keeps where each field first stands.
        // (A bit per field: a `Set<DeckField>` would hash each field's raw string. The fields are read in place,
        // never copied out of the array.)
        var seen: UInt32 = 0
        var first = SIMD16<Int32>(repeating: -1)
        for k in w.fields.indices {
            let field = w.fields[k].field
            let bit = field.bit
            if seen & bit != 0 {
                if !field.repeats {
                    error(w.fields[k].line, w.fields[k].keyColumn, "duplicate field '\(field.rawValue)' in card '\(w.id)'")
                    ok = false
                }
            } else {
                first[field.number] = Int32(k)
            }
            seen |= bit
        }
        func firstOf(_ f: DeckField) -> WrittenField? { first[f.number] < 0 ? nil : w.fields[Int(first[f.number])] }
        // The first prompt field, and the first of another kind of prompt after it (in the fields' order).
        // (The first field of another kind of prompt is the first of the first fields of the other kinds.)
        var p0 = Int32.max, p1 = Int32.max
        for v in [first[DeckField.question.number], first[DeckField.cloze.number], first[DeckField.trueFalse.number]] where v >= 0 {
            if v < p0 { p1 = p0; p0 = v } else if v < p1 { p1 = v }
        }
        if p1 != Int32.max {
            let one = w.fields[Int(p0)].field, second = w.fields[Int(p1)]
            error(second.line, second.keyColumn, "a card has one prompt: Q, Cloze or TF, not both '\(one.rawValue)' and '\(second.field.rawValue)'")
            return nil
        }
        guard p0 != Int32.max else {
            error(at.0, at.1, "card '\(w.id)' has no prompt (Q:, Cloze: or TF:)")
            return nil
        }
        let promptField = w.fields[Int(p0)]
        let prompt = promptField.value
        if Self.isBlank(prompt) {
            error(promptField.line, promptField.valueColumn, "empty prompt in card '\(w.id)'")
            ok = false
        }
        let answerField = firstOf(.answer)
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
            let cloze = ClozeText(prompt)
            for problem in cloze.problems {
                let (line, column) = promptField.place(ofOffset: problem.offset)
                error(line, column, problem.message)
                ok = false
            }
            answer = cloze.answer
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
                    if Self.isBlank(a.value) {
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
                var correct = 0, second = -1
                for k in w.choices.indices where w.choices[k].correct {
                    if correct == 0 { answer = w.choices[k].text } else if correct == 1 { second = k }
                    correct += 1
                }
                if correct != 1 {
                    let place = correct > 1 ? w.choices[second] : w.choices[0]
                    error(place.line, 1, "a choice card needs exactly one correct choice '- [x]', found \(correct)")
                    ok = false
                    answer = answerField?.value ?? ""
                }
                if w.choices.count < 2 {
                    error(w.choices[0].line, 1, "a choice card needs at least two choices")
                    ok = false
                }
                for c in w.choices where Self.isBlank(c.text) {
                    error(c.line, c.column, "empty choice")
                    ok = false
                }
                // A choice written before: the last earlier one equal to it as a string (a card has a few).
                for k in w.choices.indices {
                    let c = w.choices[k]
                    if let earlier = w.choices[..<k].lastIndex(where: { $0.text == c.text }) {
                        error(c.line, c.column, "choice '\(c.text)' repeats line \(w.choices[earlier].line)")
                        ok = false
                    }
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
        if first[DeckField.accept.number] >= 0 {
            card.accepted = checkAccepted(w.all(.accept), kind: kind, answer: answer, id: w.id, ok: &ok)
        }
        card.hint = firstOf(.hint)?.value
        if let tags = firstOf(.tags) { card.tags = Self.tags(tags.value) }
        if let s = firstOf(.source) {
            if let ref = Self.sourceRef(s.value) { card.source = ref } else {
                error(s.line, s.valueColumn, "source '\(s.value)' is not 'LINE', 'LINE-LINE' or 'FILE:LINE[-LINE]'")
                ok = false
            }
        }
        if let s = firstOf(.score) {
            if let v = Self.asciiDecimal(s.value) ?? Double(s.value), v >= 0, v <= 1 { card.score = v } else {
                error(s.line, s.valueColumn, "score '\(s.value)' is not a number from 0 to 1")
                ok = false
            }
        }
        if let f = firstOf(.fact) {
            if !f.value.isEmpty, !Self.hasWhitespace(f.value) { card.fact = f.value } else {
                error(f.line, f.valueColumn, "fact key '\(f.value)' must be one word (e.g. '12.3/40-52')")
                ok = false
            }
        }
        if w.id.isEmpty { ok = false }
        // (Returned as it is, not through `ok ? card : nil`, which copied the card and destroyed the original.)
        guard ok else { return nil }
        return card
    }

    /// `text.allSatisfy(\.isWhitespace)`, without walking the characters when the first byte decides (a
    /// character is whitespace by its first scalar, and a value nearly always starts with an ASCII letter).
    @inline(__always)
    static func isBlank(_ text: String) -> Bool {
        guard let b = text.utf8.first else { return true }
        if b < 0x80 && b != 0x20 && (b < 0x09 || b > 0x0D) { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    /// `text.contains(where: \.isWhitespace)`, from the bytes of ASCII text (where whitespace is a space or
    /// 0x09-0x0D, and "\r\n", one character, is whitespace as its two bytes are).
    static func hasWhitespace(_ text: String) -> Bool {
        var text = text
        let ascii: Bool? = text.withUTF8 { b in
            guard ByteSearch.isASCII(b) else { return nil }
            return b.contains { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
        }
        return ascii ?? text.contains(where: \.isWhitespace)
    }

    /// The tags of a `Tags:` value (and of an imported tag column): split at commas and whitespace characters,
    /// each without the scalars at its ends that would join the space the printer writes around it (a combining
    /// mark at the start, a prepended mark such as U+0600 at the end), so that printed tags read back the same.
    static func tags(_ value: String) -> [String] {
        if let ascii = asciiTags(value) { return ascii }
        return value.split(whereSeparator: { $0 == "," || $0.isWhitespace }).compactMap { part -> String? in
            var scalars = part.unicodeScalars
            while !scalars.isEmpty, (" " + String(Substring(scalars))).first != " " { scalars.removeFirst() }
            while !scalars.isEmpty, (String(Substring(scalars)) + " ").last != " " { scalars.removeLast() }
            return scalars.isEmpty ? nil : String(Substring(scalars))
        }
    }

    /// The tags of an ASCII `Tags:` value, split at commas and whitespace as by characters (in ASCII a
    /// character is a byte, and "\r\n", one character, is whitespace as its two bytes are); nil for other text.
    static func asciiTags(_ value: String) -> [String]? {
        var value = value
        return value.withUTF8 { b -> [String]? in
            guard ByteSearch.isASCII(b) else { return nil }
            var out: [String] = []
            out.reserveCapacity(4)
            var start = 0
            for k in 0...b.count {
                if k == b.count || b[k] == UInt8(ascii: ",") || b[k] == 0x20 || (b[k] >= 0x09 && b[k] <= 0x0D) {
                    if k > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<k]), as: UTF8.self)) }
                    start = k + 1
                }
            }
            return out
        }
    }

    /// `Double(text)` of a plain decimal (`0.352`, `1`, `12.5`: digits, at most one `.` between digits, fifteen
    /// digits at most), computed as its digits over a power of ten (both exact in a double, so the quotient is the
    /// correctly rounded value, as `Double(text)` gives); nil for any other text (`Double(text)` decides).
    static func asciiDecimal(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { b -> Double? in
            var digits: Int64 = 0, count = 0, fraction = -1
            for (k, c) in b.enumerated() {
                if c >= 0x30 && c <= 0x39 {
                    // (Past fifteen digits `Double(text)` decides, before the digits could overflow.)
                    guard count < 15 else { return nil }
                    digits = digits * 10 + Int64(c - 0x30)
                    count += 1
                    if fraction >= 0 { fraction += 1 }
                } else if c == UInt8(ascii: ".") && fraction < 0 && k > 0 && k + 1 < b.count {
                    fraction = 0
                } else {
                    return nil
                }
            }
            guard count >= 1 && count <= 15 else { return nil }
            return fraction <= 0 ? Double(digits) : Double(digits) / Self.powersOfTen[fraction]
        }
    }

    static let powersOfTen: [Double] = (0...15).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    /// `sourceRef` of an ASCII `LINE` or `LINE-LINE` (the common case), byte by byte; nil when it is neither
    /// (the general reader decides).
    static func asciiLineRange(_ text: String) -> SourceRef? {
        var text = text
        return text.withUTF8 { b -> SourceRef? in
            var k = 0
            func number() -> Int? {
                let start = k
                var v = 0
                while k < b.count, b[k] >= 0x30, b[k] <= 0x39, k - start < 18 {
                    v = v * 10 + Int(b[k] - 0x30)
                    k += 1
                }
                return k > start && (k == b.count || b[k] < 0x30 || b[k] > 0x39) ? v : nil
            }
            guard let a = number(), a >= 1 else { return nil }
            if k == b.count { return SourceRef(line: a, endLine: a) }
            guard b[k] == UInt8(ascii: "-") else { return nil }
            k += 1
            guard let e = number(), k == b.count, e >= a else { return nil }
            return SourceRef(line: a, endLine: e)
        }
    }

    /// Reads `12`, `12-14`, `file:12` or `file:12-14`.
    static func sourceRef(_ text: String) -> SourceRef? {
        if let quick = asciiLineRange(text) { return quick }
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
