#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The learning rate falling along half a cosine from its start to 0 over `steps` steps (PyTorch's
/// CosineAnnealingLR, in its recursive form, as fsrs-rs computes it).
struct CosineAnnealing {
    let steps: Double
    let initial: Double
    private var count = -1.0
    private var current: Double

    init(steps: Int, initial: Double) {
        self.steps = Double(steps)
        self.initial = initial
        current = initial
    }

    /// The rate for the next step.
    mutating func next() -> Double {
        count += 1
        if count == 0 {
            current = initial
        } else if (count - 1 - steps).truncatingRemainder(dividingBy: 2 * steps) == 0 {
            current = initial * (1 - cos(Double.pi / steps)) / 2
        } else {
            current = (1 + cos(Double.pi * count / steps)) / (1 + cos(Double.pi * (count - 1) / steps)) * current
        }
        return current
    }
}
