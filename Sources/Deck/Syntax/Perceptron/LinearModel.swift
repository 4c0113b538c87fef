/// A trained multi-class linear model, stored compactly: for each feature, its non-zero class weights as
/// 16-bit integers (one scale for the whole model), found through an open-addressing table.
struct LinearModel: Sendable {
    let classes: Int
    /// What one unit of a stored weight is worth.
    let scale: Float
    /// The features, sorted (the file stores them in this order).
    let keys: [UInt64]
    /// Row `r`'s entries are `rowStarts[r]..<rowStarts[r + 1]` of `entryClasses` and `entryWeights`.
    let rowStarts: [UInt32]
    let entryClasses: [UInt8]
    let entryWeights: [Int16]
    /// Open addressing: slot → key and row (`slotKeys` 0 marks an empty slot).
    private let slotKeys: [UInt64]
    private let slotRows: [UInt32]
    private let mask: Int

    init(classes: Int, scale: Float, keys: [UInt64], rowStarts: [UInt32], entryClasses: [UInt8], entryWeights: [Int16]) {
        self.classes = classes
        self.scale = scale
        self.keys = keys
        self.rowStarts = rowStarts
        self.entryClasses = entryClasses
        self.entryWeights = entryWeights
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        var slotKeys = [UInt64](repeating: 0, count: capacity)
        var slotRows = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (r, key) in keys.enumerated() {
            var s = Int(truncatingIfNeeded: key) & mask
            while slotKeys[s] != 0 { s = (s + 1) & mask }
            slotKeys[s] = key
            slotRows[s] = UInt32(r)
        }
        self.slotKeys = slotKeys
        self.slotRows = slotRows
        self.mask = mask
    }

    init(classes: Int, scale: Float, rows: [(key: UInt64, entries: [(UInt8, Int16)])]) {
        var starts: [UInt32] = [0]
        var cls: [UInt8] = [], ws: [Int16] = []
        for row in rows {
            for (c, w) in row.entries { cls.append(c); ws.append(w) }
            starts.append(UInt32(cls.count))
        }
        self.init(classes: classes, scale: scale, keys: rows.map(\.key), rowStarts: starts, entryClasses: cls, entryWeights: ws)
    }

    var entryCount: Int { entryWeights.count }

    /// The row of `key`, or -1.
    @inline(__always)
    func row(_ key: UInt64) -> Int {
        var s = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = slotKeys[s]
            if k == key { return Int(slotRows[s]) }
            if k == 0 { return -1 }
            s = (s + 1) & mask
        }
    }

    /// The summed class scores of `features`, in units of `scale`, into `scores` (`classes` values).
    func score(_ features: [UInt64], into scores: inout [Int32]) {
        for i in scores.indices { scores[i] = 0 }
        scores.withUnsafeMutableBufferPointer { s in
            entryClasses.withUnsafeBufferPointer { cls in
                entryWeights.withUnsafeBufferPointer { ws in
                    rowStarts.withUnsafeBufferPointer { starts in
                        for f in features {
                            let r = row(f)
                            if r < 0 { continue }
                            for e in Int(starts[r])..<Int(starts[r + 1]) { s[Int(cls[e])] &+= Int32(ws[e]) }
                        }
                    }
                }
            }
        }
    }
}
