import ArgumentParser
import Deck
import Foundation

/// Loads decks for a command: prints their diagnostics and fails on errors.
enum DeckLoading {
    struct Loaded {
        var path: String
        var deck: Deck
    }

    /// Loads every deck named (directories expanded); exits 1 after printing diagnostics if any has errors.
    static func load(_ paths: [String]) throws -> [Loaded] {
        try load(files: files(paths))
    }

    /// The deck files named (directories expanded, or the default directories); exits 1 if there are none.
    static func files(_ paths: [String]) throws -> [String] {
        let defaults = BundledDecks.directories()
        let files = DeckFiles.expand(paths.isEmpty ? defaults.filter { FileManager.default.fileExists(atPath: $0) } : paths)
        if files.isEmpty && paths.isEmpty {
            StandardError.print(BundledDecks.notFound(width: TerminalInfo.width()))
            throw ExitCode(1)
        }
        if files.isEmpty {
            StandardError.print("quiz: error: no decks found in \(paths.joined(separator: ", "))")
            throw ExitCode(1)
        }
        return files
    }

    /// Loads the deck files; exits 1 after printing diagnostics if any has errors.
    static func load(files: [String]) throws -> [Loaded] {
        var loaded: [Loaded] = []
        var failed = false
        for file in files {
            let result = DeckFiles.load(file, cache: DeckCacheLocation.current)
            for d in result.diagnostics { StandardError.print(d.description) }
            if result.diagnostics.hasErrors { failed = true }
            loaded.append(Loaded(path: file, deck: result.deck))
        }
        if failed { throw ExitCode(1) }
        return loaded
    }
}
