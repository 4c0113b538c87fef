/// A word of two to five capitals, full stops aside ("US", "U.S.", "NATO"): the abbreviation of a name.
enum Abbreviation {
    /// The capitals of `word` without their full stops when it is an abbreviation; nil otherwise.
    static func letters<S: StringProtocol>(_ word: S) -> String? {
        let letters = String(word.filter { $0 != "." })
        return (2...5).contains(letters.count) && letters.allSatisfy(\.isUppercase) ? letters : nil
    }
}
