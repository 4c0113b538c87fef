import Foundation
import Testing
@testable import Deck

/// One test per branch of the FSRS-6 state machine, on the reference's rules.
@Suite struct FSRSStateMachineTests {
    let t0 = Timestamp(seconds: 1_735_689_600) // 2025-01-01T00:00:00Z
    let noFuzz = FSRSScheduler(settings: try! SchedulerSettings(enableFuzzing: false))

    func scheduler(learning: [Interval] = [.minutes(1), .minutes(10)], relearning: [Interval] = [.minutes(10)],
                   maximum: Int = 36500) -> FSRSScheduler {
        FSRSScheduler(settings: try! SchedulerSettings(learningSteps: learning, relearningSteps: relearning,
                                                       maximumInterval: maximum, enableFuzzing: false))
    }

    func reviewCard(_ s: FSRSScheduler, _ ratings: [(Rating, Interval)]) -> MemoryState {
        var card = MemoryState.new(due: t0)
        var t = t0
        for (r, wait) in ratings {
            t = t + wait
            card = s.review(card, rating: r, at: t)
        }
        return card
    }

    @Test func newCardAgainStaysOnFirstStep() {
        let c = noFuzz.review(.new(due: t0), rating: .again, at: t0)
        #expect(c.state == .learning && c.step == 0)
        #expect(c.due - t0 == .minutes(1))
        #expect(c.stability == SchedulerSettings.defaultParameters[0])
    }

    @Test func newCardHardWaitsBetweenTheFirstTwoSteps() {
        let c = noFuzz.review(.new(due: t0), rating: .hard, at: t0)
        #expect(c.state == .learning && c.step == 0)
        #expect(c.due - t0 == .seconds(330))
    }

    @Test func hardWithOneStepWaitsOneAndAHalfSteps() {
        let c = scheduler(learning: [.minutes(5)]).review(.new(due: t0), rating: .hard, at: t0)
        #expect(c.due - t0 == .seconds(450))
    }

    @Test func newCardGoodMovesToNextStep() {
        let c = noFuzz.review(.new(due: t0), rating: .good, at: t0)
        #expect(c.state == .learning && c.step == 1)
        #expect(c.due - t0 == .minutes(10))
    }

    @Test func newCardEasyGraduatesAtOnce() {
        let c = noFuzz.review(.new(due: t0), rating: .easy, at: t0)
        #expect(c.state == .review && c.step == nil)
        #expect(c.due - t0 == .days(Int64(noFuzz.nextInterval(SchedulerSettings.defaultParameters[3]))))
    }

    @Test func goodOnLastStepGraduates() {
        let c = reviewCard(noFuzz, [(.good, .seconds(0)), (.good, .minutes(10))])
        #expect(c.state == .review && c.step == nil)
        #expect(c.due - c.lastReview! >= .days(1))
    }

    @Test func hardOnLaterStepRepeatsThatStep() {
        let c = reviewCard(noFuzz, [(.good, .seconds(0)), (.hard, .minutes(10))])
        #expect(c.state == .learning && c.step == 1)
        #expect(c.due - c.lastReview! == .minutes(10))
    }

    @Test func noLearningStepsGraduatesOnAnyRating() {
        let c = scheduler(learning: []).review(.new(due: t0), rating: .again, at: t0)
        #expect(c.state == .review)
        #expect(c.due - t0 == .days(1))
    }

    @Test func stepBeyondShortenedStepsGraduatesUnlessAgain() {
        var card = MemoryState.new(due: t0)
        card = noFuzz.review(card, rating: .good, at: t0) // step 1 of 2
        let shorter = scheduler(learning: [.minutes(1)])
        card.step = 1 // beyond the single step
        #expect(shorter.review(card, rating: .hard, at: t0 + .minutes(5)).state == .review)
        let again = shorter.review(card, rating: .again, at: t0 + .minutes(5))
        #expect(again.state == .learning && again.step == 0)
    }

    @Test func reviewAgainLapsesIntoRelearning() {
        let graduated = reviewCard(noFuzz, [(.easy, .seconds(0))])
        let c = noFuzz.review(graduated, rating: .again, at: graduated.due)
        #expect(c.state == .relearning && c.step == 0 && c.lapses == 1)
        #expect(c.due - graduated.due == .minutes(10))
        #expect(c.stability! < graduated.stability!)
    }

    @Test func reviewAgainWithoutRelearningStepsStaysInReview() {
        let s = scheduler(relearning: [])
        let graduated = reviewCard(s, [(.easy, .seconds(0))])
        let c = s.review(graduated, rating: .again, at: graduated.due)
        #expect(c.state == .review && c.lapses == 1)
        #expect(c.due - graduated.due >= .days(1))
    }

    @Test func relearningGoodOnLastStepReturnsToReview() {
        let graduated = reviewCard(noFuzz, [(.easy, .seconds(0))])
        let lapsed = noFuzz.review(graduated, rating: .again, at: graduated.due)
        let back = noFuzz.review(lapsed, rating: .good, at: lapsed.due)
        #expect(back.state == .review && back.step == nil)
    }

    @Test func relearningHardWithOneStepWaitsOneAndAHalfSteps() {
        let graduated = reviewCard(noFuzz, [(.easy, .seconds(0))])
        let lapsed = noFuzz.review(graduated, rating: .again, at: graduated.due)
        let hard = noFuzz.review(lapsed, rating: .hard, at: lapsed.due)
        #expect(hard.state == .relearning && hard.due - lapsed.due == .minutes(15))
    }

