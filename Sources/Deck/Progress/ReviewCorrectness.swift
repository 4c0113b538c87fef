extension ReviewRecord {
    /// Whether the review counts as correct. A typed answer counts when graded right or close; a self-graded
    /// review (`--self-grade`, or any review with no typed answer and no grade, such as an imported history)
    /// counts when rated Hard or better; a revealed answer never counts.
    public var countsAsCorrect: Bool { Self.countsAsCorrect(outcome: outcome, rating: rating) }

    /// The rule of `countsAsCorrect`, for a review's outcome and rating.
    public static func countsAsCorrect(outcome: ReviewOutcome?, rating: Rating) -> Bool {
        switch outcome {
        case .correct, .close: return true
        case .wrong, .revealed: return false
        case .selfGraded, nil: return rating != .again
        }
    }
}
