/// A fact that only describes a thing in passing: a common noun led by adjectives alone, in words of everyday
/// English, whose last adjective and noun the text puts side by side only this once ("{{high risk}}", "their
/// {{full cognitive potential}}", "a {{new military government}}"). A student cannot recall which words the
/// author happened to choose; a phrase the text comes back to ("net force", "top teams") is one of its terms,
/// and an ordinal or a colour states a fact ("the {{third quarter}}").
enum PassingDescription {
    /// Whether fact `f` of sentence `s`, read in the sentence's `parse`, is a passing description; `pairs` are the
    /// text's, and `everyday` tells a word of everyday English (one the syntax model was trained on).
    static func isPassing(_ f: FactSpan, of s: TokenizedSentence, _ parse: ParsedSentence, pairs: PairCounts,
                          everyday: (String) -> Bool) -> Bool {
        let words = parse.tokens.indices.filter { w in
            parse.tokens[w].start >= f.start && parse.tokens[w].end <= f.byteEnd && parse.baseRelation(w) != "det"
        }
        guard words.count >= 2, let noun = words.last, parse.upos[noun] == "NOUN",
              words.dropLast().allSatisfy({ w in parse.upos[w] == "ADJ" && parse.baseRelation(w) == "amod" && parse.heads[w] == noun + 1 }),
              words.allSatisfy({ everyday(parse.tokens[$0].form.lowercased()) }),
              // An ordinal or a colour is a fact of its own ("the {{third quarter}}", "the {{white pants}}").
              !words.dropLast().contains(where: { w in
                  let form = parse.tokens[w].form.lowercased()
                  return Lexicon.ordinals.contains(form) || Lexicon.colours.contains(form)
              }) else { return false }
        // The adjective right before the noun, and the noun, as word tokens: the pair the text's counts know.
        let adjective = noun - 1
        guard words.contains(adjective),
              let a = s.tokens.indices.first(where: { s.tokens[$0].start == parse.tokens[adjective].start }),
              s.tokens[a].end == parse.tokens[adjective].end, a + 1 < s.tokens.count,
              s.tokens[a + 1].start == parse.tokens[noun].start, s.tokens[a + 1].end == parse.tokens[noun].end else { return false }
        return pairs.count(s.tokens[a].key, s.tokens[a + 1].key) < 2
    }
}
