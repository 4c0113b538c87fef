import Foundation

/// Builds a deck from an essay: text → sentences → facts → ranked cards. Pure and deterministic.
public struct DeckBuilder: Sendable {
    /// How a deck is built.
    public struct Options: Sendable {
        public var title: String?
        /// The source path written into the deck (relative to the deck file).
        public var sourcePath: String?
        /// Cards kept at most (the best by score); nil keeps every card above `minimumScore`.
        public var maxCards: Int?
        /// Primary facts kept per sentence at most.
        public var factsPerSentence: Int
        /// Facts scoring lower make no card, except a paragraph's best (every paragraph is covered).
        public var minimumScore: Double
        /// Which few cards to keep (`CardSelection`); nil keeps every card made, ranked (`quiz build --all`).
        public var restraint: Restraint?
        public init(title: String? = nil, sourcePath: String? = nil, maxCards: Int? = nil, factsPerSentence: Int = 6,
                    minimumScore: Double = 0.1, restraint: Restraint? = nil) {
            self.restraint = restraint
            self.title = title
            self.sourcePath = sourcePath
            self.maxCards = maxCards
            self.factsPerSentence = factsPerSentence
            self.minimumScore = minimumScore
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
        /// The score before its paragraph is taken into account: what the score floor is compared with.
        var ownScore = 0.0
    }


    /// What the card pass needs of the whole essay.
    struct Context: Sendable {
        var sentences: [EssaySentence]
        var facts: [[FactSpan]]
        var frequency: WordCounts
        /// How often each pair of adjacent content words appears.
        var pairs: PairCounts
        /// The essay's title, and its words.
        var title: String
        var topic: WordCounts
        var distractors: Distractors
        var cited: Set<String>
        var references: [(entry: ReferenceParser.Entry, line: Int)]
    }

    /// Builds the deck; `progress` is told how far it got (0-1), for a progress bar.
    public func build(_ text: String, progress: (Double) -> Void = { _ in }) -> Result {
        var made: [Card] = []
        var title = ""
        let warnings = stream(text, progress: progress, begin: { title = $0 }, emit: { made += $0 })
        var kept = made
        if let max = options.maxCards, kept.count > max {
            // The best by score (earliest first among equals), then back in text order.
            kept = kept.enumerated().sorted { ($0.element.score ?? 0, -$0.offset) > ($1.element.score ?? 0, -$1.offset) }
                .prefix(max).sorted { $0.offset < $1.offset }.map(\.element)
        }
        return Result(deck: Deck(title: title, source: options.sourcePath, cards: kept), warnings: warnings)
    }

    /// Builds the deck a little at a time: `begin` gets the title, then `emit` gets the cards in text order,
    /// a batch at a time, so that a large deck can be written as it is made. Returns the warnings.
    /// (`maxCards` is not applied here: it needs every card; `build` applies it.)
    public func stream(_ text: String, progress: (Double) -> Void = { _ in }, begin: (String) -> Void, emit: ([Card]) -> Void) -> [String] {
        stream(text, progress: progress, begin: begin) { batch in emit(batch.cards) }
    }

    /// The cards made in batches; `emit` gets each finished batch.
    func stream(_ text: String, progress: (Double) -> Void, begin: (String) -> Void, emit: (MadeBatch) -> Void) -> [String] {
        var context = analyse(text, progress: progress, begin: begin)
        // Three wrong choices, from six picked: a choice that stands in the sentence is left out.
        let memo = DistractorMemo(context.distractors, count: 6)
        var state = EmitState(expectedCards: 6 * context.sentences.count)
        let sentences = context.sentences
        let chunks = Self.chunks(sentences, size: 256)
        // Each chunk's facts go with the work that makes its cards, and are freed there, on every core, once its
        // cards are made (freed at the end, all at once, they had kept one core busy for a tenth of a second).
        var chunkFacts = chunks.map { Array(context.facts[$0]) }
        context.facts = []
        let width = Parallel.width * 2
        let batches = stride(from: 0, to: chunks.count, by: width).map { $0..<min(chunks.count, $0 + width) }
        func make(_ batch: Range<Int>) -> Parallel.Future<[MadeBatch]> {
            let ranges = Array(chunks[batch])
            var taken: [[[FactSpan]]] = []
            for k in batch { taken.append([]); swap(&taken[taken.count - 1], &chunkFacts[k]) }
            let facts = taken
            return Parallel.Future { [context] in
                Parallel.map(over: 0..<ranges.count, chunk: 1) { n in
                    MadeBatch(self.cards(for: ranges[n.lowerBound], facts[n.lowerBound], context, memo))
                }
            }
        }
        func finish(_ part: inout MadeBatch) {
            state.finish(&part)
            if part.count > 0 { emit(part) }
        }
        // While one batch's cards are finished and handed out here, the next two are being made (two, so that
        // the cores never wait for the last chunk of a batch).
        var ahead = batches.prefix(2).map(make)
        for (n, batch) in batches.enumerated() {
            var parts = ahead.removeFirst().wait()
            if n + 2 < batches.count { ahead.append(make(batches[n + 2])) }
            // (Finished in place: a copy of a part would share its cards, and changing them would copy them all.)
            for k in parts.indices { finish(&parts[k]) }
            progress(0.6 + 0.35 * Double(chunks[batch.upperBound - 1].upperBound) / Double(max(1, sentences.count)))
        }
        if options.restraint == nil {
            var references = MadeBatch(referenceCards(context))
            finish(&references)
        }
        progress(1)
        return state.count == 0 ? ["no facts found: the deck has no cards"] : []
    }

