/// A sentence of the essay as the builder's passes keep it between them: its text and where it stands.
/// Tokens are made again when needed (`TokenizedSentence`), so a large essay is never held as tokens all at once.
struct EssaySentence: Sendable {
    var text: String
    var line: Int
    var block: Int
    var index: Int
    /// Where the sentence stands in its paragraph: 0 for the first, towards 1 for the last.
    var place: Double
    var tokenCount = 0
}
