/// A wh-question made from the main clause of a parsed sentence: the answer's slot (the clause's subject, object,
/// adjunct or predicate) becomes a wh-phrase, the auxiliary goes before the subject (or *did/does/do* comes in and
/// the verb takes its base form), and a phrase fronted before the subject moves to the end. These are Heilman &
/// Smith's transformations, read off a dependency tree. Anything the rules are unsure of gives no question.
struct ClauseQuestion: Equatable, Sendable {
    var prompt: String
    /// What the question asks for: the fact's text, or only its number for a *How many* question.
    var answer: String

    /// The question whose answer is the words at UTF-8 offsets `bytes` of `p`, a fact of type `type`, or nil.
    /// `knows` says whether a word is an English word (it confirms a verb's base form).
    static func make(_ p: ParsedSentence, answer bytes: Range<Int>, type: FactType, knows: (String) -> Bool) -> ClauseQuestion? {
        guard (4...32).contains(p.count),
              let a = p.tokens.firstIndex(where: { $0.start == bytes.lowerBound }),
              let z = p.tokens.firstIndex(where: { $0.end == bytes.upperBound }), z >= a else { return nil }
        return Transformation(p)?.question(answer: a..<(z + 1), type: type, knows: knows)
    }
}

/// The tree of one sentence, read for a question.
private struct Transformation {
    let p: ParsedSentence
    let root: Int
    let children: [[Int]]

    init?(_ p: ParsedSentence) {
        var children = [[Int]](repeating: [], count: p.count)
        var root: Int?
        for w in 0..<p.count {
            if p.heads[w] == 0 { root = w } else { children[p.heads[w] - 1].append(w) }
        }
        guard let root else { return nil }
        self.p = p
        self.root = root
        self.children = children
        // One clause: nothing coordinated with or set beside the main one, and nothing quoted, bracketed or
        // joined by a semicolon, colon or dash.
        guard !children[root].contains(where: { relation($0) == "conj" }),
              !(0..<p.count).contains(where: { w in
                  Self.otherClauses.contains(relation(w)) || (relation(w) == "conj"
                      && (["VERB", "AUX"].contains(p.upos[w]) || children[w].contains { relation($0) == "nsubj" }))
              }),
              !p.tokens.contains(where: { Self.breaks.contains($0.form) }),
              // Two subjects of one verb are a misread ("A mere half decade later the tract had …" with "decade" read
              // as a subject): which is the subject is in doubt.
              children[root].filter({ relation($0) == "nsubj" }).count <= 1,
              // A word that an "and" leads but that is no conjunct is a clause cut short ("…, and Queen Victoria above the
              // frame"): the question would run the two together.
              !(0..<p.count).contains(where: { w in
                  w != root && relation(w) != "conj" && children[w].contains { relation($0) == "cc" }
              }),
              // A negated sentence makes a poor question.
              !p.tokens.contains(where: { Self.negations.contains($0.form.lowercased()) }) else { return nil }
    }

    static let otherClauses: Set<Substring> = ["parataxis", "ccomp", "csubj", "list", "dep", "vocative",
                                               "discourse", "reparandum", "orphan", "expl"]
    static let breaks: Set<String> = [";", ":", "\"", "“", "”", "(", ")", "[", "]", "—", "–", "-", "--", "?", "!", "..."]
    static let negations: Set<String> = ["not", "n't", "never", "no"]
    /// Words that only join the sentence to the one before: left out of the question.
    static let connectives: Set<String> = ["and", "but", "so", "yet", "or", "however", "thus", "therefore", "moreover",
                                           "also", "instead", "meanwhile", "furthermore", "indeed", "still", "then"]
    /// Pronouns that point outside the question: it cannot stand on them.
    static let pointing: Set<String> = ["it", "they", "them", "he", "she", "him", "her", "this", "that", "these", "those"]
    /// Pronouns a question cannot stand on without the sentence before it (or in the author's voice).
    static let pronounSubjects: Set<String> = ["it", "they", "he", "she", "this", "these", "those", "that", "i", "we",
                                               "you", "one", "its", "their", "his", "her", "them", "him", "there"]

