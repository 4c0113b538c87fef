import Deck
import Foundation

/// A deck loaded for study: its id (file name without `.deck`), the deck, and where its source text is.
struct StudyDeck {
    var id: String
    var deck: Deck
    var path: String

    /// The folder the deck file is in: `:source` reads only files under it.
    var folder: String {
        let dir = (path as NSString).deletingLastPathComponent
        return dir.isEmpty ? "." : dir
    }

    /// The source text's path, relative to the deck file, if the deck names one.
    func sourcePath(for card: Card) -> String? {
        guard let name = card.source?.file ?? deck.source else { return nil }
        if name.hasPrefix("/") { return name }
        return ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
    }

    static func id(forPath path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
