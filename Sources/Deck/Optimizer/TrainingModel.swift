/// FSRS-6's memory model as fsrs-rs trains it: one state per review of a card's history, the first review
/// setting the initial stability and difficulty, same-day reviews changing stability by the short-term rule.
/// Generic over the number type, so the same code predicts (`Double`) and differentiates (`Dual`).
struct TrainingModel<N: TrainingNumber> {
    static var stabilityRange: ClosedRange<Double> { 0.001...36500 }
    static var difficultyRange: ClosedRange<Double> { 1...10 }

    let w: [N]
    let decay: N
    let factor: N

    init(_ w: [N]) {
        self.w = w
        decay = -w[20]
        // 0.9^(1/decay) - 1, so that recall after `s` days at stability `s` is 0.9.
        factor = (N(constant: 0.9).log() / decay).exp() - N(constant: 1)
    }

    /// Probability of recall `days` after a review that left stability `s`.
    func recall(days: Int, stability s: N) -> N {
        (N(constant: Double(days)) / s * factor + 1).pow(decay)
    }

    /// The memory state after the first review.
    func start(_ rating: Rating) -> (s: N, d: N) {
        (w[rating.rawValue - 1].clamped(Self.stabilityRange.lowerBound, Self.stabilityRange.upperBound),
         initialDifficulty(rating).clamped(Self.difficultyRange.lowerBound, Self.difficultyRange.upperBound))
    }

    func initialDifficulty(_ rating: Rating) -> N {
        w[4] - (w[5] * Double(rating.rawValue - 1)).exp() + 1
    }

    /// The memory state after a later review, `days` after the previous one.
    func step(_ state: (s: N, d: N), days: Int, rating: Rating) -> (s: N, d: N) {
        let s = state.s.clamped(Self.stabilityRange.lowerBound, Self.stabilityRange.upperBound)
        let d = state.d.clamped(Self.difficultyRange.lowerBound, Self.difficultyRange.upperBound)
        let g = Double(rating.rawValue)
        var newS: N
        if days == 0 {
            let increase = (w[17] * (w[18] + (g - 3))).exp() * s.pow(-w[19])
            newS = rating != .again && increase.value < 1 ? s : s * increase
        } else {
            let r = recall(days: days, stability: s)
            if rating == .again {
                let long = w[11] * d.pow(-w[12]) * ((s + 1).pow(w[13]) - 1) * ((1 - r) * w[14]).exp()
                let floor = s / (w[17] * w[18]).exp()
                newS = long.value < floor.value ? long : floor
            } else {
                var grow = w[8].exp() * (11 - d) * s.pow(-w[9]) * (((1 - r) * w[10]).exp() - 1)
                if rating == .hard { grow = grow * w[15] }
                if rating == .easy { grow = grow * w[16] }
                newS = s * (grow + 1)
            }
        }
        let damped = d + (10 - d) * (w[6] * (3 - g)) / N(constant: 9)
        let reverted = w[7] * (initialDifficulty(.easy) - damped) + damped
        newS = newS.clamped(Self.stabilityRange.lowerBound, Self.stabilityRange.upperBound)
        return (newS, reverted.clamped(Self.difficultyRange.lowerBound, Self.difficultyRange.upperBound))
    }
}
