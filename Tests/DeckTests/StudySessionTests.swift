import Foundation
import Testing
@testable import Deck

/// The study session's rules with no terminal: siblings kept apart and buried, the daily review cap across
/// sessions, learn-ahead, leeches, card actions and undo.
@Suite struct StudySessionTests {
    static let t0 = Timestamp(seconds: 1_767_258_000) // 2026-01-01T09:00:00Z, the start of the test's day
    static let scheduler = FSRSScheduler(settings: try! SchedulerSettings(enableFuzzing: false))

    /// A deck whose cards come from `sentences` sentences (`perSentence` cards each, keyed as the builder keys
    /// facts) and `loose` cards with no sibling.
    static func deck(_ id: String, sentences: Int, perSentence: Int, loose: Int = 0) -> (id: String, deck: Deck) {
        var cards: [Card] = []
        for s in 0..<sentences {
            for k in 0..<perSentence {
                cards.append(Card(id: "s\(s)-\(k)", kind: .question, prompt: "q\(s).\(k)", answer: "a\(s).\(k)", fact: "\(s + 1).1/\(k * 10)-\(k * 10 + 5)"))
            }
        }
        for k in 0..<loose { cards.append(Card(id: "loose-\(k)", kind: .question, prompt: "l\(k)", answer: "l\(k)")) }
        return (id, Deck(title: id, cards: cards))
    }

    /// A learner going through a session: each rating goes into the log and the card states as the store
    /// would put them.
    struct Learner {
        var history = ReviewHistory()
        var states: [CardKey: MemoryState] = [:]
        var now = StudySessionTests.t0
        var counter = 0

        mutating func id(_ prefix: String) -> String { counter += 1; return "\(prefix)\(counter)" }

        mutating func rate(_ card: StudyCard, _ rating: Rating, in session: inout StudySession) -> [StudySession.Notice] {
            let before = states[card.key]
            let record = session.review(card, id: id("r"), time: now, rating: rating, answer: nil, durationMs: 1000, outcome: .selfGraded)
            history.append(.review(record))
            if record.scheduled {
                let current = before ?? .new(due: now)
                states[card.key] = scheduler.review(current, rating: rating, at: now, fuzzSeed: 0)
            }
            let notices = session.recorded(record, card: card, before: before, after: states[card.key], states: states, suspendID: id("a"))
            for case .leech(_, let suspend?) in notices {
                history.append(.action(suspend))
                session.suspendedLeech(suspend)
            }
            return notices
        }

        mutating func act(_ action: CardAction, on card: StudyCard, in session: inout StudySession) {
            let record = CardActionRecord(id: id("a"), key: card.key, time: now, action: action)
            history.append(.action(record))
            session.acted(record, card: card, states: states)
        }

        mutating func undo(in session: inout StudySession) {
            guard let last = session.lastUndoable else { return }
            for target in [last.entryID] + last.alsoCancels { history.append(.undo(UndoRecord(id: id("u"), time: now, target: target))) }
            states = history.cardStates(scheduler: scheduler)
            session.undid(history: history)
        }

        func session(_ decks: [(id: String, deck: Deck)], _ options: StudyOptions, dayStart: Timestamp = StudySessionTests.t0) -> StudySession {
            StudySession(cards: StudyCard.all(decks), options: options, history: history, states: states, dayStart: dayStart, seed: 1)
        }

        /// Shows cards until the session is done or `limit` cards were shown, rating each with `rating`.
        mutating func study(_ session: inout StudySession, limit: Int = 1000, rating: (StudyCard) -> Rating = { _ in .good }) -> [StudyCard] {
            var shown: [StudyCard] = []
            while shown.count < limit {
                switch session.next(states: states, now: now) {
                case .done: return shown
                case .wait(let until, _): now = until
                case .card(let card):
                    session.show(card)
                    shown.append(card)
                    _ = rate(card, rating(card), in: &session)
                }
            }
            return shown
        }
    }

