/// The verdict on a typed answer.
public struct AnswerGrade: Equatable, Sendable {
    /// How the answer compares with what was expected.
    public enum Verdict: String, Sendable { case correct, close, wrong, unrecognized }

    public var verdict: Verdict
    /// For a near miss, how it differs ("one letter missing").
    public var note: String?
    /// On a choice card, the text of the choice the answer picked (right or wrong, as the deck spells it);
    /// nil when it picked none, and on every other kind of card.
    public var picked: String?

    public init(_ verdict: Verdict, note: String? = nil, picked: String? = nil) {
        self.verdict = verdict
        self.note = note
        self.picked = picked
    }

    /// The outcome recorded in the review log.
    public var outcome: ReviewOutcome {
        switch verdict {
        case .correct: return .correct
        case .close: return .close
        case .wrong, .unrecognized: return .wrong
        }
    }
}
