/// Everything the scores show, derived from the review log, the card states and the decks: per deck and
/// per card figures, sessions, a due forecast, a review heatmap and streaks. Pure: time and calendar are given.
public struct ProgressReport: Sendable, Codable, Equatable {
    /// One card's figures.
    public struct CardRow: Sendable, Codable, Equatable {
        public var deck: String
        public var card: String
        public var kind: String
        public var prompt: String
        public var reviews: Int
        public var correct: Int
        /// Times the card was forgotten in review (Again on a review).
        public var lapses: Int
        /// Agains on a learning or relearning step (a new card's first Again included), all time.
        public var learningFailures: Int
        public var accuracy: Double?
        public var lastRating: Int?
        public var state: String
        public var stability: Double?
        public var difficulty: Double?
        public var retrievability: Double?
        public var due: String?
        public var lastReview: String?
    }

    /// One study session: reviews no more than 30 minutes apart.
    public struct SessionRow: Sendable, Codable, Equatable {
        public var start: String
        public var end: String
        public var decks: [String]
        public var cards: Int
        public var correct: Int
        public var accuracy: Double?
        public var seconds: Double
    }

    /// One deck's figures.
    public struct DeckRow: Sendable, Codable, Equatable {
        public var deck: String
        public var title: String
        public var cards: Int
        public var new: Int
        public var learning: Int
        public var review: Int
        public var relearning: Int
        public var suspended: Int
        public var reviewed: Int
        public var dueToday: Int
        public var dueTomorrow: Int
        /// Share of reviews counted correct (typed answers graded right or close, self-graded Hard or better).
        public var accuracy: Double?
        /// True retention: share of reviews of cards past learning passed (Hard or better), with the count of
        /// such reviews it is based on, today, over 30 days and all time.
        public var retentionToday: Double?
        public var retentionTodayReviews: Int
        public var retention30Days: Double?
        public var retention30DaysReviews: Int
        public var retentionAllTime: Double?
        public var retentionAllTimeReviews: Int
        public var meanRetrievability: Double?
    }

    /// Reviews done on one day.
    public struct DayCount: Sendable, Codable, Equatable {
        public var date: String
        public var count: Int
    }

    public var generated: String
    public var desiredRetention: Double
    public var decks: [DeckRow]
    public var cards: [CardRow]
    public var sessions: [SessionRow]
    /// Cards due on each of the next 30 days (day 0 includes overdue cards).
    public var forecast: [DayCount]
    /// Reviews on each of the last 365 days, oldest first.
    public var heatmap: [DayCount]
    public var currentStreak: Int
    public var longestStreak: Int
    /// True retention on each of the last 30 days with reviews of cards past learning.
    public var retentionByDay: [DayRetention]
    /// Answer buttons pressed, by the card's stage when reviewed: learning, young, mature.
    public var answerButtons: [ButtonCounts]
    /// Reviews in each local hour of the day (0-23), with how many counted correct.
    public var reviewsByHour: [HourCount]

    /// Retention on one day.
    public struct DayRetention: Sendable, Codable, Equatable {
        public var date: String
        public var reviews: Int
        public var retention: Double
    }

    /// Counts of each rating given to cards at one stage.
    public struct ButtonCounts: Sendable, Codable, Equatable {
        public var stage: String
        public var again: Int
        public var hard: Int
        public var good: Int
        public var easy: Int

        /// The count for one rating.
        public func count(_ rating: Rating) -> Int {
            switch rating {
            case .again: return again
            case .hard: return hard
            case .good: return good
            case .easy: return easy
            }
        }
    }

    /// Reviews in one hour of the day.
    public struct HourCount: Sendable, Codable, Equatable {
        public var hour: Int
        public var reviews: Int
        public var correct: Int
    }

