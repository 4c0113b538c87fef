/// Trains the part-of-speech tagger on gold sentences: passes of the averaged perceptron in a seeded order, for the
/// right-to-left first pass and then for the left-to-right second pass.
struct TaggerTraining: Sendable {
    var iterations = 10
    /// The second pass trains on first-pass tags of each fold (sentence index modulo this) from a first pass trained
    /// on the other folds, so that they are as wrong as on new text (below 2: no second pass).
    var folds = 4
    /// Passes of those fold first passes.
    var foldIterations = 5
    var seed: UInt64 = 1
    /// A word needs this many occurrences to get an ambiguity class. (At 1, every training word has one, and the
    /// parser takes a word without one for a form its weights never saw: `ParserFeatures.known`.)
    var minimumCount = 1
    /// A training word's ambiguity class is counted on the sentences outside its fold (sentence index modulo
    /// this), so that training sees classes as unreliable as they are on new text.
    var ambiguityFolds = 10
    /// A word form is settled (tagged without scoring) when it occurs this often, and with one class at least
    /// `settledShare` of the time.
    var settledMinimum = 20
    var settledShare = 0.97
    /// Called after each pass with its number and the share of the scored training words (settled ones aside)
    /// tagged right.
    var progress: @Sendable (Int, Double) -> Void = { _, _ in }

    /// Every UPOS/XPOS pair of `sentences`, in order of first appearance: the tagger's classes.
    static func tagPairs(_ sentences: [ParsedSentence]) -> [PartOfSpeechTagger.TagPair] {
        var seen: Set<PartOfSpeechTagger.TagPair> = []
        var tags: [PartOfSpeechTagger.TagPair] = []
        for s in sentences {
            for k in s.upos.indices where seen.insert(.init(upos: s.upos[k], xpos: s.xpos[k])).inserted {
                tags.append(.init(upos: s.upos[k], xpos: s.xpos[k]))
            }
        }
        return tags
    }

