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

    /// The FNV-1a state after a normalised sentence and the separator: computed once per sentence.
    static func sentenceHash(_ sentenceKey: String) -> UInt64 {
        FNV1a.hash([0x1F], from: FNV1a.hash(sentenceKey))
    }

    /// The eight base-36 digits of an id: the hash of the sentence and the normalised answer.
    static func digits(sentenceHash: UInt64, answer: String) -> String {
        let hash = FNV1a.hash(normalize(answer), from: sentenceHash)
        let digits = String(hash, radix: 36)
        return String(repeating: "0", count: max(0, 8 - digits.count)) + digits.suffix(8)
    }

    /// Lower case, single spaces: whitespace and case changes do not change an id.
    static func normalize(_ s: String) -> String {
        guard !ByteSearch.anyByte(of: s, { $0 >= 0x80 }) else {
            return s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        // ASCII: one pass over the bytes.
        var s = s
        return s.withUTF8 { bytes in String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var space = false
            for b in bytes {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { space = n > 0; continue }
                if space { out[n] = 0x20; n += 1; space = false }
                out[n] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                n += 1
            }
            return n
        } }
    }
}
