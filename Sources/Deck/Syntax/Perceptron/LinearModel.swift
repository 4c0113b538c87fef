/// A trained multi-class linear model, stored compactly: for each feature, its non-zero class weights as
/// 16-bit integers (one scale for the whole model), found through an open-addressing table whose slot holds
/// the key and where the row's weights are, so a look-up touches one slot and one run of weights. A row with
/// many weights is kept dense instead, a run of vector adds. Rows are kept in the order of their
/// home slots, so the table is built (and the file read) in one sequential sweep.
struct LinearModel: Sendable {
    let classes: Int
    /// What one unit of a stored weight is worth.
    let scale: Float
    /// The length of a score vector: `classes` rounded up to a multiple of eight.
    let width: Int
    /// The table's home slots (a few more slots follow, so probing never wraps around).
    let capacity: Int
    /// The number of features, and of weights.
    let rowCount: Int
    let entryCount: Int
    private let slots: [Slot]
    /// Sparse rows' weights: a class in the low 8 bits and a 16-bit weight above them.
    private let entries: [UInt32]
    /// Dense rows, `width` weights each.
    private let dense: [Int16]

    /// A slot of the table: a feature and where its weights are (`end == Slot.denseRow`: row `start` of `dense`).
    struct Slot: Sendable {
        var key: UInt64 = 0
        var start: UInt32 = 0
        var end: UInt32 = 0
        static let denseRow = UInt32.max
    }

    /// A row with at least this many weights is kept dense.
    static let denseFrom = 24
    /// The largest stored weight: eight dense rows add up without overflowing 16 bits.
    static let levels = 4095
    /// Dense rows added in 16 bits before the sums are moved to 32.
    static let denseBatch = 8

    /// A feature's weights, as (class, weight) pairs.
    typealias Row = (key: UInt64, entries: [(UInt8, Int16)])

    /// The table size for `rows` features (at most 60% full).
    static func capacity(for rows: Int) -> Int { max(16, rows * 5 / 3) }

    /// The home slot of `key` in a table of `capacity` slots.
    @inline(__always)
    static func home(_ key: UInt64, _ capacity: Int) -> Int { Int(key.multipliedFullWidth(by: UInt64(capacity)).high) }

    /// A model of `rows` in any order (keys distinct and non-zero).
    init(classes: Int, scale: Float, rows: [Row]) {
        let capacity = Self.capacity(for: rows.count)
        let sorted = rows.sorted { (Self.home($0.key, capacity), $0.key) < (Self.home($1.key, capacity), $1.key) }
        var starts = [0], entryClasses: [UInt8] = [], entryWeights: [Int16] = []
        for row in sorted {
            for (c, w) in row.entries { entryClasses.append(c); entryWeights.append(w) }
            starts.append(entryClasses.count)
        }
        self.init(classes: classes, scale: scale, capacity: capacity, keys: sorted.map(\.key), starts: starts,
                  entryClasses: entryClasses, entryWeights: entryWeights)
    }

    /// A model whose row `r` (rows in home-slot order) is feature `keys[r]` with the classes and weights
    /// `starts[r]..<starts[r + 1]` of `entryClasses` and `entryWeights`.
    init(classes: Int, scale: Float, capacity: Int, keys: [UInt64], starts: [Int], entryClasses: [UInt8], entryWeights: [Int16]) {
        self.classes = classes
        self.scale = scale
        self.capacity = capacity
        let count = keys.count
        rowCount = count
        let width = (classes + 7) / 8 * 8
        self.width = width
        var slots = [Slot](repeating: Slot(), count: capacity + 1)
        var entries: [UInt32] = []
        entries.reserveCapacity(entryWeights.count)
        var dense: [Int16] = []
        var next = 0
        for r in 0..<count {
            let k = keys[r]
            let at = max(Self.home(k, capacity), next)
            if at >= slots.count { slots.append(contentsOf: repeatElement(Slot(), count: at - slots.count + 2)) }
            let row = starts[r]..<starts[r + 1]
            if row.count >= Self.denseFrom {
                let d = dense.count / width
                dense.append(contentsOf: repeatElement(0, count: width))
                for e in row { dense[d * width + Int(entryClasses[e])] = entryWeights[e] }
                slots[at] = Slot(key: k, start: UInt32(d), end: Slot.denseRow)
            } else {
                let start = entries.count
                for e in row { entries.append(UInt32(UInt16(bitPattern: entryWeights[e])) << 8 | UInt32(entryClasses[e])) }
                slots[at] = Slot(key: k, start: UInt32(start), end: UInt32(entries.count))
            }
            next = at + 1
        }
        // One empty slot after the last row, so that every probe ends.
        if slots.count <= next { slots.append(Slot()) }
        self.slots = slots
        self.entries = entries
        self.dense = dense
        entryCount = entryWeights.count
    }

