/// What a study session needs of the review log besides the card states, small enough to keep in the snapshot:
/// each card's first and last review times, the standing card actions and the cards unsuspended by hand. A start
/// whose snapshot matches the log reads this instead of the log.
public struct ReviewSummary: Equatable, Sendable {
    /// One card's review times among its standing reviews.
    public struct Times: Equatable, Sendable {
        /// The first and the last scheduled review (nil: only cram reviews).
        public var firstScheduled: Timestamp?
        public var lastScheduled: Timestamp?
        /// The last review of any kind (cram reviews too).
        public var last: Timestamp

        public init(firstScheduled: Timestamp?, lastScheduled: Timestamp?, last: Timestamp) {
            self.firstScheduled = firstScheduled
            self.lastScheduled = lastScheduled
            self.last = last
        }
    }

    public var times: [CardKey: Times] = [:]
    /// What the standing card actions add up to.
    public var marks = CardMarks()
    /// Cards with a standing `unsuspend` action.
    public var unsuspended: Set<CardKey> = []

    public init() {}

    /// The summary of a whole history.
    public init(_ history: ReviewHistory) {
        for entry in history.entries {
            switch entry {
            case .review(let r) where !history.cancelled.contains(r.id): add(r)
            case .action(let a) where !history.cancelled.contains(a.id): add(a)
            default: break
            }
        }
    }

    /// Takes in a review that stands.
    public mutating func add(_ r: ReviewRecord) {
        var t = times[r.key] ?? Times(firstScheduled: nil, lastScheduled: nil, last: r.time)
        t.last = max(t.last, r.time)
        if r.scheduled {
            t.firstScheduled = min(t.firstScheduled ?? r.time, r.time)
            t.lastScheduled = max(t.lastScheduled ?? r.time, r.time)
        }
        times[r.key] = t
    }

    /// Takes in a card action that stands (after every earlier one).
    public mutating func add(_ a: CardActionRecord) {
        marks.apply(a)
        if a.action == .unsuspend { unsuspended.insert(a.key) }
    }
}
