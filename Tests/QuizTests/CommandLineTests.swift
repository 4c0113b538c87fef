import Foundation
import TestSupport
import Testing

/// The command line around the commands: mistyped commands, where decks are looked for, help at 60 columns.
@Suite struct CommandLineTests {
    @Test func mistypedCommandNamesTheCommandMeant() throws {
        let out = try QuizProcess.run(["stat"])
        #expect(out.status == 64)
        #expect(out.stdout == "")
        #expect(out.stderr == "quiz: error: unknown command 'stat'; did you mean 'stats'?\n")
        #expect(try QuizProcess.run(["confg", "list"]).stderr == "quiz: error: unknown command 'confg'; did you mean 'config'?\n")
        // Far from every command: still read as a deck path.
        let far = try QuizProcess.run(["zebra"])
        #expect(far.stderr.hasPrefix("zebra:1: error: no such file"))
    }

    @Test func anExistingFileIsADeckEvenWhenItsNameIsCloseToACommand() throws {
        let dir = TemporaryDirectory.make()
        try FileManager.default.copyItem(atPath: QuizProcess.fixture("study/study.deck"), toPath: dir + "/stat")
        let out = try QuizProcess.run(["stat", "--plain", "--data-dir", dir + "/data"], directory: URL(fileURLWithPath: dir))
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("Study test · 5 new · 0 learning · 0 review"))
    }

    @Test func defaultDeckLookupSaysWhereItLookedAndHowToPointIt() throws {
        let dir = URL(fileURLWithPath: TemporaryDirectory.make())
        let out = try QuizProcess.run(["--plain"], environment: ["QUIZ_DECKS": "", "COLUMNS": "80"], directory: dir)
        #expect(out.status == 1)
        let lines = out.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "quiz: error: no decks to study. Looked in:")
        #expect(lines.contains("  ./Decks (not found)"))
        #expect(lines.contains("  $QUIZ_DECKS (not set)"))
        #expect(lines.contains("  quiz study ~/decks/treaty.deck"))
        #expect(lines.contains("  export QUIZ_DECKS=~/decks"))
        // Every line fits 80 columns, but a line naming an absolute path (the installed decks' folder, as long as
        // the checkout's path) cannot be wrapped.
        #expect(lines.allSatisfy { $0.count <= 80 || $0.hasPrefix("  /") })

        let empty = TemporaryDirectory.make()
        let set = try QuizProcess.run(["--plain"], environment: ["QUIZ_DECKS": "/nonexistent/decks:\(empty)"], directory: dir)
        #expect(set.status == 1)
        #expect(set.stderr.contains("  /nonexistent/decks (from $QUIZ_DECKS: not found)\n"))
        #expect(set.stderr.contains("  \(empty) (from $QUIZ_DECKS: no .deck files)\n"))
    }

    static let commands = ["", "study", "build", "show", "lint", "audit", "stats", "export", "export scores",
                           "export deck", "import", "replay", "analyze", "train", "config", "config list",
                           "config get", "config set", "config unset", "config path"]

    /// The example lines of a help text: the indented lines after "Example:" or "Examples:".
    func examples(_ help: String) -> [String] {
        var out: [String] = [], inExamples = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == "Examples:" || line == "Example:" { inExamples = true; continue }
            if inExamples && line.hasPrefix("  ") { out.append(line) } else { inExamples = false }
        }
        return out
    }

    @Test(arguments: commands)
    func helpAtSixtyColumnsKeepsEveryExampleOnOneLine(_ command: String) throws {
        let path = command.split(separator: " ").map(String.init)
        let wide = try QuizProcess.run(["help"] + path, environment: ["COLUMNS": "200"])
        let narrow = try QuizProcess.run(["help"] + path, environment: ["COLUMNS": "60"])
        #expect(wide.status == 0 && narrow.status == 0)
        let narrowLines = narrow.stdout.split(separator: "\n").map(String.init)
        for example in examples(wide.stdout) {
            #expect(narrowLines.contains(example), "split at 60 columns: \(example)")
        }
        // Prose wraps at word boundaries, and the usage line is short: no line is wider than the terminal.
        for line in narrowLines {
            #expect(line.count <= 60, "wider than 60 columns: \(line)")
        }
    }
}
