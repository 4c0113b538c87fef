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

    /// Whether two names joined by a lone "and" are one: the first names a body or borough "of" or "for" something
    /// and the second is a few capitalised words with no head word of a body or place of its own and no given name
    /// ("Department of Housing and Urban Development", "Faculty of Arts and Sciences", "Royal Borough of Kensington
    /// and Chelsea"; not "the University of Chicago and Harvard University", "the City of London and Westminster"); or a given name and a name of three
    /// words or more that ends on a building or body named after the two ("Joe and Rika Mansueto Library"; not
    /// "John and Charles Wesley").
    func isNameGoingOnAfterAnd(_ t: SentenceTokens, _ first: FactSpan, _ second: FactSpan) -> Bool {
        guard second.first == first.end + 1, t[first.end].isLower("and") else { return false }
        if first.end - first.first == 1, t[first.first].is(.givenName), second.end - second.first >= 3,
           Self.namedBuildings.contains(t.lower(second.end - 1)) {
            return true
        }
        guard second.end - second.first <= 3,
              (first.first..<first.end).contains(where: { t[$0].isLower("of") || t[$0].isLower("for") }),
              (first.first..<first.end).contains(where: { t[$0].is(.organisationHead) || t.lower($0) == "borough" }) else { return false }
        return !(second.first..<second.end).contains { t[$0].is(.organisationHead) || t[$0].is(.placeHead) || t[$0].is(.givenName) || t[$0].is(.country) }
    }
    /// Buildings and bodies that are named after people.
    static let namedBuildings: Set<String> = ["library", "museum", "collection", "gallery", "centre", "center", "institute", "foundation",
                                              "building", "hall", "school", "college", "theatre", "theater", "hospital", "stadium"]

    public func facts(in tokens: SentenceTokens) -> [FactSpan] {
        let used = UsedTokens(count: tokens.count)
        var out: [FactSpan] = []
        // About one fact for every two tokens at most: sized once, not grown fact by fact.
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
            // (Two names with only a comma between, the second a place, are one place and where it is: "Cologne,
            // Germany", "Fresno, California".)
            let placed = e == k + 1 && entitySpans[e].type == .place && entitySpans[e].first == entitySpans[k].end + 1
                && tokens[entitySpans[k].end].isLower(",")
            if e > k, !placed {
                let a = entitySpans[k].first, b = entitySpans[e].end
                if e == k + 1, isNameGoingOnAfterAnd(tokens, entitySpans[k], entitySpans[e]) {
                    // One name: "the Department of Housing and Urban Development", not two.
                    out.removeAll { $0.first == a && $0.end == entitySpans[k].end || $0.first == entitySpans[e].first && $0.end == b }
                    out.append(Self.span(tokens, a, b, entityType(tokens, a, b)))
                } else {
                    out.append(Self.span(tokens, a, b, .list))
                }
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
}
