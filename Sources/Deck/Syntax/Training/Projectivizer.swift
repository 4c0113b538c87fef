/// Makes a tree projective by lifting: while an arc crosses another, the dependent of the shortest such arc
/// is moved up to its head's head (the arc-hybrid oracle needs a projective tree).
enum Projectivizer {
    /// `heads`: 0-based heads with `n` (the word count) for the root.
    static func lift(_ heads: [Int]) -> [Int] {
        var h = heads
        let n = h.count
        while true {
            var worst = -1, worstLength = Int.max
            for d in 0..<n where !isProjective(d, h) {
                let length = abs(h[d] - d)
                if length < worstLength { worst = d; worstLength = length }
            }
            guard worst >= 0, h[worst] < n else { return h }
            h[worst] = h[h[worst]]
        }
    }

    /// Whether every word between `d` and its head descends from that head.
    static func isProjective(_ d: Int, _ h: [Int]) -> Bool {
        let head = h[d], n = h.count
        let (a, b) = head < d ? (head, d) : (d, head)
        guard b - a > 1 else { return true }
        for k in (a + 1)..<min(b, n) {
            var x = k, steps = 0
            while x != head && x < n && steps <= n { x = h[x]; steps += 1 }
            if x != head { return false }
        }
        return true
    }
}
