import ArgumentParser
import Deck
import Foundation

/// `quiz stats`: where you stand, at a glance.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show study statistics in the terminal (or as JSON).",
        usage: "quiz stats [<decks> ...] [<options>]",
        discussion: """
        Cards by state, due today and tomorrow, accuracy (self-graded reviews count when rated Hard or \
        better), true retention of reviews past learning with the number of reviews behind it, predicted \
        recall now, the due forecast for each of the next 30 days, a year of reviews as a heatmap, streaks, \
        and the hardest cards (lapses and failed learning steps).

        Examples:
          quiz stats
          quiz stats Decks/ --format json
        """
    )

    @Argument(help: "Deck files or directories (default: the bundled decks).")
    var decks: [String] = []

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let (report, _) = try progress.report(decks: decks)
        switch format {
        case .json:
            StandardOutput.write(try JSONOutput.text(report))
        case .text:
            let style = Style(enabled: TerminalInfo.colorEnabled())
            StandardOutput.print(StatsDashboard.render(report, width: TerminalInfo.width(), style: style), terminator: "")
        }
    }
}
