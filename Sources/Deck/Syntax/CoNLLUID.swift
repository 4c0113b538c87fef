/// The ID column of a CoNLL-U row: a word (`3`), a multiword token's range (`1-2`) or an empty node (`8.1`).
public enum CoNLLUID: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// An ordinary word, numbered from 1.
    case word(Int)
    /// A multiword token spanning words `first...last` ("didn't" over "did" and "n't").
    case multiword(first: Int, last: Int)
    /// An empty node of the enhanced graph, placed after word `after` (0 before the first word).
    case empty(after: Int, index: Int)

    /// The ID as CoNLL-U writes it.
    public var description: String {
        switch self {
        case .word(let n): return "\(n)"
        case .multiword(let first, let last): return "\(first)-\(last)"
        case .empty(let after, let index): return "\(after).\(index)"
        }
    }

    /// Reads an ID written the canonical way (no signs, no leading zeros), or nil.
    public init?(_ text: Substring) {
        func number(_ s: Substring) -> Int? {
            guard let first = s.utf8.first, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  first != 0x30 || s.utf8.count == 1, s.utf8.count <= 9 else { return nil }
            return Int(s)
        }
        if let dash = text.firstIndex(of: "-") {
            guard let first = number(text[..<dash]), let last = number(text[text.index(after: dash)...]),
                  first >= 1, last > first else { return nil }
            self = .multiword(first: first, last: last)
        } else if let dot = text.firstIndex(of: ".") {
            guard let after = number(text[..<dot]), let index = number(text[text.index(after: dot)...]),
                  index >= 1 else { return nil }
            self = .empty(after: after, index: index)
        } else {
            guard let n = number(text), n >= 1 else { return nil }
            self = .word(n)
        }
    }
}
