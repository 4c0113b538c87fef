import ArgumentParser
import Deck
import Foundation

/// Options shared by the score commands: where progress is, and the clock.
struct ProgressOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Where progress is kept (default: $QUIZ_HOME, $XDG_DATA_HOME/quiz or ~/.local/share/quiz).")
    var dataDir: String?

    @Option(help: "Fix the clock (ISO 8601); also $QUIZ_NOW.")
    var now: String?

    /// Decks and progress as read now (read-only), and the clock.
    struct Loaded {
        var decks: [StudyDeck]
        var history: ReviewHistory
        var states: [CardKey: MemoryState]
        var now: Timestamp
        var scheduler: FSRSScheduler
    }

    /// Loads decks and progress (read-only); warnings about the log go to standard error.
    func load(decks paths: [String], scheduler: FSRSScheduler = FSRSScheduler()) throws -> Loaded {
        let environment = ProcessInfo.processInfo.environment
        var clock = Timestamp(microseconds: Int64(Date().timeIntervalSince1970 * 1_000_000))
        if let text = now ?? environment["QUIZ_NOW"] {
            guard let t = CivilTime.parse(text) else { throw ValidationError("--now '\(text)' is not an ISO 8601 time") }
            clock = t
        }
        let loaded = try DeckLoading.load(paths)
        let decks = loaded.map { StudyDeck(id: StudyDeck.id(forPath: $0.path), deck: $0.deck, path: $0.path) }
        let history: ReviewHistory
        let states: [CardKey: MemoryState]
        do {
            var warnings: [String]
            (history, states, warnings) = try ProgressStore.readOnly(directory: directory(environment), scheduler: scheduler)
            for w in warnings { StandardError.print(w) }
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
        return Loaded(decks: decks, history: history, states: states, now: clock, scheduler: scheduler)
    }

    /// The decks and progress as `load` reads them, with the decks' settings (leech threshold and action, and
    /// the scheduler the states are derived with) and the study session they make now, for the commands that
    /// ask where each card stands.
    func session(decks paths: [String]) throws -> (loaded: Loaded, session: StudySession) {
        let deckIDs = DeckFiles.expand(paths.isEmpty ? BundledDecks.directories() : paths).map { StudyDeck.id(forPath: $0) }
        let configured = try ConfiguredSettings.resolve(flags: [:], deckIDs: deckIDs)
        let loaded = try load(decks: paths, scheduler: FSRSScheduler(settings: configured.schedulerSettings()))
        let session = StudySession(cards: StudyCard.all(loaded.decks.map { ($0.id, $0.deck) }), options: configured.studyOptions(),
                                   history: loaded.history, states: loaded.states,
                                   dayStart: StudyClock.dayStart(of: loaded.now), seed: 0)
        return (loaded, session)
    }

    /// Where progress is kept.
    func directory(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        ProgressLocation.resolve(flag: dataDir, environment: environment, home: NSHomeDirectory())
    }

    /// Loads decks and progress (read-only) and computes the report.
    func report(decks paths: [String], since: Timestamp? = nil) throws -> (ProgressReport, [StudyDeck]) {
        let loaded = try load(decks: paths)
        let clock = loaded.now
        let offset = TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: Double(clock.microseconds) / 1e6))
        let report = ProgressReport.make(decks: loaded.decks.map { ($0.id, $0.deck) }, history: loaded.history, states: loaded.states,
                                         scheduler: loaded.scheduler, now: clock, calendar: StudyCalendar(utcOffsetSeconds: offset), since: since)
        return (report, loaded.decks)
    }
}
