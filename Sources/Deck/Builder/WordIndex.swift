/// `WordClass.table` as an open-addressing table keyed by the FNV-1a hash of a word's bytes: every token is
/// looked up, and hashing a `String` for a `Dictionary` cost several times more.
final class WordIndex: Sendable {
    static let shared = WordIndex(WordClass.table)

    let words: [String]
    let hashes: [UInt64]
    let classes: [WordClass]
    /// For each slot: 1 + the index of the word in it, or 0 when empty.
    let slots: [Int32]
    let mask: Int

    init(_ table: [String: WordClass]) {
        // Sorted, so that the layout does not depend on the dictionary's order.
        let entries = table.sorted { $0.key < $1.key }
        words = entries.map(\.key)
        hashes = words.map { FNV1a.hash($0) }
        classes = entries.map(\.value)
        var size = 16
        while size < 2 * max(1, entries.count) { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (k, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(k + 1)
        }
        self.slots = slots
        mask = size - 1
    }

    /// The classes of a lower-cased word (none if it is on no list).
    func classes(of lower: String) -> WordClass { classes(of: lower, key: FNV1a.hash(lower)) }

    /// `classes(of:)` when the word's FNV-1a hash is at hand.
    func classes(of lower: String, key h: UInt64) -> WordClass {
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = Int(slots[slot])
            if k == 0 { return [] }
            if hashes[k - 1] == h && words[k - 1] == lower { return classes[k - 1] }
            slot = (slot + 1) & mask
        }
    }
}
