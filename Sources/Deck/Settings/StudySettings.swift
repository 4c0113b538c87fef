/// The settings of one run, resolved key by key: a flag, else the deck's table of the config file, else the
/// file's global keys, else the default; with where each value came from.
public struct StudySettings: Equatable, Sendable {
    /// The config file's global keys.
    public private(set) var config: [SettingKey: SettingValue]
    /// The config file's keys for the deck studied.
    public private(set) var deck: [SettingKey: SettingValue]
    /// The flags given for this run.
    public private(set) var flags: [SettingKey: SettingValue]

    /// Every value is checked with `SettingKey.validate`; the first refused one is thrown.
    public init(config: [SettingKey: SettingValue] = [:], deck: [SettingKey: SettingValue] = [:],
                flags: [SettingKey: SettingValue] = [:]) throws(SettingError) {
        self.config = try Self.validated(config)
        self.deck = try Self.validated(deck)
        self.flags = try Self.validated(flags)
    }

    static func validated(_ layer: [SettingKey: SettingValue]) throws(SettingError) -> [SettingKey: SettingValue] {
        var out: [SettingKey: SettingValue] = [:]
        for key in SettingKey.allCases {
            if let value = layer[key] { out[key] = try key.validate(value) }
        }
        return out
    }

    /// The effective value of `key`.
    public func value(_ key: SettingKey) -> SettingValue {
        flags[key] ?? deck[key] ?? config[key] ?? key.defaultValue
    }

    /// Where the effective value of `key` comes from.
    public func source(_ key: SettingKey) -> SettingSource {
        if flags[key] != nil { return .flag }
        if deck[key] != nil { return .deck }
        if config[key] != nil { return .config }
        return .default
    }

    /// How the session picks cards; the session limit and cram mode belong to one run and are not settings.
    public func studyOptions(reviewLimit: Int? = nil, cram: Bool = false) -> StudyOptions {
        StudyOptions(newPerDay: integer(.newPerDay), reviewsPerDay: integer(.reviewsPerDay), reviewLimit: reviewLimit,
                     cram: cram, leechThreshold: integer(.leechThreshold), leechAction: leechAction,
                     siblingSpacing: integer(.siblingSpacing), burySiblings: boolean(.burySiblings),
                     learnAhead: .minutes(Int64(integer(.learnAheadMinutes))))
    }

    /// What the scheduler is tuned with. Each value was checked on its own, and the scheduler's checks are
    /// per value, so together they pass too.
    public func schedulerSettings() -> SchedulerSettings {
        do {
            return try SchedulerSettings(parameters: numbers(.fsrsParameters), desiredRetention: number(.desiredRetention),
                                         learningSteps: steps(.learningSteps), relearningSteps: steps(.relearningSteps),
                                         maximumInterval: integer(.maximumInterval), enableFuzzing: boolean(.fuzz))
        } catch {
            preconditionFailure("validated settings refused: \(error)")
        }
    }

    func integer(_ key: SettingKey) -> Int {
        if case .integer(let n) = value(key) { return n }
        preconditionFailure("\(key.rawValue) is not a whole number")
    }

    func number(_ key: SettingKey) -> Double {
        if case .number(let x) = value(key) { return x }
        preconditionFailure("\(key.rawValue) is not a number")
    }

    func boolean(_ key: SettingKey) -> Bool {
        if case .boolean(let b) = value(key) { return b }
        preconditionFailure("\(key.rawValue) is not true or false")
    }

    func steps(_ key: SettingKey) -> [Interval] {
        if case .steps(let steps) = value(key) { return steps }
        preconditionFailure("\(key.rawValue) is not a list of steps")
    }

    func numbers(_ key: SettingKey) -> [Double] {
        if case .numbers(let xs) = value(key) { return xs }
        preconditionFailure("\(key.rawValue) is not a list of numbers")
    }

    var leechAction: LeechAction {
        if case .leechAction(let action) = value(.leechAction) { return action }
        preconditionFailure("leech-action is not suspend or tag")
    }
}
