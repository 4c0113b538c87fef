extension DeckBuilder {
    /// Where a card stands in the deck: sentence, fact, form.
    struct Order: Comparable, Sendable {
        var sentence: Int, token: Int, form: Int
        static func < (a: Order, b: Order) -> Bool { (a.sentence, a.token, a.form) < (b.sentence, b.token, b.form) }
    }

    /// A card already written as deck text, in `MadeCards.text`: where it stands, and where its id ends (a
    /// suffix such as `-2` goes there).
    struct WrittenCard: Sendable {
        var start: Int, idStart: Int, idEnd: Int, end: Int
    }

    /// A card as written, and a true/false card also with its true statement (it is written false first; the
    /// sequential pass takes one of the two).
    struct Written: Sendable {
        var card: WrittenCard
        var trueCard: WrittenCard?
        /// The id's suffix number (1: none), decided by the sequential pass.
        var suffix = 1
        /// Whether the sequential pass took the true statement.
        var takesTrue = false
    }

    /// Cards made in parallel, in the order they were made, before the sequential pass gives them their final
    /// ids and truth values. Either kept as `Card` values, or, when `format` is set, written at once as deck
    /// text (a large deck is then never held, moved or copied as cards).
    struct MadeCards: Sendable {
        var cards: [Card] = []
        /// Per card: where it stands in the deck.
        var orders: [Order] = []
        /// Per card: a true/false card's true statement (the card holds the false one until it is decided).
        var trueStatements: [String?] = []
        /// Per card: its id packed into a number (`CardID.packed`), or nil for an id not of the built form.
        var idKeys: [UInt64?] = []
        /// The form cards are written in as they are made; nil keeps them as `Card` values.
        let format: DeckStreamWriter.Format?
        /// The written cards' text, one after another, and where each card is in it.
        var text = TextBuffer()
        var written: [Written] = []

        init(capacity: Int = 0, format: DeckStreamWriter.Format? = nil) {
            self.format = format
            orders.reserveCapacity(capacity)
            idKeys.reserveCapacity(capacity)
            if let format {
                text = TextBuffer(capacity: (format == .deck ? 250 : 450) * capacity)
                written.reserveCapacity(capacity)
            } else {
                cards.reserveCapacity(capacity)
                trueStatements.reserveCapacity(capacity)
            }
        }

        var count: Int { orders.count }

        mutating func append(_ card: consuming Card, _ order: Order, trueStatement: String? = nil) {
            orders.append(order)
            idKeys.append(CardID.packed(card.id))
            guard let format else {
                cards.append(card)
                trueStatements.append(trueStatement)
                return
            }
            let made = write(card, format)
            var trueCard: WrittenCard?
            if let trueStatement {
                card.prompt = trueStatement
                card.answer = "true"
                trueCard = write(card, format)
            }
            written.append(Written(card: made, trueCard: trueCard))
        }

        /// Writes a card in the deck form at the end of `text`: its heading, then `lines` writes the rest.
        private mutating func writeDeckCard(_ id: String, _ lines: (inout TextBuffer) -> Void) -> WrittenCard {
            let start = text.count
            let idRange = DeckPrinter.appendHeading(id, to: &text)
            lines(&text)
            return WrittenCard(start: start, idStart: idRange.lowerBound, idEnd: idRange.upperBound, end: text.count)
        }

        /// Adds the cloze card of fact `f` of sentence `s` (with `context` before it, if any). In the deck form it
        /// is written straight from the sentence's bytes: no `Card` and no prompt string are made.
        mutating func appendCloze(id: String, _ s: BuiltSentence, _ f: FactSpan, context: String?, answer: String,
                                  score: Double, _ order: Order) {
            let source = SourceRef(line: s.line)
            guard format == .deck else {
                append(Card(id: id, kind: .cloze, prompt: QuestionWriter.cloze(s, f, context: context), answer: answer,
                            hint: f.type.hint, tags: f.type.tags, source: source, score: score), order)
                return
            }
            let card = writeDeckCard(id) { out in
                DeckPrinter.field("Cloze", writing: { QuestionWriter.appendCloze(s, f, context: context, to: &$0) },
                                  value: { QuestionWriter.cloze(s, f, context: context) }, &out)
                DeckPrinter.appendEnd(accepted: [], hint: f.type.hint, tags: f.type.tags, source: source, score: score, to: &out)
            }
            appendWritten(id, order, card)
        }

        /// Adds the choice card "Fill the gap: “…”" of fact `f` of sentence `s`, written straight from the
        /// sentence's bytes in the deck form.
        mutating func appendGapChoice(id: String, _ s: BuiltSentence, _ f: FactSpan, answer: String, choices: [String],
                                      score: Double, _ order: Order) {
            let source = SourceRef(line: s.line)
            func prompt() -> String { "Fill the gap: “\(QuestionWriter.replacing(s, f, with: "___"))”" }
            guard format == .deck else {
                append(Card(id: id, kind: .choice, prompt: prompt(), answer: answer, choices: choices, tags: f.type.tags,
                            source: source, score: score), order)
                return
            }
            let card = writeDeckCard(id) { out in
                DeckPrinter.field("Q", writing: { out in
                    out += "Fill the gap: “"
                    QuestionWriter.appendReplacing(s, f, with: "___", to: &out)
                    out += "”"
                }, value: prompt, &out)
                for choice in choices {
                    DeckPrinter.field(choice == answer ? "- [x]" : "- [ ]", choice, &out, rawSeparator: " ")
                }
                DeckPrinter.appendEnd(accepted: [], hint: nil, tags: f.type.tags, source: source, score: score, to: &out)
            }
            appendWritten(id, order, card)
        }

        /// Adds the true/false card of fact `f` of sentence `s` with `swap` standing for the fact (false), and the
        /// sentence itself as its true statement; in the deck form both are written straight from the sentence.
        mutating func appendTrueFalse(id: String, _ s: BuiltSentence, _ f: FactSpan, swap: String, score: Double, _ order: Order) {
            let source = SourceRef(line: s.line)
            guard format == .deck else {
                append(Card(id: id, kind: .truefalse, prompt: QuestionWriter.replacing(s, f, with: swap), answer: "false",
                            tags: f.type.tags, source: source, score: score), order, trueStatement: s.text)
                return
            }
            func lines(_ isTrue: Bool) -> (inout TextBuffer) -> Void {
                { out in
                    if isTrue {
                        DeckPrinter.field("TF", s.text, &out)
                    } else {
                        DeckPrinter.field("TF", writing: { QuestionWriter.appendReplacing(s, f, with: swap, to: &$0) },
                                          value: { QuestionWriter.replacing(s, f, with: swap) }, &out)
                    }
                    out += isTrue ? "A: true\n" : "A: false\n"
                    DeckPrinter.appendEnd(accepted: [], hint: nil, tags: f.type.tags, source: source, score: score, to: &out)
                }
            }
            let made = writeDeckCard(id, lines(false))
            appendWritten(id, order, made, trueCard: writeDeckCard(id, lines(true)))
        }

        /// Records a card written into `text`.
        private mutating func appendWritten(_ id: String, _ order: Order, _ card: WrittenCard, trueCard: WrittenCard? = nil) {
            orders.append(order)
            idKeys.append(CardID.packed(id))
            written.append(Written(card: card, trueCard: trueCard))
        }

        /// Writes one card at the end of `text` (in JSON, with the comma that follows a card before it).
        private mutating func write(_ card: borrowing Card, _ format: DeckStreamWriter.Format) -> WrittenCard {
            let start = text.count
            let id = format == .deck ? DeckPrinter.append(card, to: &text) : DeckJSONWriter.append(card, first: false, to: &text)
            return WrittenCard(start: start, idStart: id.lowerBound, idEnd: id.upperBound, end: text.count)
        }
    }

    /// The cards of some sentences in deck order, with what the sequential pass needs to finish them in the
    /// order they were made (which decides true/false statements and id suffixes).
    struct MadeBatch: Sendable {
        /// The cards, when kept as values.
        var cards: [Card]
        /// Per card: a true/false card's true statement.
        var trueStatements: [String?]
        /// The cards, when written as text: the text, and per card where it is.
        var text: TextBuffer
        var written: [Written]
        /// Per card: its id packed into a number (`CardID.packed`), or nil for an id not of the built form
        /// (the sequential pass counts ids by it).
        var idKeys: [UInt64?]
        /// The deck position of each card, in the order the cards were made.
        var positions: [Int32]

        var count: Int { idKeys.count }

        /// Puts cards made in any order into deck order (sorting in the worker that made them; cards made
        /// for the same place keep the order they were made in). The cards are moved, not copied.
        init(_ made: consuming MadeCards) {
            let orders = made.orders
            let order = orders.indices.sorted { (orders[$0], $0) < (orders[$1], $1) }
            var positions = [Int32](repeating: 0, count: order.count)
            for (position, k) in order.enumerated() { positions[k] = Int32(position) }
            // (Taken out of `made` first: while it still shares them, the swaps would copy every card.)
            cards = made.cards
            trueStatements = made.trueStatements
            written = made.written
            idKeys = made.idKeys
            text = made.text
            made.cards = []
            made.trueStatements = []
            made.written = []
            made.idKeys = []
            Self.permute(&cards, order)
            Self.permute(&trueStatements, order)
            Self.permute(&written, order)
            Self.permute(&idKeys, order)
            self.positions = positions
        }

        /// Rearranges `items` in place so that position `p` holds what was at `order[p]` (by swaps: moves).
        /// An empty `items` stays empty.
        static func permute<T>(_ items: inout [T], _ order: [Int]) {
            guard !items.isEmpty else { return }
            var done = [Bool](repeating: false, count: order.count)
            // (A buffer's swap moves its elements; an array's copies them.)
            items.withUnsafeMutableBufferPointer { items in
                for start in order.indices where !done[start] {
                    var j = start
                    while true {
                        done[j] = true
                        let k = order[j]
                        if k == start { break }
                        items.swapAt(j, k)
                        j = k
                    }
                }
            }
        }

        /// The written cards' text in deck order, each with its id's suffix and the statement taken, after
        /// `EmitState.finish`. `startsDeck`: the first card is the deck's first (in JSON, it has no comma).
        func deckText(startsDeck: Bool, format: DeckStreamWriter.Format) -> TextBuffer {
            var out = TextBuffer(capacity: text.count + text.count / 8)
            text.withUnsafeBytes { raw in
                let bytes = raw.assumingMemoryBound(to: UInt8.self)
                for (k, w) in written.enumerated() {
                    let card = w.takesTrue ? w.trueCard! : w.card
                    // (A JSON card is written with the comma that separates it from the one before.)
                    let start = card.start + (startsDeck && k == 0 && format == .json ? 1 : 0)
                    out.append(UnsafeBufferPointer(rebasing: bytes[start..<card.idEnd]))
                    if w.suffix > 1 {
                        out += "-"
                        out.append(w.suffix)
                    }
                    out.append(UnsafeBufferPointer(rebasing: bytes[card.idEnd..<card.end]))
                }
            }
            return out
        }

        /// A written card's id as it stands in the text (without its suffix).
        func writtenID(_ k: Int) -> String {
            let card = written[k].card
            return text.withUnsafeBytes { String(decoding: $0[card.idStart..<card.idEnd], as: UTF8.self) }
        }
    }

    /// The sequential part of making cards: true/false statements alternate, ids are made unique.
    struct EmitState {
        /// How many cards have had each id so far (the second gets `-2`, the third `-3`, …), by the id packed
        /// into a number: exact, and small enough to keep for a million cards. Ids not of the built form (none
        /// in a built deck) are counted by their text in `others`.
        var seenIDs: HashedIndex
        var others: [String: Int] = [:]
        var tfCount = 0
        var count = 0

        init(expectedCards: Int = 0) { seenIDs = HashedIndex(capacity: expectedCards) }

        /// Decides, in the order the cards were made, which statements are true and which ids take a suffix.
        mutating func finish(_ batch: inout MadeBatch) {
            let asText = !batch.written.isEmpty
            for p in batch.positions {
                let k = Int(p)
                if asText ? batch.written[k].trueCard != nil : batch.trueStatements[k] != nil {
                    if tfCount % 2 == 0 {
                        if asText {
                            batch.written[k].takesTrue = true
                        } else {
                            batch.cards[k].prompt = batch.trueStatements[k]!
                            batch.cards[k].answer = "true"
                        }
                    }
                    tfCount += 1
                }
                // Built ids end in eight digits, so a suffixed id never meets an unsuffixed one.
                let n: Int
                if let key = batch.idKeys[k] {
                    n = seenIDs.increment(key)
                } else {
                    let id = asText ? batch.writtenID(k) : batch.cards[k].id
                    n = others[id, default: 0] + 1
                    others[id] = n
                }
                if asText {
                    batch.written[k].suffix = n
                } else if n > 1 {
                    batch.cards[k].id += "-\(n)"
                }
            }
            count += batch.count
        }
    }
}
