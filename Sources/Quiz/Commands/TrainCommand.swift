import ArgumentParser
import Deck
import Foundation

/// `quiz train`: trains the syntax model (tagger and parser) from CoNLL-U treebank files.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the part-of-speech tagger and dependency parser from CoNLL-U files.",
        discussion: """
        Examples:
          swift run -c release quiz train --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu \\
            --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu -o model.bin
        """
    )

    @Option(help: "Training treebank (CoNLL-U).")
    var train: String

    @Option(help: "Development treebank (CoNLL-U), scored after training.")
    var dev: String?

    @Option(name: .shortAndLong, help: "Where to write the model.")
    var output: String?

    @Option(help: "Tagger passes.") var taggerIterations = 10
    @Option(help: "Parser passes.") var parserIterations = 15
    @Option(help: "Folds of tagger jackknifing for the parser's training tags (0: gold tags).") var folds = 4
    @Option(help: "Seed of the training order.") var seed: UInt64 = 1
    @Option(help: "Tagger weights smaller than this are pruned.") var taggerPrune: Float = 0
    @Option(help: "Parser weights smaller than this are pruned.") var parserPrune: Float = 0

    func run() throws {
        var options = SyntaxTraining.Options()
        options.taggerIterations = taggerIterations
        options.parserIterations = parserIterations
        options.folds = folds
        options.seed = seed
        options.taggerPrune = taggerPrune
        options.parserPrune = parserPrune
        let start = Date()
        let treebank = try CoNLLU.read(try String(contentsOfFile: train, encoding: .utf8), file: train)
        let model = SyntaxTraining(options: options, log: { line in
            FileHandle.standardError.write(Data((String(format: "[%6.1fs] ", Date().timeIntervalSince(start)) + line + "\n").utf8))
        }).train(treebank)
        if let dev {
            let gold = try CoNLLU.read(try String(contentsOfFile: dev, encoding: .utf8), file: dev)
            print("\(dev): \(model.evaluate(gold))")
        }
        if let output {
            try Data(model.fileBytes()).write(to: URL(fileURLWithPath: output), options: .atomic)
            FileHandle.standardError.write(Data("wrote \(output) (\(model.fileBytes().count) bytes)\n".utf8))
        }
    }
}
