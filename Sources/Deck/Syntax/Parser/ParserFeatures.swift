/// The features of a parse state (after Zhang & Nivre's rich non-local features, adapted to the arc-hybrid
/// system): words and tags of the stack's top three and the buffer's first three words, their leftmost and
/// rightmost dependents and those dependents' labels, distances, valencies, label sets and the punctuation
/// in between; and, for labelling an arc, the head's and dependent's words, tags and dependents so far.
struct ParserFeatures {
    /// Per word (and the root at index `n`): its lower-cased form's hash and its tag class.
    let words: [UInt64]
    let tags: [UInt64]
    /// `punctuation[i]`: how many punctuation marks are among the first `i` words; `verbs` and `quotes` the same
    /// for verbs and quotation marks.
    let punctuation: [Int]
    let verbs: [Int]
    let quotes: [Int]
    /// Per word (and the root): its tag code for `SmallMoveWeights`; and the number of tag codes.
    let tagCodes: [Int]
    let tagCodeCount: Int
    /// Per word (and the root): whether the training data had its form. A form it never had is in no feature of
    /// the weight tables, so the features that read it are not looked up (the scores are the same).
    let known: [Bool]

    static let none: UInt64 = 0x7777_0000
    /// The root's word and tag.
    static let root: UInt64 = 0x5254_4F4F
    /// At most how many features `extract` gives, and `extractArc`.
    static let templateCount = 128
    static let arcTemplateCount = 44

    /// `forms` are the words' lower-cased forms' hashes, `tagClasses` their tag classes, `kinds` what each tag
    /// class is; `known` tells which forms the training data had (nil: all of them, as in training).
    init(forms: [UInt64], tagClasses: [Int], kinds: TagClassKinds, known: [Bool]? = nil) {
        words = forms + [Self.root]
        self.known = (known ?? [Bool](repeating: true, count: forms.count)) + [true]
        tags = tagClasses.map { UInt64($0) } + [Self.root]
        tagCodes = tagClasses + [kinds.punctuation.count]
        tagCodeCount = kinds.punctuation.count + 2
        func running(_ kind: [Bool]) -> [Int] {
            var p = [Int](repeating: 0, count: tagClasses.count + 1)
            for (i, c) in tagClasses.enumerated() { p[i + 1] = p[i] + (kind[c] ? 1 : 0) }
            return p
        }
        punctuation = running(kinds.punctuation)
        verbs = running(kinds.verb)
        quotes = running(kinds.quote)
    }

    @inline(__always) private func w(_ i: Int) -> UInt64 { i < 0 ? Self.none : words[i] }
    @inline(__always) private func t(_ i: Int) -> UInt64 { i < 0 ? Self.none : tags[i] }
    /// Whether word `i` is a punctuation mark.
    @inline(__always) func isPunctuation(_ i: Int) -> Bool { punctuation[i + 1] != punctuation[i] }
    /// Whether word `i`'s form may be in a feature of the tables (no word, `i < 0`, is read as a value of its own).
    @inline(__always) private func isKnown(_ i: Int) -> Bool { i < 0 || known[i] }
    @inline(__always) private func label(_ st: ParseState, _ i: Int) -> UInt64 { i < 0 ? Self.none : UInt64(st.labels[i] + 1) }

    private static func bucket(_ d: Int) -> UInt64 {
        switch d {
        case ..<5: return UInt64(max(0, d))
        case 5..<10: return 5
        default: return 6
        }
    }

    /// Which of a state's templates to read: those that read only the stack's top three words and the
    /// dependents of the top two, those that read only the buffer's first four words (none of their
    /// dependents), and the rest, which read both. A parse keeps the first two groups' scores while what they
    /// read stays the same (`DependencyParser.parse`).
    struct Groups: OptionSet {
        let rawValue: Int
        static let stack = Groups(rawValue: 1)
        static let buffer = Groups(rawValue: 2)
        static let between = Groups(rawValue: 4)
        static let all: Groups = [.stack, .buffer, .between]
    }

