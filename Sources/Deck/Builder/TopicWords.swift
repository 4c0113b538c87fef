/// The lower-cased words of an essay's title, each once: every word of every answer is looked up in them, by
/// its hash first.
struct TopicWords: Sendable {
    private var keys: [UInt64] = []
    private var words: [String] = []

    init(_ tokens: [WordToken]) {
        for t in tokens where !contains(t) {
            keys.append(t.key)
            words.append(t.lower)
        }
    }

    var isEmpty: Bool { words.isEmpty }

    /// Whether the token's lower-cased word is a title word.
    func contains(_ t: WordToken) -> Bool {
        for (k, key) in keys.enumerated() where key == t.key && words[k] == t.lower { return true }
        return false
    }
}
