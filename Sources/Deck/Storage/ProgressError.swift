/// A progress file that cannot be used, named with its place: `path[:line]: error: message`.
public struct ProgressError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        (line.map { "\(path):\($0)" } ?? path) + ": error: " + message
    }
}
