/// Builds a deck from an essay: text → sentences → facts → ranked cards. Pure and deterministic.
public struct DeckBuilder: Sendable {
    /// How a deck is built.
    public struct Options: Sendable {
        public var title: String?
        /// The source path written into the deck (relative to the deck file).
        public var sourcePath: String?
        /// Cards kept at most (the best by score); nil keeps every card above the threshold.
        public var maxCards: Int?
        /// Primary facts kept per sentence at most.
        public var factsPerSentence: Int
        public init(title: String? = nil, sourcePath: String? = nil, maxCards: Int? = nil, factsPerSentence: Int = 6) {
            self.title = title
            self.sourcePath = sourcePath
            self.maxCards = maxCards
            self.factsPerSentence = factsPerSentence
        }
    }

    /// A built deck and what the author should know about it.
    public struct Result: Sendable {
        public var deck: Deck
        public var warnings: [String]
    }

    public let options: Options
    public init(options: Options = Options()) { self.options = options }

    /// One fact chosen for a card, with what it needs to be written.
    struct Candidate {
        var sentence: Int
        var fact: FactSpan
        var quality: Double
        var round = 0
        var score = 0.0
    }

    /// Builds the deck; `progress` is told how far it got (0-1), for a progress bar.
    public func build(_ text: String, progress: (Double) -> Void = { _ in }) -> Result {
        let document = TextDocument(text)
        var sentences: [BuiltSentence] = []
        var references: [(entry: ReferenceParser.Entry, line: Int)] = []
        for (b, block) in document.blocks.enumerated() {
            switch block.kind {
            case .heading: continue
            case .reference:
                references += ReferenceParser.entries(in: block.text).map { ($0, block.line) }
            case .paragraph, .listItem:
                let split = SentenceSplitter.split(block.text)
                for (n, s) in split.enumerated() {
                    // No card comes from a "sentence" of thousands of characters (a run-on line, a table).
                    guard s.text.utf8.count <= Self.longestSentence else { continue }
                    var sentence = BuiltSentence(text: s.text, line: block.line, block: b, index: n)
                    sentence.place = Double(n) / Double(max(1, split.count))
                    sentences.append(sentence)
                }
            }
        }
        progress(0.2)
        let finder = FactFinder.learning(from: sentences.map(\.tokens))
        var facts: [[FactSpan]] = []
        facts.reserveCapacity(sentences.count)
        for (i, s) in sentences.enumerated() {
            facts.append(finder.facts(in: s.tokens))
            if i % 2000 == 0 { progress(0.2 + 0.6 * Double(i) / Double(max(1, sentences.count))) }
        }
        let frequency = Self.contentFrequency(sentences)
        let topic = Set(WordToken.tokenize(options.title ?? document.title ?? "").filter { $0.isWord || $0.isNumber }.map(\.lower))
        let distractors = Distractors(facts: facts.flatMap { $0 })
        var candidates: [Candidate] = []
        for (i, s) in sentences.enumerated() {
            guard var base = sentenceQuality(s, frequency: frequency) else { continue }
            // A pronoun whose referent is not at hand makes a vaguer card.
            if needsContext(s) && previousSentence(sentences, i) == nil { base *= 0.8 }
            var mine: [Candidate] = []
            for f in facts[i] where f.type != .citation {
                guard var q = factQuality(f, in: s, facts: facts[i], frequency: frequency) else { continue }
                // The essay's topic itself is a trivial answer: the question would give it away.
                let words = Set(s.tokens[f.first..<f.end].filter { $0.isWord || $0.isNumber }.map(\.lower))
                if !topic.isEmpty, !words.isEmpty, words.isSubset(of: topic) { q -= 0.15 }
                let mentions = words.map { frequency[$0] ?? 0 }.min() ?? 0
                if f.type.isName, mentions >= 8 { q -= 0.05 }
                mine.append(Candidate(sentence: i, fact: f, quality: q * base))
            }
            mine.sort { ($0.quality, -$0.fact.first) > ($1.quality, -$1.fact.first) }
            var chosen: [Candidate] = []
            for var c in mine where chosen.count < options.factsPerSentence {
                // Overlapping spans ask nearly the same thing twice: the second ranks lower, or goes if nested.
                if let o = chosen.first(where: { c.fact.first < $0.fact.end && $0.fact.first < c.fact.end }) {
                    let nested = (c.fact.first >= o.fact.first && c.fact.end <= o.fact.end) || (o.fact.first >= c.fact.first && o.fact.end <= c.fact.end)
                    if nested && AnswerNormalizer.normalize(c.fact.text).split(separator: " ").count <= 1 { continue }
                    c.quality -= Self.overlapPenalty
                }
                chosen.append(c)
            }
            chosen.sort { $0.quality > $1.quality }
            for (r, var c) in chosen.enumerated() {
                c.round = r
                // No penalty for a sentence's second fact: measured, strict round-robin over sentences cost recall.
                c.score = max(0.01, min(0.99, c.quality))
                candidates.append(c)
            }
        }
        var cards: [(card: Card, order: (Int, Int, Int))] = []
        var seenIDs: Set<String> = []
        func emit(_ card: Card, _ order: (Int, Int, Int)) {
            var c = card
            var id = c.id, n = 2
            while seenIDs.contains(id) { id = "\(c.id)-\(n)"; n += 1 }
            c.id = id
            seenIDs.insert(id)
            cards.append((c, order))
        }
        var tfCount = 0
        // The same answer of the same type gets the same distractors: look them up once.
        var distractorCache: [DistractorKey: [Distractors.Entry]] = [:]
        for c in candidates {
            let s = sentences[c.sentence]
            let f = c.fact
            let answer = s.span(f.first, f.end)
            let context = needsContext(s) ? previousSentence(sentences, c.sentence) : nil
            let source = SourceRef(line: s.line)
            let tags = [f.type.rawValue]
            let citations = facts[c.sentence].filter { $0.type == .citation }
            let order = (c.sentence, f.first, 0)
            if context == nil, let question = QuestionWriter.whQuestion(s, f, citations: citations) {
                emit(Card(id: CardID.make(kind: .question, sentenceKey: s.key, answer: answer), kind: .question,
                          prompt: question, answer: answer, hint: f.type.hint, tags: tags, source: source, score: round(c.score)), order)
                emit(Card(id: CardID.make(kind: .cloze, sentenceKey: s.key, answer: answer), kind: .cloze,
                          prompt: QuestionWriter.cloze(s, f, context: nil), answer: answer, hint: f.type.hint, tags: tags,
                          source: source, score: round(c.score * 0.5)), (c.sentence, f.first, 1))
            } else {
                emit(Card(id: CardID.make(kind: .cloze, sentenceKey: s.key, answer: answer), kind: .cloze,
                          prompt: QuestionWriter.cloze(s, f, context: context), answer: answer, hint: f.type.hint, tags: tags,
                          source: source, score: round(c.score)), order)
            }
            guard c.round <= 1, f.type != .term || f.end - f.first <= 3 else { continue }
            // A distractor that stands elsewhere in the sentence would make a nonsense statement.
            let sentenceLower = Array(s.text.lowercased().utf8)
            let cacheKey = DistractorKey(type: f.type, answer: answer)
            let pool = distractorCache[cacheKey] ?? distractors.entries(for: answer, type: f.type, count: 6)
            distractorCache[cacheKey] = pool
            let wrong = pool.filter { !ByteSearch.contains(sentenceLower, $0.lower) }.prefix(3).map(\.text)
            if wrong.count == 3, context == nil, f.type != .term {
                let prompt = QuestionWriter.replacing(s, f, with: "___")
                // A fixed order that does not give the answer away: by a hash of each choice.
                let choices = (wrong + [answer]).map { (CardID.make(kind: .choice, sentenceKey: s.key, answer: $0), $0) }
                    .sorted { $0.0 < $1.0 }.map(\.1)
                emit(Card(id: CardID.make(kind: .choice, sentenceKey: s.key, answer: answer), kind: .choice,
                          prompt: "Fill the gap: “\(prompt)”", answer: answer, choices: choices, tags: tags, source: source,
                          score: round(c.score * 0.45)), (c.sentence, f.first, 2))
            }
            if let swap = wrong.first, context == nil, f.type != .term {
                let id = CardID.make(kind: .truefalse, sentenceKey: s.key, answer: answer)
                let isTrue = tfCount % 2 == 0
                tfCount += 1
                let statement = isTrue ? s.text : QuestionWriter.replacing(s, f, with: swap)
                emit(Card(id: id, kind: .truefalse, prompt: statement, answer: isTrue ? "true" : "false", tags: tags,
                          source: source, score: round(c.score * 0.4)), (c.sentence, f.first, 3))
            }
        }
        // Citations: the card's source, never a blank; and "which source?" cards.
        let cited = Set(facts.flatMap { $0 }.filter { $0.type == .citation }.map { Self.citationText($0.text) })
        for (i, s) in sentences.enumerated() {
            for c in facts[i] where c.type == .citation {
                guard let question = QuestionWriter.citationQuestion(s, c) else { continue }
                // Choices name author and year only ("Packard, 2010"), so pages do not give the answer away.
                let answer = Self.authorYear(Self.citationText(c.text))
                let candidates = cited.map(Self.authorYear) + references.map { "\($0.entry.surname), \($0.entry.year)" }
                var others: [String] = []
                for o in candidates.sorted() where Self.citationAuthorYear(o) != Self.citationAuthorYear(answer) && !others.contains(o) { others.append(o) }
                let source = SourceRef(line: s.line)
                if others.count >= 2 {
                    var choices = Array(others.prefix(3)) + [answer]
                    choices.sort()
                    emit(Card(id: CardID.make(kind: .choice, sentenceKey: s.key, answer: answer), kind: .choice, prompt: question,
                              answer: answer, choices: choices, tags: ["citation"], source: source, score: 0.5), (i, c.first, 4))
                } else {
                    emit(Card(id: CardID.make(kind: .question, sentenceKey: s.key, answer: answer), kind: .question, prompt: question,
                              answer: answer, hint: "a source (author, year)", tags: ["citation"], source: source, score: 0.5), (i, c.first, 4))
                }
            }
        }
        // The reference list yields its own cards.
        for (n, r) in references.enumerated() where !r.entry.title.isEmpty {
            let order = (sentences.count + n, 0, 0)
            let source = SourceRef(line: r.line)
            let others = references.map(\.entry.authors).filter { $0 != r.entry.authors }
            let prompt = "Who wrote “\(r.entry.title)” (\(r.entry.year))?"
            if others.count >= 2 {
                var choices = Array(others.prefix(3)) + [r.entry.authors]
                choices.sort()
                emit(Card(id: CardID.make(kind: .choice, sentence: r.entry.text, answer: r.entry.authors), kind: .choice,
                          prompt: prompt, answer: r.entry.authors, choices: choices, tags: ["reference"], source: source, score: 0.45), order)
            } else {
                emit(Card(id: CardID.make(kind: .question, sentence: r.entry.text, answer: r.entry.authors), kind: .question,
                          prompt: prompt, answer: r.entry.authors, accepted: [r.entry.surname], hint: "a person",
                          tags: ["reference"], source: source, score: 0.45), order)
            }
            let stop = r.entry.title.last.map { ".?!".contains($0) } ?? false ? "" : "."
            let yearText = ClozeText.escape(r.entry.authors) + " ({{" + r.entry.year + "}}). " + ClozeText.escape(r.entry.title) + stop
            emit(Card.cloze(id: CardID.make(kind: .cloze, sentence: r.entry.text, answer: r.entry.year), text: yearText,
                            hint: "a year", tags: ["reference"], source: source, score: 0.4), (order.0, 1, 0))
        }
        progress(0.95)
        var kept = cards
        if let max = options.maxCards, kept.count > max {
            kept = Array(kept.enumerated().sorted { ($0.element.card.score ?? 0, -$0.offset) > ($1.element.card.score ?? 0, -$1.offset) }
                .prefix(max).map(\.element))
        }
        kept.sort { $0.order < $1.order }
        var warnings: [String] = []
        if kept.isEmpty { warnings.append("no facts found: the deck has no cards") }
        let title = options.title ?? document.title ?? "Untitled"
        return Result(deck: Deck(title: title, source: options.sourcePath, cards: kept.map(\.card)), warnings: warnings)
    }

