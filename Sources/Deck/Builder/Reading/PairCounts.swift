/// How often each pair of adjacent content words appears in the text, in any case ("high risk", "net
/// force"): a phrase the text uses again is one of its terms, one it uses once is a passing description.
/// Pairs are keyed by their two words' hashes alone (64 bits: two pairs sharing a key are too rare to matter).
struct PairCounts: Sendable {
    private var counts: HashedIndex

    init(capacity: Int = 0) { counts = HashedIndex(capacity: capacity) }

    /// The key of the pair of words whose lower-cased hashes (`WordToken.key`) are `a` and `b`, its low bits
    /// spread (they pick the slot).
    @inline(__always)
    static func key(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let h = (a &* 0x9E37_79B9_7F4A_7C15 ^ b) &* 0xD6E8_FEB8_6659_FD93
        return h ^ h >> 29
    }

    /// How often the words with hashes `a` then `b` stand side by side.
    func count(_ a: UInt64, _ b: UInt64) -> Int { counts[Self.key(a, b)] ?? 0 }

    /// Counts every pair of adjacent content words of `tokens`.
    mutating func add(_ tokens: SentenceTokens) {
        var previous: UInt64? = nil
        for t in tokens {
            let content = t.isWord && !t.isFunctionWord
            if content, let p = previous { counts.add(Self.key(p, t.key), 1) }
            previous = content ? t.key : nil
        }
    }

    /// Adds every count of `other`.
    mutating func merge(_ other: PairCounts) {
        other.counts.forEach { key, n in counts.add(key, n) }
    }
}
