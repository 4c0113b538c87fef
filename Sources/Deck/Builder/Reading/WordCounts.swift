/// How many sentences each word appears in, looked up by the word's FNV-1a hash (`WordToken.key`, already
/// taken when the token was made) in a `HashedIndex`; each word is kept too, so that two words with the same
/// hash are still told apart. (So no word is hashed twice.)
struct WordCounts: Sendable {
    /// A counted word, its hash, its count and the last sentence it was counted in (a word counts once per
    /// sentence); side by side, so that a look-up reads one place in memory.
    private struct Entry {
        var word: String
        var key: UInt64
        var count: Int
        var lastSentence: Int
    }

    private var entries: [Entry] = []
    /// Each word's place in `entries`, by its hash.
    private var index: HashedIndex

    init(capacity: Int = 0) {
        index = HashedIndex(capacity: capacity)
        entries.reserveCapacity(capacity)
    }

    /// How many words are counted.
    var count: Int { entries.count }

    /// The count of `word`, whose FNV-1a hash is `key` (0 if it was never counted).
    func count(of word: String, key: UInt64) -> Int {
        guard let k = index.first(key, where: { entries[$0].word == word }) else { return 0 }
        return entries[k].count
    }

    /// The count of token `k`'s lower-cased word.
    func count(of tokens: SentenceTokens, _ k: Int) -> Int {
        let key = tokens[k].key
        return tokens.withLower(k) { lower in
            guard let at = index.first(key, where: { ByteSearch.equal(entries[$0].word, lower) }) else { return 0 }
            return entries[at].count
        }
    }

    /// Adds `n` to the count of `word`, unless it was already counted for `sentence` (nil: always).
    mutating func add(_ word: String, key: UInt64, _ n: Int = 1, sentence: Int? = nil) {
        if let k = index.first(key, where: { entries[$0].word == word }) {
            addCount(k, n, sentence: sentence)
            return
        }
        index.insert(key, entries.count)
        entries.append(Entry(word: word, key: key, count: n, lastSentence: sentence ?? -1))
    }

    /// Adds one to the count of token `k`'s lower-cased word, unless it was already counted for `sentence`
    /// (nil: always). (The word is made a string only when it is new.)
    mutating func add(_ tokens: SentenceTokens, _ k: Int, sentence: Int? = nil) {
        let key = tokens[k].key
        let found = tokens.withLower(k) { lower in index.first(key, where: { ByteSearch.equal(entries[$0].word, lower) }) }
        if let found {
            addCount(found, 1, sentence: sentence)
            return
        }
        index.insert(key, entries.count)
        entries.append(Entry(word: tokens.lower(k), key: key, count: 1, lastSentence: sentence ?? -1))
    }

    /// Adds `n` to entry `k`'s count, unless it was already counted for `sentence`.
    private mutating func addCount(_ k: Int, _ n: Int, sentence: Int?) {
        if let sentence {
            guard entries[k].lastSentence != sentence else { return }
            entries[k].lastSentence = sentence
        }
        entries[k].count += n
    }

    /// Adds every count of `other`.
    mutating func merge(_ other: WordCounts) {
        for e in other.entries { add(e.word, key: e.key, e.count) }
    }
}
