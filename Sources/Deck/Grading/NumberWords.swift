/// English number words ("eight", "twenty-one", "three hundred", "eighth") read as digits.
public enum NumberWords {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Int] = ["hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000]
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
    ]

    /// The value of one word, if it is a number word.
    public static func value(_ word: String) -> Int? { units[word] ?? tens[word] }

    /// Replaces runs of number words in `words` (already lower-cased) by their digits; ordinals
    /// ("second", "2nd") become `2nd`-style tokens so "Second World War" = "2nd World War".
    public static func digits(in words: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            // An ASCII word starting with a digit is a numbered ordinal ("2nd") or stays as it is.
            if let f = w.utf8.first, f >= 0x30 && f <= 0x39, ByteSearch.isASCII(w) {
                out.append(numberedOrdinal(w).map(suffixed) ?? w)
                i += 1
                continue
            }
            // Most words are neither number words nor ordinals: they are known by their bytes alone.
            if !mayBeNumber(w) {
                out.append(w)
                i += 1
                continue
            }
            if let o = ordinals[w] {
                out.append(suffixed(o))
                i += 1
                continue
            }
            if w.first?.isNumber == true, let n = Int(w.drop { _ in false }.filter(\.isNumber)), w.count > 2,
               ["st", "nd", "rd", "th"].contains(String(w.suffix(2))), w.dropLast(2).allSatisfy(\.isNumber) {
                out.append(suffixed(n))
                i += 1
                continue
            }
            var total = 0, current = 0, used = 0
            var k = i
            while k < words.count {
                let word = words[k]
                if let n = units[word] ?? tens[word] {
                    let (sum, over) = current.addingReportingOverflow(n)
                    if over { break }
                    current = sum
                } else if let s = scales[word], used > 0 || s == 100 {
                    // ("hundred hundred …" or "trillion trillion …" past Int's range ends the number.)
                    let (scaled, over) = max(current, 1).multipliedReportingOverflow(by: s)
                    if over { break }
                    if s == 100 { current = scaled } else {
                        let (sum, over) = total.addingReportingOverflow(scaled)
                        if over { break }
                        total = sum
                        current = 0
                    }
                } else if word == "and", used > 0, k + 1 < words.count, units[words[k + 1]] != nil || tens[words[k + 1]] != nil {
                    // "one hundred and five"
                } else { break }
                used += 1
                k += 1
            }
            let (value, over) = total.addingReportingOverflow(current)
            if used > 0 && !(used == 1 && scales[words[i]] != nil) && !over {
                out.append(String(value))
                i = k
            } else {
                out.append(w)
                i += 1
            }
        }
        return out
    }

    /// The number of an ASCII numbered ordinal ("2nd", "21st", "100th"): digits, then `st`, `nd`, `rd` or `th`.
    static func numberedOrdinal(_ word: String) -> Int? {
        let bytes = Array(word.utf8)
        guard bytes.count > 2 else { return nil }
        let suffix = (bytes[bytes.count - 2], bytes[bytes.count - 1])
        guard suffix == (0x73, 0x74) || suffix == (0x6E, 0x64) || suffix == (0x72, 0x64) || suffix == (0x74, 0x68),
              bytes.dropLast(2).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(String(decoding: bytes.dropLast(2), as: UTF8.self))
    }

    /// Whether `word` might be a number word, an ordinal ("second") or a numbered ordinal ("2nd"): a digit
    /// first, or one of the number words and ordinals (found by its FNV-1a hash, so that the many words
    /// that are none are not hashed again as a `String`).
    static func mayBeNumber(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first >= 0x30 && first <= 0x39 { return true }
        if first >= 0x80 { return true }  // (beyond ASCII: the general way)
        return known.index.first(FNV1a.hash(word), where: { known.words[$0] == word }) != nil
    }

    /// Every number word and ordinal of the tables, by FNV-1a hash.
    static let known: (index: HashedIndex, words: [String]) = {
        let words = (Array(units.keys) + Array(tens.keys) + Array(scales.keys) + Array(ordinals.keys)).sorted()
        var index = HashedIndex(capacity: words.count)
        for (k, w) in words.enumerated() { index.insert(FNV1a.hash(w), k) }
        return (index, words)
    }()

    static func suffixed(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
