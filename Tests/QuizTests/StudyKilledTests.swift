import Deck
import Foundation
import TestSupport
import Testing
@testable import Quiz

/// `quiz study` killed at any moment (while it answers, while its snapshot is written in the background, or
/// while it quits) never leaves a snapshot that a later start trusts out of step: the store opened next holds
/// what a fresh derivation from the log gives, and the next session and `quiz check` find everything in order.
@Suite struct StudyKilledTests {
    static let deck = QuizProcess.fixture("study/study.deck")
    static let cards = ["signed", "warheads", "threat", "cold-war", "capital"]

    /// A log of `count` reviews of the fixture deck's cards, a minute apart from 2025-01-01.
    static func log(_ count: Int) -> String {
        let start = Date(timeIntervalSince1970: 1_735_689_600)
        let format = ISO8601DateFormatter()
        return (0..<count).map { n in
            let time = format.string(from: start.addingTimeInterval(Double(n) * 60))
            return "{\"v\":1,\"id\":\"seed-\(n)\",\"type\":\"review\",\"deck\":\"study\",\"card\":\"\(cards[n % cards.count])\",\"time\":\"\(time)\",\"rating\":\(n % 7 == 0 ? 1 : 3)}\n"
        }.joined()
    }

    /// Starts `quiz study` answering every card wrong and accepting the advice, and kills it after `delay`.
    func studyKilled(_ dir: String, after delay: Double, now: String) throws {
        let process = Process()
        process.executableURL = QuizProcess.binary
        process.arguments = ["study", "--plain", "--now", now, "--seed", "3", "--data-dir", dir, Self.deck]
        var env = ProcessInfo.processInfo.environment
        env["QUIZ_CONFIG"] = "/nonexistent/quiz-tests/config.toml"
        process.environment = env
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        input.fileHandleForWriting.write(Data(String(repeating: ":reveal\n", count: 40).utf8))
        usleep(useconds_t(delay * 1_000_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
    }

    @Test func aSessionKilledAtAnyMomentLeavesProgressInStep() throws {
        let dir = TemporaryDirectory.make()
        try Self.log(3000).write(toFile: dir + "/reviews.jsonl", atomically: false, encoding: .utf8)
        var rng = SystemRandomNumberGenerator()
        let settings = try ConfiguredSettings.resolve(flags: [:], deckIDs: ["study"],
                                                      environment: ["QUIZ_CONFIG": "/nonexistent/quiz-tests/config.toml"]).schedulerSettings()
        for attempt in 0..<8 {
            // Every other time without a snapshot, so that the start writes one in the background.
            if attempt % 2 == 0 {
                try? FileManager.default.removeItem(atPath: dir + "/state.json")
                try? FileManager.default.removeItem(atPath: dir + "/state.bin")
            }
            let now = "2030-01-0\(1 + attempt)T09:00:00Z"
            try studyKilled(dir, after: Double.random(in: 0.005...0.4, using: &rng), now: now)
            // Opened as study opens it (same scheduler settings), then compared with the log read afresh.
            let store = try ProgressStore(directory: dir, scheduler: FSRSScheduler(settings: settings))
            let history = ReviewHistory(entries: try ReviewLogFile.read(dir + "/reviews.jsonl").entries)
            #expect(store.states == history.cardStates(scheduler: FSRSScheduler(settings: settings)), "attempt \(attempt)")
            #expect(store.summary == ReviewSummary(history), "attempt \(attempt)")
            store.close()
            // The next session starts from what the killed one left, answers one card and quits normally.
            let next = try QuizProcess.run(["study", "--plain", "--now", now, "--seed", "3", "--data-dir", dir, Self.deck], stdin: "x\n\n")
            #expect(next.status == 0, "\(next.stderr)")
            let check = try QuizProcess.run(["check", "--data-dir", dir, Self.deck])
            #expect(check.status == 0, "attempt \(attempt): \(check.stdout)")
            #expect(check.stdout.hasSuffix("no problems\n"), "attempt \(attempt): \(check.stdout)")
        }
    }
}
