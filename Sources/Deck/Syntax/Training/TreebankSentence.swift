/// A sentence of a treebank with its gold annotation: what training reads (ordinary words only; multiword
/// token lines and empty nodes are skipped).
struct TreebankSentence: Sendable {
    var words: [String]
    var upos: [String]
    var xpos: [String]
    var heads: [Int]
    var relations: [String]

    /// The sentences of CoNLL-U text.
    static func read(conllu text: String) -> [TreebankSentence] {
        var out: [TreebankSentence] = []
        var cur = TreebankSentence(words: [], upos: [], xpos: [], heads: [], relations: [])
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if !cur.words.isEmpty { out.append(cur) }
                cur = TreebankSentence(words: [], upos: [], xpos: [], heads: [], relations: [])
                continue
            }
            if line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 8, !cols[0].contains("-"), !cols[0].contains(".") else { continue }
            cur.words.append(String(cols[1]))
            cur.upos.append(String(cols[3]))
            cur.xpos.append(String(cols[4]))
            cur.heads.append(Int(cols[6]) ?? 0)
            cur.relations.append(String(cols[7]))
        }
        if !cur.words.isEmpty { out.append(cur) }
        return out
    }
}
