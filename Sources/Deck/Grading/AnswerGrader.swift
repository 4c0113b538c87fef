/// Grades typed answers leniently: case, spacing, punctuation, diacritics, Unicode forms, number words, date
/// spellings, a leading article or preposition, words of the card's own prompt around the answer, accepted
/// aliases, singular for plural, the head of a longer answer, and typos scaled to the answer's letters
/// (docs/grading.md).
public enum AnswerGrader {
    /// Grades `typed` for `card`; `choices` is the order the choices were shown in (choice cards). The card's
    /// prompt is read too: an answer said with the prompt's own words around it is right. On a choice card
    /// the grade names the choice picked (`AnswerGrade.picked`).
    public static func grade(_ typed: String, card: Card, choices: [String]? = nil) -> AnswerGrade {
        switch card.kind {
        case .question:
            return gradeText(typed, against: [card.answer] + card.accepted, prompt: card.prompt)
        case .cloze:
            let cloze = ClozeText(card.prompt)
            let gaps = cloze.gaps
            let prompt = cloze.blanked
            let whole = gradeText(typed, against: [card.answer] + card.accepted, prompt: prompt)
            if gaps.count <= 1 || whole.verdict == .correct { return whole }
            let parts = typed.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == gaps.count else { return whole }
            let grades = zip(parts, gaps).map { gradeText($0, against: [$1], prompt: prompt) }
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

    /// Grades free text against the expected answer and its alternatives (each graded alike); `prompt` is the
    /// text the learner was shown (a cloze card's with its gaps blank), whose words may frame the answer.
    public static func gradeText(_ typed: String, against candidates: [String], prompt: String = "") -> AnswerGrade {
        let t = AnswerNormalizer.normalize(typed)
        guard !t.isEmpty else { return AnswerGrade(.wrong) }
        var promptWords: Set<Substring>?
        var best = AnswerGrade(.wrong)
        for candidate in candidates {
            let e = AnswerNormalizer.normalize(candidate)
            if e.isEmpty { continue }
            if t == e { return AnswerGrade(.correct) }
            let grade = compare(t, e, prompt: {
                if promptWords == nil { promptWords = prompt.isEmpty ? [] : PromptWords.of(prompt) }
                return promptWords!
            })
            if grade.verdict == .correct { return grade }
            if best.verdict == .wrong, grade.verdict == .close { best = grade }
        }
        return best
    }

    /// One normalised typed answer against one normalised expected answer: as written, then without the
    /// leading articles and prepositions of either (when they do not say different things).
    static func compare(_ t: String, _ e: String, prompt: () -> Set<Substring>) -> AnswerGrade {
        let (tLead, tCore) = LeadingWords.split(t), (eLead, eCore) = LeadingWords.split(e)
        var pairs = [(t, e)]
        if LeadingWords.agree(tLead, eLead), tCore != t || eCore != e { pairs.append((tCore, eCore)) }
        for (a, b) in pairs {
            if a == b { return AnswerGrade(.correct) }
            if let da = DateAnswer.canonical(a), let db = DateAnswer.canonical(b), da == db { return AnswerGrade(.correct) }
            if isBareQuantity(a, of: b) { return AnswerGrade(.correct) }
        }
        for (a, b) in pairs where a.count > b.count && PromptWords.contains(a, answer: b, prompt: prompt()) {
            return AnswerGrade(.correct)
        }
        for (a, b) in pairs {
            if let note = PluralForms.difference(typed: a, expected: b) { return AnswerGrade(.close, note: note) }
            if TypoTolerance.isNearMiss(a, b) { return AnswerGrade(.close, note: EditDistance.describe(typed: a, expected: b)) }
        }
        for (a, b) in pairs where HeadPhrase.of(b) == a { return AnswerGrade(.close, note: "only part of the answer") }
        return AnswerGrade(.wrong)
    }

    /// "8" for "8 years": the number alone, when the expected answer is that number and one unit word.
    static func isBareQuantity(_ t: String, of e: String) -> Bool {
        let words = e.split(separator: " ")
        guard words.count == 2, t.allSatisfy({ $0.isNumber || $0 == "." }), words[0] == Substring(t) else { return false }
        return words[1].allSatisfy(\.isLetter)
    }

    /// Typos forgiven for a normalised expected answer, by its letters (`TypoTolerance`).
    public static func typoAllowance(_ normalizedExpected: String) -> Int {
        TypoTolerance.allowance(letters: TypoTolerance.letters(in: normalizedExpected))
    }
}
