/// Picks wrong choices of the answer's type: other facts of the same kind in the text first, then
/// type-preserving variations (nearby years, other numbers with the same unit). Never a variant,
/// substring or near-spelling of the answer.
public struct Distractors: Sendable {
    /// A possible choice with what the clash rules compare, computed once.
    struct Entry: Sendable {
        var text: String
        var normalized: [UInt8]
        /// A hash of each normalised word, sorted.
        var words: [UInt64]
        var length: Int
        var hasDigit: Bool
        var date: String?
        /// The text lower-cased, to find it in a sentence.
        var lower: [UInt8]
        /// A quantity's unit: its last word ("miles" of "310 miles"); nil without digits.
        var unit: Substring?
        /// The text with every run of two or more capitalised words written as its initials ("the United States
        /// and Japan" as "the US and Japan"), and whether it holds an abbreviation of its own ("US"); nil when it
        /// has neither such a run nor an abbreviation.
        var initialled: (text: String, abbreviates: Bool)?

        init(_ text: String) {
            self.text = text
            let n = AnswerNormalizer.normalize(text)
            normalized = Array(n.utf8)
            // (Sorted, each once.)
            var hashes = normalized.split(separator: 0x20).map { FNV1a.hash($0) }
            hashes.sort()
            words = hashes.enumerated().filter { $0.offset == 0 || $0.element != hashes[$0.offset - 1] }.map(\.element)
            // Characters, bytes and digits are quick to count in ASCII (nearly every answer).
            let ascii = !normalized.contains { $0 >= 0x80 }
            length = ascii ? normalized.count : n.count
            hasDigit = normalized.contains { $0 >= 48 && $0 <= 57 } || !ascii && n.contains(where: \.isNumber)
            // Every date form has a year in digits.
            date = hasDigit ? DateAnswer.canonical(n) : nil
            lower = ByteSearch.isASCII(text) ? text.utf8.map(ByteSearch.lowercased) : Array(text.lowercased().utf8)
            unit = hasDigit ? n[(n.utf8.lastIndex(of: 0x20).map(n.utf8.index(after:)) ?? n.startIndex)...] : nil
            initialled = Self.initials(of: text)
        }

        static func initials(of text: String) -> (text: String, abbreviates: Bool)? {
            let words = text.split(separator: " ")
            func isCapitalised(_ w: Substring) -> Bool { w.first?.isUppercase == true && Abbreviation.letters(w) == nil }
            var out: [String] = [], abbreviates = false, runs = false, k = 0
            while k < words.count {
                var e = k
                while e < words.count, isCapitalised(words[e]) { e += 1 }
                if e - k >= 2 {
                    out.append(String(words[k..<e].compactMap(\.first)))
                    runs = true
                    k = e
                } else if let letters = Abbreviation.letters(words[k]) {
                    out.append(letters)
                    abbreviates = true
                    k += 1
                } else {
                    out.append(words[k].lowercased())
                    k += 1
                }
            }
            return runs || abbreviates ? (out.joined(separator: " "), abbreviates) : nil
        }

        /// Whether every word of `self` is a word of `other`.
        func wordsAreSubset(of other: Entry) -> Bool {
            words.allSatisfy { w in other.words.contains(w) }
        }
    }

    /// The first few of one type's fact texts, and which of them clash with which (worked out once).
    struct Pool: Sendable {
        var entries: [Entry]
        /// `clash(entries[k], entries[j])` at `k * entries.count + j`.
        var clashes: [Bool]

        init(_ entries: [Entry]) {
            self.entries = entries
            clashes = entries.flatMap { e in entries.map { Distractors.clash(e, $0) } }
        }

        func clash(_ k: Int, _ j: Int) -> Bool { clashes[k * entries.count + j] }
    }

    /// Every fact text of the document by type, most frequent first (the first few).
    let pool: [FactType: Pool]

    /// Pools of these facts' texts, in this order.
    public init(facts: [(text: String, type: FactType)]) {
        self.init(sentences: facts.map { [FactSpan(first: 0, end: 1, type: $0.type, start: 0, byteEnd: $0.text.utf8.count)] },
                  texts: facts.map(\.text))
    }

    /// The pools of the facts of every sentence (`texts`: the sentences).
    init(sentences: [[FactSpan]], texts: [String]) {
        // Types are counted apart: terms (nearly half the facts) on one core, every other type on another.
        let parts = Parallel.map(over: [0..<1, 1..<2]) { part in Self.pools(sentences, texts, terms: part.lowerBound == 0) }
        pool = parts[0].merging(parts[1]) { a, _ in a }
    }

