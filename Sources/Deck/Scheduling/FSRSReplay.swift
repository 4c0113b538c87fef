#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// `FSRSScheduler.review` for replaying cards from new in bulk: the same steps and the same expressions (so
/// the same bits, which a test checks review by review), over a plain card with no optionals and the
/// parameters read once. A replay from new is the only way a card gets its memory, so the card needs no
/// optionals: it has stability and difficulty once it has a review.
struct FSRSReplay: Sendable {
    /// A card being replayed: what `MemoryState` holds, without optionals.
    struct Card {
        /// 0 learning, 1 review, 2 relearning.
        var state: UInt8 = 0
        var step = 0
        var stability = 0.0
        var difficulty = 0.0
        var due: Int64
        var lastReview: Int64 = 0
        var reviews = 0
        var lapses = 0

        /// A card never reviewed, due at `due` (`MemoryState.new`).
        init(due: Int64) { self.due = due }

        var memoryState: MemoryState {
            let started = reviews > 0
            return MemoryState(state: state == 0 ? .learning : state == 1 ? .review : .relearning,
                               step: state == 1 ? nil : step, stability: started ? stability : nil,
                               difficulty: started ? difficulty : nil, due: Timestamp(microseconds: due),
                               lastReview: started ? Timestamp(microseconds: lastReview) : nil,
                               reviews: reviews, lapses: lapses)
        }
    }

    static let day = Interval.day.microseconds
    let learningSteps: [Int64], relearningSteps: [Int64]
    /// A hard rating's interval on the first step (learning, relearning).
    let learningHardFirst: Int64, relearningHardFirst: Int64
    let maximumInterval: Int, fuzzing: Bool
    let factor: Double, decay: Double, intervalFactor: Double
    let w9: Double, w10: Double, w11: Double, w12: Double, w13: Double, w14: Double, w15: Double, w16: Double, w19: Double
    let w7: Double, easyDifficulty: Double, eW8: Double, eW17W18: Double
    /// By rating (index `rawValue - 1`): initial stability and difficulty (clamped), the short-term factor and
    /// the difficulty's delta.
    let initialStability: [Double], initialDifficulty: [Double], shortTermFactor: [Double], difficultyDelta: [Double]

    init(_ s: FSRSScheduler) {
        let w = s.w
        learningSteps = s.settings.learningSteps.map(\.microseconds)
        relearningSteps = s.settings.relearningSteps.map(\.microseconds)
        func hardFirst(_ steps: [Interval]) -> Int64 {
            if steps.count == 1 { return steps[0].scaled(3, 2).microseconds }
            return steps.count > 1 ? (steps[0] + steps[1]).scaled(1, 2).microseconds : 0
        }
        learningHardFirst = hardFirst(s.settings.learningSteps)
        relearningHardFirst = hardFirst(s.settings.relearningSteps)
        maximumInterval = s.settings.maximumInterval
        fuzzing = s.settings.enableFuzzing
        factor = s.factor
        decay = s.decay
        intervalFactor = s.intervalFactor
        w9 = w[9]; w10 = w[10]; w11 = w[11]; w12 = w[12]; w13 = w[13]; w14 = w[14]; w15 = w[15]; w16 = w[16]; w19 = w[19]
        w7 = w[7]
        easyDifficulty = s.easyDifficulty
        eW8 = s.eW8
        eW17W18 = s.eW17W18
        initialStability = Rating.allCases.map { s.initialStability($0) }
        initialDifficulty = Rating.allCases.map { s.clampDifficulty(s.initialDifficulty($0)) }
        shortTermFactor = s.shortTermFactors
        difficultyDelta = Rating.allCases.map { -(w[6] * Double($0.rawValue - 3)) }
    }

    @inline(__always) func clampDifficulty(_ d: Double) -> Double { min(max(d, 1.0), 10.0) }
    @inline(__always) func clampStability(_ s: Double) -> Double { max(s, SchedulerSettings.stabilityMin) }

    @inline(__always) func nextDifficulty(_ d: Double, _ r: Int) -> Double {
        let damped = d + (10.0 - d) * difficultyDelta[r - 1] / 9.0
        return clampDifficulty(w7 * easyDifficulty + (1 - w7) * damped)
    }

    @inline(__always) func shortTermStability(_ s: Double, _ r: Int) -> Double {
        var increase = shortTermFactor[r - 1] * pow(s, -w19)
        if r != 1 { increase = max(increase, 1.0) }
        return clampStability(s * increase)
    }

