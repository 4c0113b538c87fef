/// What to do next in a study session.
public enum StudyStep: Equatable, Sendable {
    /// Show this card.
    case card(StudyCard)
    /// Only cards in learning steps are left; the next is due at this time.
    case wait(until: Timestamp, key: CardKey)
    /// Nothing more to study now.
    case done
}

/// Counts shown in the session header.
public struct StudyCounts: Equatable, Sendable {
    public var due: Int
    public var new: Int
    public var learning: Int
}

/// Picks cards for a session: due cards first (most overdue first), then new cards up to the daily limit;
/// cards in learning steps come back when their step is due. Pure: states and the time are passed in.
public struct StudyQueue: Sendable {
    public private(set) var cards: [StudyCard]
    /// Each card's key, in the order of `cards` (read by every scan without copying the cards).
    public private(set) var keys: [CardKey]
    public let options: StudyOptions
    /// New cards already introduced today before this session began.
    public let newBeforeSession: Int
    /// Cards past learning already reviewed today before this session began (for the daily review cap).
    public let reviewsBeforeSession: Int
    public private(set) var reviewsThisSession: Set<CardKey> = []
    /// Cards in learning due before the end of this day still belong to the session.
    public let dayEnd: Timestamp
    public private(set) var reviewed = 0
    public private(set) var newThisSession: Set<CardKey> = []
    public private(set) var skipped: Set<CardKey> = []
    /// Cram: the order cards are shown in, and which were done.
    private var cramOrder: [Int] = []
    private var cramDone: Set<CardKey> = []

    /// `history` counts the new cards of the day starting at `dayStart`; `seed` orders a cram session.
    public init(cards: [StudyCard], options: StudyOptions, history: ReviewHistory, dayStart: Timestamp, seed: UInt64) {
        self.init(cards: cards, options: options, summary: ReviewSummary(history), dayStart: dayStart, seed: seed)
    }

    /// `summary` (of the review log) counts the new cards of the day starting at `dayStart`; `seed` orders a
    /// cram session.
    public init(cards: [StudyCard], options: StudyOptions, summary: ReviewSummary, dayStart: Timestamp, seed: UInt64) {
        // Interleave decks: the first card of every deck, then the second of every deck, …
        self.cards = Self.inStudyOrder(cards)
        self.keys = self.cards.map(\.key)
        self.options = options
        self.dayEnd = dayStart + .days(1)
        // New today: first scheduled review today; reviewed today: first before today, and one today. (Only
        // the cards with a scheduled review today are looked for among the session's.)
        var newToday = 0, reviewedToday = 0
        let today = summary.times.filter { $0.value.lastScheduled.map { $0 >= dayStart } ?? false }
        if !today.isEmpty {
            let studied = Set(keys)
            for (key, times) in today where studied.contains(key) {
                guard let first = times.firstScheduled else { continue }
                if first >= dayStart {
                    newToday += 1
                } else {
                    reviewedToday += 1
                }
            }
        }
        newBeforeSession = newToday
        reviewsBeforeSession = reviewedToday
        if options.cram {
            var rng = SeededRandom(seed: seed)
            cramOrder = Array(self.cards.indices).shuffled(using: &rng)
        }
    }

    /// `cards` ordered by their place in their deck, then by deck (not sorted again when they are in order).
    static func inStudyOrder(_ cards: [StudyCard]) -> [StudyCard] {
        func before(_ a: StudyCard, _ b: StudyCard) -> Bool { (a.position, a.deckIndex) < (b.position, b.deckIndex) }
        var sorted = true
        for k in cards.indices.dropFirst() where before(cards[k], cards[k - 1]) {
            sorted = false
            break
        }
        return sorted ? cards : cards.sorted(by: before)
    }

    /// Whether a card is a leech by its lapses alone.
    public func isLeech(_ state: MemoryState?) -> Bool {
        (state?.lapses ?? 0) >= options.leechThreshold
    }

    /// The next step at `now`, given the current card states, among the cards `allowed` lets through (due
    /// cards first, most overdue first, then new cards; a card in learning not yet due is waited for).
    public func next(states: [CardKey: MemoryState], now: Timestamp,
                     allowed: (StudyCard) -> Bool = { _ in true }) -> StudyStep {
        next(states: states, now: now, allowedAt: { i, _ in allowed(cards[i]) })
    }

