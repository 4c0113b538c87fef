#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// How well parameters predict recall on items: the mean log loss, and fsrs-rs's RMSE over bins (items grouped
/// by days since the last review, number of long-term reviews and lapses; each bin's mean prediction against its
/// recall rate, weighted by its size).
public struct OptimizerEvaluation: Equatable, Sendable {
    public var logLoss: Double
    public var rmseBins: Double
    public var items: Int

    public init(logLoss: Double, rmseBins: Double, items: Int) {
        self.logLoss = logLoss
        self.rmseBins = rmseBins
        self.items = items
    }

    /// Evaluates `parameters` on `items` of `data`; nil when there are no items.
    public static func evaluate(_ parameters: [Double], data: TrainingData, items: [TrainingItem]) -> OptimizerEvaluation? {
        guard !items.isEmpty else { return nil }
        let model = TrainingModel<Double>(parameters)
        // Each card is run through once; its items read the prediction at their position.
        var wanted: [Int: Int] = [:]
        for item in items { wanted[item.card] = max(wanted[item.card] ?? 0, item.length) }
        var predicted: [Int: [Double]] = [:]
        for (card, length) in wanted {
            let reviews = data.cards[card]
            var out = [Double](repeating: 0, count: length)
            var state = model.start(reviews[0].rating)
            for position in 1..<length {
                out[position] = model.recall(days: reviews[position].deltaT, stability: state.s)
                state = model.step(state, days: reviews[position].deltaT, rating: reviews[position].rating)
            }
            predicted[card] = out
        }
        var loss = 0.0
        var bins: [Bin: (predicted: Double, recalled: Double, count: Double)] = [:]
        for item in items {
            let p = predicted[item.card]![item.length - 1]
            let reviews = data.reviews(item)
            let recalled = reviews.last!.rating != .again
            loss += TrainingLoss.crossEntropy(p, recalled: recalled, weight: 1).loss
            var cell = bins[Bin(reviews)] ?? (0, 0, 0)
            cell.predicted += p
            cell.recalled += recalled ? 1 : 0
            cell.count += 1
            bins[Bin(reviews)] = cell
        }
        var squares = 0.0
        // (Summed in a fixed order, so that the same items give the same figure in every process.)
        for key in bins.keys.sorted(by: { ($0.days, $0.length, $0.lapses) < ($1.days, $1.length, $1.lapses) }) {
            let cell = bins[key]!
            let gap = cell.predicted / cell.count - cell.recalled / cell.count
            squares += gap * gap * cell.count
        }
        return OptimizerEvaluation(logLoss: loss / Double(items.count), rmseBins: (squares / Double(items.count)).squareRoot(), items: items.count)
    }

    /// fsrs-rs's bin of an item: days since the last review, long-term reviews and lapses, each on a log scale.
    struct Bin: Hashable {
        var days: Int
        var length: Int
        var lapses: Int

        init(_ reviews: ArraySlice<TrainingReview>) {
            let t = Double(reviews.last!.deltaT)
            days = Int((2.48 * pow(3.62, floor(log(t) / log(3.62))) * 100).rounded())
            let length = Double(reviews.reduce(0) { $0 + ($1.deltaT > 0 ? 1 : 0) } + 1)
            self.length = Int((1.99 * pow(1.89, floor(log(length) / log(1.89)))).rounded())
            let lapses = reviews.dropLast().reduce(0) { $0 + ($1.rating == .again && $1.deltaT > 0 ? 1 : 0) }
            self.lapses = lapses == 0 ? 0 : Int((1.65 * pow(1.73, floor(log(Double(lapses)) / log(1.73)))).rounded())
        }
    }
}
