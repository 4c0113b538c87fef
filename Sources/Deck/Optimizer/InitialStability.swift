#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// fsrs-rs's pretraining of w0-w3: for each first rating, the stability whose forgetting curve best fits the
/// recall seen on the first later day (smoothed toward the average recall, gently pulled to the default),
/// then made to grow with the rating and filled in for ratings never given first.
public enum InitialStability {
    static let maximum = 100.0

    /// The fitted stabilities for Again, Hard, Good and Easy, and how many items each first rating had; nil
    /// when no item has a single long-term review.
    public static func fit(_ data: TrainingData, _ items: [TrainingItem], averageRecall: Double) -> (stabilities: [Double], counts: [Int: Int])? {
        // first rating -> days -> (recalled, count)
        var groups: [Int: [Int: (recalled: Int, count: Int)]] = [:]
        for item in items where data.longTermCount(item) == 1 {
            let reviews = data.reviews(item)
            let current = reviews.last!
            var cell = groups[reviews.first!.rating.rawValue, default: [:]][current.deltaT] ?? (0, 0)
            cell.recalled += current.rating == .again ? 0 : 1
            cell.count += 1
            groups[reviews.first!.rating.rawValue, default: [:]][current.deltaT] = cell
        }
        var counts: [Int: Int] = [:]
        var fitted: [Int: Double] = [:]
        for (rating, cells) in groups {
            let points = cells.sorted { $0.key < $1.key }.map { (days: Double($0.key), recalled: Double($0.value.recalled), count: Double($0.value.count)) }
            counts[rating] = points.reduce(0) { $0 + Int($1.count) }
            fitted[rating] = search(points, averageRecall: averageRecall, defaultStability: SchedulerSettings.defaultParameters[rating - 1])
        }
        guard let filled = smoothAndFill(fitted, counts: counts) else { return nil }
        return (filled, counts)
    }

    /// Ternary search for the stability that minimises the count-weighted log loss plus |s - default| / 16.
    static func search(_ points: [(days: Double, recalled: Double, count: Double)], averageRecall: Double,
                       defaultStability: Double) -> Double {
        let decay = -SchedulerSettings.defaultParameters[20]
        let factor = pow(0.9, 1 / decay) - 1
        // Laplace smoothing: one more review at the average recall.
        let recall = points.map { ($0.recalled + averageRecall) / ($0.count + 1) }
        func loss(_ s: Double) -> Double {
            var total = 0.0
            for (k, p) in points.enumerated() {
                let y = pow(p.days / s * factor + 1, decay)
                total += -(recall[k] * log(y) + (1 - recall[k]) * log(1 - y)) * p.count
            }
            return total + abs(s - defaultStability) / 16
        }
        var low = SchedulerSettings.stabilityMin, high = maximum
        var best = defaultStability
        var iterations = 0
        while high - low > Double.ulpOfOne && iterations < 1000 {
            iterations += 1
            let a = low + (high - low) / 3, b = high - (high - low) / 3
            if loss(a) < loss(b) { high = b } else { low = a }
            best = (high + low) / 2
        }
        return best
    }

    /// The four stabilities in rating order: a smaller rating never has the larger stability (the one with
    /// more items wins), and missing ratings are filled from the others by fsrs-rs's fixed proportions.
    static func smoothAndFill(_ input: [Int: Double], counts: [Int: Int]) -> [Double]? {
        var s = input.filter { counts[$0.key] != nil }
        for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
            if let a = s[small], let b = s[big], a > b {
                if counts[small]! > counts[big]! { s[big] = a } else { s[small] = b }
            }
        }
        let w1 = 0.41, w2 = 0.54
        var r: [Double?] = [nil, s[1], s[2], s[3], s[4]]
        var out: [Double]
        switch s.count {
        case 0:
            return nil
        case 1:
            let (rating, value) = s.first!
            let factor = value / SchedulerSettings.defaultParameters[rating - 1]
            out = SchedulerSettings.defaultParameters[0..<4].map { $0 * factor }.sorted()
        case 2:
            switch (r[1], r[2], r[3], r[4]) {
            case (nil, nil, let r3?, let r4?):
                let r2 = pow(r3, 1 / (1 - w2)) * pow(r4, 1 - 1 / (1 - w2))
                r[2] = r2
                r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (nil, let r2?, nil, let r4?):
                let r3 = pow(r2, 1 - w2) * pow(r4, w2)
                r[3] = r3
                r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (nil, let r2?, let r3?, nil):
                r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
                r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (let r1?, nil, nil, let r4?):
                let k = w1 / (w1 + w2 - w1 * w2), j = w2 / (w1 + w2 - w1 * w2)
                r[2] = pow(r1, k) * pow(r4, 1 - k)
                r[3] = pow(r1, 1 - j) * pow(r4, j)
            case (let r1?, nil, let r3?, nil):
                let r2 = pow(r1, w1) * pow(r3, 1 - w1)
                r[2] = r2
                r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            case (let r1?, let r2?, nil, nil):
                let r3 = pow(r1, 1 - 1 / (1 - w1)) * pow(r2, 1 / (1 - w1))
                r[3] = r3
                r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            default:
                break
            }
            out = r.compactMap { $0 }
        case 3:
            switch (r[1], r[2], r[3], r[4]) {
            case (nil, let r2?, let r3?, _): r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (let r1?, nil, let r3?, _): r[2] = pow(r1, w1) * pow(r3, 1 - w1)
            case (_, let r2?, nil, let r4?): r[3] = pow(r2, 1 - w2) * pow(r4, w2)
            case (_, let r2?, let r3?, nil): r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            default: break
            }
            out = r.compactMap { $0 }
        default:
            out = r.compactMap { $0 }
        }
        guard out.count >= 4 else { return nil }
        return out[0..<4].map { min(max($0, SchedulerSettings.stabilityMin), maximum) }
    }
}
