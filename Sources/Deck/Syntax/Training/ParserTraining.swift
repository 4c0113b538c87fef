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
                    let free = FreeMoves(st, ex, children, onStack, rootLabel: rootLabel)
                    var gold: Transition? = nil
                    var goldScore = -Float.infinity
                    for k in 0..<(1 + 2 * count) {
                        let m: Transition = k == 0 ? .shift : k <= count ? .left(k - 1) : .right(k - 1 - count)
                        if free.allows(m) && (gold == nil || scores[k] > goldScore) { gold = m; goldScore = scores[k] }
                    }
                    guard let best = gold else {
                        // No move is free of loss (the root's one-dependent rule can cause this): go on as the model says.
                        follow(guess, &st, &onStack)
                        continue
                    }
                    let guessIsGood = free.allows(guess)
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

    /// Which moves from a state lose no gold arc (Goldberg & Nivre's arc-hybrid costs): the kinds of move free of
    /// loss, and the label a free arc must have (nil: any but `root`).
    private struct FreeMoves {
        var shift = false, left = false, right = false
        var leftLabel: Int? = nil, rightLabel: Int? = nil
        let rootLabel: Int

        init(_ st: ParseState, _ ex: Example, _ children: [[Int]], _ onStack: [Bool], rootLabel: Int) {
            self.rootLabel = rootLabel
            let n = ex.heads.count
            let s0 = st.stack.last ?? -1
            let b = st.next
            // Shift loses b's dependents on the stack, and its head if that is on the stack below s0.
            if st.allows(.shift, rootLabel: rootLabel) {
                shift = !children[b].contains { onStack[$0] } && !(onStack[ex.heads[b]] && ex.heads[b] != s0)
            }
            guard s0 >= 0 else { return }
            // Popping s0 loses its dependents in the buffer; left loses a head in the buffer past b or at s1,
            // right a head anywhere in the buffer.
            let keepsChildren = !children[s0].contains { $0 >= b }
            let h = ex.heads[s0]
            let s1 = st.stack.count >= 2 ? st.stack[st.stack.count - 2] : -1
            left = keepsChildren && !(h > b || (h == s1 && s1 >= 0)) && (b < n || st.stack.count == 1)
            leftLabel = b == n ? rootLabel : (h == b ? ex.labels[s0] : nil)
            right = s1 >= 0 && keepsChildren && h < b
            rightLabel = h == s1 ? ex.labels[s0] : nil
        }

        func allows(_ m: Transition) -> Bool {
            switch m {
            case .shift: return shift
            case .left(let l): return left && (leftLabel.map { l == $0 } ?? (l != rootLabel))
            case .right(let l): return right && (rightLabel.map { l == $0 } ?? (l != rootLabel))
            }
        }
    }
}
