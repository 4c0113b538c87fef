import Foundation
import Testing
@testable import Deck

/// `quiz optimize`'s library: items built as fsrs-rs builds them, exact gradients, and parameters recovered
/// from simulated learners.
@Suite struct OptimizerTests {
    static let t0 = CivilTime.parse("2025-03-01T10:00:00Z")!

    func review(_ id: String, _ card: String, _ time: Timestamp, _ rating: Rating, deck: String = "d", scheduled: Bool = true) -> ReviewLogEntry {
        .review(ReviewRecord(id: id, key: CardKey(deck: deck, card: card), time: time, rating: rating, scheduled: scheduled))
    }

    @Test func itemsFromALogKeepSameDayReviewsInTheHistoryAndIgnoreUndoneAndCramReviews() {
        let t0 = Self.t0
        let history = ReviewHistory(entries: [
            review("r1", "a", t0, .good),
            review("r2", "a", t0 + .minutes(10), .good),                        // same day: history only
            review("b1", "b", t0 + .minutes(5), .again, deck: "other"),
            review("r3", "a", t0 + .days(3) + .minutes(60), .again),            // 3 days after r2
            review("r4", "a", t0 + .days(3) + .minutes(70), .good),             // 10 minutes later: 0 days
            review("c1", "a", t0 + .days(5), .easy, scheduled: false),          // cram: ignored
            review("r5", "a", t0 + .days(10) + .minutes(120), .hard),           // 7 days after r4
            review("r6", "a", t0 + .days(12), .easy),
            .undo(UndoRecord(id: "u1", time: t0 + .days(12) + .minutes(1), target: "r6")),
            review("b2", "b", t0 + .days(1) + .minutes(5), .good, deck: "other"),
        ])
        let data = TrainingData.build(history: history)
        // Cards in key order: d/a, other/b.
        #expect(data.cards == [
            [TrainingReview(rating: .good, deltaT: 0), TrainingReview(rating: .good, deltaT: 0), TrainingReview(rating: .again, deltaT: 3),
             TrainingReview(rating: .good, deltaT: 0), TrainingReview(rating: .hard, deltaT: 7)],
            [TrainingReview(rating: .again, deltaT: 0), TrainingReview(rating: .good, deltaT: 1)],
        ])
        #expect(data.items == [
            TrainingItem(card: 1, length: 2, time: t0 + .days(1) + .minutes(5)),
            TrainingItem(card: 0, length: 3, time: t0 + .days(3) + .minutes(60)),
            TrainingItem(card: 0, length: 5, time: t0 + .days(10) + .minutes(120)),
        ])
        let onlyD = TrainingData.build(history: history, decks: ["d"])
        #expect(onlyD.cards.count == 1 && onlyD.items.map(\.length) == [3, 5])
    }

    @Test func aRevlogWithStatesStartsEachCardAtItsLastLearningAndDropsManualEntries() throws {
        let ms = Self.t0.microseconds / 1000, day: Int64 = 86_400_000
        let csv = """
        card_id,review_time,review_rating,review_state
        1,\(ms),3,1
        1,\(ms + 2 * day),3,2
        1,\(ms + 5 * day),1,1
        1,\(ms + 5 * day + 600_000),3,1
        1,\(ms + 6 * day),0,5
        1,\(ms + 9 * day),3,2
        2,\(ms + day),4,2
        2,\(ms + 3 * day),3,2
        """.replacingOccurrences(of: ",0,5", with: ",3,5")
        let rows = try RevlogCSV.parse(csv, path: "r.csv")
        #expect(rows.map(\.state) == [1, 2, 1, 1, 5, 2, 2, 2])
        let data = TrainingData.build(revlog: rows)
        // Card 1 restarts at its second learning run; the manual entry is gone; card 2 never learned here.
        #expect(data.cards == [[TrainingReview(rating: .again, deltaT: 0), TrainingReview(rating: .good, deltaT: 0),
                                TrainingReview(rating: .good, deltaT: 3)]])
        #expect(data.items.map(\.length) == [3])
        // Without the column every row counts.
        let plain = TrainingData.build(revlog: try RevlogCSV.parse("card_id,review_time,review_rating\n2,\(ms),4\n2,\(ms + 3 * day),3\n", path: "p.csv"))
        #expect(plain.cards == [[TrainingReview(rating: .easy, deltaT: 0), TrainingReview(rating: .good, deltaT: 3)]])
    }

    /// A few cards through every branch: first ratings 1-4, same-day steps, lapses, hard and easy reviews.
    static let branchData: TrainingData = {
        let cards: [[(Rating, Int)]] = [
            [(.again, 0), (.good, 0), (.good, 1), (.again, 4), (.good, 0), (.hard, 2), (.easy, 5), (.good, 30)],
            [(.hard, 0), (.again, 0), (.good, 0), (.good, 2), (.good, 8), (.again, 40), (.again, 0), (.good, 1)],
            [(.good, 0), (.good, 3), (.hard, 9), (.easy, 12), (.again, 90), (.easy, 0), (.good, 2)],
            [(.easy, 0), (.good, 6), (.good, 20), (.good, 0), (.good, 61)],
        ]
        var items: [TrainingItem] = []
        for (c, card) in cards.enumerated() {
            for (k, review) in card.enumerated() where review.1 > 0 {
                items.append(TrainingItem(card: c, length: k + 1, time: Timestamp(seconds: Int64(k * 10 + c))))
            }
        }
        return TrainingData(cards: cards.map { $0.map { TrainingReview(rating: $0.0, deltaT: $0.1) } }, items: items)
    }()

    func columns(_ data: TrainingData) -> [TrainingBatch.Column] {
        TrainingBatch.make(data.items.enumerated().map { ($1, 0.25 + 0.75 * Double($0) / Double(data.items.count)) }, batchSize: 512)
            .flatMap(\.columns)
    }

    @Test(arguments: [UInt64(0), 1, 2, 3])
    func theGradientMatchesFiniteDifferencesAndForwardModeDualNumbers(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var w = seed == 0 ? SchedulerSettings.defaultParameters : SimulatedLearner.randomParameters(&random)
        // Off the bounds, where a clamp's kink would halve a central difference.
        for i in w.indices {
            let low = SchedulerSettings.lowerBounds[i], high = min(SchedulerSettings.upperBounds[i], i == 19 ? 0.8 : 100)
            w[i] = min(max(w[i], low + 0.02 * (high - low)), high - 0.02 * (high - low))
        }
        let data = Self.branchData, cols = columns(data)[...]
        let (loss, gradient) = TrainingGradient.lossAndGradient(w, data: data, columns: cols)
        let dual = TrainingLoss.lossAndGradient(w, data: data, columns: cols)
        #expect(abs(loss - TrainingLoss.loss(w, data: data, columns: cols)) < 1e-9)
        #expect(abs(loss - dual.loss) < 1e-9)
        for i in 0..<21 {
            let h = 1e-6 * max(1, abs(w[i]))
            var up = w, down = w
            up[i] += h
            down[i] -= h
            let numeric = (TrainingLoss.loss(up, data: data, columns: cols) - TrainingLoss.loss(down, data: data, columns: cols)) / (2 * h)
            let scale = max(1e-3, abs(numeric))
            #expect(abs(gradient[i] - dual.gradient[i]) <= 1e-9 * max(1, abs(dual.gradient[i])), "w\(i): by hand \(gradient[i]), dual \(dual.gradient[i])")
            #expect(abs(gradient[i] - numeric) <= 1e-4 * scale, "w\(i): by hand \(gradient[i]), finite differences \(numeric)")
        }
    }

    @Test func tooFewItemsKeepTheDefaultsAndFewFitOnlyTheInitialStabilities() {
        let few = OptimizerTests.branchData
        let outcome = ParameterOptimizer.fit(few)
        #expect(outcome.method == .defaults && outcome.parameters == SchedulerSettings.defaultParameters)

        // 30 cards first rated Good, seen again 3 days later: 27 recalled. Only w0-w3 can be fitted.
        let cards = (0..<30).map { k in [TrainingReview(rating: .good, deltaT: 0), TrainingReview(rating: k < 3 ? .again : .good, deltaT: 3)] }
        let data = TrainingData(cards: cards, items: (0..<30).map { TrainingItem(card: $0, length: 2, time: Timestamp(seconds: Int64($0))) })
        let pretrained = ParameterOptimizer.fit(data)
        #expect(pretrained.method == .pretrained)
        // 90% recall after 3 days: stability near 3 (pulled a little toward the default).
        #expect(pretrained.parameters[2] > 2.5 && pretrained.parameters[2] < 3.5, "\(pretrained.parameters)")
        #expect(pretrained.parameters[0] < pretrained.parameters[1] && pretrained.parameters[2] < pretrained.parameters[3])
        #expect(pretrained.parameters[4...] == SchedulerSettings.defaultParameters[4...])
        #expect(pretrained.parameters[0..<4] != SchedulerSettings.defaultParameters[0..<4])
    }

    @Test func theOptimizerRecoversASimulatedLearnersMemoryAndIsDeterministic() throws {
        var random = SeededRandom(seed: 11)
        let truth = SimulatedLearner.randomParameters(&random)
        let learner = SimulatedLearner(parameters: truth, newCardsPerDay: 10, days: 240)
        let data = TrainingData.build(learner.histories(start: Self.t0, random: &random))
        let report = OptimizationReport.run(data)
        #expect(report.outcome.method == .trained)
        #expect(OptimizationReport.run(data) == report)
        // The fitted parameters are ones the scheduler accepts.
        _ = try SchedulerSettings(parameters: report.outcome.parameters)
        let held = try #require(report.heldOut)
        let cut = data.items.count - held.fitted.items
        let later = Array(data.items[cut...])
        let trueScore = try #require(OptimizerEvaluation.evaluate(truth, data: data, items: later))
        // Loose: the fit predicts nearly as well as the truth, better than the defaults, and the same recall.
        #expect(held.fitted.logLoss < held.defaults.logLoss)
        #expect(held.fitted.logLoss - trueScore.logLoss < 0.01, "fitted \(held.fitted.logLoss), true \(trueScore.logLoss)")
        let fitted = TrainingModel<Double>(report.outcome.parameters), real = TrainingModel<Double>(truth)
        var squares = 0.0
        for item in later {
            let reviews = data.reviews(item)
            var a = fitted.start(reviews.first!.rating), b = real.start(reviews.first!.rating)
            for k in 1..<(reviews.count - 1) {
                a = fitted.step(a, days: reviews[reviews.startIndex + k].deltaT, rating: reviews[reviews.startIndex + k].rating)
                b = real.step(b, days: reviews[reviews.startIndex + k].deltaT, rating: reviews[reviews.startIndex + k].rating)
            }
            let gap = fitted.recall(days: reviews.last!.deltaT, stability: a.s) - real.recall(days: reviews.last!.deltaT, stability: b.s)
            squares += gap * gap
        }
        #expect((squares / Double(later.count)).squareRoot() < 0.05)
    }

    @Test func smallHistoriesAreTrainedMoreTimesWithinTheBudget() {
        let c = OptimizerConfiguration()
        #expect(c.runs(items: 100_000) == c.runRange.lowerBound)
        #expect(c.runs(items: c.budget / (2 * c.epochs)) == 2)
        #expect(c.runs(items: 1_000) == c.runRange.upperBound)
    }

    @Test func theRunKeptIsTheOneWithTheLowestTrainingLoss() {
        var random = SeededRandom(seed: 5)
        let learner = SimulatedLearner(parameters: SimulatedLearner.randomParameters(&random), newCardsPerDay: 6, days: 120)
        let data = TrainingData.build(learner.histories(start: Self.t0, random: &random))
        let weighted = ParameterOptimizer.recencyWeighted(data.items, maximumLength: 256)
        let start = SchedulerSettings.defaultParameters
        var configuration = OptimizerConfiguration()
        configuration.runRange = 3...3
        let runs = (0..<3).map { k in
            var c = configuration
            c.seed += UInt64(k)
            let w = ParameterOptimizer.train(data, weighted, start: start, configuration: c, progress: nil)
            return (w: w, score: ParameterOptimizer.objective(w, data: data, weighted, start: start, configuration: c))
        }
        // The batch order matters, and the run kept is the best of the three.
        #expect(Set(runs.map(\.score)).count == 3)
        let lowest = runs.min { $0.score < $1.score }!
        var reported: [Int] = []
        let kept = ParameterOptimizer.bestRun(data, weighted, start: start, configuration: configuration) { done, total in
            reported.append(done)
            #expect(total == 3 * configuration.epochs * weighted.count)
        }
        #expect(kept == lowest.w)
        #expect(reported.last == 3 * configuration.epochs * weighted.count)
        #expect(lowest.score < ParameterOptimizer.objective(start, data: data, weighted, start: start, configuration: configuration))
    }

    @Test func theClipperKeepsFsrsRsBounds() {
        var w = [Double](repeating: -5, count: 21)
        ParameterClipper.clip(&w, relearningSteps: 1)
        #expect(w[19] == 0.01 && w[4] == 1 && w[16] == 1 && w[0] == 0.001)
        w = [Double](repeating: 50, count: 21)
        ParameterClipper.clip(&w, relearningSteps: 1)
        #expect(w[0] == 50 && w[17] == 2 && w[18] == 2 && w[20] == 0.8 && w[7] == 0.75)
        var two = SchedulerSettings.defaultParameters
        two[17] = 2
        two[18] = 2
        ParameterClipper.clip(&two, relearningSteps: 2)
        #expect(two[17] < 2 && two[17] == two[18])
    }

    @Test func theLearningRateFollowsHalfACosine() {
        var schedule = CosineAnnealing(steps: 10, initial: 0.04)
        let rates = (0..<11).map { _ in schedule.next() }
        #expect(rates[0] == 0.04)
        #expect(abs(rates[5] - 0.02) < 1e-12)
        #expect(rates[10] < 1e-12)
        #expect(zip(rates, rates.dropFirst()).allSatisfy { $0 > $1 })
    }
}
