/// `WordClass.table` keyed by the FNV-1a hash of a word's bytes (`HashedIndex`): every token is looked up,
/// and hashing a `String` for a `Dictionary` cost several times more.
final class WordIndex: Sendable {
    static let shared = WordIndex(WordClass.table)

    let words: [String]
    /// Each word's first sixteen bytes and its length: two words of at most sixteen bytes are equal when these are.
    let heads: [(UInt64, UInt64)], lengths: [Int]
    let classes: [WordClass]
    let index: HashedIndex
    /// The length of the longest word, in bytes (a longer one is on no list).
    let longest: Int

    init(_ table: [String: WordClass]) {
        // Sorted, so that the layout does not depend on the dictionary's order.
        let entries = table.sorted { $0.key < $1.key }
        words = entries.map(\.key)
        heads = words.map(WordToken.head(of:))
        lengths = words.map(\.utf8.count)
        longest = lengths.max() ?? 0
        classes = entries.map(\.value)
        var index = HashedIndex(capacity: entries.count)
        for (k, w) in words.enumerated() { index.insert(FNV1a.hash(w), k) }
        self.index = index
    }

    /// The classes of a lower-cased word (none if it is on no list).
    func classes(of lower: String) -> WordClass {
        var lower = lower
        return lower.withUTF8 { classes(of: $0, head: WordToken.head($0), key: FNV1a.hash($0)) }
    }

    /// The classes of a lower-cased word's bytes, whose first sixteen bytes are `head` and FNV-1a hash `key`.
    func classes(of lower: UnsafeBufferPointer<UInt8>, head: (UInt64, UInt64), key: UInt64) -> WordClass {
        let n = lower.count
        guard n <= longest, let k = index.first(key, where: { lengths[$0] == n && heads[$0] == head && (n <= 16 || ByteSearch.equal(words[$0], lower)) })
        else { return [] }
        return classes[k]
    }
}
