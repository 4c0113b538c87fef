/// How a typed answer was graded.
public enum ReviewOutcome: String, Codable, Sendable, CaseIterable {
    /// Right as typed (after lenient normalisation).
    case correct
    /// Accepted with a small typo.
    case close
    /// Not right.
    case wrong
    /// The answer was revealed without an attempt (`:reveal`).
    case revealed
    /// Graded by the learner (`--self-grade`).
    case selfGraded = "self"

    /// Whether the outcome counts as recalled.
    public var passed: Bool { self == .correct || self == .close }
}
