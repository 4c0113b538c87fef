import Foundation

/// Substring search over UTF-8 bytes (no Unicode equivalence: the texts compared are already normalised).
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = haystack.count, m = needle.count
        guard m > 0 else { return true }
        guard m <= n else { return false }
        // Each place of the first byte is found by the C library's memchr and the rest compared by memcmp: every
        // distractor is looked for in its sentence, so this runs often.
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { w in
                let first = Int32(w[0]), end = h.baseAddress! + (n - m + 1)
                var p = h.baseAddress!
                while p < end, let found = memchr(p, first, end - p) {
                    if m == 1 || memcmp(found + 1, w.baseAddress! + 1, m - 1) == 0 { return true }
                    p = UnsafeRawPointer(found) + 1
                }
                return false
            }
        }
    }

    /// Whether `text` is plain ASCII (the fast paths of the builder and the normaliser).
    @inline(__always)
    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isASCII($0) } ?? !text.utf8.contains { $0 >= 0x80 }
    }

    /// Whether no byte has its high bit set (read eight bytes at a time).
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0, any: UInt64 = 0
        while i + 8 <= n {
            any |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            i += 8
        }
        while i < n {
            any |= UInt64(base[i])
            i += 1
        }
        return any & 0x8080_8080_8080_8080 == 0
    }

    /// Whether any of the eight bytes `w` is below 0x20, is 0x7F or has its high bit set (C0 and DEL controls
    /// and every non-ASCII byte: what a quick scan looks for before a closer look).
    @inline(__always)
    static func mayHoldControlOrNonASCII(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let below = (w &- 0x20 &* ones) & ~w & highs
        let d = w ^ (0x7F &* ones)
        let del = (d &- ones) & ~d & highs
        return (w & highs) | below | del != 0
    }

    /// Whether any of the eight bytes `w` may be `{`, `}` or `\\` (none is when it says no).
    @inline(__always)
    static func mayHoldBraceOrBackslash(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // (A byte of `w` equal to `c` is a zero byte of `w ^ c…c`, which the borrow of subtracting one shows.)
        func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        return zeroByte(w ^ (0x7B &* ones)) | zeroByte(w ^ (0x7D &* ones)) | zeroByte(w ^ (0x5C &* ones)) != 0
    }

    /// Whether `bytes` ends with `suffix`.
    static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        let p = suffix.utf8Start
        for k in 0..<n where bytes[bytes.count - n + k] != p[k] { return false }
        return true
    }

    /// Whether a string's UTF-8 bytes are `bytes`.
    @inline(__always)
    static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.count == bytes.count && (bytes.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0) }
            ?? text.utf8.elementsEqual(bytes)
    }

    /// An ASCII byte in lower case (other bytes as they are).
    @inline(__always)
    static func lowercased(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

    /// ASCII `bytes` as a lower-case string.
    static func lowercasedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for (k, b) in bytes.enumerated() { out[k] = lowercased(b) }
            return bytes.count
        }
    }

    /// Whether any UTF-8 byte of `text` satisfies `test` (over the contiguous bytes when the string has them,
    /// which is much faster than walking its `utf8` view).
    @inline(__always)
    static func anyByte(of text: String, _ test: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? text.utf8.contains(where: test)
    }
}
