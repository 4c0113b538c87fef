/// Turns the HTML of an Anki field into plain text: `<br>`, `<div>`, `<p>` and list items become line breaks,
/// other tags (`<b>`, `<i>`, `<span>` …) are dropped, entities decoded, runs of white space collapsed as a
/// browser shows them; `<img src="x">` and `[sound:x]` become the media references `[image: x]` and
/// `[sound: x]`, and their file names are collected.
public enum AnkiHTML {
    /// The text of a field and the media files it names.
    public struct Converted: Equatable, Sendable {
        public var text: String
        public var media: [String]
    }

    public static func text(_ html: String) -> Converted {
        var out = ""
        var media: [String] = []
        var pendingSpace = false
        var skipping: String? = nil  // inside <script> or <style>
        var chars = Substring(html)

        func emit(_ s: String) {
            if pendingSpace, !out.isEmpty, out.last != "\n" { out.append(" ") }
            pendingSpace = false
            out += s
        }
        func lineBreak() {
            pendingSpace = false
            while out.last == " " { out.removeLast() }
            out.append("\n")
        }
        func blockBreak() {
            pendingSpace = false
            while out.last == " " { out.removeLast() }
            if !out.isEmpty, out.last != "\n" { out.append("\n") }
        }

        while let c = chars.first {
            // A tag starts with a letter, `/` or `!` after the `<` (as in a browser); else `<` is text.
            if c == "<", let next = chars.dropFirst().first, next.isLetter || next == "/" || next == "!",
               let close = chars.firstIndex(of: ">") {
                let tag = chars[chars.index(after: chars.startIndex)..<close]
                chars = chars[chars.index(after: close)...]
                let name = tagName(tag)
                if let skip = skipping {
                    if name == "/" + skip { skipping = nil }
                    continue
                }
                switch name {
                case "br": lineBreak()
                case "div", "/div", "p", "/p", "li", "/li", "ul", "/ul", "ol", "/ol", "tr", "/tr", "h1", "h2", "h3", "h4",
                     "/h1", "/h2", "/h3", "/h4", "hr", "blockquote", "/blockquote", "table", "/table":
                    blockBreak()
                case "td", "th": pendingSpace = true
                case "script", "style": skipping = name
                case "img":
                    if let src = attribute("src", in: tag), !src.isEmpty {
                        let name = decodeEntities(src)
                        media.append(name)
                        emit("[image: \(name)]")
                    }
                default: break
                }
                continue
            }
            chars = chars.dropFirst()
            if skipping != nil { continue }
            if c.isWhitespace {
                pendingSpace = true
            } else if c == "&" {
                if let semi = chars.prefix(12).firstIndex(of: ";"), let decoded = entity(chars[..<semi]) {
                    chars = chars[chars.index(after: semi)...]
                    emit(decoded)
                } else {
                    emit("&")
                }
            } else if c == "[", chars.hasPrefix("sound:"), let end = chars.firstIndex(of: "]") {
                let name = String(chars[chars.index(chars.startIndex, offsetBy: 6)..<end])
                chars = chars[chars.index(after: end)...]
                media.append(name)
                emit("[sound: \(name)]")
            } else {
                emit(String(c))
            }
        }
        // No blank lines at either end, no trailing spaces on a line.
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var l = line
            while l.last == " " { l = l.dropLast() }
            return l
        }
        var text = lines.joined(separator: "\n")
        while text.hasPrefix("\n") { text.removeFirst() }
        while text.hasSuffix("\n") { text.removeLast() }
        return Converted(text: text.replacingOccurrences(of: "\u{00A0}", with: " "), media: media)
    }

    /// Plain text as field HTML: `&`, `<`, `>` escaped, line breaks as `<br>`.
    public static func html(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r\n": out += "<br>"
            default: out.append(c)
            }
        }
        return out
    }

    /// `b`, `/div`, `br` from the inside of a tag (lower-cased, attributes and `/>` left off).
    static func tagName(_ tag: Substring) -> String {
        var name = ""
        for c in tag {
            if c.isWhitespace || (c == "/" && !name.isEmpty) { break }
            name.append(c)
        }
        return name.lowercased()
    }

    /// The value of attribute `name` in a tag's text, quoted or not.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        let lower = tag.lowercased()
        var search = lower.startIndex
        while let r = lower.range(of: name, range: search..<lower.endIndex) {
            search = r.upperBound
            let before = r.lowerBound == lower.startIndex ? " " : lower[lower.index(before: r.lowerBound)]
            guard before.isWhitespace else { continue }
            var rest = tag[tag.index(tag.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.upperBound))...]
            rest = rest.drop { $0.isWhitespace }
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst().drop { $0.isWhitespace }
            if let q = rest.first, q == "\"" || q == "'" {
                let body = rest.dropFirst()
                return String(body.prefix { $0 != q })
            }
            return String(rest.prefix { !$0.isWhitespace && $0 != "/" })
        }
        return nil
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = "", rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[rest.index(after: amp)...]
            if let semi = rest.prefix(12).firstIndex(of: ";"), let decoded = entity(rest[..<semi]) {
                out += decoded
                rest = rest[rest.index(after: semi)...]
            } else {
                out += "&"
            }
        }
        return out + rest
    }

    /// The text of an entity's name (`amp`, `#39`, `#x263A`), nil when unknown.
    static func entity(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[String(name)]
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "–", "mdash": "—",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "middot": "·",
        "times": "×", "divide": "÷", "deg": "°", "copy": "©", "reg": "®", "euro": "€", "pound": "£", "yen": "¥",
        "shy": "", "zwj": "\u{200D}", "zwnj": "\u{200C}", "rarr": "→", "larr": "←", "harr": "↔", "uarr": "↑", "darr": "↓",
    ]
}
