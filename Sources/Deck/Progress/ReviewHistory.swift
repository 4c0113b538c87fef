/// The review log read into memory, with undone reviews removed: what card states are derived from.
public struct ReviewHistory: Sendable {
    /// Every entry, in log order.
    public private(set) var entries: [ReviewLogEntry] = []
    /// Ids of reviews cancelled by an undo.
    public private(set) var cancelled: Set<String> = []

    public init(entries: [ReviewLogEntry] = []) {
        self.entries = entries
        for case .undo(let u) in entries { cancelled.insert(u.target) }
    }

    public mutating func append(_ entry: ReviewLogEntry) {
        entries.append(entry)
        if case .undo(let u) = entry { cancelled.insert(u.target) }
    }

    /// Card actions that stand (not undone), in log order.
    public var actions: [CardActionRecord] {
        entries.compactMap { entry in
            if case .action(let a) = entry, !cancelled.contains(a.id) { return a }
            return nil
        }
    }

    /// What the standing card actions add up to.
    public var marks: CardMarks { CardMarks(actions) }

    /// Reviews that stand (not undone), in log order.
    public var reviews: [ReviewRecord] {
        entries.compactMap { entry in
            if case .review(let r) = entry, !cancelled.contains(r.id) { return r }
            return nil
        }
    }

    /// The latest review that stands, for `:undo`; optionally only among `ids`.
    public func lastStandingReview(among ids: Set<String>? = nil) -> ReviewRecord? {
        for entry in entries.reversed() {
            if case .review(let r) = entry, !cancelled.contains(r.id), ids?.contains(r.id) ?? true { return r }
        }
        return nil
    }

    /// Card states derived by replaying the standing, scheduled reviews of each card in time order.
    public func cardStates(scheduler: FSRSScheduler) -> [CardKey: MemoryState] {
        // Each card's reviews as (time, rating, entry) in log order: the records stay where they are.
        var slots: [CardKey: Int] = [:]
        var keys: [CardKey] = []
        var lists: [[Step]] = []
        for (n, entry) in entries.enumerated() {
            guard case .review(let r) = entry, r.scheduled, cancelled.isEmpty || !cancelled.contains(r.id) else { continue }
            let step = Step(time: r.time, rating: r.rating, entry: n)
            if let slot = slots[r.key] {
                lists[slot].append(step)
            } else {
                slots[r.key] = keys.count
                keys.append(r.key)
                lists.append([step])
            }
        }
        // The cards replayed on every core, a run of cards each.
        let chunk = max(256, (keys.count + Parallel.width * 4 - 1) / (Parallel.width * 4))
        let grouped = lists, cardKeys = keys, history = self, kernel = FSRSReplay(scheduler)
        let states = Parallel.map(over: 0..<keys.count, chunk: chunk) { range in
            range.map { history.replay(key: cardKeys[$0], steps: grouped[$0], kernel: kernel) }
        }
        var out: [CardKey: MemoryState] = [:]
        out.reserveCapacity(keys.count)
        var slot = 0
        for part in states {
            for state in part {
                out[keys[slot]] = state
                slot += 1
            }
        }
        return out
    }

    /// One scheduled review of a card, as `cardStates` replays it.
    private struct Step {
        var time: Timestamp
        var rating: Rating
        var entry: Int
    }

    /// `replay` of one card's steps: in time order, ties by id (as `walk` orders the records), by `FSRSReplay`.
    private func replay(key: CardKey, steps: [Step], kernel: FSRSReplay) -> MemoryState {
        var sorted = steps
        if zip(steps.dropFirst(), steps).contains(where: { $0.time <= $1.time }) {
            func id(_ s: Step) -> String { entries[s.entry].id }
            sorted = steps.sorted { ($0.time, id($0)) < ($1.time, id($1)) }
        }
        var card = FSRSReplay.Card(due: (sorted.first?.time ?? Timestamp(microseconds: 0)).microseconds)
        let seed = FuzzSeed.base(cardID: key.description)
        for s in sorted { kernel.review(&card, rating: s.rating.rawValue, at: s.time.microseconds, seedBase: seed) }
        return card.memoryState
    }

    /// Replays one card's reviews (sorted by time, then id) from a new card.
    public static func replay(key: CardKey, reviews: [ReviewRecord], scheduler: FSRSScheduler) -> MemoryState {
        walk(key: key, reviews: reviews, scheduler: scheduler) { _, _ in }
    }

    /// One card's reviews in replay order, each with the card's state just before it. Scheduled reviews move
    /// the state as `replay` does; unscheduled (cram) reviews see the state and leave it as it was.
    public static func statesBefore(key: CardKey, reviews: [ReviewRecord], scheduler: FSRSScheduler) -> [ReviewInContext] {
        var out: [ReviewInContext] = []
        out.reserveCapacity(reviews.count)
        _ = walk(key: key, reviews: reviews, scheduler: scheduler) { review, before in
            out.append(ReviewInContext(review: review, before: before))
        }
        return out
    }

    /// Steps a new card through `reviews` in time order, calling `visit` with each review and the state before it.
    private static func walk(key: CardKey, reviews: [ReviewRecord], scheduler: FSRSScheduler,
                             visit: (ReviewRecord, MemoryState) -> Void) -> MemoryState {
        let inOrder: (ReviewRecord, ReviewRecord) -> Bool = { ($0.time, $0.id) < ($1.time, $1.id) }
        // Logs are almost always in time order already; ids only break ties of equal times.
        var alreadySorted = true
        for k in reviews.indices.dropFirst() where reviews[k].time <= reviews[k - 1].time {
            alreadySorted = false
            break
        }
        let sorted = alreadySorted ? reviews : reviews.sorted(by: inOrder)
        var state = MemoryState.new(due: sorted.first?.time ?? Timestamp(microseconds: 0))
        let seed = FuzzSeed.base(cardID: key.description)
        for r in sorted {
            visit(r, state)
            guard r.scheduled else { continue }
            state = scheduler.review(state, rating: r.rating, at: r.time,
                                     fuzzSeed: FuzzSeed.make(base: seed, reviews: state.reviews))
        }
        return state
    }
}
