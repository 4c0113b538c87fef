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
    /// The FNV-1a hash of `lower` (equal words have equal keys: compared first, it spares most string compares).
    var key: UInt64

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
            out.append(make(bytes, start, i, first: c))
        }
        return out
    }

    static func make(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, first: TextScanner.Glyph) -> WordToken {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        var ascii = true
        var upper = false
        // (The hash of the lower-cased word is taken on the way, for ASCII.)
        var key = FNV1a.offsetBasis
        for b in slice {
            if b >= 0x80 { ascii = false; break }
            if b >= 65 && b <= 90 { upper = true }
            key = FNV1a.step(key, ByteSearch.lowercased(b))
        }
        // (ASCII bytes are copied as they are: decoding them checks them as UTF-8 first, which took longer.)
        let text = ascii ? String(unsafeUninitializedCapacity: slice.count) { _ = $0.initialize(fromContentsOf: slice); return slice.count }
            : String(decoding: slice, as: UTF8.self)
        let lower: String
        if !ascii {
            lower = text.lowercased()
        } else if upper {
            lower = ByteSearch.lowercasedString(slice)
        } else {
            lower = text
        }
        let isWord = first.kind == .letter
        if !ascii { key = FNV1a.hash(lower) }
        return WordToken(text: text, lower: lower, start: start, end: end, isWord: isWord, isNumber: first.kind == .digit,
                         isCapitalized: first.isUppercase, word: WordIndex.shared.classes(of: lower, key: key), key: key)
    }
}

extension WordToken {
    /// Whether the lower-cased word is on any of these lexicon lists.
    func `is`(_ c: WordClass) -> Bool { !word.isDisjoint(with: c) }
    /// A function word (determiner, preposition, conjunction, pronoun, auxiliary or adverb).
    var isFunctionWord: Bool { `is`(.function) }

    /// Whether the lower-cased token is `word`, byte for byte (compared by hash first: most tokens are not).
    /// For a mark, the token's text. (Unlike `==`, no canonical equivalence: not for ";", which U+037E is.)
    @inline(__always)
    func isLower(_ word: StaticString) -> Bool {
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        return key == FNV1a.hash(bytes) && lower.utf8.elementsEqual(bytes)
    }

    /// The pronoun "I" as written (a capital I).
    var isPronounI: Bool { isLower("i") && text == "I" }
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
