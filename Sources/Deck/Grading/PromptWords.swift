/// An answer said with words of its own prompt around it ("the security treaty" for "treaty" when the question
/// is about the security treaty; "signed on January 19, 1960"): the answer itself, whole, is in it, and every
/// other word is the prompt's or an article or preposition of `LeadingWords`, and none is a number (a second
/// number is a second answer: "7 years 8 years").
public enum PromptWords {
    /// Words that turn one answer into several, into its opposite or into a bound ("treaty or alliance", "not
    /// 1960", "before 1960", "more than 8 years"): an answer with one of these around it is no longer the
    /// answer, even when the prompt has the word.
    static let hedges: Set<Substring> = [
        "and", "or", "nor", "but", "not", "no", "never", "except", "either", "neither", "without", "only",
        "before", "after", "until", "till", "since", "by", "over", "under", "about", "around", "nearly", "almost",
        "than", "more", "less", "least", "most",
    ]

    /// The normalised words of a prompt (a cloze card's with its gaps blank).
    public static func of(_ prompt: String) -> Set<Substring> {
        Set(AnswerNormalizer.normalize(prompt).split(separator: " "))
    }

    /// Whether normalised `t` is normalised `e` with words of `prompt` around it.
    public static func contains(_ t: String, answer e: String, prompt: Set<Substring>) -> Bool {
        guard !prompt.isEmpty else { return false }
        let tw = t.split(separator: " "), ew = e.split(separator: " ")
        guard !ew.isEmpty, tw.count > ew.count else { return false }
        for start in 0...(tw.count - ew.count) where tw[start..<(start + ew.count)].elementsEqual(ew) {
            let around = tw[..<start] + tw[(start + ew.count)...]
            if around.allSatisfy({ !hedges.contains($0) && !$0.contains(where: \.isNumber) && (prompt.contains($0) || LeadingWords.words.contains($0)) }) {
                return true
            }
        }
        return false
    }
}
