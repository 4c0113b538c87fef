import Foundation
import TestSupport
import Testing

/// `quiz config` and the settings it keeps, as real processes with `$QUIZ_CONFIG` in a temporary directory.
@Suite struct ConfigCommandTests {
    static let deck = QuizProcess.fixture("study/study.deck")

    /// A fresh config path (the file does not exist yet) and the environment that points quiz at it.
    func config() -> (path: String, environment: [String: String]) {
        let path = TemporaryDirectory.make("quiz-config") + "/quiz/config.toml"
        return (path, ["QUIZ_CONFIG": path])
    }

    func quiz(_ arguments: [String], _ environment: [String: String]) throws -> QuizProcess.Output {
        try QuizProcess.run(arguments, environment: environment)
    }

    @Test func setGetListRoundTrip() throws {
        let (path, env) = config()
        for args in [["new-per-day", "10"], ["learning-steps", "1m 10m 1h"], ["leech-action", "tag"],
                     ["bury-siblings", "false"], ["desired-retention", "0.85", "--deck", "study"]] {
            let out = try quiz(["config", "set"] + args, env)
            #expect(out.status == 0 && out.stderr == "", "\(args): \(out.stderr)")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == """
        bury-siblings = false
        learning-steps = '1m 10m 1h'
        leech-action = 'tag'
        new-per-day = 10

        [deck.study]
        desired-retention = 0.85

        """)
        #expect(try quiz(["config", "get", "new-per-day"], env).stdout == "10\n")
        #expect(try quiz(["config", "get", "learning-steps"], env).stdout == "1m 10m 1h\n")
        #expect(try quiz(["config", "get", "desired-retention"], env).stdout == "0.9\n")
        #expect(try quiz(["config", "get", "desired-retention", "--deck", "study"], env).stdout == "0.85\n")
        #expect(try quiz(["config", "get", "desired-retention", "--deck", "Decks/study.deck"], env).stdout == "0.85\n")

        let list = try quiz(["config", "list", "--deck", "study"], env)
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 13)
        #expect(lines.contains("new-per-day          config   10"))
        #expect(lines.contains("desired-retention    deck     0.85"))
        #expect(lines.contains("reviews-per-day      default  200"))
        #expect(lines.contains("leech-action         config   tag"))

        // Setting one key again keeps the others; unset brings the default back.
        #expect(try quiz(["config", "set", "new-per-day", "12"], env).status == 0)
        #expect(try quiz(["config", "unset", "leech-action"], env).status == 0)
        #expect(try quiz(["config", "unset", "desired-retention", "--deck", "study"], env).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == """
        bury-siblings = false
        learning-steps = '1m 10m 1h'
        new-per-day = 12

        """)
        #expect(try quiz(["config", "path"], env).stdout == path + "\n")
        #expect(try quiz(["config"], env).stdout == (try quiz(["config", "list"], env)).stdout)
    }

    @Test func badValueIsRefusedInOneLineNamingTheKey() throws {
        let (path, env) = config()
        let out = try quiz(["config", "set", "new-per-day", "ten"], env)
        #expect(out.status == 1)
        #expect(out.stderr == "quiz: error: new-per-day: 'ten' is not a whole number\n")
        #expect(!FileManager.default.fileExists(atPath: path))
        let retention = try quiz(["config", "set", "desired-retention", "1.5"], env)
        #expect(retention.stderr == "quiz: error: desired-retention: 1.5 is not between 0.7 and 0.99\n")
        let unknown = try quiz(["config", "set", "retention", "0.8"], env)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "quiz: error: unknown setting 'retention'; did you mean 'desired-retention'?\n")
        let flag = try QuizProcess.run(["replay", "--learning-steps", "1m,5x", "/nonexistent.csv"], environment: env)
        #expect(flag.status != 0)
        #expect(flag.stderr.contains("--learning-steps: step '5x' has unknown unit 'x' (use s, m, h or d)"))
    }

    @Test func malformedFileIsReportedAndNeverOverwritten() throws {
        let (path, env) = config()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let text = "# my settings\nnew-per-day = 3\nlearning-steps = [\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let set = try quiz(["config", "set", "new-per-day", "4"], env)
        #expect(set.status == 1)
        #expect(set.stderr.hasPrefix("\(path):3:"))
        #expect(set.stderr.contains(": error: "))
        #expect(set.stderr.split(separator: "\n").count == 1)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        let study = try quiz(["study", "--plain", "--data-dir", TemporaryDirectory.make(), Self.deck], env)
        #expect(study.status == 1)
        #expect(study.stderr == set.stderr)

        try "new_per_day = 3\n".write(toFile: path, atomically: true, encoding: .utf8)
        let typo = try quiz(["config", "list"], env)
        #expect(typo.status == 1)
        #expect(typo.stderr == "\(path):1:1: error: unknown setting 'new_per_day'; did you mean 'new-per-day'?\n")
        try "new-per-day = 3\n[deck.study]\nnew-per-day = -2\n".write(toFile: path, atomically: true, encoding: .utf8)
        let negative = try quiz(["config", "get", "new-per-day"], env)
        #expect(negative.stderr == "\(path):3:1: error: new-per-day: must be 0 or more, not -2\n")
    }

    /// The header of a plain session names how many new cards it will show.
    func newCards(_ extra: [String], _ env: [String: String]) throws -> String {
        let out = try QuizProcess.run(["study", "--plain", "--now", "2026-01-01T09:00:00Z", "--seed", "1",
                                       "--data-dir", TemporaryDirectory.make()] + extra + [Self.deck], environment: env)
        #expect(out.status == 0, "\(out.stderr)")
        let header = out.stdout.split(separator: "\n").first ?? ""
        return header.split(separator: "·").first { $0.contains("new") }?.trimmingCharacters(in: .whitespaces) ?? ""
    }

    @Test func flagsOverrideTheConfigAndDeckTablesOverrideGlobalKeys() throws {
        let (_, env) = config()
        #expect(try newCards([], env) == "5 new")
        #expect(try quiz(["config", "set", "new-per-day", "2"], env).status == 0)
        #expect(try newCards([], env) == "2 new")
        #expect(try newCards(["--new", "3"], env) == "3 new")
        #expect(try quiz(["config", "set", "--deck", "study", "new-per-day", "1"], env).status == 0)
        #expect(try newCards([], env) == "1 new")
        #expect(try newCards(["--new", "4"], env) == "4 new")
        #expect(try quiz(["config", "set", "--deck", "other", "new-per-day", "0"], env).status == 0)
        #expect(try newCards([], env) == "1 new")
    }

    @Test func replayTakesFuzzFromTheConfigUnlessAFlagSaysOtherwise() throws {
        let (_, env) = config()
        let csv = QuizProcess.root.appendingPathComponent("Tests/DeckTests/Fixtures/fsrs/replay.csv").path
        let fuzzed = try QuizProcess.run(["replay", csv], environment: env)
        let plain = try QuizProcess.run(["replay", "--no-fuzz", csv], environment: env)
        #expect(fuzzed.stdout != plain.stdout)
        #expect(try quiz(["config", "set", "fuzz", "false"], env).status == 0)
        #expect(try QuizProcess.run(["replay", csv], environment: env).stdout == plain.stdout)
        #expect(try QuizProcess.run(["replay", "--fuzz", csv], environment: env).stdout == fuzzed.stdout)
    }
}
