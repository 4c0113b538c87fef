/// A trained multi-class linear model, stored compactly: for each feature, its non-zero class weights as
/// 16-bit integers (one scale for the whole model), found through an open-addressing table whose slot holds
/// the key and where the row's weights are, so a look-up touches one slot and one run of weights. A row with
/// many weights is also kept dense, eight classes to a vector add.
struct LinearModel: Sendable {
    let classes: Int
    /// What one unit of a stored weight is worth.
    let scale: Float
    /// The features, sorted (the file stores them in this order).
    let keys: [UInt64]
    /// Row `r`'s entries are `rowStarts[r]..<rowStarts[r + 1]`: each a class in the low 8 bits and a 16-bit
    /// weight above them.
    let rowStarts: [UInt32]
    let entries: [UInt32]
    /// Open addressing: a slot with key 0 is empty.
    private let slots: [Slot]
    private let mask: Int
    /// Dense rows, `width` weights each (the classes rounded up to eight).
    private let dense: [Int16]
    /// The length of a score vector: `classes` rounded up to a multiple of eight.
    let width: Int

    /// A slot of the table: a feature and where its entries are (`end == Slot.denseRow`: row `start` of `dense`).
    struct Slot: Sendable {
        var key: UInt64 = 0
        var start: UInt32 = 0
        var end: UInt32 = 0
        static let denseRow = UInt32.max
    }

    /// A row with at least this many weights is kept dense.
    static let denseFrom = 24

    init(classes: Int, scale: Float, keys: [UInt64], rowStarts: [UInt32], entries: [UInt32]) {
        self.classes = classes
        self.scale = scale
        self.keys = keys
        self.rowStarts = rowStarts
        self.entries = entries
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        let mask = capacity - 1
        let width = (classes + 7) / 8 * 8
        var dense: [Int16] = []
        for (r, key) in keys.enumerated() {
            var s = Int(truncatingIfNeeded: key) & mask
            while slots[s].key != 0 { s = (s + 1) & mask }
            let start = Int(rowStarts[r]), end = Int(rowStarts[r + 1])
            if end - start >= Self.denseFrom {
                let row = dense.count / width
                dense.append(contentsOf: repeatElement(0, count: width))
                for e in entries[start..<end] { dense[row * width + Self.entryClass(e)] = Self.entryWeight(e) }
                slots[s] = Slot(key: key, start: UInt32(row), end: Slot.denseRow)
            } else {
                slots[s] = Slot(key: key, start: UInt32(start), end: UInt32(end))
            }
        }
        self.slots = slots
        self.mask = mask
        self.dense = dense
        self.width = width
    }

    init(classes: Int, scale: Float, rows: [(key: UInt64, entries: [(UInt8, Int16)])]) {
        var starts: [UInt32] = [0]
        var packed: [UInt32] = []
        for row in rows {
            for (c, w) in row.entries { packed.append(Self.entry(class: c, weight: w)) }
            starts.append(UInt32(packed.count))
        }
        self.init(classes: classes, scale: scale, keys: rows.map(\.key), rowStarts: starts, entries: packed)
    }

    @inline(__always)
    static func entry(class c: UInt8, weight w: Int16) -> UInt32 { UInt32(UInt16(bitPattern: w)) << 8 | UInt32(c) }
    @inline(__always)
    static func entryClass(_ e: UInt32) -> Int { Int(e & 0xFF) }
    @inline(__always)
    static func entryWeight(_ e: UInt32) -> Int16 { Int16(bitPattern: UInt16(truncatingIfNeeded: e >> 8)) }

    var entryCount: Int { entries.count }

    /// The model without weights smaller than `minimum` (and without features left with none).
    func pruned(below minimum: Float) -> LinearModel {
        let threshold = Int(minimum / scale)
        var rows: [(key: UInt64, entries: [(UInt8, Int16)])] = []
        for r in keys.indices {
            var kept: [(UInt8, Int16)] = []
            for e in entries[Int(rowStarts[r])..<Int(rowStarts[r + 1])] where abs(Int(Self.entryWeight(e))) > threshold {
                kept.append((UInt8(Self.entryClass(e)), Self.entryWeight(e)))
            }
            if !kept.isEmpty { rows.append((keys[r], kept)) }
        }
        return LinearModel(classes: classes, scale: scale, rows: rows)
    }

    /// The summed class scores of `features`, in units of `scale`, into `scores`, which must hold `width`
    /// values (the first `classes` are the scores).
    func score(_ features: [UInt64], into scores: inout [Int32]) {
        precondition(scores.count == width)
        scores.withUnsafeMutableBufferPointer { s in
            s.update(repeating: 0)
            features.withUnsafeBufferPointer { f in
                slots.withUnsafeBufferPointer { table in
                    entries.withUnsafeBufferPointer { e in
                        dense.withUnsafeBufferPointer { d in
                            let out = UnsafeMutableRawPointer(s.baseAddress!)
                            let vectors = width / 8
                            for key in f {
                                var at = Int(truncatingIfNeeded: key) & mask
                                while true {
                                    let slot = table[at]
                                    if slot.key == key {
                                        if slot.end == Slot.denseRow {
                                            let row = UnsafeRawPointer(d.baseAddress! + Int(slot.start) * width)
                                            for v in 0..<vectors {
                                                let add = SIMD8<Int32>(truncatingIfNeeded: row.loadUnaligned(fromByteOffset: v * 16, as: SIMD8<Int16>.self))
                                                let sum = out.loadUnaligned(fromByteOffset: v * 32, as: SIMD8<Int32>.self) &+ add
                                                out.storeBytes(of: sum, toByteOffset: v * 32, as: SIMD8<Int32>.self)
                                            }
                                        } else {
                                            let scalars = s.baseAddress!
                                            for k in Int(slot.start)..<Int(slot.end) {
                                                let x = e[k]
                                                scalars[Int(x & 0xFF)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: x >> 8)))
                                            }
                                        }
                                        break
                                    }
                                    if slot.key == 0 { break }
                                    at = (at + 1) & mask
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
