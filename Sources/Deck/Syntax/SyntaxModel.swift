import Foundation

/// The shipped model, read on first use (Swift initialises a global once, thread-safely).
private let bundledModel: Result<SyntaxModel, any Error> = {
    guard let path = SyntaxModel.bundledPath else {
        return .failure(SyntaxModelFile.Malformed(path: "english-ewt.syntax", reason: "missing from the bundle"))
    }
    return Result { try SyntaxModel.load(contentsOf: path) }
}()

/// The trained tagger and parser: reads a sentence into tags and a dependency tree.
public final class SyntaxModel: Sendable {
    let tagger: PartOfSpeechTagger
    let parser: DependencyParser
    let kinds: TagClassKinds

    init(tagger: PartOfSpeechTagger, parser: DependencyParser) {
        self.tagger = tagger
        self.parser = parser.readingSmallTemplates(tagClasses: tagger.tags.count)
        kinds = TagClassKinds(tagger.tags)
    }

    /// The model shipped with the library (trained on UD English EWT), loaded once on first use.
    public static func bundled() throws -> SyntaxModel { try bundledModel.get() }

    /// Where the shipped model is.
    public static var bundledPath: String? { Bundle.module.path(forResource: "english-ewt", ofType: "syntax", inDirectory: "Model") }

    /// A model read from a file written by `quiz train`.
    public static func load(contentsOf path: String) throws -> SyntaxModel {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw SyntaxModelFile.Malformed(path: path, reason: "cannot be read")
        }
        return try SyntaxModelFile.decode(data, path: path)
    }

    /// The model without tagger, parser move and parser label weights smaller than the given sizes (in
    /// perceptron updates): a smaller file, slightly less accurate.
    public func pruned(tagger taggerMinimum: Float, moves movesMinimum: Float, labels labelsMinimum: Float) -> SyntaxModel {
        SyntaxModel(
            tagger: PartOfSpeechTagger(
                tags: tagger.tags, ambiguity: tagger.ambiguity, settled: tagger.settled,
                model: tagger.model.pruned(below: taggerMinimum), refiner: tagger.refiner?.pruned(below: taggerMinimum)),
            parser: DependencyParser(
                labels: parser.labels, rootLabel: parser.rootLabel, moves: parser.moves.pruned(below: movesMinimum),
                labeler: parser.labeler.pruned(below: labelsMinimum)))
    }

    /// The model as the bytes of its file.
    public func fileBytes() -> [UInt8] { SyntaxModelFile.encode(self) }

    /// Tags and parses words already split the treebank's way.
    public func parse(_ tokens: [SyntaxToken]) -> ParsedSentence {
        let shapes = tokens.map { WordShape($0.form) }
        let ambiguity = tagger.ambiguityClasses(shapes)
        let classes = tagger.tag(shapes: shapes, ambiguity: ambiguity)
        let tree = parser.parse(parserFeatures(shapes, classes, ambiguity: ambiguity))
        return ParsedSentence(
            tokens: tokens, upos: classes.map { tagger.tags[$0].upos }, xpos: classes.map { tagger.tags[$0].xpos },
            heads: tree.heads, relations: tree.labels.map { parser.labels[$0] })
    }

    /// What the parser reads of words with `shapes` tagged `classes`: their forms, tags, and which forms the
    /// training data had (the tagger's ambiguity classes are of every training word).
    /// (`ambiguity`: the words' ambiguity classes, when the tagger's were kept.)
    func parserFeatures(_ shapes: [WordShape], _ classes: [Int], ambiguity: [UInt64]? = nil) -> ParserFeatures {
        ParserFeatures(forms: shapes.map(\.lower), tagClasses: classes, kinds: kinds,
                       known: (ambiguity ?? tagger.ambiguityClasses(shapes)).map { $0 != PartOfSpeechTagger.unknownClass })
    }

    /// Whether the training data showed `word` (in any case): a word of English, or a name it knows.
    public func knows(_ word: String) -> Bool { tagger.ambiguity[FeatureHash.of(word.lowercased())] != nil }

    /// Splits one sentence into words (`SyntaxTokenizer`) and parses them.
    public func parse(_ sentence: String) -> ParsedSentence {
        parse(SyntaxTokenizer.tokenize(sentence))
    }

    /// The model's scores against the gold annotation of treebank sentences (their words are given).
    public func evaluate(_ gold: [CoNLLUSentence]) -> SyntaxScores {
        var scores = SyntaxScores()
        for sentence in gold {
            let g = sentence.goldParse
            scores.add(gold: g, predicted: parse(g.tokens))
        }
        return scores
    }
}
