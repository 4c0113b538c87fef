import Foundation
import Testing
@testable import Deck

/// The session engine with a fake clock: ordering, limits, learning steps, undo, leeches, cram.
@Suite struct StudyQueueTests {
    let t0 = Timestamp(seconds: 1_767_258_000) // 2026-01-01T09:00:00Z
    let scheduler = FSRSScheduler(settings: try! SchedulerSettings(enableFuzzing: false))

    func deck(_ id: String, _ n: Int) -> (id: String, deck: Deck) {
        (id, Deck(title: id, cards: (0..<n).map { Card(id: "\(id)-\($0)", kind: .question, prompt: "q\($0)", answer: "a\($0)") }))
    }

    func queue(_ decks: [(id: String, deck: Deck)], options: StudyOptions = StudyOptions(), history: ReviewHistory = ReviewHistory()) -> StudyQueue {
        StudyQueue(cards: StudyCard.all(decks), options: options, history: history, dayStart: t0, seed: 1)
    }

    func key(_ s: String) -> CardKey { CardKey(deck: String(s.split(separator: "-")[0]), card: s) }

    func cardKey(_ step: StudyStep) -> String? {
        if case .card(let c) = step { return c.card.id }
        return nil
    }

    @Test func dueCardsComeFirstMostOverdueFirstThenNew() {
        let q = queue([deck("d", 4)])
        var states: [CardKey: MemoryState] = [:]
        var a = scheduler.review(.new(due: t0), rating: .easy, at: t0 - .days(30))
        a.due = t0 - .days(2)
        var b = a
        b.due = t0 - .days(5)
        states[key("d-2")] = a
        states[key("d-3")] = b
        #expect(cardKey(q.next(states: states, now: t0)) == "d-3")
        states[key("d-3")]!.due = t0 + .days(3)
        #expect(cardKey(q.next(states: states, now: t0)) == "d-2")
        states[key("d-2")]!.due = t0 + .days(3)
        #expect(cardKey(q.next(states: states, now: t0)) == "d-0")
        #expect(q.counts(states: states, now: t0) == StudyCounts(due: 0, new: 2, learning: 0))
    }

    @Test func newCardsStopAtTheDailyLimitCountingEarlierSessions() {
        var history = ReviewHistory()
        history.append(.review(ReviewRecord(id: "r0", key: key("d-0"), time: t0 + .minutes(1), rating: .good)))
        history.append(.review(ReviewRecord(id: "old", key: key("d-1"), time: t0 - .days(3), rating: .good)))
        var q = queue([deck("d", 6)], options: StudyOptions(newPerDay: 3), history: history)
        #expect(q.newBeforeSession == 1)
        #expect(q.newAllowance == 2)
        var states = history.cardStates(scheduler: scheduler)
        states[key("d-0")]!.due = t0 + .days(9)
        states[key("d-1")]!.due = t0 + .days(9)
        for expected in ["d-2", "d-3"] {
            let step = q.next(states: states, now: t0)
            #expect(cardKey(step) == expected)
            q.didReview(key(expected), wasNew: true)
            states[key(expected)] = scheduler.review(.new(due: t0), rating: .easy, at: t0)
        }
        #expect(q.next(states: states, now: t0) == .done)
    }

    @Test func learningCardsComeBackWhenTheirStepIsDue() {
        var q = queue([deck("d", 1)])
        var states: [CardKey: MemoryState] = [:]
        #expect(cardKey(q.next(states: states, now: t0)) == "d-0")
        states[key("d-0")] = scheduler.review(.new(due: t0), rating: .good, at: t0) // due in 10 minutes
        q.didReview(key("d-0"), wasNew: true)
        #expect(q.next(states: states, now: t0) == .wait(until: t0 + .minutes(10), key: key("d-0")))
        #expect(cardKey(q.next(states: states, now: t0 + .minutes(10))) == "d-0")
        states[key("d-0")] = scheduler.review(states[key("d-0")]!, rating: .good, at: t0 + .minutes(10))
        #expect(q.next(states: states, now: t0 + .minutes(10)) == .done)
    }

    @Test func reviewLimitEndsTheSession() {
        var q = queue([deck("d", 5)], options: StudyOptions(reviewLimit: 2))
        q.didReview(key("d-0"), wasNew: true)
        #expect(q.next(states: [:], now: t0) != .done)
        q.didReview(key("d-1"), wasNew: true)
        #expect(q.next(states: [:], now: t0) == .done)
    }

