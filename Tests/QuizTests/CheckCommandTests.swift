import Foundation
import TestSupport
import Testing

/// `quiz check` and `quiz check --repair` through the real binary, on data directories with each kind of
/// damage it names.
@Suite struct CheckCommandTests {
    static let deck = QuizProcess.fixture("study/study.deck")

    static func review(_ id: String, card: String = "signed", deck: String = "study", minute: Int = 0, rating: Int = 3) -> String {
        "{\"v\":1,\"id\":\"\(id)\",\"type\":\"review\",\"deck\":\"\(deck)\",\"card\":\"\(card)\",\"time\":\"2026-01-01T09:\(String(format: "%02d", minute)):00Z\",\"rating\":\(rating)}\n"
    }

    /// A data directory whose log is `text`, as written (no snapshot).
    func directory(_ text: String) throws -> String {
        let dir = TemporaryDirectory.make()
        try text.write(toFile: dir + "/reviews.jsonl", atomically: false, encoding: .utf8)
        return dir
    }

    /// A data directory after a real study session (one card answered), with its snapshot.
    func studied() throws -> String {
        let dir = TemporaryDirectory.make()
        let session = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir, Self.deck],
                                          stdin: "jan 19 1960\n\n:quit\n")
        #expect(session.status == 0, "\(session.stderr)")
        return dir
    }

    func check(_ dir: String, _ extra: [String] = []) throws -> QuizProcess.Output {
        try QuizProcess.run(["check", "--data-dir", dir] + extra + [Self.deck])
    }

    func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func aHealthyDirectoryPasses() throws {
        let dir = try studied()
        let out = try check(dir)
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        #expect(out.stdout == "\(dir): 1 log entry, 1 card with progress, 1 deck: no problems\n")
    }

    @Test func everyBadLineIsReportedNotOnlyTheFirst() throws {
        let dir = try directory(Self.review("r1") + "{\"v\":1,\"id\":\"r2\"\n" + Self.review("r3", minute: 5) + "not json\n" + Self.review("r5", minute: 9))
        let out = try check(dir)
        #expect(out.status == 1)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("\(dir)/reviews.jsonl:2: error: corrupt review log line: "))
        #expect(lines[1].hasPrefix("\(dir)/reviews.jsonl:4: error: corrupt review log line: not a JSON object"))
        #expect(lines[2] == "\(dir): 3 log entries, 0 cards with progress, 1 deck: 2 problems")
        // --repair cannot fix a bad line: it backs up, rebuilds nothing it cannot read, and never rewrites the log.
        let before = try read(dir + "/reviews.jsonl")
        let repair = try check(dir, ["--repair"])
        #expect(repair.status == 1)
        #expect(repair.stdout.hasPrefix("nothing that --repair fixes; nothing was changed\n"))
        #expect(try read(dir + "/reviews.jsonl") == before)
    }

    @Test func aTornTailIsReportedAndRepairSetsItAsideAfterABackup() throws {
        let good = Self.review("r1") + Self.review("r2", minute: 10)
        let dir = try directory(good + "{\"v\":1,\"id\":\"r3\",\"type\":\"rev")
        let out = try check(dir)
        #expect(out.status == 1)
        #expect(out.stdout.hasPrefix("\(dir)/reviews.jsonl:3: error: the last line is incomplete (28 bytes; a crash in mid-write?): "))
        #expect(out.stdout.hasSuffix("1 problem, 1 fixed by quiz check --repair\n"))

        let repair = try check(dir, ["--repair"])
        #expect(repair.status == 0, "\(repair.stdout)\(repair.stderr)")
        let backups = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("backup-") }
        #expect(backups.count == 1)
        #expect(try read(dir + "/" + backups[0] + "/reviews.jsonl") == good + "{\"v\":1,\"id\":\"r3\",\"type\":\"rev")
        #expect(repair.stdout.contains("backed up reviews.jsonl to \(dir)/\(backups[0])\n"))
        #expect(try read(dir + "/reviews.jsonl") == good)
        #expect(try read(dir + "/reviews.jsonl.torn-1") == "{\"v\":1,\"id\":\"r3\",\"type\":\"rev")
        #expect(repair.stdout.hasSuffix("\(dir): 2 log entries, 1 card with progress, 1 deck: no problems\n"))
        #expect(try check(dir).status == 0)
    }

    @Test func repairLeavesALogWithABadLineInTheMiddleAsItWas() throws {
        let text = Self.review("r1") + "garbage\n" + Self.review("r3", minute: 5) + "{\"v\":1,\"id\":\"r4"
        let dir = try directory(text)
        let repair = try check(dir, ["--repair"])
        #expect(repair.status == 1)
        #expect(repair.stdout.contains("cannot repair: \(dir)/reviews.jsonl:2: error: corrupt review log line: "))
        #expect(repair.stdout.contains("\(dir)/reviews.jsonl:4: error: the last line is incomplete"))
        #expect(try read(dir + "/reviews.jsonl") == text)
        let backup = try FileManager.default.contentsOfDirectory(atPath: dir).first { $0.hasPrefix("backup-") }
        #expect(try read(dir + "/" + #require(backup) + "/reviews.jsonl") == text)
    }

    @Test func anUndoWithoutItsTargetIsReported() throws {
        let dir = try directory(Self.review("r1") + "{\"v\":1,\"id\":\"u1\",\"type\":\"undo\",\"time\":\"2026-01-01T09:01:00Z\",\"target\":\"r9\"}\n")
        let out = try check(dir)
        #expect(out.status == 1)
        #expect(out.stdout.hasPrefix("\(dir)/reviews.jsonl:2: error: undo u1 cancels r9, which is not in the log\n"))
    }

    @Test func aStaleSnapshotIsReportedAndRebuiltByRepair() throws {
        let dir = try studied()
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/reviews.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(Self.review("r-late", card: "threat", minute: 30).utf8))
        try handle.close()
        let out = try check(dir)
        #expect(out.status == 1)
        #expect(out.stdout.hasPrefix("\(dir)/state.json: error: out of step with the review log (it describes 1 entries, "))
        let snapshotBefore = try read(dir + "/state.json")
        let repair = try check(dir, ["--repair"])
        #expect(repair.status == 0, "\(repair.stdout)")
        let backup = try FileManager.default.contentsOfDirectory(atPath: dir).first { $0.hasPrefix("backup-") }
        #expect(try read(dir + "/" + #require(backup) + "/state.json") == snapshotBefore)
        #expect(try check(dir).stdout.hasSuffix("2 log entries, 2 cards with progress, 1 deck: no problems\n"))
    }

    /// The snapshot of a studied directory with its first card's memory edited.
    func editedSnapshot(_ edit: (inout [String: Any]) -> Void) throws -> String {
        let dir = try studied()
        let url = URL(fileURLWithPath: dir + "/state.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var cards = json["cards"] as! [[String: Any]]
        var memory = cards[0]["memory"] as! [String: Any]
        edit(&memory)
        cards[0]["memory"] = memory
        json["cards"] = cards
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        return dir
    }

    @Test func aSnapshotWithBadValuesIsReportedAndRebuiltByRepair() throws {
        let dir = try editedSnapshot { $0["stability"] = -1 }
        let out = try check(dir)
        #expect(out.status == 1)
        #expect(out.stdout.hasPrefix("\(dir)/state.json: error: bad values in the snapshot (card 1 (study/signed): stability -"))
        #expect(try check(dir, ["--repair"]).status == 0)
        #expect(try check(dir).status == 0)
    }

    @Test func aSnapshotWhoseValuesTheLogDoesNotGiveIsReported() throws {
        let dir = try editedSnapshot { $0["stability"] = 42.5 }
        let out = try check(dir)
        #expect(out.status == 1)
        #expect(out.stdout.hasPrefix("\(dir)/state.json: error: card study/signed differs from its state derived from the log; --repair rebuilds it from the log\n"))
        #expect(try check(dir, ["--repair"]).status == 0)
    }

    @Test func orphanReviewsAreListedAndNeverDeleted() throws {
        let text = Self.review("r1") + Self.review("r2", card: "gone", minute: 2) + Self.review("r3", card: "gone", minute: 4) + Self.review("r4", card: "x", deck: "other", minute: 6)
        let dir = try directory(text)
        let out = try check(dir)
        #expect(out.status == 1)
        #expect(out.stdout.hasPrefix("""
            \(dir)/reviews.jsonl:2: error: study/gone is in no deck (2 entries); orphan entries are kept
            \(dir)/reviews.jsonl:4: error: other/x is in no deck (1 entry); orphan entries are kept

            """))
        let repair = try check(dir, ["--repair"])
        #expect(repair.status == 1)
        #expect(try read(dir + "/reviews.jsonl") == text)
    }

    @Test func deckErrorsAreReported() throws {
        let dir = try studied()
        let out = try QuizProcess.run(["check", "--data-dir", dir, Self.deck, QuizProcess.fixture("broken.deck")])
        #expect(out.status == 1)
        let broken = QuizProcess.fixture("broken.deck")
        #expect(out.stdout.hasPrefix("\(broken):3:4: error: missing answer in card 'one' (A: …)\n\(broken):7:13: error: "))
        #expect(out.stdout.hasSuffix("\(dir): 1 log entry, 1 card with progress, 2 decks: 4 problems\n"))
        #expect(out.stdout.split(separator: "\n").count == 5)
    }
}
