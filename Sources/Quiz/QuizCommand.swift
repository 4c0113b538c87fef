import ArgumentParser

/// The `quiz` command: study decks made from essays with spaced repetition.
@main
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Turn an essay into questions and study them with spaced repetition.",
        discussion: """
        With no subcommand, quiz studies the bundled decks (./Decks, or the directories in $QUIZ_DECKS).
        """,
        version: "0.1.0",
        subcommands: [StudyCommand.self, BuildCommand.self, ShowCommand.self, LintCommand.self, AuditCommand.self, StatsCommand.self, ExportCommand.self, ImportCommand.self, ReplayCommand.self, AnalyzeCommand.self, TrainCommand.self, ConfigCommand.self],
        defaultSubcommand: StudyCommand.self
    )
}
