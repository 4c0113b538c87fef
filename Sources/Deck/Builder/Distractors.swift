/// Picks wrong choices of the answer's type: other facts of the same kind in the text first, then
/// type-preserving variations (nearby years, other numbers with the same unit). Never a variant,
/// substring or near-spelling of the answer.
public struct Distractors: Sendable {
    /// Every fact text of the document by type, most frequent first (the first few, normalised).
    let pool: [FactType: [(text: String, normalized: String)]]

    public init(facts: [FactSpan]) {
        var counts: [FactType: [String: Int]] = [:]
        var order: [FactType: [String]] = [:]
        for f in facts {
            let type = Self.family(f.type)
            if counts[type, default: [:]][f.text] == nil { order[type, default: []].append(f.text) }
            counts[type, default: [:]][f.text, default: 0] += 1
        }
        var pool: [FactType: [(text: String, normalized: String)]] = [:]
        for (type, texts) in order {
            let c = counts[type]!
            pool[type] = texts.enumerated().sorted { (c[$0.element]!, -$0.offset) > (c[$1.element]!, -$1.offset) }
                .prefix(Self.poolSize).map { ($0.element, AnswerNormalizer.normalize($0.element)) }
        }
        self.pool = pool
    }

    /// Types that may stand in for each other.
    static func family(_ t: FactType) -> FactType {
        switch t {
        case .entity: return .entity
        case .definition: return .term
        default: return t
        }
    }

    /// How many facts of each type are kept as possible distractors (the most frequent).
    static let poolSize = 40

    /// Whether `candidate` would be a second right answer, or a trivial variant of it.
    public static func clashes(_ candidate: String, with answer: String) -> Bool {
        normalizedClash(AnswerNormalizer.normalize(candidate), AnswerNormalizer.normalize(answer))
    }

    static func normalizedClash(_ c: String, _ a: String) -> Bool {
        if a.isEmpty || c.isEmpty || a == c { return true }
        if a.contains(c) || c.contains(a) { return true }
        let aw = Set(a.split(separator: " ")), cw = Set(c.split(separator: " "))
        if aw.isSubset(of: cw) || cw.isSubset(of: aw) { return true }
        // Near spellings clash; numbers are compared as numbers (1959 is a fine distractor for 1960).
        if !a.contains(where: \.isNumber), EditDistance.distance(a, c, limit: 2) <= 2 { return true }
        if let da = DateAnswer.canonical(a), let dc = DateAnswer.canonical(c), da == dc { return true }
        return false
    }

    /// Up to `count` distractors for `answer` of `type`.
    public func pick(for answer: String, type: FactType, count: Int = 3) -> [String] {
        var out: [(text: String, normalized: String)] = []
        let a = AnswerNormalizer.normalize(answer)
        func offer(_ s: String, _ n: String) {
            guard out.count < count, !Self.normalizedClash(n, a), !out.contains(where: { Self.normalizedClash(n, $0.normalized) }) else { return }
            out.append((s, n))
        }
        func offer(_ s: String) { offer(s, AnswerNormalizer.normalize(s)) }
        // The most frequent facts of the type first; a bounded pool keeps large essays linear.
        for s in pool[Self.family(type)] ?? [] where out.count < count { offer(s.text, s.normalized) }
        if type == .place || type == .entity && out.count < count {
            for c in ["China", "Russia", "South Korea", "Germany", "France", "India", "the United Kingdom"] where type == .place { offer(c) }
        }
        if out.count < count { for v in Self.variations(answer, type: type) where out.count < count { offer(v) } }
        return out.map(\.text)
    }

    /// Type-preserving variations of a numeric answer: nearby years, other numbers with the same unit.
    static func variations(_ answer: String, type: FactType) -> [String] {
        let words = answer.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let index = words.firstIndex(where: { w in w.contains(where: \.isNumber) || Lexicon.numberWords[w.lowercased()] != nil }) else { return [] }
        let word = words[index]
        let trailing = String(word.reversed().prefix { !$0.isNumber }.reversed())
        let digits = word.filter { $0.isNumber || $0 == "." }
        var values: [String] = []
        if let n = Int(digits) {
            let deltas: [Int]
            switch type {
            case .year, .date, .decade: deltas = trailing == "s" ? [-10, 10, -20, 20] : [-1, 1, -2, 2, -5, 5, -10, 10]
            default: deltas = n < 10 ? [1, -1, 2, 3, -2] : [n / 2, -(n / 4), n, n / 4 + 1, 2 * n]
            }
            for d in deltas where n + d > 0 && n + d != n {
                let value = word.hasPrefix("$") ? "$\(n + d)" : "\(n + d)"
                values.append(value + trailing)
            }
        } else if let n = Lexicon.numberWords[word.lowercased()] {
            let names = Dictionary(Lexicon.numberWords.filter { $0.value <= 20 }.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
            for d in [1, -1, 2, -2, 3] { if let name = names[n + d] { values.append(word.first!.isUppercase ? name.capitalized : name) } }
        }
        return values.map { v in
            var w = words
            w[index] = v
            return w.joined(separator: " ")
        }
    }
}
