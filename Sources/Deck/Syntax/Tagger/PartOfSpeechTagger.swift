/// The part-of-speech tagger: averaged perceptrons over joint UPOS/XPOS classes, read greedily with word, affix,
/// shape, ambiguity-class and context features; a first pass right to left, then a second left to right that also
/// sees the first pass's tags of the words around. Words whose tag the training data settles skip both, and
/// words the first pass tags by a clear margin skip the second.
struct PartOfSpeechTagger: Sendable {
    /// Class `k` stands for the pair `tags[k]`.
    let tags: [TagPair]
    /// A known word's (lower-cased) ambiguity class: a hash of the tags it was seen with.
    let ambiguity: [UInt64: UInt64]
    /// Words (by form) whose tag the training data settles: they are tagged without being scored.
    let settled: [UInt64: Int]
    /// The first pass, which reads the sentence right to left.
    let model: LinearModel
    /// The second pass, left to right (without it, the first pass's tags are the answer).
    let refiner: LinearModel?

    /// A UPOS tag and a Penn tag that go together.
    struct TagPair: Hashable, Sendable {
        var upos: String
        var xpos: String
    }

    /// The ambiguity class of a word the training data never showed.
    static let unknownClass: UInt64 = 0x5555_5555
    /// The tag class before the first word.
    static let start: Int = 1_000_001
    static let templateCount = 41

    /// A first-pass lead of at least this many perceptron updates over the next class settles a word's tag: the
    /// second pass reads only the other words. (On the dev split this gives the tags that reading every word
    /// twice gives, in two thirds of the tagger's time.)
    static let clearMargin: Float = 35

    /// Each word's tag class. `refiningAll` has the second pass read every word the training data does not
    /// settle, however clear the first pass was (as training does).
    func tag(_ words: [String], refiningAll: Bool = false) -> [Int] {
        tag(shapes: words.map(WordShape.init), refiningAll: refiningAll)
    }

    /// Each word's tag class, from the words' shapes.
    func tag(shapes: [WordShape], refiningAll: Bool = false) -> [Int] {
        tag(shapes: shapes, ambiguity: ambiguityClasses(shapes), refiningAll: refiningAll)
    }

    /// Each word's ambiguity class: `unknownClass` for a form the training data did not have.
    func ambiguityClasses(_ shapes: [WordShape]) -> [UInt64] { shapes.map { ambiguity[$0.lower] ?? Self.unknownClass } }

    /// Each word's tag class, from the words' shapes and ambiguity classes (`ambiguityClasses`).
    func tag(shapes: [WordShape], ambiguity amb: [UInt64], refiningAll: Bool = false) -> [Int] {
        var fixed = shapes.map { settled[$0.form] ?? -1 }
        let backwardShapes = Array(shapes.reversed()), backwardAmb = Array(amb.reversed())
        let clear = refiner == nil || refiningAll ? Int32.max : Int32(min(Self.clearMargin / model.scale, Float(Int32.max / 2)))
        var leads: [Int32] = []
        let first: [Int] = Self.decode(model, classes: tags.count, fixed: fixed.reversed(), leads: &leads, measuring: clear != Int32.max) { i, p1, p2, f in
            Self.features(i, backwardShapes, backwardAmb, p1, p2, into: f)
        }.reversed()
        guard let refiner else { return first }
        if clear != Int32.max {
            let n = fixed.count
            for i in 0..<n where fixed[i] < 0 && leads[n - 1 - i] >= clear { fixed[i] = first[i] }
        }
        var unused: [Int32] = []
        return Self.decode(refiner, classes: tags.count, fixed: fixed, leads: &unused, measuring: false) { i, p1, p2, f in
            Self.refinedFeatures(i, shapes, amb, p1, p2, first, into: f)
        }
    }

    /// Greedy decoding: each word's best class in turn, given `features(i, p1, p2, into)` of word `i` after the
    /// classes `p1` and `p2`; a word whose `fixed` class is not -1 takes that class unscored. When `measuring`,
    /// `leads[i]` is how far word `i`'s best class led the next (0 for a word not scored).
    @inline(__always)
    private static func decode(_ model: LinearModel, classes: Int, fixed: [Int], leads: inout [Int32], measuring: Bool,
                               _ features: (Int, Int, Int, FeatureBuffer) -> Void) -> [Int] {
        let count = fixed.count
        var out = [Int](repeating: 0, count: count)
        if measuring { leads = [Int32](repeating: 0, count: count) }
        let f = FeatureBuffer(capacity: templateCount)
        var scores = [Int32](repeating: 0, count: model.width)
        var p1 = start, p2 = start
        for i in 0..<count {
            guard fixed[i] < 0 else {
                out[i] = fixed[i]
                p2 = p1
                p1 = fixed[i]
                continue
            }
            features(i, p1, p2, f)
            model.score(f.keys, into: &scores)
            var best = 0
            for c in 1..<classes where scores[c] > scores[best] { best = c }
            if measuring {
                var second = Int32.min
                for c in 0..<classes where c != best { second = max(second, scores[c]) }
                leads[i] = scores[best] &- second
            }
            out[i] = best
            p2 = p1
            p1 = best
        }
        return out
    }

