/// Reads reference-list entries: author(s), year, title and venue, e.g.
/// `Garten, J. E. (1992). A Cold Peace. New York: Times Books.`
public enum ReferenceParser {
    /// One entry of a reference list.
    public struct Entry: Equatable, Sendable {
        public var authors: String
        public var surname: String
        public var year: String
        public var title: String
        public var venue: String
        public var text: String
    }

    /// `Surname, I. I. (YYYY).` where an entry starts, as offsets into the characters of `text`.
    static func starts(in chars: [Character]) -> [(start: Int, authorsEnd: Int, yearStart: Int, after: Int)] {
        var out: [(Int, Int, Int, Int)] = []
        var i = 0
        while i < chars.count {
            // An entry starts at a capital letter at the start or after a space.
            guard chars[i].isUppercase, i == 0 || chars[i - 1] == " " else { i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isLetter || chars[j] == "-" || chars[j] == "'" || chars[j] == "’" { j += 1 }
            guard j < chars.count, chars[j] == ",", j - i >= 2 else { i += 1; continue }
            // Initials, possibly several authors ("& Smith, J."): up to the "(YYYY)".
            var k = j + 1
            var ok = false
            while k < chars.count, k - j < 80 {
                if chars[k] == "(" { ok = true; break }
                if chars[k] == "." && k + 1 < chars.count && chars[k + 1] == " " && k >= 2 && chars[k - 2] != " " && chars[k - 1].isLowercase { break }
                k += 1
            }
            guard ok, k + 6 < chars.count, chars[(k + 1)..<(k + 5)].allSatisfy(\.isNumber), chars[k + 5] == ")" else { i += 1; continue }
            var after = k + 6
            if after < chars.count, chars[after] == "." { after += 1 }
            out.append((i, k, k + 1, after))
            i = after
        }
        return out
    }

    public static func entries(in text: String) -> [Entry] {
        let chars = Array(text)
        let found = starts(in: chars)
        var out: [Entry] = []
        for (n, s) in found.enumerated() {
            let end = n + 1 < found.count ? found[n + 1].start : chars.count
            let authors = String(chars[s.start..<s.authorsEnd]).trimmingWhitespace()
            let year = String(chars[s.yearStart..<(s.yearStart + 4)])
            let rest = String(chars[s.after..<end]).trimmingWhitespace()
            var title = rest, venue = ""
            if let open = rest.firstIndex(where: { $0 == "“" || $0 == "\"" }),
               let close = rest[rest.index(after: open)...].firstIndex(where: { $0 == "”" || $0 == "\"" }) {
                title = String(rest[rest.index(after: open)..<close]).trimmingWhitespace()
                venue = String(rest[rest.index(after: close)...]).trimmingWhitespace()
            } else if let dot = rest.range(of: ". ") {
                title = String(rest[..<dot.lowerBound]).trimmingWhitespace()
                venue = String(rest[dot.upperBound...]).trimmingWhitespace()
            }
            while let last = venue.last, last == "." || last == "," || last == " " { venue.removeLast() }
            while let last = title.last, last == "." || last == " " { title.removeLast() }
            let surname = String(authors.prefix { $0 != "," })
            out.append(Entry(authors: authors.hasSuffix(",") ? String(authors.dropLast()) : authors, surname: surname,
                             year: year, title: title, venue: venue,
                             text: String(chars[s.start..<end]).trimmingWhitespace()))
        }
        return out
    }

    /// Whether a paragraph is mostly reference entries.
    static func looksLikeReferences(_ text: String) -> Bool {
        let chars = Array(text)
        let found = starts(in: chars)
        guard let first = found.first, first.start <= 2 else { return false }
        return found.count >= 2 || text.count < 250
    }
}
