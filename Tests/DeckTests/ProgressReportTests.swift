import Foundation
import Testing
@testable import Deck

/// Stats and exports on a generated history with a fake clock; the expected figures are counted here,
/// independently of the report code.
@Suite struct ProgressReportTests {
    let scheduler = FSRSScheduler(settings: try! SchedulerSettings(enableFuzzing: false))
    let calendar = StudyCalendar(utcOffsetSeconds: 0)
    let now = CivilTime.parse("2026-03-10T12:00:00Z")!

    struct Generated {
        var decks: [(id: String, deck: Deck)]
        var history: ReviewHistory
    }

    /// 2 decks × 6 cards; on days -40…0 (some skipped), each day reviews cards with ratings from a seeded RNG.
    func generate() -> Generated {
        let a = Deck(title: "Alpha", cards: (0..<6).map { Card(id: "a\($0)", kind: .question, prompt: "Qa, \"\($0)\"\nline", answer: "x") })
        let b = Deck(title: "Beta", cards: (0..<6).map { Card(id: "b\($0)", kind: .question, prompt: "Qb\($0)", answer: "y") })
        var rng = SeededRandom(seed: 99)
        var history = ReviewHistory()
        var n = 0
        for dayOffset in (0...40).reversed() where dayOffset % 7 != 3 {
            let dayStart = now - .days(Int64(dayOffset)) - .hours(3)
            for k in 0..<Int(rng.next() % 4 + 1) {
                n += 1
                let deck = k % 2 == 0 ? "alpha" : "beta"
                let card = (deck == "alpha" ? "a" : "b") + String(rng.next() % 6)
                let rating = Rating(rawValue: Int(rng.next() % 4) + 1)!
                history.append(.review(ReviewRecord(id: "r\(n)", key: CardKey(deck: deck, card: card), time: dayStart + .minutes(Int64(k)),
                                                    rating: rating, durationMs: 2000, outcome: rating == .again ? .wrong : .correct)))
            }
        }
        return Generated(decks: [("alpha", a), ("beta", b)], history: history)
    }

