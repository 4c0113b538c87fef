/// What the standing card actions of a review log add up to: which cards are suspended, buried (and until
/// when) and flagged.
public struct CardMarks: Equatable, Sendable {
    public private(set) var suspended: Set<CardKey> = []
    public private(set) var buriedUntil: [CardKey: Timestamp] = [:]
    public private(set) var flags: [CardKey: Int] = [:]

    public init() {}

    /// Marks as they were summed up before (the snapshot's).
    public init(suspended: Set<CardKey>, buriedUntil: [CardKey: Timestamp], flags: [CardKey: Int]) {
        self.suspended = suspended
        self.buriedUntil = buriedUntil
        self.flags = flags
    }

    /// The marks of `actions` applied in order.
    public init(_ actions: [CardActionRecord]) {
        for a in actions { apply(a) }
    }

    public mutating func apply(_ a: CardActionRecord) {
        switch a.action {
        case .suspend: suspended.insert(a.key)
        case .unsuspend: suspended.remove(a.key)
        case .bury(let until): buriedUntil[a.key] = max(until, buriedUntil[a.key] ?? until)
        case .flag(let n): flags[a.key] = n == 0 ? nil : n
        }
    }

    /// Whether `key` is buried at `now`.
    public func isBuried(_ key: CardKey, at now: Timestamp) -> Bool {
        guard !buriedUntil.isEmpty, let until = buriedUntil[key] else { return false }
        return now < until
    }
}
