/// Stable card ids for built decks: derived from the kind, the sentence and the answer, so rebuilding
/// after an edit elsewhere in the essay keeps the ids (and the progress) of unchanged facts.
public enum CardID {
    public static func make(kind: CardKind, sentence: String, answer: String) -> String {
        make(kind: kind, sentenceKey: normalize(sentence), answer: answer)
    }

    /// `make` with the sentence already normalised (`normalize`), to compute it once per sentence.
    public static func make(kind: CardKind, sentenceKey: String, answer: String) -> String {
        let prefix: String
        switch kind {
        case .cloze: prefix = "c"
        case .question: prefix = "q"
        case .choice: prefix = "m"
        case .truefalse: prefix = "t"
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func feed(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for byte in sentenceKey.utf8 { feed(byte) }
        feed(0x1F)
        for byte in normalize(answer).utf8 { feed(byte) }
        let digits = String(hash, radix: 36)
        return prefix + "-" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits.suffix(8)
    }

    /// Lower case, single spaces: whitespace and case changes do not change an id.
    static func normalize(_ s: String) -> String {
        guard s.utf8.allSatisfy({ $0 < 0x80 }) else {
            return s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        // ASCII: one pass over the bytes.
        return String(unsafeUninitializedCapacity: s.utf8.count) { out in
            var n = 0
            var space = false
            for b in s.utf8 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { space = n > 0; continue }
                if space { out[n] = 0x20; n += 1; space = false }
                out[n] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                n += 1
            }
            return n
        }
    }
}
