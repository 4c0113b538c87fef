/// The part-of-speech tagger: an averaged perceptron over joint UPOS/XPOS classes, read greedily left to right
/// with word, affix, shape, ambiguity-class and context features.
struct PartOfSpeechTagger: Sendable {
    /// Class `k` stands for the pair `tags[k]`.
    let tags: [TagPair]
    /// A known word's (lower-cased) ambiguity class: a hash of the tags it was seen with.
    let ambiguity: [UInt64: UInt64]
    let model: LinearModel

    /// A UPOS tag and a Penn tag that go together.
    struct TagPair: Hashable, Sendable {
        var upos: String
        var xpos: String
    }

    /// The ambiguity class of a word the training data never showed.
    static let unknownClass: UInt64 = 0x5555_5555
    /// The tag class before the first word.
    static let start: Int = 1_000_001
    static let templateCount = 34

    /// Each word's tag class.
    func tag(_ words: [String]) -> [Int] {
        let shapes = words.map(WordShape.init)
        let amb = shapes.map { ambiguity[$0.lower] ?? Self.unknownClass }
        var out = [Int](repeating: 0, count: words.count)
        var features: [UInt64] = []
        features.reserveCapacity(Self.templateCount)
        var scores = [Int32](repeating: 0, count: tags.count)
        var p1 = Self.start, p2 = Self.start
        for i in words.indices {
            Self.features(i, shapes, amb, p1, p2, into: &features)
            model.score(features, into: &scores)
            var best = 0
            for c in 1..<scores.count where scores[c] > scores[best] { best = c }
            out[i] = best
            p2 = p1
            p1 = best
        }
        return out
    }

    /// The features of word `i`, given the two tags before it.
    @inline(__always)
    static func features(_ i: Int, _ w: [WordShape], _ amb: [UInt64], _ p1: Int, _ p2: Int, into f: inout [UInt64]) {
        typealias H = FeatureHash
        f.removeAll(keepingCapacity: true)
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
