/// Suggests a rating from how an answer went: wrong → Again; right but slow, with a typo or a hint → Hard;
/// right → Good; right and fast on a card already in review → Easy. The advice says why.
public enum RatingAdvisor {
    /// A suggested rating and, where the grade alone does not explain it (a hint, a slow or fast answer), why.
    public struct Advice: Equatable, Sendable {
        public var rating: Rating
        public var reason: String?
    }

    public static func advise(_ verdict: AnswerGrade.Verdict, seconds: Double, answerLength: Int,
                              state: MemoryState?, usedHint: Bool) -> Advice {
        switch verdict {
        case .wrong, .unrecognized: return Advice(rating: .again, reason: nil)
        case .close: return Advice(rating: .hard, reason: nil)
        case .correct:
            if usedHint { return Advice(rating: .hard, reason: "hint used") }
            let length = Double(max(answerLength, 1))
            let slow = 15 + 0.5 * length
            if seconds > slow { return Advice(rating: .hard, reason: "slow answer, \(Int(seconds.rounded())) s") }
            let fast = 4 + 0.15 * length
            if state?.state == .review && seconds < fast { return Advice(rating: .easy, reason: "fast answer") }
            return Advice(rating: .good, reason: nil)
        }
    }

    public static func suggest(_ verdict: AnswerGrade.Verdict, seconds: Double, answerLength: Int,
                               state: MemoryState?, usedHint: Bool) -> Rating {
        advise(verdict, seconds: seconds, answerLength: answerLength, state: state, usedHint: usedHint).rating
    }
}
