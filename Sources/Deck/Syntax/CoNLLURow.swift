/// One row of a CoNLL-U sentence with its ten columns kept exactly as written (`_` for no value).
public struct CoNLLURow: Equatable, Sendable {
    public var id: CoNLLUID
    public var form: String
    public var lemma: String
    public var upos: String
    public var xpos: String
    public var feats: String
    /// The head as written: a word number, `0` for the root, or `_`.
    public var head: String
    public var deprel: String
    public var deps: String
    public var misc: String

    public init(id: CoNLLUID, form: String, lemma: String = "_", upos: String = "_", xpos: String = "_",
                feats: String = "_", head: String = "_", deprel: String = "_", deps: String = "_", misc: String = "_") {
        self.id = id
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.deps = deps
        self.misc = misc
    }

    /// Whether the row is an ordinary word (not a multiword token or an empty node).
    public var isWord: Bool {
        if case .word = id { return true }
        return false
    }

    /// The head as a number (0 = root), or nil when it is `_`.
    public var headIndex: Int? { Int(head) }

    /// Whether MISC says no space follows the row's text (`SpaceAfter=No`).
    public var hasNoSpaceAfter: Bool {
        misc.split(separator: "|").contains("SpaceAfter=No")
    }

    /// The ten columns, in CoNLL-U order.
    public var columns: [String] {
        [id.description, form, lemma, upos, xpos, feats, head, deprel, deps, misc]
    }
}
