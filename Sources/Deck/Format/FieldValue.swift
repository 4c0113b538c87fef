/// How field values are written: raw (`Key: text`), as an indented block (`Key:` then lines indented by
/// two spaces) or, for values neither can carry exactly, as a JSON string literal (`Key:: "…"`).
enum FieldValue {
    /// The lines (without newline) that write `value` after `head` (e.g. `A` or `- [x]`).
    static func lines(head: String, value: String, rawSeparator: String = ": ") -> [String] {
        if isRaw(value) { return [head + rawSeparator + value] }
        if isBlock(value) {
            return ["\(head):"] + value.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "  " + $0 }
        }
        return ["\(head):: \(jsonLiteral(value))"]
    }

    /// A single line, no surrounding whitespace, no control characters.
    static func isRaw(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { isRaw($0) }
    }

    /// `isRaw` for a value's UTF-8 bytes (valid UTF-8).
    static func isRaw(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        // The edges: ASCII by its byte, anything else by its scalar.
        if first < 0x80 ? isSpace(Unicode.Scalar(first)) : isSpace(scalar(bytes, at: 0)) { return false }
        if last < 0x80 {
            if isSpace(Unicode.Scalar(last)) { return false }
        } else {
            // (The last scalar starts at the last byte that is not a continuation byte.)
            var start = bytes.count - 1
            while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            if isSpace(scalar(bytes, at: start)) { return false }
        }
        // Control characters by their UTF-8 bytes: C0 and DEL, C1 (U+0080-U+009F: C2 80-9F), U+2028 and
        // U+2029 (E2 80 A8-A9). (Valid UTF-8: a lead byte is followed by its continuation bytes.)
        let n = bytes.count
        var i = 0
        while i < n {
            // Eight plain ASCII bytes at a time; a word that may hold one of those bytes is read byte by byte.
            if i + 8 <= n, !ByteSearch.mayHoldControlOrNonASCII(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x20 || b == 0x7F { return false }
            if b == 0xC2, i + 1 < n, bytes[i + 1] <= 0x9F { return false }
            if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return false }
            i += 1
        }
        return true
    }

    /// The scalar whose UTF-8 bytes start at `offset` (decoded as the builder's scanner does).
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Unicode.Scalar {
        Unicode.Scalar(TextScanner(bytes).scalar(at: offset).value) ?? "\u{FFFD}"
    }

    /// Several lines, none with trailing whitespace or control characters, no blank first or last line.
    static func isBlock(_ value: String) -> Bool {
        guard value.contains("\n") else { return false }
        let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, let last = lines.last, !first.isEmpty, !last.isEmpty else { return false }
        for line in lines {
            if line.unicodeScalars.contains(where: isControl) { return false }
            if let l = line.unicodeScalars.last, isSpace(l) { return false }
        }
        // A block's first line must be indented content, and "  " + text must not read as nothing.
        return !first.unicodeScalars.allSatisfy(isSpace)
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        // ASCII (nearly every value) without a look-up in the Unicode tables.
        s.isASCII ? s == " " || (s.value >= 0x09 && s.value <= 0x0D) : s.properties.isWhitespace
    }
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .control || s == "\u{2028}" || s == "\u{2029}" || s == "\u{85}"
    }

    /// A JSON string literal for `value` (escaping only what JSON requires, plus line separators).
    static func jsonLiteral(_ value: String) -> String {
        var out = ""
        appendJSONString(value, to: &out, shortBackspaceAndFormFeed: false) { isControl($0) || $0 == "\u{FEFF}" }
        return out
    }

    /// Appends `value` as a JSON string literal: `"`, `\`, newline, CR and tab by their short escapes (backspace
    /// and form feed too, if asked), and every other scalar that `escape` picks as `\uXXXX`.
    static func appendJSONString(_ value: String, to out: inout String, shortBackspaceAndFormFeed: Bool,
                                 escape: (Unicode.Scalar) -> Bool) {
        out += "\""
        for s in value.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}" where shortBackspaceAndFormFeed: out += "\\b"
            case "\u{C}" where shortBackspaceAndFormFeed: out += "\\f"
            default:
                if escape(s) {
                    let hex = String(s.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        out += "\""
    }

    /// Decodes a JSON string literal; returns nil and an offset (in scalars) on failure.
    static func decodeJSONLiteral(_ text: Substring) -> Result<String, LiteralError> {
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "\"" else { return .failure(LiteralError(offset: 0, message: "expected a JSON string literal after '::'")) }
        var out = String.UnicodeScalarView()
        var i = 1
        var pendingHigh: UInt32? = nil
        while i < scalars.count {
            let c = scalars[i]
            if c == "\"" {
                if pendingHigh != nil { return .failure(LiteralError(offset: i, message: "unpaired surrogate in \\u escape")) }
                let rest = scalars[(i + 1)...].filter { !isSpace($0) }
                if !rest.isEmpty { return .failure(LiteralError(offset: i + 1, message: "text after the closing quote")) }
                return .success(String(out))
            }
            if c == "\\" {
                guard i + 1 < scalars.count else { break }
                let e = scalars[i + 1]
                var decoded: Unicode.Scalar? = nil
                switch e {
                case "\"": decoded = "\""
                case "\\": decoded = "\\"
                case "/": decoded = "/"
                case "n": decoded = "\n"
                case "r": decoded = "\r"
                case "t": decoded = "\t"
                case "b": decoded = "\u{8}"
                case "f": decoded = "\u{C}"
                case "u":
                    guard i + 6 <= scalars.count,
                          let v = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16) else {
                        return .failure(LiteralError(offset: i, message: "bad \\u escape"))
                    }
                    i += 6
                    if let high = pendingHigh {
                        guard (0xDC00...0xDFFF).contains(v) else { return .failure(LiteralError(offset: i - 6, message: "unpaired surrogate in \\u escape")) }
                        out.append(Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (v - 0xDC00))!)
                        pendingHigh = nil
                    } else if (0xD800...0xDBFF).contains(v) {
                        pendingHigh = v
                    } else if let s = Unicode.Scalar(v) {
                        out.append(s)
                    } else {
                        return .failure(LiteralError(offset: i - 6, message: "unpaired surrogate in \\u escape"))
                    }
                    continue
                default:
                    return .failure(LiteralError(offset: i, message: "unknown escape '\\\(e)'"))
                }
                if pendingHigh != nil { return .failure(LiteralError(offset: i, message: "unpaired surrogate in \\u escape")) }
                out.append(decoded!)
                i += 2
                continue
            }
            if pendingHigh != nil { return .failure(LiteralError(offset: i, message: "unpaired surrogate in \\u escape")) }
            out.append(c)
            i += 1
        }
        return .failure(LiteralError(offset: scalars.count, message: "unterminated string literal"))
    }

    /// Why a JSON string literal could not be read, and where.
    struct LiteralError: Error {
        var offset: Int
        var message: String
    }
}