    func relation(_ w: Int) -> Substring { p.baseRelation(w) }
    func lower(_ w: Int) -> String { p.tokens[w].form.lowercased() }

    /// Word `w` and everything under it, as a range of words, or nil when they are not contiguous.
    func subtree(_ w: Int) -> Range<Int>? {
        var members = [w], k = 0
        while k < members.count {
            members += children[members[k]]
            k += 1
        }
        let lo = members.min()!, hi = members.max()!
        return hi - lo + 1 == members.count ? lo..<(hi + 1) : nil
    }

    /// One piece of a question: a word of the sentence, or text put in.
    enum Piece {
        case word(Int)
        case text(String)
    }

    func question(answer: Range<Int>, type: FactType, knows: (String) -> Bool) -> ClauseQuestion? {
        let tops = answer.filter { p.heads[$0] == 0 || !answer.contains(p.heads[$0] - 1) }
        guard tops.count == 1, let h = tops.first, ["NOUN", "PROPN", "NUM"].contains(p.upos[h]) else { return nil }
        // "What is used to grow crops? A quarter of farmland": a share of something answers no wh-question.
        guard !Self.shares.contains(lower(h)) else { return nil }
        // The phrase taken out: the answer's whole subtree, or for the predicate (the root) the answer and its article.
        var phrase = answer
        if h != root {
            guard let whole = subtree(h) else { return nil }
            phrase = whole
        } else if answer.lowerBound > 0, relation(answer.lowerBound - 1) == "det", p.heads[answer.lowerBound - 1] == h + 1 {
            phrase = (answer.lowerBound - 1)..<answer.upperBound
        }
        guard phrase.contains(answer.lowerBound), phrase.contains(answer.upperBound - 1) else { return nil }
        // Beside the answer, the phrase taken out holds only its article and preposition.
        for w in phrase where !answer.contains(w) {
            // (A preposition only for an adjunct: "under 540,800 students" is no count of students.)
            guard p.heads[w] == h + 1, ["det", "case", "punct"].contains(relation(w)), p.upos[w] != "PART",
                  relation(w) != "case" || relation(h) == "obl",
                  relation(w) != "det" || ["the", "a", "an"].contains(lower(w)) else { return nil }
        }
        var answerText = span(answer)
        // The wh-phrase, and whether the question keeps the subject first.
        let wh: String, subjectSlot: Bool
        let caseWord = children[h].first { relation($0) == "case" }.map(lower)
        if let count = howMany(answer, h, type) {
            guard h != root, p.heads[h] == root + 1, ["nsubj", "obj"].contains(relation(h)) else { return nil }
            (wh, answerText, subjectSlot) = (count.wh, count.answer, relation(h) == "nsubj")
        } else if h == root {
            // The predicate: "The first prime minister was Ito." → "Who was the first prime minister?"
            // The copula right before it, and nothing of the predicate after it.
            guard type.isName, let cop = children[root].first(where: { relation($0) == "cop" }), cop + 1 == phrase.lowerBound,
                  children[root].allSatisfy({ $0 <= cop || phrase.contains($0) || p.upos[$0] == "PUNCT" }),
                  let w = whWord(type, h) else { return nil }
            (wh, subjectSlot) = (w, false)
        } else {
            guard p.heads[h] == root + 1 else { return nil }
            // (A count that opens the answer is half of it: "What has been released since 2005?" → "Six soundtrack releases".)
            let counted = p.upos[answer.lowerBound] == "NUM" && relation(answer.lowerBound) == "nummod"
            if counted, ["nsubj", "obj"].contains(relation(h)) { return nil }
            switch (relation(h), type) {
            // (Not for a bare number as predicate: "What was 3.07?")
            case ("nsubj", _): guard p.upos[root] != "NUM", let w = whWord(type, h) else { return nil }; (wh, subjectSlot) = (w, true)
            case ("obl", .duration):
                guard caseWord == "for" else { return nil }
                (wh, subjectSlot) = ("How long", false)
            case ("obj", _): guard let w = whWord(type, h) else { return nil }; (wh, subjectSlot) = (w, false)
            case ("obl", .date): guard caseWord == "on" || caseWord == "in" else { return nil }; (wh, subjectSlot) = ("When", false)
            case ("obl", .year): guard caseWord == "in" else { return nil }; (wh, subjectSlot) = ("In what year", false)
            case ("obl", .place):
                // (A month read as a place is no place.)
                guard caseWord == "in" || caseWord == "at", !answer.contains(where: { Lexicon.months[lower($0)] != nil }) else { return nil }
                (wh, subjectSlot) = ("Where", false)
            default: return nil
            }
        }
        // A time asked of a clause that keeps another ("… been debated since the beginnings of compulsory education in
        // Massachusetts in 1852?") may belong to that one: the parse hangs both on the verb.
        if wh == "When" || wh == "In what year", children[root].contains(where: { k in
            k != h && relation(k) == "obl" && children[k].contains { relation($0) == "case" && Self.timePrepositions.contains(lower($0)) }
        }) {
            return nil
        }
        // A time after another verb than the main one ("… considered the birthplace of comedy as the troupe evolved into
        // The Second City in 1959") most likely belongs to that nearer verb, however the parse hangs it.
        if wh == "When" || wh == "In what year", phrase.lowerBound > root,
           (root + 1..<phrase.lowerBound).contains(where: { p.upos[$0] == "VERB" }) {
            return nil
        }
        // A phrase taken out of the middle and followed by a comma leaves an apposition or a clause hanging.
        if phrase.upperBound < p.count, p.tokens[phrase.upperBound].form == ",",
           let subject = children[root].first(where: { relation($0) == "nsubj" }), phrase.lowerBound >= subject || subjectSlot {
            return nil
        }
        let agrees = answerText == span(answer)
        let pieces = subjectSlot ? subjectQuestion(wh, phrase, agreement: agrees, knows: knows) : invertedQuestion(wh, phrase, knows: knows)
        guard let pieces, let prompt = text(pieces) else { return nil }
        return ClauseQuestion(prompt: prompt, answer: answerText)
    }

