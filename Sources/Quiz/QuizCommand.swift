import ArgumentParser
import Foundation

/// The `quiz` command: study decks made from essays with spaced repetition.
@main
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Turn an essay into questions and study them with spaced repetition.",
        discussion: """
        With no subcommand, quiz studies the decks in $QUIZ_DECKS (colon-separated directories), else in \
        ./Decks, else the decks installed with quiz. Settings that persist are kept by quiz config.
        """,
        version: "0.1.0",
        subcommands: [StudyCommand.self, BuildCommand.self, ShowCommand.self, LintCommand.self, AuditCommand.self, StatsCommand.self, CardsCommand.self, UnsuspendCommand.self, MergeCommand.self, CheckCommand.self, ExportCommand.self, ImportCommand.self, ReplayCommand.self, OptimizeCommand.self, AnalyzeCommand.self, TrainCommand.self, ConfigCommand.self],
        defaultSubcommand: StudyCommand.self
    )

    /// Parses and runs the command; a first argument that is a mistyped command (and no file) is an error
    /// that names the command meant, rather than a deck path.
    static func main() {
        StandardOutput.checkOnExit()
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        if let first = arguments.first, let meant = MistypedCommand.suggestion(for: first, commands: commands) {
            StandardError.print("quiz: error: unknown command '\(first)'; did you mean '\(meant)'?")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(arguments)
    }
}
