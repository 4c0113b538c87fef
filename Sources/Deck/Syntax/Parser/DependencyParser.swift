/// The dependency parser: a greedy arc-hybrid transition parser. One averaged perceptron picks the kind of
/// each move (shift, left arc, right arc); a second one labels each arc as it is made.
struct DependencyParser: Sendable {
    /// Relation labels; `labels[rootLabel]` is `root`.
    let labels: [String]
    let rootLabel: Int
    /// Scores the kinds of move (`Transition.Kind`) on a state's features.
    let moves: LinearModel
    /// Scores the labels of an arc on the arc's features.
    let labeler: LinearModel
    /// The move weights of the small templates, read by index (nil: every feature is looked up in `moves`).
    let small: SmallMoveWeights?
    /// The label of a punctuation mark's arc, `punct`, which the treebank gives every one (nil: scored as any).
    let punctuationLabel: Int?

    /// (`scoresPunctuation`: label punctuation marks' arcs by their scores too.)
    init(labels: [String], rootLabel: Int, moves: LinearModel, labeler: LinearModel, small: SmallMoveWeights? = nil,
         scoresPunctuation: Bool = false) {
        self.labels = labels
        self.rootLabel = rootLabel
        self.moves = moves
        self.labeler = labeler
        self.small = small
        punctuationLabel = scoresPunctuation ? nil : labels.firstIndex(of: "punct")
    }

    /// The parser reading the small templates' weights by index, for a tagger of `tagClasses` classes.
    func readingSmallTemplates(tagClasses: Int) -> DependencyParser {
        DependencyParser(labels: labels, rootLabel: rootLabel, moves: moves, labeler: labeler,
                         small: SmallMoveWeights(moves: moves, tagClasses: tagClasses))
    }

    /// Each word's head (0: the root, `k`: word `k - 1`) and relation label number, for words with the given
    /// lower-cased form hashes, tag classes and punctuation flags.
    ///
    /// A move's score is the sum of three groups' (`ParserFeatures.Groups`), and two of them are kept while what
    /// they read stays the same: the stack's, by the stack's height, until a word is pushed to that height or a
    /// right arc gives the word there a dependent (a left arc pops the stack back to what it was before the
    /// word it pops was pushed, with nothing below changed); and the buffer's, until the next shift. The sums
    /// are of integers, so the scores are the same however they are grouped. (`keepingSums: false` scores every
    /// group at every move.)
    func parse(_ features: ParserFeatures, keepingSums: Bool = true) -> (heads: [Int], labels: [Int]) {
        let n = features.words.count - 1
        var st = ParseState(words: n)
        let f = FeatureBuffer(capacity: ParserFeatures.templateCount)
        let smallFeatures = small.map { _ in FeatureBuffer(capacity: ParserFeatures.templateCount) }
        let arcFeatures = FeatureBuffer(capacity: ParserFeatures.arcTemplateCount)
        var scores = [Int32](repeating: 0, count: moves.width)
        var labelScores = [Int32](repeating: 0, count: labeler.width)
        typealias Sum = (Int32, Int32, Int32)
        /// The move scores of the templates of `groups` on `st`.
        func sum(_ groups: ParserFeatures.Groups) -> Sum {
            features.extract(st, into: f, small: smallFeatures, groups: groups)
            moves.score(f.keys, into: &scores)
            if let small, let smallFeatures { small.add(smallFeatures.keys, to: &scores) }
            return (scores[0], scores[1], scores[2])
        }
        // The stack group's sum by the stack's height (valid or not), and the buffer group's with the word it was
        // taken at.
        var stackSums = [Sum](repeating: (0, 0, 0), count: n + 2), stackSumValid = [Bool](repeating: false, count: n + 2)
        var bufferSum: Sum = (0, 0, 0), bufferSumAt = -1
        while !st.isTerminal {
            // A state that allows one kind of move only (an empty stack, or only the root left in the buffer)
            // needs no scores.
            let kind: Transition.Kind
            if let only = st.onlyMove {
                kind = only
            } else {
                let height = st.stack.count
                if !keepingSums { stackSumValid[height] = false; bufferSumAt = -1 }
                if !stackSumValid[height] {
                    stackSums[height] = sum(.stack)
                    stackSumValid[height] = true
                }
                if bufferSumAt != st.next {
                    bufferSum = sum(.buffer)
                    bufferSumAt = st.next
                }
                let between = sum(.between), stack = stackSums[height]
                scores[0] = between.0 &+ stack.0 &+ bufferSum.0
                scores[1] = between.1 &+ stack.1 &+ bufferSum.1
                scores[2] = between.2 &+ stack.2 &+ bufferSum.2
                kind = best(st, scores)
            }
            var label = rootLabel
            if makesLabelledArc(kind, st) {
                let (h, d) = st.arc(kind)
                // A punctuation mark's arc is `punct` (in training, every one was), unscored.
                if let punctuationLabel, features.isPunctuation(d) {
                    label = punctuationLabel
                } else {
                    features.extractArc(st, head: h, dependent: d, into: arcFeatures)
                    labeler.score(arcFeatures.keys, into: &labelScores)
                    label = bestLabel(labelScores)
                }
            }
            st.apply(Self.transition(kind, label: label))
            // The word now on top is new (a shift), or has a new dependent (a right arc).
            if kind != .left { stackSumValid[st.stack.count] = false }
        }
        return (st.heads.prefix(n).map { $0 == n ? 0 : $0 + 1 }, Array(st.labels.prefix(n)))
    }

    /// Whether a move of `kind` from `st` makes an arc that needs a label: any arc but the one to the root (a
    /// left arc once the buffer holds only the root), whose label is `root`.
    @inline(__always)
    func makesLabelledArc(_ kind: Transition.Kind, _ st: ParseState) -> Bool {
        kind == .right || (kind == .left && st.next < st.n)
    }

    /// The best-scoring kind of move that `st` allows (`scores` are the perceptron's, by `Transition.Kind`).
    @inline(__always)
    func best<Score: Comparable>(_ st: ParseState, _ scores: [Score]) -> Transition.Kind {
        var bestKind = Transition.Kind.shift
        var found = false
        for kind in Transition.Kind.allCases where st.allows(kind) && (!found || scores[kind.rawValue] > scores[bestKind.rawValue]) {
            bestKind = kind
            found = true
        }
        return bestKind
    }

    /// The best-scoring label other than `root`.
    @inline(__always)
    func bestLabel<Score: Comparable>(_ scores: [Score]) -> Int {
        var bestLabel = rootLabel == 0 ? 1 : 0
        for l in 0..<labels.count where l != rootLabel && scores[l] > scores[bestLabel] { bestLabel = l }
        return bestLabel
    }

    @inline(__always)
    static func transition(_ kind: Transition.Kind, label: Int) -> Transition {
        switch kind {
        case .shift: return .shift
        case .left: return .left(label)
        case .right: return .right(label)
        }
    }
}
