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

    /// The summed weighted loss of `columns` under `w`, and its gradient (forward-mode dual numbers: the
    /// reference the hand-written gradient is checked against).
    static func lossAndGradient(_ w: [Double], data: TrainingData, columns: ArraySlice<TrainingBatch.Column>) -> (loss: Double, gradient: SIMD32<Double>) {
        let loss = summedLoss(TrainingModel<Dual>((0..<21).map { Dual(parameter: w[$0], index: $0) }), data: data, columns: columns)
        return (loss.value, loss.gradient)
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
        summedLoss(TrainingModel<Double>(w), data: data, columns: columns)
    }

    /// The summed weighted loss of `columns` under `model`, in its number type: on `Dual`, with its gradient.
    /// Predicted recall outside `probabilityRange` is clamped to it (a constant there, as `crossEntropy` has it).
    static func summedLoss<N: TrainingNumber>(_ model: TrainingModel<N>, data: TrainingData, columns: ArraySlice<TrainingBatch.Column>) -> N {
        var loss = N(constant: 0)
        for column in columns {
            let reviews = data.cards[column.card]
            var state = model.start(reviews[0].rating)
            var next = 0
            for position in 1..<column.length {
                let review = reviews[position]
                if next < column.predictions.count && column.predictions[next].position == position {
                    let r = model.recall(days: review.deltaT, stability: state.s)
                        .clamped(probabilityRange.lowerBound, probabilityRange.upperBound)
                    let logLikelihood = review.rating != .again ? r.log() : (-r + 1).log()
                    loss = loss + logLikelihood * -column.predictions[next].weight
                    next += 1
                }
                if position + 1 < column.length { state = model.step(state, days: review.deltaT, rating: review.rating) }
            }
        }
        return loss
    }
}
