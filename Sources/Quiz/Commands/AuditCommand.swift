import ArgumentParser
import Deck
import Foundation

/// `quiz audit`: checks the cards of deck files against the rubric of cards a student can trust.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check cards against the rubric of cards a student can trust.",
        discussion: """
        Prints each problem as FILE:LINE:COL: warning: MESSAGE [RULE], then how many cards pass. Rules: \
        \(AuditRule.allCases.map(\.rawValue).joined(separator: ", ")) (docs/deck-builder.md). Exits 1 \
        when a deck cannot be read, and with --strict when any card has a problem.

        Example:
          quiz audit Decks/*.deck
        """
    )

    @Argument(help: "Deck files or directories of .deck files.")
    var decks: [String]

    @Flag(help: "Exit with status 1 when any card has a problem.")
    var strict = false

    func run() throws {
        let model: SyntaxModel
        do { model = try SyntaxModel.bundled() } catch {
            StandardError.print("\(error)")
            throw ExitCode(1)
        }
        let audit = DeckAudit(model: model)
        var cards = 0, flagged = 0, problems = 0, unreadable = 0
        let files = DeckFiles.expand(decks)
        for file in files {
            let result = DeckFiles.load(file)
            for d in result.diagnostics where d.severity == .error { StandardOutput.print(d.description) }
            if result.diagnostics.hasErrors { unreadable += 1 }
            // The text the deck was made from (its `Source:`, relative to the deck) tells its misspellings best.
            let source = result.deck.source.map { path in
                path.hasPrefix("/") ? path : ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(path)
            }
            let sourceText = source.flatMap { FileManager.default.contents(atPath: $0) }.map { String(decoding: $0, as: UTF8.self) }
            let findings = audit.findings(result.deck, sourceText: sourceText)
            for f in findings {
                let line = f.card < result.cardLines.count ? result.cardLines[f.card] : 1
                StandardOutput.print(Diagnostic(file: file, line: line, column: 1, severity: .warning, message: "\(f.message) [\(f.rule.rawValue)]").description)
            }
            cards += result.deck.cards.count
            flagged += Set(findings.map(\.card)).count
            problems += findings.count
        }
        let passing = cards - flagged
        let share = cards > 0 ? Double(passing) / Double(cards) * 100 : 100
        StandardError.print("\(files.count) deck\(files.count == 1 ? "" : "s"), \(cards) cards: \(passing) pass (\(Int(share.rounded()))%), \(problems) problem\(problems == 1 ? "" : "s")")
        if unreadable > 0 || (strict && problems > 0) { throw ExitCode(1) }
    }
}
