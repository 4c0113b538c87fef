import ArgumentParser
import Deck
import Foundation

/// `quiz export`: scores for spreadsheets and browsers, decks for Anki.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export scores (CSV, JSON, HTML) or a deck (Anki text or package).",
        discussion: """
        Examples:
          quiz export scores --format html -o report.html
          quiz export deck my.deck --format anki -o my.txt
          quiz export deck my.deck --format apkg -o my.apkg
        """,
        subcommands: [ExportScoresCommand.self, ExportDeckCommand.self]
    )
}

/// `quiz export scores`.
struct ExportScoresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scores",
        abstract: "Export per-card, per-session and per-deck scores.",
        usage: "quiz export scores [<decks> ...] [<options>]",
        discussion: """
        Examples:
          quiz export scores --format csv -o cards.csv
          quiz export scores --table sessions --since 2026-01-01
          quiz export scores --format html -o report.html
        """
    )

    /// Output formats of `quiz export scores`.
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, html }

    @Argument(help: "Deck files or directories (default: the bundled decks).")
    var decks: [String] = []

    @Option(help: "csv, json or html.")
    var format: Format = .csv

    @Option(help: "The CSV table: cards, sessions or decks.")
    var table: String = "cards"

    @Option(name: .shortAndLong, help: "Write to this file (default: standard output).")
    var output: String?

    @Option(help: "Only reviews from this date or time on (ISO 8601).")
    var since: String?

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        guard let table = ScoreTables.Table(rawValue: table) else {
            throw ValidationError("--table must be cards, sessions or decks")
        }
        var from: Timestamp? = nil
        if let since {
            guard let t = CivilTime.parse(since) else { throw ValidationError("--since '\(since)' is not a date such as 2026-01-01") }
            from = t
        }
        let (report, _) = try progress.report(decks: decks, since: from)
        let text: String
        switch format {
        case .csv: text = ScoreTables.csv(report, table: table)
        case .json:
            text = try JSONOutput.text(report)
        case .html: text = HTMLReport.render(report)
        }
        try OutputFile.write(text, to: output)
    }
}

/// `quiz export deck`.
struct ExportDeckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deck",
        abstract: "Export a deck in Anki's text import format or as an Anki package (.apkg).",
        usage: "quiz export deck <deck> [<options>]",
        discussion: """
        --format anki writes Anki's text import format; --format apkg writes a package with one note per card \
        and, with --with-history, the deck's review log and each card's FSRS memory state (docs/anki.md).

        Examples:
          quiz export deck my.deck --format anki -o my.txt
          quiz export deck my.deck --format apkg -o my.apkg
        Then in Anki: File › Import, choose the file.
        """
    )

    /// Deck export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case anki, apkg }

    @Argument(help: "The deck file.")
    var deck: String

    @Option(help: "anki (text) or apkg (package).")
    var format: Format = .anki

    @Option(name: .shortAndLong, help: "Write to this file (default: standard output; required for apkg).")
    var output: String?

    @Flag(help: "apkg: include the deck's review history and each card's memory state.")
    var withHistory = false

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if format == .apkg && output == nil { throw ValidationError("--format apkg needs -o FILE.apkg") }
        if withHistory && format != .apkg { throw ValidationError("--with-history is for --format apkg") }
    }

    func run() throws {
        guard format == .apkg, let output else {
            let loaded = try DeckLoading.load([deck])
            try OutputFile.write(AnkiExport.text(loaded[0].deck), to: output)
            return
        }
        let configured = try ConfiguredSettings.resolve(flags: [:], deckIDs: [StudyDeck.id(forPath: deck)])
        let loaded = try progress.load(decks: [deck], scheduler: FSRSScheduler(settings: configured.schedulerSettings()))
        let studied = loaded.decks[0]
        let reviews = withHistory ? loaded.history.reviews.filter { $0.key.deck == studied.id } : nil
        let collection = AnkiPackageExport.collection(deck: studied.deck, deckID: studied.id, reviews: reviews,
                                                      scheduler: loaded.scheduler, now: loaded.now)
        do {
            try AnkiPackageWriter.write(collection, to: output, now: loaded.now)
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
        StandardError.print("\(output): \(collection.notes.count) notes" + (withHistory ? ", \(collection.reviews.count) reviews" : ""))
    }
}

/// Writes command output to a file (atomically) or standard output.
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            StandardOutput.write(text)
            return
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: path)
        } catch {
            StandardError.print("\(path): error: cannot write: \(error)")
            throw ExitCode(1)
        }
    }
}
