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

    /// A session's picks (scans by index, sibling groups compared as values) equal the plain build: the queue's
    /// card-by-card scan filtered by the rule written out with the sibling group as a string, through random
    /// sessions over random stores with siblings, suspended and buried cards and cards answered today.
    @Test(arguments: 1...25) func theSessionPicksWhatThePlainBuildPicks(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let decks = (0..<Int(1 + rng.next() % 3)).map { d in
            (id: "d\(d)", deck: Deck(title: "D\(d)", cards: (0..<Int(rng.next() % 50)).map { n -> Card in
                switch rng.next() % 3 {
                case 0: return Card(id: "c\(n)", kind: .question, prompt: "q", answer: "a", fact: "s\(rng.next() % 8)/f\(n)")
                case 1: return Card(id: "c\(n)", kind: .question, prompt: "q", answer: "a", source: SourceRef(file: rng.next() % 2 == 0 ? nil : "e.md", line: Int(rng.next() % 4)))
                default: return Card(id: "c\(n)", kind: .question, prompt: "q", answer: "a")
                }
            }))
        }
        let cards = StudyCard.all(decks)
        let dayStart = t0 - .minutes(600)
        var states: [CardKey: MemoryState] = [:]
        var summary = ReviewSummary()
        for c in cards where rng.next() % 3 != 0 {
            var s = MemoryState.new(due: t0)
            s.reviews = 1 + Int(rng.next() % 3)
            s.lapses = Int(rng.next() % 10)
            s.reviews += s.lapses
            s.state = [.learning, .review, .relearning][Int(rng.next() % 3)]
            s.due = t0 + .minutes(Int64(rng.next() % 4000) - 3000)
            states[c.key] = s
            let last = t0 - .minutes(Int64(rng.next() % 1200))
            summary.add(ReviewRecord(id: "r\(c.key)", key: c.key, time: last, rating: .good, answer: nil, durationMs: nil, outcome: nil))
            if rng.next() % 9 == 0 { summary.add(CardActionRecord(id: "a\(c.key)", key: c.key, time: last, action: .suspend)) }
            if rng.next() % 9 == 0 { summary.add(CardActionRecord(id: "b\(c.key)", key: c.key, time: last, action: .bury(until: t0 + .minutes(60)))) }
        }
        let options = StudyOptions(newPerDay: Int(rng.next() % 20), reviewsPerDay: nil, siblingSpacing: Int(rng.next() % 4),
                                   burySiblings: rng.next() % 4 != 0)
        var session = StudySession(cards: cards, options: options, summary: summary, states: states, dayStart: dayStart, seed: 1)
        // The plain rule's own record of sibling groups answered today and shown, by their strings.
        var answered: [String: Set<CardKey>] = [:]
        for c in cards where (summary.times[c.key]?.last).map({ $0 >= dayStart }) ?? false {
            if let g = StudySession.siblingGroup(c) { answered[g, default: []].insert(c.key) }
        }
        var shown: [(key: CardKey, group: String?)] = []
        var now = t0
        for step in 0..<40 {
            func available(_ c: StudyCard) -> Bool {
                if session.isSuspended(c.key, state: states[c.key]) || session.marks.isBuried(c.key, at: now) { return false }
                if options.burySiblings, let g = StudySession.siblingGroup(c), let a = answered[g], !a.contains(c.key) { return false }
                return true
            }
            func tooClose(_ c: StudyCard) -> Bool {
                guard options.siblingSpacing > 0, let g = StudySession.siblingGroup(c) else { return false }
                return shown.suffix(options.siblingSpacing).contains { $0.group == g && $0.key != c.key }
            }
            var expected = session.queue.next(states: states, now: now) { available($0) && !tooClose($0) }
            if case .card = expected {} else {
                let any = session.queue.next(states: states, now: now) { available($0) }
                if case .card = any { expected = any }
            }
            if case .wait(let until, _) = expected, until - now > options.learnAhead { expected = .done }
            let got = session.next(states: states, now: now)
            #expect(got == expected, "seed \(seed), step \(step)")
            #expect(session.counts(states: states, now: now) == session.queue.counts(states: states, now: now) { available($0) })
            guard case .card(let card) = got else { break }
            session.show(card)
            shown.append((card.key, StudySession.siblingGroup(card)))
            let before = states[card.key]
            var after = before ?? .new(due: now)
            after.reviews += 1
            after.state = .review
            after.due = now + .minutes(Int64(rng.next() % 3000))
            states[card.key] = after
            let record = ReviewRecord(id: "x\(step)", key: card.key, time: now, rating: .good, answer: nil, durationMs: nil, outcome: nil)
            _ = session.recorded(record, card: card, before: before, after: after, states: states, suspendID: "s\(step)")
            if let g = StudySession.siblingGroup(card) { answered[g, default: []].insert(card.key) }
            now = now + .minutes(Int64(rng.next() % 30))
        }
    }
}
