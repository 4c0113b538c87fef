/// A calendar heatmap as inline SVG, as GitHub and Anki draw one: a column per week, a row per weekday
/// (Monday on top), one square per day shaded by its count, with month and weekday labels, a `<title>`
/// tooltip per day and a legend.
struct SVGCalendarHeatmap {
    var title: String
    /// Consecutive days, oldest first, as `YYYY-MM-DD` and a count.
    var days: [(date: String, count: Int)]
    /// The word counted, singular (`review`).
    var unit: String

    static let cell = 11.0, gap = 2.0, left = 34.0, top = 18.0
    static let shades = ["#ebedf0", "#c6dbf7", "#8fb8ee", "#4f8fe0", "#1d5fbf"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Shade 0 for no reviews, else 1-4 by the count's share of the busiest day.
    static func level(_ count: Int, maximum: Int) -> Int {
        guard count > 0, maximum > 0 else { return 0 }
        return min(4, 1 + (count - 1) * 4 / maximum)
    }

    func render() -> String {
        typealias T = SVGText
        guard let first = days.first, let firstTime = CivilTime.parse(first.date) else { return "" }
        let firstDay = Int(firstTime.microseconds / 86_400_000_000)
        // 1970-01-01 was a Thursday: Monday is weekday 0 when (day + 3) % 7 == 0.
        let firstWeekday = ((firstDay + 3) % 7 + 7) % 7
        let weeks = (firstWeekday + days.count + 6) / 7
        let step = Self.cell + Self.gap
        let width = Self.left + Double(weeks) * step + 4
        let height = Self.top + 7 * step + 30
        let maximum = days.map(\.count).max() ?? 0
        var svg = "<figure><figcaption>\(T.escape(title))</figcaption>"
        svg += "<svg class=\"heatmap\" role=\"img\" aria-label=\"\(T.escape(title))\" viewBox=\"0 0 \(T.number(width)) \(T.number(height))\" width=\"100%\">"
        svg += "<g class=\"axis y\">"
        for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri"), (6, "Sun")] {
            svg += "<text class=\"tick-label\" x=\"\(T.number(Self.left - 4))\" y=\"\(T.number(Self.top + Double(row) * step + Self.cell / 2))\" dy=\"0.32em\" text-anchor=\"end\">\(name)</text>"
        }
        svg += "</g><g class=\"axis x\">"
        var lastMonth = ""
        var cells = ""
        for (k, day) in days.enumerated() {
            let index = firstWeekday + k
            let column = index / 7, row = index % 7
            let x = Self.left + Double(column) * step, y = Self.top + Double(row) * step
            let month = String(day.date.dropFirst(5).prefix(2))
            let dayOfMonth = Int(day.date.suffix(2)) ?? 1
            if month != lastMonth, row == 0 || (k == 0 && dayOfMonth <= 17), let m = Int(month), (1...12).contains(m) {
                svg += "<text class=\"tick-label\" x=\"\(T.number(x))\" y=\"\(T.number(Self.top - 6))\">\(Self.monthNames[m - 1])</text>"
                lastMonth = month
            }
            let level = Self.level(day.count, maximum: maximum)
            let what = day.count == 1 ? unit : unit + "s"
            cells += "<rect class=\"day level\(level)\" x=\"\(T.number(x))\" y=\"\(T.number(y))\" width=\"\(T.number(Self.cell))\" height=\"\(T.number(Self.cell))\" rx=\"2\" fill=\"\(Self.shades[level])\"><title>\(T.escape(day.date)): \(day.count) \(what)</title></rect>"
        }
        svg += "</g><g class=\"days\">" + cells + "</g>"
        // Legend: Less □□□□□ More.
        let legendY = Self.top + 7 * step + 10
        var legendX = width - 5 * step - 40
        svg += "<g class=\"legend\"><text class=\"tick-label\" x=\"\(T.number(legendX - 4))\" y=\"\(T.number(legendY + Self.cell / 2))\" dy=\"0.32em\" text-anchor=\"end\">Less</text>"
        for (level, shade) in Self.shades.enumerated() {
            svg += "<rect class=\"swatch\" x=\"\(T.number(legendX))\" y=\"\(T.number(legendY))\" width=\"\(T.number(Self.cell))\" height=\"\(T.number(Self.cell))\" rx=\"2\" fill=\"\(shade)\"><title>level \(level)</title></rect>"
            legendX += step
        }
        svg += "<text class=\"tick-label\" x=\"\(T.number(legendX + 2))\" y=\"\(T.number(legendY + Self.cell / 2))\" dy=\"0.32em\">More</text></g>"
        return svg + "</svg></figure>"
    }
}
