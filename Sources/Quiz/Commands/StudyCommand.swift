import ArgumentParser
import Deck
import Foundation

/// `quiz study`: the study session at the terminal.
struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Study decks with spaced repetition (the default command).",
        discussion: """
        Due cards come first (most overdue first), then new cards up to the daily limit. Type the answer and \
        press Enter; then Enter accepts the suggested rating or 1-4 overrides it. Type :help during a session \
        for the commands. Every rating is saved at once.

        The daily limits, retention, steps and the other settings come from quiz config (see quiz help \
        config); a flag here overrides them for this run.

        Examples:
          quiz study
          quiz study Decks/us-japan-security-treaty.deck --new 10
          quiz study --cram Decks/
          echo 1960 | quiz study --plain --seed 1
        """
    )

    @Argument(help: "Deck files or directories (default: ./Decks or the directories in $QUIZ_DECKS).")
    var decks: [String] = []

    @Option(help: "New cards per day (default 20, or new-per-day in quiz config).")
    var new: Int?

    @Option(help: "Cards to review in this session at most.")
    var limit: Int?

    @Option(help: "Fix the clock (ISO 8601, e.g. 2026-01-01T09:00:00Z); also $QUIZ_NOW.")
    var now: String?

    @Option(help: "Seed for the order of choices (and of a cram session).")
    var seed: UInt64?

    @Flag(name: .customLong("self-grade"), help: "Answer in your head: Enter reveals the answer, then rate 1-4.")
    var selfGrade = false

    @Flag(help: "Review every card once, whatever its due date, without changing the schedule.")
    var cram = false

    @Flag(help: "Plain line input and output, no readline, no colour (automatic when stdin is not a terminal).")
    var plain = false

    @Option(name: .customLong("data-dir"), help: "Where progress is kept (default: $QUIZ_HOME, $XDG_DATA_HOME/quiz or ~/.local/share/quiz).")
    var dataDir: String?

    @OptionGroup var scheduling: SchedulingOptions

    func validate() throws {
        if let new, new < 0 { throw ValidationError("--new must be 0 or more") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var fixed: Timestamp? = nil
        if let text = now ?? environment["QUIZ_NOW"] {
            guard let t = CivilTime.parse(text) else {
                throw ValidationError("--now '\(text)' is not an ISO 8601 time such as 2026-01-01T09:00:00Z")
            }
            fixed = t
        }
        let files = try DeckLoading.files(decks)
        let configured: StudySettings
        do {
            configured = try ConfiguredSettings.resolve(flags: scheduling.flagValues(newPerDay: new),
                                                        deckIDs: files.map { StudyDeck.id(forPath: $0) })
        } catch {
            // The decks' own problems are told first.
            _ = try DeckLoading.load(files: files)
            throw error
        }
        let settings = configured.schedulerSettings()
        let directory = ProgressLocation.resolve(flag: dataDir, environment: environment, home: NSHomeDirectory())
        // An existing progress store opens on another core while the decks are read (closed unused if a deck
        // fails; its own failure is told after the decks'). A new one is made only once the decks are read.
        @Sendable func open() -> OpenedStore {
            OpenedStore(Result { () throws(ProgressError) in try ProgressStore(directory: directory, scheduler: FSRSScheduler(settings: settings)) })
        }
        let early = FileManager.default.fileExists(atPath: directory + "/reviews.jsonl") ? Parallel.Future(open) : nil
        let loaded: [DeckLoading.Loaded]
        do {
            loaded = try DeckLoading.load(files: files)
        } catch {
            if case .success(let store) = early?.wait().result { store.close() }
            throw error
        }
        let studyDecks = loaded.map { StudyDeck(id: StudyDeck.id(forPath: $0.path), deck: $0.deck, path: $0.path) }
        let store: ProgressStore
        switch (early?.wait() ?? open()).result {
        case .success(let opened):
            store = opened
        case .failure(let error):
            StandardError.print(error.description)
            throw ExitCode(1)
        }
        defer { store.close() }
        let interactive = !plain && TerminalInfo.stdinIsTTY
        let input: LineInput = interactive ? ReadlineInput(historyPath: Self.historyPath(environment)) : PlainInput()
        defer { input.close() }
        let style = Style(enabled: interactive && TerminalInfo.colorEnabled(environment: environment))
        let screen = Screen(style: style, width: TerminalInfo.width())
        let options = configured.studyOptions(reviewLimit: limit, cram: cram)
        let loop = StudyLoop(decks: studyDecks, store: store, clock: StudyClock(fixed: fixed), input: input,
                             screen: screen, options: options, selfGrade: selfGrade,
                             seed: seed ?? UInt64.random(in: 0...UInt64.max))
        loop.run()
        if loop.saveFailure != nil { throw ExitCode(1) }
    }

    /// `$XDG_STATE_HOME/quiz/history`, else `~/.local/state/quiz/history`.
    static func historyPath(_ environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/quiz/history" }
        return NSHomeDirectory() + "/.local/state/quiz/history"
    }
}

/// A progress store opened on another thread, handed to the one that uses it (only one thread holds it at a time).
private struct OpenedStore: @unchecked Sendable {
    let result: Result<ProgressStore, ProgressError>
    init(_ result: Result<ProgressStore, ProgressError>) { self.result = result }
}
