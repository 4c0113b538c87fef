/// One problem `ProgressCheck` found in a data directory: `path[:line]: error: message`, and whether
/// `quiz check --repair` can fix it.
public struct ProgressFinding: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String
    public var repairable: Bool

    public init(path: String, line: Int? = nil, message: String, repairable: Bool = false) {
        self.path = path
        self.line = line
        self.message = message
        self.repairable = repairable
    }

    public var description: String { (line.map { "\(path):\($0)" } ?? path) + ": error: " + message }
}
