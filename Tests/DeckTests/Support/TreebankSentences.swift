import Foundation
@testable import Deck

/// The sentences of a CoNLL-U file as text and gold words, each word with its UTF-8 offsets in the text.
struct TreebankSentence {
    var text: String
    var words: [(form: String, start: Int, end: Int)]

    /// Reads `path`; throws when the file is missing or a word cannot be found in its sentence's text.
    static func read(_ path: String) throws -> [TreebankSentence] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw TreebankError.missing("the treebank file \(path) is missing (expected beside the package)")
        }
        let content = try String(contentsOfFile: path, encoding: .utf8)
        return try CoNLLU.read(content, file: path).compactMap { sentence in
            guard let text = sentence.comment("text") else { return nil }
            return try TreebankSentence(text: text, forms: sentence.words.map(\.form))
        }
    }

    init(text: String, forms: [String]) throws {
        self.text = text
        let bytes = Array(text.utf8)
        var position = 0
        words = []
        for form in forms {
            let f = Array(form.utf8)
            var found = -1
            var i = position
            while i + f.count <= bytes.count {
                if bytes[i] == f[0] && Array(bytes[i..<(i + f.count)]) == f { found = i; break }
                i += 1
            }
            guard found >= 0 else { throw TreebankError.unaligned("word \"\(form)\" not found in \"\(text)\"") }
            words.append((form, found, found + f.count))
            position = found + f.count
        }
    }
}

enum TreebankError: Error, CustomStringConvertible {
    case missing(String)
    case unaligned(String)

    var description: String {
        switch self {
        case .missing(let m), .unaligned(let m): return m
        }
    }
}
