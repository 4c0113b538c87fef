// Named entities: people, organisations, places, events, and their types.
extension FactFinder {
    /// A word that opens a sentence (or follows an opening mark), whose kind depends on what the whole essay
    /// shows of it (see `isNameToken`), and what one finder knew of it.
    struct OpeningWord: Sendable {
        var word: String
        var key: UInt64
        var named: Bool
        var lowercase: Bool
        /// Whether the essay writes it in lower case more often than as a name.
        var mostlyLowercase: Bool
    }

    /// The opening words of a sentence that `facts(in:)` looks up in `names` and `lowercase`, with what this
    /// finder knows of them: another finder finds the same facts in the sentence if it knows the same of these.
    func openingWords(_ t: SentenceTokens, _ body: (OpeningWord) -> Void) {
        for (k, token) in t.enumerated() where k == 0 || Self.opensSentence(t[k - 1]) {
            guard token.isWord, token.isCapitalized, !token.isPronounI, !token.is(.function), !token.is(.commonVerb) else { continue }
            let named = names.count(of: t, k), lower = lowercase.count(of: t, k)
            body(OpeningWord(word: t.lower(k), key: token.key, named: named > 0, lowercase: lower > 0, mostlyLowercase: lower > named))
        }
    }

    /// Whether this finder knows the same of an opening word as the finder that found it.
    func knowsTheSame(_ w: OpeningWord) -> Bool {
        let named = names.count(of: w.word, key: w.key), lower = lowercase.count(of: w.word, key: w.key)
        return (named > 0) == w.named && (lower > 0) == w.lowercase && (lower > named) == w.mostlyLowercase
    }

    func isNameToken(_ t: SentenceTokens, _ k: Int) -> Bool {
        let token = t[k]
        guard token.isWord, token.isCapitalized, !token.isPronounI else { return false }
        if k == 0 || Self.opensSentence(t[k - 1]) {
            // Sentence-initial capitals: a name only if it is capitalized elsewhere too and not an ordinary word.
            if token.is(.function) || token.is(.commonVerb) { return false }
            // (Alone, a word the essay writes in lower case more often than as a name is an ordinary word here:
            // "Membership is …" beside "Associate Membership" once and "membership" fourteen times; "the (Last
            // Glacial Maximum)" goes on as a name.)
            let nameCount = names.count(of: t, k), lowerCount = lowercase.count(of: t, k)
            let named = nameCount > 0
            let nameGoesOn = k + 1 < t.count && t[k + 1].isCapitalized && t[k + 1].isWord
            if lowerCount > nameCount && (!named || !nameGoesOn) { return false }
            if !named && !nameGoesOn {
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
                // "Caris & Co.", "Warner Inc.": the full stop of a company's abbreviation ends the name inside it.
                if t[e].isLower("."), Self.companyAbbreviations.contains(t.lower(e - 1)) { e += 1; break }
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

    /// Honours and posts named after a person, which end a name that is no person's.
    static let honourNouns: Set<String> = ["scholar", "scholars", "scholarship", "prize", "award", "medal", "fellowship", "fellow",
                                           "professorship", "lecture", "lectures", "trophy", "memorial"]
    /// Abbreviations that end a company's name, full stop included.
    static let companyAbbreviations: Set<String> = ["co", "inc", "ltd", "corp", "bros"]

    func entityType(_ t: SentenceTokens, _ a: Int, _ e: Int) -> FactType {
        let span = t.items[a..<e]
        // "World War I": the head word stands before the numeral; "State Board of Education", "Battle of
        // Hastings": before the first "of" or "for".
        let joined = (a + 1..<e).first { t[$0].isLower("of") || t[$0].isLower("for") }
        let head = joined.map { t[$0 - 1] } ?? (e - a > 1 && t[e - 1].isPronounI ? t[e - 2] : t[e - 1])
        if a > 0, Self.isPersonTitle(t, a - 1) { return .person }
        // "Japan's prime minister, Yukio Hatoyama": a title, a comma, then the person.
        if a > 1, t[a - 1].isLower(","), Self.isPersonTitle(t, a - 2) { return .person }
        // "Ted Ginn Jr.": a suffix only a person's name takes.
        if e - a > 1, (a..<e).contains(where: { ["jr", "jr.", "sr", "sr."].contains(t.lower($0)) }) { return .person }
        // (A one-word phrase is a country or a state when its token is marked one.)
        if e - a == 1 ? t[a].is(.country) : Lexicon.isPlaceByName((a..<e).map { t.lower($0) }.joined(separator: " ")) { return .place }
        if e - a == 1, head.is(.demonym) { return .group }
        // A title that opens a name of an organisation is part of it ("General Teaching Council for Scotland").
        if head.is(.organisationHead) || span.contains(where: { $0.is(.organisationWord) }) {
            return .organisation
        }
        // "St." is a saint as often as a place ("St. Louis"): it says nothing of the type. A title before the head
        // word of an event or a place names no person ("General Conference", "Queen Street").
        if Self.isPersonTitle(t, a) && !t[a].isLower("st") && e - a > 1 && !head.is(.eventHead) && !head.is(.placeHead) { return .person }
        // (Before "of", a bowl, a cup or games is a thing: "Bowl of Hygieia"; "Super Bowl" ends on its head.)
        if head.is(.eventHead), joined == nil || !(head.isLower("bowl") || head.isLower("cup") || head.isLower("games")) { return .event }
        // ("North Carolina", "East Asia"; not a longer name that a direction opens: "North American Industry
        // Classification System".)
        if head.is(.placeHead) || t[a].is(.placeHead) && (2...3).contains(e - a) { return .place }
        // A given name and one or two more capitals, none of them a connector: a person ("Ada Lovelace"); not an
        // honour named after one ("John Harvard Scholar", "Nobel Prize").
        let words = span.reduce(0) { $0 + ($1.isWord ? 1 : 0) }
        if words == 2 || words == 3, t[a].is(.givenName), !span.contains(where: { $0.is(.connector) }),
           !Self.honourNouns.contains(t.lower(e - 1)) { return .person }
        // "in Fresno", "in St. Louis": one word (or a saint's) after a place's preposition. (Longer names there
        // are as often works, organisations or people: "at Digital Spy", "in Guinness World Records"; and so is
        // an abbreviation that names no country: "in QED", "at NASA"; a month is a time: "in June".)
        if a > 0, words == 1 || t[a].isLower("st"),
           t[a - 1].is(.placePreposition) || (t[a - 1].isLower("to") && a > 1 && Self.motionVerbs.contains(t.lower(a - 2))),
           !(words == 1 && (DeckBuilder.isAbbreviation(t.text(a)) || t[a].is(.month))) { return .place }
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
    /// Prepositions a one-word place follows ("in Fresno"); "to" only after a verb of going ("moved to St.
    /// Louis"): otherwise as often a person or a thing ("known to Herodotus", "add O2 to RuBP").
    static let placePrepositions: Set<String> = ["in", "at", "from", "near"]
    /// Verbs of going, after which "to" leads to a place.
    static let motionVerbs: Set<String> = ["moved", "move", "moves", "went", "go", "goes", "travelled", "traveled",
        "returned", "return", "flew", "sailed", "migrated", "relocated", "emigrated", "fled", "came", "come", "sent",
        "exported", "shipped", "headed", "driven", "drove", "walked", "marched", "retreated", "expanded", "spread"]
    static let personVerbs: Set<String> = ["said", "wrote", "argued", "who"]
}
