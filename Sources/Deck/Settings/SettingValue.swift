/// The value of one setting, typed as the config file stores it.
public enum SettingValue: Equatable, Sendable, CustomStringConvertible {
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case steps([Interval])
    case numbers([Double])
    case leechAction(LeechAction)

    /// The value as `quiz config set` reads it and `quiz config get` prints it.
    public var description: String {
        switch self {
        case .integer(let n): return String(n)
        case .number(let x): return String(x)
        case .boolean(let b): return b ? "true" : "false"
        case .steps(let steps): return SchedulerSettings.describeSteps(steps)
        case .numbers(let xs): return xs.map { String($0) }.joined(separator: ",")
        case .leechAction(let action): return action.rawValue
        }
    }
}
