import Deck
import Foundation

/// The passage of the source text a card came from, for `:source`: the answer masked before it is
/// given, highlighted after.
enum SourcePassage {
    static func lines(of path: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// `line N: "…"` lines, or a message saying why there is none.
    static func render(card: Card, sourceLines: [String]?, revealed: Bool, style: Style) -> String {
        guard let ref = card.source else { return "This card names no source line." }
        guard let lines = sourceLines else { return "The source text is not available." }
        guard ref.line >= 1, ref.line <= lines.count else { return "Line \(ref.line) is past the end of the source text." }
        let text = lines[(ref.line - 1)..<min(ref.endLine, lines.count)].joined(separator: " ")
        var marked = text
        let answers: [String]
        switch card.kind {
        case .cloze: answers = ClozeText(card.prompt).gaps
        case .truefalse: answers = []
        default: answers = [card.answer]
        }
        for answer in answers where !answer.isEmpty {
            if let range = marked.range(of: answer, options: [.caseInsensitive, .diacriticInsensitive]) {
                let found = String(marked[range])
                marked.replaceSubrange(range, with: revealed ? (style.enabled ? style.bold(style.underline(found)) : "[\(found)]")
                                       : String(repeating: "_", count: max(3, found.count)))
            }
        }
        let where_ = ref.endLine > ref.line ? "lines \(ref.line)-\(ref.endLine)" : "line \(ref.line)"
        return "\(where_): “\(marked)”"
    }
}
