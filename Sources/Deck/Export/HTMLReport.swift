/// A standalone HTML report: no network, no scripts; inline SVG charts with labelled axes, ticks and a
/// tooltip per bar (a calendar heatmap of reviews, reviews per day, true retention against the desired
/// retention, the due forecast, stability, difficulty and retrievability of the cards, answer buttons by
/// stage, reviews by hour) and the deck and card tables; printable.
public enum HTMLReport {
    static func escape(_ s: String) -> String { SVGText.escape(s) }

    static func percent(_ v: Double?) -> String { v.map(SVGText.percent) ?? "—" }
    static func format1(_ v: Double) -> String { String((v * 10).rounded() / 10) }

    /// `12-06` from `2026-12-06`.
    static func monthDay(_ date: String) -> String { String(date.dropFirst(5)) }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// Stability bins in days: a day, two, four, a week, two weeks, a month, two, four, a year, more.
    static let stabilityEdges: [Double] = [0, 1, 2, 4, 7, 14, 30, 60, 120, 365]

    public static func render(_ report: ProgressReport, title: String = "quiz — scores") -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:2em;max-width:60em;color:#222}
        table{border-collapse:collapse;width:100%;font-size:.85em}th,td{border:1px solid #ccc;padding:.25em .4em;text-align:left;vertical-align:top}
        th{background:#eee}td.n{text-align:right}figure{margin:1.5em 0}figcaption{font-weight:600;margin-bottom:.3em}
        svg{font-size:11px;font-family:system-ui,sans-serif;overflow:visible}
        .axis-line,.tick{stroke:#555;stroke-width:1}.grid{stroke:#e4e4e4;stroke-width:1}
        .tick-label,.group-label{fill:#444}.axis-title{fill:#222;font-weight:600}
        .target-line{stroke:#d62728;stroke-width:1.5;stroke-dasharray:6 4}.target-label{fill:#d62728;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:3px}
        .bar:hover,.day:hover{opacity:.75}
        @media print{body{margin:0}figure,tr{break-inside:avoid}}
        </style></head><body>
        <h1>\(escape(title))</h1>
        <p>Generated \(escape(report.generated)) · desired retention \(percent(report.desiredRetention)) · current streak \(plural(report.currentStreak, "day")) · longest \(report.longestStreak)</p>
        <h2>Decks</h2>
        <table><tr><th>Deck</th><th>Cards</th><th>Reviewed</th><th>Accuracy</th><th>True retention</th><th>Reviews past learning</th><th>Mean retrievability</th><th>Due today</th></tr>

        """
        for d in report.decks {
            html += "<tr><td>\(escape(d.title))</td><td class=\"n\">\(d.cards)</td><td class=\"n\">\(d.reviewed)</td><td class=\"n\">\(percent(d.accuracy))</td><td class=\"n\">\(percent(d.retentionAllTime))</td><td class=\"n\">\(d.retentionAllTimeReviews)</td><td class=\"n\">\(percent(d.meanRetrievability))</td><td class=\"n\">\(d.dueToday)</td></tr>\n"
        }
        html += "</table>\n<h2>Reviews</h2>\n"
        html += SVGCalendarHeatmap(title: "Reviews per day, last year", days: report.heatmap.map { ($0.date, $0.count) }, unit: "review").render() + "\n"
        html += reviewsPerDay(report) + "\n"
        html += retention(report) + "\n"
        html += answerButtons(report) + "\n"
        html += reviewsByHour(report) + "\n"
        html += "<h2>Cards</h2>\n"
        html += forecast(report) + "\n"
        html += distributions(report) + "\n"
        html += "<table><tr><th>Deck</th><th>Card</th><th>Prompt</th><th>Reviews</th><th>Correct</th><th>Lapses</th><th>Failed steps</th><th>Stability (days)</th><th>Retrievability</th><th>Due</th></tr>\n"
        for c in report.cards {
            html += "<tr><td>\(escape(c.deck))</td><td>\(escape(c.card))</td><td>\(escape(c.prompt))</td><td class=\"n\">\(c.reviews)</td><td class=\"n\">\(c.correct)</td><td class=\"n\">\(c.lapses)</td><td class=\"n\">\(c.learningFailures)</td><td class=\"n\">\(c.stability.map { format1($0) } ?? "—")</td><td class=\"n\">\(percent(c.retrievability))</td><td>\(escape(c.due ?? "new"))</td></tr>\n"
        }
        html += "</table>\n</body></html>\n"
        return html
    }

    static func reviewsPerDay(_ report: ProgressReport) -> String {
        let days = report.heatmap.suffix(90)
        return SVGBarChart(
            title: "Reviews per day, last 90 days", xTitle: "Day", yTitle: "Reviews",
            bars: days.map { .init(label: monthDay($0.date), value: Double($0.count), tooltip: "\($0.date): \(plural($0.count, "review"))") },
            labelEvery: 15).render()
    }

    static func retention(_ report: ProgressReport) -> String {
        let byDate = Dictionary(report.retentionByDay.map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        let days = report.heatmap.suffix(30)
        let bars = days.map { day -> SVGBarChart.Bar in
            guard let r = byDate[day.date] else {
                return .init(label: monthDay(day.date), value: nil, tooltip: "\(day.date): no reviews past learning")
            }
            return .init(label: monthDay(day.date), value: r.retention,
                         tooltip: "\(day.date): \(SVGText.percent(r.retention)) of \(plural(r.reviews, "review")) past learning passed",
                         fill: r.retention >= report.desiredRetention ? "#2ca02c" : "#e3893b")
        }
        return SVGBarChart(title: "True retention per day, last 30 days (reviews past learning)", xTitle: "Day", yTitle: "Passed",
                           bars: bars, shares: true,
                           target: .init(value: report.desiredRetention, label: "desired \(SVGText.percent(report.desiredRetention))"),
                           labelEvery: 5).render()
    }

    static func forecast(_ report: ProgressReport) -> String {
        SVGBarChart(
            title: "Due forecast, next 30 days (overdue on the first)", xTitle: "Day", yTitle: "Cards due",
            bars: report.forecast.map { .init(label: monthDay($0.date), value: Double($0.count), tooltip: "\($0.date): \(plural($0.count, "card")) due") },
            labelEvery: 5).render()
    }

    static let buttonColours: [Rating: String] = [.again: "#d62728", .hard: "#e3893b", .good: "#2ca02c", .easy: "#1f77b4"]

    static func answerButtons(_ report: ProgressReport) -> String {
        let groups = report.answerButtons.map { row -> SVGBarChart.Group in
            let total = Rating.allCases.map(row.count).reduce(0, +)
            let name = row.stage.prefix(1).uppercased() + row.stage.dropFirst()
            return .init(name: "\(name) (\(total))", bars: Rating.allCases.map { rating in
                let n = row.count(rating)
                let share = total > 0 ? " (\(SVGText.percent(Double(n) / Double(total))) of \(row.stage))" : ""
                return .init(label: rating.name, value: Double(n), tooltip: "\(name) · \(rating.name): \(n)\(share)", fill: buttonColours[rating]!)
            })
        }
        return SVGBarChart(title: "Answer buttons by card stage (learning; young: interval under 21 days; mature)",
                           xTitle: "Button pressed, by stage", yTitle: "Reviews", groups: groups).render()
    }

    static func reviewsByHour(_ report: ProgressReport) -> String {
        SVGBarChart(
            title: "Reviews by hour of the day (local time)", xTitle: "Hour", yTitle: "Reviews",
            bars: report.reviewsByHour.map { h in
                let correct = h.reviews > 0 ? ", \(SVGText.percent(Double(h.correct) / Double(h.reviews))) correct" : ""
                return .init(label: String(h.hour), value: Double(h.reviews),
                             tooltip: "\(h.hour):00–\(h.hour + 1):00: \(plural(h.reviews, "review"))\(correct)")
            }, labelEvery: 3).render()
    }

    /// Stability, difficulty and retrievability of the reviewed cards' current states.
    static func distributions(_ report: ProgressReport) -> String {
        let states = report.cards.filter { $0.state != "new" }
        func histogram(_ title: String, _ xTitle: String, _ values: [Double], edges: [Double], label: (Histogram.Bin) -> String) -> String {
            let h = Histogram(values: values, edges: edges)
            return SVGBarChart(title: "\(title) (\(plural(h.total, "card")))", xTitle: xTitle, yTitle: "Cards",
                               bars: h.bins.map { .init(label: label($0), value: Double($0.count), tooltip: "\(xTitle) \(label($0)): \(plural($0.count, "card"))") }).render()
        }
        func range(_ bin: Histogram.Bin, _ show: (Double) -> String, _ unit: String = "") -> String {
            bin.upper.map { "\(show(bin.lower))–\(show($0))\(unit)" } ?? "\(show(bin.lower))\(unit)+"
        }
        let n = { (v: Double) in SVGText.value(v, percent: false) }
        return [
            histogram("Stability", "Stability (days)", states.compactMap(\.stability), edges: stabilityEdges) { range($0, n) },
            histogram("Difficulty", "Difficulty (1 easiest, 10 hardest)", states.compactMap(\.difficulty), edges: (1...9).map(Double.init)) { range($0, n) },
            histogram("Retrievability now", "Retrievability", states.compactMap(\.retrievability), edges: (0..<10).map { Double($0) / 10 }) {
                range($0, { SVGText.value($0 * 100, percent: false) }, "%")
            },
        ].joined(separator: "\n")
    }
}
