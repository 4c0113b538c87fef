import Foundation
import TestSupport
import Testing

/// `quiz study` through a real pseudo-terminal: readline editing, multibyte input, commands, Ctrl-C,
/// Ctrl-D, colour; then the screen text and the review log on disk.
@Suite(.serialized) struct StudyTerminalTests {
    static let deck = QuizProcess.fixture("study/study.deck")

    func tempDir() -> String { TemporaryDirectory.make() }

    func environment(_ dir: String, color: Bool = false) -> [String: String] {
        PseudoTerminal.environment(home: dir, color: color)
    }

    func log(_ dir: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: dir + "/data/reviews.jsonl", encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test func typingEditingCommandsAndCtrlD() throws {
        let dir = tempDir()
        let pty = try PseudoTerminal(arguments: ["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir + "/data", Self.deck],
                                     environment: environment(dir))
        try pty.waitFor("[5]·0·0 When was the treaty signed?")
        try pty.waitFor("answer › ")
        // A typo fixed with Backspace and the arrow keys: "jan 19 196" + "x", erase, "0".
        pty.type("jan 91\u{7F}\u{7F}19 196x\u{7F}0\r")
        try pty.waitFor("✓ January 19, 1960")
        try pty.waitFor("[3 Good 10m]")
        pty.type("\r")
        try pty.waitFor("[4]·1·0 Cloze")
        pty.type(":hi\t\r") // tab completes :hint
        try pty.waitFor("hint: text · 10 letters")
        pty.type("biologicl\r")
        try pty.waitFor("~ close: biological (one letter missing)")
        pty.type("\r")
        try pty.waitFor("[3]·2·0 Which country is the main threat?")
        pty.type("some text")
        try pty.waitFor("answer › some text")
        pty.type("\u{3}") // Ctrl-C clears the line
        try pty.waitFor("(cleared)")
        pty.type("c\r")
        try pty.waitFor("✗ not “China” — expected: North Korea")
        pty.type("\r")
        try pty.waitFor("[2]·3·0 True or false")
        pty.type(":undo\r")
        try pty.waitFor("undid the last rating (Again); that card comes back now")
        try pty.waitFor("[3]·2·0 Which country is the main threat?")
        pty.type("b\r")
        try pty.waitFor("✓ North Korea")
        pty.type("\r")
        try pty.waitFor("True or false: The treaty")
        pty.type("t\r\r")
        try pty.waitFor("[1]·4·0 日本の首都は？")
        // Multibyte: type 東京都, erase one character with Backspace.
        pty.type("東京都\u{7F}\r")
        try pty.waitFor("✓ 東京")
        pty.type("4\r")
        // Only learning cards are left, due within the learn-ahead time: the fixed clock jumps to the next.
        try pty.waitFor("Only cards in learning are left; the next is due in 6m (today 09:05): waiting.")
        try pty.waitFor("0·[4]·0 ")
        try pty.waitFor("answer › ")
        pty.type("\u{4}") // Ctrl-D
        try pty.waitFor("Session · 5 cards")
        #expect(try pty.waitForExit() == 0)
        let entries = try log(dir)
        #expect(entries.map { $0["type"] as? String } == ["review", "review", "review", "undo", "review", "review", "review"])
        #expect(entries.compactMap { $0["answer"] as? String } == ["jan 19 1960", "biologicl", "c", "b", "t", "東京"])
        #expect(entries.last?["rating"] as? Int == 4)
        let history = try String(contentsOfFile: dir + "/state/quiz/history", encoding: .utf8)
        #expect(history.contains("jan 19 1960"))
        #expect(history.contains(":hint"))
        #expect(!PseudoTerminal.plain(pty.output).contains("Fatal error"))
    }

    @Test func editOpensTheEditorOnTheCardAndKeepsItsProgress() throws {
        let dir = tempDir()
        // A copy of the deck (the editor changes it) and an "editor" that rewrites the card's question, with
        // the line it was asked to open recorded beside it.
        let deck = dir + "/study.deck"
        try FileManager.default.copyItem(atPath: Self.deck, toPath: deck)
        try FileManager.default.copyItem(atPath: (Self.deck as NSString).deletingLastPathComponent + "/essay.txt", toPath: dir + "/essay.txt")
        let editor = dir + "/editor.sh"
        try """
        #!/bin/sh
        echo "$1" > "\(dir)/opened-at"
        sed -i 's/^Q: When was the treaty signed?$/Q: On what date was the treaty signed?/' "$2"
        """.write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        var environment = environment(dir)
        environment["EDITOR"] = editor
        let pty = try PseudoTerminal(arguments: ["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir + "/data", deck],
                                     environment: environment)
        try pty.waitFor("When was the treaty signed?")
        try pty.waitFor("answer › ")
        pty.type(":edit\r")
        try pty.waitFor("saved; the card comes again as it is now, with its progress")
        try pty.waitFor("On what date was the treaty signed?")
        pty.type("jan 19 1960\r")
        try pty.waitFor("✓ January 19, 1960")
        pty.type("\r")
        try pty.waitFor("answer › ")
        pty.type(":quit\r")
        try pty.waitFor("Session · 1 card")
        #expect(try pty.waitForExit() == 0)
        // The editor was opened at the card's heading (line 5: `## signed`), and the deck now says the new text.
        #expect(try String(contentsOfFile: dir + "/opened-at", encoding: .utf8) == "+5\n")
        #expect(try String(contentsOfFile: deck, encoding: .utf8).contains("Q: On what date was the treaty signed?"))
        // The answer was saved under the card's unchanged id.
        let entries = try log(dir)
        #expect(entries.map { $0["card"] as? String } == ["signed"])
    }

    @Test func ctrlCTwiceOnAnEmptyLineQuits() throws {
        let dir = tempDir()
        let pty = try PseudoTerminal(arguments: ["study", "--now", "2026-01-01T09:00:00Z", "--data-dir", dir + "/data", Self.deck],
                                     environment: environment(dir))
        try pty.waitFor("answer › ")
        pty.type("\u{3}")
        try pty.waitFor("(Ctrl-C again to quit, or Ctrl-D)")
        pty.type("\u{3}")
        try pty.waitFor("Session · 0 cards")
        #expect(try pty.waitForExit() == 0)
    }

    @Test func ctrlCTwiceAtTheRatingSavesTheGradedAnswerThenQuits() throws {
        let dir = tempDir()
        let pty = try PseudoTerminal(arguments: ["study", "--now", "2026-01-01T09:00:00Z", "--data-dir", dir + "/data", Self.deck],
                                     environment: environment(dir))
        try pty.waitFor("answer › ")
        pty.type("1960-01-19\r")
        try pty.waitFor("⏎ or 1-4 › ")
        pty.type("\u{3}")
        try pty.waitFor("(Ctrl-C again to save Good and quit)")
        pty.type("\u{3}")
        try pty.waitFor("Session · 1 card")
        #expect(try pty.waitForExit() == 0)
        let entries = try log(dir)
        #expect(entries.count == 1)
        #expect(entries.first?["rating"] as? Int == 3 && entries.first?["card"] as? String == "signed")
    }

    @Test func colourOnlyWithoutNoColor() throws {
        let dir = tempDir()
        let pty = try PseudoTerminal(arguments: ["study", "--now", "2026-01-01T09:00:00Z", "--data-dir", dir + "/data", Self.deck],
                                     environment: environment(dir, color: true))
        try pty.waitFor("answer › ")
        pty.type("1960-01-19\r")
        try pty.waitFor("January 19, 1960")
        #expect(pty.output.contains("\u{1B}[32m✓\u{1B}[0m"))
        try pty.waitFor("⏎ or 1-4 › ")
        pty.type("\u{4}")
        _ = try pty.waitForExit()

        let plainDir = tempDir()
        let plain = try PseudoTerminal(arguments: ["study", "--now", "2026-01-01T09:00:00Z", "--data-dir", plainDir + "/data", Self.deck],
                                       environment: environment(plainDir))
        try plain.waitFor("answer › ")
        plain.type("1960-01-19\r")
        try plain.waitFor("January 19, 1960")
        #expect(!plain.output.contains("\u{1B}[32m"))
        try plain.waitFor("⏎ or 1-4 › ")
        plain.type("\u{4}")
        _ = try plain.waitForExit()
    }

    @Test func linesFitANarrowTerminal() throws {
        let dir = tempDir()
        let pty = try PseudoTerminal(arguments: ["study", "--now", "2026-01-01T09:00:00Z", "--data-dir", dir + "/data", Self.deck],
                                     environment: environment(dir), columns: 40)
        try pty.waitFor("answer › ")
        pty.type("1960\r")
        try pty.waitFor("1960")
        try pty.waitFor("⏎ or 1-4 › ")
        pty.type("\r")
        try pty.waitFor("warheads")
        try pty.waitFor("answer › ")
        for line in PseudoTerminal.plain(pty.output).split(separator: "\n") where !line.contains("›") {
            #expect(line.count <= 40, "\(line)")
        }
        pty.type("\u{4}")
        _ = try pty.waitForExit()
    }

    @Test func killedMidSessionLosesAtMostTheCardBeingAnswered() throws {
        let dir = tempDir()
        let pty = try PseudoTerminal(arguments: ["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir + "/data", Self.deck],
                                     environment: environment(dir))
        try pty.waitFor("answer › ")
        pty.type("January 19 1960\r\r")
        try pty.waitFor("[4]·1·0 Cloze")
        pty.type("biological\r")
        try pty.waitFor("✓ biological")
        kill(pty.pid, SIGKILL) // in the middle of rating the second card
        _ = try pty.waitForExit()
        let entries = try log(dir)
        #expect(entries.count == 1)
        #expect(entries[0]["card"] as? String == "signed")
        // Start again: the first card is in learning, the rest is as before.
        let again = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--data-dir", dir + "/data", Self.deck], stdin: "")
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("Study test · 4 new · 1 learning · 0 review"))
    }
}

/// Waiting on the real clock for a card in learning can be stopped with Ctrl-C.
@Suite struct StudyWaitTests {
    /// A POSIX time zone in which it is now about noon, so that a card in learning (due in minutes) falls on the
    /// same study day whatever the hour the test runs at.
    static func noonTimeZone() -> String {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let ahead = 12 - utc.component(.hour, from: Date())
        // POSIX writes the offset west of UTC: "NOON-3" is three hours ahead of UTC.
        return "NOON\(ahead >= 0 ? "-" : "+")\(abs(ahead))"
    }

    @Test func ctrlCStopsTheWait() throws {
        let dir = TemporaryDirectory.make()
        var environment = PseudoTerminal.environment(home: dir)
        environment["TZ"] = Self.noonTimeZone()
        let pty = try PseudoTerminal(arguments: ["study", "--new", "1", "--data-dir", dir + "/data", QuizProcess.fixture("study/study.deck")],
                                     environment: environment)
        try pty.waitFor("answer › ")
        pty.type("January 19, 1960\r")
        try pty.waitFor("⏎ or 1-4 › ")
        pty.type("3\r")
        try pty.waitFor("the next is due in 10m")
        try pty.waitFor("waiting (Ctrl-C to stop).")
        pty.type("\u{3}")
        try pty.waitFor("Session · 1 card")
        #expect(try pty.waitForExit() == 0)
    }
}
