/// Word wrapping by display width (CJK and other wide characters count two columns).
enum TextWrap {
    /// Columns `s` takes on a terminal (escape sequences count zero).
    static func displayWidth(_ s: String) -> Int {
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

    static func columns(_ s: Unicode.Scalar) -> Int {
        let v = s.value
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
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = lines.isEmpty ? firstIndent : displayWidth(indent)
            var lineHasWord = false
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let w = displayWidth(String(word))
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
                var rest = Substring(word)
                while used + displayWidth(String(rest)) > limit && !rest.isEmpty && used < limit {
                    // split an over-long word
                    var piece = ""
                    var pw = 0
                    for ch in rest {
                        let cw = displayWidth(String(ch))
                        if used + pw + cw > limit { break }
                        piece.append(ch)
                        pw += cw
                    }
                    if piece.isEmpty { break }
                    lines.append(line + piece)
                    rest = rest.dropFirst(piece.count)
                    line = indent
                    used = displayWidth(indent)
                }
                line += rest
                used += displayWidth(String(rest))
                lineHasWord = true
            }
            lines.append(line)
        }
        return lines
    }
}
