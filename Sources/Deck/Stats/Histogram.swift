/// Counts of values in bins given by their edges: bin k holds values from `edges[k]` up to `edges[k + 1]`
/// (the last bin is open above; values under the first edge go in the first bin).
public struct Histogram: Sendable, Equatable {
    /// One bin: its bounds (`upper` nil for the open last bin) and how many values fell in it.
    public struct Bin: Sendable, Equatable {
        public var lower: Double
        public var upper: Double?
        public var count: Int
    }

    public var bins: [Bin]

    /// Bins `values` at ascending `edges` (at least one).
    public init(values: [Double], edges: [Double]) {
        bins = edges.enumerated().map { k, lower in Bin(lower: lower, upper: k + 1 < edges.count ? edges[k + 1] : nil, count: 0) }
        for v in values where v.isFinite {
            let k = edges.lastIndex { v >= $0 } ?? 0
            bins[k].count += 1
        }
    }

    /// Total count over the bins.
    public var total: Int { bins.map(\.count).reduce(0, +) }
}
