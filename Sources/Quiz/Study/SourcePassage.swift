import Deck
import Foundation

/// The passage of the source text a card came from, for `:source`: the answer masked before it is
/// given, highlighted after.
enum SourcePassage {
    static func lines(of path: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return TextLines.split(String(decoding: data, as: UTF8.self)).map(String.init)
    }

    /// Where a deck's source text may be read from: only files under the deck's folder, links resolved.
    enum Access: Equatable {
        /// The file's real path, under the folder.
        case inside(String)
        /// The file resolves to a place outside the folder; it is not read.
        case outside
        /// No such file (or the folder cannot be resolved).
        case missing
    }

    /// Whether `path` resolves (after `realpath`) to a file under `folder`.
    static func access(_ path: String, folder: String) -> Access {
        func real(_ p: String) -> String? {
            guard let r = realpath(p, nil) else { return nil }
            defer { free(r) }
            return String(cString: r)
        }
        guard let file = real(path), let root = real(folder) else { return .missing }
        return file.hasPrefix(root == "/" ? root : root + "/") ? .inside(file) : .outside
    }

    /// The sentences of a long paragraph that the card is about: the one sharing most words with the
    /// card (and the sentence before it when the card's text starts there too).
    static func focus(_ paragraph: String, on card: Card) -> String {
        let sentences = SentenceSplitter.split(paragraph).map(\.text)
        guard sentences.count > 2 else { return paragraph }
        let cardText = card.kind == .cloze ? ClozeText(card.prompt).filled : card.prompt + " " + card.answer
        let words = Set(cardText.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
        func overlap(_ s: String) -> Int {
            Set(s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })).intersection(words).count
        }
        let scores = sentences.map(overlap)
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }) else { return paragraph }
        var chosen = [sentences[best]]
        if best > 0, scores[best - 1] * 2 >= scores[best] { chosen.insert(sentences[best - 1], at: 0) }
        return (best > 0 && chosen.count == 1 ? "… " : "") + chosen.joined(separator: " ") + (best < sentences.count - 1 ? " …" : "")
    }

    /// `line N: "…"` lines, or a message saying why there is none.
    static func render(card: Card, sourceLines: [String]?, revealed: Bool, style: Style) -> String {
        guard let ref = card.source else { return "This card names no source line." }
        guard let lines = sourceLines else { return "The source text is not available." }
        guard ref.line >= 1, ref.line <= lines.count else { return "Line \(ref.line) is past the end of the source text." }
        let text = focus(lines[(ref.line - 1)..<min(ref.endLine, lines.count)].joined(separator: " "), on: card)
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
        if text.count > 600 { return "\(where_): “\(marked.prefix(600))…”" }
        return "\(where_): “\(marked)”"
    }
}
