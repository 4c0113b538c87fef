/// A fact that only describes a thing in passing: a common noun led by adjectives alone (or by a noun, on a noun of
/// a general kind), in words of everyday English (`EverydayWord`), whose last modifier and noun the text puts side
/// by side only this once ("{{high risk}}", "their {{full cognitive potential}}", "the {{middle-class families}}",
/// "{{school functions}}"). A student cannot recall which words the author happened to choose; a phrase the text
/// comes back to ("net force", "top teams") is one of its terms, and an ordinal or a colour states a fact ("the
/// {{third quarter}}").
enum PassingDescription {
    /// Whether fact `f` of sentence `s`, read in the sentence's `parse`, is a passing description; `pairs` are the
    /// text's, and `everyday` tells a word of everyday English.
    static func isPassing(_ f: FactSpan, of s: TokenizedSentence, _ parse: ParsedSentence, pairs: PairCounts,
                          everyday: (String) -> Bool) -> Bool {
        let tokens = parse.tokens
        let words = tokens.indices.filter { w in tokens[w].start >= f.start && tokens[w].end <= f.byteEnd && parse.baseRelation(w) != "det" }
        guard words.count >= 2, let noun = words.last, parse.upos[noun] == "NOUN", tokens[noun - 1].end < tokens[noun].start else { return false }
        // A noun of a general kind may be described by a noun too ("the organization of {{school functions}}", "their
        // own {{learning process}}").
        let generalHead = generalNouns.contains(tokens[noun].form.lowercased())
        // The modifiers: single adjectives on the noun (or nouns, on a general one), or an adjective joined by a hyphen
        // to a word that hangs on the noun ("middle-class", "short-term"; two nouns so joined are as often a term:
        // "cost-benefit analysis").
        var modifiers: [Range<Int>] = []
        for w in words.dropLast() {
            if let last = modifiers.last, tokens[last.upperBound - 1].end == tokens[w].start, last.upperBound == w,
               tokens[w].form == "-" || tokens[w - 1].form == "-" {
                modifiers[modifiers.count - 1] = last.lowerBound..<(w + 1)
            } else {
                modifiers.append(w..<(w + 1))
            }
        }
        guard modifiers.allSatisfy({ m in
            let last = m.upperBound - 1
            return parse.heads[last] == noun + 1 && tokens[last].form != "-"
                && (m.count == 1 ? (parse.upos[last] == "ADJ" && parse.baseRelation(last) == "amod")
                                    || (parse.upos[last] == "NOUN" && parse.baseRelation(last) == "compound" && generalHead)
                                 : m.count == 3 && parse.upos[m.lowerBound] == "ADJ" && ["ADJ", "NOUN"].contains(parse.upos[last]))
        }),
              words.allSatisfy({ tokens[$0].form == "-" || everyday(tokens[$0].form.lowercased()) }),
              // An ordinal or a colour is a fact of its own ("the {{third quarter}}", "the {{white pants}}").
              !words.dropLast().contains(where: { w in
                  let form = tokens[w].form.lowercased()
                  return Lexicon.ordinals.contains(form) || Lexicon.colours.contains(form)
              }),
              let adjective = modifiers.last, adjective.upperBound == noun else { return false }
        // The modifier right before the noun, and the noun, as word tokens: the pair the text's counts know.
        guard let a = s.tokens.indices.first(where: { s.tokens[$0].start == tokens[adjective.lowerBound].start }),
              s.tokens[a].end == tokens[adjective.upperBound - 1].end, a + 1 < s.tokens.count,
              s.tokens[a + 1].start == tokens[noun].start, s.tokens[a + 1].end == tokens[noun].end else { return false }
        return pairs.count(s.tokens[a].key, s.tokens[a + 1].key) < 2
    }

    /// Nouns of a general kind (a process, a purpose, a setting) that a noun before them describes in passing.
    static let generalNouns: Set<String> = ["process", "processes", "content", "function", "functions", "environment", "life",
                                            "service", "services", "purpose", "purposes", "policy", "matter", "matters",
                                            "experience", "experiences", "area", "areas", "type", "types", "role", "roles",
                                            "structure", "structures", "activity", "activities", "aspect", "aspects", "issue",
                                            "issues", "factor", "factors", "outcome", "outcomes"]

    /// Whether fact `f` opens on a descriptive adjective (`Lexicon.descriptiveAdjectives`, in lower case, on a
    /// noun of the fact) that the text puts before the next word only this once: the author's description of
    /// the thing, not its name ("a {{new imaging campaign}}", "the {{leading theory today}}").
    static func opensOnDescription(_ f: FactSpan, of s: TokenizedSentence, _ parse: ParsedSentence, pairs: PairCounts) -> Bool {
        let tokens = parse.tokens
        guard f.end - f.first >= 2, let w = tokens.indices.first(where: { tokens[$0].start == s.tokens[f.first].start }),
              w + 1 < tokens.count, tokens[w].end == s.tokens[f.first].end, tokens[w].end < tokens[w + 1].start,
              Lexicon.descriptiveAdjectives.contains(tokens[w].form), parse.baseRelation(w) == "amod",
              case let head = parse.heads[w] - 1, head > w, tokens[head].end <= f.byteEnd, parse.upos[head] == "NOUN"
        else { return false }
        return pairs.count(s.tokens[f.first].key, s.tokens[f.first + 1].key) < 2
    }
}
