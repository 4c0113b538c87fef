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

    public init(logBytes: Int, logEntries: Int, lastEntryID: String?, settings: SchedulerSettings,
                states: [CardKey: MemoryState]) {
        self.schema = Self.currentSchema
        self.logBytes = logBytes
        self.logEntries = logEntries
        self.lastEntryID = lastEntryID
        self.settings = settings
        self.cards = states.keys.sorted().map { Entry(deck: $0.deck, card: $0.card, memory: states[$0]!) }
    }

    public var states: [CardKey: MemoryState] {
        Dictionary(uniqueKeysWithValues: cards.map { (CardKey(deck: $0.deck, card: $0.card), $0.memory) })
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Only the schema number, to refuse a newer file before decoding the rest.
    struct Version: Decodable { var schema: Int }
}
