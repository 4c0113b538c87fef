import Foundation

/// The selection stage run over a chunk of paragraphs: facts best first, blanks made whole phrases of the parse.
extension DeckBuilder {
    /// The few cards of a range of whole paragraphs that a `Restraint` keeps: facts are taken best first, each
    /// blank made a whole phrase of the sentence's parse (or the fact dropped), and each fact's cards offered
    /// to the selection, which keeps at most one. Only sentences with a fact on offer are parsed.
    func restrainedCards(_ built: [TokenizedSentence], _ planned: [[Candidate]], _ contexts: [String?], _ facts: [[FactSpan]],
                         _ context: Context, _ memo: DistractorMemo, _ restraint: Restraint) -> MadeCards {
        var made = MadeCards()
        var selection = CardSelection(restraint, words: built.reduce(0) { $0 + $1.wordCount }, title: context.title)
        var offered: [(n: Int, c: Candidate)] = []
        // (The score floor holds for every paragraph here: a paragraph may go without a card.)
        for (n, list) in planned.enumerated() { for c in list where c.score >= options.minimumScore { offered.append((n, c)) } }
        offered.sort { ($0.c.score, -$0.n, -$0.c.round) > ($1.c.score, -$1.n, -$1.c.round) }
        var parses: [String: ParsedSentence] = [:]
        func parse(_ text: String) -> ParsedSentence {
            if let known = parses[text] { return known }
            let parsed = restraint.audit.model.parse(text)
            parses[text] = parsed
            return parsed
        }
        // A word of everyday English (for passing descriptions), and a word of English: one the parser's training
        // data or this text shows.
        let everyday = restraint.audit.isEveryday
        func knows(_ word: String) -> Bool {
            restraint.audit.model.knows(word) || context.frequency.count(of: word, key: FNV1a.hash(word)) > 0
        }
        // Every sentence with a fact on offer is parsed first, in one run: parsed one at a time between cards, each
        // parse found the weight tables pushed out of the cache by the card work (the whole stage took 6-8% longer),
        // and nearly all of them are reached.
        for n in Set(offered.map(\.n)).sorted() { _ = parse(built[n].text) }
        for (n, c) in offered {
            guard !selection.isFull else { break }
            let s = built[n]
            guard selection.admits(sentence: Substring(Self.sentenceKey(s)), answer: s.span(c.fact.first, c.fact.end)) else { continue }
            let parsed = parse(s.text)
            guard let fact = Self.constituent(c.fact, of: s, parsed) else { continue }
            // One item of a list the text names together ("the {{State Board of Education}}, the Superintendent of
            // Public Instruction, the State Education Agency or…") has no single answer, however the parse joins them.
            // (A list joined by "and" or "or", or of three at least: two names with a comma between may be an opening
            // phrase and the subject, "Before World War II, Fresno had…".)
            if fact.type != .list, fact.type != .enumeration, facts[n].contains(where: { g in
                (g.type == .list || g.type == .enumeration) && g.first <= fact.first && fact.end <= g.end
                    && g.end - g.first > fact.end - fact.first && Self.listJoints(s.tokens, g.first..<g.end).isList
            }) { continue }
            if fact.type == .term, PassingDescription.isPassing(fact, of: s, parsed, pairs: context.pairs, everyday: everyday)
                || PassingDescription.opensOnDescription(fact, of: s, parsed, pairs: context.pairs) { continue }
            var candidate = c
            candidate.fact = fact
            // The forms best first. A choice and a true/false statement rank below the question and the cloze, and
            // are wanted only when neither passes (about one fact in eighty): they are made then.
            var forms = MadeCards(), best: [Int] = []
            func offer(alternatives: Bool) -> CardSelection.Outcome {
                forms = MadeCards()
                cards(for: candidate, s, facts[n], context: contexts[n], memo, parse: parsed, knows: knows, alternatives: alternatives, into: &forms)
                best = forms.cards.indices.sorted { (forms.cards[$0].score ?? 0, -$0) > (forms.cards[$1].score ?? 0, -$1) }
                return selection.consider(best.map { forms.cards[$0] }, parse: parse)
            }
            var outcome = offer(alternatives: false)
            if outcome == .noFormPasses { outcome = offer(alternatives: true) }
            if case .kept(let k) = outcome {
                var card = forms.cards[best[k]]
                // An answer the source misspelled: the card says so and accepts both spellings.
                if card.kind != .truefalse, let fixed = SourceSpelling.corrected(card.answer, count: { w in
                    context.frequency.count(of: w, key: FNV1a.hash(w))
                }) {
                    card.accepted.append(fixed)
                    card.hint = (card.hint.map { $0 + "; " } ?? "") + "the source spells it “\(card.answer)”"
                    card.tags.append("source-spelling")
                }
                made.append(card, forms.orders[best[k]], trueStatement: forms.trueStatements[best[k]])
            }
        }
        return made
    }

