/// Text made safe for a terminal: control characters and escape sequences from decks, essays and logs are
/// shown as `\xHH` instead of acting on the terminal (title, clipboard, clearing the screen); only the
/// colour codes `Style` writes pass through.
enum TerminalText {
    /// `text` with every C0 control (but newline and tab), DEL, C1 control and escape sequence shown as `\xHH`.
    static func safe(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "\u{1B}", let end = styleEnd(scalars, from: i) {
                out.append(contentsOf: scalars[i...end])
                i = end + 1
                continue
            }
            let v = s.value
            if (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) {
                let hex = String(v, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\x" + (hex.count < 2 ? "0" : "") + hex).unicodeScalars)
            } else {
                out.append(s)
            }
            i += 1
        }
        return String(out)
    }

    /// The colour codes `Style` writes (`ESC [ code m`).
    static let styleCodes: Set<String> = ["0", "1", "2", "4", "31", "32", "33", "34", "36"]

    /// The index of the `m` ending a `Style` code that starts at `start`, else nil.
    static func styleEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var code = ""
        var k = start + 2
        while k < scalars.count, k < start + 5, ("0"..."9").contains(scalars[k]) {
            code.unicodeScalars.append(scalars[k])
            k += 1
        }
        guard k < scalars.count, scalars[k] == "m", styleCodes.contains(code) else { return nil }
        return k
    }
}
