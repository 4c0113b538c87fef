import Foundation

/// Round tick values for an axis from zero: steps of 1, 2 or 5 times a power of ten, about four of them.
struct AxisTicks: Equatable {
    /// The tick values, from 0 to `top` inclusive.
    var values: [Double]
    /// The axis maximum: the last tick.
    var top: Double { values.last ?? 1 }

    /// Ticks covering 0…`maximum`; whole numbers only when `integers` (counts).
    init(maximum: Double, integers: Bool, targetCount: Int = 4) {
        let m = maximum.isFinite && maximum > 0 ? maximum : 1
        let raw = m / Double(max(targetCount, 1))
        let magnitude = pow(10, floor(log10(raw)))
        var step = ([1.0, 2, 5, 10].first { $0 * magnitude >= raw } ?? 10) * magnitude
        if integers { step = max(1, step.rounded(.up)) }
        let count = Int((m / step).rounded(.up))
        values = (0...max(count, 1)).map { Double($0) * step }
    }

    /// Ticks at 0, 25, 50, 75 and 100% for shares.
    static let shares = AxisTicks(values: [0, 0.25, 0.5, 0.75, 1])

    private init(values: [Double]) { self.values = values }
}
