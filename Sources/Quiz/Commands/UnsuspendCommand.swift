import ArgumentParser
import Deck
import Foundation

/// `quiz unsuspend`: brings suspended cards back into study.
struct UnsuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unsuspend",
        abstract: "Bring suspended cards (or every suspended leech) back into study.",
        discussion: """
        A card is named as DECK/CARD (as `quiz cards` lists it) or by its id alone when only one deck has it.

        Examples:
          quiz unsuspend us-japan-security-treaty/signed
          quiz unsuspend --leeches
        """
    )

    @Argument(help: "Cards to unsuspend (DECK/CARD or CARD).")
    var cards: [String] = []

    @Flag(help: "Unsuspend every suspended leech.")
    var leeches = false

    @Option(name: .customLong("deck"), help: "Deck files or directories (default: the bundled decks).")
    var decks: [String] = []

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if cards.isEmpty && !leeches { throw ValidationError("name a card (DECK/CARD) or use --leeches") }
    }

    func run() throws {
        let (loaded, session) = try progress.session(decks: decks)
        let all = session.queue.cards
        var targets: [CardKey] = []
        for name in cards {
            let matches = all.filter { $0.key.description == name || (!name.contains("/") && $0.card.id == name) }
            guard matches.count == 1, let match = matches.first else {
                StandardError.print("quiz: error: \(matches.isEmpty ? "no card" : "more than one card") named '\(name)'\(matches.isEmpty ? "" : ": \(matches.map(\.key.description).joined(separator: ", "))")")
                throw ExitCode(1)
            }
            guard session.isSuspended(match.key, state: loaded.states[match.key]) else {
                StandardOutput.print("\(match.key) is not suspended")
                continue
            }
            targets.append(match.key)
        }
        if leeches {
            targets += all.filter { session.isSuspended($0.key, state: loaded.states[$0.key]) && (loaded.states[$0.key]?.lapses ?? 0) >= session.options.leechThreshold }.map(\.key)
        }
        guard !targets.isEmpty else {
            if leeches { StandardOutput.print("no suspended leeches") }
            return
        }
        let store: ProgressStore
        do {
            store = try ProgressStore(directory: progress.directory(), scheduler: loaded.scheduler)
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
        defer { store.close() }
        for key in targets {
            do {
                try store.append(.action(CardActionRecord(id: "a-" + UUID().uuidString.lowercased(), key: key, time: loaded.now, action: .unsuspend)))
            } catch {
                StandardError.print(error.description)
                throw ExitCode(1)
            }
            StandardOutput.print("unsuspended \(key)")
        }
    }
}
