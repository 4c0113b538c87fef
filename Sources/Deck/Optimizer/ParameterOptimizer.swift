/// Fits FSRS-6's 21 parameters to review histories as fsrs-rs does: outliers filtered, w0-w3 pretrained from
/// first-rating recall, then every parameter trained by Adam with a cosine-annealed learning rate on the
/// recency-weighted cross-entropy of predicted recall, batches built by card and ordered by history length,
/// visited in a seeded random order, and the parameters clipped to their bounds after every step. Small histories
/// are trained several times in different batch orders and the run with the lowest training loss is kept.
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
        let weighted = recencyWeighted(training, maximumLength: configuration.maximumSequenceLength)
        let chosen = bestRun(data, weighted, start: start, configuration: configuration, progress: progress)
        guard var w = chosen else { return OptimizerOutcome(parameters: start, method: .pretrained, items: training.count) }
        let smoothed = InitialStability.smoothAndFill(Dictionary(uniqueKeysWithValues: (1...4).map { ($0, w[$0 - 1]) }), counts: counts)
        if let smoothed { w.replaceSubrange(0..<4, with: smoothed) }
        return OptimizerOutcome(parameters: w, method: .trained, items: training.count)
    }

    /// The items with fsrs-rs's recency weights (0.25 for the oldest, rising as the cube of the position to 1 for the
    /// newest), those longer than `maximumLength` reviews left out.
    static func recencyWeighted(_ training: [TrainingItem], maximumLength: Int) -> [(item: TrainingItem, weight: Double)] {
        let denominator = Double(max(training.count - 1, 1))
        var weighted: [(item: TrainingItem, weight: Double)] = []
        weighted.reserveCapacity(training.count)
        for (k, item) in training.enumerated() {
            let x = Double(k) / denominator
            weighted.append((item, 0.25 + 0.75 * x * x * x))
        }
        weighted.removeAll { $0.item.length > maximumLength }
        return weighted
    }

    /// Of the configuration's runs (run k shuffles with seed + k), the parameters with the lowest training
    /// objective (the first on a tie); nil when none is finite. One run is fsrs-rs's training; a run can settle
    /// where the loss is clearly higher, and the runs differ only in the order the batches are visited.
    static func bestRun(_ data: TrainingData, _ weighted: [(item: TrainingItem, weight: Double)], start: [Double],
                        configuration: OptimizerConfiguration, progress: Progress?) -> [Double]? {
        let runs = configuration.runs(items: weighted.count)
        var chosen: (w: [Double], score: Double)? = nil
        for run in 0..<runs {
            var c = configuration
            c.seed = configuration.seed &+ UInt64(run)
            let base = run * weighted.count * c.epochs
            let fitted = train(data, weighted, start: start, configuration: c) { done, total in progress?(base + done, total * runs) }
            guard fitted.allSatisfy(\.isFinite) else { continue }
            let score = objective(fitted, data: data, weighted, start: start, configuration: c)
            if score < chosen?.score ?? .infinity { chosen = (fitted, score) }
        }
        return chosen?.w
    }

    /// One run of fsrs-rs's training from `start`: the parameters after the last step.
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

    /// What training minimises, over all of `items`: the summed weighted cross-entropy plus the L2 pull toward
    /// `start` (the per-batch penalties of one epoch add up to this). Runs are compared by it.
    static func objective(_ w: [Double], data: TrainingData, _ items: [(item: TrainingItem, weight: Double)], start: [Double],
                          configuration c: OptimizerConfiguration) -> Double {
        let batches = TrainingBatch.make(items, batchSize: c.batchSize)
        // One batch a part, summed in batch order: the same sum on any number of cores.
        let parts = Parallel.map(over: 0..<batches.count, chunk: 1) { range in
            range.reduce(0.0) { $0 + TrainingLoss.loss(w, data: data, columns: batches[$1].columns[...]) }
        }
        var penalty = 0.0
        for i in 0..<21 { penalty += (w[i] - start[i]) * (w[i] - start[i]) / (spread[i] * spread[i]) }
        return parts.reduce(0, +) + c.regularization * penalty
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
