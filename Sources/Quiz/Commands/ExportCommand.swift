import ArgumentParser
import Deck
import Foundation

/// `quiz export`: scores for spreadsheets and browsers, decks for Anki.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export scores (CSV, JSON, HTML) or a deck (Anki).",
        discussion: """
        Examples:
          quiz export scores --format html -o report.html
          quiz export deck my.deck --format anki -o my.txt
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
        abstract: "Export a deck in Anki's text import format.",
        usage: "quiz export deck <deck> [<options>]",
        discussion: """
        Example:
          quiz export deck my.deck --format anki -o my.txt
        Then in Anki: File › Import, choose the file.
        """
    )

    /// Deck export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case anki }

    @Argument(help: "The deck file.")
    var deck: String

    @Option(help: "anki")
    var format: Format = .anki

    @Option(name: .shortAndLong, help: "Write to this file (default: standard output).")
    var output: String?

    func run() throws {
        let loaded = try DeckLoading.load([deck])
        try OutputFile.write(AnkiExport.text(loaded[0].deck), to: output)
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