    /// The pools of the terms, or of every other type.
    static func pools(_ sentences: [[FactSpan]], _ sentenceTexts: [String], terms: Bool) -> [FactType: Pool] {
        // Per type (by ordinal): each text's place in `texts` (in the order first seen, found by the text's
        // hash), and its count.
        var places = [HashedIndex](repeating: HashedIndex(), count: FactType.allCases.count)
        var texts = [[String]](repeating: [], count: FactType.allCases.count)
        var counts = [[Int]](repeating: [], count: FactType.allCases.count)
        for (i, facts) in sentences.enumerated() where facts.contains(where: { (Self.family($0.type) == .term) == terms }) {
            var sentence = sentenceTexts[i]
            sentence.withUTF8 { bytes in
                for f in facts where (Self.family(f.type) == .term) == terms {
                    let t = Self.family(f.type).ordinal
                    // (Counted by the text's bytes: a string is made only for a text not seen before.)
                    FactSpan.withText(UnsafeBufferPointer(rebasing: bytes[f.start..<f.byteEnd])) { text in
                        let key = FNV1a.hash(text)
                        if let k = places[t].first(key, where: { ByteSearch.equal(texts[t][$0], text) }) {
                            counts[t][k] += 1
                        } else {
                            places[t].insert(key, texts[t].count)
                            texts[t].append(String(decoding: text, as: UTF8.self))
                            counts[t].append(1)
                        }
                    }
                }
            }
        }
        var pool: [FactType: Pool] = [:]
        for type in FactType.allCases where !texts[type.ordinal].isEmpty {
            let texts = texts[type.ordinal], c = counts[type.ordinal]
            // The most frequent first, earliest first among equals: a bounded selection, not a full sort.
            var best: [(count: Int, offset: Int)] = []
            for (offset, n) in c.enumerated() {
                if best.count == Self.poolSize, let worst = best.last, worst.count >= n { continue }
                let at = best.firstIndex { $0.count < n } ?? best.count
                best.insert((n, offset), at: at)
                if best.count > Self.poolSize { best.removeLast() }
            }
            pool[type] = Pool(best.map { Entry(texts[$0.offset]) })
        }
        return pool
    }

    /// Types that may stand in for each other.
    static func family(_ t: FactType) -> FactType {
        switch t {
        case .entity: return .entity
        case .definition: return .term
        default: return t
        }
    }

    /// Places offered when the text has too few of its own.
    static let places = ["China", "Russia", "South Korea", "Germany", "France", "India", "the United Kingdom"].map(Entry.init)

    /// How many facts of each type are kept as possible distractors (the most frequent).
    static let poolSize = 40

    /// Whether `candidate` would be a second right answer, or a trivial variant of it.
    public static func clashes(_ candidate: String, with answer: String) -> Bool {
        clash(Entry(candidate), Entry(answer))
    }

    static func clash(_ c: Entry, _ a: Entry) -> Bool {
        if a.normalized.isEmpty || c.normalized.isEmpty || a.normalized == c.normalized { return true }
        if ByteSearch.contains(a.normalized, c.normalized) || ByteSearch.contains(c.normalized, a.normalized) { return true }
        if a.wordsAreSubset(of: c) || c.wordsAreSubset(of: a) { return true }
        // Near spellings clash; numbers are compared as numbers (1959 is a fine distractor for 1960).
        if !a.hasDigit, abs(a.length - c.length) <= 2,
           EditDistance.within(2, a.normalized, c.normalized) {
            return true
        }
        // A name whose last word is a near spelling of the answer's last word (`Yukio Hayotama` beside
        // `Hatoyama`) is the same name misspelled, not another one.
        if !a.hasDigit, !c.hasDigit, let la = a.normalized.split(separator: 0x20).last, let lc = c.normalized.split(separator: 0x20).last,
           la.count >= 5, !la.elementsEqual(lc), abs(la.count - lc.count) <= 2, EditDistance.within(2, Array(la), Array(lc)) {
            return true
        }
        if let da = a.date, let dc = c.date, da == dc { return true }
        // An abbreviation of the answer's name ("the US and Japan" for "the United States and Japan").
        if let ia = a.initialled, let ic = c.initialled, ia.abbreviates != ic.abbreviates, ia.text == ic.text { return true }
        return false
    }

    /// Up to `count` distractors for `answer` of `type`.
    public func pick(for answer: String, type: FactType, count: Int = 3) -> [String] {
        entries(for: answer, type: type, count: count).map(\.text)
    }

