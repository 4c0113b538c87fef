import Foundation

/// The derived card states saved beside the log, so a start need not replay it; always rebuildable.
public struct StateSnapshot: Codable, Equatable, Sendable {
    /// The snapshot format this build writes and reads.
    public static let currentSchema = 1

    /// One card's derived state.
    public struct Entry: Codable, Equatable, Sendable {
        public var deck: String
        public var card: String
        public var memory: MemoryState
    }

    public var schema: Int
    /// The log this was derived from: its length in bytes, its entry count and its last entry's id.
    public var logBytes: Int
    public var logEntries: Int
    public var lastEntryID: String?
    public var settings: SchedulerSettings
    public var cards: [Entry]
    /// The log file this was derived from, to know it again without reading it (nil in snapshots that predate it).
    public var log: LogMark?
    /// What study needs of the log besides the states (nil in snapshots that predate it).
    public var summary: Summary?

    public init(logBytes: Int, logEntries: Int, lastEntryID: String?, settings: SchedulerSettings,
                states: [CardKey: MemoryState], log: LogMark? = nil, summary: ReviewSummary? = nil) {
        self.schema = Self.currentSchema
        self.logBytes = logBytes
        self.logEntries = logEntries
        self.lastEntryID = lastEntryID
        self.settings = settings
        self.cards = states.keys.sorted().map { Entry(deck: $0.deck, card: $0.card, memory: states[$0]!) }
        self.log = log
        self.summary = summary.map(Summary.init)
    }

    /// The log file as it was when the snapshot was written: its length, the FNV-1a checksum of its last
    /// `tailBytes` bytes, and its inode and modification time. A log that still matches all of them is the log
    /// the snapshot describes, without reading it whole.
    public struct LogMark: Codable, Equatable, Sendable {
        public var bytes: Int
        public var tailBytes: Int
        /// FNV-1a (64 bits) of the tail, in hexadecimal.
        public var tailChecksum: String
        public var inode: UInt64
        /// Nanoseconds since 1970.
        public var modified: Int64

        public init(bytes: Int, tailBytes: Int, tailChecksum: String, inode: UInt64, modified: Int64) {
            self.bytes = bytes
            self.tailBytes = tailBytes
            self.tailChecksum = tailChecksum
            self.inode = inode
            self.modified = modified
        }
    }

    /// `ReviewSummary` as written: each reviewed card's review times, and the cards that are suspended,
    /// buried, flagged or were unsuspended by hand.
    public struct Summary: Codable, Equatable, Sendable {
        public struct Reviewed: Codable, Equatable, Sendable {
            public var deck: String
            public var card: String
            public var firstScheduled: Timestamp?
            public var lastScheduled: Timestamp?
            public var last: Timestamp
        }
        public struct Marked: Codable, Equatable, Sendable {
            public var deck: String
            public var card: String
            public var until: Timestamp?
            public var flag: Int?
        }
        public var reviewed: [Reviewed]
        public var suspended: [Marked]
        public var buried: [Marked]
        public var flagged: [Marked]
        public var unsuspended: [Marked]

        public init(_ s: ReviewSummary) {
            reviewed = s.times.keys.sorted().map { k in
                let t = s.times[k]!
                return Reviewed(deck: k.deck, card: k.card, firstScheduled: t.firstScheduled, lastScheduled: t.lastScheduled, last: t.last)
            }
            suspended = s.marks.suspended.sorted().map { Marked(deck: $0.deck, card: $0.card) }
            buried = s.marks.buriedUntil.keys.sorted().map { Marked(deck: $0.deck, card: $0.card, until: s.marks.buriedUntil[$0]) }
            flagged = s.marks.flags.keys.sorted().map { Marked(deck: $0.deck, card: $0.card, flag: s.marks.flags[$0]) }
            unsuspended = s.unsuspended.sorted().map { Marked(deck: $0.deck, card: $0.card) }
        }

