/// A word, number or punctuation mark of a sentence, with its character offsets.
public struct WordToken: Equatable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int

    public var lower: String { text.lowercased() }
    public var isWord: Bool { text.first?.isLetter ?? false }
    public var isNumber: Bool { text.first?.isNumber ?? false }
    public var isPunctuation: Bool { !isWord && !isNumber }
    public var isCapitalized: Bool { text.first?.isUppercase ?? false }

    /// Splits text into tokens: words (with inner apostrophes, hyphens and periods as in "U.S."),
    /// numbers (with inner `,` `.` `-` `/` as in "1,000", "3.5", "94-95") and single punctuation marks.
    public static func tokenize(_ chars: [Character]) -> [WordToken] {
        var out: [WordToken] = []
        let n = chars.count
        var i = 0
        func letter(_ k: Int) -> Bool { k < n && chars[k].isLetter }
        func alnum(_ k: Int) -> Bool { k < n && (chars[k].isLetter || chars[k].isNumber) }
        while i < n {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            let start = i
            if letter(i) && i + 3 < n && chars[i + 1] == "." && letter(i + 2) && chars[i + 3] == "." {
                // An initialism: "U.S.", "e.g.", "U.S.A."
                while letter(i) && i + 1 < n && chars[i + 1] == "." { i += 2 }
            } else if c.isLetter || c.isNumber {
                let numeric = c.isNumber
                i += 1
                while i < n {
                    if alnum(i) { i += 1; continue }
                    let d = chars[i]
                    let joins: Bool
                    if numeric {
                        joins = [",", ".", "/", ":"].contains(d) && i + 1 < n && chars[i + 1].isNumber
                    } else {
                        joins = ["'", "’", "-"].contains(d) && letter(i + 1)
                    }
                    if joins { i += 2; continue }
                    if numeric && d == "%" { i += 1 }
                    break
                }
            } else {
                i += 1
            }
            out.append(WordToken(text: String(chars[start..<i]), start: start, end: i))
        }
        return out
    }
}
