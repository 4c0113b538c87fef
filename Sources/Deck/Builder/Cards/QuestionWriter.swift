/// Turns a fact of a sentence into question text, only where the transformation is reliably grammatical.
enum QuestionWriter {
    /// The sentence with the fact as a cloze gap (`{{…}}`), other braces escaped.
    static func cloze(_ s: TokenizedSentence, _ f: FactSpan, context: String?) -> String {
        var out = TextBuffer(capacity: s.bytes.count + 8 + (context?.utf8.count ?? 0))
        appendCloze(s, f, context: context, to: &out)
        return out.text
    }

    /// `cloze`, written into `out`.
    static func appendCloze(_ s: TokenizedSentence, _ f: FactSpan, context: String?, to out: inout TextBuffer) {
        // Written from the sentence's bytes: braces and backslashes are ASCII, so escaping byte by byte is exact.
        let a = s.tokens[f.first].start, b = s.tokens[f.end - 1].end
        if let context {
            ClozeText.appendEscaped(context, to: &out)
            out += " "
        }
        s.bytes.withUnsafeBufferPointer { bytes in
            ClozeText.appendEscaped(UnsafeBufferPointer(rebasing: bytes[0..<a]), to: &out)
            out += "{{"
            ClozeText.appendEscaped(UnsafeBufferPointer(rebasing: bytes[a..<b]), to: &out)
            out += "}}"
            ClozeText.appendEscaped(UnsafeBufferPointer(rebasing: bytes[b...]), to: &out)
        }
    }

    /// The sentence with the span replaced by `replacement` (for true/false statements).
    static func replacing(_ s: TokenizedSentence, _ f: FactSpan, with replacement: String) -> String {
        var out = TextBuffer(capacity: s.bytes.count + replacement.utf8.count)
        appendReplacing(s, f, with: replacement, to: &out)
        return out.text
    }

    /// `replacing`, written into `out`.
    static func appendReplacing(_ s: TokenizedSentence, _ f: FactSpan, with replacement: String, to out: inout TextBuffer) {
        let a = s.tokens[f.first].start, b = s.tokens[f.end - 1].end
        s.bytes.withUnsafeBufferPointer { bytes in
            out.append(UnsafeBufferPointer(rebasing: bytes[0..<a]))
            out += replacement
            out.append(UnsafeBufferPointer(rebasing: bytes[b...]))
        }
    }

    /// The sentence's tokens `a..<b` as text, without a citation and final punctuation.
    static func clause(_ s: TokenizedSentence, _ a: Int, _ b: Int, skipping citations: [FactSpan]) -> String? {
        var end = b
        let t = s.tokens
        while end > a, t[end - 1].isLower(".") || t[end - 1].isLower("!") || t[end - 1].isLower("?") || isSemicolon(t[end - 1])
                || t[end - 1].isLower(":") || t[end - 1].isLower(",") { end -= 1 }
        if let c = citations.first(where: { $0.end >= end && $0.first >= a }) { end = c.first }
        while end > a, t[end - 1].isLower(".") || t[end - 1].isLower(",") || isSemicolon(t[end - 1]) { end -= 1 }
        guard end > a else { return nil }
        return s.span(a, end)
    }

    /// A wh-question for the fact, or nil when no reliable transformation applies.
    static func whQuestion(_ s: TokenizedSentence, _ f: FactSpan, citations: [FactSpan]) -> String? {
        let t = s.tokens
        guard t.count <= 40, !t.contains(where: isSemicolon) else { return nil }
        // "X was signed on January 19, 1960." → "When was X signed?"
        if f.type == .date || f.type == .year, f.first >= 4 {
            let prep = t[f.first - 1], verb = f.first - 2, aux = t[f.first - 3]
            let tail = t[f.end...].filter { !$0.isPunctuation }
            if prep.isLower("on") || prep.isLower("in"), aux.isLower("was") || aux.isLower("were"), t.lowerHasSuffix(verb, "ed") || t[verb].is(.commonVerb),
               tail.isEmpty, citations.allSatisfy({ $0.end <= f.first || $0.first >= f.end }) {
                guard let subject = clause(s, 0, f.first - 3, skipping: citations) else { return nil }
                let wh = f.type == .year ? "In what year" : "When"
                return "\(wh) \(t.lower(f.first - 3)) \(lowerFirst(subject, s.tokens[0])) \(t.text(verb))?"
            }
        }
        // A subject answer: "An architect normally manages the job." → "Who normally manages the job?" (Not for a
        // name of no known type: "Who" or "What" would be a guess.)
        guard f.type != .entity, let rest = predicate(s, f, citations: citations) else { return nil }
        let wh = f.type == .person || f.type == .group ? "Who" : "What"
        return "\(wh) \(rest)?"
    }

