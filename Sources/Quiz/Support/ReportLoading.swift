import ArgumentParser
import Deck
import Foundation

/// Options shared by the score commands: where progress is, and the clock.
struct ProgressOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Where progress is kept (default: $QUIZ_HOME, $XDG_DATA_HOME/quiz or ~/.local/share/quiz).")
    var dataDir: String?

    @Option(help: "Fix the clock (ISO 8601); also $QUIZ_NOW.")
    var now: String?

    /// Loads decks and progress (read-only) and computes the report.
    func report(decks paths: [String], since: Timestamp? = nil) throws -> (ProgressReport, [StudyDeck]) {
        let environment = ProcessInfo.processInfo.environment
        var clock = Timestamp(microseconds: Int64(Date().timeIntervalSince1970 * 1_000_000))
        if let text = now ?? environment["QUIZ_NOW"] {
            guard let t = CivilTime.parse(text) else { throw ValidationError("--now '\(text)' is not an ISO 8601 time") }
            clock = t
        }
        let loaded = try DeckLoading.load(paths)
        let decks = loaded.map { StudyDeck(id: StudyDeck.id(forPath: $0.path), deck: $0.deck, path: $0.path) }
        let directory = ProgressLocation.resolve(flag: dataDir, environment: environment, home: NSHomeDirectory())
        let scheduler = FSRSScheduler()
        let history: ReviewHistory
        let states: [CardKey: MemoryState]
        do {
            var warnings: [String]
            (history, states, warnings) = try ProgressStore.readOnly(directory: directory, scheduler: scheduler)
            for w in warnings { StandardError.print(w) }
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
        let offset = TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: Double(clock.microseconds) / 1e6))
        let report = ProgressReport.make(decks: decks.map { ($0.id, $0.deck) }, history: history, states: states,
                                         scheduler: scheduler, now: clock, calendar: StudyCalendar(utcOffsetSeconds: offset), since: since)
        return (report, decks)
    }
}
