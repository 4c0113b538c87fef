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


    /// A sentence as the passes over the essay keep it between them (tokens are made again when needed,
    /// so a large essay is never held as tokens all at once).
    struct SentenceText: Sendable {
        var text: String
        var line: Int
        var block: Int
        var index: Int
        var place: Double
        var tokenCount = 0
    }

    /// What the card pass needs of the whole essay.
    struct Context: Sendable {
        var sentences: [SentenceText]
        var facts: [[FactSpan]]
        var frequency: WordCounts
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
    static func chunks(_ sentences: [SentenceText], size: Int) -> [Range<Int>] {
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
        var sentences: [SentenceText] = []
        var references: [(entry: ReferenceParser.Entry, line: Int)] = []
        var named: String?
        do {
            let document = TextDocument(text)
            named = options.title ?? document.title
            let blocks = document.blocks
            // Paragraphs are split into sentences on every core; they are then taken in order.
            let read = Parallel.map(over: 0..<blocks.count, chunk: 512) { range in
                var sentences: [SentenceText] = [], references: [(entry: ReferenceParser.Entry, line: Int)] = []
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
                            sentences.append(SentenceText(text: s.text, line: block.line, block: b, index: n,
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
        let title = named ?? "Untitled"
        begin(title)
        progress(0.15)
        // Which words are names, how often each content word appears, and the facts: one pass, in parallel chunks.
        // A chunk's facts are found with what the chunk itself shows of names, so each sentence is read once; the
        // few whose opening words the whole essay shows otherwise are read again below.
        // (A few chunks at a time, their tables added up before the next few are read: held all together with
        // every fact, the chunks' tables were a third of the memory.)
        let chunks = stride(from: 0, to: sentences.count, by: 2048).map { $0..<min(sentences.count, $0 + 2048) }
        let texts = sentences.map(\.text)
        var finder = FactFinder()
        var frequency = WordCounts()
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
            // on the other. (In place, through pointers: a copy held by the other core would make the first
            // addition copy a whole table.)
            withUnsafeMutablePointer(to: &finder) { f in
                withUnsafeMutablePointer(to: &frequency) { c in
                    nonisolated(unsafe) let (finder, frequency) = (f, c)
                    _ = Parallel.map(over: [0..<1, 1..<2]) { part in
                        for chunk in learned {
                            if part.lowerBound == 0 {
                                finder.pointee.names.merge(chunk.names)
                                finder.pointee.lowercase.merge(chunk.lower)
                            } else {
                                frequency.pointee.merge(chunk.frequency)
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
        return Context(sentences: sentences, facts: facts, frequency: frequency, title: named ?? "", topic: topic,
                       distractors: Distractors(sentences: facts, texts: texts), cited: cited, references: references)
    }

    /// What one chunk of sentences shows: which words are names and which are lower case, how often each
    /// content word appears, each sentence's token count, facts (found with the chunk's own names) and the
    /// opening words those facts depend on.
    typealias ChunkRead = (names: WordCounts, lower: WordCounts, frequency: WordCounts, counts: [Int], facts: [[FactSpan]],
                           openings: [(sentence: Int, word: FactFinder.OpeningWord)])

    /// Reads sentences `range` of `texts` once: tokens made once serve both the learning and the facts.
    static func read(_ range: Range<Int>, _ texts: [String]) -> ChunkRead {
        // (Sized for a chunk's vocabulary at once: growing them word by word cost a third of the inserts.)
        var names = WordCounts(capacity: range.count), lower = WordCounts(capacity: 4 * range.count), counts: [Int] = []
        var frequency = WordCounts(capacity: 4 * range.count)
        var tokens: [SentenceTokens] = []
        tokens.reserveCapacity(range.count)
        for i in range {
            let t = WordToken.tokenize(texts[i])
            FactFinder.learn(from: t, names: &names, lowercase: &lower)
            countContent(t, sentence: i, into: &frequency)
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
        return (names, lower, frequency, counts, facts, openings)
    }

    /// The cards of a range of whole paragraphs, best fact first within each sentence.
    /// (`facts`: the facts of the range's sentences, in order.)
    func cards(for range: Range<Int>, _ facts: [[FactSpan]], _ context: Context, _ memo: DistractorMemo) -> MadeCards {
        // (About six cards a sentence: sized once, as growing the lists moved the cards again and again.)
        var made = MadeCards(capacity: 8 * range.count)
        let texts = context.sentences
        // First every sentence's candidates, to know each paragraph's best fact. (Per sentence, side by side: its
        // tokens, the context it needs, its chosen facts; a tuple of the three was copied whole where read.)
        var built: [BuiltSentence] = [], contexts: [String?] = [], planned: [[Candidate]] = []
        built.reserveCapacity(range.count)
        contexts.reserveCapacity(range.count)
        planned.reserveCapacity(range.count)
        for i in range {
            let st = texts[i]
            let s = BuiltSentence(text: st.text, line: st.line, block: st.block, index: st.index, place: st.place)
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

    /// The few cards of a range of whole paragraphs that a `Restraint` keeps: facts are taken best first, each
    /// blank made a whole phrase of the sentence's parse (or the fact dropped), and each fact's cards offered
    /// to the selection, which keeps at most one. Sentences are parsed only when one of their facts is reached.
    func restrainedCards(_ built: [BuiltSentence], _ planned: [[Candidate]], _ contexts: [String?], _ facts: [[FactSpan]],
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
        for (n, c) in offered {
            guard !selection.isFull else { break }
            let s = built[n]
            guard selection.admits(sentence: Substring(Self.sentenceKey(s)), answer: s.span(c.fact.first, c.fact.end)),
                  let fact = Self.constituent(c.fact, of: s, parse(s.text)) else { continue }
            var candidate = c
            candidate.fact = fact
            var forms = MadeCards()
            cards(for: candidate, s, facts[n], context: contexts[n], memo, into: &forms)
            let best = forms.cards.indices.sorted { (forms.cards[$0].score ?? 0, -$0) > (forms.cards[$1].score ?? 0, -$1) }
            if let k = selection.offer(best.map { forms.cards[$0] }, parse: parse) {
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

    /// Fact `f` of sentence `s` as a whole phrase of the sentence's parse (`ParsedSentence.nominalSpan`), or nil
    /// when it is none. A number or date that turns out to be part of a name is no longer a number, and a name
    /// the parse makes longer is in doubt: nil.
    static func constituent(_ f: FactSpan, of s: BuiltSentence, _ parse: ParsedSentence) -> FactSpan? {
        let bytes = s.tokens[f.first].start..<s.tokens[f.end - 1].end
        guard let span = parse.nominalSpan(covering: bytes) else { return nil }
        if span == bytes { return f }
        // Where the parse makes a name longer by a word than the names found in the text do, the two disagree:
        // no card. (Longer by a full stop, as in "Jr.", is no disagreement.)
        let before = span.lowerBound..<max(span.lowerBound, min(bytes.lowerBound, span.upperBound))
        let after = min(span.upperBound, max(bytes.upperBound, span.lowerBound))..<span.upperBound
        let added = s.bytes[before] + s.bytes[after]
        guard !f.type.isNumeric, !(f.type.isName && added.contains(where: { $0 >= 0x80 || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) })),
              let first = (0..<s.tokens.count).first(where: { s.tokens[$0].start == span.lowerBound }),
              let last = (first..<s.tokens.count).first(where: { s.tokens[$0].end == span.upperBound }) else { return nil }
        var grown = f
        grown.first = first
        grown.end = last + 1
        grown.start = span.lowerBound
        grown.byteEnd = span.upperBound
        return grown
    }

    /// How much of its score a fact keeps for each better fact of its paragraph with nearly the same answer.
    static let nearDuplicatePenalty = 0.65

    /// How many better facts sharing a word a fact is compared with, at most.
    static let nearDuplicateWindow = 32

    /// Lowers the score of each fact by `penalty` for every better fact of the same paragraph whose answer is
    /// nearly the same (the same words, or half of them in common: token F1 ≥ 0.5), then re-sorts each sentence.
    static func lowerNearDuplicates(_ sentences: ArraySlice<BuiltSentence>, _ paragraph: inout ArraySlice<[Candidate]>, penalty: Double) {
        var all: [(n: Int, r: Int, score: Double)] = []
        all.reserveCapacity(paragraph.reduce(0) { $0 + $1.count })
        for n in paragraph.indices { for (r, c) in paragraph[n].enumerated() { all.append((n, r, c.score)) } }
        guard all.count > 1 else { return }
        all.sort { ($0.score, -$0.n, -$0.r) > ($1.score, -$1.n, -$1.r) }
        // The words of the facts seen so far, one after another: fact k's are `seen[seenStart[k]..<seenStart[k + 1]]`.
        var seen: [UInt64] = [], seenStart: [Int] = [0]
        // Per word (by its hash): the better facts with it, at most `nearDuplicateWindow`, as a linked list
        // in `links` (each link: a fact, and the next link or -1).
        var byWord = HashedIndex(capacity: 2 * all.count)
        var heads: [Int32] = [], lengths: [Int32] = [], links: [(fact: Int32, next: Int32)] = []
        var words: [UInt64] = [], others: [Int32] = []
        // (Sized for about two words a fact at once: grown word by word, the lists were copied again and again.)
        heads.reserveCapacity(2 * all.count)
        lengths.reserveCapacity(2 * all.count)
        links.reserveCapacity(2 * all.count)
        seen.reserveCapacity(2 * all.count)
        seenStart.reserveCapacity(all.count + 1)
        for item in all {
            let first = paragraph[item.n][item.r].fact.first, end = paragraph[item.n][item.r].fact.end
            words.removeAll(keepingCapacity: true)
            appendAnswerWords(sentences[item.n].tokens.items[first..<end], to: &words)
            guard !words.isEmpty else { continue }
            words.sort()
            // The better facts that share a word with this one, each once.
            others.removeAll(keepingCapacity: true)
            for (k, w) in words.enumerated() where k == 0 || w != words[k - 1] {
                guard let l = byWord[w] else { continue }
                var link = heads[l]
                while link >= 0 {
                    others.append(links[Int(link)].fact)
                    link = links[Int(link)].next
                }
            }
            others.sort()
            var duplicates = 0
            for (k, o) in others.enumerated() where k == 0 || o != others[k - 1] {
                if nearlySame(words[...], seen[seenStart[Int(o)]..<seenStart[Int(o) + 1]]) { duplicates += 1 }
            }
            if duplicates > 0 {
                let score = paragraph[item.n][item.r].score
                paragraph[item.n][item.r].score = max(0.01, score * pow(penalty, Double(duplicates)))
            }
            // Only the best few facts with a word are compared with later ones: a paragraph of thousands of
            // sentences stays linear (a fact already lowered that often has reached the lowest score anyway).
            let index = Int32(seenStart.count - 1)
            for (k, w) in words.enumerated() where k == 0 || w != words[k - 1] {
                if let l = byWord[w] {
                    guard lengths[l] < Self.nearDuplicateWindow else { continue }
                    links.append((index, heads[l]))
                    heads[l] = Int32(links.count - 1)
                    lengths[l] += 1
                } else {
                    byWord.insert(w, heads.count)
                    links.append((index, -1))
                    heads.append(Int32(links.count - 1))
                    lengths.append(1)
                }
            }
            seen += words
            seenStart.append(seen.count)
        }
        for n in paragraph.indices { paragraph[n].sort { ($0.score, -$0.round) > ($1.score, -$1.round) } }
    }

    /// The lower-cased words and numbers of an answer, without articles, each as a 64-bit hash (what
    /// near-duplicates are compared by).
    static func answerWords(_ tokens: ArraySlice<WordToken>) -> [UInt64] {
        var words: [UInt64] = []
        appendAnswerWords(tokens, to: &words)
        return words
    }

    /// `answerWords`, appended to `words`.
    static func appendAnswerWords(_ tokens: ArraySlice<WordToken>, to words: inout [UInt64]) {
        for t in tokens where (t.isWord || t.isNumber) && !(t.isLower("a") || t.isLower("an") || t.isLower("the")) { words.append(t.key) }
    }

    /// Token F1 of two answers' words (each sorted) is at least 0.5.
    static func nearlySame<C: RandomAccessCollection>(_ a: C, _ b: C) -> Bool where C.Element: Comparable {
        // The words in common, counted as a multiset: a walk along both sorted lists.
        var i = a.startIndex, j = b.startIndex, common = 0
        while i != a.endIndex && j != b.endIndex {
            if a[i] == b[j] {
                common += 1
                a.formIndex(after: &i)
                b.formIndex(after: &j)
            } else if a[i] < b[j] {
                a.formIndex(after: &i)
            } else {
                b.formIndex(after: &j)
            }
        }
        return 2 * common * 2 >= a.count + b.count
    }

    /// The facts of a sentence worth a card, with their scores.
    func candidates(_ s: BuiltSentence, _ i: Int, _ facts: [FactSpan], quality base: Double, _ context: Context) -> [Candidate] {
        var mine: [Candidate] = []
        mine.reserveCapacity(facts.count)
        for f in facts where f.type != .citation {
            guard var q = factQuality(f, in: s, facts: facts, frequency: context.frequency) else { continue }
            // The essay's topic itself is a trivial answer: the question would give it away.
            var inTopic = context.topic.count > 0, mentions = Int.max, any = false
            for k in f.first..<f.end where s.tokens[k].isWord || s.tokens[k].isNumber {
                any = true
                if inTopic && context.topic.count(of: s.tokens, k) == 0 { inTopic = false }
                if f.type.isName { mentions = min(mentions, context.frequency.count(of: s.tokens, k)) }
            }
            if any && inTopic { q -= 0.15 }
            if f.type.isName, any, mentions >= 8 { q -= 0.05 }
            mine.append(Candidate(sentence: i, fact: f, quality: q * base))
        }
        mine.sort { ($0.quality, -$0.fact.first) > ($1.quality, -$1.fact.first) }
        var chosen: [Candidate] = []
        chosen.reserveCapacity(min(mine.count, options.factsPerSentence))
        for c in mine where chosen.count < options.factsPerSentence {
            // A one-word span nested in a better one asks nearly the same thing twice: it goes. (Other overlaps
            // rank lower as near-duplicates: see `lowerNearDuplicates`.)
            if let o = chosen.first(where: { c.fact.first < $0.fact.end && $0.fact.first < c.fact.end }) {
                let nested = (c.fact.first >= o.fact.first && c.fact.end <= o.fact.end) || (o.fact.first >= c.fact.first && o.fact.end <= c.fact.end)
                if nested && Self.answerWords(s.tokens.items[c.fact.first..<c.fact.end]).count <= 1 { continue }
            }
            chosen.append(c)
        }
        chosen.sort { $0.quality > $1.quality }
        for r in chosen.indices {
            chosen[r].round = r
            // A sentence's later facts rank a little lower (strict round-robin over sentences cost recall).
            chosen[r].score = max(0.01, min(0.99, chosen[r].quality * pow(Self.roundDecay, Double(r))))
            chosen[r].ownScore = chosen[r].score
        }
        return chosen
    }

    /// The cards of one fact: a question and a cloze (or a cloze alone), a choice and a true/false statement.
    func cards(for c: Candidate, _ s: BuiltSentence, _ facts: [FactSpan], context: String?,
               _ memo: DistractorMemo, into made: inout MadeCards) {
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
        if context == nil, let count = QuestionWriter.howMany(s, f, citations: citations) {
            made.append(Card(id: CardID.make(kind: .question, digits: digits), kind: .question, prompt: count.question,
                             answer: count.answer, hint: "a number", tags: tags, source: source, score: round(c.score), fact: fact), order)
            made.appendCloze(id: CardID.make(kind: .cloze, digits: digits), s, f, context: nil, answer: answer,
                             score: round(c.score * 0.5), fact: fact, Order(sentence: c.sentence, token: f.first, form: 1))
        } else if context == nil, let question = QuestionWriter.whQuestion(s, f, citations: citations) {
            made.append(Card(id: CardID.make(kind: .question, digits: digits), kind: .question, prompt: question, answer: answer,
                             hint: f.type.hint, tags: tags, source: source, score: round(c.score), fact: fact), order)
            made.appendCloze(id: CardID.make(kind: .cloze, digits: digits), s, f, context: nil, answer: answer,
                             score: round(c.score * 0.5), fact: fact, Order(sentence: c.sentence, token: f.first, form: 1))
        } else {
            made.appendCloze(id: CardID.make(kind: .cloze, digits: digits), s, f, context: context, answer: answer,
                             score: round(c.score), fact: fact, order)
        }
        // A choice and a true/false statement: for a sentence's best two facts that are not terms or enumerations
        // and need no context.
        guard c.round <= 1, f.type != .term, f.type != .enumeration, context == nil else { return }
        // A distractor that stands elsewhere in the sentence would make a nonsense statement.
        let pool = memo.entries(for: answer, type: f.type)
        var wrong: [String] = []
        wrong.reserveCapacity(3)
        for choice in pool where wrong.count < 3 && !ByteSearch.contains(s.lowerBytes, choice.lower) { wrong.append(choice.text) }
        if wrong.count == 3 {
            // A fixed order that does not give the answer away: by a hash of each choice.
            var keyed = wrong.map { (CardID.digitsValue(sentenceHash: s.keyHash, answer: $0), $0) }
            keyed.append((CardID.digitsValue(sentenceHash: s.keyHash, answer: answer), answer))
            keyed.sort { $0.0 < $1.0 }
            let choices = keyed.map(\.1)
            made.appendGapChoice(id: CardID.make(kind: .choice, digits: digits), s, f, answer: answer, choices: choices,
                                 score: round(c.score * 0.45), fact: fact, Order(sentence: c.sentence, token: f.first, form: 2))
        }
        if let swap = wrong.first {
            // Half the statements are true: the sequential pass decides which (see `EmitState`).
            made.appendTrueFalse(id: CardID.make(kind: .truefalse, digits: digits), s, f, swap: swap,
                                 score: round(c.score * 0.4), fact: fact, Order(sentence: c.sentence, token: f.first, form: 3))
        }
    }

    /// "Which source does the essay cite for …?", with other sources of the essay as choices.
    func citationCard(_ s: BuiltSentence, _ c: FactSpan, _ context: Context) -> Card? {
        guard let question = QuestionWriter.citationQuestion(s, c) else { return nil }
        // Choices name author and year only ("Packard, 2010"), so pages do not give the answer away.
        let answer = Self.authorYear(Self.citationText(c.text(in: s.text)))
        let candidates = context.cited.map(Self.authorYear) + context.references.map { "\($0.entry.surname), \($0.entry.year)" }
        var others: [String] = []
        for o in candidates.sorted() where Self.citationAuthorYear(o) != Self.citationAuthorYear(answer) && !others.contains(o) { others.append(o) }
        let source = SourceRef(line: s.line)
        let digits = CardID.digits(sentenceHash: s.keyHash, answer: answer)
        let fact = Self.factKey(s, c)
        if others.count >= 2 {
            var choices = Array(others.prefix(3)) + [answer]
            choices.sort()
            return Card(id: CardID.make(kind: .choice, digits: digits), kind: .choice, prompt: question,
                        answer: answer, choices: choices, tags: ["citation"], source: source, score: 0.5, fact: fact)
        }
        return Card(id: CardID.make(kind: .question, digits: digits), kind: .question, prompt: question,
                    answer: answer, hint: "a source (author, year)", tags: ["citation"], source: source, score: 0.5, fact: fact)
    }

    /// The reference list yields its own cards: who wrote it, and when.
    func referenceCards(_ context: Context) -> MadeCards {
        var made = MadeCards()
        let references = context.references
        let base = context.sentences.count
        for (n, r) in references.enumerated() where !r.entry.title.isEmpty {
            let order = Order(sentence: base + n, token: 0, form: 0)
            let source = SourceRef(line: r.line)
            let others = references.map(\.entry.authors).filter { $0 != r.entry.authors }
            let prompt = "Who wrote “\(r.entry.title)” (\(r.entry.year))?"
            // A reference entry is its own "sentence": its authors and its year are its two facts.
            let entry = "\(r.line).r\(n + 1)"
            if others.count >= 2 {
                var choices = Array(others.prefix(3)) + [r.entry.authors]
                choices.sort()
                made.append(Card(id: CardID.make(kind: .choice, sentence: r.entry.text, answer: r.entry.authors), kind: .choice,
                                 prompt: prompt, answer: r.entry.authors, choices: choices, tags: ["reference"], source: source, score: 0.45,
                                 fact: entry + "/authors"),
                            order)
            } else {
                made.append(Card(id: CardID.make(kind: .question, sentence: r.entry.text, answer: r.entry.authors), kind: .question,
                                 prompt: prompt, answer: r.entry.authors, accepted: [r.entry.surname], hint: "a person",
                                 tags: ["reference"], source: source, score: 0.45, fact: entry + "/authors"), order)
            }
            let stop = r.entry.title.last.map { ".?!".contains($0) } ?? false ? "" : "."
            let yearText = ClozeText.escape(r.entry.authors) + " ({{" + r.entry.year + "}}). " + ClozeText.escape(r.entry.title) + stop
            made.append(Card.cloze(id: CardID.make(kind: .cloze, sentence: r.entry.text, answer: r.entry.year), text: yearText,
                                   hint: "a year", tags: ["reference"], source: source, score: 0.4, fact: entry + "/year"),
                        Order(sentence: base + n, token: 1, form: 0))
        }
        return made
    }

    /// The key of fact `f` of sentence `s`: `LINE.SENTENCE/START-END` (the paragraph's first line, the sentence's
    /// place in it from 1, and the fact's UTF-8 offsets in the sentence).
    static func factKey(_ s: BuiltSentence, _ f: FactSpan) -> String {
        "\(sentenceKey(s))/\(s.tokens[f.first].start)-\(s.tokens[f.end - 1].end)"
    }

    /// The part of a fact key that names the sentence: `LINE.SENTENCE`.
    static func sentenceKey(_ s: BuiltSentence) -> String { "\(s.line).\(s.index + 1)" }

    /// Sentences longer than this (in bytes) are not read for facts.
    static let longestSentence = 2000

    /// How much of its score a sentence's second fact keeps, and its third keeps of that, and so on.
    static let roundDecay = 0.9

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

    /// Counts each content word of sentence `sentence` once (how many sentences each appears in).
    static func countContent(_ tokens: SentenceTokens, sentence: Int, into f: inout WordCounts) {
        for (k, t) in tokens.enumerated() where t.isWord && !t.isFunctionWord { f.add(tokens, k, sentence: sentence) }
    }

    /// Whether the sentence opens on a pronoun or demonstrative that points back.
    func needsContext(_ s: BuiltSentence) -> Bool {
        guard let first = s.tokens.first(where: \.isWord) else { return false }
        let pointing = first.isLower("it") || first.isLower("this") || first.isLower("these") || first.isLower("they")
            || first.isLower("he") || first.isLower("she") || first.isLower("its") || first.isLower("their")
            || first.isLower("such") || first.isLower("those") || first.isLower("his") || first.isLower("her")
        return pointing
            && !(first.isLower("it") && s.tokens.count > 2 && (s.tokens[1].isLower("is") || s.tokens[1].isLower("was")) && s.tokens.contains { $0.isLower("that") || $0.isLower("to") })
    }

    /// A sentence's worth as a source of facts; nil for hedges, opinions, and too short or long sentences.
    func sentenceQuality(_ s: BuiltSentence) -> Double? {
        // (Only a sentence whose first letter starts a hedge can open on one: the rest are not joined.)
        if let first = s.tokens.first, Lexicon.hedgeInitials[Int(first.head.0 & 0xFF)] {
            let lower = s.tokens.indices.prefix(6).map { s.tokens.lower($0) }.joined(separator: " ")
            if Lexicon.hedges.contains(where: { lower.hasPrefix($0) }) { return nil }
        }
        let words = s.wordCount
        if words < 5 { return nil }
        if s.text.hasSuffix("?") { return nil }
        var q = 1.0
        // Facts early in a paragraph are asked about more (measured: 0.30 at the start, 0.21 at the end).
        q *= 1.2 - 0.5 * s.place
        // Each fact of a long sentence is a little less likely to be the one asked about.
        q *= pow(Double(words) / 25, -0.05)
        return q
    }

    /// "ABC", "PFIs", "V&A": two or more capitals, maybe with "&", ".", "-" or a plural "s".
    static func isAbbreviation(_ text: String) -> Bool {
        let capitals = text.unicodeScalars.filter { $0.properties.isUppercase }.count
        return capitals >= 2 && text.unicodeScalars.allSatisfy { $0.properties.isUppercase || "&.-".unicodeScalars.contains($0) }
            || capitals >= 2 && text.hasSuffix("s") && isAbbreviation(String(text.dropLast()))
    }

    /// How good an answer a fact makes (0-1), or nil if it is none.
    func factQuality(_ f: FactSpan, in s: BuiltSentence, facts: [FactSpan], frequency: WordCounts) -> Double? {
        let t = s.tokens
        // The span's words and numbers: how many, the first, whether any is capitalized, whether all are vague.
        var n = 0, first = -1, capitalized = false, vague = true
        for k in f.first..<f.end where t[k].isWord || t[k].isNumber {
            n += 1
            if first < 0 { first = k }
            if t[k].isCapitalized { capitalized = true }
            if !t[k].is([.vague, .function]) { vague = false }
        }
        guard n > 0, !vague else { return nil }
        if f.end - f.first > (f.type == .list || f.type == .enumeration ? 16 : 8) { return nil }
        // The answer must not stand elsewhere in the sentence (it would leak into the prompt).
        let width = f.end - f.first
        var characters = 0
        for k in f.first..<f.end where characters <= 3 {
            // (An ASCII word has as many characters as bytes: counting characters is slow.)
            characters += t.withLower(k) { ByteSearch.isASCII($0) } ? Int(t[k].lowerCount) : t.lower(k).count
        }
        if characters > 3 {
            let firstKey = t[f.first].key
            for start in 0...(t.count - width) where start != f.first && t[start].key == firstKey {
                var same = true
                for k in 0..<width where t[start + k].key != t[f.first + k].key || t.lower(start + k) != t.lower(f.first + k) {
                    same = false
                    break
                }
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
        case .place: q = 0.33
        case .group: q = 0.12
        case .list, .enumeration: q = 0.33
        case .term: q = n <= 1 ? 0.07 : n == 2 ? 0.16 : n == 3 ? 0.20 : 0.15
        case .citation, .reference: return nil
        }
        // One or two letters ("L", "GP") are symbols and abbreviations more often than answers people ask for.
        // (Two bytes are at most two characters; a longer word is counted only when it is not ASCII.)
        if n == 1, !t[first].isNumber, t[first].end - t[first].start <= 2 || !ByteSearch.isASCII(t.text(first)) && t.text(first).count <= 2 { q -= 0.3 }
        // "The American Broadcasting Company (ABC)": the abbreviation in brackets is given away by the name.
        if f.end - f.first == 1, f.first > 0, f.end < t.count, t[f.first - 1].isLower("("), t[f.end].isLower(")"),
           f.first > 1, t[f.first - 2].isCapitalized, Self.isAbbreviation(t.text(f.first)) { return nil }
        // Context: what stands before and after the span (measured rates, see docs/deck-builder.md).
        // (The word classes of the tokens before and after; a sentence's edge has none.)
        let prev = f.first > 0 ? t[f.first - 1].word : []
        let prev2 = f.first > 1 ? t[f.first - 2].word : []
        let next = f.end < t.count ? t[f.end].word : []
        if next.contains(.preposition) && f.type == .term { q -= 0.06 }
        if f.type.isName && ((f.first > 0 && t[f.first - 1].isLower(",")) || f.end < t.count && (t[f.end].isLower("and") || t[f.end].isLower("or"))) { q -= 0.06 }
        if f.type.isNumeric && prev.contains(.determiner) && prev2.contains(.preposition) { q -= 0.1 }
        if prev.contains(.preposition) && (f.type == .term || f.type.isNumeric) { q += 0.03 }
        if f.type.isNumeric && prev.contains(.auxiliary) { q += 0.05 }
        if f.type.isName && prev.contains(.determiner) && prev2.contains(.auxiliary) { q += 0.05 }
        if f.type == .term {
            // Content repeated across the text is central.
            var repeated = 0
            for k in f.first..<f.end where (t[k].isWord || t[k].isNumber) && frequency.count(of: t, k) >= 3 { repeated += 1 }
            q += min(0.08, 0.03 * Double(repeated))
            // Subjects and objects: right after a verb or at the start.
            if f.first > 0, FactFinder.isVerbLike(t, f.first - 1) || (f.first > 1 && prev.contains(.determiner) && FactFinder.isVerbLike(t, f.first - 2)) { q += 0.05 }
            if capitalized { q += 0.03 }
            if let last = (f.first..<f.end).last(where: { t[$0].isWord || t[$0].isNumber }), t[last].is(.vague) { q -= 0.15 }
        } else if f.type.isName {
            if f.first == 0 { q -= 0.02 }
            if n >= 2 { q += 0.02 }
        }
        return max(0.05, min(q, 1.0))
    }
}