    /// The features of `st` into `f` (of the templates of `groups`); those of the small templates into `small`
    /// instead, as indices of `SmallMoveWeights`, when it is given.
    func extract(_ st: ParseState, into f: FeatureBuffer, small: FeatureBuffer? = nil, groups: Groups = .all) {
        typealias H = FeatureHash
        typealias W = SmallMoveWeights
        f.removeAll()
        small?.removeAll()
        let codes = tagCodeCount
        @inline(__always) func code(_ i: Int) -> Int { i < 0 ? codes - 1 : tagCodes[i] }
        // One of the small templates: template `k` of its list, on word `i` (or words `i` and `j`).
        @inline(__always) func tag(_ k: Int, _ i: Int) {
            if let small { small.append(UInt64(W.tagIndex(k, code(i), codes))) } else { f.append(H.key(W.tagTemplates[k], t(i))) }
        }
        @inline(__always) func labelOf(_ k: Int, _ i: Int) {
            if let small { small.append(UInt64(W.labelIndex(k, i < 0 ? 0 : st.labels[i] + 2, codes))) } else { f.append(H.key(W.labelTemplates[k], label(st, i))) }
        }
        @inline(__always) func tags(_ k: Int, _ i: Int, _ j: Int) {
            if let small { small.append(UInt64(W.pairIndex(k, code(i), code(j), codes))) } else { f.append(H.key(W.tagPairTemplates[k], t(i), t(j))) }
        }
        let k = st.stack.count
        let s0 = k > 0 ? st.stack[k - 1] : -1, s1 = k > 1 ? st.stack[k - 2] : -1, s2 = k > 2 ? st.stack[k - 3] : -1
        let n = st.n
        let b0 = st.next, b1 = b0 + 1 <= n ? b0 + 1 : -1, b2 = b0 + 2 <= n ? b0 + 2 : -1
        let s0w = w(s0), s0p = t(s0), s1w = w(s1), s1p = t(s1), s2p = t(s2)
        let b0w = w(b0), b0p = t(b0), b1w = w(b1), b1p = t(b1), b2w = w(b2), b2p = t(b2)
        let s0l = s0 >= 0 ? st.left1[s0] : -1, s0l2 = s0 >= 0 ? st.left2[s0] : -1
        let s0r = s0 >= 0 ? st.right1[s0] : -1, s0r2 = s0 >= 0 ? st.right2[s0] : -1
        let s1l = s1 >= 0 ? st.left1[s1] : -1
        let s1r = s1 >= 0 ? st.right1[s1] : -1, s1r2 = s1 >= 0 ? st.right2[s1] : -1
        let s0wp = H.mix(s0w, s0p), b0wp = H.mix(b0w, b0p), s1wp = H.mix(s1w, s1p)
        let s0k = isKnown(s0), s1k = isKnown(s1), b0k = isKnown(b0), b1k = isKnown(b1)
        if groups.contains(.stack) {
            // One word.
            if s0k { f.append(H.key(1, s0wp)); f.append(H.key(2, s0w)) }
            tag(0, s0)
            if s1k { f.append(H.key(13, s1wp)); f.append(H.key(14, s1w)) }
            tag(4, s1)
            tag(5, s2)
            if isKnown(s2) { f.append(H.key(17, w(s2))) }
            // Pairs.
            if s1k && s0k { f.append(H.key(28, s1wp, s0wp)); f.append(H.key(29, s1w, s0w)) }
            tags(2, s1, s0)
            if s1k { f.append(H.key(31, s1wp, s0p)) }
            if s0k { f.append(H.key(32, s1p, s0wp)) }
            // Three words.
            f.append(H.key(46, s1p, s0p, t(s0l))); f.append(H.key(47, s1p, t(s1r), s0p)); f.append(H.key(48, s2p, s1p, s0p))
            f.append(H.key(49, s1p, s0p, t(s0r))); f.append(H.key(50, s1p, t(s1l), s0p))
            // Distance and what stands between.
            let d1 = s1 >= 0 ? Self.bucket(s0 - s1) : Self.none
            f.append(H.key(57, s1p, s0p, d1))
            if s1k && s0k { f.append(H.key(58, s1w, s0w, d1)) }
            let ps = s1 >= 0 ? UInt64(min(2, punctuation[s0] - punctuation[s1 + 1])) : Self.none
            f.append(H.key(60, s1p, s0p, ps))
            let vs = s1 >= 0 ? UInt64(min(2, verbs[s0] - verbs[s1 + 1])) : Self.none
            f.append(H.key(118, s1p, s0p, vs))
            // Valency.
            let s0vl = s0 >= 0 ? UInt64(st.leftCount[s0]) : Self.none, s0vr = s0 >= 0 ? UInt64(st.rightCount[s0]) : Self.none
            let s1vr = s1 >= 0 ? UInt64(st.rightCount[s1]) : Self.none
            if s0k { f.append(H.key(61, s0w, s0vr)); f.append(H.key(63, s0w, s0vl)) }
            f.append(H.key(62, s0p, s0vr)); f.append(H.key(64, s0p, s0vl))
            if s1k { f.append(H.key(67, s1w, s1vr)) }
            f.append(H.key(68, s1p, s1vr))
            // Dependents.
            if isKnown(s0l) { f.append(H.key(70, w(s0l))) }
            tag(6, s0l); labelOf(0, s0l)
            if isKnown(s0r) { f.append(H.key(73, w(s0r))) }
            tag(7, s0r); labelOf(1, s0r)
            if isKnown(s1r) { f.append(H.key(79, w(s1r))) }
            tag(9, s1r); labelOf(3, s1r)
            tag(10, s1l); labelOf(4, s1l)
            // Second dependents.
            if isKnown(s0l2) { f.append(H.key(84, w(s0l2))) }
            tag(11, s0l2); labelOf(5, s0l2)
            if isKnown(s0r2) { f.append(H.key(87, w(s0r2))) }
            tag(12, s0r2); labelOf(6, s0r2)
            f.append(H.key(93, s0p, t(s0l), t(s0l2))); f.append(H.key(94, s0p, t(s0r), t(s0r2)))
            f.append(H.key(96, s1p, t(s1r), t(s1r2)))
            labelOf(8, s1r2)
            // Label sets.
            let s0sl = s0 >= 0 ? st.leftLabels[s0] : Self.none, s0sr = s0 >= 0 ? st.rightLabels[s0] : Self.none
            let s1sr = s1 >= 0 ? st.rightLabels[s1] : Self.none
            if s0k { f.append(H.key(100, s0w, s0sr)); f.append(H.key(102, s0w, s0sl)) }
            f.append(H.key(101, s0p, s0sr)); f.append(H.key(103, s0p, s0sl))
            f.append(H.key(106, s1p, s1sr))
            // Dependent words with their heads.
            if isKnown(s0l) { f.append(H.key(107, s0p, w(s0l))) }
            if isKnown(s0r) { f.append(H.key(108, s0p, w(s0r))) }
            if isKnown(s1r) { f.append(H.key(110, s1p, w(s1r))) }
            f.append(H.key(115, s0p, label(st, s0l), label(st, s0r)))
            if isKnown(s2) { f.append(H.key(122, w(s2), s1p, s0p)) }
        }
        if groups.contains(.buffer) {
            let b1wp = H.mix(b1w, b1p)
            if b0k { f.append(H.key(4, b0wp)); f.append(H.key(5, b0w)) }
            tag(1, b0)
            if b1k { f.append(H.key(7, b1wp)); f.append(H.key(8, b1w)) }
            tag(2, b1)
            if isKnown(b2) { f.append(H.key(10, H.mix(b2w, b2p))); f.append(H.key(11, b2w)) }
            tag(3, b2)
            tags(1, b0, b1)
            f.append(H.key(40, b0p, b1p, b2p))
            if b0k && b1k { f.append(H.key(120, b0w, b1w)) }
            let b3 = b0 + 3 <= n ? b0 + 3 : -1
            tag(14, b3)
        }
        guard groups.contains(.between) else { return }
        let b0l = st.left1[b0], b0l2 = st.left2[b0]
        // Pairs.
        if s0k && b0k { f.append(H.key(20, s0wp, b0wp)); f.append(H.key(21, s0wp, b0w)); f.append(H.key(22, s0w, b0wp)); f.append(H.key(25, s0w, b0w)) }
        if s0k { f.append(H.key(23, s0wp, b0p)) }
        if b0k { f.append(H.key(24, s0p, b0wp)) }
        tags(0, s0, b0)
        tags(3, s1, b0)
        if s1k && b0k { f.append(H.key(34, s1w, b0w)) }
        // Three words.
        f.append(H.key(41, s0p, b0p, b1p)); f.append(H.key(42, s1p, s0p, b0p))
        f.append(H.key(43, s0p, t(s0l), b0p)); f.append(H.key(44, s0p, t(s0r), b0p)); f.append(H.key(45, s0p, b0p, t(b0l)))
        // Distance.
        let d = s0 >= 0 ? Self.bucket(b0 - s0) : Self.none
        if s0k { f.append(H.key(51, s0w, d)) }
        f.append(H.key(52, s0p, d))
        if b0k { f.append(H.key(53, b0w, d)) }
        f.append(H.key(54, b0p, d))
        if s0k && b0k { f.append(H.key(55, s0w, b0w, d)) }
        f.append(H.key(56, s0p, b0p, d))
        // Punctuation in between.
        let pb = s0 >= 0 ? UInt64(min(2, punctuation[b0] - punctuation[s0 + 1])) : Self.none
        f.append(H.key(59, s0p, b0p, pb))
        // The buffer's first word's left dependents.
        let b0vl = UInt64(st.leftCount[b0])
        if b0k { f.append(H.key(65, b0w, b0vl)) }
        f.append(H.key(66, b0p, b0vl))
        if isKnown(b0l) { f.append(H.key(76, w(b0l))) }
        tag(8, b0l); labelOf(2, b0l)
        if isKnown(b0l2) { f.append(H.key(90, w(b0l2))) }
        tag(13, b0l2); labelOf(7, b0l2)
        f.append(H.key(95, b0p, t(b0l), t(b0l2)))
        let b0sl = st.leftLabels[b0]
        if b0k { f.append(H.key(104, b0w, b0sl)) }
        f.append(H.key(105, b0p, b0sl))
        if isKnown(b0l) { f.append(H.key(109, b0p, w(b0l))) }
        f.append(H.key(116, b0p, label(st, b0l), label(st, b0l2)))
        // Wider context.
        f.append(H.key(112, H.mix(s0p, b0p), b1p, b2p))
        if s0k { f.append(H.key(113, s0w, b0p, b1p)) }
        if s1k { f.append(H.key(114, s1w, s0p, b0p)) }
        let vb = s0 >= 0 ? UInt64(min(2, verbs[b0] - verbs[s0 + 1])) : Self.none
        f.append(H.key(117, s0p, b0p, vb))
        f.append(H.key(119, b0p, s0p, UInt64(quotes[b0] & 1)))
        if s0k && b1k { f.append(H.key(121, s0w, b1w)) }
        f.append(H.key(123, s0p, b0p, s0 == 0 ? 1 : 0))
    }

