import Foundation
import TestSupport

/// Paths of the repository, found from this file's location (tests read real files).
enum Paths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/DeckTests/Fixtures")
    static let decks = root.appendingPathComponent("Decks")
    /// The shared data (the seed essay, the UD English Web Treebank; not in the repository): `$QUIZ_SHARED_DATA`,
    /// else `../shared/data` beside the package, else beside the local repository this one was cloned from (a
    /// clone made in a temporary directory, as CI may make).
    static let sharedData: URL = {
        if let named = ProcessInfo.processInfo.environment["QUIZ_SHARED_DATA"], !named.isEmpty {
            return URL(fileURLWithPath: named)
        }
        func beside(_ repository: URL) -> URL {
            repository.appendingPathComponent("../shared/data").standardized
        }
        let own = beside(root)
        if FileManager.default.fileExists(atPath: own.path) { return own }
        if let origin = cloneOrigin(), FileManager.default.fileExists(atPath: beside(origin).path) { return beside(origin) }
        return own
    }()

    /// The local path of the repository this one was cloned from (its `origin` remote), if any.
    static func cloneOrigin() -> URL? {
        guard let config = try? String(contentsOf: root.appendingPathComponent(".git/config"), encoding: .utf8) else { return nil }
        var inOrigin = false
        for line in config.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("[") { inOrigin = line == "[remote \"origin\"]"; continue }
            guard inOrigin, line.hasPrefix("url"), let eq = line.firstIndex(of: "=") else { continue }
            let url = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            return url.hasPrefix("/") ? URL(fileURLWithPath: url).standardized : nil
        }
        return nil
    }

    /// The UD English Web Treebank.
    static let englishTreebank = sharedData.appendingPathComponent("ud-english-ewt")

    /// A file of the shared data.
    static func shared(_ name: String) -> String { sharedData.appendingPathComponent(name).path }

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
}

extension Paths {
    /// A fresh directory for a test that writes real files.
    static func temporaryDirectory() -> String { TemporaryDirectory.make("quiz-deck") }
}
