/// Trains the part-of-speech tagger on gold sentences: passes of the averaged perceptron in a seeded order.
struct TaggerTraining: Sendable {
    var iterations = 10
    var seed: UInt64 = 1
    /// A word needs this many occurrences to get an ambiguity class.
    var minimumCount = 2
    /// Called after each pass with its number and the share of training words tagged right.
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
        var gold: [[Int]] = []
        var counts: [UInt64: [Int: Int]] = [:]
        for s in sentences {
            var row: [Int] = []
            for k in s.words.indices {
                let c = classOf[PartOfSpeechTagger.TagPair(upos: s.upos[k], xpos: s.xpos[k])]!
                row.append(c)
                counts[FeatureHash.of(s.words[k].lowercased()), default: [:]][c, default: 0] += 1
            }
            gold.append(row)
        }
        var ambiguity: [UInt64: UInt64] = [:]
        for (word, byClass) in counts {
            let total = byClass.values.reduce(0, +)
            guard total >= minimumCount else { continue }
            var h = FNV1a.offsetBasis
            for c in byClass.keys.sorted() where byClass[c]! * 20 >= total { h = (h ^ UInt64(c + 1)) &* FNV1a.prime }
            ambiguity[word] = h
        }
        let shapes = sentences.map { $0.words.map(WordShape.init) }
        let ambs = shapes.map { $0.map { ambiguity[$0.lower] ?? PartOfSpeechTagger.unknownClass } }
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
        return PartOfSpeechTagger(tags: tags, ambiguity: ambiguity, model: trainer.averaged())
    }
}