    /// Consecutive ranges of about `size` sentences that end where a paragraph ends (a paragraph's cards are
    /// ranked together), so that they can be made in parallel; a paragraph of more than 4 × `size` sentences
    /// is cut.
    static func chunks(_ sentences: [EssaySentence], size: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in sentences.indices where i > start {
            let full = i - start >= size
            if full && sentences[i].block != sentences[i - 1].block || i - start >= 4 * size {
                out.append(start..<i)
                start = i
            }
        }
        if start < sentences.count { out.append(start..<sentences.count) }
        return out
    }

    /// The passes over the whole essay: sentences, what words are names, facts, distractor pools.
    func analyse(_ text: String, progress: (Double) -> Void, begin: (String) -> Void) -> Context {
        var sentences: [EssaySentence] = []
        var references: [(entry: ReferenceParser.Entry, line: Int)] = []
        var named: String?
        do {
            let document = TextDocument(text)
            named = options.title ?? document.title
            let blocks = document.blocks
            // Paragraphs are split into sentences on every core; they are then taken in order.
            let read = Parallel.map(over: 0..<blocks.count, chunk: 512) { range in
                var sentences: [EssaySentence] = [], references: [(entry: ReferenceParser.Entry, line: Int)] = []
                for b in range {
                    let block = blocks[b]
                    switch block.kind {
                    case .heading: continue
                    case .reference:
                        references += ReferenceParser.entries(in: block.text).map { ($0, block.line) }
                    case .paragraph, .listItem:
                        let split = SentenceSplitter.split(block.text)
                        for (n, s) in split.enumerated() {
                            // No card comes from a "sentence" of thousands of characters (a run-on line, a table).
                            guard s.text.utf8.count <= Self.longestSentence else { continue }
                            sentences.append(EssaySentence(text: s.text, line: block.line, block: b, index: n,
                                                           place: Double(n) / Double(max(1, split.count))))
                        }
                    }
                }
                return (sentences, references)
            }
            sentences.reserveCapacity(read.reduce(0) { $0 + $1.0.count })
            for part in read {
                sentences += part.0
                references += part.1
            }
        }
        // (A deck's title is never empty: the deck format requires one.)
        if named?.trimmingWhitespace().isEmpty == true { named = nil }
        let title = named ?? "Untitled"
        begin(title)
        progress(0.15)
        // Which words are names, how often each content word appears, and the facts: one pass, in parallel chunks.
        // A chunk's facts are found with what the chunk itself shows of names, so each sentence is read once; the
        // few whose opening words the whole essay shows otherwise are read again below.
        // A few chunks are read at a time and their tables added up before the next few, so that the chunks'
        // tables are never all held at once beside every fact.
        let chunks = stride(from: 0, to: sentences.count, by: 2048).map { $0..<min(sentences.count, $0 + 2048) }
        let texts = sentences.map(\.text)
        var finder = FactFinder()
        var frequency = WordCounts()
        var pairs = PairCounts()
        var facts: [[FactSpan]] = [], tokenCounts: [Int] = []
        facts.reserveCapacity(sentences.count)
        tokenCounts.reserveCapacity(sentences.count)
        var openings: [(sentence: Int, word: FactFinder.OpeningWord)] = []
        func read(_ group: Int) -> [ChunkRead] {
            let first = group * 2 * Parallel.width
            return Parallel.map(over: Array(chunks[first..<min(chunks.count, first + 2 * Parallel.width)])) { Self.read($0, texts) }
        }
        let groups = (chunks.count + 2 * Parallel.width - 1) / (2 * Parallel.width)
        for g in 0..<groups {
            let learned = read(g)
            // The word counts are added up on two cores: the names and ordinary words on one, the content words
            // and their pairs on the other. (In place, through pointers: a copy held by the other core would make
            // the first addition copy a whole table.)
            withUnsafeMutablePointer(to: &finder) { f in
                withUnsafeMutablePointer(to: &frequency) { c in
                    withUnsafeMutablePointer(to: &pairs) { p in
                        nonisolated(unsafe) let (finder, frequency, pairs) = (f, c, p)
                        _ = Parallel.map(over: [0..<1, 1..<2]) { part in
                            for chunk in learned {
                                if part.lowerBound == 0 {
                                    finder.pointee.names.merge(chunk.names)
                                    finder.pointee.lowercase.merge(chunk.lower)
                                } else {
                                    frequency.pointee.merge(chunk.frequency)
                                    pairs.pointee.merge(chunk.pairs)
                                }
                            }
                        }
                    }
                }
            }
            for chunk in learned {
                tokenCounts += chunk.counts
                facts += chunk.facts
                openings += chunk.openings
            }
        }
        for (i, c) in tokenCounts.enumerated() { sentences[i].tokenCount = c }
        progress(0.35)
        // The sentences whose facts depend on words the whole essay shows otherwise than their chunk did.
        var again: [Int] = []
        for (i, w) in openings where !finder.knowsTheSame(w) && again.last != i { again.append(i) }
        let refound = Parallel.map(over: 0..<again.count, chunk: 256) { [finder, again] range in
            range.map { n in finder.facts(in: WordToken.tokenize(texts[again[n]])) }
        }.flatMap { $0 }
        for (n, i) in again.enumerated() { facts[i] = refound[n] }
        progress(0.55)
        var topic = WordCounts()
        let titleTokens = WordToken.tokenize(named ?? "")
        for (k, t) in titleTokens.enumerated() where t.isWord || t.isNumber { topic.add(titleTokens, k) }
        var cited: Set<String> = []
        for (i, list) in facts.enumerated() { for f in list where f.type == .citation { cited.insert(Self.citationText(f.text(in: texts[i]))) } }
        return Context(sentences: sentences, facts: facts, frequency: frequency, pairs: pairs, title: named ?? "", topic: topic,
                       distractors: Distractors(sentences: facts, texts: texts), cited: cited, references: references)
    }

