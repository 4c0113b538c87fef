/// A card as studied: the card, the deck it comes from, and its place for ordering.
public struct StudyCard: Equatable, Sendable {
    public var card: Card
    public var deckID: String
    public var deckTitle: String
    /// Index of the deck among those studied, and of the card within its deck.
    public var deckIndex: Int
    public var position: Int

    public init(card: Card, deckID: String, deckTitle: String, deckIndex: Int, position: Int) {
        self.card = card
        self.deckID = deckID
        self.deckTitle = deckTitle
        self.deckIndex = deckIndex
        self.position = position
    }

    public var key: CardKey { CardKey(deck: deckID, card: card.id) }

    /// Every card of `decks` (id, deck) as study cards, in deck order.
    public static func all(_ decks: [(id: String, deck: Deck)]) -> [StudyCard] {
        var out: [StudyCard] = []
        out.reserveCapacity(decks.reduce(0) { $0 + $1.deck.cards.count })
        for (d, item) in decks.enumerated() {
            for (n, card) in item.deck.cards.enumerated() {
                out.append(StudyCard(card: card, deckID: item.id, deckTitle: item.deck.title, deckIndex: d, position: n))
            }
        }
        return out
    }
}
