import Foundation
import TestSupport
import Testing

/// `quiz study` scripted through a pipe: exact output, and what was saved.
@Suite struct StudyPlainSessionTests {
    static let deck = QuizProcess.fixture("study/study.deck")

    func tempDir() -> String { TemporaryDirectory.make() }

    func logLines(_ dir: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: dir + "/reviews.jsonl", encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test func scriptedSessionPrintsExactlyThis() throws {
        let dir = tempDir()
        let script = "jan 19 1960\n\n:hint\nbiologicl\n\nb\n1\n:source\nt\n\nTokio\n4\n"
        let out = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir, Self.deck],
                                      stdin: script)
        #expect(out.status == 0)
        #expect(out.stderr == "")
        #expect(out.stdout == """
        Study test · 5 new · 0 learning · 0 review  (:help for commands, Ctrl-D to stop)

        [5]·0·0 When was the treaty signed?
           (a date)
         ✓ January 19, 1960
         1 Again 1m · 2 Hard 6m · [3 Good 10m] · 4 Easy 10d

        [4]·1·0 Cloze — “The missiles could carry nuclear, chemical or ___ warheads.”
          hint: text · 10 letters
         ~ close: biological (one letter missing)
         1 Again 1m · [2 Hard 6m] · 3 Good 10m · 4 Easy 7d

