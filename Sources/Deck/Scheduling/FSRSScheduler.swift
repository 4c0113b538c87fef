#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// FSRS-6, behaving exactly as py-fsrs 6.3.2; pure: the review time and the fuzz seed are passed in.
public struct FSRSScheduler: Sendable {
    public let settings: SchedulerSettings
    let w: [Double]
    let decay: Double
    let factor: Double
    /// Terms that depend on the parameters alone, computed once (by the same expressions, so the same bits).
    let intervalFactor: Double, easyDifficulty: Double, eW8: Double, eW17W18: Double
    /// By rating (index `rawValue - 1`): the initial difficulty, and the short-term stability's exponential
    /// factor `e ** (w17 * (rating - 3 + w18))`.
    let initialDifficulties: [Double], shortTermFactors: [Double]
    static let e = 2.718281828459045 // Python's math.e; `math.e ** x` is pow(e, x), not exp(x)

    public init(settings: SchedulerSettings = .standard) {
        self.settings = settings
        self.w = settings.parameters
        self.decay = -settings.parameters[20]
        self.factor = pow(0.9, 1 / decay) - 1
        let w = settings.parameters
        self.intervalFactor = pow(settings.desiredRetention, 1 / -w[20]) - 1
        self.easyDifficulty = w[4] - pow(Self.e, w[5] * Double(Rating.easy.rawValue - 1)) + 1
        self.eW8 = pow(Self.e, w[8])
        self.eW17W18 = pow(Self.e, w[17] * w[18])
        self.initialDifficulties = Rating.allCases.map { r in w[4] - pow(Self.e, w[5] * Double(r.rawValue - 1)) + 1 }
        self.shortTermFactors = Rating.allCases.map { r in pow(Self.e, w[17] * (Double(r.rawValue - 3) + w[18])) }
    }

    /// Probability of recall at `now`, on whole elapsed days (0 for a card never reviewed).
    public func retrievability(_ card: MemoryState, at now: Timestamp) -> Double {
        guard let last = card.lastReview, let s = card.stability else { return 0 }
        let elapsed = Double(max(0, now.wholeDays(since: last)))
        return pow(1 + factor * elapsed / s, decay)
    }

