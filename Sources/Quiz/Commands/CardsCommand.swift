import ArgumentParser
import Deck
import Foundation

/// `quiz cards`: the card browser.
struct CardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "List cards with their state, due date, lapses and flag.",
        discussion: """
        Examples:
          quiz cards --due
          quiz cards --leeches
          quiz cards --search treaty --format json
        """
    )

    @Argument(help: "Deck files or directories (default: the bundled decks).")
    var decks: [String] = []

    @Flag(help: "Which cards: due now, suspended, flagged, or leeches (default: all).")
    var filter: CardBrowser.Filter = .all

    @Option(help: "Only cards whose prompt, answer or id contains this text.")
    var search: String?

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let (loaded, session) = try progress.session(decks: decks)
        let rows = CardBrowser.rows(session: session, states: loaded.states, now: loaded.now, filter: filter, search: search)
        switch format {
        case .json:
            StandardOutput.write(try JSONOutput.text(rows))
        case .text:
            StandardOutput.print(Self.table(rows, width: TerminalInfo.width(), leechThreshold: session.options.leechThreshold), terminator: "")
        }
    }

    /// One line per card: id, state, due, lapses, flag, then the prompt cut to the width.
    static func table(_ rows: [CardBrowser.Row], width: Int, leechThreshold: Int) -> String {
        guard !rows.isEmpty else { return "no cards\n" }
        let idWidth = min(40, rows.map { TextWrap.displayWidth($0.card) }.max() ?? 4)
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - TextWrap.displayWidth(s))) }
        var out = pad("card", idWidth) + "  " + pad("state", 9) + "  " + pad("due", 16) + "  lapses  flag  prompt\n"
        for r in rows {
            let due = r.due.map { String($0.prefix(16)).replacingOccurrences(of: "T", with: " ") } ?? "-"
            let state = r.status.rawValue + (r.leech ? "*" : "")
            let line = pad(r.card, idWidth) + "  " + pad(state, 9) + "  " + pad(due, 16) + "  " + pad("\(r.lapses)", 6) + "  "
                + pad(r.flag.map(String.init) ?? "-", 4) + "  "
            let room = max(10, width - TextWrap.displayWidth(line))
            let prompt = r.prompt.replacingOccurrences(of: "\n", with: " ")
            out += line + (TextWrap.displayWidth(prompt) > room ? String(prompt.prefix(room - 1)) + "…" : prompt) + "\n"
        }
        let leeches = rows.filter(\.leech).count
        out += "\(rows.count) card\(rows.count == 1 ? "" : "s")" + (leeches > 0 ? " · * leech (forgotten \(leechThreshold) times or more)" : "") + "\n"
        return out
    }
}

extension CardBrowser.Filter: EnumerableFlag {}
