// In-text citations: "(Packard, 2010, 94-95)".
extension FactFinder {
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
}
