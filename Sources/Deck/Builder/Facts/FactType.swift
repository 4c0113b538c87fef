/// The kind of a fact found in a sentence; it picks the question word and the distractors.
public enum FactType: String, Sendable, CaseIterable, Codable {
    case date, year, decade, century, duration, number, percent, money, quantity
    case person, organisation, place, event, entity, group, list
    case term, definition, enumeration, citation, reference

    /// The type's place in `allCases`: what it is hashed by (a raw-valued enum is otherwise hashed by its
    /// string, which made every look-up by type slow).
    var ordinal: Int {
        switch self {
        case .date: 0
        case .year: 1
        case .decade: 2
        case .century: 3
        case .duration: 4
        case .number: 5
        case .percent: 6
        case .money: 7
        case .quantity: 8
        case .person: 9
        case .organisation: 10
        case .place: 11
        case .event: 12
        case .entity: 13
        case .group: 14
        case .list: 15
        case .term: 16
        case .definition: 17
        case .enumeration: 18
        case .citation: 19
        case .reference: 20
        }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    /// A card's tags: the type's name (one array per type, made once).
    var tags: [String] { Self.tagArrays[ordinal] }
    private static let tagArrays = allCases.map { [$0.rawValue] }

    /// The hint shown with the question of a fact of this type whose answer is `answer`: the type's, except that a
    /// name that is a month alone is "a month" ("held annually in {{June}}"), and a list of months "months"
    /// ("in {{January or February}}").
    func hint(for answer: String) -> String {
        func isMonth<S: StringProtocol>(_ word: S) -> Bool { word.count > 3 && Lexicon.months[word.lowercased()] != nil }
        if self == .entity, isMonth(answer) { return "a month" }
        // "About 61.1% of {{Victorians}} describe …", "associating {{Muslims}} with …": a people by name.
        if self == .entity, answer.first?.isUppercase == true, !answer.contains(" "), case let lower = answer.lowercased(),
           (lower.count > 5 && lower.hasSuffix("ians")) || Self.peoples.contains(lower) || Lexicon.demonyms.contains(lower) {
            return FactType.group.hint
        }
        if self == .list, case let words = answer.split(whereSeparator: { $0 == " " || $0 == "," }),
           words.allSatisfy({ isMonth($0) || ["and", "or"].contains($0) }) {
            return "months"
        }
        return hint
    }

    /// Peoples and faiths by the plural of their members' name (besides those ending in "-ians" and the demonyms).
    static let peoples: Set<String> = ["muslims", "jews", "catholics", "protestants", "methodists", "hindus", "buddhists", "sikhs",
                                       "arabs", "israelis", "iraqis", "pakistanis", "afghans", "mexicans", "filipinos", "spaniards", "turks"]

    /// The hint shown with a question ("a date", "a person").
    public var hint: String {
        switch self {
        case .date: return "a date"
        case .year: return "a year"
        case .decade: return "a decade"
        case .century: return "a century"
        case .duration: return "a duration"
        case .number: return "a number"
        case .percent: return "a percentage"
        case .money: return "an amount of money"
        case .quantity: return "a quantity"
        case .person: return "a person"
        case .organisation: return "an organisation"
        case .place: return "a place"
        case .event: return "an event"
        case .entity: return "a name"
        case .group: return "a people or group"
        case .list: return "several names"
        case .term, .definition: return "a term"
        case .enumeration: return "several things"
        case .citation: return "a source"
        case .reference: return "a source"
        }
    }

    public var isNumeric: Bool {
        switch self {
        case .date, .year, .decade, .century, .duration, .number, .percent, .money, .quantity: return true
        default: return false
        }
    }

    public var isName: Bool {
        switch self {
        case .person, .organisation, .place, .event, .entity, .group, .list: return true
        default: return false
        }
    }
}

/// A fact: a span of a sentence (token indices `first..<end`, UTF-8 offsets `start..<byteEnd`) with its type.
/// It holds no string: `text(in:)` reads it from its sentence.
public struct FactSpan: Equatable, Sendable {
    public var first: Int
    public var end: Int
    public var type: FactType
    public var start: Int
    public var byteEnd: Int

    /// The fact's text in `sentence`: its tokens as written, one space where the source has any.
    public func text(in sentence: String) -> String {
        var sentence = sentence
        return sentence.withUTF8 { Self.text(UnsafeBufferPointer(rebasing: $0[start..<byteEnd])) }
    }

    /// The text of `bytes` (from a token's start to a token's end) with each run of white space made one space.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        withText(bytes) { String(decoding: $0, as: UTF8.self) }
    }

    /// `body` over the bytes of `text(bytes)` (the bytes themselves when they have no white space but single spaces).
    static func withText<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        // (Nearly every span: ASCII with single spaces.)
        var plain = true
        for (k, b) in bytes.enumerated() where b < 0x21 || b >= 0x80 {
            if b >= 0x80 || b != 0x20 || (k > 0 && bytes[k - 1] == 0x20) { plain = false; break }
        }
        if plain { return body(bytes) }
        let reader = TextScanner(bytes)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let c = reader.character(at: i)
            if c.kind == .space {
                if out.last != 0x20 { out.append(0x20) }
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + c.length)]))
            }
            i += c.length
        }
        return out.withUnsafeBufferPointer(body)
    }
}
