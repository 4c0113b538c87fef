import Foundation
import TestSupport
import Testing
@testable import Quiz

/// Escape sequences in decks never reach the terminal; CSV cells never run as formulas; `:source` reads only
/// under the deck's folder.
@Suite struct SafeOutputTests {
    func tempDir() -> String { TemporaryDirectory.make() }

    static let hostile = "What does \u{1B}]0;pwned\u{07}\u{1B}]52;c;aGVsbG8=\u{07}\u{1B}[2J\u{9B}31m\u{7F}\r do?"

    @Test func controlsAreShownEscaped() {
        #expect(TerminalText.safe(Self.hostile) == "What does \\x1B]0;pwned\\x07\\x1B]52;c;aGVsbG8=\\x07\\x1B[2J\\x9B31m\\x7F\\x0D do?")
        #expect(TerminalText.safe("plain\ttext\nand 日本") == "plain\ttext\nand 日本")
        let styled = Style(enabled: true).bold("bold") + Style(enabled: true).red("red")
        #expect(TerminalText.safe(styled) == styled)
        #expect(TerminalText.safe("\u{1B}[8mhidden\u{1B}") == "\\x1B[8mhidden\\x1B")
    }

    /// A deck whose card carries terminal escapes, with an essay beside it.
    func hostileDeck(_ dir: String) throws -> String {
        let deck = dir + "/hostile.deck"
        // (Without the CR, which ends a line in a deck.)
        let prompt = Self.hostile.replacingOccurrences(of: "\r", with: "")
        try "# Hostile\n\n## esc\nQ: \(prompt)\nA: =HYPERLINK(\"http://x\")\n".write(toFile: deck, atomically: true, encoding: .utf8)
        return deck
    }

    static func hasNoControls(_ s: String) -> Bool {
        !s.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func showStudyAndStatsEscapeJSONKeeps() throws {
        let dir = tempDir()
        let deck = try hostileDeck(dir)
        let show = try QuizProcess.run(["show", deck])
        #expect(show.status == 0)
        #expect(Self.hasNoControls(show.stdout))
        #expect(show.stdout.contains("\\x1B]52;c;aGVsbG8=\\x07"))
        let json = try QuizProcess.run(["show", deck, "--format", "json"])
        #expect(json.stdout.contains("\\u001b]52;c;aGVsbG8=\\u0007"))
        let study = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--data-dir", dir, deck], stdin: "x\n\n:quit\n")
        #expect(study.status == 0)
        #expect(Self.hasNoControls(study.stdout))
        #expect(study.stdout.contains("\\x1B]0;pwned"))
        let stats = try QuizProcess.run(["stats", "--data-dir", dir, deck])
        #expect(stats.status == 0)
        #expect(Self.hasNoControls(stats.stdout))
        #expect(stats.stdout.contains("\\x1B"))
    }

    @Test func csvExportNeutralisesFormulas() throws {
        let dir = tempDir()
        let deck = dir + "/formula.deck"
        try "# Formula\n\n## f\nQ: =HYPERLINK(\"http://x\",\"y\")\nA: one\n\n## g\nQ: @SUM(A1:A9)\nA: two\n".write(toFile: deck, atomically: true, encoding: .utf8)
        _ = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--data-dir", dir, deck], stdin: "x\n\nx\n\n:quit\n")
        let csv = try QuizProcess.run(["export", "scores", "--format", "csv", "--data-dir", dir, deck])
        #expect(csv.status == 0)
        #expect(csv.stdout.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","))
        #expect(csv.stdout.contains(",\"'@SUM(A1:A9)\","))
        #expect(!csv.stdout.contains(",=") && !csv.stdout.contains(",@"))
    }

    @Test func sourceReadsOnlyUnderTheDecksFolder() throws {
        let dir = tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/decks", withIntermediateDirectories: true)
        try "Secret line one.\n".write(toFile: dir + "/secret.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/decks/link.txt", withDestinationPath: dir + "/secret.txt")
        try "The treaty was signed in 1960.\n".write(toFile: dir + "/decks/essay.txt", atomically: true, encoding: .utf8)
        let cases = [("../../../../../../../../etc/passwd", false), ("../secret.txt", false), ("link.txt", false),
                     (dir + "/secret.txt", false), ("essay.txt", true)]
        for (source, allowed) in cases {
            let deck = dir + "/decks/s.deck"
            try "# S\nSource: \(source)\n\n## signed\nQ: When was the treaty signed?\nA: 1960\nSource: 1\n"
                .write(toFile: deck, atomically: true, encoding: .utf8)
            let out = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--data-dir", dir, deck], stdin: ":source\n:quit\n")
            #expect(out.status == 0)
            let shown = out.stdout.replacingOccurrences(of: "\n   ", with: " ")
            #expect(!out.stdout.contains("root:") && !out.stdout.contains("Secret"), "\(source)")
            if allowed {
                #expect(shown.contains("The treaty was signed in ____."), "\(out.stdout)")
            } else {
                #expect(shown.contains("is outside the deck's folder; :source reads only files under it."), "\(source): \(out.stdout)")
            }
        }
    }
}