    @Test func figuresMatchAnIndependentCount() {
        let g = generate()
        let states = g.history.cardStates(scheduler: scheduler)
        let report = ProgressReport.make(decks: g.decks, history: g.history, states: states, scheduler: scheduler, now: now, calendar: calendar)
        let reviews = g.history.reviews
        // Reviews per day, counted from the records directly.
        var perDate: [String: Int] = [:]
        for r in reviews { perDate[String(r.time.iso8601.prefix(10)), default: 0] += 1 }
        for day in report.heatmap where perDate[day.date] != nil { #expect(day.count == perDate[day.date]) }
        #expect(report.heatmap.map(\.count).reduce(0, +) == reviews.count)
        #expect(report.heatmap.count == 365 && report.heatmap.last?.date == "2026-03-10")
        // Streaks: days with offsets 0…40 except those ≡ 3 (mod 7): today (0), 1, 2 then a gap at 3.
        #expect(report.currentStreak == 3)
        #expect(report.longestStreak == 6)
        // True retention per deck: share of non-Again ratings among reviews of cards in the review state.
        for deck in ["alpha", "beta"] {
            let list = reviews.filter { $0.key.deck == deck }
            let row = report.decks.first { $0.deck == deck }!
            var inReview: [ReviewRecord] = []
            for card in Set(list.map(\.key)) {
                var state = MemoryState.new()
                for r in list where r.key == card {
                    if state.reviews > 0 && state.state == .review { inReview.append(r) }
                    state = scheduler.review(state, rating: r.rating, at: r.time, fuzzSeed: 0)
                }
            }
            #expect(row.retentionAllTimeReviews == inReview.count && inReview.count > 0)
            #expect(row.retentionAllTime == Double(inReview.filter { $0.rating != .again }.count) / Double(inReview.count))
            let recent = inReview.filter { now.wholeDays(since: $0.time) < 30 }
            #expect(row.retention30DaysReviews == recent.count)
            #expect(row.retention30Days == Double(recent.filter { $0.rating != .again }.count) / Double(recent.count))
            let reviewedCards = Set(list.map(\.key.card))
            #expect(row.reviewed == reviewedCards.count)
            #expect(row.new == 6 - reviewedCards.count)
            #expect(row.new + row.learning + row.review + row.relearning + row.suspended == 6)
        }
        // Cards: reviews and lapses per card.
        for c in report.cards {
            let list = reviews.filter { $0.key == CardKey(deck: c.deck, card: c.card) }
            #expect(c.reviews == list.count)
            #expect(c.lastRating == list.last?.rating.rawValue)
            #expect(c.lapses == (states[CardKey(deck: c.deck, card: c.card)]?.lapses ?? 0))
        }
        // Sessions: one per review day (reviews a few minutes apart, days apart).
        #expect(report.sessions.count == Set(reviews.map { $0.time.iso8601.prefix(10) }).count)
        #expect(report.sessions.map(\.cards).reduce(0, +) == reviews.count)
        // Forecast: every reviewed, unsuspended card is counted once within or beyond 30 days.
        let dueSoon = states.values.filter { !$0.isNew && $0.lapses < 8 && $0.due.wholeDays(since: calendar.start(ofDay: calendar.day(now))) < 30 }.count
        #expect(report.forecast.map(\.count).reduce(0, +) == dueSoon)
        // Answer buttons and hours cover every review once.
        #expect(report.answerButtons.map { $0.again + $0.hard + $0.good + $0.easy }.reduce(0, +) == reviews.count)
        #expect(report.answerButtons.map(\.again).reduce(0, +) == reviews.filter { $0.rating == .again }.count)
        #expect(report.reviewsByHour.count == 24 && report.reviewsByHour.map(\.reviews).reduce(0, +) == reviews.count)
        #expect(report.reviewsByHour[9].reviews == reviews.count, "every generated review is at 09:0x UTC")
    }

    @Test func forecastHasARowForEveryDay() {
        let g = generate()
        let report = ProgressReport.make(decks: g.decks, history: g.history, states: g.history.cardStates(scheduler: scheduler),
                                         scheduler: scheduler, now: now, calendar: calendar)
        #expect(report.forecast.count == 30)
        #expect(report.forecast.contains { $0.count == 0 } && report.forecast.contains { $0.count > 0 })
        for (k, day) in report.forecast.enumerated() {
            #expect(day.date == (now + .days(Int64(k))).iso8601.prefix(10).description)
        }
    }

    /// One deck, reviews written by hand so that each card's stage is known without replaying.
    func handWritten() -> (deck: Deck, history: ReviewHistory, now: Timestamp) {
        let day0 = CivilTime.parse("2026-01-01T10:00:00Z")!
        let deck = Deck(title: "Hand", cards: ["c1", "c2", "c3", "c4"].map { Card(id: $0, kind: .question, prompt: $0, answer: "x") })
        var history = ReviewHistory()
        var n = 0
        func add(_ card: String, _ at: Timestamp, _ rating: Rating, _ outcome: ReviewOutcome? = nil, answer: String? = nil) {
            n += 1
            history.append(.review(ReviewRecord(id: "r\(n)", key: CardKey(deck: "hand", card: card), time: at, rating: rating,
                                                answer: answer, outcome: outcome)))
        }
        // c1: fails twice while learning, graduates with Easy, lapses on day 5, relearns, then passes twice.
        add("c1", day0, .again); add("c1", day0 + .minutes(1), .again); add("c1", day0 + .minutes(2), .easy)
        add("c1", day0 + .days(5), .again); add("c1", day0 + .days(5) + .minutes(10), .good)
        add("c1", day0 + .days(10), .good); add("c1", day0 + .days(12), .good)
        // c2: graduates at once, passes with Hard on day 8.
        add("c2", day0, .easy); add("c2", day0 + .days(8), .hard)
        // c3: one failed learning step.
        add("c3", day0, .again)
        // c4: graduates, then a long interval: its day-60 review is of a mature card.
        add("c4", day0, .easy); add("c4", day0 + .days(9), .easy); add("c4", day0 + .days(60), .good)
        return (deck, history, day0 + .days(61))
    }

    @Test func trueRetentionCountsOnlyReviewsPastLearning() {
        let h = handWritten()
        let report = ProgressReport.make(decks: [("hand", h.deck)], history: h.history, states: h.history.cardStates(scheduler: scheduler),
                                         scheduler: scheduler, now: h.now, calendar: calendar)
        // Past learning: c1 day 5 (Again), 10, 12; c2 day 8 (Hard); c4 day 9, 60. Five of six passed.
        let row = report.decks[0]
        #expect(row.retentionAllTimeReviews == 6)
        #expect(row.retentionAllTime == 5.0 / 6.0)
        #expect(row.retentionTodayReviews == 0 && row.retentionToday == nil)
        // Every review is counted in accuracy: 13 reviews, 4 Agains, none with a typed answer.
        #expect(row.accuracy == 9.0 / 13.0)
    }

    @Test func hardestCardsIncludeLearningFailures() {
        let h = handWritten()
        let report = ProgressReport.make(decks: [("hand", h.deck)], history: h.history, states: h.history.cardStates(scheduler: scheduler),
                                         scheduler: scheduler, now: h.now, calendar: calendar)
        let byID = Dictionary(uniqueKeysWithValues: report.cards.map { ($0.card, $0) })
        #expect(byID["c1"]?.lapses == 1 && byID["c1"]?.learningFailures == 2)
        #expect(byID["c3"]?.lapses == 0 && byID["c3"]?.learningFailures == 1)
        #expect(byID["c2"]?.learningFailures == 0 && byID["c4"]?.learningFailures == 0)
        #expect(report.hardestCards().map(\.card) == ["c1", "c3"])
    }

    @Test func answerButtonsByStage() {
        let h = handWritten()
        let states = h.history.cardStates(scheduler: scheduler)
        // c4's second review set an interval of 21 days or more (the premise of the mature count below).
        let c4 = ReviewHistory.replay(key: CardKey(deck: "hand", card: "c4"),
                                      reviews: Array(h.history.reviews.filter { $0.key.card == "c4" }.prefix(2)), scheduler: scheduler)
        #expect(Double((c4.due - c4.lastReview!).microseconds) / 86_400e6 >= 21)
        let report = ProgressReport.make(decks: [("hand", h.deck)], history: h.history, states: states,
                                         scheduler: scheduler, now: h.now, calendar: calendar)
        let buttons = Dictionary(uniqueKeysWithValues: report.answerButtons.map { ($0.stage, $0) })
        #expect(report.answerButtons.map(\.stage) == ["learning", "young", "mature"])
        // Learning: c1 Again, Again, Easy, Good (relearning); c2 Easy; c3 Again; c4 Easy.
        #expect(buttons["learning"] == .init(stage: "learning", again: 3, hard: 0, good: 1, easy: 3))
        // Young: c1 Again, Good, Good; c2 Hard; c4 Easy (day 9).
        #expect(buttons["young"] == .init(stage: "young", again: 1, hard: 1, good: 2, easy: 1))
        #expect(buttons["mature"] == .init(stage: "mature", again: 0, hard: 0, good: 1, easy: 0))
    }

    @Test func selfGradedReviewsCountAsCorrectWhenRatedHardOrBetter() {
        let day0 = CivilTime.parse("2026-01-01T10:00:00Z")!
        let deck = Deck(title: "Self", cards: (0..<6).map { Card(id: "s\($0)", kind: .question, prompt: "p", answer: "x") })
        let reviews: [(Rating, ReviewOutcome?, String?)] = [
            (.good, .selfGraded, nil), (.hard, .selfGraded, nil), (.again, .selfGraded, nil),  // 2 of 3 correct
            (.good, .wrong, "typo"), (.again, .revealed, nil),                                 // typed wrong, revealed: not correct
            (.easy, nil, nil),                                                                 // no grade recorded: by rating
        ]
        let history = ReviewHistory(entries: reviews.enumerated().map { k, r in
            .review(ReviewRecord(id: "r\(k)", key: CardKey(deck: "self", card: "s\(k)"), time: day0 + .minutes(Int64(k)), rating: r.0,
                                 answer: r.2, outcome: r.1))
        })
        let report = ProgressReport.make(decks: [("self", deck)], history: history, states: history.cardStates(scheduler: scheduler),
                                         scheduler: scheduler, now: day0 + .hours(1), calendar: StudyCalendar(utcOffsetSeconds: -3 * 3600))
        #expect(report.cards.map(\.correct) == [1, 1, 0, 0, 0, 1])
        #expect(report.decks[0].accuracy == 3.0 / 6.0)
        #expect(report.sessions.count == 1 && report.sessions[0].correct == 3)
        // 10:00 UTC is 07:00 three hours west.
        #expect(report.reviewsByHour[7].reviews == 6 && report.reviewsByHour[7].correct == 3)
    }

    @Test func sinceFiltersTheTables() {
        let g = generate()
        let since = CivilTime.parse("2026-03-01")!
        let report = ProgressReport.make(decks: g.decks, history: g.history, states: g.history.cardStates(scheduler: scheduler),
                                         scheduler: scheduler, now: now, calendar: calendar, since: since)
        #expect(report.cards.map(\.reviews).reduce(0, +) == g.history.reviews.filter { $0.time >= since }.count)
    }

    @Test func csvRoundTripsFieldByField() throws {
        let g = generate()
        let report = ProgressReport.make(decks: g.decks, history: g.history, states: g.history.cardStates(scheduler: scheduler),
                                         scheduler: scheduler, now: now, calendar: calendar)
        let csv = ScoreTables.csv(report, table: .cards)
        let rows = Self.parseCSV(csv)
        #expect(rows[0] == ["deck", "card_id", "kind", "prompt", "reviews", "correct", "lapses", "accuracy", "last_rating",
                            "stability", "difficulty", "retrievability", "due", "last_review", "learning_failures"])
        #expect(rows.count == 13)
        #expect(rows[1][3] == "Qa, \"0\"\nline")
        for (row, card) in zip(rows.dropFirst(), report.cards) {
            #expect(row[1] == card.card && Int(row[4]) == card.reviews && Int(row[6]) == card.lapses)
            if let s = card.stability { #expect(abs(Double(row[9])! - s) < 1e-6) }
            #expect(Int(row[14]) == card.learningFailures)
        }
        #expect(csv.contains("\r\n"))
        let decks = Self.parseCSV(ScoreTables.csv(report, table: .decks))
        #expect(decks[0].last == "true_retention_reviews")
        #expect(decks.dropFirst().map { Int($0[7]) } == report.decks.map(\.retentionAllTimeReviews))
    }

