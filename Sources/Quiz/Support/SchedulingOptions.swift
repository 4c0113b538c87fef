import ArgumentParser
import Foundation
import Deck

/// The scheduler options shared by commands that schedule (`replay`, `study`); each one given overrides the
/// config file for this run.
struct SchedulingOptions: ParsableArguments {
    @Option(help: "The 21 FSRS-6 parameters, comma-separated (default: FSRS-6's).")
    var params: String?

    @Option(help: "Desired retention, from 0.7 to 0.99 (default 0.9).")
    var retention: Double?

    @Option(name: .customLong("learning-steps"), help: "Learning steps, e.g. 1m,10m (s, m, h, d).")
    var learningSteps: String?

    @Option(name: .customLong("relearning-steps"), help: "Relearning steps, e.g. 10m.")
    var relearningSteps: String?

    @Option(name: .customLong("maximum-interval"), help: "Longest interval in days, at most 36500 (the default).")
    var maximumInterval: Int?

    @Flag(inversion: .prefixedNo, help: "Spread intervals with fuzz (default: on).")
    var fuzz: Bool?

    /// The settings given as flags, checked as `quiz config set` checks them; `newPerDay` is `study --new`.
    func flagValues(newPerDay: Int? = nil) throws -> [SettingKey: SettingValue] {
        var values: [SettingKey: SettingValue] = [:]
        func take(_ key: SettingKey, _ flag: String, _ text: String?) throws {
            guard let text else { return }
            do {
                values[key] = try key.parse(text)
            } catch {
                throw ValidationError("\(flag): \(error.message)")
            }
        }
        try take(.newPerDay, "--new", newPerDay.map(String.init))
        try take(.fsrsParameters, "--params", params)
        try take(.desiredRetention, "--retention", retention.map { String($0) })
        try take(.learningSteps, "--learning-steps", learningSteps)
        try take(.relearningSteps, "--relearning-steps", relearningSteps)
        try take(.maximumInterval, "--maximum-interval", maximumInterval.map(String.init))
        if let fuzz { values[.fuzz] = .boolean(fuzz) }
        return values
    }
}
