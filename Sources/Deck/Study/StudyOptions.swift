/// How a study session picks cards.
public struct StudyOptions: Equatable, Sendable {
    /// New cards introduced per day (across sessions of that day).
    public var newPerDay: Int
    /// Reviews of cards past learning per day, across sessions of that day (nil: no cap).
    public var reviewsPerDay: Int?
    /// Cards to review in this session at most (nil: no limit).
    public var reviewLimit: Int?
    /// Review every card once, whatever its due date, without changing the schedule.
    public var cram: Bool
    /// Lapses after which a card is a leech.
    public var leechThreshold: Int
    /// What happens to a leech.
    public var leechAction: LeechAction
    /// Siblings (cards of one fact or one source sentence) are never shown within this many cards of each other.
    public var siblingSpacing: Int
    /// Once one sibling has been answered today, the others wait until tomorrow.
    public var burySiblings: Bool
    /// Learning cards due within this long are waited for without asking.
    public var learnAhead: Interval

    public init(newPerDay: Int = 20, reviewsPerDay: Int? = 200, reviewLimit: Int? = nil, cram: Bool = false,
                leechThreshold: Int = 8, leechAction: LeechAction = .suspend, siblingSpacing: Int = 5,
                burySiblings: Bool = true, learnAhead: Interval = .minutes(20)) {
        self.newPerDay = newPerDay
        self.reviewsPerDay = reviewsPerDay
        self.reviewLimit = reviewLimit
        self.cram = cram
        self.leechThreshold = leechThreshold
        self.leechAction = leechAction
        self.siblingSpacing = siblingSpacing
        self.burySiblings = burySiblings
        self.learnAhead = learnAhead
    }
}

/// What happens to a card once it is a leech: suspended (left out until unsuspended), or only tagged (marked
/// in `quiz cards --leeches` and still studied).
public enum LeechAction: String, CaseIterable, Equatable, Sendable {
    case suspend, tag
}
