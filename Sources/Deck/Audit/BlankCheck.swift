/// Whether a cloze blank is a whole phrase of its sentence's parse: a noun phrase, a name, a number with its
/// unit or a date, and not a piece of a word, a verb or a modifier, part of a larger name, or one item of a list.
struct BlankCheck {
    let parse: ParsedSentence
    /// The blank's UTF-8 offsets in the sentence.
    let gap: Range<Int>
    /// Tells a word of everyday English (`EverydayWord`), when known.
    var everyday: ((String) -> Bool)? = nil

    /// Relations of a word that only modifies another: a blank built on one is no phrase.
    static let modifierRelations: Set<Substring> = ["amod", "advmod", "det"]
    /// Quotation marks as the tokenizer gives them.
    static let quotes: Set<String> = ["\"", "“", "”", "``", "''"]
    /// Words through which a name goes on ("Bank of England", "Council on …").
    static let nameJoins: Set<String> = ["of", "on", "for", "upon"]
    /// Relations of the words that may open a noun phrase before its noun: a determiner or an adjective (a number
    /// or a noun before it is as often a misread word: "…, eighty seconds after", "…, forms part of").
    static let leadingModifiers: Set<Substring> = ["det", "amod"]
    /// Words of time, direction or manner that end a clause, not a noun phrase (in lower case: "USA Today" is a
    /// name; "by {{presbyters alone}}").
    static let adverbNouns: Set<String> = ["today", "tonight", "yesterday", "tomorrow", "nowadays", "southward", "northward",
        "eastward", "westward", "southwards", "northwards", "eastwards", "westwards", "upward", "downward", "upwards",
        "downwards", "abroad", "overseas", "downstream", "upstream", "ago", "onward", "onwards", "afterwards", "inland",
        "alone", "together"]
    /// Marks written on to a number to measure an angle or a temperature.
    static let measureMarks: Set<String> = ["°", "′", "″", "º"]
    /// Round numbers in words, which say no amount alone ("several hundred").
    static let roundNumbers: Set<String> = ["hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
                                            "billions", "dozen", "dozens"]
    /// A temperature's scales, written after its number ("53 F").
    static let temperatureScales: Set<String> = ["F", "C", "°F", "°C", "℉", "℃"]
    /// Determiners that point back to something said before.
    static let demonstratives: Set<String> = ["this", "these", "that", "those"]
    /// Head words of a body's name besides `Lexicon.organisationHeads`.
    static let bodyHeads: Set<String> = ["center", "centre", "academy", "library", "laboratory", "hospital"]
    /// Head words of a body or a place named for its topic ("Museum of the Moving Image", "Avenue of the Americas").
    static let topicHeads: Set<String> = ["museum", "institute", "academy", "society", "center", "centre", "library",
                                          "avenue", "street", "boulevard", "square", "isle", "gulf", "bay", "cape", "valley"]
    /// Nouns that make an adverbial set phrase after "in" ("in practice", "in fact").
    static let inPhraseNouns: Set<String> = ["practice", "fact", "theory", "general", "particular", "turn", "contrast", "addition", "short",
                                             "total", "effect", "principle", "part", "time"]
    /// Particles of phrasal verbs, which no noun takes after it ("date back", "set up").
    static let verbParticles: Set<String> = ["back", "up", "down", "out", "off", "away"]
    /// Determiners of one thing.
    static let singleDeterminers: Set<String> = ["a", "an", "each", "every"]

    /// The first bracket or quotation mark among `words` that is not closed within them (or closes one that
    /// was not opened), or nil.
    static func unmatchedBracket(_ words: [String]) -> String? {
        let pairs: [String: String] = ["(": ")", "[": "]", "{": "}", "“": "”", "‘": "’"]
        var open: [String] = []
        var straight = 0
        for w in words {
            if pairs[w] != nil { open.append(w) }
            else if let o = pairs.first(where: { $0.value == w })?.key {
                guard open.last == o else { return w }
                open.removeLast()
            } else if w == "\"" { straight += 1 }
        }
        return open.first ?? (straight % 2 == 1 ? "\"" : nil)
    }

    /// How many items a list set off right after word `w` names ("— A and B", ", the X and the Y (XY)", ": A, B or
    /// C"), split by commas, "and" and "or" outside brackets, up to the sentence's end, a semicolon, a dash or a
    /// verb; 0 when what follows is no such list (a clause, or a conjunction first).
    func itemsListed(after w: Int) -> Int {
        let tokens = parse.tokens
        guard w + 2 < parse.count, ["—", "–", ":", ","].contains(tokens[w + 1].form) else { return 0 }
        var items = 1, depth = 0, separated = true
        for t in (w + 2)..<parse.count {
            let form = tokens[t].form
            if ["(", "["].contains(form) { depth += 1; continue }
            if [")", "]"].contains(form) { depth -= 1; if depth < 0 { break } else { continue } }
            guard depth == 0 else { continue }
            if [".", ";", "—", "–", "!", "?"].contains(form) { break }
            // A verb opens a clause after the list (", and later endorsed by …"): the item it is in is no item.
            if parse.upos[t] == "VERB" || parse.upos[t] == "AUX" { return items - 1 }
            if [",", "and", "or"].contains(form.lowercased()) {
                if separated { if t == w + 2 { return 0 }; continue }
                items += 1
                separated = true
            } else {
                separated = false
            }
        }
        return separated ? 0 : items
    }

    /// Words that join the two ends of a range ("ten to fifteen", "8–10", "years 7 through 12").
    static let rangeJoins: Set<String> = ["to", "–", "-", "—", "through", "thru"]

    /// Whether `form` is a year as the fact finder reads one (`FactFinder.years`), alone or with a letter ("2010",
    /// "2010a").
    static func isYear(_ form: String) -> Bool {
        let digits = form.prefix(while: \.isNumber)
        guard digits.count == 4, form.count <= 5, form.dropFirst(4).allSatisfy(\.isLetter), let year = Int(digits) else { return false }
        return FactFinder.years.contains(year)
    }

