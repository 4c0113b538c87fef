/// Reads and writes CoNLL-U, the Universal Dependencies treebank format, keeping every column as written.
public enum CoNLLU {
    /// The sentences of `text` (LF or CRLF lines; the final blank line may be missing). `file` names the
    /// input in errors: wrong column count, a bad or out-of-order ID, a bad HEAD, a misplaced comment.
    public static func read(_ text: String, file: String) throws(CoNLLUError) -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var comments: [String] = []
        var rows: [CoNLLURow] = []
        /// Where each word's HEAD was written, to report one past the sentence's end.
        var headPlaces: [(line: Int, column: Int)] = []
        var start = 0
        var wordCount = 0
        var lineNumber = 0

        func fail(_ line: Int, _ column: Int, _ message: String) -> CoNLLUError {
            CoNLLUError(file: file, line: line, column: column, message: message)
        }
        func finish() throws(CoNLLUError) {
            defer { comments = []; rows = []; headPlaces = []; wordCount = 0; start = 0 }
            if rows.isEmpty {
                if !comments.isEmpty { throw fail(start, 1, "comment lines without a sentence after them") }
                return
            }
            if wordCount == 0 { throw fail(start, 1, "sentence has no words") }
            if case .multiword(_, let last) = rows.last(where: { if case .multiword = $0.id { true } else { false } })?.id,
               last > wordCount {
                throw fail(start, 1, "multiword token ends at word \(last), past the sentence's last word (\(wordCount))")
            }
            var w = 0
            for row in rows where row.isWord {
                if let head = row.headIndex, head > wordCount {
                    throw fail(headPlaces[w].line, headPlaces[w].column,
                               "HEAD \(head) is past the sentence's last word (\(wordCount))")
                }
                w += 1
            }
            sentences.append(CoNLLUSentence(comments: comments, rows: rows, line: start))
        }

        for line in TextLines.split(text) {
            lineNumber += 1
            if line.isEmpty {
                try finish()
                continue
            }
            if start == 0 { start = lineNumber }
            if line.hasPrefix("#") {
                if !rows.isEmpty {
                    throw fail(lineNumber, 1, "comment line among a sentence's words (a blank line ends a sentence)")
                }
                comments.append(String(line))
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            func column(_ k: Int) -> Int {
                line[..<fields[k].startIndex].unicodeScalars.count + 1
            }
            guard fields.count == 10 else {
                let place = fields.count > 10 ? column(10) - 1 : line.unicodeScalars.count + 1
                throw fail(lineNumber, place, "expected 10 tab-separated columns, found \(fields.count)")
            }
            if let empty = fields.firstIndex(where: \.isEmpty) {
                throw fail(lineNumber, column(empty), "empty column \(empty + 1) (write _ for no value)")
            }
            guard let id = CoNLLUID(fields[0]) else {
                throw fail(lineNumber, 1, "bad ID '\(fields[0])': expected a word number, a range like 1-2 or an empty node like 8.1")
            }
            let head = fields[6]
            switch id {
            case .word(let n):
                guard n == wordCount + 1 else {
                    throw fail(lineNumber, 1, "word ID \(n) out of order: expected \(wordCount + 1)")
                }
                if head != "_" {
                    guard let h = Int(head), h >= 0, String(h) == head else {
                        throw fail(lineNumber, column(6), "bad HEAD '\(head)': expected a word number, 0 for the root, or _")
                    }
                    if h == n { throw fail(lineNumber, column(6), "word \(n) is its own HEAD") }
                }
                wordCount = n
                headPlaces.append((lineNumber, column(6)))
            case .multiword(let first, _):
                guard first == wordCount + 1 else {
                    throw fail(lineNumber, 1, "multiword token \(id) out of order: expected it to start at word \(wordCount + 1)")
                }
                guard head == "_" else { throw fail(lineNumber, column(6), "a multiword token's HEAD must be _") }
            case .empty(let after, _):
                guard after == wordCount else {
                    throw fail(lineNumber, 1, "empty node \(id) out of order: expected it to follow word \(wordCount)")
                }
                guard head == "_" else { throw fail(lineNumber, column(6), "an empty node's HEAD must be _") }
            }
            rows.append(CoNLLURow(
                id: id, form: String(fields[1]), lemma: String(fields[2]), upos: String(fields[3]), xpos: String(fields[4]),
                feats: String(fields[5]), head: String(head), deprel: String(fields[7]), deps: String(fields[8]),
                misc: String(fields[9])))
        }
        try finish()
        return sentences
    }

    /// The sentences as CoNLL-U: comments, rows of ten tab-separated columns, a blank line after each sentence.
    public static func write(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences {
            for comment in sentence.comments {
                out += comment
                out += "\n"
            }
            for row in sentence.rows {
                out += row.id.description
                for column in [row.form, row.lemma, row.upos, row.xpos, row.feats, row.head, row.deprel, row.deps, row.misc] {
                    out += "\t"
                    out += column
                }
                out += "\n"
            }
            out += "\n"
        }
        return out
    }
}
