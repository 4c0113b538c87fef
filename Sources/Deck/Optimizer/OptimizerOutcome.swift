/// What the optimizer produced: the parameters, how far it could go with the data, and on how many items.
public struct OptimizerOutcome: Equatable, Sendable {
    /// How far the fitting went.
    public enum Method: String, Equatable, Sendable {
        /// Too few items (fewer than `ParameterOptimizer.minimumItems`): the defaults, unchanged.
        case defaults
        /// Enough to fit w0-w3 from first-rating recall, not to train the rest (fewer than 64 items, or
        /// every item the first long-term review of its card).
        case pretrained
        /// Every parameter trained.
        case trained
    }

    public var parameters: [Double]
    public var method: Method
    /// The items trained on, after outliers were filtered.
    public var items: Int

    public init(parameters: [Double], method: Method, items: Int) {
        self.parameters = parameters
        self.method = method
        self.items = items
    }
}
