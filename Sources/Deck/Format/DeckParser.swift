#if canImport(Glibc)
import Glibc
#endif

/// What parsing a deck file gives: the deck as far as it could be read, and every problem found.
public struct DeckParseResult: Sendable {
    public var deck: Deck
    public var diagnostics: [Diagnostic]
    /// The line of each card's heading, in the order of `deck.cards`.
    public var cardLines: [Int] = []
}

/// Reads the plain-text deck format (docs/deck-format.md) and reports every problem, never just the first.
public enum DeckParser {
    /// Parses a deck from the raw bytes of `file` (the name is used in diagnostics only).
    public static func parse(bytes: [UInt8], file: String) -> DeckParseResult {
        parse(bytes: bytes, file: file, partLines: nil)
    }

    /// `parse(bytes:file:)`, its lines read in parts of about `partLines` lines (for tests; nil: as the
    /// deck's size asks).
    static func parse(bytes: [UInt8], file: String, partLines: Int?) -> DeckParseResult {
        // (Read from the file's own bytes when they are valid UTF-8: the text is never made as one string.)
        let (utf8, problems) = TextDecoding.decodeUTF8(bytes, file: file, what: "a deck")
        if problems.hasErrors && utf8.isEmpty {
            return DeckParseResult(deck: Deck(title: ""), diagnostics: problems)
        }
        var reader = DeckReader(utf8: utf8, file: file)
        reader.partLines = partLines
        var result = reader.read()
        if !problems.isEmpty { result.diagnostics = (problems + result.diagnostics).sortedByPlace() }
        return result
    }

    /// Parses a deck from text.
    public static func parse(_ text: String, file: String) -> DeckParseResult {
        var reader = DeckReader(text: text, file: file)
        return reader.read()
    }
}

extension Array where Element == Diagnostic {
    func sortedByPlace() -> [Diagnostic] {
        enumerated().sorted { a, b in
            (a.element.line, a.element.column ?? 0, a.offset) < (b.element.line, b.element.column ?? 0, b.offset)
        }.map(\.element)
    }
}

/// One field as written: where it stands and how its value was spelled.
struct WrittenField {
    enum Form { case raw, block, literal }
    var field: DeckField
    var value: String
    var line: Int
    var keyColumn: Int
    var valueColumn: Int
    var form: Form

    /// The line and column of a 0-based scalar offset into the value.
    func place(ofOffset offset: Int) -> (Int, Int) {
        switch form {
        case .raw: return (line, valueColumn + offset)
        case .literal: return (line, valueColumn)
        case .block:
            var l = line + 1, c = 0
            for (k, s) in value.unicodeScalars.enumerated() {
                if k == offset { break }
                if s == "\n" { l += 1; c = 0 } else { c += 1 }
            }
            return (l, 3 + c)
        }
    }
}

/// One choice line as written.
struct WrittenChoice {
    var correct: Bool
    var text: String
    var line: Int
    var column: Int
}

/// A card heading and what follows it, before it is checked.
struct WrittenCard {
    var id: String
    var line: Int
    var idColumn: Int
    var fields: [WrittenField] = []
    var choices: [WrittenChoice] = []

    func first(_ f: DeckField) -> WrittenField? { fields.first { $0.field == f } }
    func all(_ f: DeckField) -> [WrittenField] { fields.filter { $0.field == f } }
}

/// The line-by-line reader behind `DeckParser`. Lines are read from their UTF-8 bytes (`DeckLineBytes`), and as
/// characters (`line(_:)`) only where the bytes cannot tell.
struct DeckReader {
    let file: String
    /// The text's UTF-8 bytes (valid UTF-8), and each line's range in them.
    let bytes: [UInt8]
    let ranges: [Range<Int>]
    var index = 0
    var diagnostics: [Diagnostic] = []
    /// Reads every line by its characters, never by its bytes (what the byte reading is tested against).
    let byCharacters: Bool
    /// For tests: read the lines in parts of about this many lines, whatever the deck's size.
    var partLines: Int? = nil

