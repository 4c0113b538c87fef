#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The loss and its exact gradient by hand-derived local derivatives: each review's new stability and
/// difficulty are differentiated with respect to the old ones and to the parameters the review uses, and the
/// 21-component gradients of stability and difficulty are carried forward through the card's history. The
/// same numbers as `TrainingModel<Dual>` (checked by the tests), many times faster.
enum TrainingGradient {
    /// The summed weighted loss of `columns` under `w`, and its gradient (21 components).
    static func lossAndGradient(_ w: [Double], data: TrainingData, columns: ArraySlice<TrainingBatch.Column>) -> (loss: Double, gradient: [Double]) {
        var total = [Double](repeating: 0, count: 21)
        var gs = [Double](repeating: 0, count: 21), gd = [Double](repeating: 0, count: 21)
        var loss = 0.0
        let c = -w[20]
        let f = pow(0.9, 1 / c) - 1
        let dfdc = pow(0.9, 1 / c) * log(0.9) * (-1 / (c * c))
        let d4 = w[4] - exp(3 * w[5]) + 1
        let stability = TrainingModel<Double>.stabilityRange, difficulty = TrainingModel<Double>.difficultyRange
        total.withUnsafeMutableBufferPointer { total in
        gs.withUnsafeMutableBufferPointer { gs in
        gd.withUnsafeMutableBufferPointer { gd in
            for column in columns {
                let reviews = data.cards[column.card]
                // The first review: s = w[g-1], d = w4 - exp(w5 (g-1)) + 1, each clamped.
                for i in 0..<21 { gs[i] = 0; gd[i] = 0 }
                let g0 = reviews[0].rating.rawValue
                var s = w[g0 - 1]
                if s < stability.lowerBound || s > stability.upperBound {
                    s = min(max(s, stability.lowerBound), stability.upperBound)
                } else {
                    gs[g0 - 1] = 1
                }
                let e0 = exp(w[5] * Double(g0 - 1))
                var d = w[4] - e0 + 1
                if d < difficulty.lowerBound || d > difficulty.upperBound {
                    d = min(max(d, difficulty.lowerBound), difficulty.upperBound)
                } else {
                    gd[4] = 1
                    gd[5] = -Double(g0 - 1) * e0
                }
                var next = 0
                for position in 1..<column.length {
                    let review = reviews[position]
                    let g = Double(review.rating.rawValue)
                    let t = Double(review.deltaT)
                    // Recall: r = (1 + f t / s)^c with c = -w20; its derivatives by s and by w20.
                    let base = 1 + f * t / s
                    let r = pow(base, c)
                    let drds = r * c / base * (-f * t / (s * s))
                    let drdw20 = -(r * (log(base) + c / base * (t / s) * dfdc))
                    if next < column.predictions.count && column.predictions[next].position == position {
                        let (l, slope) = TrainingLoss.crossEntropy(r, recalled: review.rating != .again, weight: column.predictions[next].weight)
                        next += 1
                        loss += l
                        if slope != 0 {
                            for i in 0..<21 { total[i] += slope * drds * gs[i] }
                            total[20] += slope * drdw20
                        }
                    }
                    guard position + 1 < column.length else { break }
                    // New stability: ds/ds (through r as well), ds/dd, and ds/dw for the parameters used.
                    var newS: Double
                    var bySDirect = 0.0, byR = 0.0, byD = 0.0
                    var local = LocalTerms()
                    if review.deltaT == 0 {
                        let increase = exp(w[17] * (g - 3 + w[18])) * pow(s, -w[19])
                        if review.rating != .again && increase < 1 {
                            newS = s
                            bySDirect = 1
                        } else {
                            newS = s * increase
                            bySDirect = increase * (1 - w[19])
                            local.add(17, newS * (g - 3 + w[18])); local.add(18, newS * w[17]); local.add(19, -newS * log(s))
                        }
                    } else if review.rating == .again {
                        let dPow = pow(d, -w[12]), sPow = pow(s + 1, w[13]), q = exp((1 - r) * w[14])
                        let long = w[11] * dPow * (sPow - 1) * q
                        let shrink = exp(w[17] * w[18])
                        let floor = s / shrink
                        if long < floor {
                            newS = long
                            bySDirect = w[11] * dPow * w[13] * pow(s + 1, w[13] - 1) * q
                            byR = -long * w[14]
                            byD = -long * w[12] / d
                            local.add(11, dPow * (sPow - 1) * q)
                            local.add(12, -long * log(d))
                            local.add(13, w[11] * dPow * sPow * log(s + 1) * q)
                            local.add(14, long * (1 - r))
                        } else {
                            newS = floor
                            bySDirect = 1 / shrink
                            local.add(17, -w[18] * floor); local.add(18, -w[17] * floor)
                        }
                    } else {
                        let bonus = review.rating == .hard ? w[15] : review.rating == .easy ? w[16] : 1
                        let a = exp(w[8]), b = 11 - d, sPow = pow(s, -w[9]), e = exp((1 - r) * w[10])
                        let core = a * b * sPow * (e - 1)
                        let grow = core * bonus
                        newS = s * (1 + grow)
                        bySDirect = 1 + grow * (1 - w[9])
                        byR = -s * a * b * sPow * bonus * e * w[10]
                        byD = -s * a * sPow * (e - 1) * bonus
                        local.add(8, s * grow); local.add(9, -s * grow * log(s)); local.add(10, s * a * b * sPow * bonus * e * (1 - r))
                        if review.rating == .hard { local.add(15, s * core) }
                        if review.rating == .easy { local.add(16, s * core) }
                    }
                    // New difficulty: w7 D4 + (1 - w7) (d + (10 - d) (-w6 (g - 3)) / 9), clamped.
                    let delta = -w[6] * (g - 3)
                    let damped = d + (10 - d) * delta / 9
                    let newD = w[7] * (d4 - damped) + damped
                    let newDByD = (1 - w[7]) * (1 - delta / 9)
                    let sByS = bySDirect + byR * drds
                    let sInRange = stability.contains(newS), dInRange = difficulty.contains(newD)
                    for i in 0..<21 {
                        let oldS = gs[i], oldD = gd[i]
                        gs[i] = sInRange ? sByS * oldS + byD * oldD : 0
                        gd[i] = dInRange ? newDByD * oldD : 0
                    }
                    if sInRange {
                        gs[20] += byR * drdw20
                        local.apply(to: gs)
                    }
                    if dInRange {
                        gd[6] += (1 - w[7]) * (10 - d) * (3 - g) / 9
                        gd[7] += d4 - damped
                        gd[4] += w[7]
                        gd[5] += w[7] * (-3 * exp(3 * w[5]))
                    }
                    s = min(max(newS, stability.lowerBound), stability.upperBound)
                    d = min(max(newD, difficulty.lowerBound), difficulty.upperBound)
                }
            }
        }
        }
        }
        return (loss, total)
    }

    /// The derivatives of new stability by the (at most four) parameters one review uses directly.
    struct LocalTerms {
        var index: (Int, Int, Int, Int) = (0, 0, 0, 0)
        var value: (Double, Double, Double, Double) = (0, 0, 0, 0)
        var count = 0

        mutating func add(_ i: Int, _ v: Double) {
            switch count {
            case 0: index.0 = i; value.0 = v
            case 1: index.1 = i; value.1 = v
            case 2: index.2 = i; value.2 = v
            default: index.3 = i; value.3 = v
            }
            count += 1
        }

        func apply(to g: UnsafeMutableBufferPointer<Double>) {
            if count > 0 { g[index.0] += value.0 }
            if count > 1 { g[index.1] += value.1 }
            if count > 2 { g[index.2] += value.2 }
            if count > 3 { g[index.3] += value.3 }
        }
    }
}
