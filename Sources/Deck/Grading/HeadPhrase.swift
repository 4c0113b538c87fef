/// The head of an answer that goes on with a preposition: "abrogation" of "abrogation of the treaty",
/// "Democratic Party" of "Democratic Party of Japan". Typing the head alone is a near miss.
public enum HeadPhrase {
    /// Prepositions that open a complement after an answer's head.
    static let prepositions: Set<Substring> = ["of", "in", "on", "at", "for", "to", "with", "between", "from", "by",
                                               "against", "under", "over", "about", "into", "among", "within"]

    /// The normalised words of `e` before its first preposition, when some come before it and some after;
    /// else nil.
    public static func of(_ e: String) -> String? {
        let words = e.split(separator: " ")
        guard let k = words.firstIndex(where: { prepositions.contains($0) }), k > 0, k + 1 < words.count else { return nil }
        return words[..<k].joined(separator: " ")
    }
}