    /// A small RFC 4180 reader for the test.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.append("\""); chars = chars.dropFirst() } else { quoted = false } } else { field.append(c) }
            } else if c == "\"" { quoted = true } else if c == "," { row.append(field); field = "" } else if c == "\r\n" || c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(c) }
        }
        return rows
    }

    @Test func jsonFollowsTheDocumentedSchema() throws {
        let g = generate()
        let report = ProgressReport.make(decks: g.decks, history: g.history, states: g.history.cardStates(scheduler: scheduler),
                                         scheduler: scheduler, now: now, calendar: calendar)
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as! [String: Any]
        for key in ["generated", "desiredRetention", "decks", "cards", "sessions", "forecast", "heatmap", "currentStreak", "longestStreak",
                    "retentionByDay", "answerButtons", "reviewsByHour"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let card = (object["cards"] as! [[String: Any]])[0]
        for key in ["deck", "card", "kind", "prompt", "reviews", "correct", "lapses", "learningFailures", "state"] { #expect(card[key] != nil, "card.\(key)") }
        let deck = (object["decks"] as! [[String: Any]])[0]
        for key in ["deck", "title", "cards", "reviewed", "new", "learning", "review", "relearning", "suspended", "dueToday", "dueTomorrow",
                    "retentionTodayReviews", "retention30DaysReviews", "retentionAllTimeReviews"] {
            #expect(deck[key] != nil, "deck.\(key)")
        }
        let session = (object["sessions"] as! [[String: Any]])[0]
        for key in ["start", "end", "decks", "cards", "correct", "seconds"] { #expect(session[key] != nil, "session.\(key)") }
    }

    @Test func htmlIsStandaloneWithCharts() {
        let g = generate()
        let report = ProgressReport.make(decks: g.decks, history: g.history, states: g.history.cardStates(scheduler: scheduler),
                                         scheduler: scheduler, now: now, calendar: calendar)
        let html = HTMLReport.render(report)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://") && !html.contains("url("))
        #expect(html.contains("Qa, &quot;0&quot;"))
        #expect(html.contains("<td>Alpha</td>"))
        // A calendar heatmap, then eight bar charts.
        let svgs = Self.elements("svg", in: html)
        #expect(svgs.count == 9)
        #expect(svgs.filter { $0.hasPrefix("<svg class=\"heatmap\"") }.count == 1)
        for chart in svgs where chart.hasPrefix("<svg class=\"chart\"") {
            // Two axes, each with a line, ticks with labels, and a title.
            let axes = Self.elements("g", in: chart).filter { $0.hasPrefix("<g class=\"axis ") }
            #expect(axes.count == 2, "\(chart.prefix(120))")
            for axis in axes {
                #expect(Self.count("<line class=\"axis-line\"", in: axis) == 1)
                #expect(Self.count("<line class=\"tick\"", in: axis) >= 2)
                #expect(Self.count("<text class=\"tick-label\"", in: axis) == Self.count("<line class=\"tick\"", in: axis))
                #expect(Self.count("<text class=\"axis-title\"", in: axis) == 1)
            }
            // Every bar has a tooltip.
            let bars = Self.elements("rect", in: chart).filter { $0.hasPrefix("<rect class=\"bar\"") }
            #expect(bars.allSatisfy { $0.contains("><title>") && $0.hasSuffix("</title></rect>") })
        }
        func chart(_ caption: String) -> String {
            let start = html.range(of: "<figcaption>" + caption)!.lowerBound
            return String(html[start...]).components(separatedBy: "</figure>")[0]
        }
        func tooltips(_ svg: String, _ element: String) -> [String] {
            Self.elements(element, in: svg).filter { $0.hasPrefix("<\(element) class=\"bar\"") || $0.hasPrefix("<rect class=\"day") }
                .map { $0.components(separatedBy: "<title>")[1].components(separatedBy: "</title>")[0] }
        }
        // The heatmap: one cell per day of the year, in order, each with its date and count.
        let heatmap = chart("Reviews per day, last year")
        #expect(tooltips(heatmap, "rect") == report.heatmap.map { "\($0.date): \($0.count) review\($0.count == 1 ? "" : "s")" })
        #expect(heatmap.contains(">Mon<") && heatmap.contains(">Jan<") && heatmap.contains(">Less<"))
        // The forecast: a bar for each of the 30 days.
        #expect(tooltips(chart("Due forecast"), "rect") == report.forecast.map { "\($0.date): \($0.count) card\($0.count == 1 ? "" : "s") due" })
        // True retention: a bar on each day with reviews past learning, and the target line at the desired retention.
        let retention = chart("True retention per day")
        #expect(tooltips(retention, "rect").count == report.retentionByDay.filter { $0.date >= report.heatmap[335].date }.count)
        #expect(Self.count("<line class=\"target-line\"", in: retention) == 1 && retention.contains(">desired 90%</text>"))
        #expect(retention.contains(">100%</text>") && retention.contains(">0%</text>"))
        // Answer buttons: four per stage, labelled by stage.
        let buttons = tooltips(chart("Answer buttons"), "rect")
        #expect(buttons.count == 12)
        let young = report.answerButtons[1]
        #expect(buttons[4].hasPrefix("Young · Again: \(young.again)") && buttons[6].hasPrefix("Young · Good: \(young.good)"))
        // Hours: 24 bars; distributions count every reviewed card.
        #expect(tooltips(chart("Reviews by hour"), "rect").count == 24)
        let reviewed = report.cards.filter { $0.state != "new" }.count
        for caption in ["Stability", "Difficulty", "Retrievability now"] {
            let svg = chart(caption + " (")
            #expect(svg.contains("(\(reviewed) cards)"))
            let counts = tooltips(svg, "rect").map { Int($0.split(separator: ":").last!.split(separator: " ")[0])! }
            #expect(counts.reduce(0, +) == reviewed, "\(caption)")
        }
    }

    @Test func axisTicksAreRoundAndCoverTheMaximum() {
        #expect(AxisTicks(maximum: 9, integers: true).values == [0, 5, 10])
        #expect(AxisTicks(maximum: 37, integers: true).values == [0, 10, 20, 30, 40])
        #expect(AxisTicks(maximum: 0, integers: true).values == [0, 1])
        #expect(AxisTicks(maximum: 3, integers: true).values == [0, 1, 2, 3])
        let shares = AxisTicks(maximum: 0.75, integers: false)
        #expect(shares.values.count == 5 && abs(shares.values[1] - 0.2) < 1e-12 && abs(shares.top - 0.8) < 1e-12)
    }

    @Test func histogramBinsByEdges() {
        let h = Histogram(values: [0.5, 1, 1.5, 3, 400, -1], edges: [0, 1, 2, 365])
        #expect(h.bins.map(\.count) == [2, 2, 1, 1])
        #expect(h.bins.last?.upper == nil && h.bins[1].upper == 2)
        #expect(h.total == 6)
    }

    /// Occurrences of `needle` in `text`.
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// Each `<name …>…</name>` (or self-closing `<name …/>`) element in `text`, outermost first, nesting counted.
    static func elements(_ name: String, in text: String) -> [String] {
        var out: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "<\(name) ") ?? rest.range(of: "<\(name)>") {
            var depth = 0
            var cursor = open.lowerBound
            var end: String.Index? = nil
            while cursor < rest.endIndex {
                if rest[cursor...].hasPrefix("<\(name) ") || rest[cursor...].hasPrefix("<\(name)>") {
                    let close = rest[cursor...].firstIndex(of: ">")!
                    if rest[rest.index(before: close)] == "/" {
                        if depth == 0 { end = rest.index(after: close); break }
                    } else { depth += 1 }
                    cursor = rest.index(after: close)
                } else if rest[cursor...].hasPrefix("</\(name)>") {
                    depth -= 1
                    cursor = rest.index(cursor, offsetBy: name.count + 3)
                    if depth == 0 { end = cursor; break }
                } else {
                    cursor = rest.index(after: cursor)
                }
            }
            guard let end else { break }
            out.append(String(rest[open.lowerBound..<end]))
            rest = rest[rest.index(after: open.lowerBound)...]
        }
        return out
    }
}

extension Interval {
    static func hours(_ h: Int64) -> Interval { .minutes(h * 60) }
}