    /// Prepositions that bound a stretch of time ("since the war", "until 1990"): a date beside one may be its end.
    /// ("By", "after" and "during" are as often an agent, a name's origin or the same event's time.)
    static let timePrepositions: Set<String> = ["since", "until", "till", "from"]

    /// "Who" or "What" for a fact of `type` headed by word `h`, asked as a subject, object or predicate, or nil
    /// when the type does not tell. A term for people by its ending (*petrologists*, *historians*) is a "Who".
    func whWord(_ type: FactType, _ h: Int) -> String? {
        switch type {
        case .person, .group: "Who"
        case .term where p.upos[h] == "NOUN" && (["ist", "ists", "ian", "ians", "grapher", "graphers"].contains(where: { lower(h).hasSuffix($0) })
                                                 || Self.peopleNouns.contains(lower(h))): "Who"
        case .organisation, .place, .event, .term, .definition: "What"
        default: nil
        }
    }

    /// "Twelve actors" → ("How many actors", "Twelve"): a number before a plural noun, or nil.
    func howMany(_ answer: Range<Int>, _ h: Int, _ type: FactType) -> (wh: String, answer: String)? {
        guard type == .number || type == .quantity, p.xpos[h] == "NNS", answer.count >= 2, h == answer.upperBound - 1,
              p.heads[answer.lowerBound] == h + 1, relation(answer.lowerBound) == "nummod",
              (answer.lowerBound + 1..<h).allSatisfy({ ["amod", "compound"].contains(relation($0)) && p.upos[$0] != "PROPN" })
        else { return nil }
        return ("How many " + span(answer.lowerBound + 1..<answer.upperBound), p.tokens[answer.lowerBound].form)
    }

