/// A map from 64-bit keys whose low bits are already well spread (FNV-1a hashes, packed card ids: they are not
/// hashed again) to small integers, by open addressing. Callers that key it by hashes keep what the integers
/// index, and tell apart keys that are the same hash of different texts themselves.
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

    /// The value stored for `key`, if any.
    subscript(key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while values[slot] != 0 {
            if keys[slot] == key { return Int(values[slot]) - 1 }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds one to the value stored for `key` (storing 1 if there is none) and returns the new value.
    mutating func increment(_ key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: key) & mask
        while values[slot] != 0 {
            if keys[slot] == key {
                values[slot] += 1
                return Int(values[slot]) - 1
            }
            slot = (slot + 1) & mask
        }
        insert(key, 1)
        return 1
    }

    /// Stores `value` for `key`, which must not be stored yet.
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
