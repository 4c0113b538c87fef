/// A sentence of the essay with its word tokens, line and place: what facts are found in and cards made from.
public struct TokenizedSentence: Sendable {
    public var text: String
    public var tokens: SentenceTokens
    /// The text's UTF-8 bytes; token offsets point into them.
    public var bytes: [UInt8] { tokens.bytes }
    public var line: Int
    public var block: Int
    public var index: Int
    /// Where the sentence stands in its paragraph: 0 for the first, towards 1 for the last.
    public var place: Double = 0
    /// The normalised text that card ids are derived from (`CardID.normalize`), as bytes; also what
    /// distractors that already stand in the sentence are found in.
    var lowerBytes: [UInt8]
    /// The card-id hash of the sentence (`CardID.sentenceHash` of `key`).
    var keyHash: UInt64

    init(text: String, line: Int, block: Int, index: Int, place: Double = 0) {
        self.text = text
        self.place = place
        self.tokens = WordToken.tokenize(text)
        self.line = line
        self.block = block
        self.index = index
        self.lowerBytes = CardID.normalizedBytes(text)
        self.keyHash = CardID.sentenceHash(keyHash: FNV1a.hash(lowerBytes))
    }

    /// The source text of tokens `a..<b`.
    public func span(_ a: Int, _ b: Int) -> String {
        text(from: tokens[a].start, to: tokens[b - 1].end)
    }

    /// The source text between two UTF-8 offsets.
    func text(from a: Int, to b: Int) -> String { tokens.text(from: a, to: b) }

    /// Word tokens only.
    public var wordCount: Int { tokens.reduce(0) { $0 + ($1.isWord ? 1 : 0) } }
}
