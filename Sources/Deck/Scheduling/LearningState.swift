/// Where a card stands in the FSRS state machine.
public enum LearningState: String, Codable, Sendable, CaseIterable {
    case learning, review, relearning
}
