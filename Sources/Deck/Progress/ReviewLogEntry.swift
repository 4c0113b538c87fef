/// One line of the review log: a review, an undo that cancels an earlier review or action, or an action on a
/// card (suspend, unsuspend, bury, flag).
public enum ReviewLogEntry: Equatable, Sendable {
    case review(ReviewRecord)
    case undo(UndoRecord)
    case action(CardActionRecord)

    /// The entry's unique id.
    public var id: String {
        switch self {
        case .review(let r): return r.id
        case .undo(let u): return u.id
        case .action(let a): return a.id
        }
    }

    public var time: Timestamp {
        switch self {
        case .review(let r): return r.time
        case .undo(let u): return u.time
        case .action(let a): return a.time
        }
    }
}

/// A rating given to a card at a time, with what was typed and how it was graded.
public struct ReviewRecord: Equatable, Sendable {
    public var id: String
    public var key: CardKey
    public var time: Timestamp
    public var rating: Rating
    public var answer: String?
    /// Milliseconds from showing the card to the answer.
    public var durationMs: Int?
    public var outcome: ReviewOutcome?
    /// Whether this review counts for scheduling (false for cram reviews).
    public var scheduled: Bool

    public init(id: String, key: CardKey, time: Timestamp, rating: Rating, answer: String? = nil,
                durationMs: Int? = nil, outcome: ReviewOutcome? = nil, scheduled: Bool = true) {
        self.id = id
        self.key = key
        self.time = time
        self.rating = rating
        self.answer = answer
        self.durationMs = durationMs
        self.outcome = outcome
        self.scheduled = scheduled
    }
}

/// Cancels the review or card action with id `target` (the learner's `:undo`).
public struct UndoRecord: Equatable, Sendable {
    public var id: String
    public var time: Timestamp
    public var target: String

    public init(id: String, time: Timestamp, target: String) {
        self.id = id
        self.time = time
        self.target = target
    }
}
