import ArgumentParser
import Deck
import Foundation

/// `quiz check`: verifies the data directory and the decks, and repairs what can be repaired safely.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the review log, the snapshot and the decks; --repair fixes what it safely can.",
        discussion: """
        Reports every bad log line, undos whose target is missing, a snapshot that differs from the log, deck \
        errors, and entries of cards that are in no deck (orphans are listed, never deleted), one line each, \
        then a summary. Exits 1 when anything is wrong.

        --repair first copies reviews.jsonl and state.json into a backup-TIME folder in the data directory, \
        then sets a torn last line aside and rebuilds the snapshot. It never deletes or rewrites review lines.

        Examples:
          quiz check
          quiz check --repair --data-dir ~/.local/share/quiz Decks/
        """
    )

    @Argument(help: "Deck files or directories (default: the bundled decks).")
    var decks: [String] = []

    @Flag(help: "Back up, then set a torn last line aside and rebuild the snapshot.")
    var repair = false

    @Option(name: .customLong("data-dir"), help: "Where progress is kept (default: $QUIZ_HOME, $XDG_DATA_HOME/quiz or ~/.local/share/quiz).")
    var dataDir: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let directory = ProgressLocation.resolve(flag: dataDir, environment: environment, home: NSHomeDirectory())
        let defaults = BundledDecks.directories().filter { FileManager.default.fileExists(atPath: $0) }
        let files = DeckFiles.expand(decks.isEmpty ? defaults : decks)
        var deckErrors = 0
        var known: Set<CardKey>? = nil
        if files.isEmpty {
            StandardError.print("quiz: note: no decks found (\(decks.isEmpty ? "set QUIZ_DECKS or name decks" : decks.joined(separator: ", "))); decks and orphans not checked")
        } else {
            var cards = Set<CardKey>()
            for file in files {
                let result = DeckFiles.load(file)
                for d in result.diagnostics where d.severity == .error {
                    print(d.description)
                    deckErrors += 1
                }
                let id = StudyDeck.id(forPath: file)
                for card in result.deck.cards { cards.insert(CardKey(deck: id, card: card.id)) }
            }
            known = cards
        }
        let configured = try ConfiguredSettings.resolve(flags: [:], deckIDs: files.count == 1 ? files.map { StudyDeck.id(forPath: $0) } : [],
                                                        environment: environment)
        let scheduler = FSRSScheduler(settings: configured.schedulerSettings())
        var report = ProgressCheck.run(directory: directory, knownCards: known, scheduler: scheduler)
        if repair {
            if report.findings.contains(where: \.repairable) {
                let stamp = CivilTime(Timestamp(microseconds: Int64(Date().timeIntervalSince1970 * 1_000_000))).iso8601
                    .filter { $0 != "-" && $0 != ":" }
                do {
                    let outcome = try ProgressRepair.repair(directory: directory, scheduler: scheduler, backupName: "backup-" + stamp)
                    print("backed up \(outcome.copied.isEmpty ? "nothing (no log or snapshot yet)" : outcome.copied.joined(separator: " and ")) to \(outcome.backup)")
                    for note in outcome.notes { print(note) }
                    for f in report.findings where f.repairable { print("repaired: \(f)") }
                    report = ProgressCheck.run(directory: directory, knownCards: known, scheduler: scheduler)
                } catch {
                    print("cannot repair: \(error.description)")
                }
            } else {
                print("nothing that --repair fixes; nothing was changed")
            }
        }
        for f in report.findings { print(f.description) }
        Self.summary(report, deckErrors: deckErrors, files: files.count, directory: directory)
        if !report.findings.isEmpty || deckErrors > 0 { throw ExitCode(1) }
    }

    /// `DIR: N entries, C cards, D decks: no problems` or the count of problems and how many --repair fixes.
    static func summary(_ report: ProgressCheck.Report, deckErrors: Int, files: Int, directory: String) {
        let problems = report.findings.count + deckErrors
        let repairable = report.findings.filter(\.repairable).count
        var line = "\(directory): \(report.entries) log entr\(report.entries == 1 ? "y" : "ies"), \(report.cards) card\(report.cards == 1 ? "" : "s") with progress, \(files) deck\(files == 1 ? "" : "s"): "
        if problems == 0 {
            line += "no problems"
        } else {
            line += "\(problems) problem\(problems == 1 ? "" : "s")"
            if repairable > 0 { line += ", \(repairable) fixed by quiz check --repair" }
        }
        print(line)
    }
}