    @Test func decksAreInterleaved() {
        var q = queue([deck("a", 3), deck("b", 3)])
        var states: [CardKey: MemoryState] = [:]
        var order: [String] = []
        for _ in 0..<4 {
            guard case .card(let c) = q.next(states: states, now: t0) else { break }
            order.append(c.card.id)
            q.didReview(c.key, wasNew: true)
            states[c.key] = scheduler.review(.new(due: t0), rating: .easy, at: t0)
        }
        #expect(order == ["a-0", "b-0", "a-1", "b-1"])
    }

    @Test func skippedCardsStayOut() {
        var q = queue([deck("d", 2)])
        q.skip(key("d-0"))
        #expect(cardKey(q.next(states: [:], now: t0)) == "d-1")
    }

    @Test func lapsesReachTheLeechThresholdAfterEightFailures() {
        var s = scheduler.review(.new(due: t0), rating: .easy, at: t0)
        var t = t0
        for _ in 0..<8 {
            t = s.due
            s = scheduler.review(s, rating: .again, at: t)   // lapse into relearning
            t = s.due
            s = scheduler.review(s, rating: .good, at: t)    // back to review
        }
        #expect(s.lapses == 8)
        #expect(queue([deck("d", 1)]).isLeech(s))
    }

    @Test func undoPutsTheCardBackInTheQueue() {
        var q = queue([deck("d", 2)], options: StudyOptions(newPerDay: 1))
        q.didReview(key("d-0"), wasNew: true)
        #expect(q.newAllowance == 0)
        q.didUndo(key("d-0"), wasNew: true)
        #expect(q.newAllowance == 1)
        #expect(q.reviewed == 0)
        #expect(cardKey(q.next(states: [:], now: t0)) == "d-0")
    }

    @Test func undoThroughTheStoreRestoresTheState() throws {
        let dir = Paths.temporaryDirectory()
        let store = try ProgressStore(directory: dir, scheduler: scheduler)
        let k = key("d-0")
        try store.append(.review(ReviewRecord(id: "r1", key: k, time: t0, rating: .good)))
        try store.append(.undo(UndoRecord(id: "u1", time: t0, target: "r1")))
        #expect(store.states[k] == nil)
        let q = queue([deck("d", 1)], history: store.history)
        #expect(q.newBeforeSession == 0)
        store.close()
    }

    @Test func cramShowsEveryCardOnceInSeededOrder() {
        var q = queue([deck("d", 5)], options: StudyOptions(newPerDay: 1, cram: true))
        var seen: [String] = []
        var states: [CardKey: MemoryState] = [:]
        states[key("d-4")] = scheduler.review(.new(due: t0), rating: .easy, at: t0) // not due: still crammed
        while case .card(let c) = q.next(states: states, now: t0) {
            seen.append(c.card.id)
            q.didReview(c.key, wasNew: states[c.key] == nil)
        }
        #expect(Set(seen) == Set((0..<5).map { "d-\($0)" }))
        #expect(seen.count == 5)
        let again = queue([deck("d", 5)], options: StudyOptions(cram: true))
        #expect(cardKey(again.next(states: states, now: t0)) == seen[0])
    }

    @Test func ratingSuggestions() {
        let review = scheduler.review(.new(due: t0), rating: .easy, at: t0)
        #expect(RatingAdvisor.suggest(.wrong, seconds: 2, answerLength: 5, state: review, usedHint: false) == .again)
        #expect(RatingAdvisor.suggest(.close, seconds: 2, answerLength: 5, state: review, usedHint: false) == .hard)
        #expect(RatingAdvisor.suggest(.correct, seconds: 60, answerLength: 5, state: review, usedHint: false) == .hard)
        #expect(RatingAdvisor.suggest(.correct, seconds: 2, answerLength: 5, state: review, usedHint: false) == .easy)
        #expect(RatingAdvisor.suggest(.correct, seconds: 2, answerLength: 5, state: nil, usedHint: false) == .good)
        #expect(RatingAdvisor.suggest(.correct, seconds: 8, answerLength: 5, state: review, usedHint: false) == .good)
        #expect(RatingAdvisor.suggest(.correct, seconds: 2, answerLength: 5, state: review, usedHint: true) == .hard)
    }

    @Test func hintsRevealProgressively() {
        let card = Card(id: "x", kind: .question, prompt: "?", answer: "Yukio Hayotama", hint: "a person")
        #expect(AnswerHint.hint(for: card, level: 1) == "a person · 2 words, 13 letters")
        #expect(AnswerHint.hint(for: card, level: 2) == "a person · 2 words, 13 letters · starts with “Y”")
        #expect(AnswerHint.hint(for: card, level: 3) == "a person · Y____ H_______")
    }
}

