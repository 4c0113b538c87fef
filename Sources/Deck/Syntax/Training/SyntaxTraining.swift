import Foundation

/// Trains the syntax model (tagger and parser) from CoNLL-U treebank text. Deterministic: the same data and
/// options give byte-identical weights.
public struct SyntaxTraining: Sendable {
    /// How to train.
    public struct Options: Sendable {
        public var taggerIterations = 10
        public var parserIterations = 15
        public var seed: UInt64 = 1
        public var taggerPrune: Float = 0
        public var parserPrune: Float = 0
        public var labelPrune: Float = 0
        /// The parser trains on tags predicted by taggers trained on the other folds (0: on gold tags; never 1).
        public var folds = 4
        public init() {}
    }

    public var options: Options
    /// Told each step of the training, as a line of text.
    public var log: @Sendable (String) -> Void

    public init(options: Options = Options(), log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.log = log
    }

    /// A model trained on the gold annotation of treebank sentences.
    public func train(_ treebank: [CoNLLUSentence]) -> SyntaxModel {
        let sentences = treebank.map(\.goldParse)
        log("read \(sentences.count) sentences, \(sentences.reduce(0) { $0 + $1.words.count }) words")
        var taggerTraining = TaggerTraining()
        taggerTraining.iterations = options.taggerIterations
        taggerTraining.seed = options.seed
        let log = self.log
        taggerTraining.progress = { pass, accuracy in log(String(format: "tagger pass %d: %.2f%% of training words", pass, accuracy * 100)) }
        // The parser's training tags, from taggers that did not see the sentence (the folds train side by side).
        let folds = options.folds
        let base = taggerTraining
        let tags = TaggerTraining.tagPairs(sentences)
        let jobs = Parallel.map(over: (0..<folds).map { $0..<($0 + 1) }) { job -> [[Int]] in
            let k = job.lowerBound
            var fold = base
            fold.progress = { _, _ in }
            let held = sentences.indices.filter { $0 % folds == k }
            let tagger = fold.train(sentences.indices.filter { $0 % folds != k }.map { sentences[$0] }, tags: tags)
            log("tagger fold \(k + 1) of \(folds) trained")
            return held.map { tagger.tag(sentences[$0].words, refiningAll: true) }
        }
        let tagger = taggerTraining.train(sentences, tags: tags)
        log("tagger: \(tagger.tags.count) classes, \(tagger.settled.count) settled words, \(tagger.model.rowCount) features, \(tagger.model.entryCount) weights")
        var predicted = [[Int]](repeating: [], count: sentences.count)
        if folds > 0 {
            for k in 0..<folds {
                for (j, s) in sentences.indices.filter({ $0 % folds == k }).enumerated() { predicted[s] = jobs[k][j] }
            }
        }
        let kinds = TagClassKinds(tagger.tags)
        let labels = Set(sentences.flatMap(\.relations)).sorted()
        let labelNumber = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let classOf = Dictionary(uniqueKeysWithValues: tagger.tags.enumerated().map { ($1, $0) })
        let examples = sentences.indices.map { i -> ParserTraining.Example in
            let s = sentences[i]
            let tags = folds > 0 ? predicted[i] : s.words.indices.map { classOf[.init(upos: s.upos[$0], xpos: s.xpos[$0])]! }
            let n = s.words.count
            return ParserTraining.Example(
                features: ParserFeatures(forms: s.words.map { WordShape($0).lower }, tagClasses: tags, kinds: kinds),
                heads: Projectivizer.lift(s.heads.map { $0 == 0 ? n : $0 - 1 }),
                labels: s.relations.map { labelNumber[$0]! })
        }
        var parserTraining = ParserTraining()
        parserTraining.iterations = options.parserIterations
        parserTraining.seed = options.seed
        parserTraining.progress = { pass, share in log(String(format: "parser pass %d: %.2f%% of moves right", pass, share * 100)) }
        let parser = parserTraining.train(examples, labels: labels)
        log("parser: \(parser.moves.rowCount) move features, \(parser.labeler.rowCount) label features, \(parser.moves.entryCount + parser.labeler.entryCount) weights")
        let model = SyntaxModel(tagger: tagger, parser: parser).pruned(tagger: options.taggerPrune, moves: options.parserPrune, labels: options.labelPrune)
        log("pruned: tagger \(model.tagger.model.rowCount) features, \(model.tagger.model.entryCount) weights; parser \(model.parser.moves.rowCount + model.parser.labeler.rowCount) features, \(model.parser.moves.entryCount + model.parser.labeler.entryCount) weights")
        return model
    }
}
