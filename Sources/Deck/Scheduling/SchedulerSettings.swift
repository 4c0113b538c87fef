/// What the FSRS-6 scheduler is tuned with; the defaults are py-fsrs 6.3.2's.
public struct SchedulerSettings: Equatable, Sendable, Codable {
    public var parameters: [Double]
    public var desiredRetention: Double
    public var learningSteps: [Interval]
    public var relearningSteps: [Interval]
    public var maximumInterval: Int
    public var enableFuzzing: Bool

    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
        0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    static let stabilityMin = 0.001
    /// The desired retention a schedule may aim for (Anki's range): below it intervals grow past any use.
    public static let retentionRange = 0.7...0.99
    /// The longest interval, and the longest learning step, in days (about a hundred years).
    public static let longestInterval = 36500
    public static let lowerBounds: [Double] = [
        stabilityMin, stabilityMin, stabilityMin, stabilityMin, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001,
        0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]
    public static let upperBounds: [Double] = [
        100, 100, 100, 100, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    public init(parameters: [Double] = SchedulerSettings.defaultParameters, desiredRetention: Double = 0.9,
                learningSteps: [Interval] = [.minutes(1), .minutes(10)], relearningSteps: [Interval] = [.minutes(10)],
                maximumInterval: Int = 36500, enableFuzzing: Bool = true) throws(SchedulerSettingsError) {
        guard parameters.count == 21 else { throw .init(message: "expected 21 parameters, got \(parameters.count)") }
        for (i, w) in parameters.enumerated() where !(Self.lowerBounds[i]...Self.upperBounds[i]).contains(w) {
            throw .init(message: "parameter w\(i) = \(w) is out of bounds [\(Self.lowerBounds[i]), \(Self.upperBounds[i])]")
        }
        guard Self.retentionRange.contains(desiredRetention) else {
            throw .init(message: "desired retention \(desiredRetention) is not between \(Self.retentionRange.lowerBound) and \(Self.retentionRange.upperBound)")
        }
        guard (1...Self.longestInterval).contains(maximumInterval) else {
            throw .init(message: "maximum interval must be from 1 to \(Self.longestInterval) days")
        }
        for step in learningSteps + relearningSteps where step.microseconds <= 0 {
            throw .init(message: "learning and relearning steps must be positive")
        }
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzzing = enableFuzzing
    }

    /// py-fsrs 6.3.2's defaults: fuzz on, retention 0.9, steps 1m 10m, relearning 10m, 36500 days.
    public static let standard = try! SchedulerSettings()

    /// The longest learning or relearning step: the default maximum interval.
    public static let longestStepDays = Int64(longestInterval)

    /// Parses a step list such as `1m,10m`, `1m 10m`, `30s`, `1h`, `1d` (empty text: no steps).
    public static func steps(_ text: String) throws(SchedulerSettingsError) -> [Interval] {
        var out: [Interval] = []
        for part in text.split(whereSeparator: { $0 == "," || $0.isWhitespace }) {
            let p = part.trimmingWhitespace()
            guard let unit = p.last, let n = Int64(p.dropLast()), n > 0 else {
                throw .init(message: "step '\(p)' is not a number with a unit (s, m, h, d), e.g. 10m")
            }
            let seconds: Int64
            switch unit {
            case "s": seconds = 1
            case "m": seconds = 60
            case "h": seconds = 3600
            case "d": seconds = 86_400
            default: throw .init(message: "step '\(p)' has unknown unit '\(unit)' (use s, m, h or d)")
            }
            // Checked before it is turned into microseconds, which overflow for a step of 106751992d.
            guard n <= Self.longestStepDays * 86_400 / seconds else {
                throw .init(message: "step '\(p)' is longer than \(Self.longestStepDays) days")
            }
            out.append(.seconds(n * seconds))
        }
        return out
    }

    /// Short text for an interval: `45s`, `10m`, `3h`, `4d`, `2.5mo`, `1.2y`.
    public static func describe(_ interval: Interval) -> String {
        let s = interval.seconds
        if s < 60 { return "\(Int(s.rounded()))s" }
        if s < 3600 { return "\(Int((s / 60).rounded()))m" }
        if s < 86_400 { return "\(Int((s / 3600).rounded()))h" }
        let d = s / 86_400
        if d < 30 { return "\(Int(d.rounded()))d" }
        if d < 365 { return oneDecimal(d / 30) + "mo" }
        return oneDecimal(d / 365) + "y"
    }

    /// A step list as `steps` reads it back, exactly: `1m 10m`, `90s`, `1h 1d`.
    public static func describeSteps(_ steps: [Interval]) -> String {
        steps.map { step in
            let s = step.microseconds / 1_000_000
            guard step.microseconds % 1_000_000 == 0 else { return "\(s)s" }
            if s % 86_400 == 0 { return "\(s / 86_400)d" }
            if s % 3600 == 0 { return "\(s / 3600)h" }
            if s % 60 == 0 { return "\(s / 60)m" }
            return "\(s)s"
        }.joined(separator: " ")
    }

    static func oneDecimal(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

/// A scheduler setting out of range, with a one-line message naming it.
public struct SchedulerSettingsError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
