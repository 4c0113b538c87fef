/// One problem found in an input file, printed as `path:line:col: error: message`.
public struct Diagnostic: Equatable, Hashable, Sendable, CustomStringConvertible, Error {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable { case error, warning }

    public var file: String
    public var line: Int
    /// 1-based, counted in Unicode scalars; nil when only the line is meaningful.
    public var column: Int?
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int? = 1, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public var description: String {
        let place = column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
        return "\(place): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these diagnostics is an error (not just a warning).
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
