#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The weighted binary cross-entropy of recall predicted by FSRS-6, and its exact gradient with respect to the
/// 21 parameters (forward-mode, through the whole recurrence of each card).
enum TrainingLoss {
    /// Predicted recall is kept within [1e-7, 1 - 1e-7] before its logarithm is taken.
    static let probabilityRange = 1e-7...(1 - 1e-7)

    /// The summed weighted loss of `columns` under `w`, and its gradient.
    static func lossAndGradient(_ w: [Double], data: TrainingData, columns: ArraySlice<TrainingBatch.Column>) -> (loss: Double, gradient: SIMD32<Double>) {
        let model = TrainingModel<Dual>((0..<21).map { Dual(parameter: w[$0], index: $0) })
        var loss = 0.0
        var gradient = SIMD32<Double>.zero
        for column in columns {
            let reviews = data.cards[column.card]
            var state = model.start(reviews[0].rating)
            var next = 0
            for position in 1..<column.length {
                let review = reviews[position]
                if next < column.predictions.count && column.predictions[next].position == position {
                    let weight = column.predictions[next].weight
                    next += 1
                    let r = model.recall(days: review.deltaT, stability: state.s)
                    let (l, slope) = crossEntropy(r.value, recalled: review.rating != .again, weight: weight)
                    loss += l
                    if slope != 0 { gradient += slope * r.gradient }
                }
                if position + 1 < column.length { state = model.step(state, days: review.deltaT, rating: review.rating) }
            }
        }
        return (loss, gradient)
    }

    /// The weighted loss of one prediction and its derivative with respect to the predicted recall (0 where
    /// the prediction is outside `probabilityRange`, as the clamp makes it).
    static func crossEntropy(_ raw: Double, recalled: Bool, weight: Double) -> (loss: Double, slope: Double) {
        let r = min(max(raw, probabilityRange.lowerBound), probabilityRange.upperBound)
        let loss = -(recalled ? log(r) : log(1 - r)) * weight
        guard raw > probabilityRange.lowerBound && raw < probabilityRange.upperBound else { return (loss, 0) }
        return (loss, -weight * (recalled ? 1 / r : -1 / (1 - r)))
    }

    /// The summed loss alone, on plain numbers (for checking the gradient and for evaluation).
    static func loss(_ w: [Double], data: TrainingData, columns: ArraySlice<TrainingBatch.Column>) -> Double {
        let model = TrainingModel<Double>(w)
        var loss = 0.0
        for column in columns {
            let reviews = data.cards[column.card]
            var state = model.start(reviews[0].rating)
            var next = 0
            for position in 1..<column.length {
                let review = reviews[position]
                if next < column.predictions.count && column.predictions[next].position == position {
                    let r = model.recall(days: review.deltaT, stability: state.s)
                    loss += crossEntropy(r, recalled: review.rating != .again, weight: column.predictions[next].weight).loss
                    next += 1
                }
                state = model.step(state, days: review.deltaT, rating: review.rating)
            }
        }
        return loss
    }
}
