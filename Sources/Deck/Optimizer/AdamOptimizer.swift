#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Adam (β1 0.9, β2 0.999, ε 1e-8), stepping the 21 parameters against a gradient.
struct AdamOptimizer {
    private var m = [Double](repeating: 0, count: 21)
    private var v = [Double](repeating: 0, count: 21)
    private var t = 0

    mutating func step(_ w: inout [Double], gradient g: [Double], learningRate: Double) {
        t += 1
        let correction1 = 1 - pow(0.9, Double(t)), correction2 = 1 - pow(0.999, Double(t))
        for i in 0..<21 {
            m[i] = 0.9 * m[i] + 0.1 * g[i]
            v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i]
            w[i] -= learningRate * (m[i] / correction1) / ((v[i] / correction2).squareRoot() + 1e-8)
        }
    }
}