    /// What one chunk of sentences shows: which words are names and which are lower case, how often each
    /// content word appears, each sentence's token count, facts (found with the chunk's own names) and the
    /// opening words those facts depend on.
    typealias ChunkRead = (names: WordCounts, lower: WordCounts, frequency: WordCounts, pairs: PairCounts, counts: [Int], facts: [[FactSpan]],
                           openings: [(sentence: Int, word: FactFinder.OpeningWord)])

    /// Reads sentences `range` of `texts` once: tokens made once serve both the learning and the facts.
    static func read(_ range: Range<Int>, _ texts: [String]) -> ChunkRead {
        // Sized for a chunk's vocabulary at once, so the tables are not grown word by word.
        var names = WordCounts(capacity: range.count), lower = WordCounts(capacity: 4 * range.count), counts: [Int] = []
        var frequency = WordCounts(capacity: 4 * range.count)
        var pairs = PairCounts(capacity: 8 * range.count)
        var tokens: [SentenceTokens] = []
        tokens.reserveCapacity(range.count)
        for i in range {
            let t = WordToken.tokenize(texts[i])
            FactFinder.learn(from: t, names: &names, lowercase: &lower)
            countContent(t, sentence: i, into: &frequency)
            pairs.add(t)
            counts.append(t.count)
            tokens.append(t)
        }
        var local = FactFinder()
        local.names = names
        local.lowercase = lower
        var facts: [[FactSpan]] = [], openings: [(sentence: Int, word: FactFinder.OpeningWord)] = []
        facts.reserveCapacity(range.count)
        for (n, t) in tokens.enumerated() {
            facts.append(local.facts(in: t))
            local.openingWords(t) { openings.append((range.lowerBound + n, $0)) }
        }
        return (names, lower, frequency, pairs, counts, facts, openings)
    }

