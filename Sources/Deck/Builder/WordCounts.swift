/// How many sentences each word appears in, looked up by the word's FNV-1a hash (`WordToken.key`, already
/// taken when the token was made) in an open-addressing table; each word is kept too, so that two words
/// with the same hash are still told apart. (A `[String: Int]` hashed every word again, and that was slow.)
struct WordCounts: Sendable {
    private var keys: [UInt64] = []
    private var words: [String] = []
    private var counts: [Int] = []
    /// The last sentence each word was counted in (a word counts once per sentence).
    private var lastSentence: [Int] = []
    /// For each slot: 1 + the index of the word in it, or 0 when empty.
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 0) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        keys.reserveCapacity(capacity)
        words.reserveCapacity(capacity)
        counts.reserveCapacity(capacity)
        lastSentence.reserveCapacity(capacity)
    }

    /// How many words are counted.
    var count: Int { words.count }

    /// The count of `word`, whose FNV-1a hash is `key` (0 if it was never counted).
    func count(of word: String, key: UInt64) -> Int {
        guard let k = index(of: word, key: key).found else { return 0 }
        return counts[k]
    }

    /// The count of a token's lower-cased word.
    func count(of token: WordToken) -> Int { count(of: token.lower, key: token.key) }

    /// Adds `n` to the count of `word`, unless it was already counted for `sentence` (nil: always).
    mutating func add(_ word: String, key: UInt64, _ n: Int = 1, sentence: Int? = nil) {
        let (found, slot) = index(of: word, key: key)
        if let k = found {
            if let sentence {
                guard lastSentence[k] != sentence else { return }
                lastSentence[k] = sentence
            }
            counts[k] += n
            return
        }
        slots[slot] = Int32(words.count + 1)
        keys.append(key)
        words.append(word)
        counts.append(n)
        lastSentence.append(sentence ?? -1)
        if 2 * words.count > slots.count { grow() }
    }

    /// Adds every count of `other`.
    mutating func merge(_ other: WordCounts) {
        for k in other.words.indices { add(other.words[k], key: other.keys[k], other.counts[k]) }
    }

    /// The word's index if it is counted, else the empty slot where it would go.
    private func index(of word: String, key: UInt64) -> (found: Int?, slot: Int) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = Int(slots[slot])
            if k == 0 { return (nil, slot) }
            if keys[k - 1] == key && words[k - 1] == word { return (k - 1, slot) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let size = 2 * slots.count
        var grown = [Int32](repeating: 0, count: size)
        for (k, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while grown[slot] != 0 { slot = (slot + 1) & (size - 1) }
            grown[slot] = Int32(k + 1)
        }
        slots = grown
        mask = size - 1
    }
}
