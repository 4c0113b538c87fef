/// A parsed deck as bytes that decode in a few milliseconds: what the deck cache keeps (docs/deck-format.md).
/// Layout: the magic `QUIZDECK`, a version, the `WordHash` of the rest, then the key the bytes were made for
/// and the parse result's fields (`BinaryWriter`'s encoding). Bytes made for another key, or damaged, or of
/// another version, decode as nil.
public enum DeckBinary {
    static let frame = BinaryFrame(magic: Array("QUIZDECK".utf8), version: 1, checksum: WordHash.hash)

    /// What a parse result depends on: the program that parsed (its identity, which changes when it is
    /// rebuilt), the deck's path (diagnostics name it), and the deck's bytes (their length and `WordHash`).
    public struct Key: Equatable, Sendable {
        public var program: UInt64
        public var path: String
        public var bytes: Int
        public var hash: UInt64

        /// The key of `bytes` read from `path` by the program of identity `program`.
        public init(program: UInt64, path: String, bytes: [UInt8]) {
            self.program = program
            self.path = path
            self.bytes = bytes.count
            self.hash = WordHash.hash(bytes)
        }
    }

    /// The bytes of `result`, made for `key`.
    public static func encode(_ result: DeckParseResult, key: Key) -> [UInt8] {
        var w = BinaryWriter()
        w.out.reserveCapacity(1 << 16)
        w.int(Int64(bitPattern: key.program)); w.string(key.path); w.int(Int64(key.bytes)); w.int(Int64(bitPattern: key.hash))
        w.string(result.deck.title)
        w.optionalString(result.deck.source)
        w.int(Int64(result.deck.cards.count))
        for card in result.deck.cards {
            w.string(card.id)
            w.byte(UInt8(CardKind.allCases.firstIndex(of: card.kind)!))
            w.string(card.prompt)
            w.string(card.answer)
            for list in [card.choices, card.accepted, card.tags] {
                w.int(Int64(list.count))
                for s in list { w.string(s) }
            }
            w.optionalString(card.hint)
            if let source = card.source {
                w.byte(1); w.optionalString(source.file); w.int(Int64(source.line)); w.int(Int64(source.endLine))
            } else {
                w.byte(0)
            }
            w.optionalDouble(card.score)
            w.optionalString(card.fact)
        }
        w.int(Int64(result.diagnostics.count))
        for d in result.diagnostics {
            w.string(d.file); w.int(Int64(d.line)); w.optionalInt(d.column.map(Int64.init))
            w.byte(d.severity == .error ? 1 : 0); w.string(d.message)
        }
        w.int(Int64(result.cardLines.count))
        for line in result.cardLines { w.int(Int64(line)) }
        return frame.wrap(w.out)
    }

    /// The parse result in `bytes` if they are whole, intact, of this version and made for `key`; else nil.
    public static func decode(_ bytes: [UInt8], key: Key) -> DeckParseResult? {
        bytes.withUnsafeBytes { decode(raw: $0, key: key) }
    }

    private static func decode(raw bytes: UnsafeRawBufferPointer, key: Key) -> DeckParseResult? {
        guard var opened = frame.open(bytes) else { return nil }
        guard let program = opened.reader.uint64(), program == key.program, let path = opened.reader.string(), path == key.path,
              let length = opened.reader.int(), length == Int64(key.bytes), let hash = opened.reader.uint64(), hash == key.hash,
              opened.isIntact else { return nil }
        var r = opened.reader
        // Counts are bounded by the bytes left (every element takes at least one byte).
        func count() -> Int? {
            guard let n = r.int(), n >= 0, n <= Int64(r.remaining) else { return nil }
            return Int(n)
        }
        func int() -> Int? { r.int().flatMap { Int(exactly: $0) } }
        func list() -> [String]? {
            guard let n = count() else { return nil }
            guard n > 0 else { return [] }
            var list: [String] = []
            list.reserveCapacity(n)
            for _ in 0..<n {
                guard let s = r.string() else { return nil }
                list.append(s)
            }
            return list
        }
        guard let title = r.string(), let source = r.optionalString(), let cardCount = count() else { return nil }
        var deck = Deck(title: title, source: source)
        deck.cards.reserveCapacity(cardCount)
        for _ in 0..<cardCount {
            guard let id = r.string(), let kind = r.byte(), Int(kind) < CardKind.allCases.count,
                  let prompt = r.string(), let answer = r.string() else { return nil }
            guard let choices = list(), let accepted = list(), let tags = list() else { return nil }
            guard let hint = r.optionalString(), let hasSource = r.byte(), hasSource <= 1 else { return nil }
            var ref: SourceRef? = nil
            if hasSource == 1 {
                guard let file = r.optionalString(), let line = int(), let end = int() else { return nil }
                ref = SourceRef(file: file, line: line, endLine: end)
            }
            guard let score = r.optionalDouble(), let fact = r.optionalString() else { return nil }
            deck.cards.append(Card(id: id, kind: CardKind.allCases[Int(kind)], prompt: prompt, answer: answer,
                                   choices: choices, accepted: accepted, hint: hint, tags: tags, source: ref,
                                   score: score, fact: fact))
        }
        guard let diagnosticCount = count() else { return nil }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<diagnosticCount {
            guard let file = r.string(), let line = int(), let column = r.optionalInt(), let severity = r.byte(),
                  severity <= 1, let message = r.string() else { return nil }
            diagnostics.append(Diagnostic(file: file, line: line, column: column.flatMap { Int(exactly: $0) },
                                          severity: severity == 1 ? .error : .warning, message: message))
        }
        guard let lineCount = count() else { return nil }
        var cardLines: [Int] = []
        cardLines.reserveCapacity(lineCount)
        for _ in 0..<lineCount {
            guard let line = int() else { return nil }
            cardLines.append(line)
        }
        guard r.at == bytes.count else { return nil }
        return DeckParseResult(deck: deck, diagnostics: diagnostics, cardLines: cardLines)
    }
}
