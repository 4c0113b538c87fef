/// A study session's rules as a value: which card comes next (due cards, new cards within the day's limits,
/// learning cards coming back), siblings kept apart and buried, suspended and buried cards left out, leeches,
/// the undo stack and the tally. It reads no clock and writes no file: the shell passes the time and the card
/// states in, appends the log entries the session hands out, and reports back.
public struct StudySession: Sendable {
    public private(set) var queue: StudyQueue
    public private(set) var tally = SessionTally()
    /// The card actions of the log and of this session.
    public private(set) var marks: CardMarks
    /// Log entries of this session that `:undo` can take back, newest last.
    public private(set) var undoable: [Undoable] = []
    /// The cards shown so far and their sibling groups, newest last.
    public private(set) var shown: [(key: CardKey, group: String?)] = []
    /// The sibling groups of `shown`, newest last.
    private var shownGroups: [SiblingGroup?] = []
    /// Sibling groups answered today (before or during the session), with the cards answered.
    private var answeredToday: [SiblingGroup: Set<CardKey>] = [:]
    /// Cards unsuspended by hand, with their lapses then: a leech among them is suspended again only after
    /// half the threshold more lapses.
    private var leechUnsuspendedAt: [CardKey: Int] = [:]
    /// A card to show next whatever the queue says (a card whose rating was undone).
    private var comeBack: StudyCard? = nil
    let dayStart: Timestamp

    /// One entry of this session that `:undo` takes back.
    public struct Undoable: Equatable, Sendable {
        public var entryID: String
        public var card: StudyCard
        /// The review's tally entry (nil: an action).
        public var review: SessionTally.Entry?
        public var wasReview: Bool
        /// Whether this review was the first answer of its sibling group today.
        var firstOfGroup: Bool
        /// Entries saved with this one that its undo takes back too (a leech's suspension).
        public var alsoCancels: [String] = []
    }

    /// `history` is the review log as read at the start and `states` the card states derived from it;
    /// `dayStart` the start of the learner's day; `seed` orders a cram session.
    public init(cards: [StudyCard], options: StudyOptions, history: ReviewHistory, states: [CardKey: MemoryState],
                dayStart: Timestamp, seed: UInt64) {
        self.init(cards: cards, options: options, summary: ReviewSummary(history), states: states, dayStart: dayStart, seed: seed)
    }

    /// `summary` is what the session needs of the review log as read at the start (`ReviewSummary`).
    public init(cards: [StudyCard], options: StudyOptions, summary: ReviewSummary, states: [CardKey: MemoryState],
                dayStart: Timestamp, seed: UInt64) {
        queue = StudyQueue(cards: cards, options: options, summary: summary, dayStart: dayStart, seed: seed)
        marks = summary.marks
        self.dayStart = dayStart
        // (The session's cards looked up only when some card was answered today.)
        let today = summary.times.filter { $0.value.last >= dayStart }
        if !today.isEmpty {
            var seen = Set<CardKey>()
            for i in queue.keys.indices where today[queue.keys[i]] != nil && seen.insert(queue.keys[i]).inserted {
                if let group = SiblingGroup(queue.cards[i]) { answeredToday[group, default: []].insert(queue.keys[i]) }
            }
        }
        for key in summary.unsuspended { leechUnsuspendedAt[key] = states[key]?.lapses ?? 0 }
    }

    public var options: StudyOptions { queue.options }

    /// The sibling group of `card`: the deck and the source sentence the builder recorded (its fact key up to
    /// the `/`), or for a hand-written card its `Source:` lines. nil: a card with no siblings.
    public static func siblingGroup(_ card: StudyCard) -> String? {
        if let sentence = card.card.sentenceKey { return card.deckID + "|" + sentence }
        if let source = card.card.source { return card.deckID + "|" + (source.file ?? "") + ":\(source.line)-\(source.endLine)" }
        return nil
    }

    // MARK: What is left out

    /// Whether `card` is suspended: by an action, or as a leech when leeches are suspended.
    public func isSuspended(_ key: CardKey, state: MemoryState?) -> Bool {
        if !marks.suspended.isEmpty && marks.suspended.contains(key) { return true }
        // A log without card actions suspends a leech by its lapses alone; once unsuspended by hand, a card is
        // suspended again only by the entry written when it crosses the threshold again.
        guard options.leechAction == .suspend, let lapses = state?.lapses, lapses >= options.leechThreshold else { return false }
        return leechUnsuspendedAt[key] == nil
    }

    /// Whether `card` waits for another day because a sibling was answered today (it was not answered itself).
    public func isBuriedBySibling(_ card: StudyCard) -> Bool {
        guard options.burySiblings, !options.cram, !answeredToday.isEmpty, let group = SiblingGroup(card),
              let answered = answeredToday[group] else { return false }
        return !answered.contains(card.key)
    }

    /// `isAvailable` for the queue's card at `index` (read in place, its key from the queue's keys).
    func isAvailable(at index: Int, state: MemoryState?, now: Timestamp) -> Bool {
        let key = queue.keys[index]
        if options.cram { return marks.suspended.isEmpty || !marks.suspended.contains(key) }
        if isSuspended(key, state: state) || marks.isBuried(key, at: now) { return false }
        guard options.burySiblings, !answeredToday.isEmpty, let group = SiblingGroup(queue.cards[index]),
              let answered = answeredToday[group] else { return true }
        return answered.contains(key)
    }

