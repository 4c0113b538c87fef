/// A study or scheduling setting, named as in `config.toml` and `quiz config`.
public enum SettingKey: String, CaseIterable, Sendable {
    case newPerDay = "new-per-day"
    case reviewsPerDay = "reviews-per-day"
    case desiredRetention = "desired-retention"
    case learningSteps = "learning-steps"
    case relearningSteps = "relearning-steps"
    case maximumInterval = "maximum-interval"
    case siblingSpacing = "sibling-spacing"
    case burySiblings = "bury-siblings"
    case leechThreshold = "leech-threshold"
    case leechAction = "leech-action"
    case learnAheadMinutes = "learn-ahead-minutes"
    case fsrsParameters = "fsrs-parameters"
    case fuzz = "fuzz"

    /// What the setting does, in one line.
    public var summary: String {
        switch self {
        case .newPerDay: return "New cards introduced per day."
        case .reviewsPerDay: return "Reviews of cards past learning per day, across sessions."
        case .desiredRetention: return "Chance of recall the schedule aims for, between 0 and 1."
        case .learningSteps: return "Steps of a new card, e.g. \"1m 10m\" (s, m, h, d)."
        case .relearningSteps: return "Steps of a forgotten card, e.g. \"10m\"."
        case .maximumInterval: return "Longest interval, in days."
        case .siblingSpacing: return "Cards between two siblings (cards of one fact or sentence)."
        case .burySiblings: return "Once one sibling is answered, the others wait until tomorrow."
        case .leechThreshold: return "Lapses after which a card is a leech."
        case .leechAction: return "What happens to a leech: suspend or tag."
        case .learnAheadMinutes: return "Learning cards due within this many minutes are waited for."
        case .fsrsParameters: return "The 21 FSRS-6 parameters, comma-separated."
        case .fuzz: return "Spread intervals a little so cards learned together drift apart."
        }
    }

    /// The built-in value.
    public var defaultValue: SettingValue {
        let standard = SchedulerSettings.standard
        let options = StudyOptions()
        switch self {
        case .newPerDay: return .integer(options.newPerDay)
        case .reviewsPerDay: return .integer(options.reviewsPerDay ?? 200)
        case .desiredRetention: return .number(standard.desiredRetention)
        case .learningSteps: return .steps(standard.learningSteps)
        case .relearningSteps: return .steps(standard.relearningSteps)
        case .maximumInterval: return .integer(standard.maximumInterval)
        case .siblingSpacing: return .integer(options.siblingSpacing)
        case .burySiblings: return .boolean(options.burySiblings)
        case .leechThreshold: return .integer(options.leechThreshold)
        case .leechAction: return .leechAction(options.leechAction)
        case .learnAheadMinutes: return .integer(Int(options.learnAhead.microseconds / Interval.minutes(1).microseconds))
        case .fsrsParameters: return .numbers(standard.parameters)
        case .fuzz: return .boolean(standard.enableFuzzing)
        }
    }

    /// Reads a value written as text (`quiz config set`, a flag) and checks it.
    public func parse(_ text: String) throws(SettingError) -> SettingValue {
        let t = text.trimmingWhitespace()
        switch defaultValue {
        case .integer:
            guard let n = Int(t) else { throw refused("'\(t)' is not a whole number") }
            return try validate(.integer(n))
        case .number:
            guard let x = Double(t), x.isFinite else { throw refused("'\(t)' is not a number") }
            return try validate(.number(x))
        case .boolean:
            switch t.lowercased() {
            case "true", "yes", "on": return .boolean(true)
            case "false", "no", "off": return .boolean(false)
            default: throw refused("'\(t)' is not true or false")
            }
        case .steps:
            let steps: [Interval]
            do { steps = try SchedulerSettings.steps(t) } catch { throw refused(error.message) }
            return try validate(.steps(steps))
        case .numbers:
            var numbers: [Double] = []
            for (i, part) in t.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
                guard let x = Double(part.trimmingWhitespace()) else { throw refused("w\(i) '\(part.trimmingWhitespace())' is not a number") }
                numbers.append(x)
            }
            return try validate(.numbers(numbers))
        case .leechAction:
            guard let action = LeechAction(rawValue: t.lowercased()) else { throw refused("'\(t)' is not suspend or tag") }
            return .leechAction(action)
        }
    }

    /// Checks a value's type and range, as read from the config file; a whole number is taken where a
    /// number is expected.
    public func validate(_ value: SettingValue) throws(SettingError) -> SettingValue {
        let typed: SettingValue
        switch (defaultValue, value) {
        case (.number, .integer(let n)):
            typed = .number(Double(n))
        case (.integer, .integer), (.number, .number), (.boolean, .boolean), (.steps, .steps), (.numbers, .numbers),
             (.leechAction, .leechAction):
            typed = value
        default:
            throw refused("expected \(expected), not \(value)")
        }
        switch (self, typed) {
        case (.newPerDay, .integer(let n)), (.reviewsPerDay, .integer(let n)), (.siblingSpacing, .integer(let n)):
            guard n >= 0 else { throw refused("must be 0 or more, not \(n)") }
        case (.learnAheadMinutes, .integer(let n)):
            // As long as the longest step at most, so the time in microseconds fits.
            let longest = SchedulerSettings.longestInterval * 24 * 60
            guard (0...longest).contains(n) else { throw refused("must be from 0 to \(longest) minutes, not \(n)") }
        case (.leechThreshold, .integer(let n)):
            guard n >= 1 else { throw refused("must be at least 1, not \(n)") }
        case (.maximumInterval, .integer(let n)):
            guard (1...SchedulerSettings.longestInterval).contains(n) else {
                throw refused("must be from 1 to \(SchedulerSettings.longestInterval) days, not \(n)")
            }
        case (.desiredRetention, .number(let x)):
            let range = SchedulerSettings.retentionRange
            guard range.contains(x) else { throw refused("\(x) is not between \(range.lowerBound) and \(range.upperBound)") }
        case (.learningSteps, .steps(let steps)), (.relearningSteps, .steps(let steps)):
            guard steps.allSatisfy({ $0.microseconds > 0 }) else { throw refused("steps must be positive") }
            guard steps.allSatisfy({ $0 <= .days(Int64(SchedulerSettings.longestInterval)) }) else {
                throw refused("steps must be at most \(SchedulerSettings.longestInterval) days")
            }
        case (.fsrsParameters, .numbers(let w)):
            do { _ = try SchedulerSettings(parameters: w) } catch { throw refused(error.message) }
        default:
            break
        }
        return typed
    }

    /// What kind of value the setting takes, for messages.
    public var expected: String {
        switch defaultValue {
        case .integer: return "a whole number"
        case .number: return "a number"
        case .boolean: return "true or false"
        case .steps: return "steps such as \"1m 10m\""
        case .numbers: return "21 numbers"
        case .leechAction: return "suspend or tag"
        }
    }

    /// The key nearest to a mistyped name, if it is close enough to be what was meant.
    public static func suggestion(for name: String) -> SettingKey? {
        let normalized = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        let scored = allCases.map { ($0, EditDistance.distance(normalized, $0.rawValue)) }
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, normalized.count / 4) { return best.0 }
        let containing = allCases.filter { $0.rawValue.split(separator: "-").contains { $0 == normalized } }
        return containing.count == 1 ? containing[0] : nil
    }

    func refused(_ message: String) -> SettingError { SettingError(key: rawValue, message: message) }
}
