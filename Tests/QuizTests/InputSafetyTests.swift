import Foundation
import TestSupport
import Testing

/// Bad files and flags end in an error message and an exit status, never a trap; a full disk is an error.
@Suite struct InputSafetyTests {
    func tempDir() -> String { TemporaryDirectory.make() }

    func write(_ text: String, _ name: String, in dir: String) throws -> String {
        let path = dir + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let deck = QuizProcess.fixture("study/study.deck")

    @Test func importColumnZeroOrIntMinIsAnError() throws {
        let dir = tempDir()
        for column in ["0", "-9223372036854775808"] {
            let file = try write("#tags column:\(column)\nfront\tback\n", "t.txt", in: dir)
            let out = try QuizProcess.run(["import", file, "-o", dir + "/t.deck"])
            #expect(out.status == 1)
            #expect(out.stderr.contains("t.txt:1: error: tags column '\(column)' is not a column number from 1 to 1000"))
        }
    }

    @Test func importedDecksPassLint() throws {
        let dir = tempDir()
        let file = try write("#separator:tab\n#tags column:3\nfront one\tback one\tquiz::\nfront two\tback two\tquiz::a\u{0B}b\n", "t.txt", in: dir)
        let imported = try QuizProcess.run(["import", file, "-o", dir + "/t.deck"])
        #expect(imported.status == 0)
        let lint = try QuizProcess.run(["lint", dir + "/t.deck"])
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
    }

    @Test func anEssayWithNumbersPastIntBuilds() throws {
        let dir = tempDir()
        let essay = try write("The treaty cost 9223372036854775807 dollars in 1960. It was signed by 4611686018427387904 people in Tokyo. "
                              + "The budget was 9223372036854775807 yen in 1961.\n", "essay.txt", in: dir)
        let out = try QuizProcess.run(["build", essay, "--all"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("## "))
    }

    @Test func aHugeDurationInTheLogIsRead() throws {
        let dir = tempDir()
        _ = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir, Self.deck],
                                stdin: "x\n\n:quit\n")
        let log = dir + "/reviews.jsonl"
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains("\"duration_ms\":"))
        for huge in ["9300000000000000", "-9223372036854775808", "9223372036854775807"] {
            let edited = text.replacingOccurrences(of: #""duration_ms":-?[0-9]+"#, with: "\"duration_ms\":\(huge)", options: .regularExpression)
            try edited.write(toFile: log, atomically: true, encoding: .utf8)
            try? FileManager.default.removeItem(atPath: dir + "/state.json")
            let stats = try QuizProcess.run(["stats", "--data-dir", dir, Self.deck])
            #expect(stats.status == 0, "\(stats.stderr)")
            for format in ["csv", "json", "html"] {
                let export = try QuizProcess.run(["export", "scores", "--format", format, "--data-dir", dir, Self.deck])
                #expect(export.status == 0, "\(format): \(export.stderr)")
            }
        }
    }

    @Test func schedulingFlagsOutOfRangeAreValidationErrors() throws {
        let csv = QuizProcess.root.appendingPathComponent("Tests/DeckTests/Fixtures/fsrs/replay.csv").path
        let cases = [
            (["--retention", "0.001"], "--retention: 0.001 is not between 0.7 and 0.99"),
            (["--retention", "1"], "--retention: 1.0 is not between 0.7 and 0.99"),
            (["--learning-steps", "106751992d"], "--learning-steps: step '106751992d' is longer than 36500 days"),
            (["--relearning-steps", "9223372036854775807s"], "--relearning-steps: step '9223372036854775807s' is longer than 36500 days"),
            (["--maximum-interval", "36501"], "--maximum-interval: must be from 1 to 36500 days, not 36501"),
        ]
        for (flags, message) in cases {
            let out = try QuizProcess.run(["replay", csv] + flags)
            #expect(out.status == 64, "\(flags)")
            #expect(out.stderr.hasPrefix("Error: \(message)\n"), "\(out.stderr)")
        }
        let ok = try QuizProcess.run(["replay", csv, "--retention", "0.99", "--learning-steps", "36500d", "--maximum-interval", "36500"])
        #expect(ok.status == 0)
    }

    @Test func aCROnlyRevlogReplaysEveryCard() throws {
        let csv = QuizProcess.root.appendingPathComponent("Tests/DeckTests/Fixtures/fsrs/replay.csv").path
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        let dir = tempDir()
        let cr = try write(text.replacingOccurrences(of: "\n", with: "\r"), "cr.csv", in: dir)
        let lf = try QuizProcess.run(["replay", "--no-fuzz", csv])
        let mac = try QuizProcess.run(["replay", "--no-fuzz", cr])
        #expect(lf.status == 0 && mac.status == 0)
        #expect(!lf.stdout.isEmpty)
        #expect(mac.stdout == lf.stdout)
    }

    @Test func aFullDeviceIsAnErrorNotATrap() throws {
        let dir = tempDir()
        let essay = QuizProcess.root.appendingPathComponent("Decks/sources/us-japan-security-treaty.txt").path
        let commands = [["build", essay], ["show", "Decks/"], ["stats", "--data-dir", dir, Self.deck], ["show", "--format", "json", Self.deck],
                        ["--help"]]
        for command in commands {
            let out = try QuizProcess.run(command, stdoutFile: "/dev/full")
            #expect(out.status == 1, "\(command)")
            #expect(out.stderr.hasSuffix("quiz: error: cannot write to standard output: No space left on device\n"), "\(command): \(out.stderr)")
            #expect(out.stderr.components(separatedBy: "cannot write").count == 2)
        }
    }
}
