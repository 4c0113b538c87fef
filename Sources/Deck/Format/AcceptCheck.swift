/// Checks a card's `Accept:` aliases: each is a whole other answer, graded exactly like the card's own.
extension DeckReader {
    /// The aliases of a card of `kind` whose answer is `answer`, reporting those that cannot be used (an
    /// error: empty, or on a choice or true/false card), those written twice (a warning: the answer or an
    /// earlier alias again, letter for letter but for case), and a `;` list where the answer is one (a warning). (An alias the grader reads as the answer anyway,
    /// as "eight years" for "8 years", is left alone: it tells the reader what counts.)
    mutating func checkAccepted(_ written: [WrittenField], kind: CardKind, answer: String, id: String, ok: inout Bool) -> [String] {
        if written.isEmpty { return [] }
        var seen: [String: Int] = [:]
        func key(_ text: String) -> String { text.trimmingWhitespace().lowercased() }
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
}
