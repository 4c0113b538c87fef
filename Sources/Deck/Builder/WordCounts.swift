/// How many sentences each word appears in, looked up by the word's FNV-1a hash (`WordToken.key`, already
/// taken when the token was made) in a `HashedIndex`; each word is kept too, so that two words with the same
/// hash are still told apart. (A `[String: Int]` hashed every word again, and that was slow.)
struct WordCounts: Sendable {
    private var keys: [UInt64] = []
    private var words: [String] = []
    private var counts: [Int] = []
    /// The last sentence each word was counted in (a word counts once per sentence).
    private var lastSentence: [Int] = []
    /// Each word's place in the lists above, by its hash.
    private var index: HashedIndex

    init(capacity: Int = 0) {
        index = HashedIndex(capacity: capacity)
        keys.reserveCapacity(capacity)
        words.reserveCapacity(capacity)
        counts.reserveCapacity(capacity)
        lastSentence.reserveCapacity(capacity)
    }

    /// How many words are counted.
    var count: Int { words.count }

    /// The count of `word`, whose FNV-1a hash is `key` (0 if it was never counted).
    func count(of word: String, key: UInt64) -> Int {
        guard let k = index.first(key, where: { words[$0] == word }) else { return 0 }
        return counts[k]
    }

    /// The count of a token's lower-cased word.
    func count(of token: WordToken) -> Int { count(of: token.lower, key: token.key) }

    /// Adds `n` to the count of `word`, unless it was already counted for `sentence` (nil: always).
    mutating func add(_ word: String, key: UInt64, _ n: Int = 1, sentence: Int? = nil) {
        if let k = index.first(key, where: { words[$0] == word }) {
            if let sentence {
                guard lastSentence[k] != sentence else { return }
                lastSentence[k] = sentence
            }
            counts[k] += n
            return
        }
        index.insert(key, words.count)
        keys.append(key)
        words.append(word)
        counts.append(n)
        lastSentence.append(sentence ?? -1)
    }

    /// Adds every count of `other`.
    mutating func merge(_ other: WordCounts) {
        for k in other.words.indices { add(other.words[k], key: other.keys[k], other.counts[k]) }
    }
}
