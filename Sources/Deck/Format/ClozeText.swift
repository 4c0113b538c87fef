/// A cloze sentence parsed into text and gaps: `{{…}}` marks a gap; `\{`, `\}` and `\\` stand for themselves.
public struct ClozeText: Sendable {
    /// A piece of a cloze sentence: plain text or a gap to fill.
    public enum Segment: Equatable, Sendable { case text(String), gap(String) }

    /// A marker problem, at a 0-based offset (in Unicode scalars) into the raw text.
    public struct Problem: Equatable, Sendable {
        public var offset: Int
        public var message: String
    }

    public private(set) var segments: [Segment] = []
    public private(set) var problems: [Problem] = []

    public init(_ raw: String) {
        var text = ""
        var gap: String? = nil
        var gapStart = 0
        let scalars = Array(raw.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            if c == "\\", let n = next, n == "{" || n == "}" || n == "\\" {
                if gap != nil { gap!.unicodeScalars.append(n) } else { text.unicodeScalars.append(n) }
                i += 2
                continue
            }
            if c == "{", next == "{" {
                if gap != nil {
                    problems.append(Problem(offset: i, message: "'{{' inside a cloze gap; gaps cannot nest"))
                    i += 2
                    continue
                }
                if !text.isEmpty { segments.append(.text(text)); text = "" }
                gap = ""
                gapStart = i
                i += 2
                continue
            }
            if c == "}", next == "}" {
                if let g = gap {
                    if g.allSatisfy(\.isWhitespace) {
                        problems.append(Problem(offset: gapStart, message: "empty cloze gap '{{}}'"))
                    }
                    segments.append(.gap(g))
                    gap = nil
                } else {
                    problems.append(Problem(offset: i, message: "'}}' without a matching '{{'"))
                }
                i += 2
                continue
            }
            if gap != nil { gap!.unicodeScalars.append(c) } else { text.unicodeScalars.append(c) }
            i += 1
        }
        if gap != nil {
            problems.append(Problem(offset: gapStart, message: "'{{' without a matching '}}'"))
        }
        if !text.isEmpty { segments.append(.text(text)) }
        if problems.isEmpty && gaps.isEmpty {
            problems.append(Problem(offset: 0, message: "cloze has no gap; mark the answer as {{answer}}"))
        }
    }

    /// The gaps' texts in order.
    public var gaps: [String] {
        segments.compactMap { if case .gap(let g) = $0 { return g } else { return nil } }
    }

    /// The expected answer: the gaps' texts joined by `; `.
    public var answer: String { gaps.joined(separator: "; ") }

    /// The sentence with every gap shown as `___`.
    public var blanked: String { rendered { _ in "___" } }

    /// The sentence with the gaps filled in.
    public var filled: String { rendered { $0 } }

    /// The sentence with each gap replaced by `replace(gapText)`.
    public func rendered(_ replace: (String) -> String) -> String {
        segments.map { seg in
            switch seg {
            case .text(let t): return t
            case .gap(let g): return replace(g)
            }
        }.joined()
    }

    /// Appends UTF-8 `bytes` to `out` with `{`, `}` and `\\` escaped (they are ASCII: byte by byte is exact).
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout TextBuffer) {
        // Runs without a brace or backslash are copied whole (found eight bytes at a time).
        var start = 0, k = 0
        let n = bytes.count
        while k < n {
            if k + 8 <= n, !ByteSearch.mayHoldBraceOrBackslash(UnsafeRawPointer(bytes.baseAddress! + k).loadUnaligned(as: UInt64.self)) {
                k += 8
                continue
            }
            let b = bytes[k]
            if b == UInt8(ascii: "{") || b == UInt8(ascii: "}") || b == UInt8(ascii: "\\") {
                out.append(UnsafeBufferPointer(rebasing: bytes[start..<k]))
                out += "\\"
                start = k
            }
            k += 1
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// `appendEscaped` for a string's bytes.
    static func appendEscaped(_ text: String, to out: inout TextBuffer) {
        var text = text
        text.withUTF8 { appendEscaped($0, to: &out) }
    }

    /// Escapes text so that it reads back literally inside a cloze sentence.
    public static func escape(_ literal: String) -> String {
        if !ByteSearch.anyByte(of: literal, { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "\\") }) {
            return literal
        }
        var out = TextBuffer()
        appendEscaped(literal, to: &out)
        return out.text
    }
}
