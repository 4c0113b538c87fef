import Deck

/// The terminal dashboard of `quiz stats`: width-aware, colour only when asked.
enum StatsDashboard {
    static func percent(_ v: Double?) -> String { v.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }

    /// `83% of 12`, or `— of 0`.
    static func share(_ v: Double?, _ count: Int) -> String {
        guard let v, count > 0 else { return "— of 0" }
        return "\(percent(v)) of \(count)"
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    static func render(_ r: ProgressReport, width: Int, style: Style) -> String {
        let w = max(40, width)
        var out: [String] = []
        func line(_ s: String = "") { out.append(s) }
        for d in r.decks {
            line(style.bold(fit(d.title, w)))
            line(fit("  \(d.cards) cards · \(d.new) new · \(d.learning) learning · \(d.review) review · \(d.relearning) relearning · \(d.suspended) suspended", w))
            line(fit("  due today \(d.dueToday) · tomorrow \(d.dueTomorrow)", w))
            line(fit("  accuracy \(percent(d.accuracy)) of answers", w))
            line(fit("  true retention (desired \(percent(r.desiredRetention))), of reviews past learning:", w))
            line(fit("    today \(share(d.retentionToday, d.retentionTodayReviews)) · 30 days \(share(d.retention30Days, d.retention30DaysReviews)) · all \(share(d.retentionAllTime, d.retentionAllTimeReviews))", w))
            line(fit("  predicted recall now: \(percent(d.meanRetrievability))", w))
            line()
        }
        line(style.bold("Due in the next 30 days"))
        let maxDue = max(1, r.forecast.map(\.count).max() ?? 1)
        let barWidth = max(5, w - 16)
        for day in r.forecast {
            let n = day.count * barWidth / maxDue
            line(fit(String(day.date.dropFirst(5)) + " " + pad(String(day.count), 4) + " " + style.cyan(String(repeating: "█", count: n)), w))
        }
        line()
        line(style.bold("Reviews, last year") + " (each column a week, rows Mon–Sun)")
        for row in heatmap(r.heatmap, width: w - 2) { line("  " + row) }
        line(fit("  current streak \(r.currentStreak) day\(r.currentStreak == 1 ? "" : "s") · longest \(r.longestStreak)", w))
        let hardest = r.hardestCards()
        if !hardest.isEmpty {
            line()
            line(style.bold("Hardest cards"))
            for c in hardest {
                let tag = c.state == "suspended" ? " [leech]" : ""
                line(fit("  \(plural(c.lapses, "lapse")) · \(plural(c.learningFailures, "failed step"))\(tag) · \(c.prompt)", w))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Cuts a line to `width` columns with an ellipsis.
    static func fit(_ s: String, _ width: Int) -> String {
        guard TextWrap.displayWidth(s) > width else { return s }
        var out = "", used = 0
        var inEscape = false
        for c in s {
            if c == "\u{1B}" { inEscape = true }
            if inEscape { out.append(c); if c == "m" { inEscape = false }; continue }
            let cw = TextWrap.displayWidth(String(c))
            if used + cw > width - 1 { break }
            out.append(c)
            used += cw
        }
        return out + "…" + (s.contains("\u{1B}") ? "\u{1B}[0m" : "")
    }

    static func pad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }

    /// Seven rows (Monday to Sunday) of week columns, newest week on the right, as many weeks as fit.
    static func heatmap(_ days: [ProgressReport.DayCount], width: Int) -> [String] {
        let weeks = min(53, max(4, width))
        guard let lastDate = days.last.flatMap({ CivilTime.parse($0.date) }) else { return [] }
        // Day numbers since 1970-01-01 (a Thursday): Monday is (d + 3) % 7 == 0.
        let lastDay = Int(lastDate.microseconds / 86_400_000_000)
        let lastWeekday = (lastDay + 3) % 7
        let firstShown = lastDay - lastWeekday - (weeks - 1) * 7
        let counts = Dictionary(uniqueKeysWithValues: days.enumerated().map { (lastDay - (days.count - 1) + $0.offset, $0.element.count) })
        let maxCount = max(1, counts.values.max() ?? 1)
        let shades: [Character] = ["░", "▒", "▓", "█"]
        var rows = Array(repeating: "", count: 7)
        for day in firstShown...lastDay {
            let count = counts[day] ?? 0
            rows[(day + 3) % 7].append(count == 0 ? "·" : shades[min(3, (count - 1) * 4 / maxCount)])
        }
        return rows
    }
}