    /// What distractors are looked up by.
    struct DistractorKey: Hashable {
        var type: FactType
        var answer: String
    }

    /// Sentences longer than this (in bytes) are not read for facts.
    static let longestSentence = 2000

    /// How much a span overlapping a better one loses.
    static let overlapPenalty = 0.083

    func round(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }

    /// "(Packard, 2010, 94-95)" → "Packard, 2010, 94-95"
    static func citationText(_ text: String) -> String {
        String(text.dropFirst().dropLast()).trimmingWhitespace()
    }

    /// "Packard, 2010, 94-95" → "Packard, 2010"
    static func authorYear(_ text: String) -> String {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard words.count >= 2 else { return text }
        return "\(words[0]), \(words[1])"
    }

    /// "Packard, 2010, 94-95" and "Packard 2010, 98-99" → "packard 2010"
    static func citationAuthorYear(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.prefix(2).joined(separator: " ")
    }

    /// How many sentences each content word appears in.
    static func contentFrequency(_ sentences: [BuiltSentence]) -> [String: Int] {
        var f: [String: Int] = [:]
        for s in sentences {
            for w in Set(s.tokens.filter { $0.isWord && !Lexicon.isFunctionWord($0.lower) }.map(\.lower)) { f[w, default: 0] += 1 }
        }
        return f
    }

