/// The fields a card (or the deck header) can carry, with their canonical spelling.
public enum DeckField: String, CaseIterable, Sendable {
    case question = "Q"
    case answer = "A"
    case cloze = "Cloze"
    case trueFalse = "TF"
    case accept = "Accept"
    case hint = "Hint"
    case tags = "Tags"
    case source = "Source"
    case score = "Score"
    case fact = "Fact"

    /// Reads a field name as written (case-insensitive, with a few long forms).
    public init?(spelling: String) {
        switch spelling.lowercased() {
        case "q", "question": self = .question
        case "a", "answer": self = .answer
        case "cloze": self = .cloze
        case "tf", "true/false", "truefalse": self = .trueFalse
        case "accept", "also": self = .accept
        case "hint": self = .hint
        case "tags", "tag": self = .tags
        case "source": self = .source
        case "score": self = .score
        case "fact": self = .fact
        default: return nil
        }
    }

    /// Whether a card may carry this field more than once.
    var repeats: Bool { self == .accept }

    /// A number of its own for each field, from 0 to 9 (the place of its `bit`).
    var number: Int { bit.trailingZeroBitCount }

    /// A bit of its own for each field (for sets of fields kept as one integer).
    var bit: UInt32 {
        switch self {
        case .question: return 1 << 0
        case .answer: return 1 << 1
        case .cloze: return 1 << 2
        case .trueFalse: return 1 << 3
        case .accept: return 1 << 4
        case .hint: return 1 << 5
        case .tags: return 1 << 6
        case .source: return 1 << 7
        case .score: return 1 << 8
        case .fact: return 1 << 9
        }
    }
}
