import Foundation

/// Turns a file's bytes into text, reporting what makes it unreadable: empty, binary, invalid UTF-8.
public enum TextDecoding {
    /// The decoded text (invalid sequences replaced by U+FFFD, a leading BOM dropped) and its problems.
    public static func decode(_ bytes: [UInt8], file: String, what: String) -> (text: String, diagnostics: [Diagnostic]) {
        let (reading, diagnostics) = check(bytes, file: file, what: what)
        if reading == .unreadable { return ("", diagnostics) }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return (text, diagnostics)
    }

    /// The UTF-8 bytes of the text `decode` gives, and its problems: valid bytes without a BOM are given back as
    /// they are (no copy, no string made).
    static func decodeUTF8(_ bytes: [UInt8], file: String, what: String) -> (utf8: [UInt8], diagnostics: [Diagnostic]) {
        let (reading, diagnostics) = check(bytes, file: file, what: what)
        switch reading {
        case .unreadable:
            return ([], diagnostics)
        case .valid:
            // (U+FEFF is a control: a character of its own, whatever follows it, so `decode` drops its bytes alone.)
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return (Array(bytes[3...]), diagnostics) }
            return (bytes, diagnostics)
        case .repaired:
            return (Array(decode(bytes, file: file, what: what).text.utf8), diagnostics)
        }
    }

    /// What `check` found the bytes to be.
    enum Reading { case unreadable, valid, repaired }

    /// Whether `bytes` can be read as text at all (not empty, not binary) and whether they are valid UTF-8, with
    /// the diagnostics of what is wrong.
    static func check(_ bytes: [UInt8], file: String, what: String) -> (Reading, [Diagnostic]) {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return (.unreadable, [Diagnostic(file: file, line: 1, column: 1, message: "empty file: not \(what)")])
        }
        let nulAt: Int? = bytes.withUnsafeBytes { b in
            memchr(b.baseAddress!, 0, b.count).map { UnsafeRawPointer($0) - b.baseAddress! }
        }
        if let nul = nulAt {
            let (line, column) = position(ofByte: nul, in: bytes)
            return (.unreadable, [Diagnostic(file: file, line: line, column: column,
                                    message: "binary file (NUL byte): not \(what)")])
        }
        var diagnostics: [Diagnostic] = []
        // Lines are counted only up to a bad byte, when one is found (`counted`: the bytes looked at so far).
        var line = 1, lineStart = 0, lastBadLine = 0, counted = 0, repaired = false
        var i = 0
        let n = bytes.count
        while i < n {
            // Eight ASCII bytes at a time.
            if i + 8 <= n, bytes.withUnsafeBytes({ $0.loadUnaligned(fromByteOffset: i, as: UInt64.self) }) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let length = validSequenceLength(bytes, at: i)
            if length == 0 {
                repaired = true
                while counted <= i {
                    if endsLine(bytes, at: counted) { line += 1; lineStart = counted + 1 }
                    counted += 1
                }
                if line != lastBadLine && diagnostics.count < maxReports {
                    diagnostics.append(Diagnostic(file: file, line: line, column: column(of: i, lineStart: lineStart, in: bytes),
                                                  message: "invalid UTF-8 byte 0x\(String(bytes[i], radix: 16, uppercase: true))"))
                    lastBadLine = line
                }
                i += 1
            } else {
                i += length
            }
        }
        return (repaired ? .repaired : .valid, diagnostics)
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none.
    static func validSequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return 1 }
        func cont(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            i + k < b.count && range.contains(b[i + k])
        }
        switch c {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0...0xBF) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80...0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90...0xBF) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80...0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    /// Whether the byte at `i` ends a line: an LF, or a CR not followed by an LF (as `TextLines` reads lines).
    static func endsLine(_ b: [UInt8], at i: Int) -> Bool {
        b[i] == 0x0A || (b[i] == 0x0D && (i + 1 == b.count || b[i + 1] != 0x0A))
    }

    /// How many invalid-UTF-8 lines are reported at most.
    static let maxReports = 20

    /// 1-based line and column (in decoded characters, each bad byte counting one) of byte `index`.
    static func position(ofByte index: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for k in 0..<index where endsLine(bytes, at: k) {
            line += 1
            lineStart = k + 1
        }
        return (line, column(of: index, lineStart: lineStart, in: bytes))
    }

    static func column(of index: Int, lineStart: Int, in bytes: [UInt8]) -> Int {
        var column = 1
        var k = lineStart
        while k < index {
            k += max(validSequenceLength(bytes, at: k), 1)
            column += 1
        }
        return column
    }
}
