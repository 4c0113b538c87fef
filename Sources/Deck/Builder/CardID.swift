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
        let key = sentenceKey + "\u{1F}" + normalize(answer)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 36)
        return prefix + "-" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits.suffix(8)
    }

    /// Lower case, single spaces: whitespace and case changes do not change an id.
    static func normalize(_ s: String) -> String {
        s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
