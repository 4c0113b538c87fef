/// Whether a cloze blank is a whole phrase of its sentence's parse: a noun phrase, a name, a number with its
/// unit or a date, and not a piece of a word, a verb or a modifier, part of a larger name, or one item of a list.
struct BlankCheck {
    let parse: ParsedSentence
    /// The blank's UTF-8 offsets in the sentence.
    let gap: Range<Int>

    /// What is wrong with the blank, or nil: a rule and a message that follows "the blank 'X'".
    var problem: (rule: AuditRule, message: String)? {
        let tokens = parse.tokens
        let inside = tokens.indices.filter { tokens[$0].start < gap.upperBound && tokens[$0].end > gap.lowerBound }
        guard let first = inside.first, let last = inside.last else { return nil }
        if tokens[first].start < gap.lowerBound { return (.blankPhrase, "splits the word '\(tokens[first].form)'") }
        if tokens[last].end > gap.upperBound { return (.blankPhrase, "splits the word '\(tokens[last].form)'") }
        let span = first..<(last + 1)
        // The span's roots: its words whose head is outside it.
        let roots = span.filter { parse.heads[$0] == 0 || !span.contains(parse.heads[$0] - 1) }
        guard roots.count == 1, let root = roots.first else {
            return (.blankPhrase, "is not one phrase: its words belong to \(roots.count) parts of the sentence")
        }
        let outside = (0..<parse.count).filter { !span.contains($0) }
        if parse.baseRelation(root) == "conj"
            || outside.contains(where: { parse.heads[$0] == root + 1 && parse.baseRelation($0) == "conj" }) {
            return (.listSlot, "is one item of a list: there is no single answer")
        }
        guard ["NOUN", "PROPN", "NUM"].contains(parse.upos[root]) else {
            return (.blankPhrase, "is built on '\(tokens[root].form)' (\(parse.upos[root])), not a noun phrase, name, number or date")
        }
        if ParsedSentence.partRelations.contains(parse.baseRelation(root)), parse.heads[root] >= 1 {
            return (.blankPhrase, "is only part of the phrase of '\(tokens[parse.heads[root] - 1].form)'")
        }
        if let left = outside.first(where: { w in
            parse.heads[w] >= 1 && span.contains(parse.heads[w] - 1) && ParsedSentence.partRelations.contains(parse.baseRelation(w))
        }) {
            return (.blankPhrase, "leaves '\(tokens[left].form)' of its phrase outside")
        }
        if span.count == 1, parse.upos[root] == "NOUN", let modifier = outside.first(where: { w in
            parse.heads[w] == root + 1 && ParsedSentence.nounModifiers.contains(parse.baseRelation(w))
        }) {
            return (.blankPhrase, "leaves '\(tokens[modifier].form)' of its phrase outside")
        }
        return nil
    }
}
