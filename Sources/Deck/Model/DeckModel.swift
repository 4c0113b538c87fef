/// A deck: a title, the text it was made from (optional) and its cards in order.
public struct Deck: Codable, Equatable, Sendable {
    public var title: String
    public var source: String?
    public var cards: [Card]

    public init(title: String, source: String? = nil, cards: [Card] = []) {
        self.title = title
        self.source = source
        self.cards = cards
    }

    /// The card with this id, if any.
    public func card(id: String) -> Card? { cards.first { $0.id == id } }
}