    @Test func sameDayReviewUsesShortTermStability() {
        let graduated = reviewCard(noFuzz, [(.easy, .seconds(0))])
        let s = graduated.stability!
        let c = noFuzz.review(graduated, rating: .good, at: t0 + .minutes(60 * 23))
        let w = SchedulerSettings.defaultParameters
        let increase = max(pow(FSRSScheduler.e, w[17] * (0 + w[18])) * pow(s, -w[19]), 1)
        #expect(c.stability == s * increase)
    }

    @Test func sameDayAgainMayLowerStability() {
        let graduated = reviewCard(noFuzz, [(.easy, .seconds(0))])
        let c = noFuzz.review(graduated, rating: .again, at: t0 + .minutes(30))
        #expect(c.stability! < graduated.stability!)
    }

    @Test func retrievabilityCountsWholeDays() {
        let graduated = reviewCard(noFuzz, [(.easy, .seconds(0))])
        #expect(noFuzz.retrievability(graduated, at: t0 + .minutes(60 * 24 - 1)) == 1.0)
        let oneDay = noFuzz.retrievability(graduated, at: t0 + .days(1))
        #expect(oneDay < 1.0 && oneDay > 0.9)
        #expect(noFuzz.retrievability(.new(due: t0), at: t0) == 0)
    }

    @Test func intervalIsClampedToMaximumAndAtLeastOneDay() {
        let s = scheduler(maximum: 3)
        #expect(s.nextInterval(10_000) == 3)
        #expect(noFuzz.nextInterval(0.001) == 1)
    }

    @Test func intervalRoundsHalfToEven() {
        // stability chosen so that the raw interval is exactly 2.5 days: Python's round() gives 2.
        let s = noFuzz
        let raw = 2.5 / ((pow(0.9, 1 / s.decay) - 1) / s.factor)
        #expect(s.nextInterval(raw) == 2)
    }

    @Test func badParameterIsNamedByIndex() {
        var w = SchedulerSettings.defaultParameters
        w[7] = 0.9
        #expect(throws: SchedulerSettingsError(message: "parameter w7 = 0.9 is out of bounds [0.001, 0.75]")) {
            try SchedulerSettings(parameters: w)
        }
        #expect(throws: SchedulerSettingsError(message: "expected 21 parameters, got 2")) {
            try SchedulerSettings(parameters: [1, 2])
        }
        #expect(throws: SchedulerSettingsError.self) { try SchedulerSettings(desiredRetention: 1.2) }
    }

    @Test func stepsParse() throws {
        #expect(try SchedulerSettings.steps("1m,10m") == [.minutes(1), .minutes(10)])
        #expect(try SchedulerSettings.steps("30s, 2h,1d") == [.seconds(30), .minutes(120), .days(1)])
        #expect(try SchedulerSettings.steps("") == [])
        #expect(throws: SchedulerSettingsError.self) { try SchedulerSettings.steps("10x") }
    }
}

/// The fuzz: the reference's ranges, but seeded, so a replay reproduces the schedule.
@Suite struct FSRSFuzzTests {
    let t0 = Timestamp(seconds: 1_735_689_600)

    @Test func fuzzRangesMatchReference() {
        let s = FSRSScheduler()
        // Values computed with py-fsrs 6.3.2's _get_fuzz_range.
        #expect(s.fuzzRange(days: 3) == 2...4)
        #expect(s.fuzzRange(days: 10) == 8...12)
        #expect(s.fuzzRange(days: 30) == 27...33)
        #expect(s.fuzzRange(days: 100) == 93...107)
        #expect(s.fuzzRange(days: 365) == 345...385)
    }

    @Test func fuzzIsDeterministicAndWithinRange() {
        let fuzz = FSRSScheduler()
        let plain = FSRSScheduler(settings: try! SchedulerSettings(enableFuzzing: false))
        var card = MemoryState.new(due: t0)
        card = plain.review(card, rating: .easy, at: t0)
        var seen: Set<Int64> = []
        for n in 0..<200 {
            let seed = FuzzSeed.make(cardID: "deck/card-\(n)", reviews: 1)
            let a = fuzz.review(card, rating: .good, at: card.due, fuzzSeed: seed)
            let b = fuzz.review(card, rating: .good, at: card.due, fuzzSeed: seed)
            #expect(a == b)
            let base = plain.review(card, rating: .good, at: card.due)
            let days = (a.due - card.due).microseconds / Interval.day.microseconds
            let baseDays = Int((base.due - card.due).microseconds / Interval.day.microseconds)
            // py-fsrs draws random() * (hi - lo + 1) + lo and rounds it, so it can land on hi + 1.
            let range = fuzz.fuzzRange(days: baseDays)
            #expect((range.lowerBound...(range.upperBound + 1)).contains(Int(days)))
            seen.insert(days)
        }
        #expect(seen.count > 3) // it does spread
    }

    @Test func shortIntervalsAreNotFuzzed() {
        let fuzz = FSRSScheduler()
        let c = fuzz.review(.new(due: t0), rating: .again, at: t0, fuzzSeed: 12345)
        #expect(c.due - t0 == .minutes(1))
    }

    @Test func seedDependsOnCardAndReviewCount() {
        #expect(FuzzSeed.make(cardID: "a", reviews: 1) == FuzzSeed.make(cardID: "a", reviews: 1))
        #expect(FuzzSeed.make(cardID: "a", reviews: 1) != FuzzSeed.make(cardID: "a", reviews: 2))
        #expect(FuzzSeed.make(cardID: "a", reviews: 1) != FuzzSeed.make(cardID: "b", reviews: 1))
    }
}
