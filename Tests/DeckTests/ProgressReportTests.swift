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
        // Retention per deck: share of non-Again ratings.
        for deck in ["alpha", "beta"] {
            let list = reviews.filter { $0.key.deck == deck }
            let row = report.decks.first { $0.deck == deck }!
            #expect(row.retentionAllTime == Double(list.filter { $0.rating != .again }.count) / Double(list.count))
            let recent = list.filter { now.wholeDays(since: $0.time) < 30 }
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
                            "stability", "difficulty", "retrievability", "due", "last_review"])
        #expect(rows.count == 13)
        #expect(rows[1][3] == "Qa, \"0\"\nline")
        for (row, card) in zip(rows.dropFirst(), report.cards) {
            #expect(row[1] == card.card && Int(row[4]) == card.reviews && Int(row[6]) == card.lapses)
            if let s = card.stability { #expect(abs(Double(row[9])! - s) < 1e-6) }
        }
        #expect(csv.contains("\r\n"))
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
        for key in ["generated", "desiredRetention", "decks", "cards", "sessions", "forecast", "heatmap", "currentStreak", "longestStreak", "retentionByDay"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let card = (object["cards"] as! [[String: Any]])[0]
        for key in ["deck", "card", "kind", "prompt", "reviews", "correct", "lapses", "state"] { #expect(card[key] != nil, "card.\(key)") }
        let deck = (object["decks"] as! [[String: Any]])[0]
        for key in ["deck", "title", "cards", "reviewed", "new", "learning", "review", "relearning", "suspended", "dueToday", "dueTomorrow"] {
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
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(html.contains("Reviews per day") && html.contains("Retention on days with reviews") && html.contains("Due forecast"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("Qa, &quot;0&quot;"))
        #expect(html.contains("<td>Alpha</td>"))
    }
}

extension Interval {
    static func hours(_ h: Int64) -> Interval { .minutes(h * 60) }
}
