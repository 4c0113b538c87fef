/// How the optimizer trains: each run is fsrs-rs's training (its defaults), and small histories get more runs.
public struct OptimizerConfiguration: Equatable, Sendable {
    public var epochs = 5
    public var batchSize = 512
    public var learningRate = 4e-2
    /// Items with more reviews than this are left out of training.
    public var maximumSequenceLength = 256
    /// The weight of the pull toward the starting parameters (an L2 penalty scaled by each parameter's spread).
    public var regularization = 1.0
    /// Seeds the order in which batches are visited each epoch (run k uses seed + k).
    public var seed: UInt64 = 2023
    /// The scheduler's relearning steps: with more than one, w17 and w18 are bounded lower.
    public var relearningSteps = 1
    /// The fewest and the most training runs; the run with the lowest training loss is kept.
    public var runRange = 1...4
    /// Predictions all runs together may make: the runs beyond the fewest are added while they fit in it.
    public var budget = 500_000

    public init() {}

    /// How many runs a fit on `items` items makes.
    public func runs(items: Int) -> Int {
        let affordable = budget / max(1, items * epochs)
        return min(max(affordable, runRange.lowerBound), runRange.upperBound)
    }
}
