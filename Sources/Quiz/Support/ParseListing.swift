import Deck

/// Renders a parsed sentence for `quiz analyze`: a heading, a table of words, the tree drawn, the noun phrases.
enum ParseListing {
    /// The widest a FORM, HEAD or DEPREL cell may be before it is shortened with "…".
    static let formWidth = 18, headWidth = 20, relationWidth = 14

    static func render(_ parse: ParsedSentence, line: Int, text: String) -> String {
        let place = "line \(line): "
        var out = TextWrap.wrap(text, width: 80, firstIndent: place.count, indent: "  ")
        if out.isEmpty { out = [""] }
        out[0] = place + out[0]
        out.append("")
        out += table(parse).map { "  " + $0 }
        out.append("")
        out += tree(parse).map { "  " + $0 }
        let phrases = parse.nounPhrases
        out.append("")
        out.append(phrases.isEmpty ? "  noun phrases: none" : "  noun phrases:")
        for phrase in phrases { out.append("    [\(parse.text(of: phrase.words))]") }
        return out.joined(separator: "\n")
    }

    /// ID, FORM, UPOS, XPOS, HEAD (its number and word), DEPREL: a row per word under a header.
    static func table(_ parse: ParsedSentence) -> [String] {
        let header = ["ID", "FORM", "UPOS", "XPOS", "HEAD", "DEPREL"]
        var rows = [header]
        for w in 0..<parse.count {
            let h = parse.heads[w]
            let head = h == 0 ? "0 (root)" : h >= 1 && h <= parse.count ? "\(h) \(parse.tokens[h - 1].form)" : "\(h) ?"
            rows.append([String(w + 1), cut(parse.tokens[w].form, formWidth), parse.upos[w], parse.xpos[w],
                         cut(head, headWidth), cut(parse.relations[w], relationWidth)])
        }
        let widths = header.indices.map { c in rows.map { TextWrap.displayWidth($0[c]) }.max() ?? 0 }
        return rows.map { row in
            row.indices.map { c in
                let pad = String(repeating: " ", count: widths[c] - TextWrap.displayWidth(row[c]))
                return c == 0 ? pad + row[c] : row[c] + (c == row.count - 1 ? "" : pad)
            }.joined(separator: "  ")
        }
    }

    /// The tree drawn from its roots down: `word (relation)` per line, each dependent under its head. Words no
    /// root reaches (a head out of range, a cycle) are listed after it.
    static func tree(_ parse: ParsedSentence) -> [String] {
        var children = [[Int]](repeating: [], count: parse.count)
        var roots: [Int] = []
        for w in 0..<parse.count {
            let h = parse.heads[w]
            if h >= 1 && h <= parse.count && h != w + 1 { children[h - 1].append(w) } else { roots.append(w) }
        }
        var lines: [String] = []
        var seen = Set<Int>()
        func draw(_ w: Int, _ lead: String, _ branch: String) {
            guard seen.insert(w).inserted else { return }
            lines.append(lead + branch + "\(parse.tokens[w].form) (\(parse.relations[w]))")
            let next = lead + (branch == "├─ " ? "│  " : branch.isEmpty ? "" : "   ")
            for (k, d) in children[w].enumerated() { draw(d, next, k + 1 == children[w].count ? "└─ " : "├─ ") }
        }
        for r in roots { draw(r, "", "") }
        let unreached = (0..<parse.count).filter { !seen.contains($0) }
        if !unreached.isEmpty {
            lines.append("not reached from a root: " + unreached.map { "\($0 + 1) \(parse.tokens[$0].form)" }.joined(separator: ", "))
        }
        return lines
    }

    /// `text` shortened to `width` columns with a final "…".
    static func cut(_ text: String, _ width: Int) -> String {
        guard TextWrap.displayWidth(text) > width else { return text }
        var out = ""
        for c in text {
            if TextWrap.displayWidth(out + String(c)) > width - 1 { break }
            out.append(c)
        }
        return out + "…"
    }
}
