/// Finds typed facts in a sentence: citations, dates, durations, numbers, quantities, named entities,
/// definitions and the noun phrases that carry the sentence's content.
public struct FactFinder: Sendable {
    /// Lower-cased words seen capitalized in mid-sentence somewhere in the document (names).
    var names: WordCounts
    /// Lower-cased words seen in lower case somewhere in the document (ordinary words).
    var lowercase: WordCounts

    public init(namesSeen: Set<String> = [], lowercaseSeen: Set<String> = []) {
        names = WordCounts(capacity: namesSeen.count)
        lowercase = WordCounts(capacity: lowercaseSeen.count)
        for w in namesSeen.sorted() { names.add(w, key: FNV1a.hash(w)) }
        for w in lowercaseSeen.sorted() { lowercase.add(w, key: FNV1a.hash(w)) }
    }

    /// Learns which words are names from a document's sentences.
    public static func learning(from sentences: [SentenceTokens]) -> FactFinder {
        var finder = FactFinder()
        for tokens in sentences { learn(from: tokens, names: &finder.names, lowercase: &finder.lowercase) }
        return finder
    }

    /// Adds a sentence's capitalised words (not sentence-initial) to `names`, its lower-case words to `lowercase`.
    static func learn(from tokens: SentenceTokens, names: inout WordCounts, lowercase: inout WordCounts) {
        for (k, t) in tokens.enumerated() where t.isWord {
            if t.isCapitalized {
                if k > 0, !(tokens[k - 1].isLower("“") || tokens[k - 1].isLower("\"") || tokens[k - 1].isLower(":")) {
                    names.add(tokens, k)
                }
            } else {
                lowercase.add(tokens, k)
            }
        }
    }

    public func facts(in tokens: SentenceTokens) -> [FactSpan] {
        let used = UsedTokens(count: tokens.count)
        var out: [FactSpan] = []
        // (About one fact for every two tokens, at most: grown fact by fact, the list was copied several times.)
        out.reserveCapacity(tokens.count / 2 + 2)
        func add(_ a: Int, _ b: Int, _ type: FactType) {
            guard a < b, b <= tokens.count else { return }
            for k in a..<b { used.marks[k] = true }
            out.append(Self.span(tokens, a, b, type))
        }
        findCitations(tokens, add)
        findDatesAndNumbers(tokens, used, add)
        joinConversions(tokens, used, &out)
        findEntities(tokens, used.marks, add)
        let entitySpans = out.filter { $0.type.isName }
        // Lists of names: "Peter Davison, Colin Baker and Paul McGann" is one answer too.
        var k = 0
        while k < entitySpans.count {
            var e = k
            while e + 1 < entitySpans.count, Self.isListGap(tokens.items[entitySpans[e].end..<entitySpans[e + 1].first]) { e += 1 }
            if e > k {
                let a = entitySpans[k].first, b = entitySpans[e].end
                out.append(Self.span(tokens, a, b, .list))
            }
            k = e + 1
        }
        findNounPhrases(tokens, used.marks, entitySpans) { a, b, type in
            out.append(Self.span(tokens, a, b, type))
        }
        return out.sorted { ($0.first, $0.end) < ($1.first, $1.end) }
    }