    /// The second pass's features of word `i`: the first pass's, and the first pass's tags `first` of the word
    /// before, the word itself and the two after.
    @inline(__always)
    static func refinedFeatures(_ i: Int, _ w: [WordShape], _ amb: [UInt64], _ p1: Int, _ p2: Int, _ first: [Int],
                                into f: FeatureBuffer) {
        typealias H = FeatureHash
        features(i, w, amb, p1, p2, into: f)
        let n = w.count
        let none: UInt64 = 0x2222
        let n1 = i + 1 < n ? UInt64(first[i + 1]) : none, n2 = i + 2 < n ? UInt64(first[i + 2]) : none ^ 1
        let b1 = i > 0 ? UInt64(first[i - 1]) : none ^ 2
        f.append(H.key(40, n1))
        f.append(H.key(41, n2))
        f.append(H.key(42, n1, n2))
        f.append(H.key(43, UInt64(p1), n1))
        f.append(H.key(44, n1, w[i].lower))
        f.append(H.key(45, n1, w[i].suffixes.2))
        f.append(H.key(46, b1, UInt64(first[i])))
    }

    /// The features of word `i`, given the two tags before it.
    @inline(__always)
    static func features(_ i: Int, _ w: [WordShape], _ amb: [UInt64], _ p1: Int, _ p2: Int, into f: FeatureBuffer) {
        typealias H = FeatureHash
        f.removeAll()
        let n = w.count
        let x = w[i]
        let none: UInt64 = 0x1111
        let l1 = i > 0 ? w[i - 1].lower : none, l2 = i > 1 ? w[i - 2].lower : none ^ 1
        let r1 = i + 1 < n ? w[i + 1].lower : none ^ 2, r2 = i + 2 < n ? w[i + 2].lower : none ^ 3
        let a0 = amb[i]
        let aL = i > 0 ? amb[i - 1] : none, aR1 = i + 1 < n ? amb[i + 1] : none ^ 2, aR2 = i + 2 < n ? amb[i + 2] : none ^ 3
        let t1 = UInt64(p1), t2 = UInt64(p2)
        f.append(H.key(1, 0))
        f.append(H.key(2, x.form))
        f.append(H.key(3, x.lower))
        f.append(H.key(4, x.prefixes.0))
        f.append(H.key(5, x.prefixes.1))
        f.append(H.key(6, x.prefixes.2))
        f.append(H.key(7, x.suffixes.0))
        f.append(H.key(8, x.suffixes.1))
        f.append(H.key(9, x.suffixes.2))
        f.append(H.key(10, x.suffixes.3))
        f.append(H.key(11, x.shape))
        f.append(H.key(12, x.flags | (i == 0 ? 16 : 0)))
        f.append(H.key(13, a0))
        f.append(H.key(14, l1))
        f.append(H.key(15, l2))
        f.append(H.key(16, r1))
        f.append(H.key(17, r2))
        f.append(H.key(18, t1))
        f.append(H.key(19, t2))
        f.append(H.key(20, t1, t2))
        f.append(H.key(21, t1, x.lower))
        f.append(H.key(22, i > 0 ? w[i - 1].suffixes.2 : none))
        f.append(H.key(23, i + 1 < n ? w[i + 1].suffixes.2 : none))
        f.append(H.key(24, i + 1 < n ? w[i + 1].shape : none))
        f.append(H.key(25, i > 0 ? w[i - 1].shape : none))
        f.append(H.key(26, aR1))
        f.append(H.key(27, aR2))
        f.append(H.key(28, aL))
        f.append(H.key(29, t1, a0))
        f.append(H.key(30, a0, aR1))
        f.append(H.key(31, l1, x.lower))
        f.append(H.key(32, x.lower, r1))
        f.append(H.key(33, t1, aR1))
        f.append(H.key(34, x.suffixes.2, aR1))
    }
}
