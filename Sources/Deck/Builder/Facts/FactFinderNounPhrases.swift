// Noun phrases, key terms and definitions: the content the other facts leave.
extension FactFinder {
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
