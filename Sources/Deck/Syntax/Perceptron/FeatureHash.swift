/// Feature keys: a template number and the values it reads, mixed into one 64-bit key (never zero, which
/// marks an empty slot of a `LinearModel`). Each value costs one xor and one multiply; the multiply's high
/// bits, which pick a key's home slot, depend on every bit of every value.
enum FeatureHash {
    /// Mixes `value` into `key`.
    @inline(__always)
    static func mix(_ key: UInt64, _ value: UInt64) -> UInt64 { ((key ^ value) &* 0x9E37_79B9_7F4A_7C15) | 1 }

    @inline(__always)
    static func key(_ template: Int, _ a: UInt64) -> UInt64 { mix(UInt64(template) &* 0xD6E8_FEB8_6659_FD93, a) }

    @inline(__always)
    static func key(_ template: Int, _ a: UInt64, _ b: UInt64) -> UInt64 { mix(key(template, a), b) }

    @inline(__always)
    static func key(_ template: Int, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 { mix(key(template, a, b), c) }

    /// The hash of a string (FNV-1a over its UTF-8 bytes).
    static func of(_ text: String) -> UInt64 { FNV1a.hash(text) }
}
