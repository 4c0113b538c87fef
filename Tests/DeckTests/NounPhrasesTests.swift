import Testing
import Deck

/// Noun phrases read from hand-built dependency trees.
@Suite struct NounPhrasesTests {
    /// A parse of `text` from (form, UPOS, head, relation) rows; each form is found in the text after the last.
    func tree(_ text: String, _ rows: [(String, String, Int, String)]) -> ParsedSentence {
        var tokens: [SyntaxToken] = []
        var rest = text[...]
        for (form, _, _, _) in rows {
            let range = rest.range(of: form)!
            let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            tokens.append(SyntaxToken(form: form, start: start, end: start + form.utf8.count))
            rest = rest[range.upperBound...]
        }
        return ParsedSentence(tokens: tokens, upos: rows.map(\.1), xpos: rows.map { _ in "_" }, heads: rows.map(\.2),
                              relations: rows.map(\.3))
    }

    func described(_ parse: ParsedSentence) -> [String] {
        parse.nounPhrases.map { "\(parse.tokens[$0.head].form): [\(parse.text(of: $0.words))] core [\(parse.text(of: $0.core))]" }
    }

    @Test func prepositionsCompoundsAndConjuncts() {
        let parse = tree("The security treaty between the United States and Japan was signed in 1960.", [
            ("The", "DET", 3, "det"), ("security", "NOUN", 3, "compound"), ("treaty", "NOUN", 11, "nsubj:pass"),
            ("between", "ADP", 7, "case"), ("the", "DET", 7, "det"), ("United", "PROPN", 7, "compound"),
            ("States", "PROPN", 3, "nmod"), ("and", "CCONJ", 9, "cc"), ("Japan", "PROPN", 7, "conj"),
            ("was", "AUX", 11, "aux:pass"), ("signed", "VERB", 0, "root"), ("in", "ADP", 13, "case"),
            ("1960", "NUM", 11, "obl"), (".", "PUNCT", 11, "punct"),
        ])
        #expect(described(parse) == [
            "treaty: [The security treaty between the United States and Japan] core [security treaty between the United States and Japan]",
            "States: [the United States] core [United States]",
            "Japan: [Japan] core [Japan]",
            "1960: [1960] core [1960]",
        ])
        #expect(parse.nounPhrases[0] == NounPhrase(head: 2, words: 0..<9, core: 1..<9))
    }

    @Test func appositionsRelativeClausesAndPossessives() {
        let parse = tree("Kishi, the prime minister, signed Japan's treaty that the Senate approved.", [
            ("Kishi", "PROPN", 7, "nsubj"), (",", "PUNCT", 5, "punct"), ("the", "DET", 5, "det"),
            ("prime", "ADJ", 5, "amod"), ("minister", "NOUN", 1, "appos"), (",", "PUNCT", 5, "punct"),
            ("signed", "VERB", 0, "root"), ("Japan", "PROPN", 10, "nmod:poss"), ("'s", "PART", 8, "case"),
            ("treaty", "NOUN", 7, "obj"), ("that", "PRON", 14, "obj"), ("the", "DET", 13, "det"),
            ("Senate", "PROPN", 14, "nsubj"), ("approved", "VERB", 10, "acl:relcl"), (".", "PUNCT", 7, "punct"),
        ])
        #expect(described(parse) == [
            "Kishi: [Kishi] core [Kishi]",
            "minister: [the prime minister] core [prime minister]",
            "Japan: [Japan] core [Japan]",
            "treaty: [Japan's treaty] core [Japan's treaty]",
            "that: [that] core [that]",
            "Senate: [the Senate] core [Senate]",
        ])
    }

    @Test func flatNamesAndNumbersBelongToTheirHead() {
        let parse = tree("Dwight Eisenhower sent three envoys.", [
            ("Dwight", "PROPN", 3, "nsubj"), ("Eisenhower", "PROPN", 1, "flat"), ("sent", "VERB", 0, "root"),
            ("three", "NUM", 5, "nummod"), ("envoys", "NOUN", 3, "obj"), (".", "PUNCT", 3, "punct"),
        ])
        #expect(described(parse) == ["Dwight: [Dwight Eisenhower] core [Dwight Eisenhower]", "envoys: [three envoys] core [three envoys]"])
    }

    @Test func aCycleInABadTreeStillEnds() {
        let parse = tree("treaty pact", [("treaty", "NOUN", 2, "nmod"), ("pact", "NOUN", 1, "nmod")])
        #expect(parse.nounPhrases.map(\.words) == [0..<2, 0..<2])
    }
}
