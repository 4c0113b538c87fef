/// Reads a review history in the FSRS optimizer's CSV format: `card_id,review_time,review_rating`
/// (milliseconds since the epoch, UTC; ratings 1-4), an optional `review_state` (Anki's: 0 new, 1 learning,
/// 2 review, 3 relearning, 4 filtered, 5 manual), other columns ignored, rows in any order.
public enum RevlogCSV {
    /// One row of the history.
    public struct Row: Equatable, Sendable {
        public var cardID: Int64
        public var time: Timestamp
        public var rating: Rating
        public var line: Int
        /// The `review_state` column when the file has one (an unreadable value is nil).
        public var state: Int? = nil

        public init(cardID: Int64, time: Timestamp, rating: Rating, line: Int, state: Int? = nil) {
            self.cardID = cardID
            self.time = time
            self.rating = rating
            self.line = line
            self.state = state
        }
    }

    /// The rows, or the first bad row as `path:line: error: message`.
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> [Row] {
        var copy = text
        copy.makeContiguousUTF8()
        let result: Result<[Row], Diagnostic> = copy.utf8.withContiguousStorageIfAvailable { bytes in
            Result { () throws(Diagnostic) in try parse(bytes: bytes, path: path) }
        } ?? .failure(Diagnostic(file: path, line: 1, column: nil, message: "cannot read text"))
        return try result.get()
    }