    /// The features of the arc from `h` to `d` that `st` is about to make, into `f`: what its label depends on.
    /// Left and right arcs have templates of their own.
    func extractArc(_ st: ParseState, head h: Int, dependent d: Int, into f: FeatureBuffer) {
        typealias H = FeatureHash
        f.removeAll()
        let o = d < h ? 0 : 100
        let dw = words[d], dp = tags[d], hw = words[h], hp = tags[h]
        let dwp = H.mix(dw, dp), hwp = H.mix(hw, hp), hdp = H.mix(hp, dp)
        let dl = st.left1[d], dr = st.right1[d], hl = st.left1[h], hr = st.right1[h]
        let lo = min(h, d), hi = max(h, d)
        let between = UInt64(min(2, punctuation[hi] - punctuation[lo + 1])) | UInt64(min(2, verbs[hi] - verbs[lo + 1])) << 2
        let dk = isKnown(d), hk = isKnown(h)
        if dk { f.append(H.key(o + 1, dw)); f.append(H.key(o + 3, dwp)); f.append(H.key(o + 9, hp, dw)) }
        f.append(H.key(o + 2, dp))
        if hk { f.append(H.key(o + 4, hw)); f.append(H.key(o + 6, hwp)); f.append(H.key(o + 8, hw, dp)) }
        f.append(H.key(o + 5, hp))
        f.append(H.key(o + 7, hdp))
        if dk && hk { f.append(H.key(o + 10, hw, dw)) }
        f.append(H.key(o + 11, hdp, Self.bucket(hi - lo))); f.append(H.key(o + 12, hdp, between))
        f.append(H.key(o + 13, dp, label(st, dl))); f.append(H.key(o + 14, dp, label(st, dr)))
        f.append(H.key(o + 15, dp, st.leftLabels[d])); f.append(H.key(o + 16, dp, st.rightLabels[d]))
        f.append(H.key(o + 17, hp, st.leftLabels[h])); f.append(H.key(o + 18, hp, st.rightLabels[h]))
        f.append(H.key(o + 19, hp, label(st, hl))); f.append(H.key(o + 20, hp, label(st, hr)))
        f.append(H.key(o + 21, dp, t(d - 1))); f.append(H.key(o + 22, dp, t(d + 1)))
        f.append(H.key(o + 23, hdp, t(d - 1))); f.append(H.key(o + 24, hdp, t(d + 1)))
        f.append(H.key(o + 25, hdp, t(h + 1 <= st.n ? h + 1 : -1))); f.append(H.key(o + 26, hdp, t(h - 1)))
        f.append(H.key(o + 27, dp, d == 0 ? 1 : 0))
        if isKnown(dl) { f.append(H.key(o + 28, hdp, w(dl))); f.append(H.key(o + 29, dp, w(dl))) }
        f.append(H.key(o + 30, dp, t(dl)))
        if dk { f.append(H.key(o + 31, dwp, hp)) }
        if hk { f.append(H.key(o + 32, dp, hwp)) }
        f.append(H.key(o + 33, dp, UInt64(min(3, st.leftCount[d]) * 4 + min(3, st.rightCount[d]))))
        if isKnown(dr) { f.append(H.key(o + 34, hdp, w(dr))) }
        if dk && isKnown(dl) { f.append(H.key(o + 35, dw, w(dl))) }
        f.append(H.key(o + 36, hdp, UInt64(quotes[hi] - quotes[lo + 1] > 0 ? 1 : 0)))
        // The state around the arc: the word that stays, beside the pair (the buffer's first word for a right
        // arc, the stack's second for a left one), and the word after the buffer's first.
        let k = st.stack.count
        let other = d < h ? (k > 1 ? st.stack[k - 2] : -1) : st.next
        let after = st.next + 1 <= st.n ? st.next + 1 : -1
        f.append(H.key(o + 37, hdp, t(other)))
        if isKnown(other) { f.append(H.key(o + 38, dp, w(other))) }
        f.append(H.key(o + 39, hdp, t(after)))
        if dk { f.append(H.key(o + 40, dwp, t(other))) }
    }
}
