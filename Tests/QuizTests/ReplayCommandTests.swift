import Foundation
import TestSupport
import Testing

/// `quiz replay` as a real process, against output of the reference scheduler.
@Suite struct ReplayCommandTests {
    let fixtures = QuizProcess.root.appendingPathComponent("Tests/DeckTests/Fixtures/fsrs")

    func tempFile(_ text: String) -> String {
        let path = TemporaryDirectory.file("revlog", extension: "csv")
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func matchesReferenceOutput() throws {
        let out = try QuizProcess.run(["replay", "--no-fuzz", fixtures.appendingPathComponent("replay.csv").path])
        #expect(out.status == 0)
        #expect(out.stderr == "")
        let expected = try String(contentsOf: fixtures.appendingPathComponent("replay-expected.jsonl"), encoding: .utf8)
        let got = out.stdout.split(separator: "\n")
        let want = expected.split(separator: "\n")
        #expect(got.count == want.count)
        for (g, w) in zip(got, want) {
            let a = try JSONSerialization.jsonObject(with: Data(g.utf8)) as! NSDictionary
            let b = try JSONSerialization.jsonObject(with: Data(w.utf8)) as! NSDictionary
            #expect(a == b)
        }
        #expect(got.first?.hasPrefix("{\"card_id\": 1700000000000, \"state\": \"review\", \"step\": null, \"stability\": ") == true)
    }

    @Test func fuzzedReplayIsReproducible() throws {
        let path = fixtures.appendingPathComponent("replay.csv").path
        let a = try QuizProcess.run(["replay", path])
        let b = try QuizProcess.run(["replay", path])
        #expect(a.status == 0 && a.stdout == b.stdout)
        let plain = try QuizProcess.run(["replay", "--no-fuzz", path])
        #expect(plain.stdout != a.stdout)
    }

    @Test func badRowNamesFileAndLine() throws {
        let path = tempFile("card_id,review_time,review_rating\n1,1700000000000,3\n1,1700000100000,5\n")
        let out = try QuizProcess.run(["replay", path])
        #expect(out.status == 1)
        #expect(out.stdout == "")
        #expect(out.stderr == "\(path):3: error: review_rating '5' is not 1, 2, 3 or 4\n")
    }

    @Test func badTimeAndMissingHeader() throws {
        let bad = tempFile("card_id,review_time,review_rating\n1,yesterday,3\n")
        let out = try QuizProcess.run(["replay", bad])
        #expect(out.stderr == "\(bad):2: error: review_time 'yesterday' is not milliseconds since 1970\n")
        let noHeader = tempFile("1,1700000000000,3\n")
        let out2 = try QuizProcess.run(["replay", noHeader])
        #expect(out2.status == 1)
        #expect(out2.stderr == "\(noHeader):1: error: expected a header with card_id, review_time and review_rating\n")
    }

    @Test func customSettingsChangeTheSchedule() throws {
        let path = tempFile("review_state,card_id,review_rating,review_time\n0,7,3,1700000000000\n1,7,3,1700000600000\n")
        let standard = try QuizProcess.run(["replay", "--no-fuzz", path])
        #expect(standard.stdout.contains("\"state\": \"review\""))
        let steps = try QuizProcess.run(["replay", "--no-fuzz", "--learning-steps", "1m,10m,1h", path])
        #expect(steps.stdout.contains("\"state\": \"learning\", \"step\": 2"))
        let bad = try QuizProcess.run(["replay", "--params", "1,2,3", path])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("expected 21 parameters, got 3"))
    }
}
