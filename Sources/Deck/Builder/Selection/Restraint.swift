/// How few cards the builder keeps by default, and which: the rubric of `quiz audit` decides what may stay.
public struct Restraint: Sendable {
    /// The most cards per 100 words of essay; nil sets no such limit (`--max-cards` then decides).
    public var cardsPer100Words: Double?
    /// The most cards on one source sentence.
    public var cardsPerSentence: Int
    /// The most cards with the same answer, however many facts have it.
    public var cardsPerAnswer: Int
    /// The rubric every kept card passes.
    public var audit: DeckAudit

    public init(audit: DeckAudit, cardsPer100Words: Double? = 5, cardsPerSentence: Int = 2, cardsPerAnswer: Int = 1) {
        self.audit = audit
        self.cardsPer100Words = cardsPer100Words
        self.cardsPerSentence = cardsPerSentence
        self.cardsPerAnswer = cardsPerAnswer
    }
}