    /// The byte-level reader behind `parse`: no string is made for a well-formed row.
    static func parse(bytes b: UnsafeBufferPointer<UInt8>, path: String) throws(Diagnostic) -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(b.count / 24)
        var columns: (card: Int, time: Int, rating: Int, count: Int, state: Int?)? = nil
        var lineNumber = 0
        var start = 0
        var fields: [Range<Int>] = []
        func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self).trimmingWhitespace() }
        func integer(_ r: Range<Int>) -> Int64? {
            var lo = r.lowerBound, hi = r.upperBound
            while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
            while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 || b[hi - 1] == 0x0D { hi -= 1 }
            guard hi > lo, hi - lo <= 18 else { return nil }
            var negative = false
            if b[lo] == UInt8(ascii: "-") { negative = true; lo += 1; guard hi > lo else { return nil } }
            var v: Int64 = 0
            for k in lo..<hi {
                guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                v = v * 10 + Int64(b[k] - 0x30)
            }
            return negative ? -v : v
        }
        while start < b.count {
            lineNumber += 1
            var end = start
            fields.removeAll(keepingCapacity: true)
            var fieldStart = start
            // (A line ends at LF, CRLF or a lone CR.)
            while end < b.count && b[end] != 0x0A && b[end] != 0x0D {
                if b[end] == UInt8(ascii: ",") { fields.append(fieldStart..<end); fieldStart = end + 1 }
                end += 1
            }
            fields.append(fieldStart..<end)
            defer { start = end + (end + 1 < b.count && b[end] == 0x0D && b[end + 1] == 0x0A ? 2 : 1) }
            if b[start..<end].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let cols = columns else {
                let names = fields.map { text($0).lowercased() }
                guard let c = names.firstIndex(of: "card_id"), let t = names.firstIndex(of: "review_time"),
                      let r = names.firstIndex(of: "review_rating") else {
                    throw Diagnostic(file: path, line: lineNumber, column: nil,
                                     message: "expected a header with card_id, review_time and review_rating")
                }
                columns = (c, t, r, fields.count, names.firstIndex(of: "review_state"))
                continue
            }
            guard fields.count > max(cols.card, cols.time, cols.rating) else {
                throw Diagnostic(file: path, line: lineNumber, column: nil, message: "expected \(cols.count) columns, found \(fields.count)")
            }
            guard let card = integer(fields[cols.card]) else {
                throw Diagnostic(file: path, line: lineNumber, column: nil, message: "card_id '\(text(fields[cols.card]))' is not a whole number")
            }
            guard let ms = integer(fields[cols.time]), ms >= 0, ms < 253_402_300_800_000 else {
                throw Diagnostic(file: path, line: lineNumber, column: nil, message: "review_time '\(text(fields[cols.time]))' is not milliseconds since 1970")
            }
            guard let r = integer(fields[cols.rating]), let rating = Rating(rawValue: Int(r)) else {
                throw Diagnostic(file: path, line: lineNumber, column: nil, message: "review_rating '\(text(fields[cols.rating]))' is not 1, 2, 3 or 4")
            }
            let state = cols.state.flatMap { $0 < fields.count ? integer(fields[$0]).map { Int($0) } : nil }
            rows.append(Row(cardID: card, time: Timestamp(milliseconds: ms), rating: rating, line: lineNumber, state: state))
        }
        if columns == nil {
            throw Diagnostic(file: path, line: 1, column: nil, message: "empty file: expected a header with card_id, review_time and review_rating")
        }
        return rows
    }

    /// Each card's state after its reviews, sorted by card id (reviews sorted by time per card).
    public static func replay(_ rows: [Row], scheduler: FSRSScheduler) -> [(cardID: Int64, state: MemoryState)] {
        guard !rows.isEmpty else { return [] }
        // Cards numbered in an open-addressing table of card ids, each card's rows gathered by a counting sort
        // into columns (time, rating, line; file order kept within a card), then the cards replayed by
        // `FSRSReplay` on every core.
        var ids: [Int64] = []
        var slots = [Int32](repeating: 0, count: rows.count)
        var counts: [Int32] = []
        var table = [Int32](repeating: -1, count: 1024)
        var shift = UInt64(64 - 10)
        rows.withUnsafeBufferPointer { r in
            for n in r.indices {
                let id = r[n].cardID
                var i = Int((UInt64(bitPattern: id) &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while true {
                    let k = table[i]
                    if k < 0 {
                        let slot = Int32(ids.count)
                        table[i] = slot
                        ids.append(id)
                        counts.append(0)
                        if ids.count * 2 > table.count {
                            table = [Int32](repeating: -1, count: table.count * 2)
                            shift -= 1
                            for (s, other) in ids.enumerated() {
                                var j = Int((UInt64(bitPattern: other) &* 0x9E37_79B9_7F4A_7C15) >> shift)
                                while table[j] >= 0 { j = (j + 1) & (table.count - 1) }
                                table[j] = Int32(s)
                            }
                        }
                        slots[n] = slot
                        counts[Int(slot)] += 1
                        break
                    }
                    if ids[Int(k)] == id {
                        slots[n] = k
                        counts[Int(k)] += 1
                        break
                    }
                    i = (i + 1) & (table.count - 1)
                }
            }
        }
        var starts = [Int](repeating: 0, count: ids.count + 1)
        for k in counts.indices { starts[k + 1] = starts[k] + Int(counts[k]) }
        var time = [Int64](repeating: 0, count: rows.count)
        var rating = [UInt8](repeating: 0, count: rows.count)
        var line = [Int](repeating: 0, count: rows.count)
        var fill = starts
        rows.withUnsafeBufferPointer { r in
            for n in r.indices {
                let s = Int(slots[n])
                let at = fill[s]
                time[at] = r[n].time.microseconds
                rating[at] = UInt8(r[n].rating.rawValue)
                line[at] = r[n].line
                fill[s] = at + 1
            }
        }
        slots = []
        let cards = ids.indices.sorted { ids[$0] < ids[$1] }
        let kernel = FSRSReplay(scheduler), times = time, ratings = rating, lines = line, bounds = starts, cardIDs = ids
        let results = Parallel.map(over: 0..<cards.count, chunk: max(1, (cards.count + Parallel.width * 8 - 1) / (Parallel.width * 8))) { range in
            var out: [(cardID: Int64, state: MemoryState)] = []
            out.reserveCapacity(range.count)
            for k in range {
                let slot = cards[k]
                let lo = bounds[slot], hi = bounds[slot + 1]
                // In time order, ties in file order (rows are in file order already; sorted only when out of time order).
                var inOrder = true
                for i in (lo + 1)..<max(lo + 1, hi) where (times[i], lines[i]) < (times[i - 1], lines[i - 1]) {
                    inOrder = false
                    break
                }
                var card = FSRSReplay.Card(due: times[lo])
                let seed = FuzzSeed.base(cardID: String(cardIDs[slot]))
                if inOrder {
                    for i in lo..<hi { kernel.review(&card, rating: Int(ratings[i]), at: times[i], seedBase: seed) }
                } else {
                    for i in (lo..<hi).sorted(by: { (times[$0], lines[$0]) < (times[$1], lines[$1]) }) {
                        kernel.review(&card, rating: Int(ratings[i]), at: times[i], seedBase: seed)
                    }
                }
                out.append((cardIDs[slot], card.memoryState))
            }
            return out
        }
        return results.flatMap { $0 }
    }

    /// One output line: `{"card_id": …, "state": …, "step": …, "stability": …, "difficulty": …, "due": …, "last_review": …}`.
    public static func describe(cardID: Int64, _ s: MemoryState) -> String {
        func number(_ d: Double?) -> String { d.map { "\($0)" } ?? "null" }
        return "{\"card_id\": \(cardID), \"state\": \"\(s.state.rawValue)\", \"step\": \(s.step.map(String.init) ?? "null"), "
            + "\"stability\": \(number(s.stability)), \"difficulty\": \(number(s.difficulty)), \"due\": \"\(s.due.iso8601)\", "
            + "\"last_review\": \(s.lastReview.map { "\"\($0.iso8601)\"" } ?? "null")}"
    }
}
