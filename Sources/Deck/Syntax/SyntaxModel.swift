import Foundation

/// The trained tagger and parser: reads a sentence into tags and a dependency tree.
public final class SyntaxModel: Sendable {
    let tagger: PartOfSpeechTagger
    let parser: DependencyParser

    init(tagger: PartOfSpeechTagger, parser: DependencyParser) {
        self.tagger = tagger
        self.parser = parser
    }

    /// What the parser reads of a tagged sentence.
    static func parserFeatures(_ words: [String], _ tags: [Int], _ tagger: PartOfSpeechTagger) -> ParserFeatures {
        ParserFeatures(
            forms: words.map { FeatureHash.of($0.lowercased()) }, tagClasses: tags,
            isPunctuation: tags.map { tagger.tags[$0].upos == "PUNCT" })
    }

    /// The model shipped with the library, loaded once on first use.
    public static func bundled() throws -> SyntaxModel { fatalError("no bundled model yet") }

    /// A model read from a file written by `quiz train`.
    public static func load(contentsOf path: String) throws -> SyntaxModel { fatalError("not yet") }

    /// Tags and parses words already split the treebank's way.
    public func parse(_ tokens: [SyntaxToken]) -> ParsedSentence {
        let words = tokens.map(\.form)
        let classes = tagger.tag(words)
        let tree = parser.parse(Self.parserFeatures(words, classes, tagger))
        return ParsedSentence(
            tokens: tokens, upos: classes.map { tagger.tags[$0].upos }, xpos: classes.map { tagger.tags[$0].xpos },
            heads: tree.heads, relations: tree.labels.map { parser.labels[$0] })
    }

    /// Splits one sentence into words (`SyntaxTokenizer`) and parses them.
    public func parse(_ sentence: String) -> ParsedSentence {
        parse(SyntaxTokenizer.tokenize(sentence))
    }

    /// Scores the model on gold CoNLL-U text (gold words): UPOS, XPOS, UAS and LAS in percent.
    public func evaluate(conllu text: String) -> (upos: Double, xpos: Double, uas: Double, las: Double, words: Int) {
        var upos = 0, xpos = 0, uas = 0, las = 0, n = 0
        for s in TreebankSentence.read(conllu: text) {
            let p = parse(s.words.map { SyntaxToken(form: $0, start: 0, end: 0) })
            for i in s.words.indices {
                n += 1
                if p.upos[i] == s.upos[i] { upos += 1 }
                if p.xpos[i] == s.xpos[i] { xpos += 1 }
                if p.heads[i] == s.heads[i] {
                    uas += 1
                    if p.relations[i] == s.relations[i] { las += 1 }
                }
            }
        }
        let d = Double(max(1, n)) / 100
        return (Double(upos) / d, Double(xpos) / d, Double(uas) / d, Double(las) / d, n)
    }
}
