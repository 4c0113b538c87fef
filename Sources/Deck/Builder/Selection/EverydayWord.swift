/// A word of everyday English: one the syntax model was trained on, or a plain inflection or derivation of one
/// ("sectors" of *sector*, "usefulness" of *useful*, "agricultural" of *agriculture*).
enum EverydayWord {
    /// Endings that make a word of another, and what the shorter word may end in instead.
    static let endings: [(ending: String, replacements: [String])] = [
        ("ies", ["y"]), ("es", ["", "e"]), ("s", [""]), ("ness", [""]), ("iness", ["y"]), ("ity", ["", "e"]),
        ("ality", ["al"]), ("al", ["", "e"]), ("ally", ["al", ""]), ("ly", [""]), ("ment", [""]),
        ("ation", ["e", "", "ate"]), ("ing", ["", "e"]), ("ed", ["", "e"]), ("er", ["", "e"]), ("ers", ["", "e"]),
        ("ic", ["", "e", "y"]), ("ical", ["ic", "y", ""]),
    ]

    /// Whether `word` (lower-cased) is everyday English, given what the model `knows`.
    static func isEveryday(_ word: String, knows: (String) -> Bool) -> Bool {
        if knows(word) { return true }
        for (ending, replacements) in endings where word.count > ending.count + 2 && word.hasSuffix(ending) {
            let stem = word.dropLast(ending.count)
            if replacements.contains(where: { knows(stem + $0) }) { return true }
        }
        return false
    }
}