    /// Whether the sentence opens on a pronoun or demonstrative that points back.
    func needsContext(_ s: BuiltSentence) -> Bool {
        guard let first = s.tokens.first(where: \.isWord) else { return false }
        return ["it", "this", "these", "they", "he", "she", "its", "their", "such", "those", "his", "her"].contains(first.lower)
            && !(first.lower == "it" && s.tokens.count > 2 && ["is", "was"].contains(s.tokens[1].lower) && s.tokens.contains { $0.lower == "that" || $0.lower == "to" })
    }

    func previousSentence(_ sentences: [BuiltSentence], _ i: Int) -> String? {
        guard i > 0, sentences[i - 1].block == sentences[i].block, sentences[i - 1].tokens.count <= 45 else { return nil }
        return sentences[i - 1].text
    }

    /// A sentence's worth as a source of facts; nil for hedges, opinions, and too short or long sentences.
    func sentenceQuality(_ s: BuiltSentence, frequency: [String: Int]) -> Double? {
        let lower = s.tokens.prefix(6).map(\.lower).joined(separator: " ")
        if Lexicon.hedges.contains(where: { lower.hasPrefix($0) }) { return nil }
        let words = s.wordCount
        if words < 5 || words > 80 { return nil }
        if s.text.hasSuffix("?") { return nil }
        var q = 1.0
        if words > 45 { q *= 0.85 }
        // Facts early in a paragraph are asked about more (measured: 0.30 at the start, 0.21 at the end).
        q *= 1.12 - 0.3 * s.place
        return q
    }

