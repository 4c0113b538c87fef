// Dates, durations, numbers and quantities with their units.
extension FactFinder {
    /// Whether a token whose first byte is `b` may be a currency sign ("$", or "£", "€", "¥" by their lead bytes).
    @inline(__always)
    static func mayBeCurrency(_ b: UInt8) -> Bool { b == 0x24 || b == 0xC2 || b == 0xE2 }

    /// The numbers read as years.
    static let years = 1000...2100

    /// A number of four digits from 1000 to 2100.
    static func isYear(_ token: WordToken) -> Bool {
        guard token.isNumber, token.lowerCount == 4 else { return false }
        var v = 0
        for k in 0..<4 {
            let d = Int(truncatingIfNeeded: token.head.0 >> (8 * k)) & 0xFF
            guard d >= 48 && d <= 57 else { return false }
            v = v * 10 + d - 48
        }
        return years.contains(v)
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
            // ("3D", "4K", "5G": digits with a capital are a name, not a number.)
            let isNum = token.isNumber ? !t.bytes[token.start..<token.end].contains(where: { $0 >= 0x41 && $0 <= 0x5A })
                : token.is(.numberWord) && !token.isLower("one")
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
}