    /// `isTooCloseToSibling` for the queue's card at `index`.
    func isTooCloseToSibling(at index: Int) -> Bool {
        guard options.siblingSpacing > 0, !shown.isEmpty, let group = SiblingGroup(queue.cards[index]) else { return false }
        let key = queue.keys[index]
        let recent = shown.count - min(shown.count, options.siblingSpacing)
        for k in recent..<shown.count where shownGroups[k] == group && shown[k].key != key { return true }
        return false
    }

    /// Whether `card` may be studied now at all.
    public func isAvailable(_ card: StudyCard, states: [CardKey: MemoryState], now: Timestamp) -> Bool {
        isAvailable(card, state: states[card.key], now: now)
    }

    /// `isAvailable` given the card's state.
    func isAvailable(_ card: StudyCard, state: MemoryState?, now: Timestamp) -> Bool {
        if options.cram { return marks.suspended.isEmpty || !marks.suspended.contains(card.key) }
        return !isSuspended(card.key, state: state) && !marks.isBuried(card.key, at: now) && !isBuriedBySibling(card)
    }

    /// Whether `card` would come within `siblingSpacing` cards of a sibling shown before it.
    public func isTooCloseToSibling(_ card: StudyCard) -> Bool {
        guard options.siblingSpacing > 0, !shown.isEmpty, let group = SiblingGroup(card) else { return false }
        let recent = shown.count - min(shown.count, options.siblingSpacing)
        return (recent..<shown.count).contains { shownGroups[$0] == group && shown[$0].key != card.key }
    }

    // MARK: What comes next

    /// What to do next at `now`. Siblings are kept `siblingSpacing` cards apart while any other card can be
    /// shown; a learning card due within the learn-ahead time is waited for, one due later ends the session
    /// (`.done`; `nextLearning` says when to come back).
    public func next(states: [CardKey: MemoryState], now: Timestamp) -> StudyStep {
        if let comeBack { return .card(comeBack) }
        let spaced = queue.next(states: states, now: now) { i, state in
            self.isAvailable(at: i, state: state, now: now) && !self.isTooCloseToSibling(at: i)
        }
        let step: StudyStep
        switch spaced {
        case .card:
            step = spaced
        case .wait, .done:
            // Only siblings of recent cards can be shown now: better one of them than none.
            let any = queue.next(states: states, now: now) { self.isAvailable(at: $0, state: $1, now: now) }
            if case .card = any { step = any } else { step = spaced }
        }
        if case .wait(let until, _) = step, until - now > options.learnAhead { return .done }
        return step
    }

    /// The learning card that comes back first, when the session ends with only such cards left.
    public func nextLearning(states: [CardKey: MemoryState], now: Timestamp) -> Timestamp? {
        if case .wait(let until, _) = queue.next(states: states, now: now, allowedAt: { self.isAvailable(at: $0, state: $1, now: now) }) {
            return until
        }
        return nil
    }

    /// New, learning and review cards left in the session, as Anki counts them.
    public func counts(states: [CardKey: MemoryState], now: Timestamp) -> StudyCounts {
        queue.counts(states: states, now: now) { self.isAvailable(at: $0, state: $1, now: now) }
    }

    /// Notes that `card` is on screen now (for sibling spacing).
    public mutating func show(_ card: StudyCard) {
        if comeBack?.key == card.key { comeBack = nil }
        shown.append((card.key, Self.siblingGroup(card)))
        shownGroups.append(SiblingGroup(card))
        if shown.count > 64 {
            shown.removeFirst(shown.count - 64)
            shownGroups.removeFirst(shownGroups.count - 64)
        }
    }

    // MARK: Reviews

    /// The rating to suggest for an answer to `card` graded `verdict` after `seconds` (a choice or a true/false
    /// answer counts as one letter long).
    public func advice(for card: StudyCard, verdict: AnswerGrade.Verdict, seconds: Double, state: MemoryState?,
                       usedHint: Bool) -> RatingAdvisor.Advice {
        let short = card.card.kind == .choice || card.card.kind == .truefalse
        return RatingAdvisor.advise(verdict, seconds: seconds, answerLength: short ? 1 : card.card.answer.count,
                                    state: state, usedHint: usedHint)
    }

    /// The log entry for rating `card` (scheduled unless this is a cram session).
    public func review(_ card: StudyCard, id: String, time: Timestamp, rating: Rating, answer: String?,
                       durationMs: Int, outcome: ReviewOutcome) -> ReviewRecord {
        ReviewRecord(id: id, key: card.key, time: time, rating: rating, answer: answer, durationMs: durationMs,
                     outcome: outcome, scheduled: !options.cram)
    }

    /// What the session says after a review was saved.
    public enum Notice: Equatable, Sendable {
        /// The card became a leech after this many lapses; `suspend` is the entry that suspends it (to append),
        /// nil when leeches are only tagged.
        case leech(lapses: Int, suspend: CardActionRecord?)
        /// This many siblings of the card wait until tomorrow.
        case siblingsBuried(Int)
    }

