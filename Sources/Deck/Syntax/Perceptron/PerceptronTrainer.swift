/// A multi-class linear model being trained by the averaged perceptron: a dense row of class weights for
/// every feature that has ever been updated, and the running sums that averaging needs.
final class PerceptronTrainer {
    let classes: Int
    private var rows: [UInt64: Int] = [:]
    private var weights: [Float] = []
    /// Σ step × change, per weight: the average is `weight - sum / step` (Daumé's trick, no timestamps).
    private var sums: [Double] = []
    /// Updates so far plus one: the perceptron's clock.
    private(set) var step: Double = 1

    init(classes: Int) { self.classes = classes }

    /// Adds each feature's class weights to `scores` (which holds `classes` values).
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Float]) {
        for i in scores.indices { scores[i] = 0 }
        scores.withUnsafeMutableBufferPointer { s in
            weights.withUnsafeBufferPointer { w in
                for f in features {
                    guard let r = rows[f] else { continue }
                    let base = r * classes
                    for c in 0..<classes { s[c] += w[base + c] }
                }
            }
        }
    }

    /// The perceptron update: `features` vote more for `gold` and less for `guess`.
    func update(_ features: UnsafeBufferPointer<UInt64>, gold: Int, guess: Int) {
        guard gold != guess else { return }
        for f in features {
            let r: Int
            if let found = rows[f] { r = found } else {
                r = rows.count
                rows[f] = r
                weights.append(contentsOf: repeatElement(0, count: classes))
                sums.append(contentsOf: repeatElement(0, count: classes))
            }
            weights[r * classes + gold] += 1
            sums[r * classes + gold] += step
            weights[r * classes + guess] -= 1
            sums[r * classes + guess] -= step
        }
    }

    /// Advances the clock by one example.
    func tick() { step += 1 }

    /// The averaged weights, quantised to `LinearModel.levels`, as a compact model.
    func averaged() -> LinearModel {
        var maxAbs: Float = 0
        var averaged = [Float](repeating: 0, count: weights.count)
        for i in weights.indices {
            let a = Float(Double(weights[i]) - sums[i] / step)
            averaged[i] = a
            maxAbs = max(maxAbs, abs(a))
        }
        let scale = maxAbs > 0 ? maxAbs / Float(LinearModel.levels) : 1
        var keyed: [LinearModel.Row] = []
        keyed.reserveCapacity(rows.count)
        for (key, r) in rows {
            var entries: [(UInt8, Int16)] = []
            for c in 0..<classes {
                let a = averaged[r * classes + c]
                let q = Int16(clamping: Int((a / scale).rounded()))
                if q != 0 { entries.append((UInt8(c), q)) }
            }
            if !entries.isEmpty { keyed.append((key, entries)) }
        }
        return LinearModel(classes: classes, scale: scale, rows: keyed)
    }
}
