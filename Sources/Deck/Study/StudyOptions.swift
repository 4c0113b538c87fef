/// How a study session picks cards.
public struct StudyOptions: Equatable, Sendable {
    /// New cards introduced per day (across sessions of that day).
    public var newPerDay: Int
    /// Cards to review in this session at most (nil: no limit).
    public var reviewLimit: Int?
    /// Review every card once, whatever its due date, without changing the schedule.
    public var cram: Bool
    /// Lapses after which a card is a leech and suspended.
    public var leechThreshold: Int

    public init(newPerDay: Int = 20, reviewLimit: Int? = nil, cram: Bool = false, leechThreshold: Int = 8) {
        self.newPerDay = newPerDay
        self.reviewLimit = reviewLimit
        self.cram = cram
        self.leechThreshold = leechThreshold
    }
}
