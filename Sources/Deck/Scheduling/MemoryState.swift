/// A card's scheduling state, derived by replaying its reviews (never stored as the only copy).
public struct MemoryState: Equatable, Sendable, Codable {
    public var state: LearningState
    /// The learning or relearning step; nil in review.
    public var step: Int?
    public var stability: Double?
    public var difficulty: Double?
    public var due: Timestamp
    public var lastReview: Timestamp?
    /// Reviews so far (the fuzz is seeded with it).
    public var reviews: Int
    /// Times the card was forgotten while in review.
    public var lapses: Int

    /// A card never reviewed: learning, step 0, due at `due`.
    public static func new(due: Timestamp = Timestamp(microseconds: 0)) -> MemoryState {
        MemoryState(state: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil, reviews: 0, lapses: 0)
    }

    /// Whether the card has never been reviewed.
    public var isNew: Bool { reviews == 0 }
}
