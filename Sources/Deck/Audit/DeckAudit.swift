import Foundation

/// Checks cards against the rubric of cards a student can trust (`AuditRule`): each card on its own, reading
/// cloze sentences with the syntax model, then the deck as a whole (crowded sentences, repeated facts).
public struct DeckAudit: Sendable {
    let model: SyntaxModel

    public init(model: SyntaxModel) { self.model = model }

    /// Whether `word` (lower-cased) is everyday English by the model's training data (`EverydayWord`).
    func isEveryday(_ word: String) -> Bool { EverydayWord.isEveryday(word, knows: model.knows) }

    /// Every finding for the deck's cards, in card order; `sourceText`, the text the deck was made from, tells
    /// its misspellings best.
    public func findings(_ deck: Deck, sourceText: String? = nil) -> [AuditFinding] {
        var out: [AuditFinding] = []
        let topic = DeckTopic(title: deck.title)
        for (i, card) in deck.cards.enumerated() {
            out += findings(for: card, topic: topic, parse: model.parse).map { AuditFinding(card: i, rule: $0.rule, message: $0.message) }
        }
        out += Self.deckFindings(deck, sourceText: sourceText)
        return out.enumerated().sorted { ($0.element.card, $0.offset) < ($1.element.card, $1.offset) }.map(\.element)
    }

    /// The findings for one card on its own, in a deck titled `title`.
    public func findings(for card: Card, title: String? = nil) -> [(rule: AuditRule, message: String)] {
        findings(for: card, topic: title.map(DeckTopic.init), parse: model.parse)
    }

