/// A standalone HTML report: no network, no scripts; inline SVG charts (reviews per day, retention over
/// time, due forecast) and the card table; printable.
public enum HTMLReport {
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    static func percent(_ v: Double?) -> String { v.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }

    /// A bar chart of `values` with `labels` under the first and last bars.
    static func bars(_ title: String, _ values: [(String, Double)], maxValue: Double? = nil, unit: String = "") -> String {
        let width = 720.0, height = 160.0, left = 36.0, bottom = 20.0
        let top = max(maxValue ?? (values.map(\.1).max() ?? 1), 1e-9)
        let w = (width - left) / Double(max(values.count, 1))
        var svg = "<figure><figcaption>\(escape(title))</figcaption><svg role=\"img\" aria-label=\"\(escape(title))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\">"
        svg += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width)\" y2=\"\(height - bottom)\" stroke=\"#888\"/>"
        svg += "<text x=\"0\" y=\"12\" font-size=\"10\">\(escape(label(top, unit)))</text>"
        for (k, (name, v)) in values.enumerated() {
            let h = (height - bottom - 14) * v / top
            let x = left + Double(k) * w
            svg += "<rect x=\"\(fmt(x + 0.5))\" y=\"\(fmt(height - bottom - h))\" width=\"\(fmt(max(w - 1, 0.5)))\" height=\"\(fmt(h))\" fill=\"#3b7dd8\"><title>\(escape(name)): \(escape(label(v, unit)))</title></rect>"
        }
        if let first = values.first, let last = values.last {
            svg += "<text x=\"\(left)\" y=\"\(height - 4)\" font-size=\"10\">\(escape(first.0))</text>"
            svg += "<text x=\"\(width)\" y=\"\(height - 4)\" font-size=\"10\" text-anchor=\"end\">\(escape(last.0))</text>"
        }
        return svg + "</svg></figure>"
    }

    static func label(_ v: Double, _ unit: String) -> String {
        unit == "%" ? "\(Int((v * 100).rounded()))%" : (v == v.rounded() ? String(Int(v)) : String(format1(v))) + unit
    }
    static func format1(_ v: Double) -> String { String((v * 10).rounded() / 10) }
    static func fmt(_ v: Double) -> String { String((v * 10).rounded() / 10) }

    public static func render(_ report: ProgressReport, title: String = "quiz — scores") -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:2em;max-width:60em;color:#222}
        table{border-collapse:collapse;width:100%;font-size:.85em}th,td{border:1px solid #ccc;padding:.25em .4em;text-align:left;vertical-align:top}
        th{background:#eee}td.n{text-align:right}figure{margin:1em 0}figcaption{font-weight:600}
        @media print{body{margin:0}figure,tr{break-inside:avoid}}
        </style></head><body>
        <h1>\(escape(title))</h1>
        <p>Generated \(escape(report.generated)) · desired retention \(percent(report.desiredRetention)) · current streak \(report.currentStreak) day\(report.currentStreak == 1 ? "" : "s") · longest \(report.longestStreak)</p>
        <h2>Decks</h2>
        <table><tr><th>Deck</th><th>Cards</th><th>Reviewed</th><th>Accuracy</th><th>True retention</th><th>Mean retrievability</th><th>Due today</th></tr>

        """
        for d in report.decks {
            html += "<tr><td>\(escape(d.title))</td><td class=\"n\">\(d.cards)</td><td class=\"n\">\(d.reviewed)</td><td class=\"n\">\(percent(d.accuracy))</td><td class=\"n\">\(percent(d.retentionAllTime))</td><td class=\"n\">\(percent(d.meanRetrievability))</td><td class=\"n\">\(d.dueToday)</td></tr>\n"
        }
        html += "</table>\n<h2>Charts</h2>\n"
        html += bars("Reviews per day (last 90 days)", report.heatmap.suffix(90).map { ($0.date, Double($0.count)) }) + "\n"
        html += bars("Retention on days with reviews (last 30 days)", report.retentionByDay.map { ($0.date, $0.retention) }, maxValue: 1, unit: "%") + "\n"
        html += bars("Due forecast (next 30 days)", report.forecast.map { ($0.date, Double($0.count)) }) + "\n"
        html += "<h2>Cards</h2>\n<table><tr><th>Deck</th><th>Card</th><th>Prompt</th><th>Reviews</th><th>Correct</th><th>Lapses</th><th>Stability (days)</th><th>Retrievability</th><th>Due</th></tr>\n"
        for c in report.cards {
            html += "<tr><td>\(escape(c.deck))</td><td>\(escape(c.card))</td><td>\(escape(c.prompt))</td><td class=\"n\">\(c.reviews)</td><td class=\"n\">\(c.correct)</td><td class=\"n\">\(c.lapses)</td><td class=\"n\">\(c.stability.map { format1($0) } ?? "—")</td><td class=\"n\">\(percent(c.retrievability))</td><td>\(escape(c.due ?? "new"))</td></tr>\n"
        }
        html += "</table>\n</body></html>\n"
        return html
    }
}