    /// A tagger trained on `sentences`, whose classes are `tags` (every pair the sentences have must be there:
    /// taggers trained on parts of the data share the whole data's classes).
    func train(_ sentences: [ParsedSentence], tags: [PartOfSpeechTagger.TagPair]) -> PartOfSpeechTagger {
        let classOf = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1, $0) })
        let gold = sentences.map { s in s.upos.indices.map { classOf[PartOfSpeechTagger.TagPair(upos: s.upos[$0], xpos: s.xpos[$0])]! } }
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
        let backward = shapes.map { Array($0.reversed()) }, backwardGold = gold.map { Array($0.reversed()) }
        let backwardAmbs = ambs.map { Array($0.reversed()) }
        let settled = self.settled(all, shapes, gold)
        let fixed = shapes.map { $0.map { settled[$0.form] ?? -1 } }, backwardFixed = fixed.map { Array($0.reversed()) }
        let model = perceptron(all, backwardGold, backwardFixed, classes: tags.count, iterations: iterations, firstReported: 1) { s, i, p1, p2, f in
            PartOfSpeechTagger.features(i, backward[s], backwardAmbs[s], p1, p2, into: f)
        }
        guard folds > 1 else { return PartOfSpeechTagger(tags: tags, ambiguity: ambiguity, settled: settled, model: model, refiner: nil) }
        var first = [[Int]](repeating: [], count: sentences.count)
        for k in 0..<folds {
            let rest = all.filter { $0 % folds != k }
            let foldAmbiguity = self.ambiguity(of: rest, shapes, gold)
            let foldAmbs = backward.map { $0.map { foldAmbiguity[$0.lower] ?? PartOfSpeechTagger.unknownClass } }
            let foldSettled = self.settled(rest, shapes, gold)
            let foldFixed = backward.map { $0.map { foldSettled[$0.form] ?? -1 } }
            let foldModel = perceptron(rest, backwardGold, foldFixed, classes: tags.count, iterations: foldIterations, firstReported: nil) { s, i, p1, p2, f in
                PartOfSpeechTagger.features(i, backward[s], foldAmbs[s], p1, p2, into: f)
            }
            let foldTagger = PartOfSpeechTagger(tags: tags, ambiguity: foldAmbiguity, settled: foldSettled, model: foldModel, refiner: nil)
            for s in all where s % folds == k { first[s] = foldTagger.tag(shapes: shapes[s]) }
        }
        let refiner = perceptron(all, gold, fixed, classes: tags.count, iterations: iterations, firstReported: iterations + 1) { s, i, p1, p2, f in
            PartOfSpeechTagger.refinedFeatures(i, shapes[s], ambs[s], p1, p2, first[s], into: f)
        }
        return PartOfSpeechTagger(tags: tags, ambiguity: ambiguity, settled: settled, model: model, refiner: refiner)
    }

    /// An averaged perceptron trained greedily on the `chosen` sentences, with `features(s, i, p1, p2, into)` of word
    /// `i` of sentence `s` after the classes `p1` and `p2`, on the words whose `fixed` class is -1 (the others take
    /// that class); its passes are reported numbered from `firstReported`.
    private func perceptron(_ chosen: [Int], _ gold: [[Int]], _ fixed: [[Int]], classes: Int, iterations: Int, firstReported: Int?,
                            _ features: (Int, Int, Int, Int, FeatureBuffer) -> Void) -> LinearModel {
        let trainer = PerceptronTrainer(classes: classes)
        var order = chosen
        var rng = SeededRandom(seed: seed)
        let f = FeatureBuffer(capacity: PartOfSpeechTagger.templateCount)
        var scores = [Float](repeating: 0, count: classes)
        for pass in stride(from: 1, through: iterations, by: 1) {
            order.shuffle(using: &rng)
            var right = 0, total = 0
            for s in order {
                var p1 = PartOfSpeechTagger.start, p2 = PartOfSpeechTagger.start
                for i in gold[s].indices {
                    guard fixed[s][i] < 0 else {
                        p2 = p1
                        p1 = fixed[s][i]
                        continue
                    }
                    features(s, i, p1, p2, f)
                    trainer.score(f.keys, into: &scores)
                    var best = 0
                    for c in 1..<scores.count where scores[c] > scores[best] { best = c }
                    trainer.update(f.keys, gold: gold[s][i], guess: best)
                    trainer.tick()
                    if best == gold[s][i] { right += 1 }
                    total += 1
                    p2 = p1
                    p1 = best
                }
            }
            if let firstReported { progress(firstReported + pass - 1, Double(right) / Double(max(1, total))) }
        }
        return trainer.averaged()
    }

    /// How often each word of the `chosen` sentences (by `key`: its form or lower-cased form) has each class.
    private static func classCounts(_ chosen: [Int], _ shapes: [[WordShape]], _ gold: [[Int]],
                                    by key: KeyPath<WordShape, UInt64>) -> [UInt64: [Int: Int]] {
        var counts: [UInt64: [Int: Int]] = [:]
        for s in chosen {
            for (w, c) in zip(shapes[s], gold[s]) { counts[w[keyPath: key], default: [:]][c, default: 0] += 1 }
        }
        return counts
    }

    /// The word forms of `chosen` sentences that have a settled class: frequent, and (nearly) always that class.
    private func settled(_ chosen: [Int], _ shapes: [[WordShape]], _ gold: [[Int]]) -> [UInt64: Int] {
        var settled: [UInt64: Int] = [:]
        for (form, byClass) in Self.classCounts(chosen, shapes, gold, by: \.form) {
            let total = byClass.values.reduce(0, +)
            guard total >= settledMinimum, let top = byClass.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                  Double(top.value) >= settledShare * Double(total) else { continue }
            settled[form] = top.key
        }
        return settled
    }

    /// The ambiguity classes of the words of `chosen` sentences: a hash of each tag that has at least a 5% share of
    /// the word's occurrences.
    private func ambiguity(of chosen: [Int], _ shapes: [[WordShape]], _ gold: [[Int]]) -> [UInt64: UInt64] {
        var ambiguity: [UInt64: UInt64] = [:]
        for (word, byClass) in Self.classCounts(chosen, shapes, gold, by: \.lower) {
            let total = byClass.values.reduce(0, +)
            guard total >= minimumCount else { continue }
            var h = FNV1a.offsetBasis
            for c in byClass.keys.sorted() where byClass[c]! * 20 >= total { h = (h ^ UInt64(c + 1)) &* FNV1a.prime }
            ambiguity[word] = h
        }
        return ambiguity
    }
}
