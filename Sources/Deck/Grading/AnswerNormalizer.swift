import Foundation

/// Brings a typed answer and an expected answer to a common form: compatibility-normalised (full-width
/// forms too), case-folded, without diacritics, punctuation or a leading article, spaces collapsed, and
/// number words as digits.
public enum AnswerNormalizer {
    public static func normalize(_ text: String) -> String {
        // Plain ASCII needs no Unicode folding (the common case, and much faster): its words are lower-cased
        // as they are read.
        var words: [String]
        if ByteSearch.isASCII(text) {
            words = asciiWords(text)
        } else {
            let folded = text.precomposedStringWithCompatibilityMapping
                .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            words = ByteSearch.isASCII(folded) ? asciiWords(folded) : unicodeWords(folded)
        }
        // Only a word with a digit, `.` or `,` needs cleaning as a number.
        if words.contains(where: { ByteSearch.anyByte(of: $0, { $0 < 0x41 }) }) { words = words.flatMap(cleanNumber) }
        if words.count > 1, ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
        return NumberWords.digits(in: mergeInitials(words).map(romanNumeral)).joined(separator: " ")
    }

    /// The words of ASCII text, lower-cased: letters and digits, with `.` and `,` kept after a digit.
    static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = -1
            func flush(_ end: Int) {
                guard start >= 0 else { return }
                words.append(ByteSearch.lowercasedString(UnsafeBufferPointer(rebasing: bytes[start..<end])))
                start = -1
            }
            for (i, b) in bytes.enumerated() {
                let isDigit = b >= 0x30 && b <= 0x39
                if isDigit || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) {
                    if start < 0 { start = i }
                } else if b == 0x2E || b == 0x2C, start >= 0, bytes[i - 1] >= 0x30 && bytes[i - 1] <= 0x39 {
                    continue
                } else {
                    flush(i)
                }
            }
            flush(bytes.count)
        }
        return words
    }

    /// The words of folded text, scalar by scalar (see `asciiWords`; ideographs are letters too).
    static func unicodeWords(_ folded: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark {
                if scalar.properties.generalCategory != .nonspacingMark { current.unicodeScalars.append(scalar) }
            } else if scalar == "." || scalar == ",", let last = current.unicodeScalars.last, last.properties.numericType != nil {
                // keep decimal points and thousands separators inside numbers for now
                current.unicodeScalars.append(scalar)
            } else if isIdeographic(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                if !current.isEmpty { words.append(current); current = "" }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `1,000` → `1000`, `3.50` → `3.5`, `19.01.1960` → three numbers, a trailing `.` or `,` dropped.
    static func cleanNumber(_ word: String) -> [String] {
        guard ByteSearch.isASCII(word) else { return cleanNumberBeyondASCII(word) }
        // ASCII (nearly every word): the same steps over bytes.
        var w = Array(word.utf8)
        while let last = w.last, last == 0x2E || last == 0x2C { w.removeLast() }
        guard let first = w.first, first >= 0x30 && first <= 0x39 else { return [String(decoding: w, as: UTF8.self)] }
        if w.lazy.filter({ $0 == 0x2E }).count > 1 { return w.split(separator: 0x2E).map { String(decoding: $0, as: UTF8.self) } }
        let noThousands = String(decoding: w.filter { $0 != 0x2C }, as: UTF8.self)
        if w.contains(0x2E), let d = Double(noThousands) {
            return [d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)]
        }
        return [noThousands]
    }

    /// `cleanNumber` for a word beyond ASCII, by characters.
    static func cleanNumberBeyondASCII(_ word: String) -> [String] {
        var w = word
        while let last = w.last, last == "." || last == "," { w.removeLast() }
        guard w.first?.isNumber == true else { return [w] }
        if w.filter({ $0 == "." }).count > 1 { return w.split(separator: ".").map(String.init) }
        let noThousands = w.replacingOccurrences(of: ",", with: "")
        if noThousands.contains("."), let d = Double(noThousands) {
            return [d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)]
        }
        return [noThousands]
    }

    /// Runs of single letters (`u s a`, from "U.S.A.") become one word (`usa`).
    static func mergeInitials(_ words: [String]) -> [String] {
        var out: [String] = []
        var run = ""
        for w in words {
            if w.utf8.count == 1, let b = w.utf8.first, b | 0x20 >= 0x61 && b | 0x20 <= 0x7A {
                run += w
            } else {
                if !run.isEmpty { out.append(run); run = "" }
                out.append(w)
            }
        }
        if !run.isEmpty { out.append(run) }
        return out
    }

    /// Roman numerals of two letters or more made of i, v and x (`ii`, `xiv`) as digits.
    static func romanNumeral(_ word: String) -> String {
        guard (2...6).contains(word.utf8.count), word.utf8.allSatisfy({ $0 == 0x69 || $0 == 0x76 || $0 == 0x78 }) else { return word }
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10]
        let digits = word.map { values[$0]! }
        var total = 0
        for (k, v) in digits.enumerated() {
            total += k + 1 < digits.count && v < digits[k + 1] ? -v : v
        }
        return total > 0 && total <= 39 ? String(total) : word
    }

    static func isIdeographic(_ s: Unicode.Scalar) -> Bool {
        s.properties.isIdeographic || (0x3040...0x30FF).contains(s.value) || (0xAC00...0xD7AF).contains(s.value)
    }
}
