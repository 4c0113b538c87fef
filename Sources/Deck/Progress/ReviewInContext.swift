/// A review with the card's state just before it: what statistics need to tell learning from review.
public struct ReviewInContext: Equatable, Sendable {
    /// Where a card stood when it was reviewed, as Anki's statistics group reviews.
    public enum Stage: String, Codable, Sendable, CaseIterable {
        /// New, learning or relearning: the card was on a (re)learning step.
        case learning
        /// In review with a scheduled interval under 21 days.
        case young
        /// In review with a scheduled interval of 21 days or more.
        case mature
    }

    /// Anki's threshold between young and mature cards, in days.
    public static let matureIntervalDays = 21.0

    public var review: ReviewRecord
    public var before: MemoryState

    public init(review: ReviewRecord, before: MemoryState) {
        self.review = review
        self.before = before
    }

    /// Whether the card was past learning (in the review state) when reviewed.
    public var wasInReview: Bool { !before.isNew && before.state == .review }

    /// The interval the card had been scheduled for, in days; nil before its first review.
    public var scheduledIntervalDays: Double? {
        guard let last = before.lastReview else { return nil }
        return Double((before.due - last).microseconds) / 86_400_000_000
    }

    /// Learning, young or mature, from the state before the review.
    public var stage: Stage {
        guard wasInReview else { return .learning }
        return (scheduledIntervalDays ?? 0) >= Self.matureIntervalDays ? .mature : .young
    }

    /// An Again on a learning or relearning step (a new card included): a failure that is not a lapse.
    public var isLearningFailure: Bool { review.scheduled && !wasInReview && review.rating == .again }
}
