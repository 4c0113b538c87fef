#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// A learner whose memory follows FSRS-6 with known parameters, for checking that the optimizer recovers them
/// (tests, benchmarks): cards introduced day by day, a learning step the first day, reviews at the interval the
/// default parameters give (spread by lateness), recall drawn from the true forgetting curve.
public struct SimulatedLearner: Sendable {
    public var parameters: [Double]
    public var newCardsPerDay = 20
    public var days = 365

    public init(parameters: [Double], newCardsPerDay: Int = 20, days: Int = 365) {
        self.parameters = parameters
        self.newCardsPerDay = newCardsPerDay
        self.days = days
    }

    /// Parameters drawn at random around the defaults, within the bounds (w0-w3 increasing).
    public static func randomParameters(_ random: inout SeededRandom) -> [Double] {
        var w = SchedulerSettings.defaultParameters
        for i in w.indices {
            let spread = ParameterOptimizer.spread[i] * (i < 4 ? 0.1 : 0.5)
            w[i] += spread * (2 * unit(&random) - 1)
        }
        ParameterClipper.clip(&w, relearningSteps: 1)
        w[0..<4].sort()
        return OptimizationReport.rounded(w)
    }

    static func unit(_ random: inout SeededRandom) -> Double { Double(random.next() >> 11) * 0x1.0p-53 }

    /// Each card's reviews, from `start`.
    public func histories(start: Timestamp, random: inout SeededRandom) -> [[TrainingData.Event]] {
        let truth = TrainingModel<Double>(parameters)
        let scheduler = TrainingModel<Double>(SchedulerSettings.defaultParameters)
        var out: [[TrainingData.Event]] = []
        for day in 0..<days {
            for k in 0..<newCardsPerDay {
                var t = start + .days(Int64(day)) + .minutes(Int64(k * 3))
                var events: [TrainingData.Event] = []
                func draw(_ p: Double, _ random: inout SeededRandom) -> Rating {
                    guard Self.unit(&random) < p else { return .again }
                    let u = Self.unit(&random)
                    return u < 0.15 ? .hard : u < 0.9 ? .good : .easy
                }
                let firstRoll = Self.unit(&random)
                let first: Rating = firstRoll < 0.25 ? .again : firstRoll < 0.35 ? .hard : firstRoll < 0.9 ? .good : .easy
                events.append(.init(time: t, rating: first))
                var real = truth.start(first), planned = scheduler.start(first)
                if first != .easy {
                    t = t + .minutes(10)
                    events.append(.init(time: t, rating: .good))
                    real = truth.step(real, days: 0, rating: .good)
                    planned = scheduler.step(planned, days: 0, rating: .good)
                }
                while true {
                    // The interval for 90% recall under the defaults, taken a little early or late.
                    let interval = max(1, planned.s * (0.7 + 0.8 * Self.unit(&random)))
                    let days = Int(interval.rounded())
                    let next = t + .days(Int64(days))
                    guard next < start + .days(Int64(self.days)) else { break }
                    t = next
                    let rating = draw(truth.recall(days: days, stability: real.s), &random)
                    events.append(.init(time: t, rating: rating))
                    real = truth.step(real, days: days, rating: rating)
                    planned = scheduler.step(planned, days: days, rating: rating)
                    if rating == .again {
                        t = t + .minutes(10)
                        events.append(.init(time: t, rating: .good))
                        real = truth.step(real, days: 0, rating: .good)
                        planned = scheduler.step(planned, days: 0, rating: .good)
                    }
                }
                out.append(events)
            }
        }
        return out
    }
}
