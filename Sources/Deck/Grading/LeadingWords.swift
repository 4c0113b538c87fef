/// The words an answer may open with that do not change it: an article or a preposition of time and place
/// ("in 1960", "on January 19", "the security treaty").
public enum LeadingWords {
    /// Articles, and the prepositions that only frame a time or place. ("by 1960", "after the war" and
    /// "before 1960" say something else: they are not here.)
    public static let words: Set<Substring> = ["the", "a", "an", "in", "on", "at", "during"]
    static let articles: Set<Substring> = ["the", "a", "an"]

    /// A normalised answer split into its leading words and the rest (never empty: a lone "the" stays).
    public static func split(_ normalized: String) -> (lead: [Substring], core: String) {
        let words = normalized.split(separator: " ")
        var k = 0
        while k + 1 < words.count, self.words.contains(words[k]) { k += 1 }
        return (Array(words[..<k]), k == 0 ? normalized : words[k...].joined(separator: " "))
    }

    /// Whether two leads can frame the same answer: at most one of them has a preposition, or both the same.
    public static func agree(_ a: [Substring], _ b: [Substring]) -> Bool {
        let pa = a.filter { !articles.contains($0) }, pb = b.filter { !articles.contains($0) }
        return pa.isEmpty || pb.isEmpty || pa == pb
    }
}
