/// A map from 64-bit keys whose low bits are already well spread (FNV-1a hashes, packed card ids: they are not
/// hashed again) to small integers, by open addressing. Callers that key it by hashes keep what the integers
/// index, store an entry per text (two texts may share a hash) and tell them apart with `first(_:where:)`.
struct HashedIndex: Sendable {
    private var keys: [UInt64]
    /// For each slot: 1 + its value, or 0 when empty.
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 0) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// The value stored for `key`, if any (the first stored, if several).
    subscript(key: UInt64) -> Int? { first(key) { _ in true } }

    /// The first value stored for `key` that `matches` accepts.
    @inline(__always)
    func first(_ key: UInt64, where matches: (Int) -> Bool) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while values[slot] != 0 {
            if keys[slot] == key, matches(Int(values[slot]) - 1) { return Int(values[slot]) - 1 }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds one to the value stored for `key` (storing 1 if there is none) and returns the new value.
    mutating func increment(_ key: UInt64) -> Int { add(key, 1) }

    /// Adds `n` to the value stored for `key` (storing `n` if there is none) and returns the new value: the
    /// index as a table of counts.
    @discardableResult
    mutating func add(_ key: UInt64, _ n: Int) -> Int {
        var slot = Int(truncatingIfNeeded: key) & mask
        while values[slot] != 0 {
            if keys[slot] == key {
                values[slot] += Int32(n)
                return Int(values[slot]) - 1
            }
            slot = (slot + 1) & mask
        }
        insert(key, n)
        return n
    }

    /// Every stored key and value, in slot order.
    func forEach(_ body: (UInt64, Int) -> Void) {
        for (k, v) in zip(keys, values) where v != 0 { body(k, Int(v) - 1) }
    }

    /// Stores `value` for `key` (after any value already stored for it).
    mutating func insert(_ key: UInt64, _ value: Int) {
        if 2 * (count + 1) > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while values[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = Int32(value + 1)
        count += 1
    }

    private mutating func grow() {
        let old = (keys, values)
        let size = 2 * keys.count
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
        count = 0
        for (k, v) in zip(old.0, old.1) where v != 0 { insert(k, Int(v) - 1) }
    }
}
