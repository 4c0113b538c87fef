/// Trains the dependency parser with the arc-hybrid dynamic oracle (Goldberg & Nivre): the move perceptron
/// learns from every move that would lose a gold arc, the label perceptron from every gold arc made, and after
/// the first pass the parser mostly follows its own moves and labels, so it learns to recover from its mistakes.
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
        let kinds = Transition.Kind.allCases.count
        let moves = PerceptronTrainer(classes: kinds)
        let labeler = PerceptronTrainer(classes: labels.count)
        let empty = LinearModel(classes: 1, scale: 1, rows: [])
        let shape = DependencyParser(labels: labels, rootLabel: rootLabel, moves: empty, labeler: empty)
        var order = Array(examples.indices)
        var rng = SeededRandom(seed: seed)
        let f = FeatureBuffer(capacity: ParserFeatures.templateCount)
        let arcFeatures = FeatureBuffer(capacity: ParserFeatures.arcTemplateCount)
        var scores = [Float](repeating: 0, count: kinds)
        var labelScores = [Float](repeating: 0, count: labels.count)
        func explores() -> Bool { Double(rng.next() % 1_000_000) / 1e6 < exploration }
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
                    ex.features.extract(st, into: f)
                    moves.score(f.keys, into: &scores)
                    let guess = shape.best(st, scores)
                    // The best-scoring kind of move that loses no gold arc.
                    let free = FreeMoves(st, ex, children, onStack)
                    var gold: Transition.Kind? = nil
                    for kind in Transition.Kind.allCases where st.allows(kind) && free.allows(kind) {
                        if gold == nil || scores[kind.rawValue] > scores[gold!.rawValue] { gold = kind }
                    }
                    // When no kind is free of loss (the root's one-dependent rule can cause this), the model's
                    // move is followed and nothing is learned.
                    var kind = guess
                    if let gold {
                        if free.allows(guess) { right += 1 } else { moves.update(f.keys, gold: gold.rawValue, guess: guess.rawValue) }
                        total += 1
                        moves.tick()
                        let explore = pass > 1 && (free.allows(guess) || explores())
                        kind = explore ? guess : gold
                    }
                    var label = rootLabel
                    if shape.makesLabelledArc(kind, st) {
                        let (h, d) = st.arc(kind)
                        ex.features.extractArc(st, head: h, dependent: d, into: arcFeatures)
                        labeler.score(arcFeatures.keys, into: &labelScores)
                        label = shape.bestLabel(labelScores)
                        // An arc the gold tree has teaches its label; after the first pass the predicted label
                        // is mostly kept, as the moves are.
                        if ex.heads[d] == h {
                            let goldLabel = ex.labels[d]
                            labeler.update(arcFeatures.keys, gold: goldLabel, guess: label)
                            labeler.tick()
                            if !(pass > 1 && (label == goldLabel || explores())) { label = goldLabel }
                        }
                    }
                    follow(DependencyParser.transition(kind, label: label), &st, &onStack)
                }
            }
            progress(pass, Double(right) / Double(max(1, total)))
        }
        return DependencyParser(labels: labels, rootLabel: rootLabel, moves: moves.averaged(), labeler: labeler.averaged())
    }

    private func follow(_ move: Transition, _ st: inout ParseState, _ onStack: inout [Bool]) {
        switch move {
        case .shift: onStack[st.next] = true
        default: onStack[st.stack[st.stack.count - 1]] = false
        }
        st.apply(move)
    }

    /// Which kinds of move from a state lose no gold arc (Goldberg & Nivre's arc-hybrid costs).
    private struct FreeMoves {
        var shift = false, left = false, right = false

        init(_ st: ParseState, _ ex: Example, _ children: [[Int]], _ onStack: [Bool]) {
            let n = ex.heads.count
            let s0 = st.stack.last ?? -1
            let b = st.next
            // Shift loses b's dependents on the stack, and its head if that is on the stack below s0.
            if st.allows(.shift) {
                shift = !children[b].contains { onStack[$0] } && !(onStack[ex.heads[b]] && ex.heads[b] != s0)
            }
            guard s0 >= 0 else { return }
            // Popping s0 loses its dependents in the buffer; left loses a head in the buffer past b or at s1,
            // right a head anywhere in the buffer.
            let keepsChildren = !children[s0].contains { $0 >= b }
            let h = ex.heads[s0]
            let s1 = st.stack.count >= 2 ? st.stack[st.stack.count - 2] : -1
            left = keepsChildren && !(h > b || (h == s1 && s1 >= 0)) && (b < n || st.stack.count == 1)
            right = s1 >= 0 && keepsChildren && h < b
        }

        func allows(_ kind: Transition.Kind) -> Bool {
            switch kind {
            case .shift: return shift
            case .left: return left
            case .right: return right
            }
        }
    }
}
