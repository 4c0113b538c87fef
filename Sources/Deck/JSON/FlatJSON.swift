/// A fast reader and writer for one-line JSON objects whose values are strings, numbers, booleans or null
/// (the review log's lines). Anything else is reported as an error with its byte offset.
public enum FlatJSON {
    /// A value of a flat JSON object.
    public enum Value: Equatable, Sendable {
        case string(String), number(Double), integer(Int64), bool(Bool), null

        public var string: String? { if case .string(let s) = self { return s } else { return nil } }
        public var int: Int64? {
            switch self {
            case .integer(let i): return i
            case .number(let d) where d == d.rounded() && abs(d) < 9e15: return Int64(d)
            default: return nil
            }
        }
        public var bool: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    }

    /// Why a line is not a flat JSON object, and at which byte.
    public struct ParseError: Error, Equatable {
        public var offset: Int
        public var message: String
    }

    /// Parses one object from UTF-8 bytes.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(ParseError) -> [String: Value] {
        var out: [String: Value] = [:]
        try visit(bytes) { key, value in out[String(decoding: key, as: UTF8.self)] = value }
        return out
    }

    /// Parses one object, handing each key (as bytes, without allocating) and value to `body`.
    public static func visit(_ bytes: UnsafeBufferPointer<UInt8>,
                             _ body: (UnsafeBufferPointer<UInt8>, Value) -> Void) throws(ParseError) {
        var p = Parser(b: bytes)
        try p.object { key, raw in body(key, raw.value) }
    }

    /// A value as it stands in the line: strings without escapes stay bytes until asked for.
    public enum RawValue {
        case bytes(UnsafeBufferPointer<UInt8>)
        case decoded(Value)

        public var value: Value {
            switch self {
            case .bytes(let b): return .string(String(decoding: b, as: UTF8.self))
            case .decoded(let v): return v
            }
        }
    }

    /// Like `visit`, without making strings of values that need no unescaping.
    public static func visitRaw(_ bytes: UnsafeBufferPointer<UInt8>,
                                _ body: (UnsafeBufferPointer<UInt8>, RawValue) -> Void) throws(ParseError) {
        var p = Parser(b: bytes)
        try p.object(body)
    }

    public static func parse(_ text: String) throws(ParseError) -> [String: Value] {
        let bytes = Array(text.utf8)
        let result: Result<[String: Value], ParseError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(ParseError) in try parse(buffer) }
        }
        return try result.get()
    }

    /// Writes `pairs` as one JSON object line (no newline), keys in the order given; nil values are left out.
    public static func line(_ pairs: [(String, Value?)]) -> String {
        var out = "{"
        var first = true
        for (key, value) in pairs {
            guard let value else { continue }
            if !first { out += "," }
            first = false
            out += FieldValue.jsonLiteral(key) + ":"
            switch value {
            case .string(let s): out += FieldValue.jsonLiteral(s)
            case .number(let d): out += d.isFinite ? "\(d)" : "null"
            case .integer(let i): out += "\(i)"
            case .bool(let b): out += b ? "true" : "false"
            case .null: out += "null"
            }
        }
        return out + "}"
    }

    struct Parser {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0

        func fail(_ message: String) -> ParseError { ParseError(offset: i, message: message) }

        mutating func skipSpace() {
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D || b[i] == 0x0A { i += 1 }
        }

        mutating func object(_ body: (UnsafeBufferPointer<UInt8>, RawValue) -> Void) throws(ParseError) {
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "{") else { throw fail("expected '{'") }
            i += 1
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "}") {
                i += 1
                return try end()
            }
            while true {
                skipSpace()
                let key = try keyBytes()
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
                i += 1
                skipSpace()
                if i < b.count, b[i] == UInt8(ascii: "\""), let raw = plainString() {
                    body(key, .bytes(raw))
                } else {
                    body(key, .decoded(try value()))
                }
                skipSpace()
                guard i < b.count else { throw fail("unterminated object") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "}") { i += 1; return try end() }
                throw fail("expected ',' or '}'")
            }
        }

        mutating func end() throws(ParseError) {
            skipSpace()
            guard i == b.count else { throw fail("text after the object") }
        }

        /// A string without escapes or control characters, as bytes of the line; nil (nothing read) otherwise.
        mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
            let start = i + 1
            var k = start
            while k < b.count, b[k] != UInt8(ascii: "\""), b[k] != UInt8(ascii: "\\"), b[k] >= 0x20 { k += 1 }
            guard k < b.count, b[k] == UInt8(ascii: "\"") else { return nil }
            i = k + 1
            return UnsafeBufferPointer(rebasing: b[start..<k])
        }

        /// A key without escapes, as bytes of the line (keys of the log never need escapes).
        mutating func keyBytes() throws(ParseError) -> UnsafeBufferPointer<UInt8> {
            guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw fail("expected a string") }
            let start = i + 1
            var k = start
            while k < b.count, b[k] != UInt8(ascii: "\""), b[k] != UInt8(ascii: "\\"), b[k] >= 0x20 { k += 1 }
            if k < b.count, b[k] == UInt8(ascii: "\"") {
                i = k + 1
                return UnsafeBufferPointer(rebasing: b[start..<k])
            }
            _ = try string() // validates, then reports: escaped keys are not part of the format
            throw ParseError(offset: start, message: "escaped characters in a key")
        }

        mutating func value() throws(ParseError) -> Value {
            guard i < b.count else { throw fail("expected a value") }
            switch b[i] {
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try word("true"); return .bool(true)
            case UInt8(ascii: "f"): try word("false"); return .bool(false)
            case UInt8(ascii: "n"): try word("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            case UInt8(ascii: "{"), UInt8(ascii: "["): throw fail("nested objects and arrays are not expected here")
            default: throw fail("expected a value")
            }
        }

        mutating func word(_ w: String) throws(ParseError) {
            let expected = Array(w.utf8)
            guard i + expected.count <= b.count else { throw fail("expected a value") }
            for k in 0..<expected.count where b[i + k] != expected[k] { throw fail("expected a value") }
            i += expected.count
        }

        mutating func number() throws(ParseError) -> Value {
            let start = i
            var integral = true
            if b[i] == UInt8(ascii: "-") { i += 1 }
            let digitsStart = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            guard i > digitsStart else { throw fail("bad number") }
            if i < b.count, b[i] == UInt8(ascii: ".") {
                integral = false
                i += 1
                let f = i
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
                guard i > f else { throw fail("bad number") }
            }
            if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
                integral = false
                i += 1
                if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
                let e = i
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
                guard i > e else { throw fail("bad number") }
            }
            if integral && i - start <= 18 {
                var v: Int64 = 0
                for k in digitsStart..<i { v = v * 10 + Int64(b[k] - 0x30) }
                return .integer(b[start] == UInt8(ascii: "-") ? -v : v)
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
            if integral, let v = Int64(text) { return .integer(v) }
            guard let d = Double(text) else { throw fail("bad number") }
            return .number(d)
        }

        mutating func string() throws(ParseError) -> String {
            guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw fail("expected a string") }
            i += 1
            let start = i
            // Fast path: no escapes.
            while i < b.count, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\"), b[i] >= 0x20 { i += 1 }
            if i < b.count, b[i] == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            var bytes = Array(b[start..<i])
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: bytes, as: UTF8.self)
                }
                if c < 0x20 { throw fail("control character in string") }
                if c != UInt8(ascii: "\\") {
                    bytes.append(c)
                    i += 1
                    continue
                }
                guard i + 1 < b.count else { break }
                let e = b[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "\""): bytes.append(0x22)
                case UInt8(ascii: "\\"): bytes.append(0x5C)
                case UInt8(ascii: "/"): bytes.append(0x2F)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "b"): bytes.append(0x08)
                case UInt8(ascii: "f"): bytes.append(0x0C)
                case UInt8(ascii: "u"):
                    var v = try hex4()
                    if (0xD800...0xDBFF).contains(v) {
                        guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else { throw fail("unpaired surrogate") }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("unpaired surrogate") }
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(v) else { throw fail("unpaired surrogate") }
                    bytes += Array(String(Character(scalar)).utf8)
                default: throw fail("unknown escape")
                }
            }
            throw fail("unterminated string")
        }

        mutating func hex4() throws(ParseError) -> UInt32 {
            guard i + 4 <= b.count else { throw fail("bad \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = b[i]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: throw fail("bad \\u escape")
                }
                v = v * 16 + d
                i += 1
            }
            return v
        }
    }
}
