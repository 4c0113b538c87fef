import ArgumentParser
import Deck
import Foundation

/// `quiz merge`: brings the review logs of other machines into this one.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the review logs of other data directories into this one.",
        discussion: """
        Every entry of every log is kept once (by id), in time order; undos cancel their targets whichever \
        log they came from. The result is the same in any order and merging again changes nothing. When any \
        log has a bad or torn line, or one id has different contents in two logs, nothing is written. The \
        other directories are only read. docs/sync.md shows how to keep two machines in step.

        Examples:
          quiz merge ~/Sync/laptop-quiz
          quiz merge --data-dir ~/.local/share/quiz /mnt/backup/quiz
        """
    )

    @Argument(help: "Data directories (copies of another machine's) whose review logs to merge in.")
    var others: [String]

    @Option(name: .customLong("data-dir"), help: "Where progress is kept (default: $QUIZ_HOME, $XDG_DATA_HOME/quiz or ~/.local/share/quiz).")
    var dataDir: String?

    func validate() throws {
        if others.isEmpty { throw ValidationError("name at least one data directory to merge in") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let directory = ProgressLocation.resolve(flag: dataDir, environment: environment, home: NSHomeDirectory())
        let deckIDs = DeckFiles.expand(BundledDecks.directories().filter { FileManager.default.fileExists(atPath: $0) })
            .map { StudyDeck.id(forPath: $0) }
        let configured = try ConfiguredSettings.resolve(flags: [:], deckIDs: deckIDs.count == 1 ? deckIDs : [])
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            StandardError.print("\(directory): error: cannot create the progress directory")
            throw ExitCode(1)
        }
        let merged: ReviewLogMerge.Merged
        do {
            merged = try ProgressMerge.merge(into: directory, from: others, scheduler: FSRSScheduler(settings: configured.schedulerSettings()))
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
        for (other, c) in zip(others, merged.contributions.dropFirst()) {
            print("\(other): \(Self.describe(c))")
        }
        let brought = merged.contributions.dropFirst()
        let total = brought.reduce(0) { $0 + $1.newEntries }
        let cards = brought.reduce(into: Set<CardKey>()) { $0.formUnion($1.cards) }
        print("merged into \(directory): \(total) new entr\(total == 1 ? "y" : "ies"), \(cards.count) card\(cards.count == 1 ? "" : "s") touched; the log now holds \(merged.entries.count)")
    }

    /// `N new entries (R reviews, U undos, A card actions), C cards touched`.
    static func describe(_ c: ReviewLogMerge.Contribution) -> String {
        func n(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
        return "\(n(c.newEntries, "new entry", "new entries")) (\(n(c.reviews, "review", "reviews")), \(n(c.undos, "undo", "undos")), "
            + "\(n(c.actions, "card action", "card actions"))), \(n(c.cards.count, "card", "cards")) touched"
    }
}