    /// How good an answer a fact makes (0-1), or nil if it is none.
    func factQuality(_ f: FactSpan, in s: BuiltSentence, facts: [FactSpan], frequency: [String: Int]) -> Double? {
        let t = s.tokens
        let words = t[f.first..<f.end].filter { $0.isWord || $0.isNumber }
        guard !words.isEmpty else { return nil }
        let lowers = words.map(\.lower)
        if lowers.allSatisfy({ Lexicon.vagueAnswers.contains($0) || Lexicon.isFunctionWord($0) }) { return nil }
        if f.end - f.first > 8 { return nil }
        // The answer must not stand elsewhere in the sentence (it would leak into the prompt).
        let width = f.end - f.first
        if t[f.first..<f.end].reduce(0, { $0 + $1.lower.count }) > 3 {
            for start in 0...(t.count - width) where start != f.first {
                var same = true
                for k in 0..<width where t[start + k].lower != t[f.first + k].lower { same = false; break }
                if same { return nil }
            }
        }
        // Priors: how often a fact of this type was a span people chose to ask about (measured on
        // SQuAD-style data with ../shared/tools/qg-eval; see docs/deck-builder.md).
        var q: Double
        switch f.type {
        case .money: q = 0.51
        case .definition: q = 0.53
        case .quantity: q = 0.48
        case .person: q = 0.46
        case .date: q = 0.44
        case .percent: q = 0.41
        case .year, .event: q = 0.36
        case .duration, .decade: q = 0.35
        case .organisation, .entity: q = 0.34
        case .number: q = 0.31
        case .century: q = 0.29
        case .place: q = 0.28
        case .group: q = 0.12
        case .list: q = 0.33
        case .term: q = [0.14, 0.23, 0.27, 0.22][min(3, max(0, words.count - 1))]
        case .citation, .reference: return nil
        }
        let n = words.count
        // Context: what stands before and after the span (measured rates, see docs/deck-builder.md).
        let prev = f.first > 0 ? t[f.first - 1].lower : ""
        let prev2 = f.first > 1 ? t[f.first - 2].lower : ""
        let next = f.end < t.count ? t[f.end].lower : ""
        if Lexicon.prepositions.contains(next) && f.type == .term { q -= 0.06 }
        if f.type.isName && (prev == "," || next == "and" || next == "or") { q -= 0.06 }
        if f.type.isNumeric && Lexicon.determiners.contains(prev) && Lexicon.prepositions.contains(prev2) { q -= 0.1 }
        if Lexicon.prepositions.contains(prev) && (f.type == .term || f.type.isNumeric) { q += 0.03 }
        if f.type.isNumeric && Lexicon.auxiliaries.contains(prev) { q += 0.05 }
        if f.type.isName && Lexicon.determiners.contains(prev) && Lexicon.auxiliaries.contains(prev2) { q += 0.05 }
        if f.type == .term {
            // Content repeated across the text is central.
            let repeated = lowers.filter { (frequency[$0] ?? 0) >= 3 }.count
            q += min(0.08, 0.03 * Double(repeated))
            // Subjects and objects: right after a verb or at the start.
            if f.first > 0, FactFinder.isVerbLike(t[f.first - 1]) || (f.first > 1 && Lexicon.determiners.contains(t[f.first - 1].lower) && FactFinder.isVerbLike(t[f.first - 2])) { q += 0.05 }
            if words.contains(where: \.isCapitalized) { q += 0.03 }
            if lowers.last.map({ Lexicon.vagueAnswers.contains($0) }) == true { q -= 0.15 }
        } else if f.type.isName {
            if f.first == 0 { q -= 0.02 }
            if n >= 2 { q += 0.02 }
        }
        return max(0.05, min(q, 1.0))
    }
}