    /// `next`, with a filter given the card's index in `cards` and its state (looked up once per card).
    func next(states: [CardKey: MemoryState], now: Timestamp, allowedAt allowed: (Int, MemoryState?) -> Bool) -> StudyStep {
        if let limit = options.reviewLimit, reviewed >= limit { return .done }
        if options.cram {
            for i in cramOrder where !cramDone.contains(keys[i]) && !skipped.contains(keys[i]) && allowed(i, states[keys[i]]) {
                return .card(cards[i])
            }
            return .done
        }
        var nextLearning: (due: Timestamp, key: CardKey)? = nil
        let reviewsLeft = reviewAllowance
        // (Cards by index, so that a scan copies none.)
        var best: (index: Int, due: Timestamp)? = nil
        var firstNew: Int? = nil
        for i in cards.indices where skipped.isEmpty || !skipped.contains(keys[i]) {
            let state = states[keys[i]]
            guard let s = state, !s.isNew else {
                if firstNew == nil, allowed(i, state) { firstNew = i }
                continue
            }
            guard allowed(i, state) else { continue }
            if s.due <= now {
                if s.state == .review, reviewsLeft == 0, !reviewsThisSession.contains(keys[i]) { continue }
                if best == nil || s.due < best!.due { best = (i, s.due) }
            } else if s.state != .review, s.due < dayEnd, nextLearning == nil || s.due < nextLearning!.due {
                nextLearning = (s.due, keys[i])
            }
        }
        if let best { return .card(cards[best.index]) }
        if let firstNew, newAllowance > 0 { return .card(cards[firstNew]) }
        if let nextLearning { return .wait(until: nextLearning.due, key: nextLearning.key) }
        return .done
    }

    /// Cards past learning that may still be reviewed today (nil: no cap).
    public var reviewAllowance: Int? {
        options.reviewsPerDay.map { max(0, $0 - reviewsBeforeSession - reviewsThisSession.count) }
    }

    /// New cards that may still be introduced today.
    public var newAllowance: Int { max(0, options.newPerDay - newBeforeSession - newThisSession.count) }

    /// Due, new and learning counts for the header and the counters, among the cards `allowed` lets through.
    public func counts(states: [CardKey: MemoryState], now: Timestamp,
                       allowed: (StudyCard) -> Bool = { _ in true }) -> StudyCounts {
        counts(states: states, now: now, allowedAt: { i, _ in allowed(cards[i]) })
    }

    /// `counts`, with a filter given the card's index in `cards` and its state (looked up once per card).
    func counts(states: [CardKey: MemoryState], now: Timestamp, allowedAt allowed: (Int, MemoryState?) -> Bool) -> StudyCounts {
        if options.cram { return StudyCounts(due: cards.count - cramDone.count - skipped.subtracting(cramDone).count, new: 0, learning: 0) }
        var due = 0, new = 0, learning = 0
        for i in cards.indices where skipped.isEmpty || !skipped.contains(keys[i]) {
            let state = states[keys[i]]
            guard allowed(i, state) else { continue }
            guard let s = state, !s.isNew else { new += 1; continue }
            if s.state == .review { if s.due <= now { due += 1 } } else if s.due < dayEnd { learning += 1 }
        }
        if let cap = reviewAllowance { due = min(due, cap) }
        return StudyCounts(due: due, new: min(new, newAllowance), learning: learning)
    }

    /// Records that `card` was rated (it was new if `wasNew`, past learning if `wasReview`).
    public mutating func didReview(_ key: CardKey, wasNew: Bool, wasReview: Bool = false) {
        reviewed += 1
        if wasNew && !options.cram { newThisSession.insert(key) }
        if wasReview && !options.cram { reviewsThisSession.insert(key) }
        if options.cram { cramDone.insert(key) }
    }

    /// Takes back the last rating of `key`.
    public mutating func didUndo(_ key: CardKey, wasNew: Bool, wasReview: Bool = false) {
        reviewed = max(0, reviewed - 1)
        if wasNew { newThisSession.remove(key) }
        if wasReview { reviewsThisSession.remove(key) }
        cramDone.remove(key)
    }

    /// Puts edited cards in place of the old ones (same keys keep their place; the order stays the decks').
    public mutating func replaceCards(_ new: [StudyCard]) {
        let sorted = new.sorted { ($0.position, $0.deckIndex) < ($1.position, $1.deckIndex) }
        if options.cram {
            let oldKeys = cramOrder.map { cards[$0].key }
            let index = Dictionary(sorted.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { a, _ in a })
            let kept = oldKeys.compactMap { index[$0] }
            let added = sorted.indices.filter { i in !oldKeys.contains(sorted[i].key) }
            cramOrder = kept + added
        }
        cards = sorted
        keys = sorted.map(\.key)
    }

    /// Takes back a skip (an undone bury or suspend).
    public mutating func unskip(_ key: CardKey) { skipped.remove(key) }

    /// Leaves `key` out for the rest of the session.
    public mutating func skip(_ key: CardKey) { skipped.insert(key) }
}
