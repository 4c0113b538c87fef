/// A sentence of the essay as the builder sees it: its text, tokens, line and place.
public struct BuiltSentence: Sendable {
    public var text: String
    public var chars: [Character]
    public var tokens: [WordToken]
    public var line: Int
    public var block: Int
    public var index: Int
    /// Where the sentence stands in its paragraph: 0 for the first, towards 1 for the last.
    public var place: Double = 0
    /// The normalised text that card ids are derived from.
    public var key: String

    init(text: String, line: Int, block: Int, index: Int) {
        self.text = text
        self.chars = Array(text)
        self.tokens = WordToken.tokenize(chars)
        self.line = line
        self.block = block
        self.index = index
        self.key = CardID.normalize(text)
    }

    /// The source text of tokens `a..<b`.
    public func span(_ a: Int, _ b: Int) -> String {
        String(chars[tokens[a].start..<tokens[b - 1].end])
    }

    /// Word tokens only.
    public var wordCount: Int { tokens.filter(\.isWord).count }
}
