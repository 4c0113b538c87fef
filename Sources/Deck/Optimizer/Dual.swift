#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// A number with its derivatives with respect to the 21 FSRS-6 parameters: forward-mode automatic
/// differentiation, exact to rounding (lanes 21 to 31 stay zero).
struct Dual: TrainingNumber {
    var value: Double
    var gradient: SIMD32<Double>

    init(value: Double, gradient: SIMD32<Double>) {
        self.value = value
        self.gradient = gradient
    }

    init(constant: Double) {
        value = constant
        gradient = .zero
    }

    /// Parameter `index` itself: its derivative with respect to itself is 1.
    init(parameter value: Double, index: Int) {
        self.value = value
        gradient = .zero
        gradient[index] = 1
    }

    static func + (a: Dual, b: Dual) -> Dual { Dual(value: a.value + b.value, gradient: a.gradient + b.gradient) }
    static func - (a: Dual, b: Dual) -> Dual { Dual(value: a.value - b.value, gradient: a.gradient - b.gradient) }
    static func * (a: Dual, b: Dual) -> Dual {
        Dual(value: a.value * b.value, gradient: b.value * a.gradient + a.value * b.gradient)
    }
    static func / (a: Dual, b: Dual) -> Dual {
        let q = a.value / b.value
        return Dual(value: q, gradient: (a.gradient - q * b.gradient) / b.value)
    }
    static func + (a: Dual, b: Double) -> Dual { Dual(value: a.value + b, gradient: a.gradient) }
    static func * (a: Dual, b: Double) -> Dual { Dual(value: a.value * b, gradient: a.gradient * b) }
    static prefix func - (a: Dual) -> Dual { Dual(value: -a.value, gradient: -a.gradient) }

    func exp() -> Dual {
        let e = Glibc.exp(value)
        return Dual(value: e, gradient: e * gradient)
    }

    func log() -> Dual { Dual(value: Glibc.log(value), gradient: gradient / value) }

    func pow(_ exponent: Dual) -> Dual {
        let p = Glibc.pow(value, exponent.value)
        // d(a^b) = a^b (b' ln a + b a' / a); a constant exponent skips the logarithm (a may be 0).
        var g = (p * exponent.value / value) * gradient
        if exponent.gradient != .zero { g += (p * Glibc.log(value)) * exponent.gradient }
        return Dual(value: p, gradient: g)
    }
}
