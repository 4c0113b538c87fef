extension ParsedSentence {
    /// Relations that make a word part of another word's name or phrase: a blank takes them with their head.
    static let partRelations: Set<Substring> = ["compound", "flat", "fixed", "goeswith", "nummod"]

    /// The whole phrase a blank over UTF-8 offsets `bytes` should take, as UTF-8 offsets, or nil when there is
    /// none: the words the offsets touch, grown to take the rest of a name or number they are part of
    /// (`compound`, `flat`, `fixed`, `goeswith`, `nummod`), or cut to the name of the first noun they hold
    /// when they run on into a verb or another part of the sentence. The result is built on one noun, name or
    /// number, and is not one item of a list.
    public func nominalSpan(covering bytes: Range<Int>) -> Range<Int>? {
        let inside = tokens.indices.filter { tokens[$0].start < bytes.upperBound && tokens[$0].end > bytes.lowerBound }
        guard var first = inside.first, var last = inside.last else { return nil }
        // A preposition or adverb before it or a possessive marker after it is no part of the answer ("in {{X}}",
        // "{{X}}'s").
        // (A word of letters tagged as punctuation is a tagger's slip: "C." of "C. E. Webber".)
        func isEdge(_ w: Int) -> Bool {
            (Self.edgeRelations.contains(baseRelation(w)) || upos[w] == "PUNCT")
                && !(upos[w] == "PUNCT" && tokens[w].form.contains(where: { $0.isLetter || $0.isNumber }))
        }
        while first < last, isEdge(first) { first += 1 }
        while last > first, isEdge(last) { last -= 1 }
        var span = first..<(last + 1)
        func roots(_ span: Range<Int>) -> [Int] { span.filter { heads[$0] == 0 || !span.contains(heads[$0] - 1) } }
        func isNominal(_ w: Int) -> Bool { ["NOUN", "PROPN", "NUM"].contains(upos[w]) }
        var top = roots(span)
        if top.count > 1 || !top.allSatisfy(isNominal) {
            // Runs on past its phrase: keep the name of its first noun, name or number that heads a phrase.
            guard let head = span.first(where: { isNominal($0) && !Self.partRelations.contains(baseRelation($0)) }) else { return nil }
            span = namePart(head)
            top = [head]
        }
        var root = top[0]
        // Part of a larger name ("Harvard" of "Harvard Medical School"): the whole name.
        var steps = 0
        while Self.partRelations.contains(baseRelation(root)), heads[root] >= 1, steps < count {
            root = heads[root] - 1
            steps += 1
        }
        guard isNominal(root) else { return nil }
        var name = namePart(root)
        // "The" with a capital inside a sentence is part of the name ("The Horns of Nimon").
        if name.lowerBound > 1, tokens[name.lowerBound - 1].form == "The", heads[name.lowerBound - 1] == root + 1 {
            name = (name.lowerBound - 1)..<name.upperBound
        }
        span = min(span.lowerBound, name.lowerBound)..<max(span.upperBound, name.upperBound)
        // A lone common noun takes its adjectives before it ("national identity"): alone it is a guess.
        if span.count == 1, upos[root] == "NOUN", let from = modifiersBefore(root) { span = from..<span.upperBound }
        // The grown span is still one phrase, and not one item of a list.
        let grown = roots(span)
        guard grown == [root], baseRelation(root) != "conj",
              !(0..<count).contains(where: { !span.contains($0) && heads[$0] == root + 1 && baseRelation($0) == "conj" })
        else { return nil }
        // A determiner stays outside, also one the parse hangs on a word inside ("to form the {{book stacks}}"
        // with "the" on "book").
        while span.count > 1, upos[span.lowerBound] == "DET", baseRelation(span.lowerBound) == "det",
              tokens[span.lowerBound].form.first?.isLowercase == true {
            span = (span.lowerBound + 1)..<span.upperBound
        }
        return tokens[span.lowerBound].start..<tokens[span.upperBound - 1].end
    }

    /// Relations of words at the edge of a phrase that a blank leaves outside: prepositions, possessive
    /// markers, conjunctions, punctuation, adverbs ("{{Currently detention}}", "about {{400 m}}").
    static let edgeRelations: Set<Substring> = ["case", "cc", "mark", "punct", "advmod"]

    /// Relations of the modifiers a lone common noun is not asked without.
    static let nounModifiers: Set<Substring> = ["amod", "compound"]

    /// The first word of the adjectives and compounds right before common noun `w` (with everything under
    /// them), or nil when there are none or they are not contiguous with `w`.
    func modifiersBefore(_ w: Int) -> Int? {
        let modifiers = (0..<w).filter { heads[$0] == w + 1 && Self.nounModifiers.contains(baseRelation($0)) }
        guard let first = modifiers.first else { return nil }
        var members: Set<Int> = [w]
        var stack = modifiers
        while let d = stack.popLast() {
            guard members.insert(d).inserted else { continue }
            for c in 0..<count where heads[c] == d + 1 { stack.append(c) }
        }
        let from = members.min()!
        guard from <= first, members.max() == w, members.count == w - from + 1 else { return nil }
        return from
    }

    /// Word `w` with the words that make up its name or number (`partRelations`, and everything under them),
    /// as a contiguous range of words (`w` alone when they are not contiguous).
    func namePart(_ w: Int) -> Range<Int> {
        var members: Set<Int> = [w]
        var stack = [w]
        while let h = stack.popLast() {
            for d in 0..<count where heads[d] == h + 1 && !members.contains(d) {
                if h == w && !Self.partRelations.contains(baseRelation(d)) { continue }
                members.insert(d)
                stack.append(d)
            }
        }
        let range = members.min()!..<(members.max()! + 1)
        return range.count == members.count ? range : w..<(w + 1)
    }
}