    /// The findings for one card on its own, in a deck about `topic`, reading each sentence with `parse`
    /// (which may keep parses made before).
    func findings(for card: Card, topic: DeckTopic?, parse: (String) -> ParsedSentence) -> [(rule: AuditRule, message: String)] {
        var out: [(AuditRule, String)] = []
        let prompt = Self.statement(card.displayPrompt)
        let words = SyntaxTokenizer.tokenize(prompt).map(\.form)
        if let first = words.first, Self.pronouns.contains(first.lowercased()) {
            out.append((.danglingPronoun, "the prompt opens on '\(first)', whose referent is not in the card"))
        } else if let opened = Self.pronounAfterOpening(words) {
            out.append((.danglingPronoun, "the prompt's first clause opens on '\(opened)', whose referent is not in the card"))
        } else if let pointer = Self.demonstrativeOpening(words) {
            out.append((.danglingPronoun, "the prompt's opening phrase points back with '\(pointer)', which the card does not say"))
        } else if let subject = Self.pointingSubject(words) {
            out.append((.danglingPronoun, "the prompt opens on '\(subject)', which points back to what the card does not say"))
        } else if card.kind == .question || card.kind == .choice,
                  let pronoun = words.first(where: { Self.personalPronouns.contains($0.lowercased()) }) {
            out.append((.danglingPronoun, "the question asks about '\(pronoun)', whose referent is not in the card"))
        }
        if let pointer = Self.pointerToWhatFollows(words) {
            out.append((.danglingPronoun, "the prompt points to '\(pointer)' of the text, which the card does not give"))
        }
        // "In what year was Andy Taylor born here?", "Here the English Reformer parted company…": a place the text
        // speaks of, which the card does not name. (Capitalised inside the sentence, it is part of a title: "Start Here".)
        if let at = words.indices.first(where: { i in
            words[i] == "here" || (words[i] == "Here" && (i == 0 || [".", "“", "\""].contains(words[i - 1])))
        }), case let here = words[at] {
            out.append((.danglingPronoun, "the prompt says '\(here)', a place the card does not name"))
        }
        if let voice = Self.authorVoice(words) {
            out.append((.authorVoice, "the prompt speaks in the author's voice ('\(voice)')"))
        }
        // "What are also popular in southern California?": a question that says "also" asks for one thing of
        // several, beside one the text named before.
        if card.kind == .question, let also = words.first(where: { ["also", "too"].contains($0.lowercased()) }) {
            out.append((.vagueAnswer, "the question says '\(also)': its answer is one of several, beside something the card does not say"))
        }
        // "What has improved rapidly in recent years?", "What does the city have?": a question in everyday words with no
        // name or number names nothing particular, and many answers fit it. (Not a definition: "What is an annual
        // meeting of all the officers of the church?")
        if card.kind == .question, let vague = Self.questionInEverydayWords(words, everyday: isEveryday) {
            out.append((.vagueAnswer, "the question '\(vague)' names nothing particular: many answers fit it"))
        }
        // "students in the {{College}}", "acquired later by the {{City}}": the kind of a body alone, capitalised for
        // the one the text means, names no body.
        if card.kind != .truefalse, Self.bodyKinds.contains(card.answer) {
            out.append((.vagueAnswer, "the answer '\(card.answer)' is a kind of body, not its name"))
        }
        // (A choice's gap is read as a cloze's, its answer in the gap.)
        let cloze = card.kind == .cloze ? ClozeText(card.prompt) : card.kind == .choice ? Self.choiceGap(prompt, answer: card.answer) : nil
        let text = cloze?.filled ?? prompt
        if let gap = Self.lostText(text) {
            out.append((.brokenText, "the prompt has a hole where the source lost text ('\(gap)'): a formula or a link left out"))
        } else if card.kind != .question, let start = Self.fragmentStart(text) {
            out.append((.brokenText, "the prompt starts as no sentence does ('\(start)'): a piece of a list or of a sentence cut off"))
        } else if card.kind != .question, Self.closesQuotationOpenedBefore(text) {
            out.append((.brokenText, "the prompt ends a quotation that opens in a sentence before it: whose words they are is not in the card"))
        }
        // A sentence of a hundred words, or one with another before it, is read as a paragraph, not learned as a fact.
        let length = words.count { word in
            guard let first = word.unicodeScalars.first else { return false }
            if first.isASCII { return SyntaxTokenScanner.isASCIILetter(UInt8(first.value)) || SyntaxTokenScanner.isASCIIDigit(UInt8(first.value)) }
            return first.properties.isAlphabetic || first.properties.numericType != nil
        }
        if length > Self.longestPrompt {
            out.append((.longPrompt, "the prompt runs to \(length) words (more than \(Self.longestPrompt)): the fact is lost in it"))
        }
        if Self.endsWithColon(prompt) {
            out.append((.endsWithColon, "the prompt ends on a colon; what it announces is not in the card"))
        }
        if let topic, card.kind != .truefalse, topic.isNamed(by: card.answer) {
            out.append((.answerGivenAway, "the answer '\(card.answer)' is the deck's own subject"))
        } else if let topic, card.kind != .truefalse,
                  topic.isDescribed(by: card.answer, opensSentence: card.kind == .question || Self.gapOpensSentence(prompt),
                                    everyday: isEveryday) {
            out.append((.vagueAnswer, "the answer '\(card.answer)' is the deck's own subject with everyday words about it"))
        }
        if Self.isCitation(card) {
            out.append((.citation, "the card asks for a citation, not a fact of the text"))
        }
        if let cloze {
            out += clozeFindings(cloze, parse: parse)
        } else if card.kind != .truefalse, Self.givesAway(answer: card.answer, in: words) {
            out.append((.answerGivenAway, "the prompt already contains the answer '\(card.answer)'"))
        }
        return out
    }

    /// A choice card's "Fill the gap" sentence as a cloze with its answer in the gap, or nil when it has no gap.
    static func choiceGap(_ statement: String, answer: String) -> ClozeText? {
        guard let gap = statement.range(of: "___"), !answer.contains("{{"), !answer.contains("}}") else { return nil }
        return ClozeText(statement.replacingCharacters(in: gap, with: "{{" + answer + "}}"))
    }

