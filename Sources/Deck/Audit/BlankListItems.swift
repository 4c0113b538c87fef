/// Lists read from their punctuation: the items of "A, B, and C" told apart by commas and "and"/"or", where the
/// parse joins them otherwise (an apposition, a parataxis, a second object).
extension BlankCheck {
    /// Relative words: an item they follow goes on as a clause ("Metro Trains Melbourne which runs …").
    static let relativeWords: Set<String> = ["which", "who", "whom", "whose", "that", "where"]
    /// Words that open a description of what comes before, not a next item ("nine members, both laity and
    /// clergy", "ministries, such as …").
    static let descriptionOpeners: Set<String> = ["both", "either", "neither", "such", "including", "especially", "mainly", "mostly"]

    /// Whether word `w` is a verb or an auxiliary.
    func isVerb(_ w: Int) -> Bool { parse.upos[w] == "VERB" || parse.upos[w] == "AUX" }

    /// Whether word `w` joins the last two items of a list.
    func isListConjunction(_ w: Int) -> Bool { ["and", "or"].contains(parse.tokens[w].form.lowercased()) }

    /// Adverbs that may stand between a list's conjunction and its last item ("and even disease resistance").
    static let focusingAdverbs: Set<String> = ["even", "also", "especially", "perhaps", "possibly", "finally"]

    /// How many of words `r` stand outside brackets (a bracket's words are the item's aside, not its length).
    func wordsOutsideBrackets(_ r: Range<Int>) -> Int {
        var depth = 0, count = 0
        for k in r {
            let form = parse.tokens[k].form
            if ["(", "["].contains(form) { depth += 1 } else if [")", "]"].contains(form) { depth = max(0, depth - 1) } else if depth == 0 { count += 1 }
        }
        return count
    }

    /// Whether words `r` hold a noun, a name or a number (what an item of a list is built on).
    func holdsNominal(_ r: Range<Int>) -> Bool { r.contains { ["NOUN", "PROPN", "NUM"].contains(parse.upos[$0]) } }

    /// The item of a list that ends right before word `end`: the words back to a comma, a semicolon, a colon, a
    /// conjunction, a preposition or a verb (none of them in it), words in brackets skipped. Nil when it holds no
    /// noun, name or number, or is longer than an item (eight words outside brackets).
    func item(endingBefore end: Int) -> Range<Int>? {
        let tokens = parse.tokens
        var k = end - 1, depth = 0
        while k >= 0 {
            let form = tokens[k].form
            if [")", "]"].contains(form) { depth += 1 } else if ["(", "["].contains(form) { depth -= 1; if depth < 0 { break } }
            else if depth == 0 {
                if [",", ";", ":"].contains(form) || isListConjunction(k) || parse.upos[k] == "ADP" || isVerb(k)
                    || parse.upos[k] == "SCONJ" { break }
            }
            k -= 1
        }
        let r = (k + 1)..<end
        return !r.isEmpty && wordsOutsideBrackets(r) <= 8 && depth == 0 && holdsNominal(r) ? r : nil
    }

    /// The item of a list that starts at word `start`, and the word after it (a comma, a conjunction, a
    /// semicolon or the sentence's end): nil when it opens with a preposition, an adverb or a pronoun, a verb or
    /// a relative word comes first (a clause, not an item; a gerund may open one: "and living a holy life"), or
    /// it holds no noun, name or number.
    func item(startingAt start: Int) -> (range: Range<Int>, next: Int)? {
        let tokens = parse.tokens
        guard start < parse.count, !["ADP", "ADV", "PRON", "SCONJ", "PART"].contains(parse.upos[start]),
              !Self.descriptionOpeners.contains(tokens[start].form.lowercased()) else { return nil }
        var k = start, depth = 0
        while k < parse.count {
            let form = tokens[k].form
            if ["(", "["].contains(form) { depth += 1 } else if [")", "]"].contains(form) { depth -= 1; if depth < 0 { break } }
            else if depth == 0 {
                if [",", ";", ":", ".", "!", "?"].contains(form) || isListConjunction(k) { break }
                if isVerb(k) && !(k == start && parse.xpos[k] == "VBG") { return nil }
                if Self.relativeWords.contains(form.lowercased()) { return nil }
            }
            k += 1
        }
        let r = start..<k
        return !r.isEmpty && wordsOutsideBrackets(r) <= 8 && holdsNominal(r) || (r.count > 1 && parse.xpos[start] == "VBG") ? (r, k) : nil
    }

    /// What an item of a list is built on, for telling items from descriptions: its head (the last noun, name or
    /// number before any preposition) as a number, a name or a noun; nil for anything else, and for a clause
    /// opened by a participle ("recording five solo tackles").
    func kind(of r: Range<Int>) -> String? {
        guard let start = r.first, parse.xpos[start] != "VBG" else { return nil }
        let head = r.prefix { parse.upos[$0] != "ADP" }.last { ["NOUN", "PROPN", "NUM"].contains(parse.upos[$0]) }
        return head.map { parse.upos[$0] }
    }

