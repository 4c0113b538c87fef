import ArgumentParser
import Deck
import Foundation

/// `quiz import`: Anki- or Quizlet-style delimited text into a deck.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import Anki or Quizlet delimited text (.txt, .csv, .tsv) as a deck.",
        usage: "quiz import <file> [<options>]",
        discussion: """
        Fields are separated by tabs, commas or semicolons (Anki's #separator, #notetype column, #tags column \
        and #deck headers are honoured). Front and back make a question; {{c1::…}} text makes a cloze card.

        Example:
          quiz import anki-export.txt -o Decks/imported.deck
        """
    )

    @Argument(help: "The delimited text file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write the deck here (default: standard output).")
    var output: String?

    @Option(help: "The deck's title (default: the file's #deck header or name).")
    var title: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            StandardError.print("\(file):1: error: cannot read file")
            throw ExitCode(1)
        }
        let decoded = TextDecoding.decode([UInt8](data), file: file, what: "delimited text")
        if let problem = decoded.diagnostics.first {
            StandardError.print(Diagnostic(file: file, line: problem.line, column: nil, message: problem.message).description)
            throw ExitCode(1)
        }
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var result = DelimitedImport.parse(decoded.text, file: file, title: title ?? name)
        if let title { result.deck.title = title }
        for d in result.diagnostics { StandardError.print(d.description) }
        if result.diagnostics.hasErrors { throw ExitCode(1) }
        try OutputFile.write(DeckPrinter.print(result.deck), to: output)
        if let output { StandardError.print("\(output): \(result.deck.cards.count) cards") }
    }
}
