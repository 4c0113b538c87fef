/// A CoNLL-U sentence seen by the syntax layer: its words as tokens, its gold tree, and the tree a model gives it.
extension CoNLLUSentence {
    /// The ordinary words as tokens, with UTF-8 offsets in the words joined by one space. No space follows a
    /// word whose MISC says `SpaceAfter=No`, nor a word inside a multiword token ("did" of "didn't"); the last
    /// word of a multiword token takes the token's `SpaceAfter`.
    public var syntaxTokens: [SyntaxToken] {
        var tokens: [SyntaxToken] = []
        var offset = 0
        var multiwordLast = 0
        var multiwordNoSpace = false
        for row in rows {
            switch row.id {
            case .multiword(_, let last):
                multiwordLast = last
                multiwordNoSpace = row.hasNoSpaceAfter
            case .word(let n):
                let length = row.form.utf8.count
                tokens.append(SyntaxToken(form: row.form, start: offset, end: offset + length))
                offset += length
                let inside = n < multiwordLast
                let closesMultiword = n == multiwordLast
                if !(inside || row.hasNoSpaceAfter || (closesMultiword && multiwordNoSpace)) { offset += 1 }
            case .empty:
                continue
            }
        }
        return tokens
    }

    /// The sentence's own annotation as a parse: its words, UPOS, XPOS, HEAD (0 where it is `_`) and DEPREL.
    public var goldParse: ParsedSentence {
        let words = self.words
        return ParsedSentence(tokens: syntaxTokens, upos: words.map(\.upos), xpos: words.map(\.xpos),
                              heads: words.map { $0.headIndex ?? 0 }, relations: words.map(\.deprel))
    }

    /// The sentence with UPOS, XPOS, HEAD, DEPREL and FEATS (`Number=Sing|Plur` for nouns and proper nouns,
    /// else `_`) taken from `parse`; words, lemmas, DEPS, MISC, comments, multiword tokens and empty nodes are
    /// kept. `parse` must have one entry per ordinary word.
    public func filled(with parse: ParsedSentence) -> CoNLLUSentence {
        precondition(parse.count == words.count, "a parse of \(parse.count) words for a sentence of \(words.count)")
        var copy = self
        var w = 0
        for r in copy.rows.indices where copy.rows[r].isWord {
            copy.rows[r].upos = parse.upos[w]
            copy.rows[r].xpos = parse.xpos[w]
            copy.rows[r].feats = Self.feats(parse, w)
            copy.rows[r].head = String(parse.heads[w])
            copy.rows[r].deprel = parse.relations[w]
            w += 1
        }
        return copy
    }

    /// A sentence made from a parse of `text`: `# sent_id` and `# text` comments, then a row per word with its
    /// tags and tree, `SpaceAfter=No` where the next word touches it, `_` for lemma and DEPS.
    public init(parse: ParsedSentence, id: String, text: String) {
        var rows: [CoNLLURow] = []
        rows.reserveCapacity(parse.count)
        for w in 0..<parse.count {
            let touches = w + 1 < parse.count && parse.tokens[w].end == parse.tokens[w + 1].start
            rows.append(CoNLLURow(
                id: .word(w + 1), form: parse.tokens[w].form, upos: parse.upos[w], xpos: parse.xpos[w],
                feats: Self.feats(parse, w), head: String(parse.heads[w]), deprel: parse.relations[w],
                misc: touches ? "SpaceAfter=No" : "_"))
        }
        self.init(comments: ["# sent_id = \(id)", "# text = \(text)"], rows: rows)
    }

    /// FEATS for word `w` of a parse: its number when it is a noun or proper noun, else `_`.
    static func feats(_ parse: ParsedSentence, _ w: Int) -> String {
        guard parse.upos[w] == "NOUN" || parse.upos[w] == "PROPN", let number = parse.number(at: w) else { return "_" }
        return "Number=\(number.rawValue)"
    }
}
