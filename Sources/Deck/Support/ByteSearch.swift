/// Substring search over UTF-8 bytes (no Unicode equivalence: the texts compared are already normalised).
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = haystack.count, m = needle.count
        guard m > 0 else { return true }
        guard m <= n else { return false }
        let first = needle[0]
        var i = 0
        while i <= n - m {
            if haystack[i] == first {
                var k = 1
                while k < m, haystack[i + k] == needle[k] { k += 1 }
                if k == m { return true }
            }
            i += 1
        }
        return false
    }
}