    init(text: String, file: String, byCharacters: Bool = false) {
        self.init(utf8: Array(text.utf8), file: file, byCharacters: byCharacters)
    }

    /// A reader of the text whose (valid) UTF-8 bytes are `utf8`.
    init(utf8: [UInt8], file: String, byCharacters: Bool = false) {
        self.file = file
        self.byCharacters = byCharacters
        bytes = utf8
        ranges = utf8.withUnsafeBufferPointer { TextLines.ranges($0) }
    }

    /// How many lines the text has.
    var lineCount: Int { ranges.count }

    /// Line `k` as characters, made when a question needs them. (A line starts at the text's start or after a
    /// line break and ends at one or at the end, so its ends are character boundaries of the whole text: read
    /// alone, it has the characters it has in the text.)
    func line(_ k: Int) -> Substring { string(ranges[k])[...] }

    mutating func error(_ line: Int, _ column: Int?, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
    }

    mutating func warning(_ line: Int, _ column: Int?, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, severity: .warning, message: message))
    }

    static func isHeading(_ line: Substring, level: Int) -> Bool {
        let marks = String(repeating: "#", count: level)
        guard line.hasPrefix(marks) else { return false }
        let rest = line.dropFirst(level)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    static func leadingSpaces(_ s: Substring) -> Int {
        s.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
    }

    mutating func read() -> DeckParseResult {
        let looksLikeDeck = (0..<lineCount).contains { heading($0, level: 1) || heading($0, level: 2) }
        if !looksLikeDeck {
            error(1, 1, "not a deck: no '# Title' line and no '## card-id' heading (see docs/deck-format.md)")
            return DeckParseResult(deck: Deck(title: ""), diagnostics: diagnostics)
        }
        // A large deck's lines are read in parts on every core, each part from a card's heading on.
        let parts = cardParts()
        var header = Lines()
        var cards: [WrittenCard] = []
        if parts.count == 1 {
            readLines(until: lineCount, into: &header)
            cards = header.cards
            header.cards = []
        } else {
            let reader = self
            var read = Parallel.map(over: parts) { range in
                var r = reader
                r.index = range.lowerBound
                r.diagnostics = []
                var lines = Lines()
                r.readLines(until: range.upperBound, into: &lines)
                return (lines, r.diagnostics)
            }
            header = read[0].0
            cards.reserveCapacity(read.reduce(0) { $0 + $1.0.cards.count })
            for k in read.indices {
                cards.append(contentsOf: read[k].0.cards)
                read[k].0.cards = []
                diagnostics += read[k].1
            }
            header.cards = []
        }
        var deck = header.deck
        let sawTitle = header.sawTitle, sourceField = header.sourceField
        if !sawTitle { error(1, 1, "expected the deck title ('# Title') as the first line") }
        if let s = sourceField {
            if s.value.isEmpty { error(s.line, s.valueColumn, "empty source path") } else { deck.source = s.value }
        }
        var seen: [String: Int] = [:]
        seen.reserveCapacity(cards.count)
        deck.cards.reserveCapacity(cards.count)
        var cardLines: [Int] = []
        cardLines.reserveCapacity(cards.count)
        var clean = self
        clean.diagnostics = []
        Self.checkAll(cards, with: clean) { k, card, found in
            // (The written card is read in place, not copied.)
            if let first = seen[cards[k].id], !cards[k].id.isEmpty {
                error(cards[k].line, cards[k].idColumn, "duplicate card id '\(cards[k].id)' (first at line \(first))")
            } else {
                seen[cards[k].id] = cards[k].line
            }
            diagnostics += found
            if let card {
                deck.cards.append(card)
                cardLines.append(cards[k].line)
            }
        }
        return DeckParseResult(deck: deck, diagnostics: diagnostics.sortedByPlace(), cardLines: cardLines)
    }

    /// What reading lines gives: the deck's title and `Source` (from the header, before the first card), whether
    /// a title line was seen, and the cards as written.
    struct Lines {
        var deck = Deck(title: "")
        var sawTitle = false
        var sourceField: WrittenField? = nil
        var cards: [WrittenCard] = []
    }

    /// Reads the lines from `index` up to `stop` (a card's heading, or the end) into `lines`.
    mutating func readLines(until stop: Int, into lines: inout Lines) {
        while index < stop {
            let lineNumber = index + 1
            let start = indentEnd(index), end = ranges[index].upperBound
            if start == end { index += 1; continue }
            if (byCharacters ? nil : starts("<!--", at: start, end)) ?? line(index).drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("<!--") {
                skipComment()
                continue
            }
            if heading(index, level: 2) {
                lines.cards.append(readCardHeading(lineNumber))
                index += 1
                continue
            }
            if lines.cards.isEmpty && !lines.sawTitle {
                lines.sawTitle = true
                let text = line(index)
                if Self.isHeading(text, level: 1) {
                    lines.deck.title = text.dropFirst(1).trimmingWhitespace()
                    if lines.deck.title.isEmpty { error(lineNumber, 1, "the deck title is empty") }
                } else {
                    error(lineNumber, 1, "expected the deck title ('# Title') as the first line")
                }
                index += 1
                continue
            }
            if lines.cards.isEmpty {
                // Deck header: `Source:` and free prose.
                if let written = readField(lineNumber) {
                    if written.field == .source {
                        if lines.sourceField != nil { error(lineNumber, written.keyColumn, "duplicate field 'Source'") }
                        lines.sourceField = written
                    } else {
                        warning(lineNumber, written.keyColumn, "field '\(written.field.rawValue)' before the first card is ignored")
                    }
                } else {
                    index += 1
                }
                continue
            }
            if let choice = readChoice(lineNumber) {
                lines.cards[lines.cards.count - 1].choices.append(choice)
                continue
            }
            if let written = readField(lineNumber) {
                lines.cards[lines.cards.count - 1].fields.append(written)
                continue
            }
            let text = line(index)
            if let key = Self.fieldKey(text) {
                error(lineNumber, 1, "unknown field '\(key)' (fields: Q, A, Cloze, TF, Accept, Hint, Tags, Source, Score)")
            } else if Self.isHeading(text, level: 1) {
                error(lineNumber, 1, "a deck has one '# Title'; cards start with '## card-id'")
            } else {
                error(lineNumber, Self.leadingSpaces(text) + 1, "expected a field ('Key: value') or a choice ('- [x] text')")
            }
            index += 1
        }
    }

    /// The parts a deck's lines are read in: one for a small deck, a deck read by characters or one with a
    /// comment (which may hold a heading); else about two per core, each after the first starting at a card's
    /// heading, which every reading of the lines before it leaves alone (no block or field runs past one).
    func cardParts() -> [Range<Int>] {
        let wanted = partLines.map { max(1, lineCount / max(1, $0)) } ?? (lineCount < Self.readInPartsFrom ? 1 : Parallel.width * 2)
        guard wanted > 1, !byCharacters, !Self.contains(Array("<!--".utf8), in: bytes) else { return [0..<lineCount] }
        var bounds = [0]
        for k in 1..<wanted {
            var at = max(bounds[bounds.count - 1] + 1, lineCount * k / wanted)
            while at < lineCount && !heading(at, level: 2) { at += 1 }
            if at < lineCount { bounds.append(at) }
        }
        bounds.append(lineCount)
        return (0..<bounds.count - 1).map { bounds[$0]..<bounds[$0 + 1] }
    }

    /// Decks of this many lines or more are read in parts.
    static let readInPartsFrom = 4096

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { h in
            var i = 0
            let last = h.count - needle.count
            while i <= last {
                guard let p = memchr(h.baseAddress! + i, Int32(first), last - i + 1) else { return false }
                i = h.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                if needle.indices.allSatisfy({ h[i + $0] == needle[$0] }) { return true }
                i += 1
            }
            return false
        }
    }

    /// `check` of every card, handed in order to `take` with the card's index and diagnostics; a large deck's
    /// cards are checked on every core (each card is checked on its own). The cards are moved out, never copied.
    static func checkAll(_ cards: [WrittenCard], with reader: DeckReader, _ take: (Int, consuming Card?, ArraySlice<Diagnostic>) -> Void) {
        let checked = UnsafeMutableBufferPointer<Card?>.allocate(capacity: cards.count)
        defer { checked.deallocate() }
        nonisolated(unsafe) let slots = checked
        /// Checks `range` into `slots`; the diagnostics found, each with its card's index.
        @Sendable func run(_ range: Range<Int>) -> (cards: [Int], diagnostics: [Diagnostic]) {
            var r = reader
            var owners: [Int] = []
            for k in range {
                let before = r.diagnostics.count
                (slots.baseAddress! + k).initialize(to: r.check(cards[k]))
                for _ in before..<r.diagnostics.count { owners.append(k) }
            }
            return (owners, r.diagnostics)
        }
        let chunk = max(Self.checkChunk, (cards.count + Parallel.width * 2 - 1) / (Parallel.width * 2))
        let found = cards.count < 2 * Self.checkChunk || Parallel.width == 1
            ? [run(0..<cards.count)] : Parallel.map(over: 0..<cards.count, chunk: chunk, run)
        // (The diagnostics' cards ascend through the parts: `next` walks them along with `k`.)
        var part = 0, next = 0
        for k in 0..<cards.count {
            while part < found.count && next == found[part].cards.count { part += 1; next = 0 }
            let start = next
            while part < found.count && next < found[part].cards.count && found[part].cards[next] == k { next += 1 }
            take(k, (checked.baseAddress! + k).move(), part < found.count ? found[part].diagnostics[start..<next] : [])
        }
    }

    /// The fewest cards checked together on one core.
    static let checkChunk = 256

    mutating func skipComment() {
        let start = index + 1
        while index < lineCount {
            let done = closesComment(index) ?? line(index).contains("-->")
            index += 1
            if done { return }
        }
        error(start, 1, "comment '<!--' is never closed with '-->'")
    }

    mutating func readCardHeading(_ lineNumber: Int) -> WrittenCard {
        if byCharacters { return readCardHeadingByCharacters(line(index), lineNumber) }
        // (The line is a heading: `##` then a space, a tab or nothing, so the marks are its first two bytes.)
        let end = ranges[index].upperBound, rest = ranges[index].lowerBound + 2
        let pad = spaces(from: rest, end)
        let idBytes = trimmed(rest, end)
        let id = string(idBytes)
        let column = 3 + pad
        func hasSpace() -> Bool {
            for k in idBytes where bytes[k] < 0x80 {
                if bytes[k] == 0x20 || (bytes[k] >= 0x09 && bytes[k] <= 0x0D) { return true }
            }
            return !ByteSearch.isASCII(id) && id.unicodeScalars.contains(where: { $0.properties.isWhitespace })
        }
        if id.isEmpty {
            error(lineNumber, 1, "card heading has no id ('## card-id')")
        } else if hasSpace() {
            error(lineNumber, column, "card id '\(id)' has spaces; an id is one word (e.g. treaty-signed)")
        }
        var card = WrittenCard(id: id, line: lineNumber, idColumn: column)
        card.fields.reserveCapacity(6)
        return card
    }

    /// `readCardHeading` by the line's characters.
    mutating func readCardHeadingByCharacters(_ line: Substring, _ lineNumber: Int) -> WrittenCard {
        let rest = line.dropFirst(2)
        let pad = Self.leadingSpaces(rest)
        let id = rest.trimmingWhitespace()
        let column = 3 + pad
        if id.isEmpty {
            error(lineNumber, 1, "card heading has no id ('## card-id')")
        } else if id.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
            error(lineNumber, column, "card id '\(id)' has spaces; an id is one word (e.g. treaty-signed)")
        }
        return WrittenCard(id: id, line: lineNumber, idColumn: column)
    }

    /// `Key` of a `Key: …` or `Key:: …` line, known or not.
    static func fieldKey(_ line: Substring) -> String? {
        let key = line.prefix { $0.isLetter || $0 == "/" || $0 == "-" }
        guard !key.isEmpty, key.first!.isLetter else { return nil }
        return line.dropFirst(key.count).first == ":" ? String(key) : nil
    }

    /// Reads a `Key: value` field (and its block, if any), advancing past it; nil if the line is not one.
    mutating func readField(_ lineNumber: Int) -> WrittenField? {
        switch byCharacters ? .unsure : readKey(index) {
        case .none:
            return nil
        case .unsure:
            return readFieldByCharacters(line(index), lineNumber)
        case .key(let keyEnd):
            let start = ranges[index].lowerBound
            guard let field = field(spelledBy: start, keyEnd) else { return nil }
            return readValue(colon: keyEnd, lineNumber: lineNumber, column: keyEnd - start + 1, field: field)
        }
    }

    /// `readField` by the line's characters.
    mutating func readFieldByCharacters(_ line: Substring, _ lineNumber: Int) -> WrittenField? {
        guard let key = Self.fieldKey(line), let field = DeckField(spelling: key) else { return nil }
        let afterKey = line.dropFirst(key.count)
        let written = readValue(afterKey, lineNumber: lineNumber, column: key.unicodeScalars.count + 1, field: field)
        return written
    }

    /// Reads a value whose `:` is byte `colon` of line `line` (a whole character: what follows is ASCII or
    /// nothing), at 1-based `column` of line `lineNumber`: `readValue` from the bytes.
    mutating func readValue(colon: Int, lineNumber: Int, column: Int, field: DeckField) -> WrittenField {
        let end = ranges[index].upperBound
        if colon + 1 < end && bytes[colon + 1] == UInt8(ascii: ":") {
            // A JSON literal (`::`), or a `:` joined by a mark: read by characters.
            let text = line(index), utf8 = text.utf8
            let rest = text[utf8.index(utf8.startIndex, offsetBy: colon - ranges[index].lowerBound)...]
            return readValue(rest, lineNumber: lineNumber, column: column, field: field)
        }
        index += 1
        let pad = spaces(from: colon + 1, end)
        let value = trimmed(colon + 1, end)
        if !value.isEmpty {
            return WrittenField(field: field, value: string(value), line: lineNumber, keyColumn: 1, valueColumn: column + 1 + pad, form: .raw)
        }
        // A block: following lines indented by two spaces (blank lines inside are kept).
        var block: [Range<Int>] = []
        var last = index
        var k = index
        while k < lineCount {
            let r = ranges[k]
            if spaces(from: r.lowerBound, r.upperBound) == r.count {
                block.append(r.lowerBound..<r.lowerBound)
                k += 1
                continue
            }
            guard r.count >= 2, bytes[r.lowerBound] == 0x20, bytes[r.lowerBound + 1] == 0x20 else { break }
            if mayJoin(r.lowerBound + 2, r.upperBound), !line(k).hasPrefix("  ") { break }
            block.append(r.lowerBound + 2..<r.upperBound)
            k += 1
            last = k
        }
        block.removeLast(k - last)
        index = last
        var joined: [UInt8] = []
        joined.reserveCapacity(block.reduce(block.count) { $0 + $1.count })
        for (n, r) in block.enumerated() {
            if n > 0 { joined.append(0x0A) }
            joined += bytes[r]
        }
        return WrittenField(field: field, value: String(decoding: joined, as: UTF8.self), line: lineNumber, keyColumn: 1,
                            valueColumn: column + 1 + pad, form: block.isEmpty ? .raw : .block)
    }

    /// Reads a value that starts at `rest` (which begins with `:`), at 1-based `column` of line `lineNumber`.
    mutating func readValue(_ rest: Substring, lineNumber: Int, column: Int, field: DeckField) -> WrittenField {
        index += 1
        if rest.hasPrefix("::") {
            let literal = rest.dropFirst(2)
            let pad = Self.leadingSpaces(literal)
            let valueColumn = column + 2 + pad
            switch FieldValue.decodeJSONLiteral(literal.dropFirst(pad)) {
            case .success(let value):
                return WrittenField(field: field, value: value, line: lineNumber, keyColumn: 1, valueColumn: valueColumn, form: .literal)
            case .failure(let problem):
                error(lineNumber, valueColumn + problem.offset, problem.message)
                // Keep the text as written so that one mistake gives one diagnostic.
                return WrittenField(field: field, value: String(literal.dropFirst(pad)), line: lineNumber, keyColumn: 1, valueColumn: valueColumn, form: .literal)
            }
        }
        let text = rest.dropFirst() // the ':'
        let pad = Self.leadingSpaces(text)
        let value = text.trimmingWhitespace()
        if !value.isEmpty {
            return WrittenField(field: field, value: value, line: lineNumber, keyColumn: 1, valueColumn: column + 1 + pad, form: .raw)
        }
        // A block: following lines indented by two spaces (blank lines inside are kept).
        var block: [Substring] = []
        var end = index
        var k = index
        while k < lineCount {
            let l = line(k)
            if l.allSatisfy({ $0 == " " || $0 == "\t" }) {
                block.append("")
                k += 1
                continue
            }
            guard l.hasPrefix("  ") else { break }
            block.append(l.dropFirst(2))
            k += 1
            end = k
        }
        block.removeLast(k - end)
        index = end
        let joined = block.joined(separator: "\n")
        return WrittenField(field: field, value: joined, line: lineNumber, keyColumn: 1,
                            valueColumn: column + 1 + pad, form: block.isEmpty ? .raw : .block)
    }

    /// Reads a `- [x] text` / `- [ ] text` choice line; nil if the line is not one.
    mutating func readChoice(_ lineNumber: Int) -> WrittenChoice? {
        if byCharacters { return readChoiceByCharacters(line(index), lineNumber) }
        // The marks are five ASCII scalars: the first five bytes.
        let s = ranges[index].lowerBound, end = ranges[index].upperBound
        guard end - s >= 5, bytes[s] == UInt8(ascii: "-") || bytes[s] == UInt8(ascii: "*"), bytes[s + 1] == 0x20,
              bytes[s + 2] == UInt8(ascii: "["), bytes[s + 4] == UInt8(ascii: "]"),
              bytes[s + 3] == 0x20 || bytes[s + 3] == UInt8(ascii: "x") || bytes[s + 3] == UInt8(ascii: "X") else { return nil }
        if mayJoin(s + 5, end) || (s + 5 < end && bytes[s + 5] == UInt8(ascii: ":")) {
            return readChoiceByCharacters(line(index), lineNumber)
        }
        index += 1
        return WrittenChoice(correct: bytes[s + 3] != 0x20, text: string(trimmed(s + 5, end)), line: lineNumber,
                             column: 6 + spaces(from: s + 5, end))
    }

    /// `readChoice` by the line's characters.
    mutating func readChoiceByCharacters(_ line: Substring, _ lineNumber: Int) -> WrittenChoice? {
        let scalars = Array(line.unicodeScalars.prefix(5))
        guard scalars.count == 5, scalars[0] == "-" || scalars[0] == "*", scalars[1] == " ", scalars[2] == "[",
              scalars[4] == "]", scalars[3] == " " || scalars[3] == "x" || scalars[3] == "X" else { return nil }
        let correct = scalars[3] != " "
        let rest = line.dropFirst(5)
        if rest.hasPrefix(":") {
            let written = readValue(rest, lineNumber: lineNumber, column: 6, field: .answer)
            return WrittenChoice(correct: correct, text: written.value, line: lineNumber, column: written.valueColumn)
        }
        index += 1
        let pad = Self.leadingSpaces(rest)
        return WrittenChoice(correct: correct, text: rest.trimmingWhitespace(), line: lineNumber, column: 6 + pad)
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }
}

extension String {
    func trimmingWhitespace() -> String { self[...].trimmingWhitespace() }
}
