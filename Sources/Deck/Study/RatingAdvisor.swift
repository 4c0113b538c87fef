/// Suggests a rating from how an answer went: wrong → Again; right but slow, with a typo or a hint → Hard;
/// right → Good; right and fast on a card already in review → Easy.
public enum RatingAdvisor {
    public static func suggest(_ verdict: AnswerGrade.Verdict, seconds: Double, answerLength: Int,
                               state: MemoryState?, usedHint: Bool) -> Rating {
        switch verdict {
        case .wrong, .unrecognized: return .again
        case .close: return .hard
        case .correct:
            if usedHint { return .hard }
            let length = Double(max(answerLength, 1))
            if seconds > 15 + 0.5 * length { return .hard }
            if state?.state == .review && seconds < 4 + 0.15 * length { return .easy }
            return .good
        }
    }
}
