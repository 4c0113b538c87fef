/// A trained multi-class linear model, stored compactly: for each feature, its non-zero class weights as
/// 16-bit integers (one scale for the whole model), found through an open-addressing table whose slot holds
/// the key and where the row's weights are, so a look-up touches one slot and one run of weights. A row with
/// many weights is kept dense instead, a run of vector adds. Rows are kept in the order of their
/// home slots, so the table is built (and the file read) in one sequential sweep, and a look-up for a missing
/// feature stops at the first row from a later home slot. A model of at most four classes keeps each row's
/// weights in its slot.
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
    private let slots: HugePageTable<Slot>
    /// Sparse rows' weights: a class in the low 8 bits and a 16-bit weight above them.
    private let entries: HugePageTable<UInt32>
    /// Dense rows, `width` weights each.
    private let dense: HugePageTable<Int16>

    /// A slot of the table: a feature and where its weights are (`end == Slot.denseRow`: row `start` of `dense`),
    /// or, in a model of at most four classes, the weights themselves (16 bits each, `start` then `end`).
    struct Slot: Sendable {
        var key: UInt64 = 0
        var start: UInt32 = 0
        var end: UInt32 = 0
        static let denseRow = UInt32.max
    }

    /// Whether rows live in their slots (a model of at most `inlineClasses` classes).
    var isInline: Bool { classes <= Self.inlineClasses }
    static let inlineClasses = 4

    /// A row with at least this many weights is kept dense.
    static let denseFrom = 24
    /// The largest stored weight: eight dense rows add up without overflowing 16 bits.
    static let levels = 4095
    /// Dense rows added in 16 bits before the sums are moved to 32.
    static let denseBatch = 8

    /// A feature's weights, as (class, weight) pairs.
    typealias Row = (key: UInt64, entries: [(UInt8, Int16)])

    /// The table size for `rows` features (at most 75% full).
    static func capacity(for rows: Int) -> Int { max(16, rows * 4 / 3) }

    /// The home slot of `key` in a table of `capacity` slots.
    @inline(__always)
    static func home(_ key: UInt64, _ capacity: Int) -> Int { Int(key.multipliedFullWidth(by: UInt64(capacity)).high) }

    /// A model of `rows` in any order (keys distinct and non-zero).
    init(classes: Int, scale: Float, rows: [Row]) {
        let capacity = Self.capacity(for: rows.count)
        let sorted = rows.sorted { (Self.home($0.key, capacity), $0.key) < (Self.home($1.key, capacity), $1.key) }
        var counts: [UInt8] = [], entryClasses: [UInt8] = [], entryWeights: [Int16] = []
        for row in sorted {
            counts.append(UInt8(row.entries.count))
            for (c, w) in row.entries { entryClasses.append(c); entryWeights.append(w) }
        }
        let keys = sorted.map(\.key)
        self = keys.withUnsafeBytes { k in
            counts.withUnsafeBytes { n in
                entryClasses.withUnsafeBytes { c in
                    entryWeights.withUnsafeBytes { w in
                        LinearModel(classes: classes, scale: scale, capacity: capacity, keys: k, counts: n, entryClasses: c, entryWeights: w)!
                    }
                }
            }
        }
    }

    /// A model from the bytes of its file: row `r` (rows in home-slot order) is the feature with the `r`th
    /// little-endian 64-bit key, and the next `counts[r]` classes (bytes) and little-endian 16-bit weights. Nil
    /// when the rows are out of order or a class or a weight is out of range.
    init?(classes: Int, scale: Float, capacity: Int, keys: UnsafeRawBufferPointer, counts: UnsafeRawBufferPointer,
         entryClasses: UnsafeRawBufferPointer, entryWeights: UnsafeRawBufferPointer) {
        self.classes = classes
        self.scale = scale
        self.capacity = capacity
        let count = counts.count
        rowCount = count
        entryCount = entryClasses.count
        let width = (classes + 7) / 8 * 8
        self.width = width
        @inline(__always) func key(_ r: Int) -> UInt64 { UInt64(littleEndian: keys.loadUnaligned(fromByteOffset: r * 8, as: UInt64.self)) }
        @inline(__always) func weight(_ e: Int) -> Int16 { Int16(littleEndian: entryWeights.loadUnaligned(fromByteOffset: e * 2, as: Int16.self)) }
        // First the checks and sizes. Keys must be non-zero and in home-slot order (each home no smaller than
        // the last, keys of one home increasing, so none twice), rows no longer than the classes and adding up
        // to the weights. Then where the last row lands, how many weights are sparse, how many rows dense.
        var next = 0, sparse = 0, denseRows = 0, total = 0
        var lastHome = 0, lastKey: UInt64 = 0
        for r in 0..<count {
            let k = key(r), home = Self.home(k, capacity), n = Int(counts[r])
            guard k != 0, home > lastHome || (home == lastHome && k > lastKey), n <= classes else { return nil }
            lastHome = home
            lastKey = k
            total += n
            next = max(home, next) + 1
            if classes <= Self.inlineClasses { continue }
            if n >= Self.denseFrom { denseRows += 1 } else { sparse += n }
        }
        guard total == entryClasses.count, entryWeights.count == 2 * total else { return nil }
        // One empty slot after the last row, so that every probe ends.
        let slots = HugePageTable<Slot>(zeroed: max(capacity, next) + 1)
        let entries = HugePageTable<UInt32>(zeroed: sparse)
        let dense = HugePageTable<Int16>(zeroed: denseRows * width)
        next = 0
        var e = 0, sparseAt = 0, denseAt = 0
        var inRange = true
        for r in 0..<count {
            let k = key(r)
            let at = max(Self.home(k, capacity), next)
            let n = Int(counts[r])
            if classes <= Self.inlineClasses {
                var packed: UInt64 = 0
                for i in e..<(e + n) {
                    let c = Int(entryClasses[i]), w = weight(i)
                    inRange = inRange && c < classes && abs(Int(w)) <= Self.levels
                    packed |= UInt64(UInt16(bitPattern: w)) << UInt64(16 * min(c, 3))
                }
                slots.base[at] = Slot(key: k, start: UInt32(truncatingIfNeeded: packed), end: UInt32(truncatingIfNeeded: packed >> 32))
            } else if n >= Self.denseFrom {
                let row = dense.base + denseAt * width
                for i in e..<(e + n) {
                    let c = Int(entryClasses[i]), w = weight(i)
                    inRange = inRange && c < classes && abs(Int(w)) <= Self.levels
                    row[min(c, width - 1)] = w
                }
                slots.base[at] = Slot(key: k, start: UInt32(denseAt), end: Slot.denseRow)
                denseAt += 1
            } else {
                for i in e..<(e + n) {
                    let c = entryClasses[i], w = weight(i)
                    inRange = inRange && Int(c) < classes && abs(Int(w)) <= Self.levels
                    entries.base[sparseAt + i - e] = UInt32(UInt16(bitPattern: w)) << 8 | UInt32(c)
                }
                slots.base[at] = Slot(key: k, start: UInt32(sparseAt), end: UInt32(sparseAt + n))
                sparseAt += n
            }
            e += n
            next = at + 1
        }
        guard inRange else { return nil }
        self.slots = slots
        self.entries = entries
        self.dense = dense
    }

    /// The rows in home-slot order.
    func rows() -> [Row] {
        var out: [Row] = []
        out.reserveCapacity(rowCount)
        for i in 0..<slots.count {
            let slot = slots[i]
            guard slot.key != 0 else { continue }
            if isInline {
                let packed = UInt64(slot.start) | UInt64(slot.end) << 32
                out.append((slot.key, (0..<classes).compactMap { c in
                    let w = Int16(bitPattern: UInt16(truncatingIfNeeded: packed >> UInt64(16 * c)))
                    return w == 0 ? nil : (UInt8(c), w)
                }))
            } else if slot.end == Slot.denseRow {
                let base = Int(slot.start) * width
                out.append((slot.key, (0..<classes).compactMap { c in dense[base + c] == 0 ? nil : (UInt8(c), dense[base + c]) }))
            } else {
                out.append((slot.key, (Int(slot.start)..<Int(slot.end)).map { (UInt8(entries[$0] & 0xFF), Int16(bitPattern: UInt16(truncatingIfNeeded: entries[$0] >> 8))) }))
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

    /// The slot of `key`, or nil when the model lacks it (rows sit in home-slot order, so a row from a later
    /// home slot ends the search).
    @inline(__always)
    private func find(_ key: UInt64) -> Slot? {
        let home = Self.home(key, capacity)
        var at = home
        while true {
            let slot = slots.base[at]
            if slot.key == key { return slot }
            if slot.key == 0 || Self.home(slot.key, capacity) > home { return nil }
            at += 1
        }
    }

    /// Reads every feature's home slot, with no branch on what is read, so that the cache misses overlap and
    /// the probing after finds the slots in the cache.
    @inline(__always)
    private func touch(_ features: UnsafeBufferPointer<UInt64>) -> UInt64 {
        var touched: UInt64 = 0
        for key in features { touched &+= slots.base[Self.home(key, capacity)].key }
        return touched
    }

    /// The summed class scores of `features`, in units of `scale`, into `scores`, which must hold `width`
    /// values (the first `classes` are the scores). The features' slots are found first and their weights
    /// added after, so that the table's cache misses overlap; dense rows are added eight at a time in 16 bits.
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Int32]) {
        precondition(scores.count == width)
        let e = entries.base, d = dense.base
        Self.keep(touch(features))
        if isInline {
            var s0: Int32 = 0, s1: Int32 = 0, s2: Int32 = 0, s3: Int32 = 0
            for key in features {
                guard let slot = find(key) else { continue }
                s0 &+= Int32(Int16(truncatingIfNeeded: slot.start)); s1 &+= Int32(Int16(truncatingIfNeeded: slot.start >> 16))
                s2 &+= Int32(Int16(truncatingIfNeeded: slot.end)); s3 &+= Int32(Int16(truncatingIfNeeded: slot.end >> 16))
            }
            scores.withUnsafeMutableBufferPointer { s in
                s.update(repeating: 0)
                s[0] = s0; s[1] = s1; s[2] = s2; s[3] = s3
            }
            return
        }
        withUnsafeTemporaryAllocation(of: Slot.self, capacity: features.count) { found in
            var hits = 0
            for key in features {
                guard let slot = find(key) else { continue }
                found[hits] = slot
                hits += 1
            }
            // The found rows' first weights are read ahead in the same way.
            var touched: UInt64 = 0
            for h in 0..<hits {
                let slot = found[h]
                touched &+= slot.end == Slot.denseRow ? UInt64(bitPattern: Int64(d[Int(slot.start) * width])) : UInt64(e[Int(slot.start)])
            }
            Self.keep(touched)
            withUnsafeTemporaryAllocation(of: Int16.self, capacity: width) { partial in
                let sum16 = partial.baseAddress!
                partial.update(repeating: 0)
                var pending = 0
                scores.withUnsafeMutableBufferPointer { s in
                    s.update(repeating: 0)
                    let total = s.baseAddress!
                    for h in 0..<hits {
                        let slot = found[h]
                        if slot.end == Slot.denseRow {
                            // Plain loops: the compiler turns them into vector adds.
                            let row = d + Int(slot.start) * width
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

    /// Takes a value the optimiser must not prove unused (so the reads that made it stay).
    @inline(never)
    static func keep(_ value: UInt64) { if value == 0x5EED_5EED_5EED_5EED { print("", terminator: "") } }
}
