extension DeckBuilder {
    /// Where a card stands in the deck: sentence, fact, form.
    struct Order: Comparable, Sendable {
        var sentence: Int, token: Int, form: Int
        static func < (a: Order, b: Order) -> Bool { (a.sentence, a.token, a.form) < (b.sentence, b.token, b.form) }
    }

    /// Cards made in parallel, in the order they were made, before the sequential pass gives them their final
    /// ids and truth values.
    struct MadeCards: Sendable {
        var cards: [Card] = []
        /// Per card: where it stands in the deck.
        var orders: [Order] = []
        /// Per card: a true/false card's true statement (the card holds the false one until it is decided).
        var trueStatements: [String?] = []

        init(capacity: Int = 0) {
            orders.reserveCapacity(capacity)
            cards.reserveCapacity(capacity)
            trueStatements.reserveCapacity(capacity)
        }

        var count: Int { orders.count }

        mutating func append(_ card: consuming Card, _ order: Order, trueStatement: String? = nil) {
            orders.append(order)
            cards.append(card)
            trueStatements.append(trueStatement)
        }

        /// Adds the cloze card of fact `f` of sentence `s` (with `context` before it, if any).
        mutating func appendCloze(id: String, _ s: TokenizedSentence, _ f: FactSpan, context: String?, answer: String,
                                  score: Double, fact: String, _ order: Order) {
            append(Card(id: id, kind: .cloze, prompt: QuestionWriter.cloze(s, f, context: context), answer: answer,
                        hint: f.type.hint(for: answer), tags: f.type.tags, source: SourceRef(line: s.line), score: score, fact: fact), order)
        }

        /// Adds the choice card "Fill the gap: “…”" of fact `f` of sentence `s`.
        mutating func appendGapChoice(id: String, _ s: TokenizedSentence, _ f: FactSpan, answer: String, choices: [String],
                                      score: Double, fact: String, _ order: Order) {
            append(Card(id: id, kind: .choice, prompt: "Fill the gap: “\(QuestionWriter.replacing(s, f, with: "___"))”",
                        answer: answer, choices: choices, tags: f.type.tags, source: SourceRef(line: s.line), score: score,
                        fact: fact), order)
        }

        /// Adds the true/false card of fact `f` of sentence `s` with `swap` standing for the fact (false), and the
        /// sentence itself as its true statement.
        mutating func appendTrueFalse(id: String, _ s: TokenizedSentence, _ f: FactSpan, swap: String, score: Double,
                                      fact: String, _ order: Order) {
            append(Card(id: id, kind: .truefalse, prompt: QuestionWriter.replacing(s, f, with: swap), answer: "false",
                        tags: f.type.tags, source: SourceRef(line: s.line), score: score, fact: fact),
                   order, trueStatement: s.text)
        }
    }

    /// The cards of some sentences in deck order, with what the sequential pass needs to finish them in the
    /// order they were made (which decides true/false statements and id suffixes).
    struct MadeBatch: Sendable {
        var cards: [Card]
        /// Per card: a true/false card's true statement.
        var trueStatements: [String?]
        /// The deck position of each card, in the order the cards were made.
        var positions: [Int32]

        var count: Int { cards.count }

        /// Puts cards made in any order into deck order (cards made for the same place keep the order they
        /// were made in).
        init(_ made: consuming MadeCards) {
            let orders = made.orders
            let order = orders.indices.sorted { (orders[$0], $0) < (orders[$1], $1) }
            var positions = [Int32](repeating: 0, count: order.count)
            for (position, k) in order.enumerated() { positions[k] = Int32(position) }
            cards = order.map { made.cards[$0] }
            trueStatements = order.map { made.trueStatements[$0] }
            self.positions = positions
        }
    }

    /// The sequential part of making cards: true/false statements alternate, ids are made unique.
    struct EmitState {
        /// How many cards have had each id so far (the second gets `-2`, the third `-3`, …), by the id packed
        /// into a number (`CardID.packed`): exact, and small enough to keep for a million cards. Ids not of
        /// the built form are counted by their text in `others`.
        var seenIDs: HashedIndex
        var others: [String: Int] = [:]
        var tfCount = 0
        var count = 0

        init(expectedCards: Int = 0) { seenIDs = HashedIndex(capacity: expectedCards) }

        /// Decides, in the order the cards were made, which statements are true and which ids take a suffix.
        mutating func finish(_ batch: inout MadeBatch) {
            for p in batch.positions {
                let k = Int(p)
                if let statement = batch.trueStatements[k] {
                    if tfCount % 2 == 0 {
                        batch.cards[k].prompt = statement
                        batch.cards[k].answer = "true"
                    }
                    tfCount += 1
                }
                // Built ids end in eight digits, so a suffixed id never meets an unsuffixed one.
                let n: Int
                if let key = CardID.packed(batch.cards[k].id) {
                    n = seenIDs.increment(key)
                } else {
                    let id = batch.cards[k].id
                    n = others[id, default: 0] + 1
                    others[id] = n
                }
                if n > 1 { batch.cards[k].id += "-\(n)" }
            }
            count += batch.count
        }
    }
}
