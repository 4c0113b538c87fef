/// The parts of an Anki collection that `quiz` reads and writes, as plain values: note types, decks, notes,
/// cards and the review log (`revlog`), whatever the schema they were read from.
public struct AnkiCollection: Equatable, Sendable {
    public var notetypes: [Int64: AnkiNotetype]
    /// Deck names by id, levels separated by `::`.
    public var decks: [Int64: String]
    public var notes: [AnkiNote]
    public var cards: [AnkiCard]
    public var reviews: [AnkiReview]
    /// The collection's creation time in seconds (`col.crt`): review cards' due days count from its day.
    public var creation: Int64

    public init(notetypes: [Int64: AnkiNotetype] = [:], decks: [Int64: String] = [:], notes: [AnkiNote] = [],
                cards: [AnkiCard] = [], reviews: [AnkiReview] = [], creation: Int64 = 0) {
        self.notetypes = notetypes
        self.decks = decks
        self.notes = notes
        self.cards = cards
        self.reviews = reviews
        self.creation = creation
    }
}

/// An Anki note type: its fields in order and its card templates (one per card, or one for all cloze cards).
public struct AnkiNotetype: Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var isCloze: Bool
    public var fields: [String]
    public var templates: [AnkiTemplate]

    public init(id: Int64, name: String, isCloze: Bool, fields: [String], templates: [AnkiTemplate]) {
        self.id = id
        self.name = name
        self.isCloze = isCloze
        self.fields = fields
        self.templates = templates
    }
}

/// One card template of a note type: the front (question) and back (answer) in Anki's template syntax.
public struct AnkiTemplate: Equatable, Sendable {
    public var ordinal: Int
    public var name: String
    public var front: String
    public var back: String

    public init(ordinal: Int, name: String, front: String, back: String) {
        self.ordinal = ordinal
        self.name = name
        self.front = front
        self.back = back
    }
}

/// An Anki note: its note type, its field values (HTML) and its tags.
public struct AnkiNote: Equatable, Sendable {
    public var id: Int64
    public var guid: String
    public var notetype: Int64
    public var fields: [String]
    public var tags: [String]

    public init(id: Int64, guid: String, notetype: Int64, fields: [String], tags: [String]) {
        self.id = id
        self.guid = guid
        self.notetype = notetype
        self.fields = fields
        self.tags = tags
    }
}

/// An Anki card: which note and template it shows, its deck, and its scheduling columns.
public struct AnkiCard: Equatable, Sendable {
    public var id: Int64
    public var note: Int64
    public var deck: Int64
    /// The template's ordinal (for cloze note types, the cloze number less one).
    public var ordinal: Int
    /// 0 new, 1 learning, 2 review, 3 relearning.
    public var type: Int
    /// -3 to -1 buried or suspended, 0 new, 1 learning, 2 review, 3 day learning, 4 preview.
    public var queue: Int
    public var due: Int64
    public var interval: Int64
    public var factor: Int
    public var reps: Int
    public var lapses: Int
    /// The original deck while the card sits in a filtered deck, else 0.
    public var originalDeck: Int64
    /// The `data` column: JSON with the FSRS memory state (`s`, `d`) and last review time (`lrt`).
    public var data: String

    public init(id: Int64, note: Int64, deck: Int64, ordinal: Int, type: Int = 0, queue: Int = 0, due: Int64 = 0,
                interval: Int64 = 0, factor: Int = 0, reps: Int = 0, lapses: Int = 0, originalDeck: Int64 = 0, data: String = "{}") {
        self.id = id
        self.note = note
        self.deck = deck
        self.ordinal = ordinal
        self.type = type
        self.queue = queue
        self.due = due
        self.interval = interval
        self.factor = factor
        self.reps = reps
        self.lapses = lapses
        self.originalDeck = originalDeck
        self.data = data
    }
}

/// One row of Anki's review log.
public struct AnkiReview: Equatable, Sendable {
    /// Milliseconds since 1970: when the answer was given.
    public var id: Int64
    public var card: Int64
    /// 1 Again, 2 Hard, 3 Good, 4 Easy; 0 for a manual change of schedule.
    public var ease: Int
    /// Days when positive, seconds when negative.
    public var interval: Int64
    public var lastInterval: Int64
    public var factor: Int
    /// Milliseconds spent answering.
    public var duration: Int64
    /// 0 learning, 1 review, 2 relearning, 3 filtered, 4 manual, 5 rescheduled.
    public var type: Int

    public init(id: Int64, card: Int64, ease: Int, interval: Int64 = 0, lastInterval: Int64 = 0, factor: Int = 0,
                duration: Int64 = 0, type: Int) {
        self.id = id
        self.card = card
        self.ease = ease
        self.interval = interval
        self.lastInterval = lastInterval
        self.factor = factor
        self.duration = duration
        self.type = type
    }
}
