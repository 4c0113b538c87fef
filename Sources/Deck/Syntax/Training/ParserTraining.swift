/// Trains the dependency parser with the arc-hybrid dynamic oracle (Goldberg & Nivre): the perceptron learns
/// from every move that would lose a gold arc, and after the first pass the parser mostly follows its own
/// moves, so it learns to recover from its mistakes.
struct ParserTraining {
    var iterations = 15
    var seed: UInt64 = 1
    /// After the first pass, the share of moves taken from the model rather than the oracle.
    var exploration = 0.9
    var progress: @Sendable (Int, Double) -> Void = { _, _ in }

    /// A sentence to learn from: its parser features (with predicted tags) and its gold tree.
    struct Example {
        var features: ParserFeatures
        /// 0-based heads, the root as the word count; projective.
        var heads: [Int]
        var labels: [Int]
    }

    func train(_ examples: [Example], labels: [String]) -> DependencyParser {
        let rootLabel = labels.firstIndex(of: "root")!
        let count = labels.count
        let trainer = PerceptronTrainer(classes: 1 + 2 * count)
        let shape = DependencyParser(labels: labels, rootLabel: rootLabel, model: LinearModel(classes: 1 + 2 * count, scale: 1, rows: []))
        var order = Array(examples.indices)
        var rng = SeededRandom(seed: seed)
        var f: [UInt64] = []
        var scores = [Float](repeating: 0, count: 1 + 2 * count)
        for pass in stride(from: 1, through: iterations, by: 1) {
            order.shuffle(using: &rng)
            var right = 0, total = 0
            for e in order {
                let ex = examples[e]
                let n = ex.heads.count
                var children = [[Int]](repeating: [], count: n + 1)
                for d in 0..<n { children[ex.heads[d]].append(d) }
                var st = ParseState(words: n)
                var onStack = [Bool](repeating: false, count: n + 1)
                while !st.isTerminal {
                    ex.features.extract(st, into: &f)
                    trainer.score(f, into: &scores)
                    let guess = shape.best(st, scores)
                    // The best-scoring move that loses no gold arc.
                    var gold: Transition? = nil
                    var goldScore = -Float.infinity
                    func consider(_ m: Transition) {
                        let s = scores[m.index(labels: count)]
                        if gold == nil || s > goldScore { gold = m; goldScore = s }
                    }
                    let s0 = st.stack.last ?? -1
                    let b = st.next
                    if st.allows(.shift, rootLabel: rootLabel) {
                        var cost = children[b].reduce(0) { $0 + (onStack[$1] ? 1 : 0) }
                        if onStack[ex.heads[b]] && ex.heads[b] != s0 { cost += 1 }
                        if cost == 0 { consider(.shift) }
                    }
                    if s0 >= 0 {
                        let lostChildren = children[s0].reduce(0) { $0 + ($1 >= b ? 1 : 0) }
                        let h = ex.heads[s0]
                        let s1 = st.stack.count >= 2 ? st.stack[st.stack.count - 2] : -1
                        // Left: s0 ← b.
                        if lostChildren == 0 && !(h > b || (h == s1 && s1 >= 0)) {
                            if b == n {
                                if st.stack.count == 1 { consider(.left(rootLabel)) }
                            } else if h == b {
                                consider(.left(ex.labels[s0]))
                            } else {
                                for l in 0..<count where l != rootLabel { consider(.left(l)) }
                            }
                        }
                        // Right: s1 → s0.
                        if s1 >= 0 && lostChildren == 0 && !(h >= b) {
                            if h == s1 { consider(.right(ex.labels[s0])) } else {
                                for l in 0..<count where l != rootLabel { consider(.right(l)) }
                            }
                        }
                    }
                    guard let best = gold else {
                        // No move is free of loss (the root's one-dependent rule can cause this): go on as the model says.
                        follow(guess, &st, &onStack)
                        continue
                    }
                    let guessIsGood = zeroCost(guess, best: best, st: st, ex: ex, children: children, onStack: onStack, rootLabel: rootLabel)
                    if !guessIsGood {
                        trainer.update(f, gold: best.index(labels: count), guess: guess.index(labels: count))
                    } else { right += 1 }
                    total += 1
                    trainer.tick()
                    let explore = pass > 1 && (guessIsGood || Double(rng.next() % 1_000_000) / 1e6 < exploration)
                    follow(explore ? guess : best, &st, &onStack)
                }
            }
            progress(pass, Double(right) / Double(max(1, total)))
        }
        return DependencyParser(labels: labels, rootLabel: rootLabel, model: trainer.averaged())
    }

    private func follow(_ move: Transition, _ st: inout ParseState, _ onStack: inout [Bool]) {
        switch move {
        case .shift: onStack[st.next] = true
        default: onStack[st.stack[st.stack.count - 1]] = false
        }
        st.apply(move)
    }

    /// Whether `m` loses no gold arc (its label counts only when its arc is gold).
    private func zeroCost(_ m: Transition, best: Transition, st: ParseState, ex: Example, children: [[Int]], onStack: [Bool], rootLabel: Int) -> Bool {
        if m == best { return true }
        let n = ex.heads.count
        let s0 = st.stack.last ?? -1
        let b = st.next
        switch m {
        case .shift:
            let cost = children[b].reduce(0) { $0 + (onStack[$1] ? 1 : 0) }
            return cost == 0 && !(onStack[ex.heads[b]] && ex.heads[b] != s0)
        case .left(let l):
            guard s0 >= 0 else { return false }
            let h = ex.heads[s0]
            let s1 = st.stack.count >= 2 ? st.stack[st.stack.count - 2] : -1
            if children[s0].contains(where: { $0 >= b }) || h > b || (h == s1 && s1 >= 0) { return false }
            if b == n { return l == rootLabel }
            return h != b || l == ex.labels[s0]
        case .right(let l):
            guard s0 >= 0, st.stack.count >= 2 else { return false }
            let h = ex.heads[s0]
            let s1 = st.stack[st.stack.count - 2]
            if children[s0].contains(where: { $0 >= b }) || h >= b { return false }
            return h != s1 || l == ex.labels[s0]
        }
    }
}
