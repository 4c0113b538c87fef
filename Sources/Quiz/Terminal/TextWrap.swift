/// Word wrapping by display width (CJK and other wide characters count two columns).
enum TextWrap {
    /// Columns `s` takes on a terminal (escape sequences count zero).
    static func displayWidth(_ s: some StringProtocol) -> Int {
        if isPrintableASCII(s) { return s.utf8.count }
        var w = 0
        var inEscape = false
        for scalar in s.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" { inEscape = true; continue }
            w += columns(scalar)
        }
        return w
    }

    /// Whether `s` is printable ASCII only (a column a byte).
    static func isPrintableASCII(_ s: some StringProtocol) -> Bool {
        s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Columns one character takes (an escape character counts zero).
    static func columns(of character: Character) -> Int {
        var w = 0
        for scalar in character.unicodeScalars where scalar != "\u{1B}" { w += columns(scalar) }
        return w
    }

    static func columns(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark || v == 0x200B { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// Lines of at most `width` columns: the first starts after `firstIndent` columns already used,
    /// the others are prefixed by `indent`. Lines break between words; a first word that does not fit
    /// after `firstIndent` starts the next line, and only a word longer than a whole line is split.
    static func wrap(_ text: String, width: Int, firstIndent: Int = 0, indent: String = "") -> [String] {
        let limit = max(width, 20)
        var lines: [String] = []
        // (Split at the bytes of a newline and a space: walking the text character by character cost a
        // microsecond a character.)
        for paragraph in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var line = ""
            var used = lines.isEmpty ? firstIndent : displayWidth(indent)
            var lineHasWord = false
            for wordBytes in paragraph.split(separator: 0x20, omittingEmptySubsequences: true) {
                let word = Substring(wordBytes)
                let w = displayWidth(word)
                if lineHasWord && used + 1 + w > limit {
                    lines.append(line)
                    line = indent
                    used = displayWidth(indent)
                    lineHasWord = false
                }
                let indentWidth = displayWidth(indent)
                if !lineHasWord && used > indentWidth && used + w > limit && indentWidth + w <= limit {
                    lines.append(line)
                    line = indent
                    used = indentWidth
                }
                if lineHasWord { line += " "; used += 1 }
                // An over-long word is split into pieces that fill lines, in one pass over its characters.
                var rest = word
                var restWidth = w
                let ascii = isPrintableASCII(word)
                while used + restWidth > limit && !rest.isEmpty && used < limit {
                    var end = rest.startIndex
                    var pw = 0
                    if ascii {
                        // (Printable ASCII: a column a byte.)
                        pw = min(limit - used, restWidth)
                        end = rest.utf8.index(rest.startIndex, offsetBy: pw)
                    } else {
                        while end < rest.endIndex {
                            let cw = columns(of: rest[end])
                            if used + pw + cw > limit { break }
                            pw += cw
                            end = rest.index(after: end)
                        }
                    }
                    if end == rest.startIndex { break }
                    lines.append(line + rest[..<end])
                    rest = rest[end...]
                    restWidth -= pw
                    line = indent
                    used = displayWidth(indent)
                }
                line += rest
                used += restWidth
                lineHasWord = true
            }
            lines.append(line)
        }
        return lines
    }
}