    /// The cards of a range of whole paragraphs, best fact first within each sentence.
    /// (`facts`: the facts of the range's sentences, in order.)
    func cards(for range: Range<Int>, _ facts: [[FactSpan]], _ context: Context, _ memo: DistractorMemo) -> MadeCards {
        // Sized once for up to eight cards a sentence, so the lists are not grown card by card.
        var made = MadeCards(capacity: 8 * range.count)
        let texts = context.sentences
        // First every sentence's candidates, to know each paragraph's best fact. Per sentence, in three lists side
        // by side: its tokens, the context it needs, its chosen facts.
        var built: [TokenizedSentence] = [], contexts: [String?] = [], planned: [[Candidate]] = []
        built.reserveCapacity(range.count)
        contexts.reserveCapacity(range.count)
        planned.reserveCapacity(range.count)
        for i in range {
            let st = texts[i]
            let s = TokenizedSentence(text: st.text, line: st.line, block: st.block, index: st.index, place: st.place)
            let previous = i > 0 && texts[i - 1].block == st.block && texts[i - 1].tokenCount <= 45 ? texts[i - 1].text : nil
            var chosen: [Candidate] = []
            let pointsBack = needsContext(s)
            if let base = sentenceQuality(s) {
                var quality = base
                // A pronoun whose referent is not at hand makes a vaguer card.
                if pointsBack && previous == nil { quality *= 0.8 }
                chosen = candidates(s, i, facts[i - range.lowerBound], quality: quality, context)
            }
            built.append(s)
            contexts.append(pointsBack ? previous : nil)
            planned.append(chosen)
        }
        // Within a paragraph, an answer nearly the same as a better fact's ranks lower (interference); the
        // paragraph's best sentence keeps its best fact whatever the floor.
        var best = Set<Int>()
        var start = 0
        while start < planned.count {
            var end = start + 1
            while end < planned.count, built[end].block == built[start].block { end += 1 }
            Self.lowerNearDuplicates(built[start..<end], &planned[start..<end], penalty: Self.nearDuplicatePenalty)
            var top: (score: Double, n: Int)?
            for n in start..<end { if let c = planned[n].first, c.score > top?.score ?? -1 { top = (c.score, n) } }
            if let top { best.insert(top.n) }
            start = end
        }
        if let restraint = options.restraint {
            return restrainedCards(built, planned, contexts, facts, context, memo, restraint)
        }
        for n in planned.indices {
            let i = range.lowerBound + n
            let facts = facts[n]
            for (r, c) in planned[n].enumerated() where c.ownScore >= options.minimumScore || (r == 0 && best.contains(n)) {
                cards(for: c, built[n], facts, context: contexts[n], memo, into: &made)
            }
            // Citations: the card's source, never a blank; and "which source?" cards.
            for c in facts where c.type == .citation {
                if let card = citationCard(built[n], c, context) { made.append(card, Order(sentence: i, token: c.first, form: 4)) }
            }
        }
        return made
    }

