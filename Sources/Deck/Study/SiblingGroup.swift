/// The sibling group of a study card as a value (made without building a string): the deck and the source
/// sentence the builder recorded, or for a hand-written card its `Source:` lines. Cards of one group are
/// siblings: kept apart in a session and buried for the day once one of them is answered.
public struct SiblingGroup: Hashable, Sendable {
    public var deck: String
    /// The fact key up to its `/` (nil: a hand-written card, grouped by `file`, `line` and `endLine`).
    public var sentence: Substring?
    public var file: String?
    public var line: Int
    public var endLine: Int

    /// The group of `card`; nil for a card with no siblings (no sentence key and no source).
    public init?(_ card: StudyCard) {
        if let sentence = card.card.sentenceKey {
            self.init(deck: card.deckID, sentence: sentence, file: nil, line: 0, endLine: 0)
        } else if let source = card.card.source {
            self.init(deck: card.deckID, sentence: nil, file: source.file ?? "", line: source.line, endLine: source.endLine)
        } else {
            return nil
        }
    }

    init(deck: String, sentence: Substring?, file: String?, line: Int, endLine: Int) {
        self.deck = deck
        self.sentence = sentence
        self.file = file
        self.line = line
        self.endLine = endLine
    }
}