    func entries(for answer: String, type: FactType, count: Int) -> [Entry] {
        var out: [Entry] = []
        // Per choice taken: its place in the pool (-1 if it is not from the pool).
        var taken: [Int] = []
        let a = Entry(answer)
        let facts = pool[Self.family(type)] ?? Pool([])
        // (Two entries of the pool are compared by the table worked out once.)
        func offer(_ e: Entry, at k: Int = -1) {
            guard out.count < count else { return }
            // A date stands in for a date of its own shape: a day, month and year for one, a month and year for
            // another ("in {{June 2007}}" never becomes "in October 12, 1943").
            guard type != .date || (e.date?.count ?? 0) == (a.date?.count ?? 0) else { return }
            for (j, o) in out.enumerated() where k >= 0 && taken[j] >= 0 ? facts.clash(k, taken[j]) : Self.clash(e, o) { return }
            guard !Self.clash(e, a) else { return }
            out.append(e)
            taken.append(k)
        }
        // The most frequent facts of the type first; a bounded pool keeps large essays linear. A quantity
        // takes those with its own unit first, then its own variations, then other units. Each answer starts at
        // one of the first few, chosen by its text, so that one frequent date is not the false one of every
        // statement (a student would learn to spot it).
        let order = Self.rotation(facts.entries.indices.filter { k in
            let e = facts.entries[k]
            return (type != .date || (e.date?.count ?? 0) == (a.date?.count ?? 0)) && !Self.clash(e, a)
        }, answer: a)
        if type == .quantity {
            for k in order where out.count < count && facts.entries[k].unit == a.unit { offer(facts.entries[k], at: k) }
            for v in Self.variations(answer, type: type) where out.count < count { offer(Entry(v)) }
        }
        for k in order where out.count < count { offer(facts.entries[k], at: k) }
        if type == .place || type == .entity && out.count < count {
            for e in Self.places where type == .place && out.count < count { offer(e) }
        }
        // (A quantity offered its variations before the other units.)
        if out.count < count, type != .quantity { for v in Self.variations(answer, type: type) where out.count < count { offer(Entry(v)) } }
        return out
    }

    /// The pool's places that may stand for an answer, in the order the answer reads them: from one among the
    /// first `rotationSpan` that the answer's text picks, round to the start.
    static func rotation(_ places: [Int], answer: Entry) -> [Int] {
        guard places.count > 1 else { return places }
        let start = Int(FNV1a.hash(answer.normalized) % UInt64(min(places.count, rotationSpan)))
        return Array(places[start...] + places[..<start])
    }
    static let rotationSpan = 8

    /// The words for 1-20 ("twelve", never "dozen": the choice must not depend on a dictionary's order, which
    /// changes from one run to the next).
    static let cardinals: [Int: String] = Dictionary(
        Lexicon.numberWords.filter { $0.value <= 20 && $0.key != "dozen" }.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })

    /// Type-preserving variations of a numeric answer: nearby years, other numbers with the same unit.
    static func variations(_ answer: String, type: FactType) -> [String] {
        // A value with its conversion ("340 miles (550 km)") cannot be varied in one place only.
        guard !answer.contains("(") else { return [] }
        let words = answer.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard var index = words.firstIndex(where: { w in w.contains(where: \.isNumber) || Lexicon.numberWords[w.lowercased()] != nil }) else { return [] }
        // A date is varied by its year: a neighbouring day is no fair choice.
        if type == .date, let year = words.lastIndex(where: { $0.filter(\.isNumber).count == 4 }) { index = year }
        let word = words[index]
        let trailing = String(word.reversed().prefix { !$0.isNumber }.reversed())
        let digits = word.filter { $0.isNumber || $0 == "." }
        var values: [String] = []
        // (A number past a quadrillion is left as it is: doubling it could overflow.)
        if let n = Int(digits), n < 1_000_000_000_000_000 {
            let deltas: [Int]
            switch type {
            case .date where words.count > 1 && digits.count <= 2: deltas = [-7, 7, 10, -10, 14, -14] // a day of a month, without a year
            case .year, .date, .decade: deltas = trailing == "s" ? [-10, 10, -20, 20] : [-1, 1, -2, 2, -5, 5, -10, 10]
            default: deltas = n < 10 ? [1, -1, 2, 3, -2] : [n / 2, -(n / 4), n, n / 4 + 1, 2 * n]
            }
            let day = type == .date && digits.count <= 2
            for d in deltas where n + d > 0 && n + d != n && (!day || n + d <= 31) {
                let value = word.hasPrefix("$") ? "$\(n + d)" : "\(n + d)"
                values.append(value + trailing)
            }
        } else if let n = Lexicon.numberWords[word.lowercased()] {
            for d in [1, -1, 2, -2, 3] { if let name = Self.cardinals[n + d] { values.append(word.first!.isUppercase ? name.capitalized : name) } }
        }
        // The unit agrees with the new number where one of the two is one: "1 year", "2 years".
        let wasOne = digits == "1" || word == "one" || word == "One"
        return values.map { v in
            var w = words
            w[index] = v
            let one = v == "1" || v == "one" || v == "One"
            if index + 1 < w.count, one != wasOne {
                let unit = w[index + 1]
                let singular = unit.hasSuffix("s") ? String(unit.dropLast()) : unit
                if one, unit != singular, Self.units.contains(singular) { w[index + 1] = singular }
                if !one, unit == singular, Self.units.contains(unit + "s") { w[index + 1] = unit + "s" }
            }
            return w.joined(separator: " ")
        }
    }

    /// Units whose plural is the singular with an "s".
    static let units = Lexicon.durationUnits.union(Lexicon.quantityUnits)
}