    /// "340 miles (550 km)" is one answer: a quantity and its conversion in parentheses. Asked apart, each
    /// would give the other away.
    func joinConversions(_ t: SentenceTokens, _ used: UsedTokens, _ out: inout [FactSpan]) {
        let byStart = Dictionary(out.enumerated().map { ($0.element.first, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var gone = Set<Int>()
        for (n, f) in out.enumerated() where f.type.isNumeric && f.type != .year && !gone.contains(n) {
            guard f.end + 1 < t.count, t[f.end].isLower("("), let m = byStart[f.end + 1], m != n, !gone.contains(m) else { continue }
            let g = out[m]
            guard g.type.isNumeric, g.end < t.count, t[g.end].isLower(")") else { continue }
            out[n] = Self.span(t, f.first, g.end + 1, f.type)
            for k in f.first..<(g.end + 1) { used.marks[k] = true }
            gone.insert(m)
        }
        if !gone.isEmpty { out = out.enumerated().filter { !gone.contains($0.offset) }.map(\.element) }
    }

    /// What stands between two members of a list: ",", "and", "or", ", and", ", or"; between names maybe with
    /// "the" (a name leaves its article out: "France, the United Kingdom").
    static func isListGap(_ gap: ArraySlice<WordToken>, article: Bool = true) -> Bool {
        let a = gap.startIndex
        var b = gap.endIndex
        if article, b > a, gap[b - 1].isLower("the") { b -= 1 }
        func joins(_ t: WordToken) -> Bool { t.isLower("and") || t.isLower("or") }
        switch b - a {
        case 1: return gap[a].isLower(",") || joins(gap[a])
        case 2: return gap[a].isLower(",") && joins(gap[a + 1])
        default: return false
        }
    }

    /// The fact of type `type` at tokens `a..<b`.
    static func span(_ tokens: SentenceTokens, _ a: Int, _ b: Int, _ type: FactType) -> FactSpan {
        FactSpan(first: a, end: b, type: type, start: tokens[a].start, byteEnd: tokens[b - 1].end)
    }

    /// The text of tokens `a..<b` as written, one space where the source has any (`FactSpan.text(in:)`).
    public static func text(_ tokens: SentenceTokens, _ a: Int, _ b: Int) -> String {
        tokens.bytes.withUnsafeBufferPointer { FactSpan.text(UnsafeBufferPointer(rebasing: $0[tokens[a].start..<tokens[b - 1].end])) }
    }

    // MARK: citations

    func findCitations(_ t: SentenceTokens, _ add: (Int, Int, FactType) -> Void) {
        var k = 0
        while k < t.count {
            guard t[k].isLower("(") else { k += 1; continue }
            var j = k + 1
            while j < t.count, !t[j].isLower(")"), j - k < 14 { j += 1 }
            guard j < t.count, t[j].isLower(")"), j > k + 1 else { k += 1; continue }
            let inside = t[(k + 1)..<j]
            let hasName = inside.first.map { $0.isCapitalized && $0.isWord } ?? false
            let hasYearOrPage = inside.contains { $0.isNumber }
            let shortWords = inside.filter(\.isWord).count <= 4
            if hasName && hasYearOrPage && shortWords {
                add(k, j + 1, .citation)
                k = j + 1
            } else {
                k += 1
            }
        }
    }

    // MARK: dates and numbers

    /// Whether a token whose first byte is `b` may be a currency sign ("$", or "£", "€", "¥" by their lead bytes).
    @inline(__always)
    static func mayBeCurrency(_ b: UInt8) -> Bool { b == 0x24 || b == 0xC2 || b == 0xE2 }

    /// A number of four digits from 1000 to 2100.
    static func isYear(_ token: WordToken) -> Bool {
        guard token.isNumber, token.lowerCount == 4 else { return false }
        var v = 0
        for k in 0..<4 {
            let d = Int(truncatingIfNeeded: token.head.0 >> (8 * k)) & 0xFF
            guard d >= 48 && d <= 57 else { return false }
            v = v * 10 + d - 48
        }
        return v >= 1000 && v <= 2100
    }

    /// Which tokens already belong to a fact.
    final class UsedTokens {
        var marks: [Bool]
        init(count: Int) { marks = [Bool](repeating: false, count: count) }
    }

    func findDatesAndNumbers(_ t: SentenceTokens, _ used: UsedTokens, _ add: (Int, Int, FactType) -> Void) {
        var k = 0
        func free(_ i: Int) -> Bool { i < t.count && !used.marks[i] }
        func day(_ i: Int) -> Bool {
            guard i < t.count, t[i].isNumber else { return false }
            let d = t.text(i).filter(\.isNumber)
            return d.count <= 2 && (Int(d).map { (1...31).contains($0) } ?? false)
        }
        func month(_ i: Int) -> Bool { i < t.count && t[i].isCapitalized && t[i].is(.month) }
        while k < t.count {
            guard free(k) else { k += 1; continue }
            // Month Day, Year | Month Day | Month Year
            if month(k) {
                if day(k + 1) {
                    var e = k + 2
                    if e < t.count, t[e].isLower(",") { e += 1 }
                    if e < t.count, Self.isYear(t[e]) { add(k, e + 1, .date); k = e + 1; continue }
                    if !t[k].isLower("may") && !t[k].isLower("march") { add(k, k + 2, .date); k += 2; continue }
                }
                if k + 1 < t.count, Self.isYear(t[k + 1]) { add(k, k + 2, .date); k += 2; continue }
            }
            // Day Month Year
            if day(k), month(k + 1) {
                if k + 2 < t.count, Self.isYear(t[k + 2]) { add(k, k + 3, .date); k += 3; continue }
                add(k, k + 2, .date); k += 2; continue
            }
            let token = t[k]
            // Centuries: "19th century", "nineteenth century"
            if k + 1 < t.count, t[k + 1].isLower("century") || t[k + 1].isLower("centuries"),
               t.lowerHasSuffix(k, "th") || t.lowerHasSuffix(k, "st") || t.lowerHasSuffix(k, "nd") || t.lowerHasSuffix(k, "rd") {
                add(k, k + 2, .century); k += 2; continue
            }
            // Decades: "1960s"
            if token.isNumber, token.end - token.start == 5, t.textHasSuffix(k, "s"), t.bytes[token.start..<(token.start + 4)].allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                add(k, k + 1, .decade); k += 1; continue
            }
            // Money: "$100", "$3.5 million", "100 dollars"
            if token.isPunctuation, Self.mayBeCurrency(t.bytes[token.start]), case let text = t.text(k), let c = text.first, Lexicon.currencies.contains(c),
               text.count == 1, k + 1 < t.count, t[k + 1].isNumber {
                var e = k + 2
                if e < t.count, t[e].is(.multiplier), !t[e].isLower("hundred") { e += 1 }
                add(k, e, .money); k = e; continue
            }
            let isNum = token.isNumber || (token.is(.numberWord) && !token.isLower("one"))
            if isNum {
                var e = k + 1
                // A range of numbers ("8–15", "0.5-1.4") is one answer; year ranges are handled below.
                if token.isNumber, !Self.isYear(token), k + 2 < t.count, t[k + 1].isLower("–") || t[k + 1].isLower("-"),
                   t[k + 2].isNumber, t[k + 2].start == t[k + 1].end, t[k + 1].start == token.end {
                    e = k + 3
                    if t.textHasSuffix(k + 2, "%") { add(k, e, .percent); k = e; continue }
                }
                while e < t.count, t[e].is(.multiplier) { e += 1 }
                if token.isNumber && t.textHasSuffix(k, "%") { add(k, k + 1, .percent); k += 1; continue }
                if e < t.count, t[e].isLower("%") || t[e].isLower("percent") { add(k, e + 1, .percent); k = e + 1; continue }
                if e + 1 < t.count, t[e].isLower("per"), t[e + 1].isLower("cent") { add(k, e + 2, .percent); k = e + 2; continue }
                if e < t.count, t[e].is(.currencyWord) { add(k, e + 1, .money); k = e + 1; continue }
                if e < t.count, t[e].is(.durationUnit) { add(k, e + 1, .duration); k = e + 1; continue }
                if e + 1 < t.count, t[e].isLower("-"), t[e + 1].is(.durationUnit) { add(k, e + 2, .duration); k = e + 2; continue }
                if Self.isYear(token), e == k + 1 {
                    // Year ranges "1939–1945" and plain years.
                    if k + 2 < t.count, t[k + 1].isLower("–") || t[k + 1].isLower("-") || (t[k + 1].isLower("to") && t.text(k + 1) == "to"), Self.isYear(t[k + 2]) {
                        add(k, k + 3, .year); k += 3; continue
                    }
                    add(k, k + 1, .year); k += 1; continue
                }
                if e < t.count, t[e].isWord, !t[e].isCapitalized, !t[e].isFunctionWord,
                   t[e].is(.quantityUnit) || (t.lowerHasSuffix(e, "s") && t.text(e).count > 3) {
                    // "8,840 square miles", "3 cubic metres": the unit has two words.
                    if t[e].isLower("square") || t[e].isLower("cubic") || t[e].isLower("sq"), e + 1 < t.count, t[e + 1].is(.quantityUnit) { e += 1 }
                    add(k, e + 1, .quantity); k = e + 1; continue
                }
                if token.isNumber || e > k + 1 || (token.is(.numberWord) && (Lexicon.numberWords[t.lower(k)] ?? 0) >= 2) {
                    add(k, e, .number); k = e; continue
                }
            }
            k += 1
        }
    }

    // MARK: named entities

    /// A word that opens a sentence (or follows an opening mark), whose kind depends on what the whole essay
    /// shows of it (see `isNameToken`), and what one finder knew of it.
    struct OpeningWord: Sendable {
        var word: String
        var key: UInt64
        var named: Bool
        var lowercase: Bool
    }

    /// The opening words of a sentence that `facts(in:)` looks up in `names` and `lowercase`, with what this
    /// finder knows of them: another finder finds the same facts in the sentence if it knows the same of these.
    func openingWords(_ t: SentenceTokens, _ body: (OpeningWord) -> Void) {
        for (k, token) in t.enumerated() where k == 0 || Self.opensSentence(t[k - 1]) {
            guard token.isWord, token.isCapitalized, !token.isPronounI, !token.is(.function), !token.is(.commonVerb) else { continue }
            body(OpeningWord(word: t.lower(k), key: token.key, named: names.count(of: t, k) > 0,
                             lowercase: lowercase.count(of: t, k) > 0))
        }
    }

    /// Whether this finder knows the same of an opening word as the finder that found it.
    func knowsTheSame(_ w: OpeningWord) -> Bool {
        (names.count(of: w.word, key: w.key) > 0) == w.named && (lowercase.count(of: w.word, key: w.key) > 0) == w.lowercase
    }

    func isNameToken(_ t: SentenceTokens, _ k: Int) -> Bool {
        let token = t[k]
        guard token.isWord, token.isCapitalized, !token.isPronounI else { return false }
        if k == 0 || Self.opensSentence(t[k - 1]) {
            // Sentence-initial capitals: a name only if it is capitalized elsewhere too and not an ordinary word.
            if token.is(.function) || token.is(.commonVerb) { return false }
            let named = names.count(of: t, k) > 0
            if !named && lowercase.count(of: t, k) > 0 { return false }
            if !named && !(k + 1 < t.count && t[k + 1].isCapitalized && t[k + 1].isWord) {
                return token.is(.country) || token.is(.demonym)
            }
        }
        return true
    }

    func findEntities(_ t: SentenceTokens, _ used: [Bool], _ add: (Int, Int, FactType) -> Void) {
        var k = 0
        var titled = false
        while k < t.count {
            // "Mr. Smith": the title is not part of the name, but says it is a person's.
            if t[k].is(.personTitle), !t[k].isLower("st"), k + 2 < t.count, t[k + 1].isLower("."), t[k + 2].isCapitalized {
                titled = true
                k += 2
                continue
            }
            guard !used[k], isNameToken(t, k) else { k += 1; titled = false; continue }
            var e = k + 1
            while e < t.count {
                // "At Harvard Medical School Smith continued …": after an organisation's head word, one more capital
                // followed by a verb is the subject, a name of its own.
                if e - k >= 2, t[e - 1].is(.organisationHead), !t[e].is(.organisationHead), e + 1 < t.count,
                   Self.isVerbLike(t, e + 1), !t[e + 1].is(.auxiliary) { break }
                if !used[e], isNameToken(t, e) { e += 1; continue }
                // "St. Johns River", "Edward J. Noble": the full stop of an abbreviation or initial stays inside.
                if t[e].isLower("."), t[e - 1].isLower("st") || t[e - 1].end - t[e - 1].start == 1 && t[e - 1].isCapitalized,
                   e + 1 < t.count, !used[e + 1], isNameToken(t, e + 1) { e += 2; continue }
                // "Division I", "World War I", "Elizabeth I": after such words "I" is a numeral ("Japan I saw" is not).
                if t[e].isPronounI, !used[e], t[e - 1].is(.beforeNumeral) || t[e - 1].is(.givenName) { e += 1; continue }
                // Connectors between capitals: "Party of Japan", "Newcastle upon Tyne", "Victoria and Albert Museum".
                // ("X the Y" joins only a one-word epithet, "Alexander the Great": "Near Tamins the Anterior
                // Rhine" is two names.)
                if t[e].isLower("the"), e + 2 < t.count, isNameToken(t, e + 2) { break }
                if e + 1 < t.count, t[e].is(.connector), !t[e].isCapitalized, !used[e + 1], isNameToken(t, e + 1) {
                    if t[e].isLower("and") {
                        var f = e + 1
                        while f < t.count, isNameToken(t, f) { f += 1 }
                        let head = t.lower(f - 1)
                        guard Lexicon.organisationHeads.contains(head) || Lexicon.placeHeads.contains(head) else { break }
                    }
                    e += 2
                    continue
                }
                break
            }
            // Drop a leading sentence-initial article-like capital ("The United States" keeps "United States").
            var a = k
            if t[a].isLower("the") { a += 1 }
            // "Boyle's law" keeps the name without the possessive
            if e > a, t.lowerHasSuffix(e - 1, "'s") || t.lowerHasSuffix(e - 1, "’s"), e - a >= 1 {
                if e - a == 1 { k = e; continue }
            }
            if a < e {
                add(a, e, titled ? .person : entityType(t, a, e))
            }
            titled = false
            k = e
        }
    }

    func entityType(_ t: SentenceTokens, _ a: Int, _ e: Int) -> FactType {
        let span = t.items[a..<e]
        // "World War I": the head word stands before the numeral.
        let head = e - a > 1 && t[e - 1].isPronounI ? t[e - 2] : t[e - 1]
        if a > 0, Self.isPersonTitle(t, a - 1) { return .person }
        // "Japan's prime minister, Yukio Hatoyama": a title, a comma, then the person.
        if a > 1, t[a - 1].isLower(","), Self.isPersonTitle(t, a - 2) { return .person }
        // "Ted Ginn Jr.": a suffix only a person's name takes.
        if e - a > 1, (a..<e).contains(where: { ["jr", "jr.", "sr", "sr."].contains(t.lower($0)) }) { return .person }
        // "St." is a saint as often as a place ("St. Louis"): it says nothing of the type.
        if Self.isPersonTitle(t, a) && !t[a].isLower("st") && e - a > 1 { return .person }
        // (A one-word phrase is a country when its token is marked one.)
        if e - a == 1 ? t[a].is(.country) : Lexicon.countries.contains((a..<e).map { t.lower($0) }.joined(separator: " ")) { return .place }
        if e - a == 1, head.is(.demonym) { return .group }
        if head.is(.organisationHead) || span.contains(where: { $0.is(.organisationWord) }) {
            return .organisation
        }
        if head.is(.eventHead) { return .event }
        if head.is(.placeHead) || t[a].is(.placeHead) && e - a > 1 { return .place }
        // A given name and one or two more capitals, none of them a connector: a person ("Ada Lovelace").
        let words = span.reduce(0) { $0 + ($1.isWord ? 1 : 0) }
        if words == 2 || words == 3, t[a].is(.givenName), !span.contains(where: { $0.is(.connector) }) { return .person }
        // "in Fresno", "in St. Louis": one word (or a saint's) after a place's preposition. (Longer names there
        // are as often works, organisations or people: "at Digital Spy", "in Guinness World Records".)
        if a > 0, words == 1 || t[a].isLower("st"), t[a - 1].is(.placePreposition) { return .place }
        if e - a == 2 || e - a == 3, !span.contains(where: { $0.is(.connector) }),
           a + 1 < t.count, !(a..<e).contains(where: { t.bytes[t[$0].start..<t[$0].end].contains(0x2E) && t.text($0).count > 2 }) {
            // Two or three capitalized words with no head word: most often a person's name.
            if e < t.count, t[e].is(.personVerb) { return .person }
        }
        return .entity
    }

    /// "Dr" and "Dr.": a title before a person's name.
    static func isPersonTitle(_ lower: String) -> Bool {
        lower.utf8.last == UInt8(ascii: ".") ? Lexicon.personTitles.contains(String(lower.dropLast())) : WordClass.of(lower).contains(.personTitle)
    }

    /// Whether token `k` is a title before a person's name ("Dr", "Dr.").
    static func isPersonTitle(_ t: SentenceTokens, _ k: Int) -> Bool {
        t.lowerHasSuffix(k, ".") ? isPersonTitle(t.lower(k)) : t[k].is(.personTitle)
    }

    static let beforeNumeral: Set<String> = ["war", "division", "part", "phase", "chapter", "act", "class", "grade",
        "type", "stage", "volume", "book", "series", "league", "tier", "title", "article", "schedule", "pope", "king"]
    static let organisationWords: Set<String> = ["party", "university", "company", "forces", "council"]
    static let placePrepositions: Set<String> = ["in", "at", "from", "to", "near"]
    static let personVerbs: Set<String> = ["said", "wrote", "argued", "who"]

    // MARK: noun phrases

    static func isVerbLike(_ t: SentenceTokens, _ k: Int) -> Bool {
        let token = t[k]
        if token.is([.auxiliary, .commonVerb]) { return true }
        if token.isCapitalized { return false }
        let n = Int(token.lowerCount)
        guard n > 4 else { return false }
        if t.lowerHasSuffix(k, "ed") {
            let l = t.lower(k)
            if !notVerbsInEd.contains(where: { l.hasSuffix($0) && n <= $0.utf8.count + 1 }) { return true }
        }
        if t.lowerHasSuffix(k, "ly") && !token.is(.notAdverbInLy) { return true }
        return false
    }

    static let notVerbsInEd = ["red", "bed", "need", "seed", "speed", "breed", "hundred"]
    static let notAdverbsInLy: Set<String> = ["family", "supply", "italy", "july", "assembly", "monopoly"]
    static let currencyWords: Set<String> = ["dollars", "euros", "pounds", "yen"]
    static let subjectPronouns: Set<String> = ["they", "we", "he", "she", "i", "you", "it", "who", "which"]

    /// Punctuation after which a capital is sentence-initial: opening quotes, a bracket, a colon.
    static func opensSentence(_ t: WordToken) -> Bool {
        t.isLower("“") || t.isLower("\"") || t.isLower("(") || t.isLower(":") || t.isLower("‘")
    }

    /// Members an enumeration of noun phrases needs (two, "grana and thylakoids", cost precision: 0.486 / 0.448).
    static let shortestEnumeration = 3

    func findNounPhrases(_ t: SentenceTokens, _ used: [Bool], _ entities: [FactSpan], _ add: (Int, Int, FactType) -> Void) {
        var k = 0
        var chunks: [(Int, Int)] = []
        // A lower-case word after "to" or after a subject pronoun is a verb ("to terminate", "they reserve").
        func verbByPlace(_ i: Int) -> Bool {
            guard i > 0, !t[i].isCapitalized, t[i].isWord else { return false }
            let p = t[i - 1]
            return (p.isLower("to") && !t[i].is(.determiner)) || p.is(.subjectPronoun)
        }
        while k < t.count {
            let token = t[k]
            let startable = (token.isWord || token.isNumber) && !token.isFunctionWord && !Self.isVerbLike(t, k)
                && !verbByPlace(k) && !used[k]
            guard startable else { k += 1; continue }
            var e = k + 1
            while e < t.count {
                let x = t[e]
                if used[e] {
                    // an entity inside a noun phrase ("the Japanese economy") continues it
                    if entities.contains(where: { $0.first == e }), let span = entities.first(where: { $0.first == e }) { e = span.end; continue }
                    break
                }
                if (x.isWord || x.isNumber) && !x.isFunctionWord && !Self.isVerbLike(t, e) && !verbByPlace(e) { e += 1; continue }
                break
            }
            // Trim vague or -ing words at the end ("being", "having").
            var b = e
            while b > k, t.lowerHasSuffix(b - 1, "ing") && b - 1 > k && t.lower(b - 1).count > 5 && !t[b - 1].isCapitalized { b -= 1 }
            if b > k { chunks.append((k, b)) }
            k = e
        }
        // Enumerations of three or more noun phrases ("fashion, architecture, graphic arts and photography").
        var n = 0
        while n < chunks.count {
            var m = n
            while m + 1 < chunks.count, Self.isListGap(t.items[chunks[m].1..<chunks[m + 1].0], article: false) { m += 1 }
            if m - n >= Self.shortestEnumeration - 1, t[chunks[m].0 - 1].isLower("and") || t[chunks[m].0 - 1].isLower("or") {
                add(chunks[n].0, chunks[m].1, .enumeration)
            }
            n = m + 1
        }
        for (a, b) in chunks {
            if t.items[a..<b].allSatisfy({ $0.is(.vague) }) { continue }
            if entities.contains(where: { $0.first == a && $0.end == b }) { continue }
            // A lone -ing word is a verb more often than a term ("getting").
            if b - a == 1, t.lowerHasSuffix(a, "ing"), !t[a].isCapitalized { continue }
            let defined = a >= 2 && (t[a - 1].isLower("as") || t[a - 1].isLower("called") || t[a - 1].isLower("named") || t[a - 1].isLower("termed"))
                && (!t[a - 1].isLower("as") || ["known", "referred", "described", "called", "regarded"].contains(t.lower(a - 2))
                    || (a >= 3 && t[a - 2].isLower("to") && t[a - 3].isLower("referred")))
            add(a, b, defined ? .definition : .term)
            // "X of Y": the longer phrase too, when short.
            if b + 1 < t.count, t[b].isLower("of"), let next = chunks.first(where: { $0.0 == b + 1 || ($0.0 == b + 2 && t[b + 1].is(.determiner)) }),
               next.1 - a <= 7 {
                add(a, next.1, .term)
            }
        }
    }
}
