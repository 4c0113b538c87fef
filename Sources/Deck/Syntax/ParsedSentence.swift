/// A sentence read by the syntax layer: its words, their tags, and a labelled dependency tree.
public struct ParsedSentence: Equatable, Sendable {
    /// The words, in order. Word `i` (0-based) is word `i + 1` of CoNLL-U.
    public var tokens: [SyntaxToken]
    /// Universal part-of-speech tags (`NOUN`, `VERB`, `PROPN`…), one per word.
    public var upos: [String]
    /// Penn Treebank tags (`NN`, `VBD`, `NNP`…), one per word.
    public var xpos: [String]
    /// Each word's head as a CoNLL-U index: 0 is the root, `k` is word `k - 1` of `tokens`.
    public var heads: [Int]
    /// Each word's Universal Dependencies relation to its head (`nsubj`, `obj`, `nmod:poss`…).
    public var relations: [String]

    public init(tokens: [SyntaxToken], upos: [String], xpos: [String], heads: [Int], relations: [String]) {
        self.tokens = tokens
        self.upos = upos
        self.xpos = xpos
        self.heads = heads
        self.relations = relations
    }

    /// The number of words.
    public var count: Int { tokens.count }

    /// The words' forms.
    var words: [String] { tokens.map(\.form) }

    /// The grammatical number of word `i` when it is a noun (read from its Penn tag), else nil.
    public func number(at i: Int) -> GrammaticalNumber? {
        switch xpos[i] {
        case "NN", "NNP": return .singular
        case "NNS", "NNPS": return .plural
        default: return nil
        }
    }
}

/// Singular or plural: the morphological number of a noun.
public enum GrammaticalNumber: String, Sendable {
    case singular = "Sing"
    case plural = "Plur"
}