        /// The summary these lists give back.
        public var summary: ReviewSummary {
            var out = ReviewSummary()
            out.times.reserveCapacity(reviewed.count)
            for r in reviewed {
                out.times[CardKey(deck: r.deck, card: r.card)] = .init(firstScheduled: r.firstScheduled, lastScheduled: r.lastScheduled, last: r.last)
            }
            out.marks = CardMarks(suspended: Set(suspended.map { CardKey(deck: $0.deck, card: $0.card) }),
                                  buriedUntil: Dictionary(buried.compactMap { m in m.until.map { (CardKey(deck: m.deck, card: m.card), $0) } }, uniquingKeysWith: max),
                                  flags: Dictionary(flagged.compactMap { m in m.flag.map { (CardKey(deck: m.deck, card: m.card), $0) } }, uniquingKeysWith: { _, b in b }))
            out.unsuspended = Set(unsuspended.map { CardKey(deck: $0.deck, card: $0.card) })
            return out
        }
    }

    /// The card states, or why they cannot be trusted: the snapshot is verified, never trusted. Every value
    /// must be one the scheduler can produce (stability and difficulty finite and in range, times within
    /// years 1–9999, counts not negative, lapses no more than reviews) and no card may appear twice.
    public func checkedStates() -> Result<[CardKey: MemoryState], SnapshotProblem> {
        var out: [CardKey: MemoryState] = [:]
        out.reserveCapacity(cards.count)
        let earliest = CivilTime(year: 1, month: 1, day: 1).timestamp, latest = CivilTime(year: 9999, month: 12, day: 31).timestamp
        for n in cards.indices {
            let key = CardKey(deck: cards[n].deck, card: cards[n].card)
            let m = cards[n].memory
            func bad(_ why: String) -> Result<[CardKey: MemoryState], SnapshotProblem> { .failure(SnapshotProblem(card: n + 1, key: key, reason: why)) }
            if key.deck.isEmpty || key.card.isEmpty { return bad("an empty deck or card id") }
            if let s = m.stability, !(s.isFinite && s >= SchedulerSettings.stabilityMin && s <= 1e7) { return bad("stability \(s) out of range") }
            if let d = m.difficulty, !(d.isFinite && d >= 1 && d <= 10) { return bad("difficulty \(d) out of range") }
            if (m.stability == nil) != (m.difficulty == nil) { return bad("stability and difficulty not both set") }
            if let step = m.step, !(0...1000).contains(step) { return bad("step \(step) out of range") }
            if m.state == .review && m.step != nil { return bad("a review card with a learning step") }
            if m.reviews < 0 || m.reviews > 100_000_000 { return bad("\(m.reviews) reviews") }
            if m.lapses < 0 || m.lapses > m.reviews { return bad("\(m.lapses) lapses for \(m.reviews) reviews") }
            if m.reviews > 0 && (m.stability == nil || m.lastReview == nil) { return bad("a reviewed card without a memory state") }
            if !(earliest...latest).contains(m.due) { return bad("a time out of range") }
            if let last = m.lastReview, !(earliest...latest).contains(last) { return bad("a time out of range") }
            if out.updateValue(m, forKey: key) != nil { return bad("the card appears twice") }
        }
        return .success(out)
    }

    /// Why a snapshot's states cannot be used: the card (1-based) and what is wrong with it.
    public struct SnapshotProblem: Error, Equatable, Sendable, CustomStringConvertible {
        public var card: Int
        public var key: CardKey
        public var reason: String
        public var description: String { "card \(card) (\(key)): \(reason)" }
    }

    /// The JSON text of `state.json` (as `JSONEncoder` writes it, by `SnapshotJSONWriter` when it can).
    public func encoded() throws -> Data {
        if let fast = SnapshotJSONWriter.encode(self) { return fast }
        return try encodedByFoundation()
    }

    /// `encoded()` by `JSONEncoder` alone (what the fast writer is tested against).
    func encodedByFoundation() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Only the schema number, to refuse a newer file before decoding the rest.
    struct Version: Decodable { var schema: Int }
}