    /// Words before the subject that stay: none, or one phrase that moves to the end of the question (words
    /// that only join the sentence to the one before are dropped). Nil when what stands there cannot move.
    func fronted(before start: Int, removed: Range<Int>) -> [Int]? {
        var words = (0..<start).filter { !removed.contains($0) }
        while let w = words.first, Self.connectives.contains(lower(w)) || p.upos[w] == "PUNCT" || relation(w) == "cc" {
            words.removeFirst()
        }
        while let w = words.last, p.upos[w] == "PUNCT" { words.removeLast() }
        guard let first = words.first else { return [] }
        // A phrase that only links the sentence to others ("For example", "Nonetheless") is dropped.
        if Self.linkingPhrases.contains(words.map(lower).joined(separator: " ")) { return [] }
        // Else one phrase of the main verb, whole, that opens with a preposition: it moves to the end. (An
        // adverb alone would change its meaning there; a clause is a clause of its own.)
        guard let top = words.first(where: { p.heads[$0] == root + 1 }), let whole = subtree(top), let range = trimmed(whole),
              range == first..<(words.last! + 1), words.count == range.count,
              ["obl", "nmod"].contains(relation(top)), p.upos[first] == "ADP" else { return nil }
        return words
    }

    /// Phrases that only link a sentence to the others, dropped from a question.
    static let linkingPhrases: Set<String> = [
        "nonetheless", "nevertheless", "consequently", "additionally", "finally", "similarly", "likewise", "accordingly",
        "for example", "for instance", "in particular", "in addition", "as a result", "in fact", "of course",
        "in general", "in contrast", "by contrast", "on the other hand", "in turn", "at the same time",
    ]

    /// The words after `start` to the end of the sentence, without `removed` and the final punctuation.
    func rest(from start: Int, removed: Range<Int>, skipping skip: Set<Int> = []) -> [Int] {
        var words = (start..<p.count).filter { !removed.contains($0) && !skip.contains($0) }
        while let w = words.last, p.upos[w] == "PUNCT" { words.removeLast() }
        return words
    }

    /// "Kishi signed the treaty in 1960." → "Who signed the treaty in 1960?": the subject replaced, the verb made
    /// third person singular where it shows person.
    /// With `agreement`, the verb agrees with *who* or *what*; else (*How many actors*) it stays plural.
    func subjectQuestion(_ wh: String, _ removed: Range<Int>, agreement: Bool, knows: (String) -> Bool) -> [Piece]? {
        let finite = children[root].first { ["aux", "cop"].contains(relation($0)) && $0 >= removed.upperBound } ?? root
        // (A root verb with a subject and no auxiliary is finite even where the tagger says VB: "Chloroplasts carry …".)
        let bare = finite == root && p.xpos[root] == "VB" && !children[root].contains { ["aux", "mark"].contains(relation($0)) }
        guard removed.upperBound <= finite, ["VBD", "VBZ", "VBP", "MD"].contains(p.xpos[finite]) || bare, !hasOwnClause(removed),
              // Only adverbs between the subject and its verb.
              (removed.upperBound..<finite).allSatisfy({ relation($0) == "advmod" }),
              let front = fronted(before: removed.lowerBound, removed: removed) else { return nil }
        var pieces: [Piece] = [.text(wh)]
        for w in rest(from: removed.upperBound, removed: removed) {
            guard w == finite, agreement else {
                pieces.append(.word(w))
                continue
            }
            switch (p.xpos[w], lower(w)) {
            case ("VBD", _), ("VBZ", _), ("MD", _), ("VBP", "are"), ("VBP", "were"): pieces.append(.word(w))
            case ("VBP", "am"): return nil
            case ("VBP", let form), ("VB", let form):
                // "Rhodoplasts synthesize …" → "What synthesizes …?"
                guard let third = VerbBaseForm.thirdPerson(form, knows: knows) else { return nil }
                pieces.append(.text(third))
            default: return nil
            }
        }
        return pieces + moved(front)
    }

    /// Whether words `range` hold a clause of their own: a finite verb, auxiliary or copula that is not in a
    /// relative clause ("an etioplast is a plastid …" read as a subject).
    func hasOwnClause(_ range: Range<Int>) -> Bool {
        range.contains { w in
            guard ["VBD", "VBZ", "VBP", "MD"].contains(p.xpos[w]) || ["cop", "aux"].contains(relation(w)) else { return false }
            var k = w
            while range.contains(k) {
                if relation(k) == "acl" { return false }
                guard p.heads[k] > 0 else { break }
                k = p.heads[k] - 1
            }
            return true
        }
    }