    /// Builds the report for `decks` (id and deck) from the history and derived states.
    public static func make(decks: [(id: String, deck: Deck)], history: ReviewHistory, states: [CardKey: MemoryState],
                            scheduler: FSRSScheduler, now: Timestamp, calendar: StudyCalendar,
                            since: Timestamp? = nil, leechThreshold: Int = 8, sessionGapMinutes: Int64 = 30) -> ProgressReport {
        let deckIDs = Set(decks.map(\.id))
        let allReviews = history.reviews.filter { deckIDs.contains($0.key.deck) }
        let inRange: (ReviewRecord) -> Bool = { since == nil || $0.time >= since! }
        let reviews = allReviews.filter(inRange)
        let today = calendar.day(now)
        // Every review with the card's state before it, replayed over the whole history.
        var allByCard: [CardKey: [ReviewRecord]] = [:]
        for r in allReviews { allByCard[r.key, default: []].append(r) }
        var contextsByCard: [CardKey: [ReviewInContext]] = [:]
        for (key, list) in allByCard {
            contextsByCard[key] = ReviewHistory.statesBefore(key: key, reviews: list, scheduler: scheduler)
        }
        let contexts = contextsByCard.values.joined().filter { inRange($0.review) }

        func passed(_ r: ReviewRecord) -> Bool { r.rating != .again }
        /// True retention: reviews of cards past learning (scheduled ones: cram does not count), passed share.
        func trueRetention(_ list: [ReviewInContext]) -> (Double?, Int) {
            let counted = list.filter { $0.wasInReview && $0.review.scheduled }
            return (counted.isEmpty ? nil : Double(counted.filter { passed($0.review) }.count) / Double(counted.count), counted.count)
        }

        var cardRows: [CardRow] = []
        var deckRows: [DeckRow] = []
        for (id, deck) in decks {
            var row = DeckRow(deck: id, title: deck.title, cards: deck.cards.count, new: 0, learning: 0, review: 0, relearning: 0,
                              suspended: 0, reviewed: 0, dueToday: 0, dueTomorrow: 0, accuracy: nil,
                              retentionToday: nil, retentionTodayReviews: 0, retention30Days: nil, retention30DaysReviews: 0,
                              retentionAllTime: nil, retentionAllTimeReviews: 0, meanRetrievability: nil)
            var retrievabilities: [Double] = []
            var deckContexts: [ReviewInContext] = []
            for card in deck.cards {
                let key = CardKey(deck: id, card: card.id)
                let cardContexts = contextsByCard[key] ?? []
                let list = cardContexts.filter { inRange($0.review) }
                deckContexts += list
                let state = states[key]
                let suspended = (state?.lapses ?? 0) >= leechThreshold
                let stateName: String
                if let s = state, !s.isNew {
                    stateName = suspended ? "suspended" : s.state.rawValue
                    if suspended { row.suspended += 1 } else {
                        switch s.state {
                        case .learning: row.learning += 1
                        case .review: row.review += 1
                        case .relearning: row.relearning += 1
                        }
                        let dueDay = calendar.day(s.due)
                        if dueDay <= today { row.dueToday += 1 } else if dueDay == today + 1 { row.dueTomorrow += 1 }
                    }
                    row.reviewed += 1
                    retrievabilities.append(scheduler.retrievability(s, at: now))
                } else {
                    stateName = "new"
                    row.new += 1
                }
                let correct = list.filter(\.review.countsAsCorrect).count
                let r = state.flatMap { $0.isNew ? nil : scheduler.retrievability($0, at: now) }
                cardRows.append(CardRow(
                    deck: id, card: card.id, kind: card.kind.rawValue, prompt: card.displayPrompt, reviews: list.count,
                    correct: correct, lapses: state?.lapses ?? 0, learningFailures: cardContexts.filter(\.isLearningFailure).count,
                    accuracy: list.isEmpty ? nil : Double(correct) / Double(list.count), lastRating: list.last?.review.rating.rawValue,
                    state: stateName, stability: state?.stability, difficulty: state?.difficulty, retrievability: r,
                    due: state.flatMap { $0.isNew ? nil : $0.due.iso8601 }, lastReview: state?.lastReview?.iso8601))
            }
            let correct = deckContexts.filter(\.review.countsAsCorrect).count
            row.accuracy = deckContexts.isEmpty ? nil : Double(correct) / Double(deckContexts.count)
            (row.retentionToday, row.retentionTodayReviews) = trueRetention(deckContexts.filter { calendar.day($0.review.time) == today })
            (row.retention30Days, row.retention30DaysReviews) = trueRetention(deckContexts.filter { calendar.day($0.review.time) > today - 30 })
            (row.retentionAllTime, row.retentionAllTimeReviews) = trueRetention(deckContexts)
            row.meanRetrievability = retrievabilities.isEmpty ? nil : retrievabilities.reduce(0, +) / Double(retrievabilities.count)
            deckRows.append(row)
        }

        // Sessions: reviews in log order, split where more than the gap passes.
        var sessions: [SessionRow] = []
        var current: [ReviewRecord] = []
        func closeSession() {
            guard let first = current.first, let last = current.last else { return }
            // (A log's duration is taken as at most a day: any number may stand in a hand-edited log.)
            let answerMs = Int64(min(max(first.durationMs ?? 0, 0), 86_400_000))
            let startTime = Timestamp(microseconds: first.time.microseconds - answerMs * 1000)
            let correct = current.filter(\.countsAsCorrect).count
            var seen: [String] = []
            for r in current where !seen.contains(r.key.deck) { seen.append(r.key.deck) }
            sessions.append(SessionRow(start: startTime.iso8601, end: last.time.iso8601, decks: seen, cards: current.count,
                                       correct: correct, accuracy: Double(correct) / Double(current.count),
                                       seconds: Double((last.time - startTime).microseconds) / 1e6))
            current = []
        }
        for r in reviews.sorted(by: { $0.time < $1.time }) {
            if let last = current.last, (r.time - last.time).microseconds > sessionGapMinutes * 60_000_000 { closeSession() }
            current.append(r)
        }
        closeSession()

        // Forecast of due cards for the next 30 days.
        var forecast = (0..<30).map { DayCount(date: calendar.date(ofDay: today + $0), count: 0) }
        for (id, deck) in decks {
            for card in deck.cards {
                guard let s = states[CardKey(deck: id, card: card.id)], !s.isNew, s.lapses < leechThreshold else { continue }
                let offset = max(0, calendar.day(s.due) - today)
                if offset < 30 { forecast[offset].count += 1 }
            }
        }
        // Heatmap and streaks over every review (not only `since`).
        var perDay: [Int: Int] = [:]
        for r in allReviews { perDay[calendar.day(r.time), default: 0] += 1 }
        let heatmap = (0..<365).map { k -> DayCount in
            let d = today - 364 + k
            return DayCount(date: calendar.date(ofDay: d), count: perDay[d] ?? 0)
        }
        var longest = 0, run = 0, previous: Int? = nil
        for d in perDay.keys.sorted() {
            run = (previous.map { d == $0 + 1 } ?? false) ? run + 1 : 1
            longest = max(longest, run)
            previous = d
        }
        var currentStreak = 0
        var d = perDay[today] != nil ? today : today - 1
        while perDay[d] != nil { currentStreak += 1; d -= 1 }
        var byDay: [Int: [ReviewInContext]] = [:]
        for c in contextsByCard.values.joined() where calendar.day(c.review.time) > today - 30 {
            byDay[calendar.day(c.review.time), default: []].append(c)
        }
        let retentionByDay = byDay.keys.sorted().compactMap { day -> DayRetention? in
            let (value, count) = trueRetention(byDay[day]!)
            return value.map { DayRetention(date: calendar.date(ofDay: day), reviews: count, retention: $0) }
        }
        // Answer buttons by stage, and reviews by hour (the tables' reviews: `since` applies).
        var buttons = ReviewInContext.Stage.allCases.map { ButtonCounts(stage: $0.rawValue, again: 0, hard: 0, good: 0, easy: 0) }
        var hours = (0..<24).map { HourCount(hour: $0, reviews: 0, correct: 0) }
        for c in contexts {
            let k = ReviewInContext.Stage.allCases.firstIndex(of: c.stage)!
            switch c.review.rating {
            case .again: buttons[k].again += 1
            case .hard: buttons[k].hard += 1
            case .good: buttons[k].good += 1
            case .easy: buttons[k].easy += 1
            }
            let hour = calendar.hour(c.review.time)
            hours[hour].reviews += 1
            if c.review.countsAsCorrect { hours[hour].correct += 1 }
        }
        return ProgressReport(generated: now.iso8601, desiredRetention: scheduler.settings.desiredRetention, decks: deckRows,
                              cards: cardRows, sessions: sessions, forecast: forecast, heatmap: heatmap,
                              currentStreak: currentStreak, longestStreak: longest, retentionByDay: retentionByDay,
                              answerButtons: buttons, reviewsByHour: hours)
    }

    /// The cards forgotten most often, in review (lapses) or on a learning step, at most `count`: most
    /// failures first, then most lapses, then by card id.
    public func hardestCards(_ count: Int = 5) -> [CardRow] {
        let failed = cards.filter { $0.lapses + $0.learningFailures > 0 }
        return Array(failed.sorted {
            ($0.lapses + $0.learningFailures, $0.lapses, $1.deck, $1.card) > ($1.lapses + $1.learningFailures, $1.lapses, $0.deck, $0.card)
        }.prefix(count))
    }
}
