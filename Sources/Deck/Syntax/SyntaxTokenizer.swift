/// Splits a sentence into words the way the UD English Web Treebank does: punctuation apart, clitics
/// apart (`do n't`, `Japan 's`, `gon na`), hyphenated compounds apart unless the first part is a prefix
/// (`well - known`, `non-stop`), numbers, times, URLs, e-mail addresses and abbreviations (`U.S.`) whole.
public enum SyntaxTokenizer {
    /// The words of `text`, with their UTF-8 offsets in it.
    public static func tokenize(_ text: String) -> [SyntaxToken] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = SyntaxTokenScanner(bytes)
            scanner.scan()
            return scanner.spans.map { span in
                let form = String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
                return SyntaxToken(form: form, start: span.start, end: span.end)
            }
        }
    }
}

/// The byte-level pass behind `SyntaxTokenizer`: walks the UTF-8 bytes once and records each word's span.
struct SyntaxTokenScanner {
    typealias Span = (start: Int, end: Int)

    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int
    /// The full stop that ends the sentence (only closing quotes and brackets after it), which is always a word
    /// of its own, even after an abbreviation ("etc" "."); -1 when there is none.
    let finalPeriod: Int
    /// Whether the text has an "@" (without one, no word is an e-mail address).
    let hasAt: Bool
    var spans: [Span] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.count = bytes.count
        self.finalPeriod = Self.findFinalPeriod(bytes)
        self.hasAt = bytes.contains(UInt8(ascii: "@"))
        spans.reserveCapacity(bytes.count / 4 + 1)
    }

    // MARK: - Character classes

    enum CharacterClass { case space, word, symbol }

    static func isASCIIDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    static func isASCIIUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    static func lower(_ b: UInt8) -> UInt8 { isASCIIUpper(b) ? b | 0x20 : b }

    /// The scalar starting at `i` (which must start one) and its length in bytes.
    func scalar(at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < count { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < count {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if i + 3 < count {
            return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// The class of the character at `i` and the length of its first scalar.
    func classify(_ i: Int) -> (CharacterClass, Int) {
        let b = bytes[i]
        if b < 0x80 {
            if Self.isASCIILetter(b) || Self.isASCIIDigit(b) || b == UInt8(ascii: "_") { return (.word, 1) }
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return (.space, 1) }
            return (.symbol, 1)
        }
        let (value, length) = scalar(at: i)
        return (Self.classOf(value), length)
    }

    static func classOf(_ value: UInt32) -> CharacterClass {
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        if scalar.properties.isWhitespace { return .space }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber, .format:
            return .word
        default:
            return .symbol
        }
    }

    /// Whether the scalar at `i` only modifies the one before it (combining mark, joiner, variation selector,
    /// skin tone), so it stays in the same word as it.
    func isModifier(_ i: Int) -> Bool {
        guard bytes[i] >= 0x80 else { return false }
        let value = scalar(at: i).value
        if value >= 0x1F3FB && value <= 0x1F3FF { return true }
        guard let s = Unicode.Scalar(value) else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// The class of the character that ends just before `i`.
    func classBefore(_ i: Int) -> CharacterClass {
        var k = i - 1
        while k > 0 && bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return classify(k).0
    }

    func isWord(_ i: Int) -> Bool { i < count && classify(i).0 == .word }
    func isDigit(_ i: Int) -> Bool { i < count && Self.isASCIIDigit(bytes[i]) }
    func isLetter(_ i: Int) -> Bool { i < count && Self.isASCIILetter(bytes[i]) }
    func byte(_ i: Int) -> UInt8 { i < count ? bytes[i] : 0 }

    /// The length of an apostrophe at `i` (' ` or ’), or 0.
    func apostropheLength(_ i: Int) -> Int {
        guard i < count else { return 0 }
        let b = bytes[i]
        if b == UInt8(ascii: "'") || b == UInt8(ascii: "`") { return 1 }
        if b == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return 0
    }

    /// The length of any quote mark at `i` (' ` ‘ ’), or 0.
    func quoteLength(_ i: Int) -> Int {
        let n = apostropheLength(i)
        if n > 0 { return n }
        if i + 2 < count, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 { return 3 }
        return 0
    }

    static func findFinalPeriod(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = bytes.count - 1
        while i >= 0 {
            let b = bytes[i]
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "\""),
                 UInt8(ascii: "'"), UInt8(ascii: "`"):
                i -= 1
            case 0x99 where i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80, // ’
                 0x9D where i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80: // ”
                i -= 3
            case UInt8(ascii: "."):
                return i > 0 && bytes[i - 1] == UInt8(ascii: ".") ? -1 : i
            default:
                return -1
            }
        }
        return -1
    }

    // MARK: - Scanning

    mutating func scan() {
        var i = 0
        while i < count {
            let (cls, length) = classify(i)
            switch cls {
            case .space: i += length
            case .word: i = scanWord(from: i)
            case .symbol: i = scanSymbol(from: i, length: length)
            }
        }
    }

    mutating func emit(_ start: Int, _ end: Int) {
        if end > start { spans.append((start, end)) }
    }

    /// The end of the run of bytes equal to `bytes[i]` from `i`.
    func runEnd(_ i: Int) -> Int {
        var j = i + 1
        while j < count && bytes[j] == bytes[i] { j += 1 }
        return j
    }

    /// Scans punctuation or a symbol at `i`, and the word it may start (URL-less cases: "'s", "'60s", ".5").
    mutating func scanSymbol(from i: Int, length: Int) -> Int {
        let b = bytes[i]
        if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || isEllipsis(i) {
            if b == UInt8(ascii: "."), isWord(i + 1), i == 0 || classBefore(i) != .word {
                return scanWord(from: i)  // ".5", ".doc"
            }
            var j = i
            while j < count {
                let c = bytes[j]
                if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") { j += 1 }
                else if isEllipsis(j) { j += 3 }
                else { break }
            }
            emit(i, j)
            return j
        }
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "<"),
             UInt8(ascii: ">"), UInt8(ascii: "~"), UInt8(ascii: "$"):
            if b == UInt8(ascii: "="), let end = emoticonEnd(i) { emit(i, end); return end }
            let j = runEnd(i)
            emit(i, j)
            return j
        case UInt8(ascii: ":"), UInt8(ascii: ";"):
            if let end = emoticonEnd(i) { emit(i, end); return end }
        default:
            break
        }
        let quote = quoteLength(i)
        if quote > 0 {
            if apostropheLength(i) > 0, let end = leadingApostropheWordEnd(i, quote) {
                emit(i, end)
                return end
            }
            let next = quoteLength(i + quote)
            if next > 0 { emit(i, i + quote + next); return i + quote + next }  // '' ‘’
        }
        var j = i + length
        while j < count && isModifier(j) { j += scalar(at: j).length }
        emit(i, j)
        return j
    }

    func isEllipsis(_ i: Int) -> Bool {
        i + 2 < count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA6
    }

    /// The end of an emoticon (":)", ";-)", ":P", "=)") starting at `i`, if there is one.
    func emoticonEnd(_ i: Int) -> Int? {
        var j = i + 1
        if byte(j) == UInt8(ascii: "-") { j += 1 }
        let face = byte(j)
        switch face {
        case UInt8(ascii: ")"), UInt8(ascii: "("):
            break
        case UInt8(ascii: "P"), UInt8(ascii: "p"), UInt8(ascii: "D"):
            if isWord(j + 1) { return nil }
        default:
            return nil
        }
        // Not the colon of "as follows:(a)": a face stands apart from the next word, and from the one before
        // it unless it ends the text or is followed by a space.
        if isWord(j + 1) { return nil }
        if i > 0, classBefore(i) == .word, j + 1 < count, classify(j + 1).0 != .space { return nil }
        return j + 1
    }

    /// The end of a word that starts with an apostrophe: a clitic written apart ("'s", "'ll", "'em") or a
    /// shortened year ("'60s", "'72").
    func leadingApostropheWordEnd(_ i: Int, _ length: Int) -> Int? {
        let s = i + length
        var j = s
        while isDigit(j) { j += 1 }
        if j - s == 2 {
            if byte(j) == UInt8(ascii: "s") { j += 1 }
            return isWord(j) ? nil : j
        }
        guard j == s else { return nil }
        while isLetter(j) { j += 1 }
        guard j > s, j - s <= 2, !isWord(j) else { return nil }
        return Self.isClitic(bytes, s, j) || matches(s, j, "em") ? j : nil
    }

    /// Whether `bytes[s..<e]` is, ignoring ASCII case, `word`.
    func matches(_ s: Int, _ e: Int, _ word: StaticString) -> Bool {
        guard e - s == word.utf8CodeUnitCount else { return false }
        let p = word.utf8Start
        for k in 0..<(e - s) where Self.lower(bytes[s + k]) != p[k] { return false }
        return true
    }

    /// Whether the letters `s..<e` (after an apostrophe) are a clitic: s, m, d, ll, ve, re.
    static func isClitic(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let a = lower(bytes[s])
        switch e - s {
        case 1: return a == UInt8(ascii: "s") || a == UInt8(ascii: "m") || a == UInt8(ascii: "d")
        case 2:
            let b = lower(bytes[s + 1])
            return (a == UInt8(ascii: "l") && b == UInt8(ascii: "l")) || (a == UInt8(ascii: "v") && b == UInt8(ascii: "e"))
                || (a == UInt8(ascii: "r") && b == UInt8(ascii: "e"))
        default: return false
        }
    }

    // MARK: - Words

    /// Scans the word starting at `s` (and any clitic split off its end); returns where scanning goes on.
    mutating func scanWord(from s: Int) -> Int {
        if let end = linkEnd(s) { return emitLink(s, end) }
        var j = bytes[s] == UInt8(ascii: ".") ? s + 1 : s  // ".5", ".doc"
        var segmentStart = s  // start of the part after the last joined hyphen or slash
        while j < count {
            let (cls, length) = classify(j)
            if cls == .word { j += length; continue }
            let b = bytes[j]
            let apostrophe = apostropheLength(j)
            if apostrophe > 0 {
                if let next = clitic(s, j, apostrophe) { return next }
                break
            }
            if b == UInt8(ascii: "/"), j == s + 1, Self.lower(bytes[s]) == UInt8(ascii: "w"), !isWord(j + 1) {
                j += 1  // "w/"
                break
            }
            guard j > s, isWord(j + 1) else { break }
            var joins = false
            switch b {
            case UInt8(ascii: "."): joins = true
            case UInt8(ascii: ","): joins = isThousands(j)
            case UInt8(ascii: ":"): joins = isDigit(j - 1) && isDigit(j + 1)
            case UInt8(ascii: "-"): joins = hyphenJoins(segmentStart, j)
            case UInt8(ascii: "/"): joins = slashJoins(segmentStart, j)
            case UInt8(ascii: "&"): joins = Self.isASCIIUpper(bytes[j - 1]) && Self.isASCIIUpper(bytes[j + 1])
            case UInt8(ascii: "@"): joins = true  // "Rice@ENRON"
            default: break
            }
            guard joins else { break }
            j += 1
            if b == UInt8(ascii: "-") || b == UInt8(ascii: "/") { segmentStart = j }
        }
        // An abbreviation keeps its full stop ("Mr.", "U.S.", "e.g."), unless the stop ends the sentence.
        if byte(j) == UInt8(ascii: "."), byte(j + 1) != UInt8(ascii: "."), j != finalPeriod, isAbbreviation(s, j) {
            j += 1
        }
        emitWord(s, j)
        return j
    }

    /// Handles an apostrophe at `j` inside the word started at `s`: splits a clitic off ("do n't", "Japan 's")
    /// and returns where scanning goes on, or nil when the word ends before the apostrophe. Returns the end of
    /// the joined word for names like "O'Connell".
    mutating func clitic(_ s: Int, _ j: Int, _ length: Int) -> Int? {
        let after = j + length
        var e = after
        while isLetter(e) { e += 1 }
        guard e > after, j > s else { return nil }
        if isWord(e) || apostropheLength(e) > 0 { return continueWord(s, from: e) }
        if Self.isClitic(bytes, after, e) {
            var digitsOnly = true
            for k in s..<j where !Self.isASCIIDigit(bytes[k]) { digitsOnly = false; break }
            if digitsOnly && Self.lower(bytes[after]) == UInt8(ascii: "s") { emit(s, e); return e }  // "1960's"
            emitWord(s, j)
            emit(j, e)
            return e
        }
        if e - after == 1, Self.lower(bytes[after]) == UInt8(ascii: "t"), j - 1 > s, Self.lower(bytes[j - 1]) == UInt8(ascii: "n") {
            emit(s, j - 1)
            emit(j - 1, e)
            return e
        }
        emit(s, e)  // "O'Connell", "d'etat"
        return e
    }

    /// Goes on scanning a word joined across an apostrophe, from `e`.
    mutating func continueWord(_ s: Int, from e: Int) -> Int {
        var j = e
        while j < count && classify(j).0 == .word { j += classify(j).1 }
        emit(s, j)
        return j
    }

    /// Whether the comma at `j` separates thousands: a digit before, exactly three after.
    func isThousands(_ j: Int) -> Bool {
        isDigit(j - 1) && isDigit(j + 1) && isDigit(j + 2) && isDigit(j + 3) && !isDigit(j + 4)
    }

    /// Whether the hyphen at `j` stays inside the word: after a prefix ("non-stop", "e-mail") or in a phone
    /// number ("713-654-0365"). Other compounds are split ("well - known", "1969 - 1970").
    func hyphenJoins(_ segmentStart: Int, _ j: Int) -> Bool {
        let length = j - segmentStart
        if isDigit(segmentStart) {
            var digits = 0
            for k in segmentStart..<j where Self.isASCIIDigit(bytes[k]) { digits += 1 }
            guard digits == length, length == 3 else { return false }
            var k = j + 1
            while isDigit(k) { k += 1 }
            if k - j - 1 == 4 { return !isWord(k) }
            if k - j - 1 == 3, byte(k) == UInt8(ascii: "-") { return true }
            return false
        }
        guard length <= 7 else { return false }
        var key: UInt64 = 0
        for k in segmentStart..<j {
            guard Self.isASCIILetter(bytes[k]) else { return false }
            key = key << 8 | UInt64(Self.lower(bytes[k]))
        }
        return SyntaxTokenizerWords.hyphenPrefixes.contains(key)
    }

    /// Whether the slash at `j` stays inside the word: a date ("16/11/2004"), "9/11", or between single
    /// letters ("b/c", "w/o", "L/C"). Others are split ("and / or", "3 / 4").
    func slashJoins(_ segmentStart: Int, _ j: Int) -> Bool {
        if j - segmentStart == 1, isLetter(segmentStart) {
            if isLetter(j + 1), !isWord(j + 2) { return true }
            return matches(segmentStart, min(j + 4, count), "w/out") && !isWord(j + 4)
        }
        for k in segmentStart..<j where !Self.isASCIIDigit(bytes[k]) { return false }
        var k = j + 1
        while isDigit(k) { k += 1 }
        if k == j + 1 { return false }
        if byte(k) == UInt8(ascii: "/") && isDigit(k + 1) { return true }
        if segmentStart > 0 && bytes[segmentStart - 1] == UInt8(ascii: "/") { return true }
        return j - segmentStart == 1 && bytes[segmentStart] == UInt8(ascii: "9") && k - j == 3
            && bytes[j + 1] == UInt8(ascii: "1") && bytes[j + 2] == UInt8(ascii: "1") && !isWord(k)
    }

    /// Whether the word `s..<e`, followed by a full stop, is an abbreviation that keeps it: one letter (an
    /// initial), letters with inner stops ("U.S", "e.g"), or a known short form ("Mr", "etc", "Sept").
    func isAbbreviation(_ s: Int, _ e: Int) -> Bool {
        let length = e - s
        if length == 1 { return Self.isASCIILetter(bytes[s]) }
        var key: UInt64 = 0
        var hasStop = false
        for k in s..<e {
            let b = bytes[k]
            if b == UInt8(ascii: ".") { hasStop = true; continue }
            guard Self.isASCIILetter(b) else { return false }
            key = key << 8 | UInt64(Self.lower(b))
        }
        if hasStop { return length <= 8 }
        return length <= 6 && SyntaxTokenizerWords.abbreviations.contains(key)
    }

    /// Emits the word `s..<e`, split where the treebank splits inside it: contractions written without an
    /// apostrophe ("can not", "gon na", "do nt") and a unit after a number ("5 pm", "65 k").
    mutating func emitWord(_ s: Int, _ e: Int) {
        let length = e - s
        if length >= 2 && length <= 8 {
            var key: UInt64 = 0
            var letters = true
            for k in s..<e {
                guard Self.isASCIILetter(bytes[k]) else { letters = false; break }
                key = key << 8 | UInt64(Self.lower(bytes[k]))
            }
            if letters, let cut = SyntaxTokenizerWords.contractions[key] {
                emit(s, s + cut)
                emit(s + cut, e)
                return
            }
        }
        if Self.isASCIIDigit(bytes[s]) {
            var k = s
            while k < e && (Self.isASCIIDigit(bytes[k]) || bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: ",")
                            || bytes[k] == UInt8(ascii: ":")) { k += 1 }
            let unitStart = k
            while k < e && Self.isASCIILetter(bytes[k]) { k += 1 }
            if k == e, unitStart < e, Self.isASCIIDigit(bytes[unitStart - 1]), isUnit(unitStart, e) {
                emit(s, unitStart)
                emit(unitStart, e)
                return
            }
        }
        emit(s, e)
    }

    /// Whether the letters `s..<e` after a number are a unit the treebank splits off ("5 pm", "65 k", "3 M"),
    /// rather than part of the number ("9th", "1960s", "3G").
    func isUnit(_ s: Int, _ e: Int) -> Bool {
        guard e - s <= 8 else { return false }
        var key: UInt64 = 0
        for k in s..<e { key = key << 8 | UInt64(Self.lower(bytes[k])) }
        return SyntaxTokenizerWords.units.contains(key)
    }

    // MARK: - URLs and e-mail addresses

    /// The end of a URL ("http://…", "www.…") or e-mail address starting at `s`, if one does.
    func linkEnd(_ s: Int) -> Int? {
        guard Self.isASCIILetter(bytes[s]) || Self.isASCIIDigit(bytes[s]) else { return nil }
        var j = s
        while isLetter(j) { j += 1 }
        let isURL = (j - s >= 3 && j - s <= 6 && byte(j) == UInt8(ascii: ":") && byte(j + 1) == UInt8(ascii: "/")
                     && byte(j + 2) == UInt8(ascii: "/"))
            || (matches(s, min(s + 3, count), "www") && byte(s + 3) == UInt8(ascii: "."))
        if isURL {
            var e = s
            while e < count {
                let (cls, length) = classify(e)
                if cls == .space { break }
                e += length
            }
            return e
        }
        // name@domain.tld
        guard hasAt else { return nil }
        j = s
        while j < count, Self.isEmailByte(bytes[j]) { j += 1 }
        guard byte(j) == UInt8(ascii: "@"), j > s else { return nil }
        var e = j + 1
        var dots = 0
        while e < count {
            let b = bytes[e]
            if Self.isASCIILetter(b) || Self.isASCIIDigit(b) || b == UInt8(ascii: "-") { e += 1 }
            else if b == UInt8(ascii: "."), isLetter(e + 1) || isDigit(e + 1) { dots += 1; e += 1 }
            else { break }
        }
        return dots > 0 && e > j + 1 ? e : nil
    }

    static func isEmailByte(_ b: UInt8) -> Bool {
        isASCIILetter(b) || isASCIIDigit(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
            || b == UInt8(ascii: "+") || b == UInt8(ascii: "%")
    }

    /// Emits a link `s..<e`, leaving out the punctuation that closes the sentence or a bracket after it.
    mutating func emitLink(_ s: Int, _ e: Int) -> Int {
        var end = e
        var opens = 0
        for k in s..<e where bytes[k] == UInt8(ascii: "(") { opens += 1 }
        while end > s + 1 {
            let b = bytes[end - 1]
            switch b {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                 UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"), UInt8(ascii: ">"):
                end -= 1
                continue
            case UInt8(ascii: ")") where opens == 0:
                end -= 1
                continue
            case 0x9D where end - s >= 4 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80,
                 0x99 where end - s >= 4 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80:
                end -= 3
                continue
            default:
                break
            }
            break
        }
        emit(s, end)
        return end
    }
}
