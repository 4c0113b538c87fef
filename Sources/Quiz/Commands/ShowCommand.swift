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
          quiz show Decks/us-japan-security-treaty.deck --format json
        """
    )

    /// Output formats of `quiz show`.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Deck files or directories (default: the bundled decks).")
    var decks: [String] = []

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let loaded = try DeckLoading.load(decks)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let value: Data = loaded.count == 1
                ? try encoder.encode(loaded[0].deck)
                : try encoder.encode(loaded.map(\.deck))
            print(String(decoding: value, as: UTF8.self))
        case .text:
            for (n, item) in loaded.enumerated() {
                if n > 0 { print("") }
                print(CardListing.render(item.deck))
            }
        }
    }
}
