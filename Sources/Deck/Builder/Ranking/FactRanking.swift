import Foundation

/// Ranking: how good a sentence and each of its facts are as cards, and how near-duplicate answers sink.
extension DeckBuilder {
    /// How much of its score a fact keeps for each better fact of its paragraph with nearly the same answer.
    static let nearDuplicatePenalty = 0.65

    /// How many better facts sharing a word a fact is compared with, at most.
    static let nearDuplicateWindow = 32

    /// Lowers the score of each fact by `penalty` for every better fact of the same paragraph whose answer is
    /// nearly the same (the same words, or half of them in common: token F1 ≥ 0.5), then re-sorts each sentence.
    static func lowerNearDuplicates(_ sentences: ArraySlice<TokenizedSentence>, _ paragraph: inout ArraySlice<[Candidate]>, penalty: Double) {
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
        // Sized for about two words a fact at once, not grown word by word.
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
    func candidates(_ s: TokenizedSentence, _ i: Int, _ facts: [FactSpan], quality base: Double, _ context: Context) -> [Candidate] {
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


    /// How much of its score a sentence's second fact keeps, and its third keeps of that, and so on.
    static let roundDecay = 0.9

    /// Whether the sentence opens on a pronoun or demonstrative that points back, or on a subject that does ("The
    /// latter …": `DeckAudit.pointingSubject`), or its first clause does after a short opening phrase or clause
    /// ("Still, it is …", "Opened in 1850, it was …", "Though they lost, they …": `DeckAudit.pronounAfterOpening`).
    func needsContext(_ s: TokenizedSentence) -> Bool {
        guard let first = s.tokens.first(where: \.isWord) else { return false }
        let opener = s.tokens.lower(0)
        if DeckAudit.mayOpenOnClause(opener),
           DeckAudit.pronounAfterOpening((0..<min(s.tokens.count, DeckAudit.openingReach)).map { s.span($0, $0 + 1) }) != nil { return true }
        if DeckAudit.pointingSubject((0..<min(s.tokens.count, 10)).map { s.span($0, $0 + 1) }) != nil { return true }
        let pointing = first.isLower("it") || first.isLower("this") || first.isLower("these") || first.isLower("they")
            || first.isLower("he") || first.isLower("she") || first.isLower("its") || first.isLower("their")
            || first.isLower("such") || first.isLower("those") || first.isLower("his") || first.isLower("her")
        return pointing
            && !(first.isLower("it") && s.tokens.count > 2 && (s.tokens[1].isLower("is") || s.tokens[1].isLower("was")) && s.tokens.contains { $0.isLower("that") || $0.isLower("to") })
    }

    /// A sentence's worth as a source of facts; nil for hedges, opinions, and too short or long sentences.
    func sentenceQuality(_ s: TokenizedSentence) -> Double? {
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
    func factQuality(_ f: FactSpan, in s: TokenizedSentence, facts: [FactSpan], frequency: WordCounts) -> Double? {
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