    /// A count as subject: "Twelve actors have headlined the series." → ("How many actors have headlined the
    /// series?", "Twelve"), or nil.
    static func howMany(_ s: TokenizedSentence, _ f: FactSpan, citations: [FactSpan]) -> (question: String, answer: String)? {
        let t = s.tokens
        guard f.type == .quantity || f.type == .number, f.end - f.first >= 2, t.count <= 40,
              t[f.first].isNumber || t[f.first].is(.numberWord),
              (f.first + 1..<f.end).allSatisfy({ t[$0].isWord && !t[$0].isCapitalized }),
              let rest = predicate(s, f, citations: citations) else { return nil }
        return ("How many \(s.span(f.first + 1, f.end)) \(rest)?", t.text(f.first))
    }

    /// What follows a subject answer, when the answer is the sentence's subject and a verb follows it ("normally
    /// manages the job"), or nil.
    static func predicate(_ s: TokenizedSentence, _ f: FactSpan, citations: [FactSpan]) -> String? {
        let t = s.tokens
        var subjectStart = 0
        if t.first?.is(.determiner) == true { subjectStart = 1 }
        guard f.first == subjectStart || (f.first == 0), f.end < t.count, t.count - f.end >= 3 else { return nil }
        let next = t[f.end]
        let verbNext = next.is([.auxiliary, .commonVerb])
            || (t.lowerHasSuffix(f.end, "ly") && f.end + 1 < t.count && FactFinder.isVerbLike(t, f.end + 1))
            || (!next.isCapitalized && t.lowerHasSuffix(f.end, "s") && !t.lowerHasSuffix(f.end, "ss") && next.isWord && f.type == .person)
        // "The missiles used can reach …": a participle before a modal is no main verb.
        let reduced = f.end + 1 < t.count && t[f.end + 1].is(.auxiliary) && !next.is(.auxiliary)
        guard verbNext, !reduced, let rest = clause(s, f.end, t.count, skipping: citations), !rest.utf8.contains(0x22) else { return nil }
        return rest
    }

    /// "Which source does the essay cite for the claim that …?"
    static func citationQuestion(_ s: TokenizedSentence, _ c: FactSpan) -> String? {
        var start = 0
        // "But it is …" → "it is …": a leading conjunction does not belong in the claim.
        let t = s.tokens
        while start < c.first, t[start].isLower("but") || t[start].isLower("and") || t[start].isLower("so") || t[start].isLower("yet")
                || t[start].isLower("besides") || t[start].isLower("however") || t[start].isLower(",") { start += 1 }
        guard c.first - start >= 4, let claim = clause(s, start, c.first, skipping: []) else { return nil }
        return "Which source does the essay cite for the claim that \(lowerFirst(claim, s.tokens[start]))?"
    }

    /// ";" (or U+037E, which is the same character to `String`'s `==`).
    static func isSemicolon(_ t: WordToken) -> Bool { t.isLower(";") || t.isLower("\u{37E}") }

    /// Lower-cases the first letter unless the first word is a name.
    static func lowerFirst(_ text: String, _ first: WordToken) -> String {
        guard let c = text.first, c.isUppercase, first.is([.function, .commonVerb]) else { return text }
        return c.lowercased() + text.dropFirst()
    }
}
