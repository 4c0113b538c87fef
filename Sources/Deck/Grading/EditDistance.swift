/// Damerau-Levenshtein distance (optimal string alignment) between two strings, in characters.
public enum EditDistance {
    public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        return optimalStringAlignment(x, y, stopAbove: .max)
    }

    /// Whether two texts are at most `limit` edits apart. ASCII texts are compared as bytes (the same
    /// result as `distance`, without building characters), and the work stops once `limit` is passed.
    public static func within(_ limit: Int, _ a: [UInt8], _ b: [UInt8]) -> Bool {
        if abs(a.count - b.count) > limit { return false }
        guard a.allSatisfy({ $0 < 0x80 }), b.allSatisfy({ $0 < 0x80 }) else {
            return distance(String(decoding: a, as: UTF8.self), String(decoding: b, as: UTF8.self), limit: limit) <= limit
        }
        return optimalStringAlignment(a, b, stopAbove: limit) <= limit
    }

    /// The distance of `x` and `y`, or any value over `stopAbove` as soon as it is sure to be larger.
    static func optimalStringAlignment<T: Equatable>(_ x: [T], _ y: [T], stopAbove: Int) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        let m = y.count
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
            var p2 = 0, p1 = m + 1, cur = 2 * (m + 1)
            for j in 0...m { rows[p1 + j] = j }
            for i in 1...x.count {
                rows[cur] = i
                var best = i
                for j in 1...m {
                    let cost = x[i - 1] == y[j - 1] ? 0 : 1
                    var v = min(rows[p1 + j] + 1, rows[cur + j - 1] + 1, rows[p1 + j - 1] + cost)
                    if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { v = min(v, rows[p2 + j - 2] + 1) }
                    rows[cur + j] = v
                    best = min(best, v)
                }
                // Every path goes through this row: once its least value is past the limit, so is the distance.
                if best > stopAbove { return best }
                (p2, p1, cur) = (p1, cur, p2)
            }
            return rows[p1 + m]
        }
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
