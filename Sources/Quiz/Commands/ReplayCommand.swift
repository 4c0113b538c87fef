import ArgumentParser
import Deck
import Foundation

/// `quiz replay`: schedules a review history from another tool and prints each card's state.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a review history (FSRS optimizer CSV) and print each card's FSRS state.",
        usage: "quiz replay <revlog> [<options>]",
        discussion: """
        The CSV has a header with card_id, review_time (milliseconds since 1970, UTC) and review_rating (1-4); \
        other columns are ignored and rows may come in any order. Prints one JSON object per card, sorted by id.

        Examples:
          quiz replay revlog.csv
          quiz replay revlog.csv --no-fuzz --retention 0.85
          quiz replay revlog.csv --learning-steps 1m,10m,1h
        """
    )

    @Argument(help: "The review history CSV.")
    var revlog: String

    @OptionGroup var scheduling: SchedulingOptions

    func run() throws {
        let settings = try ConfiguredSettings.resolve(flags: scheduling.flagValues(), deckIDs: []).schedulerSettings()
        guard let data = FileManager.default.contents(atPath: revlog) else {
            StandardError.print("\(revlog):1: error: cannot read file")
            throw ExitCode(1)
        }
        let decoded = TextDecoding.decode([UInt8](data), file: revlog, what: "a review history")
        if let problem = decoded.diagnostics.first {
            StandardError.print(Diagnostic(file: problem.file, line: problem.line, column: nil, message: problem.message).description)
            throw ExitCode(1)
        }
        let rows: [RevlogCSV.Row]
        do {
            rows = try RevlogCSV.parse(decoded.text, path: revlog)
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
        let scheduler = FSRSScheduler(settings: settings)
        var out = ""
        for (id, state) in RevlogCSV.replay(rows, scheduler: scheduler) {
            out += RevlogCSV.describe(cardID: id, state) + "\n"
        }
        StandardOutput.write(out)
    }
}
