import ArgumentParser
import Deck
import Foundation

/// `quiz show`: lists a deck's cards as text or as the JSON deck model.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "List the cards of a deck.",
        discussion: """
        Examples:
          quiz show Decks/us-japan-security-treaty.deck
          quiz show Decks/ --format json
        """
    )

    @Argument(help: "Deck files or directories (default: the bundled decks).")
    var decks: [String] = []

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        let loaded = try DeckLoading.load(decks)
        switch format {
        case .json:
            StandardOutput.write(loaded.count == 1 ? try JSONOutput.text(loaded[0].deck) : try JSONOutput.text(loaded.map(\.deck)))
        case .text:
            for (n, item) in loaded.enumerated() {
                if n > 0 { StandardOutput.print("") }
                StandardOutput.print(CardListing.render(item.deck))
            }
        }
    }
}
