/// Marks an encyclopedia sets after a word for its editors, not its readers: "[citation needed]", "[update]",
/// "[when?]", and footnote marks ("[Note 4]", "[n 1]", and "[12]" after a punctuation mark). The builder reads
/// a line without them, so that no prompt carries them.
enum EditorialMarks {
    /// The longest mark removed, in bytes, brackets included.
    static let longest = 48

    /// `line` without the marks stuck to the word or punctuation before them. A bracket after a space ("their
    /// [sic] house", "[1] Smith, J."), or one a "(" follows (a Markdown link), is left alone; so is an index
    /// after a word ("a[1]", "x[n]").
    static func removed(from line: String) -> String {
        let b = Array(line.utf8)
        guard b.contains(UInt8(ascii: "[")) else { return line }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "["), i > 0, b[i - 1] != 0x20, b[i - 1] != 0x09,
               let close = b[(i + 1)..<min(b.count, i + longest)].firstIndex(of: UInt8(ascii: "]")),
               close + 1 == b.count || b[close + 1] != UInt8(ascii: "("),
               isMark(b[(i + 1)..<close], afterPunctuation: Self.punctuation.contains(b[i - 1])) {
                i = close + 1
                continue
            }
            out.append(b[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Marks a footnote number may follow.
    static let punctuation: Set<UInt8> = Set(".,;:!?)\"'".utf8)

    /// Whether the text between the brackets is an editor's note (lower-case words, with "?", "-", "–" or
    /// spaces: "citation needed", "update", "dubious – discuss") or a footnote's label ("Note 4", "n 1", "nb 2";
    /// a bare number, or a single word other than "update" without a question mark, only after a punctuation
    /// mark).
    static func isMark(_ inside: ArraySlice<UInt8>, afterPunctuation: Bool) -> Bool {
        func isDigit(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) }
        func isLower(_ c: UInt8) -> Bool { (0x61...0x7A).contains(c) }
        let words = inside.split(separator: 0x20)
        if afterPunctuation, words.count == 1, inside.allSatisfy(isDigit) { return true }
        if words.count == 2, ["note", "n", "nb"].contains(String(decoding: words[0], as: UTF8.self).lowercased()),
           words[1].allSatisfy({ isDigit($0) || isLower($0) }) { return true }
        let text = String(decoding: inside, as: UTF8.self)
        guard inside.filter(isLower).count >= 3, text.first?.isLetter == true,
              text.allSatisfy({ ($0.isASCII && $0.isLowercase) || " ?-–".contains($0) }) else { return false }
        // One word with no question mark after a word is as likely an index ("array[index]"), unless it is "update".
        return words.count > 1 || text.hasSuffix("?") || afterPunctuation || text == "update"
    }
}
