/// Reads dates written in common ways ("Jan 19 1960", "19 January 1960", "1960-01-19", "January 1960")
/// from normalised words, to compare dates whatever their spelling.
public enum DateAnswer {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static let ordinalSuffixes = ["st", "nd", "rd", "th"]

    /// `ordinalSuffixes` as byte pairs.
    static let ordinalSuffixBytes: [(UInt8, UInt8)] = ordinalSuffixes.map { (Array($0.utf8)[0], Array($0.utf8)[1]) }

    /// The number of an ASCII word of digits, after each of the ordinal suffixes in turn is taken off its end
    /// while it is longer than two letters ("19th" → 19); nil if anything else is left.
    static func asciiNumber(_ w: String) -> Int? {
        var w = w
        return w.withUTF8 { bytes in
            var end = bytes.count
            for (a, b) in ordinalSuffixBytes where end > 2 && bytes[end - 2] == a && bytes[end - 1] == b { end -= 2 }
            var value = 0
            for k in 0..<end {
                let d = bytes[k] &- 0x30
                guard d < 10 else { return nil }
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(Int(d))
                guard !o1, !o2 else { return nil }
                value = sum
            }
            return end > 0 ? value : nil
        }
    }

    /// A canonical `YYYY-MM-DD` or `YYYY-MM` for normalised text that is exactly a date, else nil.
    public static func canonical(_ normalized: String) -> String? {
        // (Only two or three words can be a date: most answers are told apart by their spaces alone. In ASCII,
        // a space byte is a space character.)
        if ByteSearch.isASCII(normalized) {
            let count = normalized.utf8.split(separator: 0x20).count
            guard count == 2 || count == 3 else { return nil }
        }
        let words = normalized.split(separator: " ").map(String.init)
        func number(_ w: String) -> Int? {
            if ByteSearch.isASCII(w) { return asciiNumber(w) }
            var s = Substring(w)
            for suffix in ordinalSuffixes where s.hasSuffix(suffix) && s.count > 2 { s = s.dropLast(2) }
            return s.allSatisfy(\.isNumber) ? Int(s) : nil
        }
        func year(_ w: String) -> Int? { w.count == 4 ? number(w) : nil }
        func day(_ w: String) -> Int? { number(w).flatMap { (1...31).contains($0) ? $0 : nil } }
        func month(_ w: String) -> Int? { months[w] ?? number(w).flatMap { (1...12).contains($0) && w.count <= 2 ? $0 : nil } }
        func ymd(_ y: Int, _ m: Int, _ d: Int) -> String? {
            guard d <= CivilTime.daysIn(month: m, year: y) else { return nil }
            return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
        }
        switch words.count {
        case 3:
            if let m = months[words[0]], let d = day(words[1]), let y = year(words[2]) { return ymd(y, m, d) }
            if let d = day(words[0]), let m = months[words[1]], let y = year(words[2]) { return ymd(y, m, d) }
            if let y = year(words[0]), let m = month(words[1]), let d = day(words[2]) { return ymd(y, m, d) }
            if let m = month(words[0]), let d = day(words[1]), let y = year(words[2]) { return ymd(y, m, d) } // US 1/19/1960
            if let d = day(words[0]), let m = month(words[1]), let y = year(words[2]) { return ymd(y, m, d) } // 19.01.1960
            return nil
        case 2:
            if let m = months[words[0]], let y = year(words[1]) { return "\(y)-\(m < 10 ? "0" : "")\(m)" }
            if let y = year(words[0]), let m = month(words[1]) { return "\(y)-\(m < 10 ? "0" : "")\(m)" }
            return nil
        default:
            return nil
        }
    }
}