    /// The rows in home-slot order.
    func rows() -> [Row] {
        var out: [Row] = []
        out.reserveCapacity(rowCount)
        for slot in slots where slot.key != 0 {
            if slot.end == Slot.denseRow {
                let base = Int(slot.start) * width
                out.append((slot.key, (0..<classes).compactMap { c in dense[base + c] == 0 ? nil : (UInt8(c), dense[base + c]) }))
            } else {
                out.append((slot.key, entries[Int(slot.start)..<Int(slot.end)].map { (UInt8($0 & 0xFF), Int16(bitPattern: UInt16(truncatingIfNeeded: $0 >> 8))) }))
            }
        }
        return out
    }

    /// The model without weights smaller than `minimum` (and without features left with none).
    func pruned(below minimum: Float) -> LinearModel {
        let threshold = Int(minimum / scale)
        let kept: [Row] = rows().compactMap { row in
            let entries = row.entries.filter { abs(Int($0.1)) > threshold }
            return entries.isEmpty ? nil : (row.key, entries)
        }
        return LinearModel(classes: classes, scale: scale, rows: kept)
    }

    /// The summed class scores of `features`, in units of `scale`, into `scores`, which must hold `width`
    /// values (the first `classes` are the scores). The features' slots are found first and their weights
    /// added after, so that the table's cache misses overlap; dense rows are added eight at a time in 16 bits.
    func score(_ features: [UInt64], into scores: inout [Int32]) {
        precondition(scores.count == width)
        withUnsafeTemporaryAllocation(of: Slot.self, capacity: features.count) { found in
            var hits = 0
            slots.withUnsafeBufferPointer { table in
                // Every home slot is read first, with no branch on what is read, so that the cache misses
                // overlap; the probing after finds them in the cache.
                var touched: UInt64 = 0
                for key in features { touched &+= table[Self.home(key, capacity)].key }
                for key in features {
                    var at = Self.home(key, capacity)
                    while true {
                        let slot = table[at]
                        if slot.key == key { found[hits] = slot; hits += 1; break }
                        if slot.key == 0 { break }
                        at += 1
                    }
                }
                // The same for the rows' first weights.
                entries.withUnsafeBufferPointer { e in
                    dense.withUnsafeBufferPointer { d in
                        for h in 0..<hits {
                            let slot = found[h]
                            touched &+= slot.end == Slot.denseRow ? UInt64(bitPattern: Int64(d[Int(slot.start) * width])) : UInt64(e[Int(slot.start)])
                        }
                    }
                }
                Self.keep(touched)
            }
            withUnsafeTemporaryAllocation(of: Int16.self, capacity: width) { partial in
                partial.update(repeating: 0)
                var pending = 0
                scores.withUnsafeMutableBufferPointer { s in
                    s.update(repeating: 0)
                    entries.withUnsafeBufferPointer { e in
                        dense.withUnsafeBufferPointer { d in
                            let total = s.baseAddress!, sum16 = partial.baseAddress!
                            for h in 0..<hits {
                                let slot = found[h]
                                if slot.end == Slot.denseRow {
                                    // Plain loops: the compiler turns them into vector adds.
                                    let row = d.baseAddress! + Int(slot.start) * width
                                    for c in 0..<width { sum16[c] &+= row[c] }
                                    pending += 1
                                    if pending == Self.denseBatch {
                                        for c in 0..<width { total[c] &+= Int32(sum16[c]); sum16[c] = 0 }
                                        pending = 0
                                    }
                                } else {
                                    for k in Int(slot.start)..<Int(slot.end) {
                                        let x = e[k]
                                        total[Int(x & 0xFF)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: x >> 8)))
                                    }
                                }
                            }
                            if pending > 0 { for c in 0..<width { total[c] &+= Int32(sum16[c]) } }
                        }
                    }
                }
            }
        }
    }

    /// Takes a value the optimiser must not prove unused (so the reads that made it stay).
    @inline(never)
    static func keep(_ value: UInt64) { if value == 0x5EED_5EED_5EED_5EED { print("", terminator: "") } }

    /// How many rows have `n` weights, for each `n` (for tuning the dense threshold).
    func rowLengths() -> [Int] {
        var counts = [Int](repeating: 0, count: classes + 1)
        for slot in slots where slot.key != 0 { counts[slot.end == Slot.denseRow ? classes : Int(slot.end - slot.start)] += 1 }
        return counts
    }
}
