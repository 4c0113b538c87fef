import Foundation
import TestSupport
import Testing

/// `quiz cards` and `quiz unsuspend` on a log written by a real study session.
@Suite struct CardsCommandTests {
    static let deck = QuizProcess.fixture("study/study.deck")

    func rows(_ arguments: [String], dir: String) throws -> [[String: Any]] {
        let out = try QuizProcess.run(["cards", "--format", "json", "--now", "2026-01-01T10:00:00Z", "--data-dir", dir] + arguments + [Self.deck])
        #expect(out.status == 0, "\(out.stderr)")
        return try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [[String: Any]]
    }

    @Test func cardsShowWhatTheSessionDidAndUnsuspendUndoesASuspension() throws {
        let dir = TemporaryDirectory.make()
        // Good on the first card, then flag, bury and suspend the next ones.
        let session = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir, Self.deck],
                                          stdin: "jan 19 1960\n\n:flag 3\n:bury\n:suspend\n:quit\n")
        #expect(session.status == 0)
        let all = try rows([], dir: dir)
        #expect(all.map { $0["card"] as? String } == ["study/signed", "study/warheads", "study/threat", "study/cold-war", "study/capital"])
        #expect(all.map { $0["status"] as? String } == ["learning", "buried", "suspended", "new", "new"])
        #expect(all[0]["isDue"] as? Bool == true && all[0]["due"] as? String == "2026-01-01T09:10:00Z")
        #expect(all[1]["flag"] as? Int == 3)
        #expect(try rows(["--flagged"], dir: dir).map { $0["card"] as? String } == ["study/warheads"])
        #expect(try rows(["--suspended"], dir: dir).map { $0["card"] as? String } == ["study/threat"])
        #expect(try rows(["--due"], dir: dir).map { $0["card"] as? String } == ["study/signed"])
        #expect(try rows(["--search", "TOKYO"], dir: dir).isEmpty)
        #expect(try rows(["--search", "首都"], dir: dir).map { $0["card"] as? String } == ["study/capital"])

        let text = try QuizProcess.run(["cards", "--now", "2026-01-01T10:00:00Z", "--data-dir", dir, Self.deck])
        #expect(text.stdout.hasPrefix("card            state      due               lapses  flag  prompt\n"))
        #expect(text.stdout.contains("study/threat    suspended  -                 0       -     Which country is the…\n"))
        #expect(text.stdout.hasSuffix("5 cards\n"))

        let unknown = try QuizProcess.run(["unsuspend", "nothing", "--deck", Self.deck, "--data-dir", dir])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "quiz: error: no card named 'nothing'\n")
        let back = try QuizProcess.run(["unsuspend", "threat", "--deck", Self.deck, "--now", "2026-01-01T10:00:00Z", "--data-dir", dir])
        #expect(back.status == 0)
        #expect(back.stdout == "unsuspended study/threat\n")
        #expect(try rows(["--suspended"], dir: dir).isEmpty)
        let log = try String(contentsOfFile: dir + "/reviews.jsonl", encoding: .utf8)
        #expect(log.split(separator: "\n").last?.contains("\"type\":\"unsuspend\",\"deck\":\"study\",\"card\":\"threat\"") == true)
        // The next session studies it again.
        let again = try QuizProcess.run(["study", "--now", "2026-01-01T10:00:00Z", "--data-dir", dir, Self.deck], stdin: "")
        #expect(again.stdout.hasPrefix("Study test · 3 new · 1 learning · 0 review"))
    }
}
