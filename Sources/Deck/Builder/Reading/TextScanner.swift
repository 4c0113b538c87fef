/// Reads UTF-8 text a character at a time: what kind of character starts at an offset and how many bytes
/// it takes (a letter with its combining marks is one character).
struct TextScanner {
    /// What a character is, as the tokenizer and the sentence splitter see it.
    enum Kind { case space, letter, digit, other }

    /// A character as the scanner reads it: its kind, length in bytes and case.
    struct Glyph {
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
        // General punctuation (dashes, quotes, spaces): only the zero-width joiner.
        if v >= 0x2000 && v <= 0x206F { return v == 0x200D }
        if v == 0x200D || (0xFE00...0xFE0F).contains(v) { return true }
        guard let s = Unicode.Scalar(v) else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// An ASCII character, `length` bytes long with the marks that follow it.
    @inline(__always) static func ascii(_ b: UInt32, length: Int) -> Glyph {
        switch b {
        case 0x41...0x5A: return Glyph(kind: .letter, length: length, isUppercase: true)
        case 0x61...0x7A: return Glyph(kind: .letter, length: length, isUppercase: false)
        case 0x30...0x39: return Glyph(kind: .digit, length: length, isUppercase: false)
        case 0x20, 0x09...0x0D: return Glyph(kind: .space, length: length, isUppercase: false)
        default: return Glyph(kind: .other, length: length, isUppercase: false)
        }
    }

    @inline(__always) func character(at i: Int) -> Glyph {
        let b = bytes[i]
        if b < 0x80, i + 1 >= bytes.count || bytes[i + 1] < 0xCC {
            // ASCII, not followed by a combining mark (those start at U+0300, lead byte 0xCC).
            return Self.ascii(UInt32(b), length: 1)
        }
        return character(beyondASCIIAt: i)
    }

    /// `character(at:)` for a scalar beyond ASCII or one with marks after it (kept out of line, so that the
    /// common case above is inlined wherever it is called).
    @inline(never) func character(beyondASCIIAt i: Int) -> Glyph {
        let (v, length) = scalar(at: i)
        var total = length
        while i + total < bytes.count, bytes[i + total] >= 0xCC {
            let next = scalar(at: i + total)
            guard Self.extends(next.value) else { break }
            total += next.length
        }
        // Without a look-up in the Unicode tables: ASCII, general punctuation (dashes, quotes, spaces) and the
        // Latin-1 letters, by far the most common characters of English text.
        if v < 0x80 { return Self.ascii(v, length: total) }
        if v >= 0x2000 && v <= 0x206F {
            let space = v <= 0x200A || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F
            return Glyph(kind: space ? .space : .other, length: total, isUppercase: false)
        }
        if v >= 0xC0 && v <= 0xFF {
            if v == 0xD7 || v == 0xF7 { return Glyph(kind: .other, length: total, isUppercase: false) }
            return Glyph(kind: .letter, length: total, isUppercase: v < 0xDF)
        }
        guard let s = Unicode.Scalar(v) else { return Glyph(kind: .other, length: total, isUppercase: false) }
        let p = s.properties
        if p.isWhitespace { return Glyph(kind: .space, length: total, isUppercase: false) }
        if p.isAlphabetic { return Glyph(kind: .letter, length: total, isUppercase: p.isUppercase) }
        if p.numericType != nil { return Glyph(kind: .digit, length: total, isUppercase: false) }
        return Glyph(kind: .other, length: total, isUppercase: false)
    }

    @inline(__always) static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b &- 0x30) < 10 || ((b | 0x20) &- 0x61) < 26
    }

    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { ((b | 0x20) &- 0x61) < 26 }

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
