#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The bounds fsrs-rs keeps the parameters in while training: the scheduler's bounds, w19 at least 0.01, and
/// with more than one relearning step a ceiling on w17 and w18 so that a lapse's relearning steps cannot raise
/// stability above what it was.
public enum ParameterClipper {
    public static func clip(_ w: inout [Double], relearningSteps: Int) {
        var ceiling = 2.0
        if relearningSteps > 1 {
            let bound = -(log(w[11]) + log(pow(2, w[13]) - 1) + w[14] * 0.3) / Double(relearningSteps)
            ceiling = min(max(bound, 0.01).squareRoot(), 2)
        }
        for i in w.indices {
            var low = SchedulerSettings.lowerBounds[i], high = SchedulerSettings.upperBounds[i]
            if i == 17 || i == 18 { high = ceiling }
            if i == 19 { low = 0.01 }
            w[i] = min(max(w[i], low), high)
        }
    }
}
