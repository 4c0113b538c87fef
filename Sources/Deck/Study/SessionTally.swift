/// What happened in a session so far: for `:stats` and the closing summary.
public struct SessionTally: Equatable, Sendable {
    /// One rated card of the session.
    public struct Entry: Equatable, Sendable {
        public var reviewID: String
        public var key: CardKey
        public var outcome: ReviewOutcome
        public var rating: Rating
        public var wasNew: Bool

        public init(reviewID: String, key: CardKey, outcome: ReviewOutcome, rating: Rating, wasNew: Bool) {
            self.reviewID = reviewID
            self.key = key
            self.outcome = outcome
            self.rating = rating
            self.wasNew = wasNew
        }
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public mutating func add(_ e: Entry) { entries.append(e) }

    /// Removes and returns the last entry (for `:undo`).
    public mutating func removeLast() -> Entry? { entries.popLast() }

    public var reviewed: Int { entries.count }
    /// Passed: answered right, or self-graded Hard or better.
    public var correct: Int { entries.filter { ReviewRecord.countsAsCorrect(outcome: $0.outcome, rating: $0.rating) }.count }
    public var accuracy: Double? { reviewed == 0 ? nil : Double(correct) / Double(reviewed) }
    public var newLearned: Int { Set(entries.filter(\.wasNew).map(\.key)).count }
}