    /// Whether the blank over words `first...last` is one item of a list of three or more that its commas and
    /// "and"/"or" set out: "{{A}}, B, and C", "A, {{B}} and C", "A, B, and the {{C}}" (a determiner before it is
    /// part of its item). The item beside it must be built as it is: after a name, "a Roman fort and bridge" or
    /// "recording five solo tackles, …" describe it and are no items of a list with it.
    func isListItemByPunctuation(_ first: Int, _ last: Int) -> Bool {
        let tokens = parse.tokens
        guard let own = kind(of: first..<(last + 1)) else { return false }
        // (The blank's item may start before it: "the", "eight", "southeastern".)
        var lead = first
        while lead > 0, ["DET", "NUM", "ADJ"].contains(parse.upos[lead - 1]) { lead -= 1 }
        /// Whether the blank's kind goes with an item's: the same, or a noun beside a name.
        func goesWith(_ r: Range<Int>) -> Bool {
            guard let other = kind(of: r) else { return false }
            return other == own || (other != "NUM" && own != "NUM")
        }
        /// Whether an item like the blank ends right before word `end`, with a comma before it and another item
        /// before that.
        func twoItems(before end: Int) -> Bool {
            guard let near = item(endingBefore: end), goesWith(near), near.lowerBound >= 2, tokens[near.lowerBound - 1].form == ","
            else { return false }
            return item(endingBefore: near.lowerBound - 1) != nil
        }
        // The last item: "…, B, and {{C}}", "…, B and {{C}}", "…, B, and even {{C}}".
        let joint = lead >= 2 && Self.focusingAdverbs.contains(tokens[lead - 1].form.lowercased()) ? lead - 1 : lead
        if joint >= 1, isListConjunction(joint - 1),
           twoItems(before: joint >= 2 && tokens[joint - 2].form == "," ? joint - 2 : joint - 1) { return true }
        /// The last item of the items that follow word `w` (a comma or a conjunction), up to a conjunction and that
        /// item; nil when no such run follows.
        func lastItem(from w: Int) -> Range<Int>? {
            var at = w
            for _ in 0..<8 {
                guard at < parse.count else { return nil }
                if tokens[at].form == ",", at + 1 < parse.count, isListConjunction(at + 1) { at += 1 }
                if isListConjunction(at) { return item(startingAt: at + 1)?.range }
                guard tokens[at].form == ",", let next = item(startingAt: at + 1) else { return nil }
                at = next.next
            }
            return nil
        }
        // The first item: "{{A}}, B, and C", "{{A}}, B or C". After a name, a description with "a" is no item ("Pons
        // Aelius, a Roman fort and bridge"), nor one whose items are not names ("San Diego, the second most populous
        // city … and the eighth most populous …").
        if last + 2 < parse.count, tokens[last + 1].form == ",", let next = item(startingAt: last + 2), goesWith(next.range),
           !["a", "an"].contains(tokens[next.range.lowerBound].form.lowercased()),
           let end = lastItem(from: next.next), kind(of: next.range) == own || kind(of: end) == own { return true }
        // A middle item: "A, {{B}} and C", "A, {{B}}, C, and D", "A, {{B}} (which …), C and D".
        var after = last + 1
        if after < parse.count, tokens[after].form == "(", let close = (after..<parse.count).first(where: { tokens[$0].form == ")" }) {
            after = close + 1
        }
        // (An apposition is no item: "south of the state capital, {{Sacramento}}, or 185 miles south of …"; an item
        // beside the blank is built as it is.)
        if lead >= 2, tokens[lead - 1].form == ",", let before = item(endingBefore: lead - 1), goesWith(before),
           let end = lastItem(from: after), kind(of: before) == own || kind(of: end) == own { return true }
        return false
    }

    /// Whether the blank over words `first...last` opens an entry of a list set apart by semicolons whose entries
    /// go on as relative clauses ("include: {{Metro Trains Melbourne}} which runs …; V/Line which …; …").
    func opensSemicolonEntry(_ first: Int, _ last: Int) -> Bool {
        let tokens = parse.tokens
        let semicolons = (0..<parse.count).filter { tokens[$0].form == ";" }
        guard semicolons.count >= 2 else { return false }
        let from = (semicolons.last { $0 < first } ?? (0..<first).last { tokens[$0].form == ":" } ?? -1) + 1
        let to = semicolons.first { $0 > last } ?? parse.count
        // Only a conjunction or a determiner before the blank in its entry; its verbs come after a relative word.
        guard (from..<first).allSatisfy({ isListConjunction($0) || parse.upos[$0] == "DET" }),
              let relative = (last + 1..<to).first(where: { Self.relativeWords.contains(tokens[$0].form.lowercased()) }) else { return false }
        return !(last + 1..<relative).contains(where: isVerb)
    }
}
