/// A word, number or punctuation mark of a sentence: its UTF-8 offsets in the sentence and what it is. It holds
/// no string (its text is in its `SentenceTokens`), so tokens are copied and freed as plain bytes.
public struct WordToken: Equatable, Sendable {
    /// UTF-8 offsets of the token in its sentence: `start..<end`.
    public var start: Int
    public var end: Int
    /// Where the lower-cased text is in `SentenceTokens.lowered`, and its length in bytes.
    var lowerStart: Int32
    var lowerCount: Int32
    /// The FNV-1a hash of the lower-cased text (equal words have equal keys: compared first, it spares most
    /// byte compares).
    var key: UInt64
    /// The first sixteen bytes of the lower-cased text, zero-padded: what `isLower` compares.
    var head: (UInt64, UInt64)
    /// The lexicon lists the lower-cased word is on.
    var word: WordClass
    public var isWord: Bool
    public var isNumber: Bool
    public var isCapitalized: Bool

    public var isPunctuation: Bool { !isWord && !isNumber }

    public static func == (a: WordToken, b: WordToken) -> Bool {
        a.start == b.start && a.end == b.end && a.lowerStart == b.lowerStart && a.lowerCount == b.lowerCount && a.key == b.key
            && a.head == b.head && a.word == b.word && a.isWord == b.isWord && a.isNumber == b.isNumber && a.isCapitalized == b.isCapitalized
    }

    /// Splits text into tokens: words (with inner apostrophes, hyphens and periods as in "U.S."),
    /// numbers (with inner `,` `.` `-` `/` as in "1,000", "3.5", "94-95") and single punctuation marks.
    public static func tokenize(_ text: String) -> SentenceTokens {
        SentenceTokens(Array(text.utf8))
    }

