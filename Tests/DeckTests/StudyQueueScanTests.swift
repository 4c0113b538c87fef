import Foundation
import Testing
@testable import Deck

/// The study queue's scans (cards by index, keys kept beside them, today's counts from the cards answered today)
/// give what the plain rule gives: a reference written from the rule (every card, in deck order) is compared with
/// the queue on random decks, states, skips, filters and histories.
@Suite struct StudyQueueScanTests {
    let t0 = Timestamp(seconds: 1_767_258_000)

    /// The plain rule: due cards first (most overdue first, the first in study order on a tie), then the first
    /// new card, else the learning card due first today.
    func reference(_ cards: [StudyCard], states: [CardKey: MemoryState], now: Timestamp, dayEnd: Timestamp, skipped: Set<CardKey>,
                   reviewsLeft: Int?, newLeft: Int, allowed: (StudyCard) -> Bool) -> StudyStep {
        var best: (card: StudyCard, due: Timestamp)? = nil
        var firstNew: StudyCard? = nil
        var nextLearning: (due: Timestamp, key: CardKey)? = nil
        for c in cards.sorted(by: { ($0.position, $0.deckIndex) < ($1.position, $1.deckIndex) }) where !skipped.contains(c.key) {
            guard let s = states[c.key], !s.isNew else {
                if firstNew == nil, allowed(c) { firstNew = c }
                continue
            }
            guard allowed(c) else { continue }
            if s.due <= now {
                if s.state == .review, reviewsLeft == 0 { continue }
                if best == nil || s.due < best!.due { best = (c, s.due) }
            } else if s.state != .review, s.due < dayEnd, nextLearning == nil || s.due < nextLearning!.due {
                nextLearning = (s.due, c.key)
            }
        }
        if let best { return .card(best.card) }
        if let firstNew, newLeft > 0 { return .card(firstNew) }
        if let nextLearning { return .wait(until: nextLearning.due, key: nextLearning.key) }
        return .done
    }

    @Test(arguments: 1...25) func theQueueFollowsThePlainRule(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let decks = (0..<Int(1 + rng.next() % 3)).map { d in
            (id: "d\(d)", deck: Deck(title: "D\(d)", cards: (0..<Int(rng.next() % 60)).map {
                Card(id: "c\($0)", kind: .question, prompt: "q", answer: "a")
            }))
        }
        let cards = StudyCard.all(decks)
        let dayStart = t0 - .minutes(60 * Int64(rng.next() % 20))
        let now = t0
        var states: [CardKey: MemoryState] = [:]
        var summary = ReviewSummary()
        for c in cards where rng.next() % 5 != 0 {
            var s = MemoryState.new(due: t0)
            s.reviews = Int(rng.next() % 3)
            s.state = [.learning, .review, .relearning][Int(rng.next() % 3)]
            // Due in the past or later today or later (a few on the same time, to test ties).
            s.due = t0 + .minutes(Int64(rng.next() % 4 == 0 ? 30 : Int64(rng.next() % 4000)) - 2000)
            states[c.key] = s
            if s.reviews > 0 {
                let first = t0 - .minutes(60 * Int64(rng.next() % 72)), last = first + .minutes(60 * Int64(rng.next() % 30))
                summary.add(ReviewRecord(id: "r\(c.key)1", key: c.key, time: first, rating: .good, answer: nil, durationMs: nil, outcome: nil))
                summary.add(ReviewRecord(id: "r\(c.key)2", key: c.key, time: last, rating: .good, answer: nil, durationMs: nil, outcome: nil))
            }
        }
        let options = StudyOptions(newPerDay: Int(rng.next() % 40), reviewsPerDay: rng.next() % 3 == 0 ? nil : Int(rng.next() % 30))
        var queue = StudyQueue(cards: cards.shuffled(using: &rng), options: options, summary: summary, dayStart: dayStart, seed: 1)
        // Today's counts, from every card.
        var newToday = 0, reviewedToday = 0
        for c in cards {
            guard let times = summary.times[c.key], let first = times.firstScheduled else { continue }
            if first >= dayStart { newToday += 1 } else if let last = times.lastScheduled, last >= dayStart { reviewedToday += 1 }
        }
        #expect(queue.newBeforeSession == newToday)
        #expect(queue.reviewsBeforeSession == reviewedToday)
        for c in cards where rng.next() % 7 == 0 { queue.skip(c.key) }
        let skipped = queue.skipped
        let banned = Set(cards.filter { _ in rng.next() % 6 == 0 }.map(\.key))
        let allowed: (StudyCard) -> Bool = { !banned.contains($0.key) }
        let expected = reference(cards, states: states, now: now, dayEnd: queue.dayEnd, skipped: skipped,
                                 reviewsLeft: queue.reviewAllowance, newLeft: queue.newAllowance, allowed: allowed)
        #expect(queue.next(states: states, now: now, allowed: allowed) == expected)
        // Counts: every card the filter lets through.
        var due = 0, new = 0, learning = 0
        for c in cards where !skipped.contains(c.key) && allowed(c) {
            guard let s = states[c.key], !s.isNew else { new += 1; continue }
            if s.state == .review { if s.due <= now { due += 1 } } else if s.due < queue.dayEnd { learning += 1 }
        }
        if let cap = queue.reviewAllowance { due = min(due, cap) }
        #expect(queue.counts(states: states, now: now, allowed: allowed) == StudyCounts(due: due, new: min(new, queue.newAllowance), learning: learning))
    }
}
