import Foundation
import TestSupport
import Testing

/// `quiz merge` through the real binary, on data directories written by real study sessions.
@Suite struct MergeCommandTests {
    static let deck = QuizProcess.fixture("study/study.deck")

    /// A data directory after one session at `now` (the first card answered, then the next one suspended).
    func studied(at now: String, seed: String) throws -> String {
        let dir = TemporaryDirectory.make()
        let session = try QuizProcess.run(["study", "--now", now, "--seed", seed, "--data-dir", dir, Self.deck],
                                          stdin: "jan 19 1960\n\n:suspend\n:quit\n")
        #expect(session.status == 0, "\(session.stderr)")
        return dir
    }

    func copy(_ dir: String) throws -> String {
        let to = TemporaryDirectory.make()
        for name in ["reviews.jsonl", "state.json"] { try FileManager.default.copyItem(atPath: dir + "/" + name, toPath: to + "/" + name) }
        return to
    }

    func log(_ dir: String) throws -> String { try String(contentsOfFile: dir + "/reviews.jsonl", encoding: .utf8) }

    @Test func twoMachinesMergedEitherWayHoldTheSameLogAndAgainChangesNothing() throws {
        let laptop = try studied(at: "2026-01-01T09:00:00Z", seed: "7")
        let desktop = try studied(at: "2026-01-02T19:00:00Z", seed: "7")
        let laptopCopy = try copy(laptop), desktopCopy = try copy(desktop)
        let intoLaptop = try QuizProcess.run(["merge", "--data-dir", laptop, desktopCopy])
        #expect(intoLaptop.status == 0, "\(intoLaptop.stderr)")
        #expect(intoLaptop.stdout == """
            \(desktopCopy): 2 new entries (1 review, 0 undos, 1 card action), 2 cards touched
            merged into \(laptop): 2 new entries, 2 cards touched; the log now holds 4

            """)
        let intoDesktop = try QuizProcess.run(["merge", "--data-dir", desktop, laptopCopy])
        #expect(intoDesktop.status == 0)
        #expect(try log(laptop) == log(desktop))
        let again = try QuizProcess.run(["merge", "--data-dir", laptop, desktopCopy])
        #expect(again.stdout.hasSuffix("merged into \(laptop): 0 new entries, 0 cards touched; the log now holds 4\n"))
        #expect(try log(laptop) == log(desktop))
        // Study reads the merged directory without a warning: the snapshot was rebuilt to match.
        let cards = try QuizProcess.run(["cards", "--data-dir", laptop, "--now", "2026-01-03T09:00:00Z", Self.deck])
        #expect(cards.status == 0 && cards.stderr.isEmpty, "\(cards.stderr)")
        #expect(try QuizProcess.run(["check", "--data-dir", laptop, Self.deck]).status == 0)
    }

    @Test func aTornLogElsewhereIsRefusedAndNothingIsWritten() throws {
        let here = try studied(at: "2026-01-01T09:00:00Z", seed: "7")
        let there = try studied(at: "2026-01-02T09:00:00Z", seed: "7")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: there + "/reviews.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"v\":1,\"id\":\"r".utf8))
        try handle.close()
        let before = try log(here)
        let out = try QuizProcess.run(["merge", "--data-dir", here, there])
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.hasPrefix("\(there)/reviews.jsonl:3: error: the last line is incomplete (a crash in mid-write?): "))
        #expect(out.stderr.hasSuffix("nothing was merged (quiz check --repair sets a torn last line aside)\n"))
        #expect(out.stderr.split(separator: "\n").count == 1)
        #expect(try log(here) == before)
    }

    @Test func aMissingDirectoryIsAnError() throws {
        let here = TemporaryDirectory.make()
        let out = try QuizProcess.run(["merge", "--data-dir", here, here + "/nowhere"])
        #expect(out.status == 1)
        #expect(out.stderr == "\(here)/nowhere: error: no such progress directory; nothing was merged\n")
    }
}
