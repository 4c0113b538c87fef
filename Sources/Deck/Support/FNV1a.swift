/// The 64-bit FNV-1a hash: card ids, fuzz seeds and distractor word hashes all use it.
enum FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// `hash` continued over one more byte (for callers that hash bytes as they read them).
    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// Continues `hash` over `bytes` (start from `offsetBasis`).
    static func hash(_ bytes: some Sequence<UInt8>, from hash: UInt64 = offsetBasis) -> UInt64 {
        var h = hash
        for b in bytes { h = step(h, b) }
        return h
    }

    /// `hash` over a string's UTF-8 bytes (its contiguous bytes when it has them: much faster).
    static func hash(_ text: String, from hash: UInt64 = offsetBasis) -> UInt64 {
        text.utf8.withContiguousStorageIfAvailable { Self.hash($0, from: hash) } ?? Self.hash(text.utf8, from: hash)
    }
}