    @Test(arguments: 0..<12)
    func siblingsAreNeverShownCloseTogetherWhileAnythingElseCanBe(seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed) &+ 17)
        let decks = (0..<(1 + seed % 3)).map { d in
            Self.deck("d\(d)", sentences: 1 + Int(rng.next() % 6), perSentence: 1 + Int(rng.next() % 4), loose: Int(rng.next() % 5))
        }
        let spacing = 1 + Int(rng.next() % 5)
        let options = StudyOptions(newPerDay: 1000, siblingSpacing: spacing, burySiblings: false)
        var learner = Learner()
        var session = learner.session(decks, options)
        var shownCards: [(key: CardKey, group: String?)] = []
        var steps = 0
        loop: while steps < 400 {
            steps += 1
            let step = session.next(states: learner.states, now: learner.now)
            switch step {
            case .done: break loop
            case .wait(let until, _): learner.now = until
            case .card(let card):
                let group = StudySession.siblingGroup(card)
                if let group, shownCards.suffix(spacing).contains(where: { $0.group == group && $0.key != card.key }) {
                    // Allowed only when no card that keeps the spacing could be shown now.
                    let spaced = session.queue.next(states: learner.states, now: learner.now) {
                        session.isAvailable($0, states: learner.states, now: learner.now) && !session.isTooCloseToSibling($0)
                    }
                    if case .card(let other) = spaced { Issue.record("\(card.key) shown within \(spacing) of a sibling while \(other.key) was free") }
                }
                session.show(card)
                shownCards.append((card.key, group))
                let rating: Rating = rng.next() % 4 == 0 ? .again : .good
                _ = learner.rate(card, rating, in: &session)
            }
        }
        #expect(shownCards.count >= decks.reduce(0) { $0 + $1.deck.cards.count })
    }

    @Test func siblingsKeepTheirDistanceWhenOtherCardsAreThere() {
        let decks = [Self.deck("d", sentences: 2, perSentence: 3, loose: 6)]
        var learner = Learner()
        var session = learner.session(decks, StudyOptions(newPerDay: 100, siblingSpacing: 3, burySiblings: false))
        let shown = learner.study(&session, limit: 8).map(\.card.id)
        // The decks' order would put s0-0, s0-1, s0-2 first; siblings are held back three cards.
        #expect(Array(shown.prefix(4)) == ["s0-0", "s1-0", "loose-0", "loose-1"])
        for (i, id) in shown.enumerated() where id.hasPrefix("s") {
            let sentence = id.prefix(2)
            #expect(!shown[max(0, i - 3)..<i].contains { $0.hasPrefix(sentence) }, "\(id) at \(i) in \(shown)")
        }
    }

    @Test func answeringOneSiblingBuriesTheOthersUntilTomorrow() {
        let decks = [Self.deck("d", sentences: 2, perSentence: 3, loose: 2)]
        var learner = Learner()
        var session = learner.session(decks, StudyOptions(newPerDay: 100))
        let first = learner.study(&session, limit: 1)
        #expect(first.map(\.card.id) == ["s0-0"])
        // The notice counts the siblings that wait.
        let shownToday = first + learner.study(&session)
        let ids = shownToday.map(\.card.id)
        #expect(Set(ids) == ["s0-0", "s1-0", "loose-0", "loose-1"], "\(ids)")
        // Learning cards come back the same day: the answered sibling itself is not buried.
        #expect(ids.filter { $0 == "s0-0" }.count >= 2)
        // A new session the same day reads the log and keeps them buried.
        var again = learner.session(decks, StudyOptions(newPerDay: 100))
        #expect(learner.study(&again).allSatisfy { !["s0-1", "s0-2", "s1-1", "s1-2"].contains($0.card.id) })
        // The next day they come.
        learner.now = Self.t0 + .days(1)
        var tomorrow = learner.session(decks, StudyOptions(newPerDay: 100), dayStart: Self.t0 + .days(1))
        let next = Set(learner.study(&tomorrow).map(\.card.id))
        #expect(next.isSuperset(of: ["s0-1", "s1-1"]))
    }

    @Test func theFirstAnswerOfASentenceSaysHowManySiblingsWait() {
        let decks = [Self.deck("d", sentences: 1, perSentence: 3)]
        var learner = Learner()
        var session = learner.session(decks, StudyOptions(newPerDay: 100))
        guard case .card(let card) = session.next(states: learner.states, now: learner.now) else { Issue.record("no card"); return }
        session.show(card)
        #expect(learner.rate(card, .good, in: &session) == [.siblingsBuried(2)])
    }

    @Test func undoingTheAnswerUnburiesTheSiblings() {
        let decks = [Self.deck("d", sentences: 1, perSentence: 2)]
        var learner = Learner()
        var session = learner.session(decks, StudyOptions(newPerDay: 100))
        let first = learner.study(&session, limit: 1)[0]
        #expect(session.isBuriedBySibling(session.queue.cards[1]))
        learner.undo(in: &session)
        #expect(!session.isBuriedBySibling(session.queue.cards[1]))
        // The undone card comes back first.
        guard case .card(let again) = session.next(states: learner.states, now: learner.now) else { Issue.record("no card"); return }
        #expect(again.key == first.key)
        #expect(session.tally.reviewed == 0)
    }

    @Test func buryAndSuspendLeaveTheSessionAndUndoBringsThemBack() {
        let decks = [Self.deck("d", sentences: 0, perSentence: 0, loose: 3)]
        var learner = Learner()
        var session = learner.session(decks, StudyOptions(newPerDay: 100))
        let cards = session.queue.cards
        learner.act(.bury(until: Self.t0 + .days(1)), on: cards[0], in: &session)
        learner.act(.suspend, on: cards[1], in: &session)
        #expect(session.counts(states: learner.states, now: learner.now).new == 1)
        // A later session the same day reads both from the log.
        let later = learner.session(decks, StudyOptions(newPerDay: 100))
        #expect(!later.isAvailable(cards[0], states: learner.states, now: learner.now))
        #expect(!later.isAvailable(cards[1], states: learner.states, now: learner.now))
        #expect(later.isAvailable(cards[0], states: learner.states, now: Self.t0 + .days(1)))
        #expect(!later.isAvailable(cards[1], states: learner.states, now: Self.t0 + .days(1)))
        // Undo takes back the suspension, then the bury.
        learner.undo(in: &session)
        #expect(session.isAvailable(cards[1], states: learner.states, now: learner.now))
        learner.undo(in: &session)
        #expect(session.isAvailable(cards[0], states: learner.states, now: learner.now))
        #expect(session.counts(states: learner.states, now: learner.now).new == 3)
        #expect(learner.history.marks == CardMarks())
    }

    @Test func theDailyReviewCapHoldsAcrossTwoSessionsOfOneDay() {
        let decks = [Self.deck("d", sentences: 0, perSentence: 0, loose: 10)]
        var learner = Learner()
        // Yesterday: every card learned and graduated (Easy), so all are review cards due today.
        learner.now = Self.t0 - .days(30)
        var first = learner.session(decks, StudyOptions(newPerDay: 100), dayStart: Self.t0 - .days(30))
        _ = learner.study(&first, rating: { _ in .easy })
        for key in learner.states.keys { learner.states[key]!.due = Self.t0 }
        learner.now = Self.t0
        let options = StudyOptions(newPerDay: 100, reviewsPerDay: 6)
        var morning = learner.session(decks, options)
        #expect(morning.counts(states: learner.states, now: learner.now).due == 6)
        #expect(learner.study(&morning, limit: 4, rating: { _ in .good }).count == 4)
        var evening = learner.session(decks, options)
        #expect(evening.counts(states: learner.states, now: learner.now).due == 2)
        #expect(learner.study(&evening, rating: { _ in .good }).count == 2)
    }

    @Test func learningCardsWithinTheLearnAheadAreWaitedForAndLaterOnesEndTheSession() {
        let decks = [Self.deck("d", sentences: 0, perSentence: 0, loose: 1)]
        var learner = Learner()
        var session = learner.session(decks, StudyOptions(newPerDay: 100, learnAhead: .minutes(20)))
        guard case .card(let card) = session.next(states: learner.states, now: learner.now) else { Issue.record("no card"); return }
        session.show(card)
        _ = learner.rate(card, .again, in: &session)   // back in 1 minute
        guard case .wait(let until, _) = session.next(states: learner.states, now: learner.now) else { Issue.record("no wait"); return }
        #expect(until == Self.t0 + .minutes(1))
        var short = learner.session(decks, StudyOptions(newPerDay: 100, learnAhead: .seconds(30)))
        #expect(short.next(states: learner.states, now: learner.now) == .done)
        #expect(short.nextLearning(states: learner.states, now: learner.now) == Self.t0 + .minutes(1))
        short.skip(card.key)
    }

    @Test func aLeechIsSuspendedByALogEntryAndUnsuspendingBringsItBack() {
        let decks = [Self.deck("d", sentences: 0, perSentence: 0, loose: 1)]
        var learner = Learner()
        let options = StudyOptions(newPerDay: 100, leechThreshold: 2, burySiblings: false)
        var session = learner.session(decks, options)
        let card = session.queue.cards[0]
        var notices: [StudySession.Notice] = []
        // Graduate, then lapse twice.
        _ = learner.rate(card, .easy, in: &session)
        for _ in 0..<2 {
            learner.now = learner.states[card.key]!.due
            notices += learner.rate(card, .again, in: &session)
            learner.now = learner.states[card.key]!.due
            _ = learner.rate(card, .easy, in: &session)
        }
        #expect(notices.count == 1)
        guard case .leech(2, let suspend?) = notices.first else { Issue.record("no leech: \(notices)"); return }
        #expect(suspend.action == .suspend)
        #expect(learner.history.marks.suspended == [card.key])
        #expect(!session.isAvailable(card, states: learner.states, now: learner.now))
        // `quiz unsuspend`: an unsuspend entry; the next session studies it again.
        learner.history.append(.action(CardActionRecord(id: "a-un", key: card.key, time: learner.now, action: .unsuspend)))
        let next = learner.session(decks, options)
        #expect(next.isAvailable(card, states: learner.states, now: learner.now))
        // Leeches only tagged stay in study.
        var tagged = options
        tagged.leechAction = .tag
        let untouched = Learner().session(decks, tagged)
        var leech = learner.states[card.key]!
        leech.lapses = 9
        #expect(!untouched.isSuspended(card.key, state: leech))
    }

    @Test func theAdviceSaysWhyWhenTimeOrAHintChangedIt() {
        let decks = [Self.deck("d", sentences: 0, perSentence: 0, loose: 1)]
        let session = Learner().session(decks, StudyOptions())
        let card = session.queue.cards[0]
        var review = Self.scheduler.review(.new(due: Self.t0), rating: .easy, at: Self.t0 - .days(30))
        review.due = Self.t0
        #expect(session.advice(for: card, verdict: .correct, seconds: 5, state: nil, usedHint: false) == .init(rating: .good, reason: nil))
        #expect(session.advice(for: card, verdict: .correct, seconds: 40, state: nil, usedHint: false) == .init(rating: .hard, reason: "slow answer, 40 s"))
        #expect(session.advice(for: card, verdict: .correct, seconds: 5, state: nil, usedHint: true) == .init(rating: .hard, reason: "hint used"))
        #expect(session.advice(for: card, verdict: .correct, seconds: 1, state: review, usedHint: false) == .init(rating: .easy, reason: "fast answer"))
        #expect(session.advice(for: card, verdict: .close, seconds: 1, state: review, usedHint: false) == .init(rating: .hard, reason: nil))
        #expect(session.advice(for: card, verdict: .wrong, seconds: 1, state: review, usedHint: false) == .init(rating: .again, reason: nil))
    }

    @Test func cramTouchesNoScheduleAndBuriesNothing() {
        let decks = [Self.deck("d", sentences: 1, perSentence: 3)]
        var learner = Learner()
        var session = learner.session(decks, StudyOptions(cram: true, siblingSpacing: 0))
        let shown = learner.study(&session)
        #expect(shown.count == 3)
        #expect(learner.history.reviews.allSatisfy { !$0.scheduled })
        #expect(learner.states.isEmpty)
    }
}
