import ArgumentParser
import Deck
import Foundation

/// `quiz train`: trains the syntax model (tagger and parser) from CoNLL-U treebank files.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the part-of-speech tagger and dependency parser from CoNLL-U files.",
        usage: "quiz train [<options>]",
        discussion: """
        The shipped model was made by the commands in docs/syntax.md.

        Examples:
          quiz train --train train.conllu -o m.syntax
          quiz train --from m.syntax --score dev.conllu
          quiz train --from m.syntax --parser-prune 1 -o s.syntax
          quiz train --from s.syntax --score test.conllu
        """
    )

    @Option(help: "Training treebank (CoNLL-U).")
    var train: String?

    @Option(help: "Start from this trained model instead of training (to prune it or score it).")
    var from: String?

    @Option(help: "A treebank (CoNLL-U) to score the model on at the end, with its gold words (repeatable).")
    var score: [String] = []

    @Option(name: .shortAndLong, help: "Where to write the model.")
    var output: String?

    @Option(help: "Tagger passes.") var taggerIterations = 10
    @Option(help: "Parser passes.") var parserIterations = 15
    @Option(help: "Folds of tagger jackknifing for the parser's training tags (0: gold tags).") var folds = 4
    @Option(help: "Seed of the training order.") var seed: UInt64 = 1
    @Option(help: "Tagger weights smaller than this (in perceptron updates) are pruned.") var taggerPrune: Float = 0
    @Option(help: "Parser move weights smaller than this (in perceptron updates) are pruned.") var parserPrune: Float = 0
    @Option(help: "Parser label weights smaller than this (in perceptron updates) are pruned.") var labelPrune: Float = 0

    func validate() throws {
        guard (train == nil) != (from == nil) else { throw ValidationError("give either --train or --from") }
        guard folds == 0 || folds >= 2 else { throw ValidationError("--folds must be 0 (gold tags) or at least 2") }
        guard taggerIterations >= 1, parserIterations >= 1 else { throw ValidationError("passes must be at least 1") }
    }

    func run() throws {
        let start = Date()
        let log: @Sendable (String) -> Void = { line in
            StandardError.write(String(format: "[%6.1fs] ", Date().timeIntervalSince(start)) + line + "\n")
        }
        let model: SyntaxModel
        if let train {
            var options = SyntaxTraining.Options()
            options.taggerIterations = taggerIterations
            options.parserIterations = parserIterations
            options.folds = folds
            options.seed = seed
            options.taggerPrune = taggerPrune
            options.parserPrune = parserPrune
            options.labelPrune = labelPrune
            let treebank = try CoNLLU.read(try String(contentsOfFile: train, encoding: .utf8), file: train)
            model = SyntaxTraining(options: options, log: log).train(treebank)
        } else {
            let loaded = try SyntaxModel.load(contentsOf: from!)
            let prunes = taggerPrune > 0 || parserPrune > 0 || labelPrune > 0
            model = prunes ? loaded.pruned(tagger: taggerPrune, moves: parserPrune, labels: labelPrune) : loaded
        }
        for path in score {
            let gold = try CoNLLU.read(try String(contentsOfFile: path, encoding: .utf8), file: path)
            let clock = Date()
            let scores = model.evaluate(gold)
            let seconds = Date().timeIntervalSince(clock)
            StandardOutput.print("\(path): \(scores)")
            log(String(format: "scored in %.2f s (%.0f words/s)", seconds, Double(scores.words) / seconds))
        }
        if let output {
            let bytes = model.fileBytes()
            log("model: \(bytes.count) bytes")
            try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
            log("wrote \(output)")
        }
    }
}
