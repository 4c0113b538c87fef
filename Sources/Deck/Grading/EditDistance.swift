/// Damerau-Levenshtein distance (optimal string alignment) between two strings, in characters.
public enum EditDistance {
    public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { v = min(v, previous2[j - 2] + 1) }
                current[j] = v
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }

    /// How a near miss differs from the expected text, in words ("one letter missing").
    public static func describe(typed: String, expected: String) -> String {
        let t = Array(typed), e = Array(expected)
        let d = distance(typed, expected)
        if d == 1 {
            if t.count + 1 == e.count { return "one letter missing" }
            if t.count == e.count + 1 { return "one letter extra" }
            if let k = zip(t, e).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset,
               k + 1 < t.count, t[k] == e[k + 1], t[k + 1] == e[k] {
                return "two letters swapped"
            }
            return "one letter different"
        }
        return "\(d) letters differ"
    }
}
