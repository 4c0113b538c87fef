import Foundation
import Testing
@testable import Deck

/// The scheduler against fixtures generated with the reference, py-fsrs 6.3.2 (fuzz off).
@Suite struct FSRSParityTests {
    struct Case: Decodable {
        struct Settings: Decodable {
            var parameters: [Double]
            var desired_retention: Double
            var learning_steps: [Int64]
            var relearning_steps: [Int64]
            var maximum_interval: Int
        }
        var settings: Settings
        var card: String
        var reviews: [[Int64]]
        var expected: [[Expected]]
    }

    /// One cell of an expected row: a string, a number or null.
    enum Expected: Decodable {
        case text(String), number(Double), null
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null } else if let s = try? c.decode(String.self) { self = .text(s) } else { self = .number(try c.decode(Double.self)) }
        }
        var number: Double? { if case .number(let v) = self { return v } else { return nil } }
    }

    static func cases() throws -> [Case] {
        let text = try String(contentsOfFile: Paths.fixture("fsrs/parity.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    @Test func matchesReferenceOnRandomHistories() throws {
        let cases = try Self.cases()
        var reviews = 0
        var mismatches: [String] = []
        for c in cases {
            let settings = try SchedulerSettings(
                parameters: c.settings.parameters, desiredRetention: c.settings.desired_retention,
                learningSteps: c.settings.learning_steps.map { .seconds($0) },
                relearningSteps: c.settings.relearning_steps.map { .seconds($0) },
                maximumInterval: c.settings.maximum_interval, enableFuzzing: false)
            let scheduler = FSRSScheduler(settings: settings)
            var card = MemoryState.new()
            for (k, review) in c.reviews.enumerated() {
                card = scheduler.review(card, rating: Rating(rawValue: Int(review[1]))!, at: Timestamp(microseconds: review[0]))
                reviews += 1
                let e = c.expected[k]
                guard case .text(let state) = e[0] else { Issue.record("bad fixture"); return }
                let step = e[1].number.map { Int($0) }
                let ok = card.state.rawValue == state && card.step == step
                    && Self.close(card.stability, e[2].number) && Self.close(card.difficulty, e[3].number)
                    && card.due.microseconds == Int64(e[4].number!) && card.lastReview?.microseconds == Int64(e[5].number!)
                if !ok {
                    mismatches.append("\(c.card) review \(k): got \(card), expected \(e)")
                    break
                }
            }
        }
        #expect(reviews > 5000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5).joined(separator: "\n"))")
    }
}
