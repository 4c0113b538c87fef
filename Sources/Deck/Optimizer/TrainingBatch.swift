/// Items trained on together: each column is a card's history up to a length, run through the model once, and
/// its predictions are read at their positions.
struct TrainingBatch: Sendable {
    /// One card of the batch: its reviews up to its longest item, and the positions predicted with weights.
    struct Column: Sendable {
        var card: Int
        var length: Int
        /// (position of the predicted review, weight), positions ascending.
        var predictions: [(position: Int, weight: Double)]
    }

    var columns: [Column]
    /// How many predictions the batch holds.
    var size: Int

    /// One column per item, ordered by length (items of one length kept in the order given), cut into batches
    /// of `batchSize` predictions: fsrs-rs's batches when it is not given card ids.
    static func make(_ items: [(item: TrainingItem, weight: Double)], batchSize: Int) -> [TrainingBatch] {
        let columns = items.enumerated().sorted { ($0.element.item.length, $0.offset) < ($1.element.item.length, $1.offset) }.map {
            Column(card: $0.element.item.card, length: $0.element.item.length, predictions: [($0.element.item.length - 1, $0.element.weight)])
        }
        var batches: [TrainingBatch] = []
        var current = TrainingBatch(columns: [], size: 0)
        for column in columns {
            if !current.columns.isEmpty && current.size + column.predictions.count > batchSize {
                batches.append(current)
                current = TrainingBatch(columns: [], size: 0)
            }
            current.columns.append(column)
            current.size += column.predictions.count
        }
        if !current.columns.isEmpty { batches.append(current) }
        return batches
    }
}