    /// The card after a review with `rating` at `now`. `fuzzSeed` picks the fuzz (see `FuzzSeed`).
    public func review(_ input: MemoryState, rating: Rating, at now: Timestamp, fuzzSeed: UInt64 = 0) -> MemoryState {
        var card = input
        let daysSince = card.lastReview.map { now.wholeDays(since: $0) }
        let sameDay = daysSince.map { $0 < 1 } ?? false
        var next: Interval
        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? settings.learningSteps : settings.relearningSteps
            let step = card.step ?? 0
            if card.state == .learning && (card.stability == nil || card.difficulty == nil) {
                card.stability = initialStability(rating)
                card.difficulty = clampDifficulty(initialDifficulty(rating))
            } else if sameDay {
                card.stability = shortTermStability(card.stability!, rating)
                card.difficulty = nextDifficulty(card.difficulty!, rating)
            } else {
                card.stability = nextStability(card.difficulty!, card.stability!, retrievability(card, at: now), rating)
                card.difficulty = nextDifficulty(card.difficulty!, rating)
            }
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                next = graduate(&card)
            } else {
                switch rating {
                case .again:
                    card.step = 0
                    next = steps[0]
                case .hard:
                    if step == 0 && steps.count == 1 {
                        next = steps[0].scaled(3, 2)
                    } else if step == 0 {
                        next = (steps[0] + steps[1]).scaled(1, 2)
                    } else {
                        next = steps[step]
                    }
                    card.step = step
                case .good:
                    if step + 1 == steps.count {
                        next = graduate(&card)
                    } else {
                        card.step = step + 1
                        next = steps[step + 1]
                    }
                case .easy:
                    next = graduate(&card)
                }
            }
        case .review:
            if sameDay {
                card.stability = shortTermStability(card.stability!, rating)
            } else {
                card.stability = nextStability(card.difficulty!, card.stability!, retrievability(card, at: now), rating)
            }
            card.difficulty = nextDifficulty(card.difficulty!, rating)
            if rating == .again {
                card.lapses += 1
                if settings.relearningSteps.isEmpty {
                    next = .days(Int64(nextInterval(card.stability!)))
                } else {
                    card.state = .relearning
                    card.step = 0
                    next = settings.relearningSteps[0]
                }
            } else {
                next = .days(Int64(nextInterval(card.stability!)))
            }
        }
        if settings.enableFuzzing && card.state == .review {
            next = fuzzed(next, seed: fuzzSeed)
        }
        card.due = now + next
        card.lastReview = now
        card.reviews += 1
        return card
    }

    func graduate(_ card: inout MemoryState) -> Interval {
        card.state = .review
        card.step = nil
        return .days(Int64(nextInterval(card.stability!)))
    }

    /// The interval each rating would give now, for showing the choices (`1 Again 10m · 2 Hard 1d …`).
    public func preview(_ card: MemoryState, at now: Timestamp, fuzzSeed: UInt64 = 0) -> [Rating: Interval] {
        var out: [Rating: Interval] = [:]
        for r in Rating.allCases { out[r] = review(card, rating: r, at: now, fuzzSeed: fuzzSeed).due - now }
        return out
    }

    func clampDifficulty(_ d: Double) -> Double { min(max(d, 1.0), 10.0) }
    func clampStability(_ s: Double) -> Double { max(s, SchedulerSettings.stabilityMin) }

    func initialStability(_ r: Rating) -> Double { clampStability(w[r.rawValue - 1]) }

    func initialDifficulty(_ r: Rating) -> Double {
        initialDifficulties[r.rawValue - 1]
    }

    /// Whole days until the next review: rounded half to even, at least 1, at most the maximum.
    public func nextInterval(_ stability: Double) -> Int {
        let raw = (stability / factor) * intervalFactor
        // (Bounded before it is made a whole number: odd parameters can make it huge, infinite or NaN.)
        guard raw.isFinite else { return raw > 0 ? settings.maximumInterval : 1 }
        let days = Int(min(max(raw, 1), Double(settings.maximumInterval)).rounded(.toNearestOrEven))
        return min(max(days, 1), settings.maximumInterval)
    }

    func shortTermStability(_ s: Double, _ r: Rating) -> Double {
        var increase = shortTermFactors[r.rawValue - 1] * pow(s, -w[19])
        if r != .again { increase = max(increase, 1.0) }
        return clampStability(s * increase)
    }

    func nextDifficulty(_ d: Double, _ r: Rating) -> Double {
        let delta = -(w[6] * Double(r.rawValue - 3))
        let damped = d + (10.0 - d) * delta / 9.0
        return clampDifficulty(w[7] * easyDifficulty + (1 - w[7]) * damped)
    }

    func nextStability(_ d: Double, _ s: Double, _ r: Double, _ rating: Rating) -> Double {
        if rating == .again {
            let long = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * pow(Self.e, (1 - r) * w[14])
            let short = s / eW17W18
            return clampStability(min(long, short))
        }
        let hard = rating == .hard ? w[15] : 1
        let easy = rating == .easy ? w[16] : 1
        return clampStability(s * (1 + eW8 * (11 - d) * pow(s, -w[9]) * (pow(Self.e, (1 - r) * w[10]) - 1) * hard * easy))
    }

    static let fuzzRanges: [(start: Double, end: Double, factor: Double)] = [
        (2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, .infinity, 0.05),
    ]

    /// The range of days the fuzz may pick for an interval of `days` (py-fsrs's `_get_fuzz_range`).
    public func fuzzRange(days: Int) -> ClosedRange<Int> {
        var delta = 1.0
        for range in Self.fuzzRanges {
            delta += range.factor * max(min(Double(days), range.end) - range.start, 0.0)
        }
        var lo = Int((Double(days) - delta).rounded(.toNearestOrEven))
        var hi = Int((Double(days) + delta).rounded(.toNearestOrEven))
        lo = max(2, lo)
        hi = min(hi, settings.maximumInterval)
        lo = min(lo, hi)
        return lo...hi
    }

    func fuzzed(_ interval: Interval, seed: UInt64) -> Interval {
        let days = Int(interval.microseconds / Interval.day.microseconds)
        guard Double(days) >= 2.5 else { return interval }
        let range = fuzzRange(days: days)
        var rng = SeededRandom(seed: seed)
        let unit = Double(rng.next() >> 11) * 0x1.0p-53 // uniform in [0, 1), like Python's random()
        let picked = unit * Double(range.upperBound - range.lowerBound + 1) + Double(range.lowerBound)
        return .days(Int64(min(Int(picked.rounded(.toNearestOrEven)), settings.maximumInterval)))
    }
}

/// Seeds the fuzz from a card's id and its review count (as Anki does), so a replay reproduces the schedule.
public enum FuzzSeed {
    /// The seed of `key`'s next review from `state`: the one rule both a rating's preview and the recorded
    /// review follow, so that the interval shown is the interval given.
    public static func next(_ key: CardKey, from state: MemoryState) -> UInt64 {
        make(cardID: key.description, reviews: state.reviews)
    }

    public static func make(cardID: String, reviews: Int) -> UInt64 {
        make(base: base(cardID: cardID), reviews: reviews)
    }

    /// The card's part of the seed (FNV-1a of its id), to compute once per card.
    public static func base(cardID: String) -> UInt64 {
        FNV1a.hash(cardID.utf8)
    }

    public static func make(base: UInt64, reviews: Int) -> UInt64 {
        base ^ (UInt64(truncatingIfNeeded: reviews) &* 0x9E37_79B9_7F4A_7C15)
    }
}