    /// "Japan signed the treaty in 1960." → "When did Japan sign the treaty?": the auxiliary (or *did*) before
    /// the subject, the verb in its base form after *did*.
    func invertedQuestion(_ wh: String, _ removed: Range<Int>, knows: (String) -> Bool) -> [Piece]? {
        guard let subject = children[root].first(where: { relation($0) == "nsubj" }), ["NOUN", "PROPN", "NUM"].contains(p.upos[subject]),
              let whole = subtree(subject), let sp = trimmed(whole),
              sp.upperBound <= root, !sp.overlaps(removed), !hasOwnClause(sp), !Self.pronounSubjects.contains(lower(sp.lowerBound)),
              !Self.pronounSubjects.contains(lower(subject)), !pointsBack(sp, subject),
              let front = fronted(before: sp.lowerBound, removed: removed)
        else { return nil }
        let aux = children[root].first { ["aux", "cop"].contains(relation($0)) && $0 >= sp.upperBound && $0 < root }
        var pieces: [Piece] = [.text(wh)]
        let verb: Piece
        if let aux {
            guard lower(aux) != "to" else { return nil }
            pieces.append(.text(lower(aux)))
            verb = .word(root)
        } else {
            let support: String
            switch p.xpos[root] {
            case "VBD": support = "did"
            case "VBZ": support = "does"
            case "VBP": support = "do"
            default: return nil
            }
            guard p.upos[root] == "VERB", let base = VerbBaseForm.of(p.tokens[root].form, xpos: p.xpos[root], knows: knows) else { return nil }
            pieces.append(.text(support))
            verb = .text(base)
        }
        // The subject, its first letter lower-cased unless it is a name.
        for w in sp {
            if w == sp.lowerBound, !opensName(w, before: sp.upperBound), p.tokens[w].form != "I" {
                pieces.append(.text(lowerFirst(p.tokens[w].form)))
            } else {
                pieces.append(.word(w))
            }
        }
        for w in rest(from: sp.upperBound, removed: removed, skipping: aux.map { [$0] } ?? []) {
            pieces.append(w == root ? verb : .word(w))
        }
        return pieces + moved(front)
    }

    /// Whether subject `sp` (headed by `head`) is "the" and a noun that points back to what the text said before
    /// (*the section*, *the phrase itself*).
    func pointsBack(_ sp: Range<Int>, _ head: Int) -> Bool {
        let words = sp.filter { lower($0) != "itself" && lower($0) != "themselves" }
        return words.count == 2 && lower(words[0]) == "the" && Self.backPointing.contains(lower(head))
    }

    /// Common nouns for people that "Who" asks for ("Preschool teachers may earn …" → "Who may earn …?").
    static let peopleNouns: Set<String> = {
        let singular = ["teacher", "producer", "student", "worker", "official", "researcher", "doctor", "engineer", "architect", "leader",
                        "writer", "author", "player", "resident", "citizen", "immigrant", "settler", "farmer", "miner", "soldier", "officer",
                        "priest", "bishop", "monk", "nurse", "voter", "parent", "adult", "professor", "director", "editor", "investor",
                        "actor", "actress", "senator", "governor", "president", "minister", "founder", "owner", "employee", "member",
                        "graduate", "alumnus", "pupil", "scholar", "king", "queen", "emperor", "judge", "lawyer", "manager", "contractor",
                        "builder", "designer", "missionary", "explorer", "merchant", "trader", "ruler", "chief", "warrior", "child", "person"]
        return Set(singular + singular.map { $0 + "s" } + ["children", "people", "men", "women", "alumni", "actresses", "missionaries",
                                                          "chiefs", "clergy", "staff", "faculty"])
    }()

    /// Nouns of a share of something ("a quarter of", "the majority of").
    static let shares: Set<String> = ["quarter", "quarters", "half", "third", "thirds", "fifth", "fifths", "majority", "minority",
                                      "part", "portion", "share", "fraction", "proportion", "percent", "rest", "remainder", "bulk"]

