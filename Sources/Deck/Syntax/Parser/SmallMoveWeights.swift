/// The move weights of the templates that read only one word's tag or label, or two words' tags: few enough
/// values that their weights are copied out of the move table into a plain array, read by index with no
/// hashing or probing. The weights are the table's own, so a parse reads the same scores either way.
struct SmallMoveWeights: Sendable {
    /// Tag codes: each tag class, then the root, then "no word".
    let tagCodes: Int
    /// Each entry's three move weights, 16 bits each.
    private let weights: [UInt64]

    /// The templates of one word's tag, one word's label, and two words' tags, in `ParserFeatures.extract`'s
    /// numbering.
    static let tagTemplates = [3, 6, 9, 12, 15, 16, 71, 74, 77, 80, 82, 85, 88, 91, 111]
    static let labelTemplates = [72, 75, 78, 81, 83, 86, 89, 92, 97]
    static let tagPairTemplates = [26, 27, 30, 33]
    /// Label codes: "no word", then each label number plus one (0 for a word not yet labelled). Labels are
    /// class numbers of a `LinearModel`, so fewer than 256.
    static let labelCodes = 257

    /// The weights that `moves` gives the small templates' features, for a model of `tagClasses` tag classes.
    init(moves: LinearModel, tagClasses: Int) {
        let tagCodes = tagClasses + 2
        self.tagCodes = tagCodes
        var weights = [UInt64](repeating: 0, count: Self.count(tagCodes: tagCodes))
        func tag(_ code: Int) -> UInt64 {
            code < tagClasses ? UInt64(code) : code == tagClasses ? ParserFeatures.root : ParserFeatures.none
        }
        func label(_ code: Int) -> UInt64 { code == 0 ? ParserFeatures.none : UInt64(code - 1) }
        func packed(_ key: UInt64) -> UInt64 {
            let w = moves.weights(of: key)
            return UInt64(UInt16(bitPattern: w.0)) | UInt64(UInt16(bitPattern: w.1)) << 16 | UInt64(UInt16(bitPattern: w.2)) << 32
        }
        for (k, t) in Self.tagTemplates.enumerated() {
            for c in 0..<tagCodes { weights[Self.tagIndex(k, c, tagCodes)] = packed(FeatureHash.key(t, tag(c))) }
        }
        for (k, t) in Self.labelTemplates.enumerated() {
            for c in 0..<Self.labelCodes { weights[Self.labelIndex(k, c, tagCodes)] = packed(FeatureHash.key(t, label(c))) }
        }
        for (k, t) in Self.tagPairTemplates.enumerated() {
            for a in 0..<tagCodes {
                for b in 0..<tagCodes { weights[Self.pairIndex(k, a, b, tagCodes)] = packed(FeatureHash.key(t, tag(a), tag(b))) }
            }
        }
        self.weights = weights
    }

    /// Where each template's weights are: the tag templates, then the label templates, then the tag pairs.
    static func count(tagCodes: Int) -> Int {
        tagTemplates.count * tagCodes + labelTemplates.count * labelCodes + tagPairTemplates.count * tagCodes * tagCodes
    }
    @inline(__always)
    static func tagIndex(_ k: Int, _ code: Int, _ tagCodes: Int) -> Int { k * tagCodes + code }
    @inline(__always)
    static func labelIndex(_ k: Int, _ code: Int, _ tagCodes: Int) -> Int { tagTemplates.count * tagCodes + k * labelCodes + code }
    @inline(__always)
    static func pairIndex(_ k: Int, _ a: Int, _ b: Int, _ tagCodes: Int) -> Int {
        tagTemplates.count * tagCodes + labelTemplates.count * labelCodes + (k * tagCodes + a) * tagCodes + b
    }

    /// Adds the weights of the features at `indices` to the first three `scores`.
    @inline(__always)
    func add(_ indices: UnsafeBufferPointer<UInt64>, to scores: inout [Int32]) {
        var s0: Int32 = 0, s1: Int32 = 0, s2: Int32 = 0
        weights.withUnsafeBufferPointer { w in
            for i in indices {
                let x = w[Int(i)]
                s0 &+= Int32(Int16(truncatingIfNeeded: x)); s1 &+= Int32(Int16(truncatingIfNeeded: x >> 16)); s2 &+= Int32(Int16(truncatingIfNeeded: x >> 32))
            }
        }
        scores[0] &+= s0; scores[1] &+= s1; scores[2] &+= s2
    }
}
