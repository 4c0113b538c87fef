/// Reads a review history in the FSRS optimizer's CSV format: `card_id,review_time,review_rating`
/// (milliseconds since the epoch, UTC; ratings 1-4), other columns ignored, rows in any order.
public enum RevlogCSV {
    /// One row of the history.
    public struct Row: Equatable, Sendable {
        public var cardID: Int64
        public var time: Timestamp
        public var rating: Rating
        public var line: Int
    }

    /// The rows, or the first bad row as `path:line: error: message`.
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> [Row] {
        var rows: [Row] = []
        var lineNumber = 0
        var columns: (card: Int, time: Int, rating: Int, count: Int)? = nil
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            guard let cols = columns else {
                let names = fields.map { $0.lowercased() }
                guard let c = names.firstIndex(of: "card_id"), let t = names.firstIndex(of: "review_time"),
                      let r = names.firstIndex(of: "review_rating") else {
                    throw Diagnostic(file: path, line: lineNumber, column: nil,
                                     message: "expected a header with card_id, review_time and review_rating")
                }
                columns = (c, t, r, fields.count)
                continue
            }
            guard fields.count > max(cols.card, cols.time, cols.rating) else {
                throw Diagnostic(file: path, line: lineNumber, column: nil, message: "expected \(cols.count) columns, found \(fields.count)")
            }
            guard let card = Int64(fields[cols.card]) else {
                throw Diagnostic(file: path, line: lineNumber, column: nil, message: "card_id '\(fields[cols.card])' is not a whole number")
            }
            guard let ms = Int64(fields[cols.time]), ms >= 0, ms < 253_402_300_800_000 else {
                throw Diagnostic(file: path, line: lineNumber, column: nil, message: "review_time '\(fields[cols.time])' is not milliseconds since 1970")
            }
            guard let r = Int(fields[cols.rating]), let rating = Rating(rawValue: r) else {
                throw Diagnostic(file: path, line: lineNumber, column: nil, message: "review_rating '\(fields[cols.rating])' is not 1, 2, 3 or 4")
            }
            rows.append(Row(cardID: card, time: Timestamp(milliseconds: ms), rating: rating, line: lineNumber))
        }
        if columns == nil {
            throw Diagnostic(file: path, line: 1, column: nil, message: "empty file: expected a header with card_id, review_time and review_rating")
        }
        return rows
    }

    /// Each card's state after its reviews, sorted by card id (reviews sorted by time per card).
    public static func replay(_ rows: [Row], scheduler: FSRSScheduler) -> [(cardID: Int64, state: MemoryState)] {
        var byCard: [Int64: [Row]] = [:]
        for row in rows { byCard[row.cardID, default: []].append(row) }
        return byCard.keys.sorted().map { id in
            let list = byCard[id]!.sorted { ($0.time, $0.line) < ($1.time, $1.line) }
            var state = MemoryState.new(due: list[0].time)
            let name = String(id)
            for row in list {
                state = scheduler.review(state, rating: row.rating, at: row.time,
                                         fuzzSeed: FuzzSeed.make(cardID: name, reviews: state.reviews))
            }
            return (id, state)
        }
    }

    /// One output line: `{"card_id": …, "state": …, "step": …, "stability": …, "difficulty": …, "due": …, "last_review": …}`.
    public static func describe(cardID: Int64, _ s: MemoryState) -> String {
        func number(_ d: Double?) -> String { d.map { "\($0)" } ?? "null" }
        return "{\"card_id\": \(cardID), \"state\": \"\(s.state.rawValue)\", \"step\": \(s.step.map(String.init) ?? "null"), "
            + "\"stability\": \(number(s.stability)), \"difficulty\": \(number(s.difficulty)), \"due\": \"\(s.due.iso8601)\", "
            + "\"last_review\": \(s.lastReview.map { "\"\($0.iso8601)\"" } ?? "null")}"
    }
}