    /// What is wrong with the blank, or nil: a rule and a message that follows "the blank 'X'".
    var problem: (rule: AuditRule, message: String)? {
        let tokens = parse.tokens
        // A proper noun, or what joins names in a citation ("&", "and", ",").
        func isProperOrJoin(_ w: Int) -> Bool {
            parse.upos[w] == "PROPN" || ["&", "and", ","].contains(tokens[w].form)
        }
        let inside = tokens.indices.filter { tokens[$0].start < gap.upperBound && tokens[$0].end > gap.lowerBound }
        guard let first = inside.first, let last = inside.last else { return nil }
        if tokens[first].start < gap.lowerBound { return (.blankPhrase, "splits the word '\(tokens[first].form)'") }
        if tokens[last].end > gap.upperBound { return (.blankPhrase, "splits the word '\(tokens[last].form)'") }
        // "the Mexico{{–United States border}}": a dash at the blank's edge, written on to the word outside it, joins
        // the two into one compound; the blank splits it.
        if first > 0, Self.dashes.contains(tokens[first].form), tokens[first - 1].end == tokens[first].start {
            return (.blankPhrase, "splits '\(parse.text(of: first - 1..<min(first + 2, last + 1)))' at its dash")
        }
        if last + 1 < parse.count, Self.dashes.contains(tokens[last].form), tokens[last].end == tokens[last + 1].start {
            return (.blankPhrase, "splits '\(parse.text(of: max(first, last - 1)..<last + 2))' at its dash")
        }
        // "a {{Warner Bros}}.-based studio": a full stop written on to the blank and to the word after it is part of a
        // word the blank cuts.
        if last + 2 < parse.count, tokens[last + 1].form == ".", tokens[last].end == tokens[last + 1].start,
           tokens[last + 1].end == tokens[last + 2].start, tokens[last + 2].form.first.map({ $0.isLetter || Self.dashes.contains(String($0)) }) == true {
            var end = last + 2
            while end + 1 < parse.count, tokens[end].end == tokens[end + 1].start, parse.upos[end + 1] != "PUNCT" || Self.dashes.contains(tokens[end + 1].form) { end += 1 }
            return (.blankPhrase, "cuts '\(parse.text(of: last..<end + 1))' before its full stop")
        }
        // "{{47}}°39′N", "{{30}}°C": a number whose degree or minute marks are written on to it.
        for (edge, mark) in [(last, last + 1), (first, first - 1)] where parse.upos[edge] == "NUM" && mark >= 0 && mark < parse.count
            && Self.measureMarks.contains(tokens[mark].form) && (mark > edge ? tokens[edge].end == tokens[mark].start : tokens[mark].end == tokens[edge].start) {
            return (.blankPhrase, "leaves '\(tokens[mark].form)' of its measure outside")
        }
        // "{{NADP}}+", "{{H}}+": an ion's charge written on to its name.
        if last + 1 < parse.count, ["+", "⁺", "2+", "3+"].contains(tokens[last + 1].form), tokens[last].end == tokens[last + 1].start {
            return (.blankPhrase, "leaves '\(tokens[last + 1].form)' of '\(parse.text(of: last..<last + 2))' outside")
        }
        // "around {{53}} F in January": a temperature's scale after its number.
        if parse.upos[last] == "NUM", last + 1 < parse.count, Self.temperatureScales.contains(tokens[last + 1].form) {
            return (.blankPhrase, "leaves '\(tokens[last + 1].form)' of its measure outside")
        }
        if let problem = edgeProblem(first, last) { return problem }
        for edge in [first, last] where ParsedSentence.edgeRelations.contains(parse.baseRelation(edge)) && parse.upos[edge] != "PUNCT" {
            return (.blankPhrase, "takes '\(tokens[edge].form)' with it, which is no part of the answer")
        }
        // "refuted by {{Wahl & Ammann}} 2007", "{{Jones}} et al. 1998": authors cited with a year, a citation; and a
        // name whose year follows it is cut ("the {{Teaching Council Act}} 2001").
        if last + 1 < parse.count, inside.allSatisfy({ isProperOrJoin($0) }), inside.contains(where: { parse.upos[$0] == "PROPN" }) {
            let cited = tokens[last + 1].form == "et" || inside.contains(where: { tokens[$0].form == "&" })
            let year = tokens[last + 1].form == "et" && last + 3 < parse.count ? last + 3 : last + 1
            if Self.isYear(tokens[year].form) {
                return cited ? (.citation, "is an author cited with a year, not a fact of the text")
                             : (.blankPhrase, "leaves the year '\(tokens[year].form)' of its name outside")
            }
        }
        // "ten to {{fifteen}}", "{{8}} to 10": one end of a range (of two numbers of a kind: "from 90% in 2004 to 60%"
        // is none).
        func isNumber(_ w: Int) -> Bool { parse.upos[w] == "NUM" && Self.isYear(tokens[w].form) == Self.isYear(tokens[first].form) }
        // (A number with its unit, "6am to {{7pm}}": the other end may carry a unit too.)
        let unit = last == first + 1 && parse.upos[last] != "NUM" ? tokens[last].form.lowercased() : nil
        if parse.upos[first] == "NUM", first == last || parse.upos[last] == "NUM" || unit != nil {
            let other = first >= 3 && unit != nil && parse.upos[first - 2] != "NUM" ? first - 3 : first - 2
            if other >= 0, Self.rangeJoins.contains(tokens[first - 1].form.lowercased()), isNumber(other) {
                return (.blankPhrase, "is one end of the range '\(parse.text(of: other..<last + 1))'")
            }
            if last + 2 < parse.count, Self.rangeJoins.contains(tokens[last + 1].form.lowercased()), isNumber(last + 2) {
                return (.blankPhrase, "is one end of the range '\(parse.text(of: first..<last + 3))'")
            }
        }
        // "0.5–1.4 m [{{50–140 cm}}]", "{{1.5 m}} (4 ft 11 in)", "a 25-foot ({{7.6 m}}) wall": a measure and its
        // conversion in brackets give each other away. (A unit is a short word: not "(70.4% of all households)", "(5
        // Government officials, …)".)
        if inside.contains(where: { parse.upos[$0] == "NUM" }) {
            if first >= 3, ["(", "["].contains(tokens[first - 1].form), last + 1 < parse.count, [")", "]"].contains(tokens[last + 1].form),
               isUnitWord(first - 2),
               parse.upos[first - 3] == "NUM" || (first >= 4 && tokens[first - 3].form == "-" && parse.upos[first - 4] == "NUM") {
                return (.answerGivenAway, "is the measure before it, converted")
            }
            if first < last, isUnitWord(last), last + 3 < parse.count, ["(", "["].contains(tokens[last + 1].form),
               parse.upos[last + 2] == "NUM", isUnitWord(last + 3) {
                return (.answerGivenAway, "is given away by its conversion after it")
            }
        }
        // An adverb of time or direction the tagger read as a noun ("its {{watershed southward}}", "the {{leading
        // theory today}}").
        if last > first, Self.adverbNouns.contains(tokens[last].form) {
            return (.blankPhrase, "takes '\(tokens[last].form)' with it, which is no part of the answer")
        }
        // An adjective after its noun, with its own words after it, says what holds of the noun, not what it is
        // ("three {{legions present}} in the area", "little {{money available}} for …"; not a noun read as an
        // adjective, "a {{health care professional}}").
        if last > first, parse.upos[last] == "ADJ", parse.baseRelation(last) == "amod", tokens[last].form.first?.isLowercase == true,
           case let head = parse.heads[last] - 1, head >= first, head < last,
           (last + 1..<parse.count).contains(where: { parse.heads[$0] == last + 1 && parse.upos[$0] != "PUNCT" }) {
            return (.blankPhrase, "takes '\(tokens[last].form)', which says what holds of the answer, not what it is")
        }
        // "many teachers find the {{students unmanageable}}": an adjective after the object of a verb of judging or
        // making is what the verb says of it, not part of its name.
        if last > first, parse.upos[last] == "ADJ", tokens[last].form.first?.isLowercase == true,
           case let head = parse.heads[last] - 1, head >= first, head < last, parse.upos[head] == "NOUN",
           case let verb = parse.heads[head] - 1, verb >= 0, verb < first, parse.baseRelation(head) == "obj",
           Self.judgingVerbs.contains(tokens[verb].form.lowercased()) {
            return (.blankPhrase, "takes '\(tokens[last].form)', which '\(tokens[verb].form)' says of the answer")
        }
        // "(see {{world line}})": the blank is a reference for the reader to look up, not a fact.
        if let before = (0..<first).last(where: { parse.baseRelation($0) != "det" }),
           DeckAudit.readerVerbs.contains(tokens[before].form.lowercased()), before == 0 || tokens[before - 1].form == "(" {
            return (.authorVoice, "is a reference for the reader to look up ('\(tokens[before].form) …'), not a fact")
        }
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
        // "through {{student tuition}}, endowments, … and donations": the parse may hang the next items on another
        // word; a blank followed by a comma and a noun the parse makes a conjunct is the first item of a list.
        if last + 2 < parse.count, tokens[last + 1].form == ",",
           let next = (last + 2..<min(parse.count, last + 5)).first(where: { !Self.leadingModifiers.contains(parse.baseRelation($0)) }),
           parse.baseRelation(next) == "conj", ["NOUN", "PROPN"].contains(parse.upos[next]) {
            return (.listSlot, "is one item of a list: there is no single answer")
        }
        // "…; pianist and composer {{Charlie Albright}}; composer …": an entry of a list set apart by semicolons
        // (its stretch between them has no verb).
        let semicolons = (0..<parse.count).filter { tokens[$0].form == ";" }
        if semicolons.count >= 2 {
            let from = (semicolons.last { $0 < first } ?? (0..<first).last { tokens[$0].form == ":" } ?? -1) + 1
            let to = semicolons.first { $0 > last } ?? parse.count
            if !(from..<to).contains(where: { parse.upos[$0] == "VERB" || parse.upos[$0] == "AUX" }) {
                return (.listSlot, "is one entry of a list set apart by semicolons: there is no single answer")
            }
        }
        if opensSemicolonEntry(first, last) {
            return (.listSlot, "opens one entry of a list set apart by semicolons: there is no single answer")
        }
        // "It is a member of the {{World Council of Churches}}, the World Methodist Council, and other …": the parse may
        // join a list's items otherwise (an apposition, a second object); its commas and "and" tell.
        if isListItemByPunctuation(first, last) {
            return (.listSlot, "is one item of a list: there is no single answer")
        }
        // "…, psychologist {{John B. Watson}}, American psychologist Clark Hull, …": a name with its description
        // between commas, in a run of such entries: a stretch with a name and no verb or preposition after the
        // blank's and one before it (from its last verb on), or two after it.
        if parse.upos[root] == "PROPN" {
            let commas = (0..<parse.count).filter { tokens[$0].form == "," }
            func stretch(around k: Int) -> Range<Int> {
                ((commas.last { $0 < k } ?? -1) + 1)..<(commas.first { $0 > k } ?? parse.count)
            }
            func hasName(_ r: Range<Int>) -> Bool { r.contains { parse.upos[$0] == "PROPN" } }
            /// A stretch that is one entry: a name and neither a verb nor a preposition (from its last verb on,
            /// when `fromLastVerb`). ("in {{Manhattan}}, with offices in New York City…" is no list.)
            func isEntry(_ r: Range<Int>, fromLastVerb: Bool = false) -> Bool {
                let tail = fromLastVerb ? ((r.last { isVerb($0) }.map { $0 + 1 } ?? r.lowerBound)..<r.upperBound) : r
                return hasName(tail) && !tail.contains { isVerb($0) || parse.upos[$0] == "ADP" }
            }
            let here = stretch(around: first)
            if here.contains(last), here.upperBound + 1 < parse.count, isEntry(here, fromLastVerb: true) {
                let next = stretch(around: here.upperBound + 1)
                let openedByVerb = (here.lowerBound..<first).contains(where: isVerb)
                let afterPrevious = !openedByVerb && here.lowerBound >= 2 && isEntry(stretch(around: here.lowerBound - 2), fromLastVerb: true)
                let twoAfter = next.upperBound + 1 < parse.count && isEntry(stretch(around: next.upperBound + 1))
                if isEntry(next), afterPrevious || twoAfter {
                    return (.listSlot, "is one entry of a list of names set apart by commas: there is no single answer")
                }
            }
        }
        guard ["NOUN", "PROPN", "NUM"].contains(parse.upos[root]) else {
            return (.blankPhrase, "is built on '\(tokens[root].form)' (\(parse.upos[root])), not a noun phrase, name, number or date")
        }
        if Self.modifierRelations.contains(parse.baseRelation(root)), parse.heads[root] >= 1 {
            return (.blankPhrase, "only modifies '\(tokens[parse.heads[root] - 1].form)': it is not a phrase of its own")
        }
        if let open = Self.unmatchedBracket(span.map { tokens[$0].form }) {
            return (.blankPhrase, "has an unmatched '\(open)'")
        }
        // "gravitational.:{{2–10:79}}": a page reference stuck to the sentence before.
        if first > 0, tokens[first - 1].form == ":", tokens[first - 1].end == tokens[first].start,
           first < 2 || tokens[first - 2].end == tokens[first - 1].start {
            return (.blankPhrase, "is a page reference: '\(parse.text(of: first - 1..<last + 1))'")
        }
        // "…meaning "drug".[n {{1}}]": a footnote mark, not a fact.
        if let open = (max(0, first - 3)..<first).last(where: { tokens[$0].form == "[" }),
           let close = (last + 1..<min(parse.count, last + 4)).first(where: { tokens[$0].form == "]" }), close - open <= 4 {
            return (.blankPhrase, "is a footnote mark: '\(parse.text(of: open..<close + 1))'")
        }
        // (The blank's own demonstrative, inside it or just before it: "help that {{individual}} succeed".)
        if let pointer = (0..<parse.count).first(where: { w in
            parse.heads[w] == root + 1 && parse.baseRelation(w) == "det" && Self.demonstratives.contains(tokens[w].form.lowercased())
        }) ?? span.first(where: { w in
            w != root && parse.baseRelation(w) == "det" && Self.demonstratives.contains(tokens[w].form.lowercased())
        }) {
            return (.blankPhrase, "points back with '\(tokens[pointer].form)': its answer depends on what came before")
        }
        // "the {{Anglican churches of their day}}": a pronoun inside the blank whose referent is not in it (no name
        // before it there).
        if let pronoun = span.first(where: { w in
            parse.upos[w] == "PRON" && Self.referringPronouns.contains(tokens[w].form.lowercased())
        }), !(first..<pronoun).contains(where: { parse.upos[$0] == "PROPN" }) {
            return (.blankPhrase, "points back with '\(tokens[pronoun].form)': its answer depends on what came before")
        }
        // "The following {{four timelines}} show …": what it stands for comes after the sentence, not in the card.
        if first >= 1, tokens[first - 1].form.lowercased() == "following", first == 1 || Self.definiteDeterminers.contains(tokens[first - 2].form.lowercased()) {
            return (.blankPhrase, "points ahead with 'following': its answer is what comes after the sentence")
        }
        // "{{Four}} of these", "{{Most}} of them": what the blank counts is said before the sentence. ("Half of
        // those who voted" says it.)
        if let pointer = outside.first(where: { w in
            parse.heads[w] == root + 1 && parse.baseRelation(w) == "nmod" && Self.pointingPronouns.contains(tokens[w].form.lowercased())
                && !outside.contains(where: { parse.heads[$0] == w + 1 && parse.baseRelation($0) == "acl" })
        }) {
            // (The pointer may stand before the blank: "Of these, {{four}} survived".)
            let shown = pointer > last ? last + 1..<pointer + 1 : pointer..<pointer + 1
            return (.blankPhrase, "points back with '\(parse.text(of: shown))': its answer depends on what came before")
        }
        // A clause has one subject. When the blank is a subject and another follows it right away ("Should any
        // {{party feel}} they are …"), the blank's last word was most likely that clause's verb.
        if parse.baseRelation(root) == "nsubj", parse.heads[root] > last + 1, let other = outside.first(where: { w in
            w == last + 1 && w < parse.heads[root] - 1 && parse.heads[w] == parse.heads[root] && parse.baseRelation(w) == "nsubj"
        }) {
            return (.blankPhrase, "may hold a verb: '\(tokens[other].form)' after it is the subject of the same verb")
        }
        // The number of a phrase ("{{three kinds}} of …"), or a number alone with what it counts after it ("{{Two}} of
        // the methods are …").
        if let count = span.first(where: { parse.heads[$0] == root + 1 && parse.baseRelation($0) == "nummod" })
            ?? (span.count == 1 && parse.upos[root] == "NUM"
                && outside.contains(where: { w in
                    w > root + 1 && parse.heads[w] == root + 1 && parse.baseRelation(w) == "nmod"
                        && (root + 1..<w).contains(where: { parse.heads[$0] == w + 1 && tokens[$0].form.lowercased() == "of" })
                }) ? root : nil),
           let n = NumberWords.value(tokens[count].form.lowercased()) ?? Int(tokens[count].form), n <= 12,
           outside.contains(where: { $0 > last && tokens[$0].form == ":" })
            || outside.contains(where: { x in 1 + outside.filter { parse.heads[$0] == x + 1 && parse.baseRelation($0) == "conj" }.count == n && n > 1 })
            || (n > 1 && itemsListed(after: last) == n) {
            return (.listedCount, "counts what the sentence goes on to list: ask for the items, not their number")
        }
        // "Newcastle has {{three cathedrals}}, the Anglican St. Nicholas, …": a count whose noun a phrase after a comma
        // names, however the parse hangs the rest of the list.
        if let count = span.first(where: { parse.heads[$0] == root + 1 && parse.baseRelation($0) == "nummod" }),
           let n = NumberWords.value(tokens[count].form.lowercased()) ?? Int(tokens[count].form), n > 1, n <= 12,
           last + 2 < parse.count, tokens[last + 1].form == ",",
           outside.contains(where: { $0 > last && parse.heads[$0] == root + 1 && parse.baseRelation($0) == "appos" }) {
            return (.listedCount, "counts what the sentence goes on to name: ask for the items, not their number")
        }
        // A number alone before what it counts, with the items right after ("by {{two}} United Nations organizations,
        // the WMO and the UNEP").
        if span.count == 1, parse.upos[root] == "NUM",
           let n = NumberWords.value(tokens[root].form.lowercased()) ?? Int(tokens[root].form), n > 1, n <= 12 {
            // (The words it counts, read off the tags: the parse may hang the number elsewhere.)
            var counted = last
            while counted + 1 < parse.count, counted < last + 4, ["NOUN", "PROPN", "ADJ"].contains(parse.upos[counted + 1]) { counted += 1 }
            if counted > last, itemsListed(after: counted) == n {
                return (.listedCount, "counts what the sentence goes on to list: ask for the items, not their number")
            }
        }
        if ParsedSentence.partRelations.contains(parse.baseRelation(root)), parse.heads[root] >= 1 {
            return (.blankPhrase, "is only part of the phrase of '\(tokens[parse.heads[root] - 1].form)'")
        }
        // (A naming noun may stay outside, "the term {{materia medica}}", and so may a noun in lower case that
        // describes a name after it: "fellow priest {{Thomas Coke}}", "the nascent {{Self-Defense Forces}}", where the
        // tagger read the name's words as common nouns.)
        if let left = outside.first(where: { w in
            parse.heads[w] >= 1 && span.contains(parse.heads[w] - 1) && ParsedSentence.partRelations.contains(parse.baseRelation(w))
                && !(w == first - 1 && Self.namingNouns.contains(tokens[w].form.lowercased()))
                && !(w == first - 1 && parse.upos[w] == "NOUN" && tokens[w].form.first?.isLowercase == true && isCapitalized(first)
                     && (parse.upos[root] == "PROPN" || isNameWord(root)))
        }) {
            return (.blankPhrase, "leaves '\(tokens[left].form)' of its phrase outside")
        }
        // (Not a naming noun right before it: "the word {{pharma}}".)
        if span.count == 1, parse.upos[root] == "NOUN", let modifier = outside.first(where: { w in
            parse.heads[w] == root + 1 && ParsedSentence.nounModifiers.contains(parse.baseRelation(w))
                && !(w == first - 1 && Self.namingNouns.contains(tokens[w].form.lowercased()))
        }) {
            return (.blankPhrase, "leaves '\(tokens[modifier].form)' of its phrase outside")
        }
        // A line with no verb at all is data, not a statement ("Waheed Zaman, 22, London E17").
        // A line that does not end as a sentence ends, whose only verbs are participles, is data too ("Umar
        // Islam, 28, (born Brian Young) High Wycombe"); in a sentence, a past tense is often read as a participle.
        let endsAsSentence = tokens.last.map { [".", "!", "?", "\"", "”", ")", "’", "'"].contains($0.form) } ?? false
        if !(0..<parse.count).contains(where: { w in
            parse.upos[w] == "AUX" || (parse.upos[w] == "VERB" && (endsAsSentence || !["VBN", "VBG"].contains(parse.xpos[w])))
        }) {
            return (.blankPhrase, "stands in a line with no verb: a list entry or a heading, not a statement")
        }
        // A sentence read without a main verb (its root a noun with no subject or copula) was most likely
        // misread: its verb read as a noun. A blank that holds the root, or ends on a plural noun that a
        // verb's object or clause follows, most likely holds that verb ("The Calvin {{cycle starts}} by …").
        if let main = (0..<parse.count).first(where: { parse.heads[$0] == 0 }), ["NOUN", "PROPN", "NUM"].contains(parse.upos[main]),
           !(0..<parse.count).contains(where: { parse.heads[$0] == main + 1 && ["nsubj", "cop", "csubj"].contains(parse.baseRelation($0)) }),
           span.contains(main) || (parse.xpos[last] == "NNS" && last + 1 < parse.count
                && ["that", "by", "the", "a", "an", "to"].contains(tokens[last + 1].form.lowercased())) {
            return (.blankPhrase, "may hold a verb: its sentence is read without one, a verb taken for a noun")
        }
        // Inside a quotation that holds more than the blank: part of a title ("Voyage of the {{Damned}}").
        // (A quotation mark opens when it is "“", or a straight one with an even number of marks before it.)
        if let open = (0..<first).last(where: { Self.quotes.contains(tokens[$0].form) }),
           tokens[open].form == "“" || tokens[open].form == "``"
            || (tokens[open].form == "\"" && (0..<open).filter({ Self.quotes.contains(tokens[$0].form) }).count % 2 == 0),
           let close = (last + 1..<parse.count).first(where: { Self.quotes.contains(tokens[$0].form) }),
           !["“", "``"].contains(tokens[close].form), open + 1 < first || last + 1 < close {
            return (.blankPhrase, "is part of the quoted '\(parse.text(of: open + 1..<close))'")
        }
        // "The" with a capital inside a sentence belongs to the name after it ("The {{Horns of Nimon}}").
        if first > 1, tokens[first - 1].form == "The", parse.heads[first - 1] == root + 1 {
            return (.blankPhrase, "leaves 'The' of its name outside")
        }
        func isProper(_ w: Int) -> Bool { parse.upos[w] == "PROPN" || parse.xpos[w].hasPrefix("NNP") }
        // "the {{nascent Self-Defense Forces}}", "British {{progressive folk-rock band Gryphon}}": describing words in lower
        // case before a name are the author's, and the name alone the answer. (Not a word that names a part, a place or
        // an age, nor an ordinal: "{{central England}}", "{{ancient Rome}}", "the {{first African Americans}}".)
        // (The tagger may read both as nouns: "nascent" and "Forces"; the parse may hang the name on the description's noun:
        // "band Gryphon". A capitalised word with fewer than two small letters makes a term: "{{vitamin B12}}", "{{chloroplast
        // DNA}}".)
        if last > first, tokens[first].form.first?.isLowercase == true, !Self.partAdjectives.contains(tokens[first].form),
           !Lexicon.ordinals.contains(tokens[first].form), isNameWord(last),
           let name = (first...last).first(where: { isCapitalized($0) }),
           (first..<name).allSatisfy({ w in
               (["ADJ", "NOUN"].contains(parse.upos[w]) && (["amod", "compound"].contains(parse.baseRelation(w)) || w == root)
                    && tokens[w].form.first?.isLowercase == true)
                   || Self.dashes.contains(tokens[w].form)
           }),
           (name...last).allSatisfy({ isNameWord($0) || Self.dashes.contains(tokens[$0].form) }) {
            return (.blankPhrase, "takes the description '\(parse.text(of: first..<name))' with the name '\(parse.text(of: name..<last + 1))'")
        }
        // "the United {{States}}", "Ancient {{Greece}}": a capitalised modifier right before a capitalised blank,
        // on a word of it, is the first word of its name (at the start of a sentence, only a proper noun is); and
        // a proper noun right before it, however the parse joins them, is part of the same name ("Professional
        // Ranking {{World Universities}}"), unless it is a title or an abbreviation ("Queen {{Victoria}}", "Apple's
        // CEO {{Tim Cook}}").
        if first >= 1, isCapitalized(first), isCapitalized(first - 1), tokens[first - 1].end + 1 == tokens[first].start,
           first >= 2 || isProper(first - 1),
           (parse.heads[first - 1] >= 1 && span.contains(parse.heads[first - 1] - 1) && Self.nameModifierRelations.contains(parse.baseRelation(first - 1)))
            || (isProper(first - 1) && !FactFinder.isPersonTitle(tokens[first - 1].form.lowercased())
                && !tokens[first - 1].form.allSatisfy({ $0.isUppercase || !$0.isLetter })) {
            return (.blankPhrase, "leaves '\(tokens[first - 1].form)' of its name outside")
        }
        // "the Greater {{Los Angeles Area}}": the parse may hang the name on its capitalised first word instead; a word
        // the blank's head hangs on, capitalised inside the sentence right before a capitalised blank, is part of it.
        if first >= 2, isCapitalized(first), isCapitalized(first - 1), tokens[first - 1].end + 1 == tokens[first].start,
           parse.heads[root] == first, !FactFinder.isPersonTitle(tokens[first - 1].form.lowercased()) {
            return (.blankPhrase, "leaves '\(tokens[first - 1].form)' of its name outside")
        }
        // "a pair of long, {{slender tentacles}}": an adjective and a comma before the blank, after a determiner or a
        // preposition, open the same noun phrase (the parse often reads such a pair apart). Not an opening phrase
        // ("In particular, …") or a name after the comma ("the French, {{St.}} Augustine's…").
        if first >= 3, tokens[first - 1].form == ",", parse.upos[first - 2] == "ADJ", ["DET", "ADP"].contains(parse.upos[first - 3]),
           first > 3 || parse.upos[0] != "ADP", tokens[first].form.first?.isLowercase == true {
            return (.blankPhrase, "leaves '\(tokens[first - 2].form),' of its phrase outside")
        }
        // "St. Nicholas' {{Church}}", "{{St. James}}' Park": a name before a bare possessive mark and one capitalised
        // word of a place or a body after it are one name. (Not an owner and a name: "New Orleans' Mercedes-Benz
        // Superdome".)
        func isNameHead(_ w: Int) -> Bool {
            isCapitalized(w) && (w + 1 == parse.count || !isCapitalized(w + 1))
                && !WordClass.of(tokens[w].form.lowercased()).isDisjoint(with: [.placeHead, .organisationHead])
        }
        if first >= 2, ["'", "’"].contains(tokens[first - 1].form), isCapitalized(first - 2), first == last, isNameHead(first) {
            return (.blankPhrase, "leaves '\(parse.text(of: first - 2..<first))' of its name outside")
        }
        if last + 2 < parse.count, ["'", "’"].contains(tokens[last + 1].form), tokens[last].end == tokens[last + 1].start,
           isCapitalized(last), isNameHead(last + 2) {
            return (.blankPhrase, "leaves '\(parse.text(of: last + 1..<last + 3))' of its name outside")
        }
        // "Stable and {{radioactive isotope studies}}": two adjectives joined by "and" or "or" lead the same noun; the
        // blank takes one of them.
        if first >= 2, isListConjunction(first - 1), parse.upos[first - 2] == "ADJ", parse.upos[first] == "ADJ",
           first == 2 || ["DET", "ADP", "PUNCT"].contains(parse.upos[first - 3]) {
            return (.blankPhrase, "leaves '\(parse.text(of: first - 2..<first))' of its phrase outside")
        }
        // …and both of them before it: "in creative and performing {{arts classes}}", "between rich and poor {{countries}}".
        if first >= 3, ["ADJ"].contains(parse.upos[first - 1]) || parse.xpos[first - 1] == "VBG",
           tokens[first - 1].form.first?.isLowercase == true, isListConjunction(first - 2),
           parse.upos[first - 3] == "ADJ", first == 3 || ["DET", "ADP", "PUNCT", "CCONJ"].contains(parse.upos[first - 4]),
           ["NOUN", "PROPN"].contains(parse.upos[first]) {
            return (.blankPhrase, "leaves '\(parse.text(of: first - 3..<first))' of its phrase outside")
        }
        // "Council" of "Council on American-Islamic Relations": a name goes on through "of", "on", "for" or "upon"
        // and a capital.
        // (The name's head has a capital; the words after "of"/"on" up to the head of that phrase have one too.)
        if root > 0, isCapitalized(root), last + 1 < parse.count, parse.baseRelation(last + 1) == "case",
           Self.nameJoins.contains(tokens[last + 1].form.lowercased()), let rest = outside.first(where: { w in
            w > last + 1 && parse.heads[w] == root + 1 && parse.baseRelation(w) == "nmod" && parse.heads[last + 1] == w + 1
        }), (last + 2...rest).contains(where: isCapitalized) {
            return (.blankPhrase, "leaves '\(parse.text(of: last + 1..<rest + 1))' of its name outside")
        }
        // …and the other way round: "the Bank of {{England}}" is the end of a longer name.
        if parse.baseRelation(root) == "nmod", parse.heads[root] >= 2, isCapitalized(parse.heads[root] - 1), first > 0,
           parse.baseRelation(first - 1) == "case", Self.nameJoins.contains(tokens[first - 1].form.lowercased()),
           parse.heads[first - 1] == root + 1, span.contains(where: isCapitalized) {
            return (.blankPhrase, "is the end of the name of '\(tokens[parse.heads[root] - 1].form)'")
        }
        // "the Carpenter Center for the {{Visual Arts}}", "the Museum of the {{Moving Image}}", "Avenue of the {{Americas}}",
        // "the Schlesinger Library on the {{History of Women}} in America": a body's (or a street's) name goes on through
        // "for the", "of the" or "on the", however the parse joins it.
        // (After "of the", only where the words after name no body of their own: "the General Court of the {{Massachusetts
        // Bay Colony}}", "the Mission Council of the {{South Central Jurisdiction}}".)
        if first >= 3, isCapitalized(first), tokens[first - 1].form == "the", ["of", "for", "on"].contains(tokens[first - 2].form),
           isCapitalized(first - 3), case let head = tokens[first - 3].form.lowercased(),
           tokens[first - 2].form == "of" ? Self.topicHeads.contains(head)
               : WordClass.of(head).contains(.organisationHead) || Self.bodyHeads.contains(head) {
            return (.blankPhrase, "is the end of the name of '\(tokens[first - 3].form)'")
        }
        // "the {{Cretaceous}}–Paleogene extinction": half of a pair joined by a dash with no space.
        func joined(_ a: Int, _ b: Int) -> Bool { tokens[a].end == tokens[b].start }
        if last + 2 < parse.count, Self.dashes.contains(tokens[last + 1].form), joined(last, last + 1), joined(last + 1, last + 2) {
            return (.blankPhrase, "is half of '\(parse.text(of: first..<last + 3))'")
        }
        if first >= 2, Self.dashes.contains(tokens[first - 1].form), joined(first - 2, first - 1), joined(first - 1, first) {
            return (.blankPhrase, "is half of '\(parse.text(of: first - 2..<last + 1))'")
        }
        // "germ cells that produce {{eggs or sperm, and photocytes}} that …": "and" and "or" both inside the blank join
        // items of two lists, which the blank runs together.
        if span.contains(where: { tokens[$0].form.lowercased() == "or" }), span.contains(where: { tokens[$0].form.lowercased() == "and" }) {
            return (.listSlot, "runs two lists together: it holds both 'and' and 'or'")
        }
        // "The {{combination of hermaphroditism}} and early reproduction": a list cut in two.
        if let item = outside.first(where: { w in
            parse.baseRelation(w) == "conj" && parse.heads[w] >= 1 && parse.heads[w] - 1 != root && span.contains(parse.heads[w] - 1)
        }) {
            return (.listSlot, "leaves '\(tokens[item].form)' of its list outside")
        }
        // A common noun with a subject and no copula is a verb read as a noun ("the eggs and {{sperm mature}}").
        if parse.upos[root] == "NOUN", let subject = (0..<parse.count).first(where: { parse.heads[$0] == root + 1 && parse.baseRelation($0) == "nsubj" }),
           !(0..<parse.count).contains(where: { parse.heads[$0] == root + 1 && parse.baseRelation($0) == "cop" }) {
            return (.blankPhrase, "may hold a verb: '\(tokens[subject].form)' is read as the subject of '\(tokens[root].form)'")
        }
        // "While etioplasts {{lack chlorophyll}}, they…": a present-tense verb with no subject of its own right before a
        // blank that opens on a noun of a compound was most likely a plural noun read as a verb, and that noun the verb.
        // (Not a verb that shares its subject with one before: "He builds and sells {{toy cars}}".)
        if first >= 1, parse.heads[root] == first, ["VBZ", "VBP"].contains(parse.xpos[first - 1]),
           !["conj", "xcomp", "ccomp", "parataxis"].contains(parse.baseRelation(first - 1)),
           parse.upos[first] == "NOUN", parse.baseRelation(first) == "compound", tokens[first].form.first?.isLowercase == true,
           !(0..<parse.count).contains(where: { parse.heads[$0] == first && ["nsubj", "expl", "csubj"].contains(parse.baseRelation($0)) }) {
            return (.blankPhrase, "may hold a verb: '\(tokens[first - 1].form)' is read as a verb with no subject")
        }
        // "{{Specialty}} pharmacies supply …": a plural the tagger read as a verb, so that the blank is the word before
        // it alone. (No verb ends in "-cies", "-ties" or "-gies".)
        if last + 1 < parse.count, parse.xpos[last + 1] == "VBZ", case let next = tokens[last + 1].form,
           next.first?.isLowercase == true, ["cies", "ties", "gies"].contains(where: { next.hasSuffix($0) }) {
            return (.blankPhrase, "may be half of '\(parse.text(of: first..<last + 2))': '\(next)' is read as a verb")
        }
        // "understand the {{orientations of faults}} and folds in order to …": a plural after "and" that the tagger read
        // as a verb joined to a verb of another form, so most likely the list's next noun.
        if last + 2 < parse.count, parse.xpos[last] == "NNS", isListConjunction(last + 1),
           parse.xpos[last + 2] == "VBZ", parse.baseRelation(last + 2) == "conj", case let verb = parse.heads[last + 2] - 1, verb >= 0,
           parse.xpos[verb].hasPrefix("VB"), parse.xpos[verb] != "VBZ",
           !(0..<parse.count).contains(where: { parse.heads[$0] == last + 3 && ["nsubj", "obj"].contains(parse.baseRelation($0)) }) {
            return (.listSlot, "may leave '\(tokens[last + 2].form)' of its list outside: it is read as a verb")
        }
        // "WASHINGTON ({{Reuters}}) -": a dateline names who sent the story, not a fact of it. (It ends the
        // line or a dash follows; "MLS (LA Galaxy)" and "CIF (California Interscholastic Federation)" are no
        // datelines.)
        if first >= 2, last + 1 < parse.count, tokens[first - 1].form == "(", tokens[last + 1].form == ")",
           tokens[first - 2].form.filter(\.isLetter).count >= 4, tokens[first - 2].form.allSatisfy({ $0.isUppercase || !$0.isLetter }),
           last + 2 == parse.count || Self.dashes.contains(tokens[last + 2].form) || tokens[last + 2].form == "—" {
            return (.blankPhrase, "is part of the dateline '\(parse.text(of: first - 2..<last + 2))'")
        }
        // "this highly {{stable hierarchy}}", "{{8}}–15 cell": a word inside the blank, other than its head, whose
        // own phrase goes on outside it. (An adverb of degree goes with the adjective it is on, whatever the tagger
        // read the word between as: "the most {{cost efficient bidder}}". Not a number's "about": "about {{500}} people".)
        if let cut = outside.first(where: { w in
            parse.heads[w] >= 1 && parse.heads[w] - 1 != root && span.contains(parse.heads[w] - 1)
                && (Self.innerPhraseRelations.contains(parse.baseRelation(w))
                    || (parse.baseRelation(w) == "advmod"
                        && (parse.upos[parse.heads[w] - 1] == "ADJ" || Self.degreeAdverbs.contains(tokens[w].form.lowercased()))))
        }) {
            return (.blankPhrase, "cuts the phrase of '\(tokens[parse.heads[cut] - 1].form)': '\(tokens[cut].form)' is left outside")
        }
        // "the {{term materia medica}}": the answer is the term, not the word "term".
        // (Also with words of its own before it: "its {{root word pharma}}".)
        if let naming = (first..<last).first(where: { Self.namingNouns.contains(tokens[$0].form.lowercased()) }),
           parse.baseRelation(naming) == "compound", (first..<naming).allSatisfy({ ["NOUN", "ADJ"].contains(parse.upos[$0]) }) {
            return (.blankPhrase, "takes '\(parse.text(of: first..<naming + 1))' with it: the answer is what follows it")
        }
        // "Muhammad ibn {{Zakarīya Rāzi}}", "{{Ludwig}} van Beethoven": a name goes on through a particle.
        if first >= 2, isCapitalized(first), Self.nameParticles.contains(tokens[first - 1].form.lowercased()), isCapitalized(first - 2) {
            return (.blankPhrase, "leaves '\(parse.text(of: first - 2..<first))' of its name outside")
        }
        if last + 2 < parse.count, isCapitalized(last), Self.nameParticles.contains(tokens[last + 1].form.lowercased()), isCapitalized(last + 2) {
            return (.blankPhrase, "leaves '\(parse.text(of: last + 1..<last + 3))' of its name outside")
        }
        // "The Harvard Medical School, Harvard School of Dental Medicine, and the {{Harvard School of Public
        // Health}}": the parse may join a list's items as `list` rather than `conj`; one of them is no answer either.
        if parse.baseRelation(root) == "list" || outside.contains(where: { parse.heads[$0] == root + 1 && parse.baseRelation($0) == "list" }) {
            return (.listSlot, "is one item of a list: there is no single answer")
        }
        // "the {{Harvard sports}} teams": a noun right after a blank that ends on one most likely goes on with it (the
        // parse read them apart); and a capitalised word right after a capitalised one goes on with the name, however
        // the tagger read it ("the {{Florida Old Confederate Soldiers and Sailors}} Home", "Home" read as an adverb; "The
        // {{ESPN}} Deportes Spanish broadcast", "Deportes" as a verb).
        // (Unless the parse makes a word in lower case the blank's head: then it was read as the verb of a subject
        // blank. A capitalised one goes on with the name: "{{St.}} Augustine's position".)
        // A word joined by hyphens counts as one: "{{Latter-day}} Saints"; a small word capitalised inside a sentence is
        // a title's: "its {{Video}} On Demand service".
        if last + 1 < parse.count, tokens[last].end + 1 == tokens[last + 1].start, ["NOUN", "PROPN"].contains(parse.upos[last]),
           case let capitalized = endsCapitalizedWord(last) && isCapitalized(last + 1),
           parse.heads[root] != last + 2 || capitalized,
           parse.upos[last + 1] == "NOUN" || (["PROPN", "ADV", "ADJ", "VERB", "X", "ADP", "CCONJ", "DET"].contains(parse.upos[last + 1]) && capitalized),
           !parse.relations[last + 1].hasSuffix("tmod"), !Self.days.contains(tokens[last + 1].form.lowercased()) {
            return (.blankPhrase, "stops before '\(tokens[last + 1].form)', which goes on with its phrase")
        }
        // A noun in lower case after a noun, which the next word shows to be a verb read as a noun: an object
        // pronoun after it ("the jet of expelled {{water drives}} them backwards"), or the next phrase's article after it
        // with the determiner of one thing before the blank ("a {{practitioner issues}} a prescription", "each {{comb
        // touch}} the comb").
        if last > first, last + 1 < parse.count, parse.upos[last] == "NOUN", parse.upos[last - 1] == "NOUN",
           tokens[last].form.first?.isLowercase == true {
            let next = tokens[last + 1].form.lowercased()
            if ["them", "him", "us", "me"].contains(next) {
                return (.blankPhrase, "ends on '\(tokens[last].form)', which reads as the verb of '\(tokens[last + 1].form)'")
            }
            // …or a verb's particle that hangs on it ("many homes in the {{neighborhood date}} back to the 1930s").
            if Self.verbParticles.contains(next), parse.heads[last + 1] == last + 1 {
                return (.blankPhrase, "ends on '\(tokens[last].form)', which reads as a verb with '\(tokens[last + 1].form)'")
            }
            if first >= 1, Self.singleDeterminers.contains(tokens[first - 1].form.lowercased()), ["a", "an", "the"].contains(next),
               tokens[last - 1].form.first?.isLowercase == true {
                return (.blankPhrase, "ends on '\(tokens[last].form)', which reads as the sentence's verb")
            }
        }
        // "which in {{practice take}} too long": the noun of an adverbial set phrase, with what follows it.
        if first >= 1, last > first, tokens[first - 1].form.lowercased() == "in", Self.inPhraseNouns.contains(tokens[first].form.lowercased()) {
            return (.blankPhrase, "takes '\(tokens[first].form)' of the set phrase 'in \(tokens[first].form)'")
        }
        // "the {{weeknight talk show}} Jimmy Kimmel Live", "the {{lobate genera}} Bathocyroe and Ocyropsis": a description
        // in lower case right before the name it describes; the answer is the name. (Not a time: "In the {{18th century}}
        // American …".)
        if last + 1 < parse.count, parse.upos[last] == "NOUN", tokens[last].form.first?.isLowercase == true,
           !DeckAudit.timeNouns.contains(tokens[last].form.lowercased()), !["centuries", "decades"].contains(tokens[last].form.lowercased()),
           tokens[last].end + 1 == tokens[last + 1].start, isCapitalized(last + 1), parse.upos[last + 1] == "PROPN" {
            var end = last + 1
            while end + 1 < parse.count, isCapitalized(end + 1) || (Self.nameJoins.contains(tokens[end + 1].form.lowercased()) && end + 2 < parse.count && isCapitalized(end + 2)) {
                end += 1
            }
            return (.blankPhrase, "stops before the name '\(parse.text(of: last + 1..<end + 1))' it describes")
        }
        // "the {{Compromise}} of 1850", "the {{Class}} of 2019": a name that goes on through "of" and its year.
        // (Not a month: "In {{April}} of 2016".)
        if first == last, first >= 1, isCapitalized(first), Lexicon.months[tokens[first].form.lowercased()] == nil, last + 2 < parse.count, tokens[last + 1].form == "of",
           Self.isYear(tokens[last + 2].form) {
            return (.blankPhrase, "leaves '\(parse.text(of: last + 1..<last + 3))' of its name outside")
        }
        // "{{college students reporting higher levels}}": a verb inside the blank with its own object or complement
        // there makes the answer a clause, which nobody recalls word for word.
        if let verb = span.first(where: { w in
            w != root && parse.upos[w] == "VERB" && parse.heads[w] >= 1 && span.contains(parse.heads[w] - 1)
                && span.contains(where: { parse.heads[$0] == w + 1 && Self.clauseRelations.contains(parse.baseRelation($0)) })
        }) {
            return (.blankPhrase, "holds a clause ('\(parse.text(of: verb..<last + 1))'), not a phrase")
        }
        // "whether the {{stadium underwent renovations}}": a word in lower case that is only ever a verb's past tense,
        // whatever the tagger read it as, makes the blank a clause.
        if let verb = span.first(where: { Self.pastTenseOnly.contains(tokens[$0].form) }) {
            return (.blankPhrase, "holds the verb '\(tokens[verb].form)': a clause, not a phrase")
        }
        // "a {{student body drawn}} from throughout the country": a blank that ends on a verb whose own words
        // go on after it cuts that clause.
        if last != root, parse.upos[last] == "VERB", (last + 1..<parse.count).contains(where: { parse.heads[$0] == last + 1 && parse.baseRelation($0) != "punct" }) {
            return (.blankPhrase, "ends on '\(tokens[last].form)', whose clause goes on after it")
        }
        // What the blank says, without its determiners: a vague word alone, or led by one, asks nothing.
        let said = span.filter { parse.baseRelation($0) != "det" }
        // "only several {{hundred}} are …": a round number in words alone says no amount.
        if said.count == 1, let only = said.first, Self.roundNumbers.contains(tokens[only].form.lowercased()) {
            return (.vagueAnswer, "is vague: '\(tokens[only].form)' alone is no amount")
        }
        // "occasionally pinch in {{two}} to reproduce": a number in words right after "in", counting nothing, says how
        // a thing is cut.
        if first == last, first > 0, tokens[first - 1].form.lowercased() == "in", Lexicon.numberWords[tokens[first].form.lowercased()] != nil,
           last + 1 == parse.count || !["NOUN", "PROPN", "ADJ"].contains(parse.upos[last + 1]) {
            return (.vagueAnswer, "is vague: 'in \(tokens[first].form)' says how a thing is divided, not a count")
        }
        if said.count == 1, let only = said.first, Self.days.contains(tokens[only].form.lowercased()) {
            return (.vagueAnswer, "is vague: a day of the week says little without its date")
        }
        if let lead = said.first, said.count > 1, Self.vagueModifiers.contains(tokens[lead].form.lowercased()) {
            return (.vagueAnswer, "is vague: '\(tokens[lead].form)' says little on its own")
        }
        // "for several {{varsity sports}}", "Some {{legal requirements}} come from …": a word right before the blank that
        // leaves open which or how many makes the answer one of its kind, with no fact to learn. (Not with a name or a
        // number in it: "several {{Rodin sculptures}}", "some {{20 species}}".)
        // ("any" only in a comparison, "the largest of any {{academic institution}}": "lack any {{true hox genes}}" is a fact.)
        if first >= 1, Self.openQuantifiers.contains(tokens[first - 1].form.lowercased()), parse.heads[first - 1] == root + 1,
           tokens[first - 1].form.lowercased() != "any" || (first >= 2 && ["of", "than"].contains(tokens[first - 2].form.lowercased())),
           ["amod", "det"].contains(parse.baseRelation(first - 1)),
           !span.contains(where: { isCapitalized($0) || ["PROPN", "NUM"].contains(parse.upos[$0]) }) {
            return (.vagueAnswer, "is vague: '\(tokens[first - 1].form)' before it leaves open which")
        }
        // "appeared on {{stage numerous times}}": such a word on the blank's noun further in says as little.
        if let vague = said.dropFirst().first(where: { w in
            parse.heads[w] == root + 1 && parse.baseRelation(w) == "amod" && Self.vagueModifiers.contains(tokens[w].form.lowercased())
        }) {
            return (.vagueAnswer, "is vague: '\(tokens[vague].form)' says little on its own")
        }
        if said.count == 1, let only = said.first, parse.upos[only] == "NOUN", Self.vagueNouns.contains(tokens[only].form.lowercased()) {
            return (.vagueAnswer, "is vague: '\(tokens[only].form)' alone could be many things")
        }
        // A short common noun alone ("{{access}}", "{{benefits}}"): many words would fit the gap. (A sentence's
        // first word is capitalised whatever it is: "{{Students}} are likely to…"; not an abbreviation, "DNA".)
        // (After a naming noun the word is the answer itself: "the term {{cell}}".)
        if said.count == 1, let only = said.first, parse.upos[only] == "NOUN", tokens[only].form.count <= 8,
           first == 0 || !Self.namingNouns.contains(tokens[first - 1].form.lowercased()),
           tokens[only].form.first?.isLowercase == true || (only == 0 && !tokens[only].form.dropFirst().contains(where: \.isUppercase)) {
            return (.vagueAnswer, "is vague: a common noun alone ('\(tokens[only].form)') leaves many words to fit")
        }
        // "the {{responsibility}} of the states", "exceed five million in {{population}}": a longer word of everyday
        // English alone, in lower case, is as open (not a term of the text: "structures called {{pyrenoids}}"; nor a
        // word the sentence names: "also known as {{conversion}}").
        // (At the sentence's start, capitalised: "{{Membership}} is concentrated in …".)
        if said.count == 1, let only = said.first, parse.upos[only] == "NOUN", let everyday,
           tokens[only].form.first?.isLowercase == true || (only == 0 && !tokens[only].form.dropFirst().contains(where: \.isUppercase)),
           first == 0 || !(Self.namingNouns.contains(tokens[first - 1].form.lowercased()) || Self.namingVerbs.contains(tokens[first - 1].form.lowercased())),
           everyday(tokens[only].form.lowercased()) {
            return (.vagueAnswer, "is vague: a common noun alone ('\(tokens[only].form)') leaves many words to fit")
        }
        // "{{Last year}}, 121,200 tonnes …": a time counted from when the text was written.
        if said.count == 2, ["last", "next", "this", "past", "coming"].contains(tokens[said[0]].form.lowercased()),
           DeckAudit.timeNouns.contains(tokens[said[1]].form.lowercased()) {
            return (.vagueAnswer, "is vague: '\(parse.text(of: said[0]..<said[1] + 1))' counts from when the text was written")
        }
        // "{{relevant authority}}", "{{little opportunity}}", "{{entire school community}}": an adjective that says
        // how much or how fitting leads a common noun; the phrase names nothing a student could learn.
        if let lead = said.first, lead != root, parse.baseRelation(lead) == "amod", parse.heads[lead] == root + 1, parse.upos[root] == "NOUN",
           Self.measuringAdjectives.contains(tokens[lead].form.lowercased()) {
            return (.vagueAnswer, "is vague: '\(tokens[lead].form)' says how much or how fitting, not what")
        }
        // "the {{first physician}} to initiate …", "the {{last settlement}} in …": which one in an order, not what it is.
        if said.count == 2, let lead = said.first, lead != root, parse.upos[root] == "NOUN", tokens[root].form.first?.isLowercase == true,
           Self.ordinals.contains(tokens[lead].form.lowercased()), last + 1 < parse.count,
           ["to", "in", "of", "ever", "since", "on", "at", "from"].contains(tokens[last + 1].form.lowercased()) {
            return (.vagueAnswer, "is vague: '\(tokens[lead].form)' says which in an order, not what it is")
        }
        // "the {{busiest stations}}", "{{older rocks}}", "{{important complexity classes}}": a comparison, or praise or a
        // size, leading common nouns in the plural says how they rank, not what they are (a superlative, whatever
        // follows: "the {{fastest growing religion}}").
        // (Not a blank with a name in it: "the {{new Medieval & Renaissance galleries}}".)
        if let lead = said.first, lead != root, parse.baseRelation(lead) == "amod", parse.upos[root] == "NOUN",
           case let adjective = tokens[lead].form, adjective.first?.isLowercase == true,
           !span.contains(where: { tokens[$0].form.first?.isUppercase == true }),
           (parse.xpos[lead] == "JJS" && (adjective.hasSuffix("est") || ["best", "worst", "least", "most"].contains(adjective)))
            || (parse.xpos[root] == "NNS" && ((parse.xpos[lead] == "JJR" && adjective.hasSuffix("er"))
                || Self.rankingAdjectives.contains(adjective) || Self.measuringAdjectives.contains(adjective))) {
            return (.vagueAnswer, "is vague: '\(adjective)' says how they rank, not what they are")
        }
        // "{{Harvard's attempt}}", "{{Agassiz's approach}}": whose, and what, at once. A common noun with its owner
        // in the blank names no fact, unless the two make an eponymous term ("{{Hooke's law}}").
        // (An owner with words of its own, before a vague noun: "the {{clinical pharmacist's role}}"; a part of a
        // thing is a fact: "the {{red alga's cytoplasm}}".)
        if parse.upos[root] == "NOUN", tokens[root].form.first?.isLowercase == true, !Self.eponymousHeads.contains(tokens[root].form.lowercased()),
           (parse.heads[first] == root + 1 && parse.relations[first] == "nmod:poss")
            || (Self.vagueNouns.contains(tokens[root].form.lowercased())
                && span.contains(where: { parse.heads[$0] == root + 1 && parse.relations[$0] == "nmod:poss" })) {
            return (.vagueAnswer, "is vague: '\(parse.text(of: first..<last + 1))' asks whose and what at once")
        }
        // "checking {{claimants}}' Sky TV bills": common nouns in lower case as the owner of what follows ask whose,
        // not what. (A bare mark that closes a quotation opened before is no owner's: "('with {{roaring drummes}}')".)
        if last + 1 < parse.count, ["'", "’", "'s", "’s"].contains(tokens[last + 1].form), tokens[last].end == tokens[last + 1].start,
           tokens[last + 1].form.count == 2 || (0..<first).filter({ ["'", "‘", "’"].contains(tokens[$0].form) }).count % 2 == 0,
           span.allSatisfy({ tokens[$0].form.first?.isLowercase == true }), parse.upos[last] == "NOUN" {
            return (.vagueAnswer, "is vague: '\(parse.text(of: first..<last + 1))' owns what follows; the card asks whose")
        }
        // "on a {{daily basis}}", "in {{full detail}}": the noun of a set phrase, whatever leads it.
        if parse.upos[root] == "NOUN", Self.setPhraseNouns.contains(tokens[root].form.lowercased()) {
            return (.vagueAnswer, "is vague: '\(tokens[root].form)' belongs to a set phrase, not to a fact")
        }
        // "to the {{East}}", "the {{Southwest}} of the state", "28° {{East}}": a point of the compass as a direction is one
        // guess in four. (A region is a place: "mostly in the {{South}}", "the regeneration of the {{North-East}}".)
        // (Points joined by "and" or "or" too: "to the {{North and East}}".)
        if span.allSatisfy({ Self.compassPoints.contains(tokens[$0].form.lowercased()) || ["and", "or"].contains(tokens[$0].form.lowercased()) }),
           Self.compassPoints.contains(tokens[first].form.lowercased()) {
            let the = first >= 1 && tokens[first - 1].form.lowercased() == "the"
            let towards = the && first >= 2 && ["to", "toward", "towards", "from"].contains(tokens[first - 2].form.lowercased())
            if !the || towards || (last + 1 < parse.count && tokens[last + 1].form.lowercased() == "of") {
                return (.vagueAnswer, "is vague: '\(tokens[first].form)' is a direction, one guess in four")
            }
        }
        // "One of the {{earliest surviving examples}}", "one of the {{top teams}}": a rank among things of a kind, after
        // "one of the", names no particular thing.
        if first >= 3, tokens[first - 1].form.lowercased() == "the", tokens[first - 2].form.lowercased() == "of",
           ["one", "some", "many", "few", "two", "three"].contains(tokens[first - 3].form.lowercased()),
           parse.upos[root] == "NOUN", tokens[root].form.first?.isLowercase == true,
           span.contains(where: { $0 < root && (parse.xpos[$0] == "JJS" || Self.rankWords.contains(tokens[$0].form.lowercased())) }) {
            return (.vagueAnswer, "is vague: '\(parse.text(of: first..<last + 1))' ranks among things of a kind")
        }
        // "with {{increasing numbers}} of schools", "a {{large amount}} of water": a word of quantity whose thing follows
        // after "of" measures it, and names nothing.
        if parse.upos[root] == "NOUN", root == last, last + 1 < parse.count, tokens[last + 1].form == "of",
           Self.quantityNouns.contains(tokens[root].form) {
            return (.vagueAnswer, "is vague: '\(parse.text(of: first..<last + 1))' measures what follows it ('of …')")
        }
        if said.first == root, said.count > 1, parse.upos[root] == "NOUN", Self.vagueNouns.contains(tokens[root].form.lowercased()) {
            return (.vagueAnswer, "is vague: it is built on '\(tokens[root].form)'")
        }
        // "than their {{public counterparts}}": a noun that only says what it stands beside, with no "of …" in the blank.
        if parse.upos[root] == "NOUN", Self.relationalNouns.contains(tokens[root].form.lowercased()),
           !span.contains(where: { tokens[$0].form.lowercased() == "of" }) {
            return (.vagueAnswer, "is vague: '\(tokens[root].form)' of what, the card does not say")
        }
        // A general noun with only praise or a count before it ("an {{important concept}}", "all {{three types}}"):
        // it names no particular thing, and a count of kinds is trivia. Praise makes it vague whatever follows ("a
        // {{vital part of marine food chains}}", "a {{wide range}} of body forms").
        func praises(_ w: Int) -> Bool { parse.baseRelation(w) == "amod" && Self.emptyPraise.contains(tokens[w].form.lowercased()) }
        func countsKinds(_ w: Int) -> Bool { parse.baseRelation(w) == "nummod" && Self.kindNouns.contains(tokens[root].form.lowercased()) }
        if said.count > 1, said.first != root, said.contains(root), parse.upos[root] == "NOUN", Self.vagueNouns.contains(tokens[root].form.lowercased()),
           case let lead = said.prefix(while: { $0 != root }),
           lead.allSatisfy({ parse.heads[$0] == root + 1 && (praises($0) || (said.last == root && countsKinds($0))) }) {
            return (.vagueAnswer, "is vague: '\(parse.text(of: said.first!..<root + 1))' names no particular thing")
        }
        // "between the {{two schools}}", "across all {{eleven divisions}}": a count of things already named; the
        // number is trivia.
        if said.count == 2, parse.upos[said[0]] == "NUM", parse.heads[said[0]] == root + 1, said[1] == root, parse.upos[root] == "NOUN",
           let determiner = span.first(where: { parse.baseRelation($0) == "det" }) ?? (first > 0 ? first - 1 : nil),
           Self.definiteDeterminers.contains(tokens[determiner].form.lowercased()) {
            return (.vagueAnswer, "is vague: '\(parse.text(of: said[0]..<root + 1))' counts things named elsewhere")
        }
        // "All {{three}} apparently lacked tentacles": a number standing for things named before.
        if first == last, parse.upos[first] == "NUM", first > 0, ["all", "these", "those", "both"].contains(tokens[first - 1].form.lowercased()),
           first + 1 == parse.count || !["NOUN", "PROPN", "NUM"].contains(parse.upos[first + 1]) {
            return (.vagueAnswer, "is vague: '\(parse.text(of: first - 1..<first + 1))' stands for things named elsewhere")
        }
        // "membranes outside of the original {{two}}": a number in words that heads its own phrase, with an article
        // or an adjective, stands for things named before too.
        if first == last, Lexicon.numberWords[tokens[first].form.lowercased()] != nil,
           (0..<parse.count).contains(where: { parse.heads[$0] == first + 1 && ["det", "amod"].contains(parse.baseRelation($0)) }) {
            return (.vagueAnswer, "is vague: '\(tokens[first].form)' stands for things the card does not name")
        }
        return nil
    }

