/// Checks a card's `Accept:` aliases: each is a whole other answer, graded exactly like the card's own.
extension DeckReader {
    /// The aliases of a card of `kind` whose answer is `answer`, reporting those that cannot be used (an
    /// error: empty, or on a choice or true/false card), those written twice (a warning: the answer or an
    /// earlier alias again, letter for letter but for case), and a `;` list where the answer is one (a warning). (An alias the grader reads as the answer anyway,
    /// as "eight years" for "8 years", is left alone: it tells the reader what counts.)
    mutating func checkAccepted(_ written: [WrittenField], kind: CardKind, answer: String, id: String, ok: inout Bool) -> [String] {
        if written.isEmpty { return [] }
        // (The keys seen, each with the line of its first alias, in a list: a card has a few.)
        var seen: [(key: String, line: Int)] = []
        func key(_ text: String) -> String { Self.asciiAcceptKey(text) ?? text.trimmingWhitespace().lowercased() }
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
            if Self.isBlank(f.value) {
                error(f.line, f.valueColumn, "empty accepted answer in card '\(id)'")
                ok = false
                continue
            }
            let normalized = key(f.value)
            // (Looked for as a character only where the byte is there.)
            if ByteSearch.anyByte(of: f.value, { $0 == 0x3B }), f.value.contains(";"), !answer.contains(";") {
                warning(f.line, f.valueColumn, "one answer per 'Accept:' line: '\(f.value)' is graded as one answer, ';' and all")
            }
            if normalized == own {
                warning(f.line, f.valueColumn, "accepted answer '\(f.value)' is the card's answer already")
            } else if let first = seen.first(where: { $0.key == normalized }) {
                warning(f.line, f.valueColumn, "accepted answer '\(f.value)' repeats line \(first.line)")
            } else {
                seen.append((normalized, f.line))
            }
        }
        return written.map(\.value)
    }

    /// `trimmingWhitespace().lowercased()` of ASCII text, from its bytes (in ASCII, whitespace is a space or
    /// 0x09-0x0D, and lower-casing maps A-Z alone); nil for other text.
    static func asciiAcceptKey(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { b -> String? in
            guard ByteSearch.isASCII(b) else { return nil }
            func space(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
            var lo = 0, hi = b.count
            while lo < hi && space(b[lo]) { lo += 1 }
            while hi > lo && space(b[hi - 1]) { hi -= 1 }
            return String(unsafeUninitializedCapacity: hi - lo) { out in
                for k in lo..<hi { out[k - lo] = b[k] >= 0x41 && b[k] <= 0x5A ? b[k] | 0x20 : b[k] }
                return hi - lo
            }
        }
    }
}
