/// A bar chart as inline SVG: a y axis with ticks and grid lines, labelled x ticks, axis titles, an optional
/// target line, and a `<title>` tooltip on every bar. Bars may come in named groups (drawn side by side).
struct SVGBarChart {
    /// One bar: its x label, its value (nil draws no bar, keeping the slot), its tooltip and colour.
    struct Bar {
        var label: String
        var value: Double?
        var tooltip: String
        var fill: String = "#3b7dd8"
    }

    /// Bars drawn together under one name (the name is written under them when there are several groups).
    struct Group {
        var name: String
        var bars: [Bar]
    }

    /// A horizontal line across the plot at `value`, labelled.
    struct Target {
        var value: Double
        var label: String
    }

    var title: String
    var xTitle: String
    var yTitle: String
    var groups: [Group]
    /// Values are shares from 0 to 1: the y axis runs 0-100%.
    var shares = false
    var target: Target? = nil
    /// Label every n-th bar on the x axis (dense charts).
    var labelEvery = 1

    init(title: String, xTitle: String, yTitle: String, bars: [Bar], shares: Bool = false, target: Target? = nil, labelEvery: Int = 1) {
        self.init(title: title, xTitle: xTitle, yTitle: yTitle, groups: [Group(name: "", bars: bars)], shares: shares,
                  target: target, labelEvery: labelEvery)
    }

    init(title: String, xTitle: String, yTitle: String, groups: [Group], shares: Bool = false, target: Target? = nil, labelEvery: Int = 1) {
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.groups = groups
        self.shares = shares
        self.target = target
        self.labelEvery = max(1, labelEvery)
    }

    static let width = 720.0, height = 240.0
    static let left = 58.0, right = 12.0, top = 14.0

    /// The chart in a `<figure>` with a caption.
    func render() -> String {
        typealias T = SVGText
        let grouped = groups.count > 1
        let bottom = grouped ? 62.0 : 46.0
        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - bottom
        let baseline = Self.top + plotHeight
        let maximum = groups.flatMap(\.bars).compactMap(\.value).max() ?? 0
        let ticks = shares ? AxisTicks.shares : AxisTicks(maximum: max(maximum, target?.value ?? 0), integers: true)
        func y(_ v: Double) -> Double { baseline - plotHeight * min(max(v / ticks.top, 0), 1) }
        // Slots: every bar, plus one empty slot between groups.
        let slots = groups.map(\.bars.count).reduce(0, +) + (grouped ? groups.count - 1 : 0)
        let slot = plotWidth / Double(max(slots, 1))

        var svg = "<figure><figcaption>\(T.escape(title))</figcaption>"
        svg += "<svg class=\"chart\" role=\"img\" aria-label=\"\(T.escape(title))\" viewBox=\"0 0 \(T.number(Self.width)) \(T.number(Self.height))\" width=\"100%\">"
        // Y axis: line, ticks, labels, grid lines, title.
        svg += "<g class=\"axis y\">"
        svg += "<line class=\"axis-line\" x1=\"\(T.number(Self.left))\" y1=\"\(T.number(Self.top))\" x2=\"\(T.number(Self.left))\" y2=\"\(T.number(baseline))\"/>"
        for v in ticks.values {
            let ty = T.number(y(v))
            svg += "<line class=\"grid\" x1=\"\(T.number(Self.left))\" y1=\"\(ty)\" x2=\"\(T.number(Self.width - Self.right))\" y2=\"\(ty)\"/>"
            svg += "<line class=\"tick\" x1=\"\(T.number(Self.left - 5))\" y1=\"\(ty)\" x2=\"\(T.number(Self.left))\" y2=\"\(ty)\"/>"
            svg += "<text class=\"tick-label\" x=\"\(T.number(Self.left - 8))\" y=\"\(ty)\" dy=\"0.32em\" text-anchor=\"end\">\(T.value(v, percent: shares))</text>"
        }
        let midY = T.number(Self.top + plotHeight / 2)
        svg += "<text class=\"axis-title\" x=\"14\" y=\"\(midY)\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(midY))\">\(T.escape(yTitle))</text>"
        svg += "</g>"
        // X axis: line, one tick per labelled bar, title.
        svg += "<g class=\"axis x\">"
        svg += "<line class=\"axis-line\" x1=\"\(T.number(Self.left))\" y1=\"\(T.number(baseline))\" x2=\"\(T.number(Self.width - Self.right))\" y2=\"\(T.number(baseline))\"/>"
        var bars = ""
        var position = 0
        for group in groups {
            let groupStart = position
            for (k, bar) in group.bars.enumerated() {
                let x = Self.left + Double(position) * slot
                let center = x + slot / 2
                if k % labelEvery == 0 || (grouped && labelEvery == 1) {
                    svg += "<line class=\"tick\" x1=\"\(T.number(center))\" y1=\"\(T.number(baseline))\" x2=\"\(T.number(center))\" y2=\"\(T.number(baseline + 5))\"/>"
                    svg += "<text class=\"tick-label\" x=\"\(T.number(center))\" y=\"\(T.number(baseline + 17))\" text-anchor=\"middle\">\(T.escape(bar.label))</text>"
                }
                if let v = bar.value {
                    let top = y(v)
                    let gap = min(2, slot * 0.15)
                    bars += "<rect class=\"bar\" x=\"\(T.number(x + gap / 2))\" y=\"\(T.number(top))\" width=\"\(T.number(max(slot - gap, 0.5)))\" height=\"\(T.number(baseline - top))\" fill=\"\(bar.fill)\"><title>\(T.escape(bar.tooltip))</title></rect>"
                }
                position += 1
            }
            if grouped {
                let center = Self.left + (Double(groupStart) + Double(group.bars.count) / 2) * slot
                svg += "<text class=\"group-label\" x=\"\(T.number(center))\" y=\"\(T.number(baseline + 34))\" text-anchor=\"middle\">\(T.escape(group.name))</text>"
                position += 1
            }
        }
        svg += "<text class=\"axis-title\" x=\"\(T.number(Self.left + plotWidth / 2))\" y=\"\(T.number(Self.height - 6))\" text-anchor=\"middle\">\(T.escape(xTitle))</text>"
        svg += "</g>"
        svg += "<g class=\"bars\">" + bars + "</g>"
        if let target {
            let ty = T.number(y(target.value))
            svg += "<g class=\"target\"><line class=\"target-line\" x1=\"\(T.number(Self.left))\" y1=\"\(ty)\" x2=\"\(T.number(Self.width - Self.right))\" y2=\"\(ty)\"><title>\(T.escape(target.label))</title></line>"
            svg += "<text class=\"target-label\" x=\"\(T.number(Self.width - Self.right - 4))\" y=\"\(ty)\" dy=\"-0.35em\" text-anchor=\"end\">\(T.escape(target.label))</text></g>"
        }
        return svg + "</svg></figure>"
    }
}
