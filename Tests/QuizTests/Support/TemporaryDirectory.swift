import Foundation

/// A fresh directory under the system's temporary directory, for tests that write real files.
enum TemporaryDirectory {
    static func make(_ prefix: String = "quiz-test") -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}
