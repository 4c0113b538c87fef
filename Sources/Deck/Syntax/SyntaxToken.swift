/// A word of a sentence as the treebank splits it ("do" and "n't" are two), with its UTF-8 offsets in the text
/// it was read from.
public struct SyntaxToken: Equatable, Hashable, Sendable {
    /// The word as written (always the text between `start` and `end`, except for words read from CoNLL-U).
    public var form: String
    /// UTF-8 offsets of the word in its text: `start..<end`.
    public var start: Int
    public var end: Int

    public init(form: String, start: Int, end: Int) {
        self.form = form
        self.start = start
        self.end = end
    }
}
