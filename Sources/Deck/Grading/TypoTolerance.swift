/// How many typos a typed answer may have and still be a near miss: scaled to the letters of the expected
/// answer (not its words or spaces), a swap of two neighbouring letters counting as one edit, and none ever in
/// a number ("1961" is not "1960").
public enum TypoTolerance {
    /// Edits forgiven for an expected answer of `letters` letters: none up to 4, 1 up to 8, 2 up to 15, else 3.
    public static func allowance(letters: Int) -> Int {
        switch letters {
        case ...4: return 0
        case ...8: return 1
        case ...15: return 2
        default: return 3
        }
    }

    /// The letters of a text (digits, spaces and marks do not count).
    public static func letters(in text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
    }

    /// Whether normalised `t` is a near miss of normalised `e`: within `e`'s allowance overall, every word with
    /// a digit the same in both, and, when both have as many words, each word within its own allowance (so that
    /// "South Korea" is no near miss of "North Korea").
    public static func isNearMiss(_ t: String, _ e: String) -> Bool {
        let allowed = allowance(letters: letters(in: e))
        guard allowed > 0, t != e else { return false }
        let tw = t.split(separator: " "), ew = e.split(separator: " ")
        func hasDigit(_ w: Substring) -> Bool { w.contains(where: \.isNumber) }
        guard tw.filter(hasDigit) == ew.filter(hasDigit) else { return false }
        guard tw.count == ew.count else {
            return EditDistance.distance(t, e, limit: allowed) <= allowed
        }
        var total = 0
        for (a, b) in zip(tw, ew) where a != b {
            let own = allowance(letters: letters(in: b))
            let d = EditDistance.distance(String(a), String(b), limit: own)
            guard !hasDigit(a), !hasDigit(b), d <= own else { return false }
            total += d
        }
        return total <= allowed
    }
}
