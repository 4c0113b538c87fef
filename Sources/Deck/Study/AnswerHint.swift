/// The `:hint` ladder: first the answer's type and length, then its first letter, then the first letter
/// of every word.
public enum AnswerHint {
    public static func hint(for card: Card, level: Int) -> String {
        let answer = card.kind == .cloze ? ClozeText(card.prompt).gaps.first ?? card.answer : card.answer
        switch card.kind {
        case .truefalse: return "true or false"
        case .choice: return "one of the \(card.choices.count) choices"
        default: break
        }
        let words = answer.split(whereSeparator: \.isWhitespace)
        let letters = answer.filter { !$0.isWhitespace }.count
        let kind = card.hint ?? (answer.contains(where: \.isNumber) ? "a number or date" : "text")
        let size = words.count > 1 ? "\(words.count) words, \(letters) letters" : "\(letters) letter\(letters == 1 ? "" : "s")"
        if level <= 1 { return "\(kind) · \(size)" }
        if level == 2 { return "\(kind) · \(size) · starts with “\(answer.prefix(1))”" }
        let initials = words.map { w in String(w.prefix(1)) + String(repeating: "_", count: max(0, w.count - 1)) }
        return "\(kind) · " + initials.joined(separator: " ")
    }
}
