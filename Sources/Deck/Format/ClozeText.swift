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
        var raw = raw
        raw.withUTF8 { read($0) }
        if problems.isEmpty && gaps.isEmpty {
            problems.append(Problem(offset: 0, message: "cloze has no gap; mark the answer as {{answer}}"))
        }
    }

    /// Reads the UTF-8 bytes of a cloze sentence. The marks are ASCII, so they are found byte by byte; offsets
    /// count scalars (the bytes that start one).
    private mutating func read(_ b: UnsafeBufferPointer<UInt8>) {
        var piece: [UInt8] = []
        piece.reserveCapacity(b.count)
        var inGap = false
        var gapStart = 0
        var i = 0, offset = 0
        let n = b.count
        func take() -> String {
            defer { piece.removeAll(keepingCapacity: true) }
            return String(decoding: piece, as: UTF8.self)
        }
        while i < n {
            let c = b[i]
            let next: UInt8 = i + 1 < n ? b[i + 1] : 0
            if c == UInt8(ascii: "\\") && (next == UInt8(ascii: "{") || next == UInt8(ascii: "}") || next == UInt8(ascii: "\\")) {
                piece.append(next)
                i += 2
                offset += 2
                continue
            }
            if c == UInt8(ascii: "{") && next == UInt8(ascii: "{") {
                if inGap {
                    problems.append(Problem(offset: offset, message: "'{{' inside a cloze gap; gaps cannot nest"))
                } else {
                    if !piece.isEmpty { segments.append(.text(take())) }
                    inGap = true
                    gapStart = offset
                }
                i += 2
                offset += 2
                continue
            }
            if c == UInt8(ascii: "}") && next == UInt8(ascii: "}") {
                if inGap {
                    let g = take()
                    if DeckReader.isBlank(g) {
                        problems.append(Problem(offset: gapStart, message: "empty cloze gap '{{}}'"))
                    }
                    segments.append(.gap(g))
                    inGap = false
                } else {
                    problems.append(Problem(offset: offset, message: "'}}' without a matching '{{'"))
                }
                i += 2
                offset += 2
                continue
            }
            piece.append(c)
            if c & 0xC0 != 0x80 { offset += 1 }
            i += 1
        }
        if inGap {
            problems.append(Problem(offset: gapStart, message: "'{{' without a matching '}}'"))
            // (The unclosed gap's text is dropped.)
            piece.removeAll()
        }
        if !piece.isEmpty { segments.append(.text(take())) }
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