    /// Nouns that, after "the" and alone, point back to something the text said before.
    static let backPointing: Set<String> = [
        "section", "phrase", "term", "word", "article", "chapter", "passage", "text", "book", "paper", "study",
        "latter", "former", "same", "following", "above", "result", "process", "idea", "concept", "method",
        "approach", "change", "move", "decision", "event", "situation", "problem", "question", "issue", "title",
        "name", "translation", "work", "report", "author", "list", "table", "figure", "quote", "quotation",
    ]

    /// `range` without punctuation at its ends, or nil when nothing else is left. A comma that closes an
    /// apposition opened inside the range stays.
    func trimmed(_ range: Range<Int>) -> Range<Int>? {
        var a = range.lowerBound, b = range.upperBound
        while a < b, p.upos[a] == "PUNCT" { a += 1 }
        while b > a, p.upos[b - 1] == "PUNCT", !(p.tokens[b - 1].form == "," && (a..<(b - 1)).contains { p.tokens[$0].form == "," }) {
            b -= 1
        }
        return a < b ? a..<b : nil
    }

    /// A fronted phrase as it stands at the end of the question, its first letter lower-cased unless a name.
    func moved(_ front: [Int]) -> [Piece] {
        front.enumerated().map { k, w in
            k == 0 && !opensName(w, before: (front.last ?? w) + 1) ? .text(lowerFirst(p.tokens[w].form)) : .word(w)
        }
    }

    /// Whether word `w`, the first of a phrase that ends before `end`, is (the first word of) a name: a proper noun,
    /// or an adjective or noun with a capitalised word after it in the phrase ("Northern Rail", "Greater London").
    func opensName(_ w: Int, before end: Int) -> Bool {
        if p.upos[w] == "PROPN" { return true }
        return ["ADJ", "NOUN"].contains(p.upos[w]) && w + 1 < end && p.tokens[w + 1].form.first?.isUppercase == true
    }

    func lowerFirst(_ s: String) -> String {
        guard let c = s.first, s.count > 1 || c != "I" else { return s }
        // An acronym keeps its capitals.
        if s.dropFirst().contains(where: \.isUppercase) { return s }
        return c.lowercased() + s.dropFirst()
    }

    /// Words `range` as written.
    func span(_ range: Range<Int>) -> String { join(range.map { .word($0) }) }

    /// The pieces as a question: words that touch in the sentence still touch; a question mark at the end.
    func text(_ pieces: [Piece]) -> String? {
        guard pieces.count >= 3 else { return nil }
        // No stray comma at the end or two marks in a row.
        var previousPunct = false
        for piece in pieces {
            let punct: Bool
            if case .word(let w) = piece { punct = p.upos[w] == "PUNCT" } else { punct = false }
            if punct && previousPunct { return nil }
            previousPunct = punct
        }
        if case .word(let w) = pieces.last!, p.upos[w] == "PUNCT" { return nil }
        // Nor a conjunction or mark right after the wh-phrase ("What and algal cells …"), nor a conjunction before a
        // mark ("and, in …").
        if case .word(let w) = pieces[1], p.upos[w] == "PUNCT" || p.upos[w] == "CCONJ" { return nil }
        for (x, y) in zip(pieces, pieces.dropFirst()) {
            if case .word(let a) = x, case .word(let b) = y, p.upos[a] == "CCONJ", p.upos[b] == "PUNCT" { return nil }
        }
        // Nor a pronoun or a "this X" that points outside it.
        for case .word(let w) in pieces where Self.pointing.contains(lower(w)) && ["PRP", "DT"].contains(p.xpos[w])
            && (p.upos[w] == "PRON" || relation(w) == "det") {
            return nil
        }
        return join(pieces) + "?"
    }

    func join(_ pieces: [Piece]) -> String {
        var out = ""
        var previous: Int?
        for piece in pieces {
            switch piece {
            case .text(let t):
                if !out.isEmpty { out += " " }
                out += t
                previous = nil
            case .word(let w):
                let touches = previous.map { $0 + 1 == w && p.tokens[$0].end == p.tokens[w].start } ?? false
                let attaches = p.tokens[w].form == "," || p.tokens[w].form == "'s" || p.tokens[w].form == "n't"
                if !out.isEmpty && !touches && !attaches { out += " " }
                out += p.tokens[w].form
                previous = w
            }
        }
        return out
    }
}
