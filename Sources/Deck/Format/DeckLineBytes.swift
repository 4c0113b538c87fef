/// The deck reader's questions about a line, answered from its UTF-8 bytes. The format's marks (`#`, `:`, `- [x]`,
/// two spaces) are ASCII, so bytes decide nearly every line; where a mark is followed by a non-ASCII scalar that
/// could join it into one `Character` (a combining mark), a question answers nil and the reader asks the same
/// question of the line's `Substring`, as the format is defined by characters.
extension DeckReader {
    @inline(__always) static func isSpaceOrTab(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Whether the byte at `i` (before `end`) starts a scalar that may join the character before it.
    @inline(__always) func mayJoin(_ i: Int, _ end: Int) -> Bool { i < end && bytes[i] >= 0x80 }

    /// `isHeading(lines[k], level:)` from the bytes; nil when only the characters can tell.
    func isHeading(line k: Int, level: Int) -> Bool? {
        let r = ranges[k]
        var i = r.lowerBound
        for _ in 0..<level {
            guard i < r.upperBound, bytes[i] == UInt8(ascii: "#") else { return false }
            i += 1
        }
        if i == r.upperBound { return true }
        guard Self.isSpaceOrTab(bytes[i]) else { return false }
        // A space joined by a combining mark is not a space; a tab never joins (it is a control).
        return bytes[i] == 0x20 && mayJoin(i + 1, r.upperBound) ? nil : true
    }

    /// Whether line `k` is a heading of `level` (`#` or `##`).
    func heading(_ k: Int, level: Int) -> Bool {
        (byCharacters ? nil : isHeading(line: k, level: level)) ?? Self.isHeading(line(k), level: level)
    }

    /// The byte offset of the first byte of line `k` after its leading spaces and tabs.
    func indentEnd(_ k: Int) -> Int {
        let r = ranges[k]
        var i = r.lowerBound
        while i < r.upperBound && Self.isSpaceOrTab(bytes[i]) { i += 1 }
        return i
    }

    /// Whether the bytes from `i` (before `end`) spell `mark` as whole characters; nil when only the characters
    /// can tell.
    func starts(_ mark: StaticString, at i: Int, _ end: Int) -> Bool? {
        let n = mark.utf8CodeUnitCount
        guard end - i >= n else { return false }
        let p = mark.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { return false }
        return mayJoin(i + n, end) ? nil : true
    }

    /// Whether line `k` holds `-->` (the end of a comment); nil when only the characters can tell (a line with
    /// a byte beyond ASCII: in ASCII a character is a byte).
    func closesComment(_ k: Int) -> Bool? {
        let r = ranges[k]
        var i = r.lowerBound, found = false
        while i < r.upperBound {
            let b = bytes[i]
            if b >= 0x80 { return nil }
            if !found && b == UInt8(ascii: ">") && i - r.lowerBound >= 2 && bytes[i - 1] == UInt8(ascii: "-") && bytes[i - 2] == UInt8(ascii: "-") {
                found = true
            }
            i += 1
        }
        return found
    }

    /// The field a key's bytes spell (case-insensitive, as `DeckField(spelling:)`), if any.
    func field(spelledBy start: Int, _ end: Int) -> DeckField? {
        let n = end - start
        guard n >= 1 && n <= 10 else { return nil }
        // The key's bytes in lower case, packed into two words (none is zero: equal words, equal spellings).
        var low: UInt64 = 0, high: UInt64 = 0
        for k in 0..<n {
            let b = UInt64(ByteSearch.lowercased(bytes[start + k]))
            if k < 8 { low |= b << (8 * k) } else { high |= b << (8 * (k - 8)) }
        }
        for (l, h, field) in Self.packedSpellings where l == low && h == high { return field }
        return nil
    }

    /// `spellings`, each packed as `field(spelledBy:)` packs a key.
    static let packedSpellings: [(UInt64, UInt64, DeckField)] = spellings.map { spelling, field in
        var low: UInt64 = 0, high: UInt64 = 0
        for k in 0..<spelling.utf8CodeUnitCount {
            let b = UInt64(spelling.utf8Start[k])
            if k < 8 { low |= b << (8 * k) } else { high |= b << (8 * (k - 8)) }
        }
        return (low, high, field)
    }

    /// Every spelling `DeckField(spelling:)` reads, in lower case.
    static let spellings: [(StaticString, DeckField)] = [
        ("q", .question), ("question", .question), ("a", .answer), ("answer", .answer), ("cloze", .cloze),
        ("tf", .trueFalse), ("true/false", .trueFalse), ("truefalse", .trueFalse), ("accept", .accept),
        ("also", .accept), ("hint", .hint), ("tags", .tags), ("tag", .tags), ("source", .source),
        ("score", .score), ("fact", .fact),
    ]

    /// What the bytes say of line `k` as a field line (`Key: …`, `fieldKey`).
    enum KeyReading {
        /// Not a `Key:` line.
        case none
        /// A `Key:` line: the key's bytes end at `keyEnd` (the `:`).
        case key(keyEnd: Int)
        /// Only the characters can tell.
        case unsure
    }

    func readKey(_ k: Int) -> KeyReading {
        let r = ranges[k]
        var i = r.lowerBound
        while i < r.upperBound, Self.isASCIILetter(bytes[i]) || bytes[i] == UInt8(ascii: "/") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        if mayJoin(i, r.upperBound) { return .unsure } // a letter or mark beyond ASCII
        guard i > r.lowerBound, Self.isASCIILetter(bytes[r.lowerBound]) else { return .none }
        guard i < r.upperBound, bytes[i] == UInt8(ascii: ":") else { return .none }
        return mayJoin(i + 1, r.upperBound) ? .unsure : .key(keyEnd: i)
    }

    /// The bytes of `start..<end` without leading and trailing whitespace (Unicode's, scalar by scalar, as
    /// `trimmingWhitespace`).
    func trimmed(_ start: Int, _ end: Int) -> Range<Int> {
        var a = start, b = end
        while a < b {
            let c = bytes[a]
            if c < 0x80 {
                guard c == 0x20 || (c >= 0x09 && c <= 0x0D) else { break }
                a += 1
            } else {
                let (s, n) = scalar(at: a, end)
                guard s.properties.isWhitespace else { break }
                a += n
            }
        }
        while b > a {
            let c = bytes[b - 1]
            if c < 0x80 {
                guard c == 0x20 || (c >= 0x09 && c <= 0x0D) else { break }
                b -= 1
            } else {
                var s0 = b - 1
                while s0 > a && bytes[s0] & 0xC0 == 0x80 { s0 -= 1 }
                guard scalar(at: s0, b).0.properties.isWhitespace else { break }
                b = s0
            }
        }
        return a..<b
    }

    /// The scalar whose (valid) UTF-8 bytes start at `i`, and its length.
    func scalar(at i: Int, _ end: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        var n = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
        n = min(n, end - i)
        var v = n == 2 ? b0 & 0x1F : n == 3 ? b0 & 0x0F : b0 & 0x07
        for k in 1..<max(n, 1) { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", n)
    }

    /// The text of bytes `range`.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Leading spaces and tabs of bytes from `i` (before `end`), as `leadingSpaces` counts them.
    func spaces(from i: Int, _ end: Int) -> Int {
        var k = i
        while k < end && Self.isSpaceOrTab(bytes[k]) { k += 1 }
        return k - i
    }
}