    @inline(__always) func nextStability(_ d: Double, _ s: Double, _ elapsedDays: Int64, _ r: Int) -> Double {
        let retrievability = pow(1 + factor * Double(max(0, elapsedDays)) / s, decay)
        if r == 1 {
            let long = w11 * pow(d, -w12) * (pow(s + 1, w13) - 1) * pow(FSRSScheduler.e, (1 - retrievability) * w14)
            let short = s / eW17W18
            return clampStability(min(long, short))
        }
        let hard = r == 2 ? w15 : 1
        let easy = r == 4 ? w16 : 1
        return clampStability(s * (1 + eW8 * (11 - d) * pow(s, -w9) * (pow(FSRSScheduler.e, (1 - retrievability) * w10) - 1) * hard * easy))
    }

    /// `FSRSScheduler.nextInterval`, in microseconds.
    @inline(__always) func nextInterval(_ stability: Double) -> Int64 {
        let raw = (stability / factor) * intervalFactor
        guard raw.isFinite else { return Int64(raw > 0 ? maximumInterval : 1) * Self.day }
        let days = Int(min(max(raw, 1), Double(maximumInterval)).rounded(.toNearestOrEven))
        return Int64(min(max(days, 1), maximumInterval)) * Self.day
    }

    /// `FSRSScheduler.fuzzed` with `fuzzRange` written out.
    func fuzzed(_ interval: Int64, seed: UInt64) -> Int64 {
        let days = Int(interval / Self.day)
        guard Double(days) >= 2.5 else { return interval }
        var delta = 1.0
        delta += 0.15 * max(min(Double(days), 7.0) - 2.5, 0.0)
        delta += 0.1 * max(min(Double(days), 20.0) - 7.0, 0.0)
        delta += 0.05 * max(min(Double(days), .infinity) - 20.0, 0.0)
        var lo = Int((Double(days) - delta).rounded(.toNearestOrEven))
        var hi = Int((Double(days) + delta).rounded(.toNearestOrEven))
        lo = max(2, lo)
        hi = min(hi, maximumInterval)
        lo = min(lo, hi)
        var rng = SeededRandom(seed: seed)
        let unit = Double(rng.next() >> 11) * 0x1.0p-53
        let picked = unit * Double(hi - lo + 1) + Double(lo)
        return Int64(min(Int(picked.rounded(.toNearestOrEven)), maximumInterval)) * Self.day
    }

    /// `card` after a review with rating `r` (1–4) at `now` (microseconds), the fuzz seeded from `seedBase`
    /// and the card's review count (`FuzzSeed.make`).
    @inline(__always)
    func review(_ card: inout Card, rating r: Int, at now: Int64, seedBase: UInt64) {
        let started = card.reviews > 0
        var daysSince: Int64 = 0
        if started {
            let d = now - card.lastReview
            daysSince = d >= 0 ? d / Self.day : -((-d + Self.day - 1) / Self.day)
        }
        let sameDay = started && daysSince < 1
        var next: Int64
        if card.state != 1 {
            let learning = card.state == 0
            let stepCount = learning ? learningSteps.count : relearningSteps.count
            let step = card.step
            if learning && !started {
                card.stability = initialStability[r - 1]
                card.difficulty = initialDifficulty[r - 1]
            } else if sameDay {
                card.stability = shortTermStability(card.stability, r)
                card.difficulty = nextDifficulty(card.difficulty, r)
            } else {
                card.stability = nextStability(card.difficulty, card.stability, daysSince, r)
                card.difficulty = nextDifficulty(card.difficulty, r)
            }
            if stepCount == 0 || (step >= stepCount && r != 1) {
                card.state = 1
                next = nextInterval(card.stability)
            } else {
                switch r {
                case 1:
                    card.step = 0
                    next = learning ? learningSteps[0] : relearningSteps[0]
                case 2:
                    if step == 0 {
                        next = learning ? learningHardFirst : relearningHardFirst
                    } else {
                        next = learning ? learningSteps[step] : relearningSteps[step]
                    }
                case 3:
                    if step + 1 == stepCount {
                        card.state = 1
                        next = nextInterval(card.stability)
                    } else {
                        card.step = step + 1
                        next = learning ? learningSteps[step + 1] : relearningSteps[step + 1]
                    }
                default:
                    card.state = 1
                    next = nextInterval(card.stability)
                }
            }
        } else {
            if sameDay {
                card.stability = shortTermStability(card.stability, r)
            } else {
                card.stability = nextStability(card.difficulty, card.stability, daysSince, r)
            }
            card.difficulty = nextDifficulty(card.difficulty, r)
            if r == 1 {
                card.lapses += 1
                if relearningSteps.isEmpty {
                    next = nextInterval(card.stability)
                } else {
                    card.state = 2
                    card.step = 0
                    next = relearningSteps[0]
                }
            } else {
                next = nextInterval(card.stability)
            }
        }
        if fuzzing && card.state == 1 {
            next = fuzzed(next, seed: FuzzSeed.make(base: seedBase, reviews: card.reviews))
        }
        card.due = now + next
        card.lastReview = now
        card.reviews += 1
    }
}
