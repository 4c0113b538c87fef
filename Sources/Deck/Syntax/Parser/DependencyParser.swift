/// The dependency parser: a greedy arc-hybrid transition parser whose moves an averaged perceptron scores.
struct DependencyParser: Sendable {
    /// Relation labels; `labels[rootLabel]` is `root`.
    let labels: [String]
    let rootLabel: Int
    let model: LinearModel

    /// Each word's head (0: the root, `k`: word `k - 1`) and relation label number, for words with the given
    /// lower-cased form hashes, tag classes and punctuation flags.
    func parse(_ features: ParserFeatures) -> (heads: [Int], labels: [Int]) {
        let n = features.words.count - 1
        var st = ParseState(words: n)
        var f: [UInt64] = []
        f.reserveCapacity(ParserFeatures.templateCount + 16)
        var scores = [Int32](repeating: 0, count: model.width)
        while !st.isTerminal {
            features.extract(st, into: &f)
            model.score(f, into: &scores)
            st.apply(best(st, scores))
        }
        return (st.heads.prefix(n).map { $0 == n ? 0 : $0 + 1 }, Array(st.labels.prefix(n)))
    }

    /// The best-scoring move that `st` allows (`scores` are the perceptron's for every class).
    @inline(__always)
    func best<Score: Comparable & Numeric>(_ st: ParseState, _ scores: [Score]) -> Transition {
        let count = labels.count
        var bestMove = Transition.shift
        var found = st.next < st.n
        var bestScore: Score = found ? scores[0] : 0
        if !st.stack.isEmpty {
            if st.next == st.n {
                if st.stack.count == 1 { return .left(rootLabel) }
            } else {
                for l in 0..<count where l != rootLabel && (!found || scores[1 + l] > bestScore) {
                    bestScore = scores[1 + l]; bestMove = .left(l); found = true
                }
            }
            if st.stack.count >= 2 {
                for l in 0..<count where l != rootLabel && (!found || scores[1 + count + l] > bestScore) {
                    bestScore = scores[1 + count + l]; bestMove = .right(l); found = true
                }
            }
        }
        return bestMove
    }
}
