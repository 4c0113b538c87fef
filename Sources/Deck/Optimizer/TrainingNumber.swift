#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The arithmetic the FSRS-6 training model needs, so that one model runs on plain numbers (to predict) and
/// on `Dual` numbers (to predict and differentiate at once).
protocol TrainingNumber {
    var value: Double { get }
    init(constant: Double)
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static func + (a: Self, b: Double) -> Self
    static func * (a: Self, b: Double) -> Self
    static prefix func - (a: Self) -> Self
    /// e raised to this number.
    func exp() -> Self
    /// The natural logarithm.
    func log() -> Self
    /// This number raised to `exponent`.
    func pow(_ exponent: Self) -> Self
}

extension TrainingNumber {
    /// Kept within `low...high`; outside it the result is the bound, a constant (no derivative), as in Burn and PyTorch.
    func clamped(_ low: Double, _ high: Double) -> Self {
        if value < low { return Self(constant: low) }
        if value > high { return Self(constant: high) }
        return self
    }

    static func - (a: Double, b: Self) -> Self { -b + a }
    static func - (a: Self, b: Double) -> Self { a + (-b) }
}

extension Double: TrainingNumber {
    var value: Double { self }
    init(constant: Double) { self = constant }
    func exp() -> Double { Glibc.exp(self) }
    func log() -> Double { Glibc.log(self) }
    func pow(_ exponent: Double) -> Double { Glibc.pow(self, exponent) }
}