    /// Takes note of `record`, saved in the log, for `card`, whose state went from `before` to `after`.
    /// `suspendID` names the suspend entry of a card that becomes a leech now.
    public mutating func recorded(_ record: ReviewRecord, card: StudyCard, before: MemoryState?, after: MemoryState?,
                                  states: [CardKey: MemoryState], suspendID: String) -> [Notice] {
        let wasNew = before?.isNew ?? true
        let wasReview = before?.state == .review
        queue.didReview(card.key, wasNew: wasNew, wasReview: wasReview)
        let entry = SessionTally.Entry(reviewID: record.id, key: card.key, outcome: record.outcome ?? .selfGraded,
                                       rating: record.rating, wasNew: wasNew)
        tally.add(entry)
        var notices: [Notice] = []
        var firstOfGroup = false
        if !options.cram, let group = SiblingGroup(card) {
            firstOfGroup = answeredToday[group] == nil
            answeredToday[group, default: []].insert(card.key)
            if firstOfGroup && options.burySiblings {
                let buried = queue.keys.indices.filter { i in
                    queue.keys[i] != card.key && SiblingGroup(queue.cards[i]) == group && !isSuspended(queue.keys[i], state: states[queue.keys[i]])
                }
                if !buried.isEmpty { notices.append(.siblingsBuried(buried.count)) }
            }
        }
        undoable.append(Undoable(entryID: record.id, card: card, review: entry, wasReview: wasReview, firstOfGroup: firstOfGroup))
        let lapsesBefore = before?.lapses ?? 0
        if record.scheduled, let lapses = after?.lapses, lapses > lapsesBefore, isLeechCrossing(card.key, lapses: lapses) {
            if options.leechAction == .suspend {
                let suspend = CardActionRecord(id: suspendID, key: card.key, time: record.time, action: .suspend)
                notices.append(.leech(lapses: lapses, suspend: suspend))
            } else {
                notices.append(.leech(lapses: lapses, suspend: nil))
            }
        }
        return notices
    }

    /// Whether `lapses` lapses make the card a leech now: at the threshold, and after an unsuspend, every half
    /// threshold more.
    func isLeechCrossing(_ key: CardKey, lapses: Int) -> Bool {
        let threshold = options.leechThreshold
        if let at = leechUnsuspendedAt[key] { return lapses == max(threshold, at + max(1, threshold / 2)) }
        return lapses == threshold
    }

    /// Takes note of a leech's suspension, saved in the log right after the review that made it one: undoing
    /// that review takes the suspension back too.
    public mutating func suspendedLeech(_ action: CardActionRecord) {
        marks.apply(action)
        leechUnsuspendedAt[action.key] = nil
        if !undoable.isEmpty { undoable[undoable.count - 1].alsoCancels.append(action.id) }
    }

    // MARK: Actions

    /// Leaves `key` out for the rest of the session (no log entry).
    public mutating func skip(_ key: CardKey) { queue.skip(key) }

    /// Puts a deck's edited cards in place; `current`, the card being edited, is shown again next.
    public mutating func replaceCards(_ cards: [StudyCard], current: CardKey) {
        queue.replaceCards(cards)
        comeBack = cards.first { $0.key == current }
    }

    /// Takes note of a card action saved in the log: a suspended or buried card leaves the session.
    public mutating func acted(_ action: CardActionRecord, card: StudyCard, states: [CardKey: MemoryState]) {
        marks.apply(action)
        switch action.action {
        case .suspend, .bury:
            queue.skip(card.key)
            undoable.append(Undoable(entryID: action.id, card: card, review: nil, wasReview: false, firstOfGroup: false))
        case .unsuspend:
            leechUnsuspendedAt[card.key] = states[card.key]?.lapses ?? 0
        case .flag:
            undoable.append(Undoable(entryID: action.id, card: card, review: nil, wasReview: false, firstOfGroup: false))
        }
    }

    // MARK: Undo

    /// The entry `:undo` would take back, newest first.
    public var lastUndoable: Undoable? { undoable.last }

    /// Takes back the last undoable entry, whose undo (and the undos of its `alsoCancels`) `history` now
    /// holds: a review's card comes back next, a bury or suspend returns the card to the session, a flag goes.
    public mutating func undid(history: ReviewHistory) {
        undid(marks: history.marks)
    }

    /// `undid(history:)` given the marks of the log that now holds the undo.
    public mutating func undid(marks: CardMarks) {
        guard let last = undoable.popLast() else { return }
        self.marks = marks
        if let review = last.review {
            _ = tally.removeLast()
            queue.didUndo(review.key, wasNew: review.wasNew, wasReview: last.wasReview)
            if last.firstOfGroup, let group = SiblingGroup(last.card) {
                answeredToday[group]?.remove(last.card.key)
                if answeredToday[group]?.isEmpty == true { answeredToday[group] = nil }
            }
            comeBack = last.card
        } else {
            queue.unskip(last.card.key)
        }
    }
}
