import ArgumentParser
import Foundation
import Deck

/// The scheduler options shared by commands that schedule (`replay`, `study`).
struct SchedulingOptions: ParsableArguments {
    @Option(help: "The 21 FSRS-6 parameters, comma-separated (default: FSRS-6's).")
    var params: String?

    @Option(help: "Desired retention, between 0 and 1.")
    var retention: Double = 0.9

    @Option(name: .customLong("learning-steps"), help: "Learning steps, e.g. 1m,10m (s, m, h, d).")
    var learningSteps: String = "1m,10m"

    @Option(name: .customLong("relearning-steps"), help: "Relearning steps, e.g. 10m.")
    var relearningSteps: String = "10m"

    @Option(name: .customLong("maximum-interval"), help: "Longest interval in days.")
    var maximumInterval: Int = 36500

    @Flag(name: .customLong("no-fuzz"), help: "Do not spread intervals with fuzz.")
    var noFuzz = false

    func settings() throws -> SchedulerSettings {
        do {
            var parameters = SchedulerSettings.defaultParameters
            if let params {
                parameters = []
                for (i, part) in params.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
                    guard let v = Double(part.trimmingCharacters(in: .whitespaces)) else {
                        throw ValidationError("--params: w\(i) '\(part)' is not a number")
                    }
                    parameters.append(v)
                }
            }
            return try SchedulerSettings(
                parameters: parameters, desiredRetention: retention,
                learningSteps: try SchedulerSettings.steps(learningSteps),
                relearningSteps: try SchedulerSettings.steps(relearningSteps),
                maximumInterval: maximumInterval, enableFuzzing: !noFuzz)
        } catch let error as SchedulerSettingsError {
            throw ValidationError(error.message)
        }
    }
}
