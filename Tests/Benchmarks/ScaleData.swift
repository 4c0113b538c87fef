import Deck
import Foundation

/// Seeded synthetic data for the scale benchmarks: a deck of many cards and a review log over them.
enum ScaleData {
    static let deckID = "bench"

    /// A deck of `cards` cards (ids `card-0` …) in every form the format has: raw, block and literal values,
    /// choices, cloze gaps, true/false, hints, tags, sources and accepted answers.
    static func deck(cards: Int, seed: UInt64 = 2026) -> Deck {
        var rng = SeededRandom(seed: seed)
        let words = ["treaty", "signed", "security", "Japan", "United", "States", "alliance", "revised", "1960",
                     "protest", "Diet", "ratified", "Kishi", "Eisenhower", "bases", "Okinawa", "article", "mutual",
                     "defence", "Tokyo", "Washington", "crisis", "vote", "résumé", "naïve", "über", "東京"]
        func phrase(_ n: Int) -> String {
            (0..<n).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
        }
        var deck = Deck(title: "Bench deck", source: "bench.txt")
        deck.cards.reserveCapacity(cards)
        for c in 0..<cards {
            let id = "card-\(c)"
            var card: Card
            switch rng.next() % 10 {
            case 0:
                card = .cloze(id: id, text: "In \(phrase(4)) the {{\(phrase(2))}} was \(phrase(5)).")
            case 1:
                card = Card(id: id, kind: .truefalse, prompt: "\(phrase(8)).", answer: rng.next() % 2 == 0 ? "true" : "false")
            case 2:
                let options = (0..<4).map { "\($0): \(phrase(3))" }
                card = Card(id: id, kind: .choice, prompt: "Which \(phrase(5))?", answer: options[1], choices: options)
            case 3:
                card = Card(id: id, kind: .question, prompt: "What \(phrase(6))?\nAnd \(phrase(4))?", answer: phrase(3))
            case 4:
                card = Card(id: id, kind: .question, prompt: "What \(phrase(6)) \"quoted\"?", answer: " \(phrase(2))")
            default:
                card = Card(id: id, kind: .question, prompt: "What \(phrase(10)) \(phrase(3))?", answer: phrase(2),
                            accepted: rng.next() % 3 == 0 ? [phrase(2)] : [])
            }
            if rng.next() % 4 == 0 { card.hint = phrase(3) }
            card.tags = ["bench", "t\(c % 7)"]
            card.source = SourceRef(line: c + 1, endLine: c + 1 + Int(rng.next() % 3))
            card.score = Double(rng.next() % 1000) / 1000
            deck.cards.append(card)
        }
        return deck
    }

    /// A review log of `reviews` reviews over `cards` cards of the bench deck, in time order as a learner writes
    /// it: about one review per card per `reviews / cards` sessions, a few undos (one in 200 reviews), and a few
    /// card actions. Ends before `end`.
    static func log(cards: Int, reviews: Int, seed: UInt64 = 42) -> (text: String, end: Timestamp) {
        var rng = SeededRandom(seed: seed)
        let perCard = max(1, reviews / cards)
        // Each card's review times, spaced as a learner's grow; then all merged in time order.
        let start = Timestamp(seconds: 1_700_000_000)
        var events: [(time: Int64, card: Int32)] = []
        events.reserveCapacity(cards * perCard)
        for c in 0..<cards {
            var t = start.microseconds + Int64(c / 20) * 86_400_000_000 / 4 + Int64(rng.next() % 86_400) * 1_000_000
            for k in 0..<perCard {
                events.append((t, Int32(c)))
                let days = k < 3 ? 1 : Int64(1 + rng.next() % UInt64(min(60, 2 + k * 3)))
                t += days * 86_400_000_000 + Int64(rng.next() % 3600) * 1_000_000
            }
        }
        events.sort { ($0.time, $0.card) < ($1.time, $1.card) }
        var out = TextBuffer()
        var n = 0
        var lastReviewID: String? = nil
        let ratings: [Rating] = [.again, .hard, .good, .good, .good, .good, .easy]
        for e in events.prefix(reviews) {
            n += 1
            let rating = ratings[Int(rng.next() % UInt64(ratings.count))]
            let time = Timestamp(microseconds: e.time)
            let key = CardKey(deck: deckID, card: "card-\(e.card)")
            let id = "r-\(String(n, radix: 36))"
            out += ReviewLogCodec.encode(.review(ReviewRecord(
                id: id, key: key, time: time, rating: rating, answer: rating == .again ? "not sure" : "the answer",
                durationMs: 2000 + Int(rng.next() % 9000), outcome: rating == .again ? .wrong : .correct)))
            out += "\n"
            lastReviewID = id
            if n % 200 == 0, let target = lastReviewID {
                out += ReviewLogCodec.encode(.undo(UndoRecord(id: "u-\(n)", time: time + .seconds(5), target: target)))
                out += "\n"
            }
            if n % 5000 == 0 {
                out += ReviewLogCodec.encode(.action(CardActionRecord(id: "a-\(n)", key: key, time: time + .seconds(6), action: .flag(2))))
                out += "\n"
            }
        }
        let last = Timestamp(microseconds: events.prefix(reviews).last?.time ?? start.microseconds)
        return (out.text, last + .days(1))
    }
}