        [3]·2·0 Which country is the main threat?
           a) Russia   b) North Korea   c) China
         ✓ North Korea
         1 Again 1m · 2 Hard 6m · [3 Good 10m] · 4 Easy 10d
          rated Again · next due today 09:01

        [2]·3·0 True or false: The treaty was signed at the height of the Cold War.
           line 3: “The treaty was signed at the height of the Cold War.”
         ✓ True
         1 Again 1m · 2 Hard 6m · [3 Good 10m] · 4 Easy 6d

        [1]·4·0 日本の首都は？
         ~ close: 東京 (one letter different)
         1 Again 1m · [2 Hard 6m] · 3 Good 10m · 4 Easy 6d
          rated Easy · next due Wed 7 Jan 09:00

        Only cards in learning are left; the next is due in 1m (today 09:01): waiting.
        0·[4]·0 Which country is the main threat?
           a) Russia   b) North Korea   c) China
        Session · 5 cards in 0s · 5 correct (100%) · 5 new learned · more cards are due
        now

        """)
        let log = try logLines(dir)
        #expect(log.map { $0["card"] as? String } == ["signed", "warheads", "threat", "cold-war", "capital"])
        #expect(log.map { $0["rating"] as? Int } == [3, 2, 1, 3, 4])
        #expect(log.map { $0["outcome"] as? String } == ["correct", "close", "correct", "correct", "close"])
        #expect(log.map { $0["answer"] as? String } == ["jan 19 1960", "biologicl", "b", "t", "Tokio"])
        #expect(log.allSatisfy { $0["time"] as? String == "2026-01-01T09:00:00Z" })
        #expect(Set(log.compactMap { $0["id"] as? String }).count == 5)
        let snapshot = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/state.json"))) as! [String: Any]
        #expect((snapshot["cards"] as! [Any]).count == 5)
    }

    @Test func waitingJumpsTheFixedClockAndLearningCardsComeBack() throws {
        let dir = tempDir()
        // Good on every new card, then wait for the learning steps, then Good again on the first card.
        let first = "jan 19 1960\n\nbiological\n\nb\n\nt\n\n東京\n\n1960-01-19\n\n:quit\n"
        let out = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir, Self.deck],
                                      stdin: first)
        #expect(out.status == 0)
        #expect(out.stdout.contains("Only cards in learning are left; the next is due in 10m (today 09:10): waiting."))
        #expect(out.stdout.contains("0·[5]·0 When was the treaty signed?"))
        let log = try logLines(dir)
        #expect(log.count == 6)
        #expect(log[5]["time"] as? String == "2026-01-01T09:10:00Z")
        #expect(log[5]["card"] as? String == "signed")
    }

    @Test func undoIsSavedAndSurvivesARestart() throws {
        let dir = tempDir()
        let out = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir, Self.deck],
                                      stdin: "wrong answer\n\n:undo\njan 19 1960\n\n:quit\n")
        #expect(out.stdout.contains("undid the last rating (Again); that card comes back now"))
        #expect(out.stdout.components(separatedBy: "When was the treaty signed?").count == 3)
        let log = try logLines(dir)
        #expect(log.map { $0["type"] as? String } == ["review", "undo", "review"])
        #expect(log[1]["target"] as? String == log[0]["id"] as? String)
        // After a restart, the undone Again is gone: the card is in learning after one Good, not relearning.
        let again = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--data-dir", dir, Self.deck], stdin: "")
        #expect(again.stdout.hasPrefix("Study test · 4 new · 1 learning · 0 review"))
    }

    @Test func skipRevealStatsHelpAndSelfGrade() throws {
        let dir = tempDir()
        let out = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir, "--new", "3", Self.deck],
                                      stdin: ":help\n:skip\n:reveal\n:stats\n:nonsense\n:quit\n")
        #expect(out.stdout.contains(":hint     the answer's type and length"))
        #expect(out.stdout.contains("  skipped for this session"))
        #expect(out.stdout.contains(" → biological   (revealed: counts as Again)"))
        #expect(out.stdout.contains("  1 card in 0s · 0 correct (0%) · 1 new"))
        #expect(out.stdout.contains("  unknown command :nonsense; :help lists them"))
        let log = try logLines(dir)
        #expect(log.count == 1)
        #expect(log[0]["rating"] as? Int == 1 && log[0]["outcome"] as? String == "revealed")

        let selfDir = tempDir()
        let selfOut = try QuizProcess.run(["study", "--self-grade", "--now", "2026-01-01T09:00:00Z", "--data-dir", selfDir, Self.deck],
                                          stdin: "\n\n3\n:quit\n")
        #expect(selfOut.stdout.contains(" → January 19, 1960\n 1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 10d\n  type 1, 2, 3 or 4\n"))
        let selfLog = try logLines(selfDir)
        #expect(selfLog.count == 1 && selfLog[0]["outcome"] as? String == "self" && selfLog[0]["rating"] as? Int == 3)
    }

    @Test func buryFlagAndSuspendAreLogEntriesThatUndoTakesBack() throws {
        let dir = tempDir()
        let out = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir, Self.deck],
                                      stdin: ":flag 2\n:bury\n:suspend\n:undo\n:quit\n")
        #expect(out.status == 0)
        #expect(out.stdout.contains("  flagged 2 (`quiz cards --flagged` lists flagged cards)"))
        #expect(out.stdout.contains("  buried until tomorrow (:undo brings it back)"))
        #expect(out.stdout.contains("  suspended: left out of study until `quiz unsuspend study/warheads` (:undo brings it back)"))
        #expect(out.stdout.contains("  undid the last card action; that card is back in the session"))
        let log = try logLines(dir)
        #expect(log.map { $0["type"] as? String } == ["flag", "bury", "suspend", "undo"])
        #expect(log.map { $0["card"] as? String } == ["signed", "signed", "warheads", nil])
        #expect(log[0]["flag"] as? Int == 2 && log[0]["v"] as? Int == 2)
        #expect(log[1]["until"] as? String == "2026-01-02T00:00:00Z")
        #expect(log[3]["target"] as? String == log[2]["id"] as? String)
        // The next start the same day: the buried card waits, the unsuspended one is there.
        let again = try QuizProcess.run(["study", "--now", "2026-01-01T10:00:00Z", "--data-dir", dir, Self.deck], stdin: "")
        #expect(again.stdout.hasPrefix("Study test · 4 new · 0 learning · 0 review"))
        #expect(again.stdout.contains("[4]·0·0 Cloze"))
    }

    @Test func aLogThatCannotGrowStopsTheSessionWithNothingHalfWritten() throws {
        let dir = tempDir()
        // A first answer, saved; the log is then about 200 bytes.
        _ = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir, Self.deck],
                                stdin: "jan 19 1960\n\n:quit\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/reviews.jsonl"))
        #expect(before.count > 150 && before.count < 400)
        // Files may not grow past 1 KiB (bash counts 1024-byte blocks), as on a full disk: the next answers
        // fill the log up to the limit and the one that crosses it fails. SIGXFSZ is ignored, so the write
        // fails with EFBIG instead of killing the process.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"", QuizProcess.binary.path,
                             "study", "--now", "2026-01-01T09:20:00Z", "--seed", "7", "--data-dir", dir, Self.deck]
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(String(repeating: ":reveal\n", count: 12).utf8))
        try input.fileHandleForWriting.close()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(out.contains("the entry was not saved and the log is as it was"))
        #expect(out.contains("The session stops here: what was saved before is safe."))
        // Every line of the log is whole, and the next start reads it.
        let log = try String(contentsOfFile: dir + "/reviews.jsonl", encoding: .utf8)
        #expect(log.hasSuffix("\n") && log.utf8.count <= 1024)
        let lines = try logLines(dir)
        #expect(lines.count >= 2)
        let again = try QuizProcess.run(["study", "--now", "2026-01-01T09:30:00Z", "--data-dir", dir, Self.deck], stdin: "")
        #expect(again.status == 0)
        #expect(again.stderr == "")
    }

    @Test func cramLeavesTheScheduleAlone() throws {
        let dir = tempDir()
        let out = try QuizProcess.run(["study", "--cram", "--now", "2026-01-01T09:00:00Z", "--seed", "3", "--data-dir", dir, Self.deck],
                                      stdin: String(repeating: ":reveal\n", count: 5))
        #expect(out.stdout.hasPrefix("Study test · cram: 5 cards, schedule untouched"))
        #expect(out.stdout.contains("[5 left] "))
        #expect(!out.stdout.contains("Good 10m"))
        #expect(out.stdout.contains("Cram · 5 cards in 0s · 0 correct (0%) · no schedule changed"))
        let log = try logLines(dir)
        #expect(log.count == 5)
        #expect(log.allSatisfy { $0["scheduled"] as? Bool == false })
        let after = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--data-dir", dir, Self.deck], stdin: "")
        #expect(after.stdout.hasPrefix("Study test · 5 new · 0 learning · 0 review"))
    }

    @Test func secondSessionOnTheSameDataIsRefused() throws {
        let dir = tempDir()
        // Hold the lock with a first process that waits on its stdin.
        let first = Process()
        first.executableURL = QuizProcess.binary
        first.arguments = ["study", "--now", "2026-01-01T09:00:00Z", "--data-dir", dir, Self.deck]
        let pipe = Pipe()
        first.standardInput = pipe
        first.standardOutput = FileHandle.nullDevice
        try first.run()
        defer { try? pipe.fileHandleForWriting.close(); first.waitUntilExit() }
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: dir + "/state.json") { usleep(20_000) }
        let second = try QuizProcess.run(["study", "--data-dir", dir, Self.deck], stdin: "")
        #expect(second.status == 1)
        #expect(second.stderr == "\(dir): error: progress is in use by another quiz process (pid \(first.processIdentifier)); finish that session first\n")
    }

    @Test func sourceShowsTheSentenceWithTheAnswerMaskedThenHighlighted() throws {
        let dir = tempDir()
        let out = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--seed", "1", "--data-dir", dir],
                                      stdin: ":source\njan 19 1960\n:source\n\n:quit\n")
        let text = out.stdout.replacingOccurrences(of: "\n   ", with: " ")
        #expect(text.contains("line 3: “The security treaty between the United States and Japan was signed on ________________. …”"))
        #expect(text.contains("line 3: “The security treaty between the United States and Japan was signed on [January 19, 1960]. …”"))
        #expect(!text.contains("1960. It is intended"))
    }

    @Test func badNowIsAClearError() throws {
        let out = try QuizProcess.run(["study", "--now", "yesterday", "--data-dir", tempDir(), Self.deck])
        #expect(out.status != 0)
        #expect(out.stderr.contains("--now 'yesterday' is not an ISO 8601 time"))
    }
}
