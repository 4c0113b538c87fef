/// A CoNLL-U file that cannot be read, with its place: `file:line:col: error: message`.
public struct CoNLLUError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// 1-based, counted in Unicode scalars.
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): error: \(message)" }

    /// The same problem as a `Diagnostic`.
    public var diagnostic: Diagnostic { Diagnostic(file: file, line: line, column: column, message: message) }
}
