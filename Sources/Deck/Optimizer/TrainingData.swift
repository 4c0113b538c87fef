/// The review histories the optimizer learns from, built as fsrs-rs builds its items: each card's standing,
/// scheduled reviews in time order with whole days between them, and one item for every review made on a later
/// day than the card's previous one (same-day reviews stay in the history, where the short-term rule uses them).
public struct TrainingData: Equatable, Sendable {
    /// Each card's reviews, oldest first.
    public var cards: [[TrainingReview]]
    /// The items, ordered by the time of their predicted review (then card, then length).
    public var items: [TrainingItem]

    public init(cards: [[TrainingReview]], items: [TrainingItem]) {
        self.cards = cards
        self.items = items
    }

    /// One card's review as read from a log: when and how it was rated.
    public struct Event: Sendable {
        public var time: Timestamp
        public var rating: Rating
        /// Whether the review was a learning step (Anki review states 0 and 1); nil when the log does not say.
        public var isLearning: Bool?

        public init(time: Timestamp, rating: Rating, isLearning: Bool? = nil) {
            self.time = time
            self.rating = rating
            self.isLearning = isLearning
        }
    }

    /// Builds the data from each card's reviews (any order; sorted by time here, ties kept in the given order).
    /// A card whose learning is known to have restarted keeps only its reviews from the last restart; a card
    /// whose first known review did not start learning (its history began elsewhere) is left out.
    public static func build(_ histories: [[Event]]) -> TrainingData {
        var cards: [[TrainingReview]] = []
        var items: [TrainingItem] = []
        for history in histories where !history.isEmpty {
            var events = history.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
            if events.contains(where: { $0.isLearning != nil }) {
                guard let start = lastLearningStart(events) else { continue }
                events.removeFirst(start)
            }
            let index = cards.count
            var reviews: [TrainingReview] = []
            reviews.reserveCapacity(events.count)
            for (k, event) in events.enumerated() {
                let days = k == 0 ? 0 : Int(max(0, event.time.wholeDays(since: events[k - 1].time)))
                reviews.append(TrainingReview(rating: event.rating, deltaT: days))
                if days > 0 { items.append(TrainingItem(card: index, length: k + 1, time: event.time)) }
            }
            cards.append(reviews)
        }
        items.sort { ($0.time, $0.card, $0.length) < ($1.time, $1.card, $1.length) }
        return TrainingData(cards: cards, items: items)
    }

    /// The index where the card's last run of learning reviews begins, or nil when it has none.
    static func lastLearningStart(_ events: [Event]) -> Int? {
        var start: Int? = nil
        for k in events.indices.reversed() {
            if events[k].isLearning == true {
                start = k
            } else if start != nil {
                break
            }
        }
        return start
    }

    /// The items of a review log: each card's standing (not undone), scheduled (not cram) reviews, from
    /// decks named in `decks` when it is given.
    public static func build(history: ReviewHistory, decks: Set<String>? = nil) -> TrainingData {
        var byCard: [CardKey: [ReviewRecord]] = [:]
        for review in history.reviews where review.scheduled && (decks?.contains(review.key.deck) ?? true) {
            byCard[review.key, default: []].append(review)
        }
        // (Equal times are ordered by id, as the scheduler replays them.)
        return build(byCard.keys.sorted().map { key in
            byCard[key]!.sorted { ($0.time, $0.id) < ($1.time, $1.id) }.map { Event(time: $0.time, rating: $0.rating) }
        })
    }

    /// The items of an FSRS optimizer CSV (`quiz replay`'s format), cards in id order. With a `review_state`
    /// column, manual entries (5) are dropped and states 0 and 1 mark learning, as fsrs-rs reads the file.
    public static func build(revlog rows: [RevlogCSV.Row]) -> TrainingData {
        var byCard: [Int64: [Event]] = [:]
        for row in rows where row.state != 5 {
            byCard[row.cardID, default: []].append(Event(time: row.time, rating: row.rating, isLearning: row.state.map { $0 <= 1 }))
        }
        return build(byCard.keys.sorted().map { byCard[$0]! })
    }

    /// The reviews of `item`, the predicted one last.
    public func reviews(_ item: TrainingItem) -> ArraySlice<TrainingReview> { cards[item.card][0..<item.length] }

    /// How many of the item's reviews came on a later day than the one before (fsrs-rs's long-term count).
    func longTermCount(_ item: TrainingItem) -> Int {
        reviews(item).reduce(0) { $0 + ($1.deltaT > 0 ? 1 : 0) }
    }

    /// How many reviews the items predict: the figure the minimum is measured in.
    public var count: Int { items.count }
}
