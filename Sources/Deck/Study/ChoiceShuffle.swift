/// The order a choice card's options are shown in for one review: shuffled, but fixed by the session
/// seed, the card and its review count, so a replayed session shows the same order.
public enum ChoiceShuffle {
    public static func order(_ card: Card, seed: UInt64, reviews: Int) -> [String] {
        var rng = SeededRandom(seed: seed ^ FuzzSeed.make(cardID: card.id, reviews: reviews))
        return card.choices.shuffled(using: &rng)
    }
}
