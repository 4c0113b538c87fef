import Deck
import Foundation
import TestSupport
import Testing

/// `quiz optimize` as a process: it reads the review log, prints the fit, and with --apply keeps the
/// parameters in config.toml so that `quiz cards` schedules the next review differently.
@Suite struct OptimizeCommandTests {
    static let deck = QuizProcess.fixture("study/study.deck")
    static let start = CivilTime.parse("2025-01-01T09:00:00Z")!

    /// A review log: a simulated learner (whose first Good reviews last far longer than the defaults say) on
    /// cards of deck `study`, and the deck's card `signed` rated Easy once on the last day (so that it graduates).
    func writeLog(_ dir: String, newCardsPerDay: Int, days: Int) throws -> Timestamp {
        var truth = SchedulerSettings.defaultParameters
        truth[2] = 9
        truth[3] = 25
        var random = SeededRandom(seed: 3)
        let learner = SimulatedLearner(parameters: truth, newCardsPerDay: newCardsPerDay, days: days)
        var log = ""
        var n = 0
        for (c, events) in learner.histories(start: Self.start, random: &random).enumerated() {
            for event in events {
                n += 1
                log += ReviewLogCodec.encode(.review(ReviewRecord(id: "r\(n)", key: CardKey(deck: "study", card: "sim-\(c)"),
                                                                  time: event.time, rating: event.rating))) + "\n"
            }
        }
        let last = Self.start + .days(Int64(days))
        log += ReviewLogCodec.encode(.review(ReviewRecord(id: "signed-1", key: CardKey(deck: "study", card: "signed"), time: last, rating: .easy))) + "\n"
        try log.write(toFile: dir + "/reviews.jsonl", atomically: true, encoding: .utf8)
        return last
    }

    func due(of card: String, dir: String, config: String, now: Timestamp) throws -> String? {
        let out = try QuizProcess.run(["cards", "--format", "json", "--now", now.iso8601, "--data-dir", dir, Self.deck],
                                      environment: ["QUIZ_CONFIG": config])
        #expect(out.status == 0, "\(out.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [[String: Any]]
        return rows.first { $0["card"] as? String == card }?["due"] as? String
    }

    @Test func applyKeepsTheFittedParametersAndChangesWhatIsScheduledNext() throws {
        let dir = TemporaryDirectory.make(), config = dir + "/config.toml"
        let now = try writeLog(dir, newCardsPerDay: 6, days: 150)
        let before = try due(of: "study/signed", dir: dir, config: config, now: now)

        let json = try QuizProcess.run(["optimize", "--data-dir", dir, "--format", "json"], environment: ["QUIZ_CONFIG": config])
        #expect(json.status == 0, "\(json.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(report["method"] as? String == "trained")
        let fitted = try #require(report["parameters"] as? [Double])
        #expect(fitted.count == 21 && fitted[2] > 2 * SchedulerSettings.defaultParameters[2])
        let held = try #require(report["held_out"] as? [String: Any])
        let fittedLoss = try #require((held["fitted"] as? [String: Any])?["log_loss"] as? Double)
        let defaultLoss = try #require((held["defaults"] as? [String: Any])?["log_loss"] as? Double)
        #expect(fittedLoss < defaultLoss)
        // Without --apply nothing is kept.
        #expect(!FileManager.default.fileExists(atPath: config))

        let text = try QuizProcess.run(["optimize", "--data-dir", dir, "--apply"], environment: ["QUIZ_CONFIG": config])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("parameter   default    fitted\n"))
        #expect(text.stdout.contains("held out of the fit"))
        #expect(text.stderr.contains("kept fsrs-parameters in \(config)"))
        let kept = try String(contentsOfFile: config, encoding: .utf8)
        #expect(kept.contains("fsrs-parameters"))
        let after = try due(of: "study/signed", dir: dir, config: config, now: now)
        #expect(before != nil && after != nil && before != after, "before \(before ?? "-"), after \(after ?? "-")")
        // The snapshot was derived again with the new parameters.
        let snapshot = try String(contentsOfFile: dir + "/state.json", encoding: .utf8)
        #expect(snapshot.contains(String(fitted[2])))
    }

    @Test func belowTheMinimumItSaysSoAndKeepsTheDefaults() throws {
        let dir = TemporaryDirectory.make(), config = dir + "/config.toml"
        _ = try writeLog(dir, newCardsPerDay: 1, days: 2)
        let out = try QuizProcess.run(["optimize", "--data-dir", dir, "--apply"], environment: ["QUIZ_CONFIG": config])
        #expect(out.status == 0)
        #expect(out.stderr.contains("at least \(ParameterOptimizer.minimumItems) are needed, so the defaults are kept"))
        #expect(!FileManager.default.fileExists(atPath: config))
    }

    @Test func aRevlogCSVIsOptimizedAndBadInputIsOneLine() throws {
        let dir = TemporaryDirectory.make()
        let bad = dir + "/bad.csv"
        try "card_id,review_time,review_rating\n1,12,9\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let out = try QuizProcess.run(["optimize", "--revlog", bad])
        #expect(out.status == 1)
        #expect(out.stderr == "\(bad):2: error: review_rating '9' is not 1, 2, 3 or 4\n")
        let clash = try QuizProcess.run(["optimize", "--revlog", bad, "--deck", "x"])
        #expect(clash.status != 0)
    }
}
