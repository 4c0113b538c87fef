import Foundation

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
        var sentences: [TreebankSentence] = []
        var text: String? = nil
        var forms: [String] = []
        func finish() throws {
            if let text, !forms.isEmpty { sentences.append(try TreebankSentence(text: text, forms: forms)) }
            text = nil
            forms = []
        }
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { try finish(); continue }
            if line.hasPrefix("# text = ") { text = String(line.dropFirst(9)); continue }
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard columns.count >= 2 else { continue }
            let id = columns[0]
            if id.contains(".") || id.contains("-") { continue }  // empty nodes; multiword tokens (their words follow)
            forms.append(String(columns[1]))
        }
        try finish()
        return sentences
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
