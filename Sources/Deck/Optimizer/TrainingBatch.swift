/// Items of several cards trained on together (fsrs-rs's card-windowed batch): each card's history is run
/// through the model once, and its items are the predictions made at their positions.
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

    /// Groups weighted items by card, orders cards by their longest item, and fills batches of at most
    /// `batchSize` predictions (a card is never split; a card with more makes a batch alone).
    static func make(_ items: [(item: TrainingItem, weight: Double)], batchSize: Int) -> [TrainingBatch] {
        var byCard: [Int: [(item: TrainingItem, weight: Double)]] = [:]
        for entry in items { byCard[entry.item.card, default: []].append(entry) }
        var columns: [Column] = byCard.keys.sorted().map { card in
            let list = byCard[card]!.sorted { $0.item.length < $1.item.length }
            return Column(card: card, length: list.last!.item.length,
                          predictions: list.map { ($0.item.length - 1, $0.weight) })
        }
        columns = columns.enumerated().sorted { ($0.element.length, $0.offset) < ($1.element.length, $1.offset) }.map(\.element)
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
