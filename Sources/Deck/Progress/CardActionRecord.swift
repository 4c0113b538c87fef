/// A learner's action on a card, kept in the review log beside the reviews: suspend, unsuspend, bury until a
/// time, or flag. Actions never edit a deck, and an undo cancels one as it cancels a review.
public struct CardActionRecord: Equatable, Sendable {
    public var id: String
    public var key: CardKey
    public var time: Timestamp
    public var action: CardAction

    public init(id: String, key: CardKey, time: Timestamp, action: CardAction) {
        self.id = id
        self.key = key
        self.time = time
        self.action = action
    }
}

/// What a `CardActionRecord` does.
public enum CardAction: Equatable, Sendable {
    /// Leave the card out of study until it is unsuspended.
    case suspend
    case unsuspend
    /// Leave the card out of study until this time (the start of the next day).
    case bury(until: Timestamp)
    /// Mark the card with a flag from 1 to 4 (0 clears it).
    case flag(Int)

    /// The entry type this action has in the log.
    public var typeName: String {
        switch self {
        case .suspend: return "suspend"
        case .unsuspend: return "unsuspend"
        case .bury: return "bury"
        case .flag: return "flag"
        }
    }
}