    /// Whether the first gap of `prompt` (`{{…}}` or `___`) opens a sentence, where any word has a capital.
    static func gapOpensSentence(_ prompt: String) -> Bool {
        let bytes = Array(prompt.utf8)
        func find(_ mark: UInt8, _ count: Int) -> Int? {
            bytes.indices.first { i in i + count <= bytes.count && (i..<(i + count)).allSatisfy { bytes[$0] == mark } }
        }
        guard var at = find(UInt8(ascii: "{"), 2) ?? find(UInt8(ascii: "_"), 3) else { return false }
        while at > 0, bytes[at - 1] == UInt8(ascii: " ") { at -= 1 }
        guard at > 0 else { return true }
        // ". ! ? \" ( :" and the closing bytes of “ (E2 80 9C).
        return [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: ":")].contains(bytes[at - 1])
            || (at >= 3 && bytes[(at - 3)..<at].elementsEqual([0xE2, 0x80, 0x9C]))
    }

    /// The sentence of a "Fill the gap: “…”" prompt, or the prompt itself.
    static func statement(_ prompt: String) -> String {
        guard prompt.hasPrefix("Fill the gap: “"), prompt.hasSuffix("”") else { return prompt }
        return String(prompt.dropFirst("Fill the gap: “".count).dropLast())
    }

    // MARK: - Cloze blanks

    /// Each gap of a cloze sentence, read in the parse of the sentence it stands in.
    func clozeFindings(_ cloze: ClozeText, parse: (String) -> ParsedSentence) -> [(AuditRule, String)] {
        var filled = "", gaps: [Range<Int>] = [], rest: [String] = []
        for segment in cloze.segments {
            switch segment {
            case .text(let t): filled += t; rest.append(t)
            case .gap(let g):
                let start = filled.utf8.count
                filled += g
                gaps.append(start..<filled.utf8.count)
            }
        }
        let restWords = SyntaxTokenizer.tokenize(rest.joined(separator: " ")).map(\.form)
        let sentences = SentenceSplitter.split(filled)
        var out: [(AuditRule, String)] = []
        for gap in gaps {
            let answer = String(decoding: Array(filled.utf8)[gap], as: UTF8.self)
            if Self.givesAway(answer: answer, in: restWords) {
                out.append((.answerGivenAway, "the rest of the sentence already contains the answer '\(answer)'"))
            } else if let name = Self.nameSpelling(abbreviation: answer, in: restWords) {
                out.append((.answerGivenAway, "the abbreviation '\(answer)' spells '\(name)', which the sentence names"))
            }
            // The sentence the gap stands in, and the gap's place in it.
            guard let sentence = sentences.first(where: { s in
                let lo = filled.utf8.distance(from: filled.startIndex, to: s.range.lowerBound)
                let hi = filled.utf8.distance(from: filled.startIndex, to: s.range.upperBound)
                return lo <= gap.lowerBound && gap.upperBound <= hi
            }) else {
                out.append((.blankPhrase, "the blank '\(answer)' spans two sentences"))
                continue
            }
            let offset = filled.utf8.distance(from: filled.startIndex, to: sentence.range.lowerBound)
            let local = (gap.lowerBound - offset)..<(gap.upperBound - offset)
            if let problem = BlankCheck(parse: parse(String(filled[sentence.range])), gap: local, everyday: isEveryday).problem {
                out.append((problem.rule, "the blank '\(answer)' \(problem.message)"))
            }
        }
        return out
    }

    // MARK: - Words

    /// Words a prompt cannot open on: pronouns and "this X".
    static let pronouns: Set<String> = ["it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "this", "these", "those",
                                        "neither", "nor"]
    /// The pronoun that opens the first clause after a short opening phrase ("Still, it is …", "In 1960, they …"),
    /// or nil. The opening must be an adverb or start with a preposition (or "As of"): a clause before the comma
    /// may hold the referent ("When rock units are pressed, they …", "Aristotle believed that objects on Earth,
    /// those …"), and an "it" that a "that" or "to" clause follows stands for that clause ("Still, it is clear
    /// that …").
    /// Without a comma, a personal pronoun a few words into a prepositional opening counts too ("In secondary
    /// schools they are taught …").
    static func pronounAfterOpening(_ words: [String]) -> String? {
        guard let first = words.first?.lowercased(), mayOpenOnClause(first) else { return nil }
        // "Even though they were defeated, they did not …": a clause before the subject that speaks of the subject by a
        // pronoun as well. (With a noun after the comma, the pronoun looks ahead to it: "When they landed, the troops …".)
        // (An "it" that stands for a clause after it points nowhere: "Since it is believed that …, it is …".)
        let lead = first == "even" && words.count > 1 ? 1 : 0
        if subordinators.contains(lead == 1 ? words[1].lowercased() : first),
           let comma = words.prefix(2 * openingLength).firstIndex(of: ","), comma + 1 < words.count,
           subjectPronouns.contains(words[comma + 1].lowercased()), !isExpletiveIt(words, comma + 1),
           let early = words.indices[(lead + 1)..<comma].first(where: { subjectPronouns.contains(words[$0].lowercased()) && !isExpletiveIt(words, $0) }) {
            return words[early]
        }
        // A participle's clause has no subject to hold the referent ("Opened in 1850 by Queen Victoria, it was …").
        let participle = isParticiple(first)
        guard participle || openingWords.contains(first) || (first.count > 3 && first.hasSuffix("ly"))
                || (first == "as" && words.count > 1 && words[1].lowercased() == "of") else { return nil }
        let at: Int
        if let comma = words.prefix(participle ? 2 * openingLength : openingLength).firstIndex(of: ",") {
            guard comma + 1 < words.count, pronouns.contains(words[comma + 1].lowercased()) else { return nil }
            at = comma + 1
        } else {
            guard prepositions.contains(first),
                  let found = words.indices.dropFirst(2).prefix(4).first(where: { subjectPronouns.contains(words[$0].lowercased()) }) else { return nil }
            at = found
        }
        return isExpletiveIt(words, at) ? nil : words[at]
    }
    /// Whether word `at` is an "it" that stands for a clause after it ("it is clear that …", "it was not until 1857
    /// that …").
    static func isExpletiveIt(_ words: [String], _ at: Int) -> Bool {
        guard words[at].lowercased() == "it" else { return false }
        let after = words[(at + 1)...].prefix(4).map { $0.lowercased() }
        return after.contains(where: clauseOpeners.contains) || after.starts(with: ["was", "not", "until"]) || after.starts(with: ["is", "not", "until"])
    }
    /// The demonstrative and its noun of time in an opening phrase that starts with a preposition ("Before this
    /// election, …", "In December of that year, …", "After that, …"): when the card's fact held is said in the
    /// sentence before, not in the card. Nil when there is none. ("For this reason, …" leaves the fact standing.)
    static func demonstrativeOpening(_ words: [String]) -> String? {
        let sequence: Set<String> = ["before", "after", "since", "until"]
        guard let first = words.first?.lowercased(), prepositions.contains(first) || sequence.contains(first),
              let comma = words.prefix(openingLength).firstIndex(of: ","),
              let at = words[1..<comma].firstIndex(where: { BlankCheck.demonstratives.contains($0.lowercased()) }) else { return nil }
        if at + 1 == comma { return sequence.contains(first) ? words[at] : nil }
        return timeNouns.contains(words[at + 1].lowercased()) || Lexicon.months[words[at + 1].lowercased()] != nil
            ? words[at...(at + 1)].joined(separator: " ") : nil
    }
    /// The words of a subject that stands for things named before the sentence ("The latter flows west…", "The
    /// other includes…", "Both stations were…", "Other religious groups include…"), or nil. "Both" with the two
    /// things after it ("Both ctenophores and cnidarians…") names them.
    static func pointingSubject(_ words: [String]) -> String? {
        guard words.count > 2 else { return nil }
        let first = words[0].lowercased(), second = words[1].lowercased()
        if first == "the", ["latter", "former", "other"].contains(second) { return words[0...1].joined(separator: " ") }
        // "A third in 2009 featured …", "The second was released …": an ordinal whose noun the text gave before; and
        // "The ones that accept government funds are called …". ("A third of the votes", "The second half", "The
        // one-child policy" keep theirs.)
        let third = words[2].lowercased()
        let nounLeftOut = (prepositions.contains(third) && third != "between") || elidedNounVerbs.contains(third)
        let ordinal = (first == "a" || first == "the") && Lexicon.ordinals.contains(second) && nounLeftOut
        let ones = first == "the" && (second == "one" || second == "ones") && (nounLeftOut || ["that", "who", "which", "whose"].contains(third))
        if ordinal || ones {
            return words[0...1].joined(separator: " ")
        }
        if first == "other", second != "than", second.first.map({ $0.isLetter || $0.isNumber }) == true { return words[0...1].joined(separator: " ") }
        if first == "both", second != "of", !words[1...].prefix(8).contains(where: { ["and", "&"].contains($0.lowercased()) }) {
            return words[0...1].joined(separator: " ")
        }
        return nil
    }
    /// "the following four timelines", "the above table": a phrase that points to what stands beside the
    /// sentence in the text (a list, a figure), or nil. A time after the one the sentence speaks of ("the
    /// following year") is a fact of the sentence.
    static func pointerToWhatFollows(_ words: [String]) -> String? {
        for i in words.indices.dropFirst() where (words[i].utf8.count == 9 || words[i].utf8.count == 5)
            && ["following", "above"].contains(words[i].lowercased())
            && ["the", "these"].contains(words[i - 1].lowercased()) {
            var j = i + 1
            while j < words.count, words[j].allSatisfy(\.isNumber) || Lexicon.numberWords[words[j].lowercased()] != nil { j += 1 }
            guard j < words.count, words[j].first?.isLetter == true else { continue }
            let noun = words[j].lowercased()
            if timeNouns.contains(noun) || timeNouns.contains(String(noun.dropLast())) || Lexicon.months[noun] != nil { continue }
            return words[(i - 1)...j].joined(separator: " ")
        }
        return nil
    }
    /// Kinds of bodies and places, capitalised, that stand for one named elsewhere ("the College").
    static let bodyKinds: Set<String> = ["College", "University", "School", "Church", "Museum", "Company", "Council", "Committee",
                                         "Society", "City", "County", "State", "River", "Library", "Institute", "Board", "Department",
                                         "Commission", "Court", "Corporation", "Foundation", "Assembly", "Conference", "Agency",
                                         "Association", "Academy"]
    /// Nouns of a time or an occasion.
    static let timeNouns: Set<String> = ["time", "times", "year", "years", "period", "month", "week", "day", "decade", "century",
                                         "era", "age", "point", "moment", "date", "season", "election", "war", "stage", "phase"]
    /// The most words an opening phrase before a comma has.
    static let openingLength = 8
    /// Prepositions and adverbs that open a phrase set before a sentence's subject.
    static let openingWords: Set<String> = prepositions.union([
        "still", "however", "moreover", "furthermore", "also", "thus", "therefore", "today", "currently", "then", "later",
        "meanwhile", "nevertheless", "nonetheless", "yet", "indeed", "instead", "hence", "now", "here", "there",
        "otherwise", "again", "first", "second", "third", "finally",
    ])
    /// The prepositions among `openingWords`.
    static let prepositions: Set<String> = [
        "in", "on", "at", "for", "by", "during", "with", "without", "from", "under", "within", "throughout", "among",
        "through", "following", "despite", "unlike", "like", "according", "besides", "beyond", "upon", "over", "across",
        "against", "between", "toward", "towards", "via", "amid",
    ]
    /// The words of a "What" question (`words`, its tokens) when they hold no name, number or word outside everyday
    /// English (`everyday`) and it asks for no definition ("What is a …?"); nil otherwise.
    static func questionInEverydayWords(_ words: [String], everyday: (String) -> Bool) -> String? {
        guard words.first == "What", words.count > 2 else { return nil }
        let rest = words.dropFirst().filter { $0.first?.isLetter == true || $0.first?.isNumber == true }
        if ["is", "are", "was", "were"].contains(words[1]), ["a", "an", "the"].contains(words[2].lowercased()) { return nil }
        guard rest.allSatisfy({ $0.first?.isLowercase == true && everyday($0.lowercased()) }) else { return nil }
        return words.joined(separator: " ").replacingOccurrences(of: " ?", with: "?")
    }
    /// Whether a sentence whose first word is `first` (lower-cased) may open on a phrase or clause before its
    /// subject that `pronounAfterOpening` reads.
    static func mayOpenOnClause(_ first: String) -> Bool {
        openingWords.contains(first) || subordinators.contains(first) || first == "even" || isParticiple(first)
            || (first.count > 3 && first.hasSuffix("ly"))
    }
    /// Whether `word` (lower-cased) looks like a participle ("opened", "having", "built").
    static func isParticiple(_ word: String) -> Bool {
        word.count > 4 && (word.hasSuffix("ed") || word.hasSuffix("ing")) || participleOpenings.contains(word)
    }
    /// The most words `pronounAfterOpening` reads.
    static let openingReach = 2 * openingLength + 2
    /// Words that open a clause set before the main one.
    static let subordinators: Set<String> = ["although", "though", "because", "while", "when", "whenever", "if", "once", "unless",
                                             "whereas", "after", "before", "since", "until", "as"]
    /// Irregular participles that open a clause set before the subject ("Built in 1850, it …").
    static let participleOpenings: Set<String> = ["built", "known", "born", "made", "held", "run", "led", "set", "won", "begun", "written",
                                                  "taken", "given", "seen", "drawn", "grown", "shown", "sold", "bought", "found", "left"]
    /// Verbs that follow a subject whose noun is left out ("The second was …").
    static let elidedNounVerbs: Set<String> = ["is", "was", "are", "were", "has", "had", "followed", "came", "featured", "appeared",
                                               "began", "opened", "took", "saw"]
    /// Personal pronouns that can be a clause's subject.
    static let subjectPronouns: Set<String> = ["it", "they", "he", "she"]
    /// Words that open the clause an expletive "it" stands for.
    static let clauseOpeners: Set<String> = ["that", "to", "whether", "if", "how", "why", "what"]

    /// The opening of `text` when it starts as no sentence does, with a lower-case word (after a list's dash or
    /// bullet, if any): "- who is not registered", "where  is the area". A word with a capital inside ("iPhone",
    /// "pH") is a name.
    static func fragmentStart(_ text: String) -> String? {
        let body = text.drop { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" || $0 == "•" || $0 == "*" }
        let word = body.prefix { $0.isLetter }
        guard let first = word.first, first.isLowercase, !word.contains(where: \.isUppercase) else { return nil }
        return String(text.prefix(text.count - body.count + 20))
    }

    /// Marks after which two spaces are no hole (one ends a sentence or a clause).
    static let punctuationBeforeSpaces: Set<UInt8> = Set(".!?:;,\")]".utf8)

    /// Where `text` shows that the source lost words, as the few characters around the hole, or nil: two spaces
    /// between words (not after a punctuation mark), a comma right before a full stop or another comma, or empty
    /// brackets after a space ("where  is the area", "variables, i.e., .", "the constant ( ) is").
    static func lostText(_ text: String) -> String? {
        let b = Array(text.utf8)
        // The text around bytes `i..<j`, widened to whole characters.
        func around(_ i: Int, _ j: Int) -> String {
            var lo = max(0, i - 12), hi = min(b.count, j + 12)
            while lo > 0, b[lo] & 0xC0 == 0x80 { lo -= 1 }
            while hi < b.count, b[hi] & 0xC0 == 0x80 { hi += 1 }
            return String(decoding: b[lo..<hi], as: UTF8.self)
        }
        func isSpace(_ x: UInt8) -> Bool { x == 0x20 }
        for i in b.indices.dropLast() {
            switch (b[i], b[i + 1]) {
            case (0x20, 0x20):
                // Not after a punctuation mark (closing quotes ” and ’ end in 0x9D and 0x99), and before a word.
                guard let before = b[..<i].lastIndex(where: { !isSpace($0) }), let after = b[(i + 1)...].first(where: { !isSpace($0) }),
                      !Self.punctuationBeforeSpaces.contains(b[before]),
                      !(before >= 2 && b[before - 2] == 0xE2 && b[before - 1] == 0x80 && (b[before] == 0x9D || b[before] == 0x99)),
                      after >= 0x80 || after == UInt8(ascii: "(") || (0x30...0x39).contains(after) || (0x41...0x5A).contains(after)
                          || (0x61...0x7A).contains(after) else { continue }
                return around(i, i + 2)
            case (UInt8(ascii: ","), UInt8(ascii: ".")), (UInt8(ascii: ","), UInt8(ascii: ",")):
                return around(i, i + 2)
            case (UInt8(ascii: "("), _), (UInt8(ascii: "["), _):
                guard i == 0 || isSpace(b[i - 1]), let close = b[(i + 1)...].firstIndex(where: { !isSpace($0) }),
                      b[close] == (b[i] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")) else { continue }
                return around(i, close + 1)
            case (UInt8(ascii: ","), 0x20) where i + 2 < b.count && (b[i + 2] == UInt8(ascii: ".") || b[i + 2] == UInt8(ascii: ",")):
                return around(i, i + 3)
            default: continue
            }
        }
        return nil
    }

    /// Pronouns (not possessives, which often point inside the question) a question cannot use anywhere.
    static let personalPronouns: Set<String> = ["it", "they", "them", "he", "him", "she"]

    /// The first word that speaks in the author's voice, outside quotation marks.
    static func authorVoice(_ words: [String]) -> String? {
        var quoted = false
        for (k, w) in words.enumerated() {
            // (Every word looked for is at most eight bytes long: longer ones are passed over unread.)
            let length = w.utf8.count
            if length <= 3, BlankCheck.quotes.contains(w) { quoted.toggle(); continue }
            // (And each opens on one of the letters c, i, m, n, o, s, u, w and y.)
            guard !quoted, length <= 8, let initial = w.utf8.first, Self.authorInitials.contains(initial | 0x20) else { continue }
            let l = w.lowercased()
            if w == "I" || w == "us" || w == "Us" || authorWords.contains(l) { return w }
            // "For examples, see …", "…, consider a program": the text tells its reader what to do, at the start of
            // a sentence or of a clause. (A reference in brackets, "(see world line)", leaves the sentence's own
            // facts standing; a blank inside one is found with the blanks.)
            if Self.readerVerbs.contains(l), k + 1 < words.count, k == 0 || [",", ";", ":"].contains(words[k - 1]) { return w }
        }
        return nil
    }

    /// Whether `text` closes a quotation it does not open: its first curly quotation mark closes one ("So there are
    /// five of me now.”"), or it ends on a straight one after an odd number of them.
    static func closesQuotationOpenedBefore(_ text: String) -> Bool {
        var straight = 0, endsOnStraight = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "“": return false
            case "”": return true
            case "\"": straight += 1; endsOnStraight = true
            case " ", "\t": break
            default:
                // Spaces other than ASCII's (Unicode's space separators) may follow the last mark too.
                if scalar.isASCII || scalar.properties.generalCategory != .spaceSeparator { endsOnStraight = false }
            }
        }
        return endsOnStraight && straight % 2 == 1
    }

    /// The most words a prompt may have.
    static let longestPrompt = 70

    /// The first letters (lower-cased, in ASCII) of "I", "us", the author's words and the reader's verbs.
    static let authorInitials: [UInt8] = Array("cimnosuwy".utf8)
    /// The words by which an author speaks as themselves or to the reader (lower-cased; "I" and "us" apart).
    static let authorWords: Set<String> = ["we", "our", "ours", "my", "mine", "me", "you", "your", "yours"]

    /// Verbs by which a text tells its reader to look elsewhere or think something over.
    static let readerVerbs: Set<String> = ["see", "consider", "note", "compare", "cf.", "imagine", "suppose"]

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "from", "that", "this", "was", "were", "are", "has", "had", "have", "its", "their",
        "into", "than", "then", "not", "but", "all", "any", "some", "one", "two", "who", "what", "which", "when",
    ]

    /// Whether every content word of `answer` (a number, or a word of three letters or more that is not a
    /// function word) is among `words`.
    static func givesAway(answer: String, in words: [String]) -> Bool {
        let content = SyntaxTokenizer.tokenize(answer).map { $0.form.lowercased() }.filter { w in
            w.contains(where: \.isNumber) || (w.count >= 3 && w.contains(where: \.isLetter) && !stopWords.contains(w))
        }
        guard !content.isEmpty else { return false }
        // (A word of another length is lower-cased only when it is not ASCII: its lower case may be longer or shorter.)
        return content.allSatisfy { c in
            words.contains { w in (w.utf8.count == c.utf8.count || !ByteSearch.isASCII(w)) && w.lowercased() == c }
        }
    }

    /// The name among `words` whose capitalised words' initials spell `abbreviation` (two to six capitals, maybe
    /// with a plural "s"): "saw {{MNF}} move to ESPN" after "debuted Monday Night Football". Nil when there is none.
    static func nameSpelling(abbreviation: String, in words: [String]) -> String? {
        var letters = Array(abbreviation)
        if letters.count >= 3, letters.last == "s" { letters.removeLast() }
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        func isCapitalised(_ w: String) -> Bool { w.first?.isUppercase == true && w.dropFirst().contains(where: \.isLowercase) }
        for start in words.indices where words[start].first == letters[0] && isCapitalised(words[start]) {
            var k = start, matched = 0
            while k < words.count, matched < letters.count {
                if isCapitalised(words[k]), words[k].first == letters[matched] { matched += 1 }
                else if !(matched > 0 && BlankCheck.nameFunctionWords.contains(words[k].lowercased())) { break }
                k += 1
            }
            // (The name ends there: "Monday Night Football" spells MNF, "Monday Night Football Live" does not.)
            if matched == letters.count, k == words.count || !isCapitalised(words[k]) { return words[start..<k].joined(separator: " ") }
        }
        return nil
    }

    /// Whether every content word of `answer` is a word of `title` (see `DeckTopic`).
    static func isTopic(answer: String, title: String) -> Bool { DeckTopic(title: title).isNamed(by: answer) }

    /// Whether the card asks for a citation or a reference-list entry: tagged so by the builder, an answer
    /// shaped like "Packard, 2010", or a prompt that asks for a source.
    static func isCitation(_ card: Card) -> Bool {
        if card.tags.contains(where: { $0 == "citation" || $0 == "reference" }) { return true }
        // (Lower-cased byte by byte: no letter beyond ASCII lower-cases to one of the ASCII letters looked for.)
        let prompt = card.prompt.utf8.map(ByteSearch.lowercased)
        if citationQuestions.contains(where: { ByteSearch.contains(prompt, $0) }) { return true }
        return isAuthorYear(card.answer)
    }

    /// What a prompt that asks for a source says, as UTF-8.
    static let citationQuestions: [[UInt8]] = [Array("which source".utf8), Array("does the essay cite".utf8)]

    /// Whether `prompt`'s last character other than spaces and tabs is a colon.
    static func endsWithColon(_ prompt: String) -> Bool {
        prompt.unicodeScalars.last { $0 != "\t" && $0.properties.generalCategory != .spaceSeparator } == ":"
    }

    /// Whether `text` is shaped like "Packard, 2010", "Packard (2010)", "Packard et al. 2010a, 94-95".
    static func isAuthorYear(_ text: String) -> Bool {
        var rest = Substring(text)
        func take(_ p: (Character) -> Bool) -> Bool {
            guard let c = rest.first, p(c) else { return false }
            rest.removeFirst()
            return true
        }
        func takeText(_ t: String) -> Bool {
            guard rest.hasPrefix(t) else { return false }
            rest.removeFirst(t.count)
            return true
        }
        func isNameLetter(_ c: Character) -> Bool { c.isLetter || "'’-".contains(c) }
        guard take({ $0.isUppercase && $0.isLetter }), take(isNameLetter) else { return false }
        while take(isNameLetter) {}
        _ = takeText(" et al.")
        _ = takeText(",")
        guard takeText(" ") else { return false }
        let opened = take { $0 == "(" || $0 == "[" }
        for _ in 0..<4 { guard take({ $0.isASCII && $0.isNumber }) else { return false } }
        _ = take { $0.isASCII && $0.isLowercase }
        if opened { guard take({ $0 == ")" || $0 == "]" }) else { return false } }
        if takeText(",") {
            _ = takeText(" ")
            guard take({ ($0.isASCII && $0.isNumber) || $0 == "-" || $0 == "–" }) else { return false }
            while take({ ($0.isASCII && $0.isNumber) || $0 == "-" || $0 == "–" }) {}
        }
        return rest.isEmpty
    }

    // MARK: - The deck as a whole

    /// Cards beyond two on one source sentence, and cards that ask for the same answer from the same sentence.
    /// A card's sentence is the one its fact key names, or else its source line.
    static func deckFindings(_ deck: Deck, sourceText: String? = nil) -> [AuditFinding] {
        var out: [AuditFinding] = []
        // How often the source (or else each card) uses each word: a rarer spelling one edit from a commoner one
        // is a misspelling. (Counted over cards, which repeat a sentence as context, a spelling needs three uses
        // and twice the other's to count as the right one.)
        var uses: [String: Int] = [:]
        func count(_ text: String) { for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) { uses[String(word), default: 0] += 1 } }
        if let sourceText { count(sourceText) } else {
            for card in deck.cards {
                let text = (card.kind == .cloze ? ClozeText(card.prompt).filled : card.prompt) + " " + card.answer
                for word in Set(text.lowercased().split(whereSeparator: { !$0.isLetter })) { uses[String(word), default: 0] += 1 }
            }
        }
        func usesOf(_ word: String) -> Int {
            let n = uses[word] ?? 0
            return sourceText != nil || n >= 3 ? n : 0
        }
        for (i, card) in deck.cards.enumerated() where card.kind != .truefalse {
            guard let fixed = SourceSpelling.corrected(card.answer, count: usesOf),
                  !card.accepted.contains(where: { $0.lowercased() == fixed.lowercased() }) else { continue }
            out.append(AuditFinding(card: i, rule: .sourceSpelling,
                                    message: "the answer '\(card.answer)' looks misspelled ('\(fixed)' elsewhere in the deck): accept both forms"))
        }
        var perLine: [String: Int] = [:]
        var asked: [String: String] = [:]
        for (i, card) in deck.cards.enumerated() {
            guard let source = card.source else { continue }
            let place = "\(source.file ?? ""):" + (card.sentenceKey.map { "s" + $0 } ?? "\(source.line)")
            perLine[place, default: 0] += 1
            if perLine[place]! > 2 {
                let which = card.sentenceKey.map { "sentence \($0) (fact key)" } ?? "source line \(source.line)"
                out.append(AuditFinding(card: i, rule: .crowdedSentence, message: "card \(perLine[place]!) on \(which) (at most two per sentence)"))
            }
            guard card.kind != .truefalse else { continue }
            let fact = place + "|" + card.answer.lowercased()
            if let first = asked[fact] {
                out.append(AuditFinding(card: i, rule: .repeatedFact, message: "asks for '\(card.answer)' from the same sentence as card \(first)"))
            } else {
                asked[fact] = card.id
            }
        }
        return out
    }
}