    /// The cards of one fact: a question and a cloze (or a cloze alone), a choice and a true/false statement
    /// (with `alternatives`). With the sentence's parse, the question is made from its tree (`ClauseQuestion`;
    /// `knows` tells English words), else from word patterns (`QuestionWriter`).
    func cards(for c: Candidate, _ s: TokenizedSentence, _ facts: [FactSpan], context: String?,
               _ memo: DistractorMemo, parse: ParsedSentence? = nil, knows: (String) -> Bool = { _ in false },
               alternatives: Bool = true, into made: inout MadeCards) {
        let f = c.fact
        let answer = s.span(f.first, f.end)
        let source = SourceRef(line: s.line)
        let tags = f.type.tags
        // (Nearly every sentence has no citation: no array is made for it then.)
        let citations = facts.contains { $0.type == .citation } ? facts.filter { $0.type == .citation } : []
        let order = Order(sentence: c.sentence, token: f.first, form: 0)
        // Every form of a fact has the same digits in its id; only the kind's letter differs.
        let digits = CardID.digits(sentenceHash: s.keyHash, answer: answer)
        let fact = Self.factKey(s, f)
        // The question, when one can be written (never for a sentence that needs the one before it): from the
        // parse tree when there is a parse, else from word patterns. (prompt, answer, hint)
        var question: (String, String, String?)?
        if context == nil {
            if let parse {
                question = ClauseQuestion.make(parse, answer: s.tokens[f.first].start..<s.tokens[f.end - 1].end, type: f.type, knows: knows)
                    .map { ($0.prompt, $0.answer, $0.answer == answer ? f.type.hint(for: answer) : "a number") }
            } else if let count = QuestionWriter.howMany(s, f, citations: citations) {
                question = (count.question, count.answer, "a number")
            } else if let wh = QuestionWriter.whQuestion(s, f, citations: citations) {
                question = (wh, answer, f.type.hint(for: answer))
            }
        }
        if let (prompt, questionAnswer, hint) = question {
            made.append(Card(id: CardID.make(kind: .question, digits: digits), kind: .question, prompt: prompt,
                             answer: questionAnswer, hint: hint, tags: tags, source: source, score: round(c.score), fact: fact), order)
            made.appendCloze(id: CardID.make(kind: .cloze, digits: digits), s, f, context: nil, answer: answer,
                             score: round(c.score * 0.5), fact: fact, Order(sentence: c.sentence, token: f.first, form: 1))
        } else {
            made.appendCloze(id: CardID.make(kind: .cloze, digits: digits), s, f, context: context, answer: answer,
                             score: round(c.score), fact: fact, order)
        }
        // A choice and a true/false statement: for a sentence's best two facts that are not terms or enumerations
        // and need no context.
        guard alternatives, c.round <= 1, f.type != .term, f.type != .enumeration, context == nil else { return }
        // A date whose year stands elsewhere in the sentence ("BSkyB's 2014 acquisition … in November 2014") is found
        // among other dates by its year, and a false one contradicts the sentence: its cloze is the card.
        if f.type == .date, let year = (f.first..<f.end).first(where: { FactFinder.isYear(s.tokens[$0]) }),
           (0..<s.tokens.count).contains(where: { k in
               !(f.first..<f.end).contains(k) && FactFinder.isYear(s.tokens[k]) && s.tokens[k].head == s.tokens[year].head
           }) { return }
        // A distractor that stands elsewhere in the sentence would make a nonsense statement.
        let pool = memo.entries(for: answer, type: f.type)
        var wrong: [String] = []
        wrong.reserveCapacity(3)
        let afterThe = f.first > 0 && s.tokens[f.first - 1].isLower("the")
        for choice in pool where wrong.count < 3 && !ByteSearch.contains(s.lowerBytes, choice.lower) {
            if let fitted = DistractorAgreement.fitted(choice.text, answer: answer, type: f.type, afterThe: afterThe) { wrong.append(fitted) }
        }
        // Too few names said with "the" to stand after it: the gap takes the article ("the collapse of ___":
        // the Soviet Union, China, Russia).
        var gap = f, shown = answer
        if wrong.count < 3, afterThe, DistractorAgreement.checks(answer, type: f.type) {
            gap.first -= 1
            gap.start = s.tokens[gap.first].start
            shown = s.span(gap.first, gap.end)
            wrong = pool.filter { !ByteSearch.contains(s.lowerBytes, $0.lower) }.prefix(3).map { DistractorAgreement.withArticle($0.text) }
        }
        if wrong.count == 3 {
            // A fixed order that does not give the answer away: by a hash of each choice.
            var keyed = wrong.map { (CardID.digitsValue(sentenceHash: s.keyHash, answer: $0), $0) }
            keyed.append((CardID.digitsValue(sentenceHash: s.keyHash, answer: shown), shown))
            keyed.sort { $0.0 < $1.0 }
            let choices = keyed.map(\.1)
            made.appendGapChoice(id: CardID.make(kind: .choice, digits: digits), s, gap, answer: shown, choices: choices,
                                 score: round(c.score * 0.45), fact: fact, Order(sentence: c.sentence, token: f.first, form: 2))
        }
        if let swap = wrong.first {
            // Half the statements are true: the sequential pass decides which (see `EmitState`).
            made.appendTrueFalse(id: CardID.make(kind: .truefalse, digits: digits), s, gap, swap: swap,
                                 score: round(c.score * 0.4), fact: fact, Order(sentence: c.sentence, token: f.first, form: 3))
        }
    }

    /// The key of fact `f` of sentence `s`: `LINE.SENTENCE/START-END` (the paragraph's first line, the sentence's
    /// place in it from 1, and the fact's UTF-8 offsets in the sentence).
    static func factKey(_ s: TokenizedSentence, _ f: FactSpan) -> String {
        "\(sentenceKey(s))/\(s.tokens[f.first].start)-\(s.tokens[f.end - 1].end)"
    }

    /// The part of a fact key that names the sentence: `LINE.SENTENCE`.
    static func sentenceKey(_ s: TokenizedSentence) -> String { "\(s.line).\(s.index + 1)" }

    /// Sentences longer than this (in bytes) are not read for facts.
    static let longestSentence = 2000

    func round(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }

    /// Counts each content word of sentence `sentence` once (how many sentences each appears in).
    static func countContent(_ tokens: SentenceTokens, sentence: Int, into f: inout WordCounts) {
        for (k, t) in tokens.enumerated() where t.isWord && !t.isFunctionWord { f.add(tokens, k, sentence: sentence) }
    }
}
