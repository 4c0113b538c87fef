/// A sentence of a CoNLL-U file: its comment lines and its rows, kept as written so it writes back byte for byte.
public struct CoNLLUSentence: Equatable, Sendable {
    /// The comment lines, each whole with its `#` (`# sent_id = 1`, `# text = …`).
    public var comments: [String]
    /// Words, multiword token ranges and empty nodes, in file order.
    public var rows: [CoNLLURow]
    /// The 1-based line the sentence starts on in the file it was read from (0 when made in memory).
    public var line: Int

    public init(comments: [String] = [], rows: [CoNLLURow], line: Int = 0) {
        self.comments = comments
        self.rows = rows
        self.line = line
    }

    /// The ordinary words (no multiword ranges, no empty nodes), in order.
    public var words: [CoNLLURow] { rows.filter(\.isWord) }

    /// The value of a `# key = value` comment (`text`, `sent_id`), or nil.
    public func comment(_ key: String) -> String? {
        for comment in comments {
            guard comment.hasPrefix("#") else { continue }
            let body = comment.dropFirst().drop { $0 == " " }
            guard body.hasPrefix(key) else { continue }
            let rest = body.dropFirst(key.count).drop { $0 == " " }
            if rest.hasPrefix("=") { return String(rest.dropFirst().drop { $0 == " " }) }
        }
        return nil
    }
}
