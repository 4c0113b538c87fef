/// One prediction to train on: the first `length` reviews of card `card` of a `TrainingData`, the last of them
/// (a review on a later day than the one before) the one whose recall is predicted from the others.
public struct TrainingItem: Equatable, Sendable {
    /// The card's index in `TrainingData.cards`.
    public var card: Int
    /// How many of the card's reviews the item holds, the predicted one last.
    public var length: Int
    /// When the predicted review was made (items are ordered by it).
    public var time: Timestamp

    public init(card: Int, length: Int, time: Timestamp) {
        self.card = card
        self.length = length
        self.time = time
    }
}
