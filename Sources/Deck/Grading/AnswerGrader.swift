/// The verdict on a typed answer.
public struct AnswerGrade: Equatable, Sendable {
    /// How the answer compares with what was expected.
    public enum Verdict: String, Sendable { case correct, close, wrong, unrecognized }

    public var verdict: Verdict
    /// For a near miss, how it differs ("one letter missing").
    public var note: String?

    public init(_ verdict: Verdict, note: String? = nil) {
        self.verdict = verdict
        self.note = note
    }

    /// The outcome recorded in the review log.
    public var outcome: ReviewOutcome {
        switch verdict {
        case .correct: return .correct
        case .close: return .close
        case .wrong, .unrecognized: return .wrong
        }
    }
}

/// Grades typed answers leniently: case, spacing, punctuation, diacritics, a leading article, Unicode
/// forms, number words, date spellings, accepted alternatives, and small typos scaled to the length.
public enum AnswerGrader {
    /// Grades `typed` for `card`; `choices` is the order the choices were shown in (choice cards).
    public static func grade(_ typed: String, card: Card, choices: [String]? = nil) -> AnswerGrade {
        switch card.kind {
        case .question:
            return gradeText(typed, against: [card.answer] + card.accepted)
        case .cloze:
            let gaps = ClozeText(card.prompt).gaps
            let whole = gradeText(typed, against: [card.answer] + card.accepted)
            if gaps.count <= 1 || whole.verdict == .correct { return whole }
            let parts = typed.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == gaps.count else { return whole }
            let grades = zip(parts, gaps).map { gradeText($0, against: [$1]) }
            if grades.allSatisfy({ $0.verdict == .correct }) { return AnswerGrade(.correct) }
            if grades.allSatisfy({ $0.verdict != .wrong }) {
                return AnswerGrade(.close, note: grades.compactMap(\.note).joined(separator: "; "))
            }
            return AnswerGrade(.wrong)
        case .choice:
            return gradeChoice(typed, card: card, order: choices ?? card.choices)
        case .truefalse:
            guard let said = trueFalse(typed) else { return AnswerGrade(.unrecognized) }
            return AnswerGrade(said == card.isTrue ? .correct : .wrong)
        }
    }

    /// Reads t / f / true / false / y / n / yes / no.
    public static func trueFalse(_ typed: String) -> Bool? {
        switch AnswerNormalizer.normalize(typed) {
        case "t", "true", "y", "yes", "tru", "ture": return true
        case "f", "false", "n", "no", "fasle", "flase": return false
        default: return nil
        }
    }

    /// The index (in `order`) that `typed` picks: a letter, a number, or the text of a choice.
    public static func pickedChoice(_ typed: String, order: [String]) -> Int? {
        let raw = typed.trimmingWhitespace().lowercased()
        let stripped = raw.hasSuffix(")") || raw.hasSuffix(".") ? String(raw.dropLast()) : raw
        if stripped.count == 1, let c = stripped.unicodeScalars.first, (97...122).contains(c.value) {
            let k = Int(c.value) - 97
            return k < order.count ? k : nil
        }
        if let n = Int(stripped), n >= 1, n <= order.count,
           !order.contains(where: { AnswerNormalizer.normalize($0) == stripped }) {
            return n - 1
        }
        let normalized = AnswerNormalizer.normalize(typed)
        if let exact = order.firstIndex(where: { AnswerNormalizer.normalize($0) == normalized }) { return exact }
        let close = order.indices.filter { gradeText(typed, against: [order[$0]]).verdict == .close }
        return close.count == 1 ? close[0] : nil
    }

    static func gradeChoice(_ typed: String, card: Card, order: [String]) -> AnswerGrade {
        guard let k = pickedChoice(typed, order: order) else { return AnswerGrade(.unrecognized) }
        return AnswerGrade(order[k] == card.answer ? .correct : .wrong)
    }

    /// Grades free text against the expected answer and its alternatives.
    public static func gradeText(_ typed: String, against candidates: [String]) -> AnswerGrade {
        let t = AnswerNormalizer.normalize(typed)
        guard !t.isEmpty else { return AnswerGrade(.wrong) }
        var best: AnswerGrade = AnswerGrade(.wrong)
        for candidate in candidates {
            let e = AnswerNormalizer.normalize(candidate)
            if e.isEmpty { continue }
            if t == e { return AnswerGrade(.correct) }
            if let dt = DateAnswer.canonical(t), let de = DateAnswer.canonical(e), dt == de { return AnswerGrade(.correct) }
            if isBareQuantity(t, of: e) { return AnswerGrade(.correct) }
            if best.verdict == .wrong, isNearMiss(t, e) {
                best = AnswerGrade(.close, note: EditDistance.describe(typed: t, expected: e))
            }
        }
        return best
    }

    /// "8" for "8 years": the number alone, when the expected answer is that number and one unit word.
    static func isBareQuantity(_ t: String, of e: String) -> Bool {
        let words = e.split(separator: " ")
        guard words.count == 2, t.allSatisfy({ $0.isNumber || $0 == "." }), words[0] == Substring(t) else { return false }
        return words[1].allSatisfy(\.isLetter)
    }

    /// Within the typo allowance overall and, word by word, within each word's own allowance, so that
    /// "South Korea" is no near miss of "North Korea".
    static func isNearMiss(_ t: String, _ e: String) -> Bool {
        let allowed = typoAllowance(e)
        guard allowed > 0, EditDistance.distance(t, e, limit: allowed) <= allowed else { return false }
        let tw = t.split(separator: " "), ew = e.split(separator: " ")
        guard tw.count == ew.count else { return true }
        return zip(tw, ew).allSatisfy { a, b in
            EditDistance.distance(String(a), String(b), limit: 2) <= typoAllowance(String(b))
        }
    }

    /// Typos forgiven for an expected answer: none up to 4 characters or with digits, 1 up to 8, else 2.
    public static func typoAllowance(_ normalizedExpected: String) -> Int {
        if normalizedExpected.contains(where: \.isNumber) { return 0 }
        let n = normalizedExpected.count
        if n <= 4 { return 0 }
        return n <= 8 ? 1 : 2
    }
}
