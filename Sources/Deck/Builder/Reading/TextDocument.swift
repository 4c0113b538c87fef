/// An essay read into paragraphs with their line numbers: Markdown headings and list items recognised,
/// and a trailing reference list ("References", "Works Cited", "Bibliography", or bare entries) set apart.
public struct TextDocument: Sendable {
    /// A block of text: a paragraph, a heading or a list item, and the 1-based line it starts on.
    public struct Block: Equatable, Sendable {
        public enum Kind: Equatable, Sendable { case paragraph, heading, listItem, reference }
        public var kind: Kind
        public var text: String
        public var line: Int
    }

    public private(set) var blocks: [Block] = []
    /// The first heading, if any (a title).
    public var title: String? { blocks.first { $0.kind == .heading }?.text }

    public init(_ text: String) {
        var current: [String] = []
        var currentLine = 0
        var inReferences = false
        func flush() {
            guard !current.isEmpty else { return }
            let joined = current.count == 1 ? current[0] : current.joined(separator: " ")
            blocks.append(Block(kind: inReferences ? .reference : .paragraph, text: joined, line: currentLine))
            current = []
        }
        var lineNumber = 0
        for raw in TextLines.split(text) {
            lineNumber += 1
            let line = EditorialMarks.removed(from: raw.trimmingWhitespace())
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") {
                flush()
                let heading = String(line.drop { $0 == "#" }).trimmingWhitespace()
                let lower = heading.lowercased()
                if ["references", "works cited", "bibliography", "sources", "reference list", "literature"].contains(lower) {
                    inReferences = true
                } else if !heading.isEmpty {
                    inReferences = false
                    blocks.append(Block(kind: .heading, text: heading, line: lineNumber))
                }
                // (A bare `#` ends the paragraph before it but is no heading: it names nothing.)
                continue
            }
            if line.utf8.count < 96, line.count < 24, ["references", "works cited", "bibliography", "reference list"].contains(line.lowercased().trimmingCharacters(in: [":"])) {
                flush()
                inReferences = true
                continue
            }
            if let item = Self.listItem(line) {
                flush()
                blocks.append(Block(kind: inReferences ? .reference : .listItem, text: item, line: lineNumber))
                continue
            }
            if current.isEmpty { currentLine = lineNumber }
            current.append(line)
        }
        flush()
        // Bare entries at the end ("Garten, J. E. (1992). A Cold Peace. …") are a reference list too.
        var k = blocks.count - 1
        while k >= 0, blocks[k].kind == .paragraph, blocks[k].text.utf8.count < 20_000, ReferenceParser.entries(in: blocks[k].text).count >= 1,
              ReferenceParser.looksLikeReferences(blocks[k].text) {
            blocks[k].kind = .reference
            k -= 1
        }
        // A first line that stands alone and is short is the title (plain-text essays).
        if let first = blocks.first, first.kind == .paragraph, first.line == 1, !first.text.hasSuffix("."),
           first.text.utf8.count < 400, first.text.split(separator: " ").count <= 12 {
            blocks[0].kind = .heading
        }
    }

    /// `- item`, `* item`, `+ item`, `1. item`: the item's text.
    static func listItem(_ line: String) -> String? {
        if let f = line.first, "-*+•".contains(f), line.dropFirst().first == " " {
            return String(line.dropFirst(2)).trimmingWhitespace()
        }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return String(rest.dropFirst(2)).trimmingWhitespace() }
        }
        return nil
    }
}
