/// A trained multi-class linear model, stored compactly: for each feature, its non-zero class weights as
/// 16-bit integers (one scale for the whole model), found through an open-addressing table of 64-bit slots,
/// each holding a fingerprint of the feature's key, how far the slot is from the key's home slot, and where the
/// row's weights are, so a look-up touches one slot and one run of weights. A row with many weights is kept
/// dense instead, a run of vector adds. Rows are kept in the order of their home slots, so the table is built
/// (and the file read) in one sequential sweep, and a look-up for a missing feature stops at the first row
/// from a later home slot. A model of at most three classes keeps each row's weights in its slot.
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
    /// The table (`Slot`).
    private let slots: HugePageTable<UInt64>
    /// The features' keys in the order of their slots: what the fingerprints stand for, kept to write the model
    /// back (`rows()`); a look-up never reads them.
    private let keys: [UInt64]
    /// Sparse rows' weights: a class in the low 8 bits and a 16-bit weight above them.
    private let entries: HugePageTable<UInt32>
    /// Dense rows, `width` weights each.
    private let dense: HugePageTable<Int16>
    /// The bits of a slot that a look-up compares: the fingerprint and the distance (`Slot.fingerprintBits`).
    private let matchMask: UInt64
    /// Where a slot's row is: the first bit above its fingerprint.
    private let payloadShift: UInt64

    /// The layout of a slot (64 bits, all zero when empty). The low 6 bits are the slot's distance from its
    /// key's home slot plus one (at most 63: a distance of 62 or more), then the key's fingerprint, then the
    /// row: in a model of at most three classes its three weights (13 bits each, signed); otherwise the number
    /// of its weights (5 bits; `denseRow` for a dense row) and where they start (in `entries`, or the dense row).
    enum Slot {
        static let distanceBits = 6
        static let farthest: UInt64 = 63
        /// Fingerprint bits in a slot whose weights are inline, and in one that points at them.
        static let inlineFingerprintBits = 19
        static let fingerprintBits = 24
        static let weightBits = 13
        static let countBits = 5
        static let denseRow: UInt64 = 31
        /// The largest start a slot can hold.
        static let maximumStart = (1 << (64 - distanceBits - fingerprintBits - countBits)) - 1

        /// A key's fingerprint, placed where a slot holds it (`field` marks its bits): low bits of the key, which
        /// do not pick its home slot (the high ones do), and without the lowest, which is always set.
        @inline(__always)
        static func fingerprint(_ key: UInt64, field: UInt64) -> UInt64 { (key << UInt64(distanceBits - 1)) & field }

        /// The distance field of a slot `distance` slots after its key's home.
        @inline(__always)
        static func distance(_ distance: Int) -> UInt64 { UInt64(min(distance + 1, Int(farthest))) }
    }

    /// Whether rows live in their slots (a model of at most `inlineClasses` classes).
    var isInline: Bool { classes <= Self.inlineClasses }
    static let inlineClasses = 3

    /// A row with at least this many weights is kept dense.
    static let denseFrom = 24
    /// The largest stored weight: eight dense rows add up without overflowing 16 bits, and an inline weight fits
    /// in 13 bits.
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
        let inline = classes <= Self.inlineClasses
        let fingerprintBits = inline ? Slot.inlineFingerprintBits : Slot.fingerprintBits
        let payloadShift = UInt64(Slot.distanceBits + fingerprintBits)
        self.payloadShift = payloadShift
        let matchMask: UInt64 = (1 << payloadShift) - 1
        self.matchMask = matchMask
        guard keys.count == 8 * count else { return nil }
        let rowKeys = [UInt64](unsafeUninitializedCapacity: count) { buffer, n in
            for r in 0..<count { buffer[r] = UInt64(littleEndian: keys.loadUnaligned(fromByteOffset: r * 8, as: UInt64.self)) }
            n = count
        }
        self.keys = rowKeys
        @inline(__always) func weight(_ e: Int) -> Int16 { Int16(littleEndian: entryWeights.loadUnaligned(fromByteOffset: e * 2, as: Int16.self)) }
        // First the checks and sizes. Keys must be non-zero and in home-slot order (each home no smaller than
        // the last, keys of one home increasing, so none twice), rows no longer than the classes and adding up
        // to the weights. Then where the last row lands, how many weights are sparse, how many rows dense.
        var next = 0, sparse = 0, denseRows = 0, total = 0
        var lastHome = 0, lastKey: UInt64 = 0
        for r in 0..<count {
            let k = rowKeys[r], home = Self.home(k, capacity), n = Int(counts[r])
            guard k != 0, home > lastHome || (home == lastHome && k > lastKey), n <= classes else { return nil }
            lastHome = home
            lastKey = k
            total += n
            next = max(home, next) + 1
            if inline { continue }
            if n >= Self.denseFrom { denseRows += 1 } else { sparse += n }
        }
        guard total == entryClasses.count, entryWeights.count == 2 * total,
              sparse <= Slot.maximumStart, denseRows <= Slot.maximumStart else { return nil }
        // One empty slot after the last row, so that every probe ends.
        let slots = HugePageTable<UInt64>(zeroed: max(capacity, next) + 1)
        let entries = HugePageTable<UInt32>(zeroed: sparse)
        let dense = HugePageTable<Int16>(zeroed: denseRows * width)
        next = 0
        var e = 0, sparseAt = 0, denseAt = 0
        var inRange = true
        for r in 0..<count {
            let k = rowKeys[r]
            let home = Self.home(k, capacity)
            let at = max(home, next)
            let n = Int(counts[r])
            let found = Slot.fingerprint(k, field: matchMask & ~Slot.farthest) | Slot.distance(at - home)
            if inline {
                var packed: UInt64 = 0
                for i in e..<(e + n) {
                    let c = Int(entryClasses[i]), w = weight(i)
                    inRange = inRange && c < classes && abs(Int(w)) <= Self.levels
                    packed |= (UInt64(UInt16(bitPattern: w)) & ((1 << UInt64(Slot.weightBits)) - 1)) << UInt64(Slot.weightBits * min(c, 2))
                }
                slots.base[at] = found | packed << payloadShift
            } else if n >= Self.denseFrom {
                let row = dense.base + denseAt * width
                for i in e..<(e + n) {
                    let c = Int(entryClasses[i]), w = weight(i)
                    inRange = inRange && c < classes && abs(Int(w)) <= Self.levels
                    row[min(c, width - 1)] = w
                }
                slots.base[at] = found | (Slot.denseRow | UInt64(denseAt) << UInt64(Slot.countBits)) << payloadShift
                denseAt += 1
            } else {
                for i in e..<(e + n) {
                    let c = entryClasses[i], w = weight(i)
                    inRange = inRange && Int(c) < classes && abs(Int(w)) <= Self.levels
                    entries.base[sparseAt + i - e] = UInt32(UInt16(bitPattern: w)) << 8 | UInt32(c)
                }
                slots.base[at] = found | (UInt64(n) | UInt64(sparseAt) << UInt64(Slot.countBits)) << payloadShift
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

    /// Weight `c` (0-2) of an inline slot.
    @inline(__always)
    private static func inlineWeight(_ slot: UInt64, _ c: Int) -> Int16 {
        // The three 13-bit weights fill the slot's top 39 bits; shifting one to the top and back extends its sign.
        Int16(truncatingIfNeeded: Int64(bitPattern: slot << UInt64(Slot.weightBits * (2 - c))) >> UInt64(64 - Slot.weightBits))
    }

    /// The rows in home-slot order.
    func rows() -> [Row] {
        var out: [Row] = []
        out.reserveCapacity(rowCount)
        for i in 0..<slots.count {
            let slot = slots[i]
            guard slot != 0 else { continue }
            let key = keys[out.count]
            if isInline {
                out.append((key, (0..<classes).compactMap { c in
                    let w = Self.inlineWeight(slot, c)
                    return w == 0 ? nil : (UInt8(c), w)
                }))
                continue
            }
            let (count, start) = row(slot)
            if count == Slot.denseRow {
                let base = start * width
                out.append((key, (0..<classes).compactMap { c in dense[base + c] == 0 ? nil : (UInt8(c), dense[base + c]) }))
            } else {
                out.append((key, (start..<(start + Int(count))).map { (UInt8(entries[$0] & 0xFF), Int16(bitPattern: UInt16(truncatingIfNeeded: entries[$0] >> 8))) }))
            }
        }
        return out
    }

    /// A pointing slot's row: its number of weights (`Slot.denseRow` for a dense row) and where they start.
    @inline(__always)
    private func row(_ slot: UInt64) -> (count: UInt64, start: Int) {
        let payload = slot >> payloadShift
        return (payload & ((1 << UInt64(Slot.countBits)) - 1), Int(payload >> UInt64(Slot.countBits)))
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

    /// The slot of `key`, or nil when the model lacks it. Rows sit in home-slot order, so the slots of `key`'s
    /// home come first (their distance fields count up from 1) and a slot nearer its own home, or empty, ends
    /// the search. (A key of another home with the same fingerprint would be found instead: with 19 or more
    /// fingerprint bits and a home's one or two rows, about one look-up in a million.)
    @inline(__always)
    private func find(_ key: UInt64) -> UInt64? {
        var at = Self.home(key, capacity)
        let fingerprint = Slot.fingerprint(key, field: matchMask & ~Slot.farthest)
        var distance: UInt64 = 1
        while true {
            let slot = slots.base[at]
            if slot & matchMask == fingerprint | distance { return slot }
            if slot & Slot.farthest < distance { return nil }
            at += 1
            distance = min(distance + 1, Slot.farthest)
        }
    }

    /// The weights of `key` in a model of at most three classes whose rows live in their slots (zeros when the
    /// model lacks it): what `score` adds for it.
    func weights(of key: UInt64) -> (Int16, Int16, Int16) {
        precondition(isInline)
        guard let slot = find(key) else { return (0, 0, 0) }
        return (Self.inlineWeight(slot, 0), Self.inlineWeight(slot, 1), Self.inlineWeight(slot, 2))
    }

    /// Reads every feature's home slot, with no branch on what is read, so that the cache misses overlap and
    /// the probing after finds the slots in the cache.
    @inline(__always)
    private func touch(_ features: UnsafeBufferPointer<UInt64>) -> UInt64 {
        var touched: UInt64 = 0
        for key in features { touched &+= slots.base[Self.home(key, capacity)] }
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
            var s0: Int32 = 0, s1: Int32 = 0, s2: Int32 = 0
            for key in features {
                guard let slot = find(key) else { continue }
                s0 &+= Int32(Self.inlineWeight(slot, 0)); s1 &+= Int32(Self.inlineWeight(slot, 1)); s2 &+= Int32(Self.inlineWeight(slot, 2))
            }
            scores.withUnsafeMutableBufferPointer { s in
                s.update(repeating: 0)
                s[0] = s0; s[1] = s1; s[2] = s2
            }
            return
        }
        withUnsafeTemporaryAllocation(of: (count: UInt64, start: Int).self, capacity: features.count) { found in
            var hits = 0
            for key in features {
                guard let slot = find(key) else { continue }
                found[hits] = row(slot)
                hits += 1
            }
            // The found rows' first weights are read ahead in the same way.
            var touched: UInt64 = 0
            for h in 0..<hits {
                let (count, start) = found[h]
                touched &+= count == Slot.denseRow ? UInt64(bitPattern: Int64(d[start * width])) : UInt64(e[start])
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
                        let (count, start) = found[h]
                        if count == Slot.denseRow {
                            // Plain loops: the compiler turns them into vector adds.
                            let row = d + start * width
                            for c in 0..<width { sum16[c] &+= row[c] }
                            pending += 1
                            if pending == Self.denseBatch {
                                for c in 0..<width { total[c] &+= Int32(sum16[c]); sum16[c] = 0 }
                                pending = 0
                            }
                        } else {
                            for k in start..<(start + Int(count)) {
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
