/// Which choice a typed answer picks on a choice card: a letter, a number, or the text of a choice, matched
/// case-insensitively, whole, by a unique prefix, or within the grader's leniency.
extension AnswerGrader {
    /// The index (in `order`) that `typed` picks, or nil when it picks none or could mean several.
    public static func pickedChoice(_ typed: String, order: [String]) -> Int? {
        let raw = typed.trimmingWhitespace().lowercased()
        let stripped = raw.hasSuffix(")") || raw.hasSuffix(".") ? String(raw.dropLast()) : raw
        if stripped.count == 1, let c = stripped.unicodeScalars.first, (97...122).contains(c.value) {
            let k = Int(c.value) - 97
            return k < order.count ? k : nil
        }
        let normalized = AnswerNormalizer.normalize(typed)
        guard !normalized.isEmpty else { return nil }
        let choices = order.map(AnswerNormalizer.normalize)
        if let n = Int(stripped), n >= 1, n <= order.count, !choices.contains(stripped) {
            return n - 1
        }
        if let exact = choices.firstIndex(of: normalized) { return exact }
        // A prefix of three characters or more ("packard" for "Packard, G. R."): one choice, or none at all.
        if normalized.count >= 3 {
            let starting = choices.indices.filter { choices[$0].hasPrefix(normalized) }
            if starting.count == 1 { return starting[0] }
            if starting.count > 1 { return nil }
        }
        let grades = order.map { gradeText(typed, against: [$0]).verdict }
        let right = grades.indices.filter { grades[$0] == .correct }
        if !right.isEmpty { return right.count == 1 ? right[0] : nil }
        let close = grades.indices.filter { grades[$0] == .close }
        return close.count == 1 ? close[0] : nil
    }

    static func gradeChoice(_ typed: String, card: Card, order: [String]) -> AnswerGrade {
        guard let k = pickedChoice(typed, order: order) else { return AnswerGrade(.unrecognized) }
        return AnswerGrade(order[k] == card.answer ? .correct : .wrong, picked: order[k])
    }
}
