/// Trains the part-of-speech tagger on gold sentences: passes of the averaged perceptron in a seeded order.
struct TaggerTraining {
    var iterations = 10
    var seed: UInt64 = 1
    /// Averaged weights smaller than this (in updates) are left out of the model.
    var prune: Float = 0.0
    /// A word needs this many occurrences to get an ambiguity class.
    var minimumCount = 1
    /// A training word's ambiguity class is counted on the sentences outside its fold (sentence index modulo
    /// this), so that training sees classes as unreliable as they are on new text.
    var ambiguityFolds = 10
    /// Called after each pass with its number and the share of training words tagged right.
    var progress: (Int, Double) -> Void = { _, _ in }

    func train(_ sentences: [TreebankSentence]) -> PartOfSpeechTagger {
        // Classes: every UPOS/XPOS pair of the data, in order of first appearance.
        var classOf: [PartOfSpeechTagger.TagPair: Int] = [:]
        var tags: [PartOfSpeechTagger.TagPair] = []
        var gold: [[Int]] = []
        for s in sentences {
            var row: [Int] = []
            for k in s.words.indices {
                let pair = PartOfSpeechTagger.TagPair(upos: s.upos[k], xpos: s.xpos[k])
                let c: Int
                if let found = classOf[pair] { c = found } else { c = tags.count; classOf[pair] = c; tags.append(pair) }
                row.append(c)
            }
            gold.append(row)
        }
        let shapes = sentences.map { $0.words.map(WordShape.init) }
        let all = Array(sentences.indices)
        let ambiguity = self.ambiguity(of: all, shapes, gold)
        var ambs = shapes.map { $0.map { ambiguity[$0.lower] ?? PartOfSpeechTagger.unknownClass } }
        if ambiguityFolds > 1 {
            for k in 0..<ambiguityFolds {
                let outside = self.ambiguity(of: all.filter { $0 % ambiguityFolds != k }, shapes, gold)
                for s in all where s % ambiguityFolds == k {
                    ambs[s] = shapes[s].map { outside[$0.lower] ?? PartOfSpeechTagger.unknownClass }
                }
            }
        }
        let trainer = PerceptronTrainer(classes: tags.count)
        var order = Array(sentences.indices)
        var rng = SeededRandom(seed: seed)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: tags.count)
        for pass in 1...iterations {
            order.shuffle(using: &rng)
            var right = 0, total = 0
            for s in order {
                var p1 = PartOfSpeechTagger.start, p2 = PartOfSpeechTagger.start
                for i in shapes[s].indices {
                    PartOfSpeechTagger.features(i, shapes[s], ambs[s], p1, p2, into: &features)
                    trainer.score(features, into: &scores)
                    var best = 0
                    for c in 1..<scores.count where scores[c] > scores[best] { best = c }
                    trainer.update(features, gold: gold[s][i], guess: best)
                    trainer.tick()
                    if best == gold[s][i] { right += 1 }
                    total += 1
                    p2 = p1
                    p1 = best
                }
            }
            progress(pass, Double(right) / Double(max(1, total)))
        }
        return PartOfSpeechTagger(tags: tags, ambiguity: ambiguity, model: trainer.averaged(prune: prune))
    }

    /// The ambiguity classes of the words of `chosen` sentences: a hash of each tag that has at least a 5% share of
    /// the word's occurrences.
    private func ambiguity(of chosen: [Int], _ shapes: [[WordShape]], _ gold: [[Int]]) -> [UInt64: UInt64] {
        var counts: [UInt64: [Int: Int]] = [:]
        for s in chosen {
            for (w, c) in zip(shapes[s], gold[s]) { counts[w.lower, default: [:]][c, default: 0] += 1 }
        }
        var ambiguity: [UInt64: UInt64] = [:]
        for (word, byClass) in counts {
            let total = byClass.values.reduce(0, +)
            guard total >= minimumCount else { continue }
            var h = FNV1a.offsetBasis
            for c in byClass.keys.sorted() where byClass[c]! * 20 >= total { h = (h ^ UInt64(c + 1)) &* FNV1a.prime }
            ambiguity[word] = h
        }
        return ambiguity
    }
}