    /// What joins items among tokens `range`: whether an "and" or "or" does, and how many commas stand there.
    /// A list is joined by "and" or "or", or has two commas (three items at least); one comma may set an opening
    /// phrase before a subject ("Before World War II, Fresno had…").
    static func listJoints(_ t: SentenceTokens, _ range: Range<Int>) -> (conjunction: Bool, commas: Int, isList: Bool) {
        var conjunction = false, commas = 0
        for k in range {
            if t[k].isLower("and") || t[k].isLower("or") { conjunction = true }
            if t[k].isLower(",") { commas += 1 }
        }
        return (conjunction, commas, conjunction || commas >= 2)
    }

    /// Fact `f` of sentence `s` as a whole phrase of the sentence's parse (`ParsedSentence.nominalSpan`), or nil
    /// when it is none. A number or date that turns out to be part of a name is no longer a number, and a name
    /// the parse makes longer is in doubt: nil.
    static func constituent(_ f: FactSpan, of s: TokenizedSentence, _ parse: ParsedSentence) -> FactSpan? {
        let bytes = s.tokens[f.first].start..<s.tokens[f.end - 1].end
        guard let span = parse.nominalSpan(covering: bytes) else { return nil }
        if span == bytes { return f }
        // Where the parse makes a name longer by a word than the names found in the text do, the two disagree:
        // no card. (Longer by a full stop, as in "Jr.", is no disagreement.)
        let before = span.lowerBound..<max(span.lowerBound, min(bytes.lowerBound, span.upperBound))
        let after = min(span.upperBound, max(bytes.upperBound, span.lowerBound))..<span.upperBound
        // (A letter or digit, or any byte of a non-ASCII character.)
        func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
        let addsAWord = (s.bytes[before] + s.bytes[after]).contains(where: isWordByte)
        // Words in lower case before a name describe it ("deceased clergyman John Harvard", "architect Alfred
        // Waterhouse"): the name is the answer.
        if f.type.isName, span.lowerBound < bytes.lowerBound, span.upperBound >= bytes.upperBound, !s.bytes[after].contains(where: isWordByte),
           !s.bytes[before].contains(where: { b in b >= 0x80 || (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) }) { return f }
        // A name the parse cuts where the finder joined its parts ("{{Caris}} & Co.", "Victoria and Albert Museum",
        // "{{Catherine}} the Great") is in doubt too.
        let cutAtJoint = f.type.isName && f.type != .list && span.lowerBound >= bytes.lowerBound && span.upperBound <= bytes.upperBound
            && (f.first..<f.end).contains { k in
                (s.tokens[k].start >= span.upperBound || s.tokens[k].end <= span.lowerBound)
                    && (s.tokens[k].isLower("&") || s.tokens[k].isLower("and") || s.tokens[k].isLower("of") || (k > f.first && s.tokens[k].isLower("the")))
            }
        guard !f.type.isNumeric, !(f.type.isName && addsAWord), !cutAtJoint,
              let first = (0..<s.tokens.count).first(where: { s.tokens[$0].start == span.lowerBound }),
              let last = (first..<s.tokens.count).first(where: { s.tokens[$0].end == span.upperBound }) else { return nil }
        var grown = f
        grown.first = first
        grown.end = last + 1
        grown.start = span.lowerBound
        grown.byteEnd = span.upperBound
        // A list cut to one of its names is a name, of a type the list does not tell; a list of things cut to one
        // of them, a term.
        if grown.type == .list || grown.type == .enumeration, case let joints = listJoints(s.tokens, first..<(last + 1)),
           !joints.conjunction, joints.commas == 0 {
            grown.type = grown.type == .list ? .entity : .term
        }
        return grown
    }
}
