/// Writes a deck while it is being built: its beginning, then each batch of cards (made into text on
/// every core), then its end. The pieces joined are exactly `DeckPrinter.print` or `DeckJSONWriter.text`.
public struct DeckStreamWriter: Sendable {
    /// The two forms a deck is written in.
    public enum Format: String, Sendable, CaseIterable { case deck, json }

    public let format: Format
    public let source: String?
    /// How many cards have been written.
    public internal(set) var count = 0

    public init(format: Format, source: String?) {
        self.format = format
        self.source = source
    }

    /// What comes before the first card.
    public func begin(title: String) -> String {
        format == .deck ? DeckPrinter.header(title: title, source: source) : DeckJSONWriter.header()
    }

    /// The text of a batch of cards, appended to `out`.
    public mutating func append(_ cards: [Card], to out: inout TextBuffer) {
        let format = format
        let startsDeck = count == 0
        let texts = Parallel.map(over: 0..<cards.count, chunk: 256) { range in
            var text = TextBuffer(capacity: 320 * range.count)
            for k in range {
                if format == .deck {
                    DeckPrinter.append(cards[k], to: &text)
                } else {
                    DeckJSONWriter.append(cards[k], first: startsDeck && k == 0, to: &text)
                }
            }
            return text
        }
        count += cards.count
        for t in texts { out += t }
    }

    /// What comes after the last card (the title is written here in JSON, whose keys are sorted).
    public func end(title: String) -> String {
        format == .deck ? "" : DeckJSONWriter.footer(title: title, source: source, empty: count == 0)
    }
}
