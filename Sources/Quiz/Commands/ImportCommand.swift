import ArgumentParser
import Deck
import Foundation

/// `quiz import`: Anki- or Quizlet-style delimited text into a deck; Anki packages into decks and review history.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import Anki packages (.apkg, .colpkg) or Anki/Quizlet delimited text (.txt, .csv, .tsv).",
        usage: "quiz import <file> [<options>]",
        discussion: """
        Fields are separated by tabs, commas or semicolons (Anki's #separator, #notetype column, #tags column \
        and #deck headers are honoured). Front and back make a question; {{c1::…}} text makes a cloze card.

        An Anki package (.apkg or .colpkg) gives one deck file per Anki deck in the directory -o names (default: \
        the current one), and its review history goes to the progress log, so the cards keep their schedule. \
        Importing it again changes nothing. Media are referenced ([image: x.jpg]); --media copies them into \
        DIR/media. docs/anki.md has the details.

        Examples:
          quiz import anki-export.txt -o Decks/imported.deck
          quiz import Japanese.apkg -o Decks/japanese
        """
    )

    @Argument(help: "The Anki package or delimited text file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write the deck here (default: standard output); for a package, the directory for its decks (default: .).")
    var output: String?

    @Option(help: "The deck's title (default: the file's #deck header or name); text files only.")
    var title: String?

    @Flag(help: "Copy a package's media files into the output directory's media folder.")
    var media = false

    @Option(name: .customLong("data-dir"), help: "Where progress is kept, for a package's reviews (default: $QUIZ_HOME, $XDG_DATA_HOME/quiz or ~/.local/share/quiz).")
    var dataDir: String?

    func run() throws {
        if AnkiPackageImport.isPackage(file) {
            if title != nil { throw ValidationError("--title is for text files; a package's decks keep their Anki names") }
            let deckIDs = DeckFiles.expand(BundledDecks.directories().filter { FileManager.default.fileExists(atPath: $0) })
                .map { StudyDeck.id(forPath: $0) }
            let configured = try ConfiguredSettings.resolve(flags: [:], deckIDs: deckIDs.count == 1 ? deckIDs : [])
            let directory = ProgressLocation.resolve(flag: dataDir, environment: ProcessInfo.processInfo.environment, home: NSHomeDirectory())
            try AnkiPackageImport.run(package: file, into: output ?? ".", copyMedia: media, dataDirectory: directory,
                                      scheduler: FSRSScheduler(settings: configured.schedulerSettings()))
            return
        }
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
