/// How the optimizer trains; the defaults are fsrs-rs's.
public struct OptimizerConfiguration: Equatable, Sendable {
    public var epochs = 5
    public var batchSize = 512
    public var learningRate = 4e-2
    /// Items with more reviews than this are left out of training.
    public var maximumSequenceLength = 256
    /// The weight of the pull toward the starting parameters (an L2 penalty scaled by each parameter's spread).
    public var regularization = 1.0
    /// Seeds the order in which batches are visited each epoch.
    public var seed: UInt64 = 2023
    /// The scheduler's relearning steps: with more than one, w17 and w18 are bounded lower.
    public var relearningSteps = 1

    public init() {}
}
