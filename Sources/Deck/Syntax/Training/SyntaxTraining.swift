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
        /// The parser trains on tags predicted by taggers trained on the other folds (0: on gold tags).
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

    /// A model trained on `train` (CoNLL-U text).
    public func train(conllu train: String) -> SyntaxModel {
        let sentences = TreebankSentence.read(conllu: train)
        log("read \(sentences.count) sentences, \(sentences.reduce(0) { $0 + $1.words.count }) words")
        var taggerTraining = TaggerTraining()
        taggerTraining.iterations = options.taggerIterations
        taggerTraining.seed = options.seed
        taggerTraining.prune = options.taggerPrune
        let log = self.log
        taggerTraining.progress = { pass, accuracy in log(String(format: "tagger pass %d: %.2f%% of training words", pass, accuracy * 100)) }
        let tagger = taggerTraining.train(sentences)
        log("tagger: \(tagger.tags.count) classes, \(tagger.model.keys.count) features, \(tagger.model.entryCount) weights")
        return SyntaxModel(tagger: tagger)
    }
}
