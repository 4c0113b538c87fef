import Testing
@testable import Deck

/// The weight tables behind the tagger and parser: a look-up finds exactly the rows it was built with, for
/// tables whose rows live in their slots (at most three classes), sparse rows and dense rows.
@Suite struct LinearModelTests {
    /// Random rows over `classes` classes: some short, some long enough to be kept dense.
    static func rows(count: Int, classes: Int, seed: UInt64) -> [LinearModel.Row] {
        var rng = SeededRandom(seed: seed)
        var keys = Set<UInt64>()
        var out: [LinearModel.Row] = []
        while out.count < count {
            let key = rng.next() | 1
            guard keys.insert(key).inserted else { continue }
            let long = rng.next() % 10 == 0
            let n = long ? min(classes, LinearModel.denseFrom + Int(rng.next() % 8)) : 1 + Int(rng.next() % UInt64(min(classes, 5)))
            let chosen = Array(0..<classes).shuffled(using: &rng).prefix(n).sorted()
            out.append((key, chosen.map { c in
                let w = Int16(Int(rng.next() % UInt64(2 * LinearModel.levels)) - LinearModel.levels)
                return (UInt8(c), w == 0 ? 1 : w)
            }))
        }
        return out
    }

    /// The scores a look-up must give: each present feature's weights summed by class.
    static func expected(_ features: [UInt64], _ rows: [LinearModel.Row], classes: Int) -> [Int32] {
        let byKey = Dictionary(uniqueKeysWithValues: rows.map { ($0.key, $0.entries) })
        var scores = [Int32](repeating: 0, count: classes)
        for f in features { for (c, w) in byKey[f] ?? [] { scores[Int(c)] += Int32(w) } }
        return scores
    }

    @Test(arguments: [3, 4, 40, 102])
    func lookUpsFindTheRowsTheTableWasBuiltWith(classes: Int) {
        let rows = Self.rows(count: 3000, classes: classes, seed: UInt64(classes))
        let model = LinearModel(classes: classes, scale: 1, rows: rows)
        #expect(model.isInline == (classes <= 3))
        #expect(model.rowCount == rows.count)
        // Every row reads back as it went in.
        let back = Dictionary(uniqueKeysWithValues: model.rows().map { ($0.key, $0.entries.map { "\($0.0):\($0.1)" }) })
        let sent = Dictionary(uniqueKeysWithValues: rows.map { ($0.key, $0.entries.map { "\($0.0):\($0.1)" }) })
        #expect(back == sent)
        // Look-ups mixing present features and absent ones (some of whose home slots are taken) add up right.
        var rng = SeededRandom(seed: 99)
        var scores = [Int32](repeating: 0, count: model.width)
        for _ in 0..<200 {
            var features: [UInt64] = []
            for _ in 0..<(1 + Int(rng.next() % 60)) {
                features.append(rng.next() % 3 == 0 ? rng.next() | 1 : rows[Int(rng.next() % UInt64(rows.count))].key)
            }
            features.withUnsafeBufferPointer { model.score($0, into: &scores) }
            #expect(Array(scores.prefix(classes)) == Self.expected(features, rows, classes: classes))
            #expect(scores.dropFirst(classes).allSatisfy { $0 == 0 })
        }
    }

    /// Rows crowded into a few home slots lie far past them (farther than a slot can say): look-ups still find
    /// every one and nothing else, whatever their home.
    @Test(arguments: [3, 40])
    func crowdedHomeSlotsStillFindEveryRow(classes: Int) {
        var rows = Self.rows(count: 400, classes: classes, seed: 7)
        // Half the keys share their top 16 bits, so they share one or two home slots.
        for i in stride(from: 0, to: rows.count, by: 2) { rows[i].key = 0xA5C3 << 48 | rows[i].key >> 16 | 1 }
        let model = LinearModel(classes: classes, scale: 1, rows: rows)
        let back = Dictionary(uniqueKeysWithValues: model.rows().map { ($0.key, $0.entries.map { "\($0.0):\($0.1)" }) })
        #expect(back == Dictionary(uniqueKeysWithValues: rows.map { ($0.key, $0.entries.map { "\($0.0):\($0.1)" }) }))
        var scores = [Int32](repeating: 0, count: model.width)
        var rng = SeededRandom(seed: 5)
        for row in rows {
            // Each row alone, and with an absent key of the same crowded home.
            let absent = 0xA5C3 << 48 | rng.next() >> 16 | 1
            for features in [[row.key], [row.key, absent]] {
                features.withUnsafeBufferPointer { model.score($0, into: &scores) }
                #expect(Array(scores.prefix(classes)) == Self.expected(features, rows, classes: classes))
            }
        }
    }

    @Test func pruningDropsSmallWeightsAndEmptyRows() {
        let rows: [LinearModel.Row] = [(11, [(0, 5), (2, -1)]), (13, [(1, 1)]), (15, [(0, -9), (1, 2)])]
        let pruned = LinearModel(classes: 3, scale: 1, rows: rows).pruned(below: 1.5)
        let kept = Dictionary(uniqueKeysWithValues: pruned.rows().map { ($0.key, $0.entries.map { "\($0.0):\($0.1)" }) })
        #expect(kept == [11: ["0:5"], 15: ["0:-9", "1:2"]])
    }
}
