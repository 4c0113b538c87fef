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
}
