/// Fits FSRS-6's 21 parameters to review histories as fsrs-rs does: outliers filtered, w0-w3 pretrained from
/// first-rating recall, then every parameter trained by Adam with a cosine-annealed learning rate on the
/// recency-weighted cross-entropy of predicted recall, batches built by card and ordered by history length,
/// visited in a seeded random order, and the parameters clipped to their bounds after every step.
public enum ParameterOptimizer {
    /// Below this many items the defaults are kept (fsrs-rs's threshold).
    public static let minimumItems = 8
    /// Below this many items only w0-w3 are fitted.
    public static let minimumForTraining = 64

    /// How far each parameter may usefully move, as fsrs-rs scales its L2 penalty.
    static let spread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31,
        0.32, 0.14, 0.27,
    ]

    /// Training progress: reviews predicted so far out of all epochs' worth; return false to stop early.
    public typealias Progress = (_ done: Int, _ total: Int) -> Void

    /// The parameters fitted to `items` of `data` (all its items when nil), deterministic for a given input.
    public static func fit(_ data: TrainingData, items given: [TrainingItem]? = nil,
                           configuration: OptimizerConfiguration = OptimizerConfiguration(),
                           progress: Progress? = nil) -> OptimizerOutcome {
        let defaults = SchedulerSettings.defaultParameters
        let items = given ?? data.items
        let (initialization, training) = OutlierFilter.split(data, items)
        guard training.count >= minimumItems else { return OptimizerOutcome(parameters: defaults, method: .defaults, items: training.count) }
        let recalled = training.reduce(0) { $0 + (data.reviews($1).last!.rating == .again ? 0 : 1) }
        let averageRecall = Double(recalled) / Double(training.count)
        guard let (stabilities, counts) = InitialStability.fit(data, initialization, averageRecall: averageRecall) else {
            return OptimizerOutcome(parameters: defaults, method: .defaults, items: training.count)
        }
        let start = stabilities + defaults[4...]
        if training.count == initialization.count || training.count < minimumForTraining {
            return OptimizerOutcome(parameters: start, method: .pretrained, items: training.count)
        }
        let denominator = Double(max(training.count - 1, 1))
        var weighted: [(item: TrainingItem, weight: Double)] = []
        weighted.reserveCapacity(training.count)
        for (k, item) in training.enumerated() {
            let x = Double(k) / denominator
            weighted.append((item, 0.25 + 0.75 * x * x * x))
        }
        weighted.removeAll { $0.item.length > configuration.maximumSequenceLength }
        var w = train(data, weighted, start: start, configuration: configuration, progress: progress)
        guard w.allSatisfy(\.isFinite) else { return OptimizerOutcome(parameters: start, method: .pretrained, items: training.count) }
        let smoothed = InitialStability.smoothAndFill(Dictionary(uniqueKeysWithValues: (1...4).map { ($0, w[$0 - 1]) }), counts: counts)
        if let smoothed { w.replaceSubrange(0..<4, with: smoothed) }
        return OptimizerOutcome(parameters: w, method: .trained, items: training.count)
    }

    static func train(_ data: TrainingData, _ items: [(item: TrainingItem, weight: Double)], start: [Double],
                      configuration c: OptimizerConfiguration, progress: Progress?) -> [Double] {
        let total = items.count
        let batches = TrainingBatch.make(items, batchSize: c.batchSize)
        var schedule = CosineAnnealing(steps: (total / c.batchSize + 1) * c.epochs, initial: c.learningRate)
        var adam = AdamOptimizer()
        var random = SeededRandom(seed: c.seed)
        var w = start
        var done = 0
        for _ in 0..<c.epochs {
            var order = Array(batches.indices)
            // Fisher-Yates with the seeded generator, so the order is the same on every platform and release.
            for k in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(k, Int(random.next() % UInt64(k + 1)))
            }
            for b in order {
                let batch = batches[b]
                let rate = schedule.next()
                var gradient = batchGradient(w, data: data, batch: batch)
                let scale = c.regularization * Double(batch.size) / Double(total)
                for i in 0..<21 { gradient[i] += 2 * (w[i] - start[i]) / (spread[i] * spread[i]) * scale }
                adam.step(&w, gradient: gradient, learningRate: rate)
                ParameterClipper.clip(&w, relearningSteps: c.relearningSteps)
                done += batch.size
                progress?(done, total * c.epochs)
            }
        }
        return w
    }

    /// The batch's gradient, its columns split over the cores (summed in a fixed order: the same on every run).
    static func batchGradient(_ w: [Double], data: TrainingData, batch: TrainingBatch) -> [Double] {
        // Two halves of about equal work (columns are ordered by length, so not of equal count).
        var chunks = [0..<batch.columns.count]
        if Parallel.width > 1 && batch.columns.count > 1 {
            let work = batch.columns.reduce(0) { $0 + $1.length }
            var sum = 0, cut = 0
            while cut < batch.columns.count - 1 && 2 * (sum + batch.columns[cut].length) <= work {
                sum += batch.columns[cut].length
                cut += 1
            }
            cut = max(cut, 1)
            chunks = [0..<cut, cut..<batch.columns.count]
        }
        let sums = Parallel.map(over: chunks) { range in
            TrainingGradient.lossAndGradient(w, data: data, columns: batch.columns[range]).gradient
        }
        var total = [Double](repeating: 0, count: 21)
        for part in sums { for i in 0..<21 { total[i] += part[i] } }
        return total
    }
}
