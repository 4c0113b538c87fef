import ArgumentParser
import Deck
import Foundation

/// `quiz build`: turns an essay into a deck of ranked questions.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a deck from an essay (plain text or Markdown).",
        discussion: """
        Finds the essay's facts (dates, durations, numbers, names, key terms, definitions, citations and the
        reference list) and writes ranked cloze, wh-question, multiple-choice and true/false cards, each with
        its source line. The same input always gives the same output.

        Examples:
          quiz build essay.txt -o Decks/essay.deck
          quiz build essay.txt --format json --max-cards 40
        """
    )

    /// Output formats of `quiz build`.
    enum Format: String, ExpressibleByArgument, CaseIterable { case deck, json }

    @Argument(help: "The essay: UTF-8 plain text or Markdown.")
    var essay: String

    @Option(name: .shortAndLong, help: "Write the deck here (default: standard output).")
    var output: String?

    @Option(help: "Output format: deck (the plain-text deck format) or json (the deck model).")
    var format: Format = .deck

    @Option(help: "The deck's title (default: the essay's first heading or line).")
    var title: String?

    @Option(name: .customLong("max-cards"), help: "Keep only the best N cards.")
    var maxCards: Int?

    func validate() throws {
        if let maxCards, maxCards < 1 { throw ValidationError("--max-cards must be at least 1") }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: essay) else {
            StandardError.print("\(essay): error: \(FileManager.default.fileExists(atPath: essay) ? "cannot read file" : "no such file")")
            throw ExitCode(1)
        }
        let decoded = TextDecoding.decode([UInt8](data), file: essay, what: "an essay")
        if let problem = decoded.diagnostics.first(where: { $0.severity == .error }) {
            StandardError.print(problem.description)
            throw ExitCode(1)
        }
        var sourcePath = essay
        if let output {
            sourcePath = RelativePath.from(directory: (output as NSString).deletingLastPathComponent, to: essay)
        }
        let builder = DeckBuilder(options: .init(title: title, sourcePath: sourcePath, maxCards: maxCards))
        let progress = BuildProgress(enabled: data.count > 1_000_000 && TerminalInfo.stderrIsTTY)
        let result = builder.build(decoded.text, progress: progress.update)
        progress.finish()
        for warning in result.warnings { StandardError.print("\(essay): warning: \(warning)") }
        let text: String
        switch format {
        case .deck:
            text = DeckPrinter.print(result.deck)
        case .json:
            text = DeckJSONWriter.text(result.deck) + "\n"
        }
        if let output {
            do {
                try DeckFiles.write(text, to: output)
            } catch {
                StandardError.print("\(output): error: cannot write the deck: \(error)")
                throw ExitCode(1)
            }
            StandardError.print("\(output): \(result.deck.cards.count) cards")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
