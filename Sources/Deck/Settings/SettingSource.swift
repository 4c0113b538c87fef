/// Where a setting's effective value comes from, from weakest to strongest.
public enum SettingSource: String, Sendable, CaseIterable {
    /// The built-in default.
    case `default`
    /// The config file's global keys.
    case config
    /// The config file's `[deck."NAME"]` table for the deck studied.
    case deck
    /// A command-line flag of this run.
    case flag
}
