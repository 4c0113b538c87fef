/// A noun phrase read from a dependency tree: its words as index ranges (0-based) and the word it is built on.
///
/// The rule (`ParsedSentence.nounPhrases`): every word tagged NOUN, PROPN, PRON or NUM heads a phrase unless it
/// only adds to another word's phrase, that is unless its relation is `compound`, `flat`, `fixed`, `goeswith`,
/// `nummod`, `det`, `case`, `cc`, `punct`, `expl` or `mark` (with any subtype). The phrase is the contiguous span
/// of the head's subtree, cut just before the first clause (`acl`, `acl:relcl`), conjunct (`conj`, `cc`) or
/// apposition (`appos`) that depends on the head and follows it; then leading prepositions and conjunctions
/// (`case`, `cc`, `mark`) and punctuation are dropped from its start, and punctuation and possessive markers
/// (`case`, as in "Japan 's") from its end. Determiners (`det`, `det:predet`) stay in `words`; `core` is the
/// phrase without them, which is what a quiz blank takes.
public struct NounPhrase: Equatable, Hashable, Sendable {
    /// The word the phrase is built on.
    public var head: Int
    /// The whole phrase, determiners included.
    public var words: Range<Int>
    /// The phrase without its leading determiners.
    public var core: Range<Int>

    public init(head: Int, words: Range<Int>, core: Range<Int>) {
        self.head = head
        self.words = words
        self.core = core
    }
}

extension ParsedSentence {
    /// Relations that make a nominal part of another word's phrase rather than the head of its own.
    static let nonHeadRelations: Set<Substring> = [
        "compound", "flat", "fixed", "goeswith", "nummod", "det", "case", "cc", "punct", "expl", "mark",
    ]
    /// Dependents after the head that end its phrase: clauses, conjuncts and appositions.
    static let phraseEnders: Set<Substring> = ["acl", "conj", "cc", "appos"]

    /// The relation without its subtype: `nmod` of `nmod:poss`.
    func baseRelation(_ w: Int) -> Substring {
        let relation = relations[w]
        guard let colon = relation.utf8.firstIndex(of: UInt8(ascii: ":")) else { return relation[...] }
        // (A relation that opens on its colon is read as splitting would read it: past empty parts.)
        return colon > relation.startIndex ? relation[..<colon] : relation.split(separator: ":", maxSplits: 1).first ?? ""
    }

    /// The noun phrases of the sentence, in order of their first word (see `NounPhrase` for the rule).
    public var nounPhrases: [NounPhrase] {
        var children = [[Int]](repeating: [], count: count)
        for w in 0..<count where heads[w] >= 1 && heads[w] <= count { children[heads[w] - 1].append(w) }
        var phrases: [NounPhrase] = []
        for w in 0..<count {
            guard ["NOUN", "PROPN", "PRON", "NUM"].contains(upos[w]),
                  !Self.nonHeadRelations.contains(baseRelation(w)) else { continue }
            // The subtree, leaving out dependents after the head that end the phrase.
            let cut = children[w].filter { $0 > w && Self.phraseEnders.contains(baseRelation($0)) }
            var first = w, last = w
            var stack = children[w].filter { !cut.contains($0) }
            var seen: Set<Int> = [w]
            while let d = stack.popLast() {
                guard seen.insert(d).inserted else { continue }   // (a tree with a cycle still ends)
                first = min(first, d)
                last = max(last, d)
                stack += children[d]
            }
            if let end = cut.min().map({ subtreeStart($0, children) }), end > w { last = min(last, end - 1) }
            while first < w, ["case", "cc", "mark", "punct"].contains(baseRelation(first)) || upos[first] == "PUNCT" {
                first += 1
            }
            while last > w, ["case", "punct"].contains(baseRelation(last)) || upos[last] == "PUNCT" { last -= 1 }
            var coreFirst = first
            while coreFirst < w, baseRelation(coreFirst) == "det" { coreFirst += 1 }
            phrases.append(NounPhrase(head: w, words: first..<last + 1, core: coreFirst..<last + 1))
        }
        return phrases.sorted { ($0.words.lowerBound, $0.head) < ($1.words.lowerBound, $1.head) }
    }

    /// The first word of `w`'s subtree.
    func subtreeStart(_ w: Int, _ children: [[Int]]) -> Int {
        var first = w
        var stack = children[w]
        var seen: Set<Int> = [w]
        while let d = stack.popLast() {
            guard seen.insert(d).inserted else { continue }
            first = min(first, d)
            stack += children[d]
        }
        return first
    }

    /// Words `range` as text: their forms, with a space where their offsets leave a gap.
    public func text(of range: Range<Int>) -> String {
        var out = ""
        for w in range {
            if w > range.lowerBound, tokens[w - 1].end < tokens[w].start { out += " " }
            out += tokens[w].form
        }
        return out
    }
}
