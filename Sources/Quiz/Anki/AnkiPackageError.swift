/// A package that cannot be read or written, as one line: `path: error: message`.
struct AnkiPackageError: Error, CustomStringConvertible {
    var path: String
    var message: String

    var description: String { "\(path): error: \(message)" }
}
