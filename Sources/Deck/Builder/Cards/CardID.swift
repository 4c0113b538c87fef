/// Stable card ids for built decks: derived from the kind, the sentence and the answer, so rebuilding
/// after an edit elsewhere in the essay keeps the ids (and the progress) of unchanged facts.
public enum CardID {
    public static func make(kind: CardKind, sentence: String, answer: String) -> String {
        make(kind: kind, sentenceKey: normalize(sentence), answer: answer)
    }

    /// `make` with the sentence already normalised (`normalize`).
    public static func make(kind: CardKind, sentenceKey: String, answer: String) -> String {
        make(kind: kind, digits: digits(sentenceHash: sentenceHash(sentenceKey), answer: answer))
    }

    /// The id of a card of `kind` whose sentence and answer give `digits`.
    static func make(kind: CardKind, digits: String) -> String {
        switch kind {
        case .cloze: return "c-" + digits
        case .question: return "q-" + digits
        case .choice: return "m-" + digits
        case .truefalse: return "t-" + digits
        }
    }

    /// A built id ("c-", "q-", "m-" or "t-" and eight base-36 digits) as a number that no other id has: the
    /// digits' value and the kind, packed into 44 bits; nil for any other id.
    static func packed(_ id: String) -> UInt64? {
        var id = id
        return id.withUTF8 { b -> UInt64? in
            guard b.count == 10, b[1] == 0x2D else { return nil }
            let kind: UInt64
            switch b[0] {
            case 0x63: kind = 0  // c
            case 0x71: kind = 1  // q
            case 0x6D: kind = 2  // m
            case 0x74: kind = 3  // t
            default: return nil
            }
            var value: UInt64 = 0
            for d in b[2...] {
                switch d {
                case 0x30...0x39: value = value * 36 + UInt64(d - 0x30)
                case 0x61...0x7A: value = value * 36 + UInt64(d - 0x61 + 10)
                default: return nil
                }
            }
            // (The kind in the lowest bits: the forms of one fact fall in different slots of a table.)
            return value << 2 | kind
        }
    }

    /// The FNV-1a state after a normalised sentence and the separator: computed once per sentence.
    static func sentenceHash(_ sentenceKey: String) -> UInt64 {
        sentenceHash(keyHash: FNV1a.hash(sentenceKey))
    }

    /// `sentenceHash` from the FNV-1a hash of the normalised sentence.
    static func sentenceHash(keyHash: UInt64) -> UInt64 {
        FNV1a.hash([0x1F], from: keyHash)
    }

    /// The eight base-36 digits of an id: the hash of the sentence and the normalised answer.
    static func digits(sentenceHash: UInt64, answer: String) -> String {
        digits(digitsValue(sentenceHash: sentenceHash, answer: answer))
    }

    /// The digits of a value below 36^8, zero-padded (the last eight base-36 digits of the hash).
    static func digits(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 8) { out in
            var v = value
            for k in (0..<8).reversed() {
                let d = UInt8(v % 36)
                out[k] = d < 10 ? 0x30 + d : 0x61 + d - 10
                v /= 36
            }
            return 8
        }
    }

    /// The value of those eight digits: ids of the same kind sort as these numbers do (zero-padded base-36
    /// digits, `0`-`9` before `a`-`z`), without making the strings.
    static func digitsValue(sentenceHash: UInt64, answer: String) -> UInt64 {
        normalizedHash(answer, from: sentenceHash) % 2_821_109_907_456  // 36^8
    }

    /// `FNV1a.hash(normalize(s), from: hash)`, without making the normalised string when `s` is ASCII.
    static func normalizedHash(_ s: String, from hash: UInt64) -> UInt64 {
        guard ByteSearch.isASCII(s) else { return FNV1a.hash(normalizedBytes(s), from: hash) }
        var s = s
        var h = hash
        s.withUTF8 { bytes in normalizingASCII(bytes) { h = FNV1a.step(h, $0) } }
        return h
    }

    /// The bytes of `normalize` for ASCII text, one at a time.
    @inline(__always)
    static func normalizingASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Void) {
        var started = false, space = false
        for b in bytes {
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { space = started; continue }
            if space { body(0x20); space = false }
            body(ByteSearch.lowercased(b))
            started = true
        }
    }

    /// Lower case, single spaces: whitespace and case changes do not change an id.
    static func normalize(_ s: String) -> String { String(decoding: normalizedBytes(s), as: UTF8.self) }

    /// The normalised text's bytes (`normalize`, as an array).
    static func normalizedBytes(_ s: String) -> [UInt8] {
        guard ByteSearch.isASCII(s) else {
            // Beyond ASCII: scalar by scalar, or else (a space that may join its neighbour) by characters.
            return normalizedScalars(s) ?? Array(s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ").utf8)
        }
        // ASCII: one pass over the bytes.
        var s = s
        return s.withUTF8 { bytes in [UInt8](unsafeUninitializedCapacity: bytes.count) { out, n in
            normalizingASCII(bytes) { out[n] = $0; n += 1 }
        } }
    }

    /// `normalize` read scalar by scalar, lower-casing each (as `lowercased()` does) and collapsing each run of
    /// whitespace into one space (splitting into characters is slow); nil when a space might be joined with its
    /// neighbour into one character (a combining mark after it, a prepended mark before it), where only
    /// splitting by characters is exact.
    static func normalizedScalars(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pending = false, afterSpace = false
        var previous: Unicode.Scalar?
        func take(_ u: Unicode.Scalar) -> Bool {
            let space = u.isASCII ? u == " " || (0x09...0x0D).contains(u.value) : u.properties.isWhitespace
            if space {
                if let p = previous, !p.isASCII, mayPrepend(p) { return false }
                pending = !out.isEmpty
                afterSpace = true
            } else {
                if afterSpace, !u.isASCII, mayExtend(u) { return false }
                if pending { out.append(0x20) }
                if u.isASCII { out.append(UInt8(u.value)) } else { out.append(contentsOf: UTF8.encode(u)!) }
                pending = false
                afterSpace = false
            }
            previous = u
            return true
        }
        for u in text.unicodeScalars {
            if u.isASCII {
                guard take(Unicode.Scalar(ByteSearch.lowercased(UInt8(u.value)))) else { return nil }
            } else if !u.properties.changesWhenLowercased {
                guard take(u) else { return nil }
            } else {
                for m in u.properties.lowercaseMapping.unicodeScalars { guard take(m) else { return nil } }
            }
        }
        return out
    }

    /// Scalars that may join the character before them (marks, joiners, modifiers, format characters).
    static func mayExtend(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .modifierLetter, .modifierSymbol, .surrogate, .unassigned: return true
        default: return u.value >= 0x1F000
        }
    }

    /// Scalars that may join the character after them (prepended concatenation marks and the like).
    static func mayPrepend(_ u: Unicode.Scalar) -> Bool {
        u.properties.generalCategory == .format || u.value == 0x0D4E || u.value >= 0x11000
    }
}