    /// Determiners before a count of things already named ("the two schools", "all eleven divisions").
    static let definiteDeterminers: Set<String> = ["the", "all", "both", "these", "those"]

    /// Adjectives that measure or judge a thing without naming it ("relevant authority", "little opportunity").
    static let measuringAdjectives: Set<String> = [
        "reasonable", "relevant", "little", "entire", "appropriate", "necessary", "possible", "actual", "overall",
        "adequate", "sufficient", "considerable", "substantial", "enormous", "huge", "tremendous", "vast", "greater",
        "stronger", "better", "best", "worse", "worst", "lesser",
    ]

    /// Nouns that make a term with the name of the one who found them ("Hooke's law", "Darwin's theory").
    static let eponymousHeads: Set<String> = [
        "law", "laws", "theorem", "theory", "principle", "constant", "equation", "equations", "rule", "paradox", "effect",
        "hypothesis", "conjecture", "disease", "syndrome", "number", "formula", "method", "algorithm", "razor", "test",
    ]

    /// Nouns of set phrases ("on a daily basis", "in full detail", "to a large extent").
    static let setPhraseNouns: Set<String> = ["basis", "detail", "details", "manner", "manners", "extent"]

    /// Relations of a verb's object and complements: a verb with one of them inside a blank makes it a clause.
    static let clauseRelations: Set<Substring> = ["obj", "iobj", "obl", "xcomp", "ccomp", "nsubj"]
    /// Past tenses of irregular verbs that are no noun or adjective too ("underwent", "began"; not "found", "felt",
    /// "rose" or "won").
    static let pastTenseOnly: Set<String> = [
        "arose", "awoke", "became", "began", "blew", "broke", "brought", "bought", "caught", "chose", "clung", "came",
        "crept", "dealt", "did", "drew", "drank", "drove", "ate", "fled", "flung", "flew", "forbade", "forgot", "forgave",
        "froze", "gave", "went", "grew", "knelt", "knew", "meant", "mistook", "overcame", "overtook", "rode", "rang", "ran",
        "sought", "shook", "shone", "shrank", "sang", "sank", "slept", "spoke", "sprang", "stole", "strove", "swore",
        "swam", "took", "taught", "threw", "undertook", "underwent", "withdrew", "withheld", "withstood", "wrote",
    ]

