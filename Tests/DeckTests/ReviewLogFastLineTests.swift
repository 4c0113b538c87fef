import Foundation
import Testing
@testable import Deck

/// The fast reader of the log's own line shapes reads what the general reader reads, and leaves every other
/// line to it: on lines as quiz writes them, and on those lines cut, spliced and changed a byte at a time.
@Suite struct ReviewLogFastLineTests {
    let t0 = Timestamp(seconds: 1_735_689_600)

    func lines(_ rng: inout SeededRandom) -> [String] {
        var out: [String] = []
        let texts = ["ans", "", "quote \" and \\ back", "tab\tnewline\n", "é 東京", "\u{7F}", "\u{2028}"]
        for n in 0..<40 {
            let time = t0 + Interval(microseconds: Int64(rng.next() % 10_000_000_000_000))
            let key = CardKey(deck: ["d", "", "deck \"q\""][Int(rng.next() % 3)], card: ["c1", "card-é", ""][Int(rng.next() % 3)])
            switch rng.next() % 4 {
            case 0:
                out.append(ReviewLogCodec.encode(.undo(UndoRecord(id: "u\(n)", time: time, target: texts[Int(rng.next() % UInt64(texts.count))]))))
            case 1:
                let actions: [CardAction] = [.suspend, .unsuspend, .flag(3), .bury(until: time + .days(1))]
                out.append(ReviewLogCodec.encode(.action(CardActionRecord(id: "a\(n)", key: key, time: time, action: actions[Int(rng.next() % 4)]))))
            default:
                let answer: String? = rng.next() % 4 == 0 ? nil : texts[Int(rng.next() % UInt64(texts.count))]
                let duration: Int? = rng.next() % 4 == 0 ? nil : Int(rng.next() % 100_000)
                let outcome: ReviewOutcome? = rng.next() % 4 == 0 ? nil : [.correct, .wrong, .close][Int(rng.next() % 3)]
                out.append(ReviewLogCodec.encode(.review(ReviewRecord(
                    id: "r\(n)", key: key, time: time, rating: Rating(rawValue: Int(rng.next() % 4) + 1)!, answer: answer,
                    durationMs: duration, outcome: outcome, scheduled: rng.next() % 5 != 0))))
            }
        }
        return out
    }

    func expectAgree(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        bytes.withUnsafeBufferPointer { b in
            let full = ReviewLogCodec.decodeInFull(b)
            if let fast = ReviewLogFastLine.decode(b) {
                #expect(full == .success(fast), "\(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
            }
            #expect(ReviewLogCodec.decode(b) == full, sourceLocation: sourceLocation)
        }
    }

    @Test func linesAsWrittenAreReadFastAndAlike() {
        var rng = SeededRandom(seed: 1)
        var fast = 0
        for line in lines(&rng) {
            expectAgree(Array(line.utf8))
            let read = Array(line.utf8).withUnsafeBufferPointer({ ReviewLogFastLine.decode($0) }) != nil
            // Every review and undo without an escape is read fast.
            if !line.contains("\\"), line.contains("\"type\":\"review\"") || line.contains("\"type\":\"undo\"") {
                #expect(read, "\(line)")
            }
            if read { fast += 1 }
        }
        #expect(fast > 0)
    }

    @Test(arguments: 1...20) func mutatedLinesAgree(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let written = lines(&rng).map { Array($0.utf8) }
        let alphabet = Array("{}\":,0123456789-.tfnluer \\ \u{1}".utf8) + [0xC3, 0xA9, 0xFF]
        for var bytes in written {
            for _ in 0..<10 {
                var line = bytes
                switch rng.next() % 4 {
                case 0 where !line.isEmpty:
                    line[Int(rng.next() % UInt64(line.count))] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                case 1 where !line.isEmpty:
                    line.remove(at: Int(rng.next() % UInt64(line.count)))
                case 2:
                    line.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: Int(rng.next() % UInt64(line.count + 1)))
                default:
                    let other = written[Int(rng.next() % UInt64(written.count))]
                    line = Array(line.prefix(Int(rng.next() % UInt64(line.count + 1)))) + other.suffix(Int(rng.next() % UInt64(other.count + 1)))
                }
                expectAgree(line)
                bytes = line
            }
        }
    }
}
