/// How well a card was recalled: FSRS's four ratings.
public enum Rating: Int, Codable, Sendable, CaseIterable, Comparable {
    case again = 1, hard = 2, good = 3, easy = 4

    public static func < (a: Rating, b: Rating) -> Bool { a.rawValue < b.rawValue }

    public var name: String {
        switch self {
        case .again: return "Again"
        case .hard: return "Hard"
        case .good: return "Good"
        case .easy: return "Easy"
        }
    }
}
