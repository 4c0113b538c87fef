/// A word, number or punctuation mark of a sentence, with its UTF-8 offsets in the sentence.
public struct WordToken: Equatable, Sendable {
    public var text: String
    /// The text lower-cased.
    public var lower: String
    /// UTF-8 offsets of the token in its sentence: `start..<end`.
    public var start: Int
    public var end: Int
    public var isWord: Bool
    public var isNumber: Bool
    public var isCapitalized: Bool
    /// The lexicon lists the lower-cased word is on.
    var word: WordClass

    public var isPunctuation: Bool { !isWord && !isNumber }

    /// Splits text into tokens: words (with inner apostrophes, hyphens and periods as in "U.S."),
    /// numbers (with inner `,` `.` `-` `/` as in "1,000", "3.5", "94-95") and single punctuation marks.
    public static func tokenize(_ text: String) -> [WordToken] {
        var text = text
        return text.withUTF8 { tokenize($0) }
    }

    /// `tokenize` over UTF-8 bytes (offsets are into `bytes`).
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [WordToken] {
        var out: [WordToken] = []
        out.reserveCapacity(bytes.count / 5)
        var reader = TextScanner(bytes)
        let n = bytes.count
        var i = 0
        while i < n {
            let c = reader.character(at: i)
            if c.kind == .space { i += c.length; continue }
            let start = i
            if c.kind == .letter, reader.isInitialism(at: i) {
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
                    let d = reader.character(at: i)
                    if d.kind == .letter || d.kind == .digit { i += d.length; continue }
                    if i + d.length < n {
                        let next = reader.character(at: i + d.length)
                        let b = bytes[i]
                        let joins: Bool
                        if numeric {
                            joins = (b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: "/") || b == UInt8(ascii: ":"))
                                && next.kind == .digit
                        } else {
                            joins = (b == UInt8(ascii: "'") || b == UInt8(ascii: "-") || reader.isRightSingleQuote(at: i)) && next.kind == .letter
                        }
                        if joins { i += d.length + next.length; continue }
                    }
                    if numeric && bytes[i] == UInt8(ascii: "%") { i += 1 }
                    break
                }
            } else {
                i += c.length
            }
            out.append(make(bytes, start, i, first: c))
        }
        return out
    }

    static func make(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, first: TextScanner.Character) -> WordToken {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let text = String(decoding: slice, as: UTF8.self)
        var ascii = true
        var upper = false
        for b in slice { if b >= 0x80 { ascii = false; break }; if b >= 65 && b <= 90 { upper = true } }
        let lower: String
        if !ascii {
            lower = text.lowercased()
        } else if upper {
            lower = String(unsafeUninitializedCapacity: slice.count) { buffer in
                for (k, b) in slice.enumerated() { buffer[k] = b >= 65 && b <= 90 ? b + 32 : b }
                return slice.count
            }
        } else {
            lower = text
        }
        let isWord = first.kind == .letter
        return WordToken(text: text, lower: lower, start: start, end: end, isWord: isWord, isNumber: first.kind == .digit,
                         isCapitalized: first.isUppercase, word: WordClass.of(lower))
    }
}

/// Reads UTF-8 text a character at a time: what kind of character starts at an offset and how many bytes
/// it takes (a letter with its combining marks is one character).
struct TextScanner {
    /// What a character is, as the tokenizer and the sentence splitter see it.
    enum Kind { case space, letter, digit, other }

    /// A character: its kind, length in bytes and case.
    struct Character {
        var kind: Kind
        var length: Int
        var isUppercase: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The scalar at `i` and its length in bytes (the text is valid UTF-8).
    @inline(__always) func scalar(at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = bytes.count
        if b0 < 0xE0 { return (i + 1 < n ? (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F) : 0xFFFD, 2) }
        if b0 < 0xF0 {
            guard i + 2 < n else { return (0xFFFD, n - i) }
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        guard i + 3 < n else { return (0xFFFD, n - i) }
        return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// Whether the scalar continues the character before it (combining marks, joiners, variation selectors).
    static func extends(_ v: UInt32) -> Bool {
        if v < 0x300 { return false }
        if v == 0x200D || (0xFE00...0xFE0F).contains(v) { return true }
        guard let s = Unicode.Scalar(v) else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always) func character(at i: Int) -> Character {
        let b = bytes[i]
        if b < 0x80, i + 1 >= bytes.count || bytes[i + 1] < 0xCC {
            // ASCII, not followed by a combining mark (those start at U+0300, lead byte 0xCC).
            switch b {
            case 0x41...0x5A: return Character(kind: .letter, length: 1, isUppercase: true)
            case 0x61...0x7A: return Character(kind: .letter, length: 1, isUppercase: false)
            case 0x30...0x39: return Character(kind: .digit, length: 1, isUppercase: false)
            case 0x20, 0x09...0x0D: return Character(kind: .space, length: 1, isUppercase: false)
            default: return Character(kind: .other, length: 1, isUppercase: false)
            }
        }
        let (v, length) = scalar(at: i)
        var total = length
        while i + total < bytes.count, bytes[i + total] >= 0xCC {
            let next = scalar(at: i + total)
            guard Self.extends(next.value) else { break }
            total += next.length
        }
        guard let s = Unicode.Scalar(v) else { return Character(kind: .other, length: total, isUppercase: false) }
        let p = s.properties
        if p.isWhitespace { return Character(kind: .space, length: total, isUppercase: false) }
        if p.isAlphabetic { return Character(kind: .letter, length: total, isUppercase: p.isUppercase) }
        if p.numericType != nil { return Character(kind: .digit, length: total, isUppercase: false) }
        return Character(kind: .other, length: total, isUppercase: false)
    }

    @inline(__always) static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b &- 0x30) < 10 || ((b | 0x20) &- 0x61) < 26
    }

    /// `letter . letter .` at `i`: an initialism such as "U.S." or "e.g.".
    func isInitialism(at i: Int) -> Bool {
        let n = bytes.count
        let a = character(at: i)
        let dot1 = i + a.length
        guard a.kind == .letter, dot1 + 1 < n, bytes[dot1] == UInt8(ascii: ".") else { return false }
        let b = character(at: dot1 + 1)
        let dot2 = dot1 + 1 + b.length
        return b.kind == .letter && dot2 < n && bytes[dot2] == UInt8(ascii: ".")
    }

    /// `’` (U+2019) at `i`.
    func isRightSingleQuote(at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
    }
}

extension WordToken {
    /// Whether the lower-cased word is on any of these lexicon lists.
    func `is`(_ c: WordClass) -> Bool { !word.isDisjoint(with: c) }
    /// A function word (determiner, preposition, conjunction, pronoun, auxiliary or adverb).
    var isFunctionWord: Bool { `is`(.function) }
}

extension String {
    /// Whether the string's UTF-8 bytes end with `suffix` (byte comparison, no Unicode rules).
    func hasByteSuffix(_ suffix: StaticString) -> Bool {
        let u = utf8
        let n = suffix.utf8CodeUnitCount
        guard u.count >= n else { return false }
        var i = u.index(u.endIndex, offsetBy: -n)
        let p = suffix.utf8Start
        for k in 0..<n {
            if u[i] != p[k] { return false }
            i = u.index(after: i)
        }
        return true
    }
}
