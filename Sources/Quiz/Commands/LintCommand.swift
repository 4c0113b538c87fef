import ArgumentParser
import Deck

/// `quiz lint`: checks deck files and prints every problem as `file:line:col: error: message`.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check deck files and report every problem.",
        discussion: """
        Prints each problem as FILE:LINE:COL: error|warning: MESSAGE and exits 1 when any is an error.

        Example:
          quiz lint Decks/*.deck
        """
    )

    @Argument(help: "Deck files or directories of .deck files.")
    var decks: [String]

    func run() throws {
        var errors = 0, warnings = 0, cards = 0
        let files = DeckFiles.expand(decks)
        for file in files {
            let result = DeckFiles.load(file)
            for d in result.diagnostics {
                StandardOutput.print(d.description)
                if d.severity == .error { errors += 1 } else { warnings += 1 }
            }
            cards += result.deck.cards.count
        }
        if errors > 0 {
            StandardError.print("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(files.count) file\(files.count == 1 ? "" : "s")")
            throw ExitCode(1)
        }
        StandardError.print("\(files.count) deck\(files.count == 1 ? "" : "s"), \(cards) cards: no errors\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")")
    }
}
