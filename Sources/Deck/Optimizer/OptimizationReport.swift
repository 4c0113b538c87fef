/// A full run of the optimizer on a history: the parameters fitted to every item, and how parameters fitted
/// to the earlier 80% of the items (by time) predict the later 20%, beside the defaults.
public struct OptimizationReport: Equatable, Sendable {
    /// The parameters fitted to all items (rounded to 4 decimals), and how far the fitting went.
    public var outcome: OptimizerOutcome
    /// The defaults and the parameters fitted to the earlier items, on the later ones; nil with too few items.
    public var heldOut: (defaults: OptimizerEvaluation, fitted: OptimizerEvaluation)?
    /// The items of the history, before outliers were filtered.
    public var items: Int

    /// The share of items, the latest by time, held out of the fit to measure it.
    public static let heldOutShare = 0.2

    public static func == (a: OptimizationReport, b: OptimizationReport) -> Bool {
        a.outcome == b.outcome && a.items == b.items && a.heldOut?.defaults == b.heldOut?.defaults && a.heldOut?.fitted == b.heldOut?.fitted
    }

    /// Runs both fits; `progress` gets the fraction done (0...1) of the whole run.
    public static func run(_ data: TrainingData, configuration: OptimizerConfiguration = OptimizerConfiguration(),
                           progress: ((Double) -> Void)? = nil) -> OptimizationReport {
        let cut = data.items.count - Int((Double(data.items.count) * heldOutShare).rounded())
        var heldOut: (OptimizerEvaluation, OptimizerEvaluation)? = nil
        let split = cut >= ParameterOptimizer.minimumItems && cut < data.items.count
        if split {
            let earlier = Array(data.items[..<cut]), later = Array(data.items[cut...])
            let fitted = ParameterOptimizer.fit(data, items: earlier, configuration: configuration) { done, total in
                progress?(0.45 * Double(done) / Double(total))
            }
            if fitted.method != .defaults,
               let before = OptimizerEvaluation.evaluate(SchedulerSettings.defaultParameters, data: data, items: later),
               let after = OptimizerEvaluation.evaluate(rounded(fitted.parameters), data: data, items: later) {
                heldOut = (before, after)
            }
        }
        var outcome = ParameterOptimizer.fit(data, configuration: configuration) { done, total in
            progress?((split ? 0.45 : 0) + (split ? 0.55 : 1) * Double(done) / Double(total))
        }
        outcome.parameters = rounded(outcome.parameters)
        progress?(1)
        return OptimizationReport(outcome: outcome, heldOut: heldOut, items: data.items.count)
    }

    /// Parameters to 4 decimals (as Anki shows them), kept within the scheduler's bounds.
    public static func rounded(_ w: [Double]) -> [Double] {
        w.enumerated().map { i, x in
            min(max((x * 10_000).rounded() / 10_000, SchedulerSettings.lowerBounds[i]), SchedulerSettings.upperBounds[i])
        }
    }
}
