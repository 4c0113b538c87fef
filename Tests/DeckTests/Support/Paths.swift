import Foundation
import TestSupport

/// Paths of the repository, found from this file's location (tests read real files).
enum Paths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/DeckTests/Fixtures")
    static let decks = root.appendingPathComponent("Decks")
    /// The UD English Web Treebank, shared by the worktrees beside the package (not in the repository).
    static let englishTreebank = root.deletingLastPathComponent().appendingPathComponent("shared/data/ud-english-ewt")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
}

extension Paths {
    /// A fresh directory for a test that writes real files.
    static func temporaryDirectory() -> String { TemporaryDirectory.make("quiz-deck") }
}
