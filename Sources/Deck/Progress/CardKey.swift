/// Names a card across decks: the deck's id (its file name without `.deck`) and the card's id.
public struct CardKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var deck: String
    public var card: String

    public init(deck: String, card: String) {
        self.deck = deck
        self.card = card
    }

    public static func < (a: CardKey, b: CardKey) -> Bool { (a.deck, a.card) < (b.deck, b.card) }
    public var description: String { "\(deck)/\(card)" }
}
