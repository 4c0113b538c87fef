/// Splits a paragraph into sentences with rules for abbreviations, initials, decimals, ellipses, quotes,
/// parentheses, list items, URLs, e-mail addresses and citations (the English "Golden Rules").
public enum SentenceSplitter {
    /// Abbreviations written with a final period (lower-cased, without the final period).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "co", "corp", "inc", "ltd", "vs", "etc", "e.g", "i.e",
        "cf", "al", "p", "pp", "no", "n°", "nos", "vol", "vols", "fig", "figs", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "gov", "gen", "col", "capt", "lt",
        "sgt", "rev", "hon", "u.s", "u.k", "e.u", "u.s.a", "u.n", "a.m", "p.m", "ph.d", "ed", "eds", "op", "cit",
        "ibid", "ch", "sen", "rep", "fr", "pres", "ave", "blvd", "rd", "jr.'s", "assn", "bros", "univ", "intl",
        "b.c", "a.d", "c", "ca", "viz", "esp", "resp", "ex", "govt", "dist", "min", "max", "misc", "nat", "natl",
    ]
    /// Abbreviations that stand before a name and never end a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "mt", "sen", "rep", "gov", "gen", "capt", "col", "lt", "sgt", "rev",
        "hon", "fr", "pres", "n°", "no", "vs", "cf", "e.g", "i.e", "approx",
    ]
    /// Words that often start a sentence: after an abbreviation, they mean the sentence ended.
    static let starters: Set<String> = [
        "a", "being", "did", "for", "he", "how", "however", "i", "in", "it", "millions", "more", "she", "that",
        "the", "there", "they", "we", "what", "when", "where", "who", "why", "this", "these", "those", "but", "so",
        "after", "as", "his", "her", "their", "its", "our", "my", "you", "if", "on", "at", "one",
        "again", "also", "thus", "then", "similarly", "therefore", "moreover", "furthermore", "finally", "instead",
        "meanwhile", "although", "while", "today", "later", "some", "many", "both", "each", "such", "hence", "indeed",
        "because", "since", "during", "unlike", "despite", "though", "now", "even", "every", "another", "several", "all",
        "any", "other",
    ]

    /// A white-space-separated token of the paragraph: where it is and its last byte (not its text, so a
    /// paragraph of millions of words costs little).
    struct Token {
        /// The token's UTF-8 offsets in the paragraph.
        var start: Int
        var end: Int
        /// The token's last byte: most tokens cannot end a sentence, and this says so cheaply.
        var last: UInt8

        /// Whether the token may be a list marker (`listValue` is nil for every other).
        var mayBeListMarker: Bool {
            end - start <= 6 && (last == UInt8(ascii: ")") || last == UInt8(ascii: ".") || last == UInt8(ascii: "-")
                || last == UInt8(ascii: "*") || last == 0xA2 || last == 0x83)
        }

        /// Whether the token may end a sentence or be a list marker (it ends in punctuation or non-ASCII).
        var mayEnd: Bool {
            switch last {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"):
                return false
            default:
                return true
            }
        }
    }

    /// The tokens of a paragraph, read with their text.
    struct Tokens {
        let paragraph: String
        var items: [Token] = []
        var count: Int { items.count }
        var indices: Range<Int> { items.indices }
        subscript(k: Int) -> (text: Substring, range: Range<String.Index>, mayEnd: Bool) {
            let range = self.range(items[k].start, items[k].end)
            return (paragraph[range], range, items[k].mayEnd)
        }

        /// The paragraph's indices of UTF-8 offsets `start..<end` (found at once in a native string).
        func range(_ start: Int, _ end: Int) -> Range<String.Index> {
            let utf8 = paragraph.utf8
            return utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
        }
    }

    /// The white-space-separated tokens of a paragraph.
    static func tokens(of paragraph: String) -> Tokens {
        var tokens = Tokens(paragraph: paragraph)
        var copy = paragraph
        copy.withUTF8 { bytes in
            let scanner = TextScanner(bytes)
            var i = 0
            let n = bytes.count
            while i < n {
                while i < n, case let c = scanner.character(at: i), c.kind == .space { i += c.length }
                guard i < n else { break }
                let start = i
                while i < n, case let c = scanner.character(at: i), c.kind != .space { i += c.length }
                tokens.items.append(Token(start: start, end: i, last: bytes[i - 1]))
            }
        }
        return tokens
    }

    public static func split(_ paragraph: String) -> [SplitSentence] {
        let tokens = tokens(of: paragraph)
        var copy = paragraph
        guard tokens.count > 0 else { return [] }
        let listStarts = listMarkers(tokens)
        var sentences: [SplitSentence] = []
        var first = 0
        copy.withUTF8 { bytes in
            for k in tokens.indices {
                let ends = k + 1 == tokens.count || !listStarts.isEmpty && listStarts.contains(k + 1)
                    || (tokens.items[k].mayEnd && (endsAfterWord(bytes, tokens.items[k], tokens.items[k + 1]) ?? endsSentence(tokens, k, listStarts: listStarts)))
                if ends {
                    let range = tokens.range(tokens.items[first].start, tokens.items[k].end)
                    sentences.append(SplitSentence(text: String(paragraph[range]), range: range))
                    first = k + 1
                }
            }
        }
        return sentences
    }

    /// `endsSentence` for the commonest case, read from bytes: a word of two or more ASCII letters and a full
    /// stop, before a word that starts with an ASCII letter. Nil for any other token (and after an
    /// abbreviation before a capital, which needs a closer look at the next word).
    static func endsAfterWord(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, _ next: Token) -> Bool? {
        let (start, end, nextStart, nextEnd) = (token.start, token.end, next.start, next.end)
        guard token.last == UInt8(ascii: "."), end - start >= 3 else { return nil }
        for i in start..<(end - 1) where !TextScanner.isASCIILetter(bytes[i]) { return nil }
        let first = bytes[nextStart]
        guard TextScanner.isASCIILetter(first), nextEnd - nextStart == 1 || bytes[nextStart + 1] < 0x80 else { return nil }
        // A lower-case word goes on the sentence.
        if first >= UInt8(ascii: "a") { return false }
        let word = ByteSearch.lowercasedString(UnsafeBufferPointer(rebasing: bytes[start..<(end - 1)]))
        if titles.contains(word) { return false }
        return abbreviations.contains(word) ? nil : true
    }

    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»"]
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "(", "[", "«"]

    /// The token without closing quotes and brackets at its end.
    static func core(_ t: Substring) -> Substring {
        // (Most tokens end in an ASCII character that is no closer: nothing to strip, and no character to read.)
        if let b = t.utf8.last, b < 0x80, b != UInt8(ascii: "\""), b != UInt8(ascii: "'"), b != UInt8(ascii: ")"), b != UInt8(ascii: "]") {
            return t
        }
        var s = t
        while let last = s.last, closers.contains(last), s.count > 1 { s = s.dropLast() }
        return s
    }

    static func firstLetter(_ t: Substring) -> Character? {
        // (An ASCII first character that is no opener, with no mark joined to it: read from its byte.)
        let u = t.utf8
        if let b = u.first, b < 0x80, b != UInt8(ascii: "\""), b != UInt8(ascii: "'"), b != UInt8(ascii: "("), b != UInt8(ascii: "["),
           u.count == 1 || u[u.index(after: u.startIndex)] < 0x80 {
            return Character(Unicode.Scalar(b))
        }
        return t.first { !openers.contains($0) }
    }

    static func isDots(_ t: Substring) -> Bool { !t.isEmpty && t.allSatisfy { $0 == "." || $0 == "…" } }

    static func endsSentence(_ tokens: Tokens, _ k: Int, listStarts: Set<Int>) -> Bool {
        let token = tokens[k].text
        // Never right after a list marker or a bullet.
        if let v = listValue(token), k == 0 || listStarts.contains(k) || v == -1 || (k > 0 && listValue(tokens[k - 1].text) == -1) {
            return false
        }
        let next = tokens[k + 1].text
        let c = core(token)
        guard let last = c.last, last == "." || last == "?" || last == "!" || last == "…" else { return false }
        let nextFirst = firstLetter(next)
        let nextUpper = nextFirst.map { $0.isUppercase || !$0.isLetter && !$0.isNumber && !$0.isPunctuation } ?? false
        var nextStarter: Bool {
            let word = String(next.drop { openers.contains($0) }).lowercased()
            let bare = String(word.prefix { $0.isLetter })
            return starters.contains(word) || starters.contains(bare)
        }
        if last == "?" || last == "!" {
            return !(nextFirst?.isLowercase ?? false)
        }
        if last == "…" { return nextUpper && c.count > 1 && c.dropLast().last == "." }
        guard last == "." else { return false }
        // Runs of dots: "...." ends a sentence, "..." does not; ". . . ." as separate tokens likewise.
        if isDots(c) {
            var run = 0
            var j = k
            while j >= 0, isDots(core(tokens[j].text)) { run += core(tokens[j].text).count; j -= 1 }
            // "word. . . . Next": the sentence already ended at "word." (see below).
            if run == 3, j >= 0, core(tokens[j].text).hasSuffix(".") { return false }
            // A full stop set off by spaces ("Department of Education . Students do not…") ends one too.
            return (run >= 4 || run == 1) && nextUpper
        }
        // (The last character is a full stop: the full stops before it are its last bytes, counted as bytes.)
        let dots = c.utf8.reversed().prefix { $0 == UInt8(ascii: ".") }.count
        if dots >= 4 { return nextUpper }
        if dots == 3 { return false }
        // "word." followed by ". . ." and a capital: the sentence ended at "word."
        if isDots(next) {
            var j = k + 1, run = 0
            while j < tokens.count, isDots(core(tokens[j].text)) { run += core(tokens[j].text).count; j += 1 }
            return run == 3 && j < tokens.count && (firstLetter(tokens[j].text)?.isUppercase ?? false)
        }
        guard nextUpper || (nextFirst.map { $0.isNumber } ?? false) && isListMarker(next) else { return false }
        let stem = c.dropLast()
        let word = String(stem.drop { openers.contains($0) }).lowercased()
        if titles.contains(word) { return false }
        if abbreviations.contains(word) { return nextStarter }
        // An initial ("E.", "I."): ends a sentence only before a typical sentence start, and not before another
        // initial ("A. A. Michelson", whose second "A." is no article).
        if word.count == 1, let ch = word.first, ch.isLetter {
            let n = core(next)
            return nextStarter && !(n.count == 2 && n.last == "." && n.first?.isUppercase == true)
        }
        // Letters and periods ("U.S.A.", "P.M."): an abbreviation.
        if word.utf8.contains(UInt8(ascii: ".")), word.allSatisfy({ $0.isLetter || $0 == "." }), word.split(separator: ".").allSatisfy({ $0.count <= 2 }) {
            return nextStarter
        }
        return true
    }

    static func isListMarker(_ t: Substring) -> Bool { listValue(t) != nil }

    /// `1.)`, `2)`, `3.`, `a.`, `⁃9.`, or a bullet `•`: the item's ordinal (bullets: -1).
    static func listValue(_ t: Substring) -> Int? {
        // (Only a token ending in `)`, `.`, `-`, `*` or the last byte of `•` or `⁃` can be one: no character is
        // read for the rest.)
        guard t.utf8.count <= 6, let b = t.utf8.last,
              b == UInt8(ascii: ")") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == 0xA2 || b == 0x83 else { return nil }
        guard let last = t.last, last == ")" || last == "." || last == "•" || last == "⁃" || last == "-" || last == "*" else { return nil }
        var s = t
        if s == "•" || s == "⁃" || s == "-" || s == "*" { return -1 }
        if s.first == "⁃" || s.first == "•" { s = s.dropFirst() }
        let body: Substring
        if s.hasSuffix(".)") { body = s.dropLast(2) } else if s.hasSuffix(")") || s.hasSuffix(".") { body = s.dropLast() } else { return nil }
        if let n = Int(body), n >= 0, n < 100 { return n }
        if body.count == 1, let ch = body.first, ch.isLowercase, let a = ch.asciiValue { return Int(a) - 96 + 1000 }
        return nil
    }

    /// Token indices where a list item starts: a marker whose value follows a previous marker's, or a bullet.
    static func listMarkers(_ tokens: Tokens) -> Set<Int> {
        var out: Set<Int> = []
        var previous: (index: Int, value: Int)? = nil
        for k in tokens.indices where tokens.items[k].mayBeListMarker {
            let t = tokens[k]
            guard let v = listValue(t.text) else { continue }
            if v == -1 {
                if k + 1 < tokens.count { out.insert(k) }
                continue
            }
            if t.text.first == "⁃" || t.text.first == "•" { out.insert(k); continue }
            if k > 0, listValue(tokens[k - 1].text) == -1 { previous = (k, v); continue } // "• 10." starts at the bullet
            if let p = previous, v == p.value + 1 {
                out.insert(k)
                if p.index == 0 || out.contains(p.index) == false { out.insert(p.index) }
            }
            previous = (k, v)
        }
        out.remove(0)
        return out
    }
}