    /// Relations of a word before a name that may be the name's first word ("United" in "United States").
    static let nameModifierRelations: Set<Substring> = ["amod", "compound", "flat"]

    /// Nouns whose count is a count of kinds or parts ("three types", "two stages"), not of time or things.
    static let kindNouns: Set<String> = [
        "type", "types", "kind", "kinds", "sort", "sorts", "category", "categories", "form", "forms", "group", "groups",
        "part", "parts", "way", "ways", "aspect", "aspects", "element", "elements", "feature", "features", "stage",
        "stages", "step", "steps", "level", "levels", "factor", "factors", "reason", "reasons", "side", "sides",
        "example", "examples", "section", "sections", "concepts", "manner", "manners",
    ]

    /// Words of order ("the first physician to …").
    static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                        "tenth", "last", "1st", "2nd", "3rd", "4th", "5th"]

    /// Adjectives of rank, praise or size, which name no kind of thing ("major cities", "new programs"); unlike
    /// "primary, general, special, common", which often do ("primary chloroplasts", "special relativity").
    static let rankingAdjectives: Set<String> = [
        "important", "major", "key", "main", "significant", "central", "crucial", "essential", "vital", "great", "big",
        "large", "small", "new", "notable", "prominent", "leading", "wide", "broad", "whole", "entire",
    ]

    /// Adjectives that rank or praise a thing without saying what it is ("an important concept", "a key role").
    static let emptyPraise: Set<String> = [
        "important", "major", "key", "main", "significant", "central", "crucial", "essential", "primary", "basic",
        "fundamental", "principal", "vital", "great", "big", "large", "small", "general", "common", "whole", "entire",
        "specific", "special", "new", "distinct", "separate", "particular", "notable", "prominent", "leading",
        "wide", "broad", "growing", "extensive", "vast", "huge", "rich", "diverse", "considerable", "substantial",
    ]

    /// Relations that continue a phrase: a blank that leaves one of these of an inner word outside cuts it
    /// (determiners, prepositions, appositions and clauses may stay outside).
    /// (A prepositional phrase may hang on an inner noun or on the head: "the {{center of mass}} of the system".)
    static let innerPhraseRelations: Set<Substring> = ["compound", "flat", "fixed", "nummod", "amod"]

    /// Dashes that join two words into one compound ("Cretaceous–Paleogene", and a colon: "NTL:Telewest"); an em
    /// dash with no spaces sets a phrase apart instead ("in deep water—as such").
    static let dashes: Set<String> = ["–", "-", "/", ":"]

    /// Nouns that introduce the word or name after them ("the term materia medica").
    static let namingNouns: Set<String> = ["term", "terms", "word", "words", "phrase", "name", "title", "expression", "label", "nickname"]
    /// Words after which a word is named, not used ("known as {{conversion}}", "named {{president}}").
    static let namingVerbs: Set<String> = ["called", "named", "termed", "dubbed", "as"]

    /// Lower-case words inside names ("Muhammad ibn Zakarīya", "Vincent van Gogh", "Rüdesheim am Rhein", "Newcastle upon
    /// Tyne").
    static let nameParticles: Set<String> = ["ibn", "bin", "bint", "ben", "al", "el", "de", "da", "di", "del", "della", "dos",
                                             "das", "du", "van", "von", "der", "den", "ter", "zu", "le", "la", "am", "im", "aan",
                                             "sur", "upon"]

    /// Pronouns that stand for something said before ("four of {{these}}").
    static let pointingPronouns: Set<String> = ["these", "those", "them", "this", "that", "it", "which", "whom", "us", "theirs", "ours"]

    /// Days of the week, and days named from today.
    static let days: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                    "today", "yesterday", "tomorrow", "tonight"]
    /// Words that make a phrase they lead vague ("similar event", "numerous species").
    static let vagueModifiers: Set<String> = [
        "similar", "numerous", "multiple", "many", "several", "various", "other", "such", "same", "different",
        "certain", "some", "more", "most", "few", "further", "additional", "own", "particular", "respective",
        "subsequent", "previous", "prior", "recent", "excellent", "wider", "broader", "notable", "prominent", "renowned",
        "following", "preceding", "latter", "former", "eponymous", "titular",
    ]
    /// Words before a noun that leave open which of its kind, or how many, the text means (a subset of
    /// `vagueModifiers`: "many", "more", "most" and "different" lead facts as often: "Many {{charter schools}} do not …").
    static let openQuantifiers: Set<String> = ["some", "several", "few", "such", "own", "former", "latter", "certain",
                                               "various", "numerous", "wider", "renowned", "other", "any"]
    /// Pronouns that stand for something said elsewhere.
    static let referringPronouns: Set<String> = ["it", "its", "they", "them", "their", "he", "him", "his", "she", "her"]
    /// Common nouns too general to be an answer alone.
    static let vagueNouns: Set<String> = [
        "group", "groups", "event", "events", "area", "areas", "system", "systems", "process", "form", "forms", "role",
        "use", "level", "levels", "member", "members", "people", "place", "places", "work", "result", "results",
        "effect", "effects", "change", "changes", "problem", "problems", "issue", "issues", "idea", "ideas", "side",
        "sides", "thing", "things", "example", "examples", "aspect", "aspects", "factor", "factors", "reason",
        "reasons", "amount", "person", "man", "woman", "men", "women", "year", "years", "day", "days", "period",
        "point", "points", "stage", "stages", "step", "steps", "field", "subject", "topic", "way", "ways", "part",
        "parts", "kind", "kinds", "type", "types", "number", "lot", "time", "times", "fact", "case", "cases", "terms",
        "matter", "means", "state", "states", "order", "sense", "view", "range", "set", "series", "instance",
        "instances", "variety", "sort", "sorts", "section", "sections", "portion", "majority", "rest", "half",
        "concept", "concepts", "roles", "feature", "features", "element", "elements", "category", "categories",
        "method", "methods", "technique", "techniques", "approach", "approaches", "existence", "presence", "top",
        "version", "versions", "arrangement", "arrangements", "collection", "collections", "adventures", "body",
    ]
    /// Nouns that say only what a thing stands beside.
    static let relationalNouns: Set<String> = ["counterpart", "counterparts", "equivalent", "equivalents", "analogue", "analogues",
                                               "analog", "analogs"]
    /// Adverbs of degree, which go with the adjective after them ("most cost efficient").
    static let degreeAdverbs: Set<String> = ["most", "more", "less", "least", "very", "highly", "extremely", "relatively",
                                             "increasingly", "fairly", "quite", "rather", "so", "too", "particularly",
                                             "especially", "exceptionally"]
    /// Adjectives that, before a name, name a part of it, a place or an age ("central England", "ancient Rome"); the
    /// points of the compass among them.
    static let partAdjectives: Set<String> = compassPoints.union([
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
        "southwestern", "upper", "lower", "greater", "inner", "outer", "ancient", "medieval", "modern", "early", "late",
        "former", "present-day", "contemporary", "classical", "colonial", "imperial", "rural", "urban", "coastal",
        "mainland", "continental", "contiguous", "metropolitan", "downtown", "uptown",
    ])
    /// Points of the compass.
    static let compassPoints: Set<String> = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                                             "north-east", "north-west", "south-east", "south-west"]
    /// Words that rank a thing among others of its kind, besides superlatives.
    static let rankWords: Set<String> = ["top", "leading", "foremost", "premier", "finest", "best", "greatest", "most", "first",
                                         "earliest", "oldest", "largest", "biggest"]
    /// Nouns of how many or how much.
    static let quantityNouns: Set<String> = [
        "number", "numbers", "amount", "amounts", "lot", "lots", "majority", "minority", "handful", "couple", "plenty",
        "dozens", "hundreds", "thousands", "millions", "variety", "percentage", "proportion", "quantity", "quantities",
    ]
    /// Verbs whose object may take an adjective that says what they make of it ("find the students unmanageable").
    static let judgingVerbs: Set<String> = [
        "find", "finds", "found", "finding", "make", "makes", "made", "making", "keep", "keeps", "kept", "keeping",
        "consider", "considers", "considered", "considering", "deem", "deems", "deemed", "render", "renders",
        "rendered", "leave", "leaves", "left", "leaving", "prove", "proves", "proved", "call", "calls", "called",
        "declare", "declares", "declared", "hold", "holds", "held",
    ]
}