    /// The tokens of `bytes` (valid UTF-8). Each one's lower-cased text is written to `lowered` (as long as
    /// `bytes`) at its own offsets when it is ASCII, or else appended to `beyond`, whose offsets count on from
    /// the end of `bytes`.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, lowered: UnsafeMutableBufferPointer<UInt8>, beyond: inout [UInt8]) -> [WordToken] {
        var out: [WordToken] = []
        out.reserveCapacity(bytes.count / 5)
        let reader = TextScanner(bytes)
        let n = bytes.count
        var i = 0
        while i < n {
            let c = reader.character(at: i)
            if c.kind == .space { i += c.length; continue }
            let start = i
            // (An initialism has a full stop right after its first letter: checked before anything else.)
            if c.kind == .letter, i + c.length < n, bytes[i + c.length] == UInt8(ascii: "."), reader.isInitialism(at: i) {
                // An initialism: "U.S.", "e.g.", "U.S.A."
                while i < n {
                    let l = reader.character(at: i)
                    guard l.kind == .letter, i + l.length < n, bytes[i + l.length] == UInt8(ascii: ".") else { break }
                    i += l.length + 1
                }
            } else if c.kind == .letter || c.kind == .digit {
                let numeric = c.kind == .digit
                i += c.length
                while i < n {
                    // ASCII letters and digits not followed by a combining mark: the common case, byte by byte.
                    let b = bytes[i]
                    if b < 0x80, TextScanner.isASCIIAlphanumeric(b), i + 1 >= n || bytes[i + 1] < 0xCC { i += 1; continue }
                    // (An ASCII byte with no mark after it is classified on the spot.)
                    let d = b < 0x80 && (i + 1 >= n || bytes[i + 1] < 0xCC) ? TextScanner.ascii(UInt32(b), length: 1) : reader.character(at: i)
                    if d.kind == .letter || d.kind == .digit { i += d.length; continue }
                    // Only these join what follows them into the token: the next character is read only after one.
                    let joiner = numeric
                        ? b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: "/") || b == UInt8(ascii: ":")
                        : b == UInt8(ascii: "'") || b == UInt8(ascii: "-") || reader.isRightSingleQuote(at: i)
                    if joiner, i + d.length < n {
                        let next = reader.character(at: i + d.length)
                        if next.kind == (numeric ? .digit : .letter) { i += d.length + next.length; continue }
                    }
                    if numeric && bytes[i] == UInt8(ascii: "%") { i += 1 }
                    break
                }
            } else {
                i += c.length
            }
            out.append(make(bytes, start, i, first: c, lowered: lowered, beyond: &beyond))
        }
        return out
    }

    static func make(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, first: TextScanner.Glyph,
                     lowered: UnsafeMutableBufferPointer<UInt8>, beyond: inout [UInt8]) -> WordToken {
        var ascii = true
        // (The hash of the lower-cased word is taken on the way, for ASCII, which is lower-cased in place.)
        var key = FNV1a.offsetBasis
        for k in start..<end {
            let b = bytes[k]
            if b >= 0x80 { ascii = false; break }
            let l = ByteSearch.lowercased(b)
            lowered[k] = l
            key = FNV1a.step(key, l)
        }
        let head: (UInt64, UInt64), word: WordClass, lowerStart: Int, lowerCount: Int
        if ascii {
            let lower = UnsafeBufferPointer(rebasing: lowered[start..<end])
            (lowerStart, lowerCount) = (start, end - start)
            head = Self.head(in: UnsafeBufferPointer(lowered), at: start, count: end - start)
            word = WordIndex.shared.classes(of: lower, head: head, key: key)
        } else {
            // (Lower-casing may change the length: the lower-cased text goes after the sentence's bytes.)
            let lower = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
            let at = beyond.count
            beyond.append(contentsOf: lower.utf8)
            (lowerStart, lowerCount) = (bytes.count + at, beyond.count - at)
            (key, head, word) = beyond.withUnsafeBufferPointer { all in
                let lower = UnsafeBufferPointer(rebasing: all[at...])
                let key = FNV1a.hash(lower), head = Self.head(lower)
                return (key, head, WordIndex.shared.classes(of: lower, head: head, key: key))
            }
        }
        return WordToken(start: start, end: end, lowerStart: Int32(lowerStart), lowerCount: Int32(lowerCount), key: key,
                         head: head, word: word, isWord: first.kind == .letter, isNumber: first.kind == .digit,
                         isCapitalized: first.isUppercase)
    }

    /// The first sixteen UTF-8 bytes of `text`, zero-padded, as two little-endian words.
    static func head(of text: String) -> (UInt64, UInt64) {
        var text = text
        return text.withUTF8 { head($0) }
    }

    /// `head` of `buffer[start..<start + count]`, read as two words at once when the buffer has sixteen bytes
    /// from `start`.
    @inline(__always)
    static func head(in buffer: UnsafeBufferPointer<UInt8>, at start: Int, count: Int) -> (UInt64, UInt64) {
        guard start + 16 <= buffer.count, let base = buffer.baseAddress else {
            return head(UnsafeBufferPointer(rebasing: buffer[start..<(start + count)]))
        }
        let raw = UnsafeRawPointer(base + start)
        var a = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        var b = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        if count < 8 {
            a &= (1 << (8 * UInt64(count))) &- 1
            b = 0
        } else if count < 16 {
            b &= (1 << (8 * UInt64(count - 8))) &- 1
        }
        return (a, b)
    }

    /// The first sixteen bytes of `bytes`, zero-padded, as two little-endian words.
    @inline(__always)
    static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var a: UInt64 = 0, b: UInt64 = 0
        for k in 0..<min(16, bytes.count) {
            if k < 8 { a |= UInt64(bytes[k]) << (8 * k) } else { b |= UInt64(bytes[k]) << (8 * (k - 8)) }
        }
        return (a, b)
    }
}

extension WordToken {
    /// Whether the lower-cased word is on any of these lexicon lists.
    func `is`(_ c: WordClass) -> Bool { !word.isDisjoint(with: c) }
    /// A function word (determiner, preposition, conjunction, pronoun, auxiliary or adverb).
    var isFunctionWord: Bool { `is`(.function) }

    /// Whether the lower-cased token is `word` (at most sixteen bytes), byte for byte. For a mark, the token's
    /// text. (Unlike `==`, no canonical equivalence: not for ";", which U+037E is.)
    @inline(__always)
    func isLower(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        precondition(n <= 16, "isLower compares at most sixteen bytes")
        return Int(lowerCount) == n && head == Self.head(UnsafeBufferPointer(start: word.utf8Start, count: n))
    }

    /// Whether the lower-cased token ends with `suffix` (at most sixteen bytes), when the token has at most
    /// sixteen bytes; nil for a longer token (its bytes are in its `SentenceTokens`).
    @inline(__always)
    func lowerHasSuffix(_ suffix: StaticString) -> Bool? {
        let n = suffix.utf8CodeUnitCount, count = Int(lowerCount)
        guard count <= 16 else { return nil }
        guard n <= count else { return false }
        let p = suffix.utf8Start
        for k in 0..<n {
            let at = count - n + k
            let byte = UInt8(truncatingIfNeeded: (at < 8 ? head.0 >> (8 * at) : head.1 >> (8 * (at - 8))))
            if byte != p[k] { return false }
        }
        return true
    }

    /// The pronoun "I" as written (a capital I).
    var isPronounI: Bool { isLower("i") && isCapitalized }
}
