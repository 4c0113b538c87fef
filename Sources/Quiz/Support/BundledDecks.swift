import Foundation

/// Where the bundled decks are: the directories in $QUIZ_DECKS (colon-separated), else ./Decks.
enum BundledDecks {
    static func directories(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        if let list = environment["QUIZ_DECKS"], !list.isEmpty {
            return list.split(separator: ":").map(String.init)
        }
        return ["Decks"]
    }
}
