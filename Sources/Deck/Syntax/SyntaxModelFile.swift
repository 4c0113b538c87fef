import Foundation

/// The syntax model's file format: little-endian binary, the tagger then the parser, each a list of names and
/// its `LinearModel`s (sorted feature keys, per-row entry counts, entry classes, 16-bit weights): the tagger's
/// ambiguity classes, settled words, first pass and second pass (a count of 0 or 1 before it), the parser's
/// labels, move model and label model.
enum SyntaxModelFile {
    static let magic = Array("QUIZSYN2".utf8)

    /// Why a model file could not be read.
    struct Malformed: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): error: not a syntax model (\(reason))" }
    }

    static func encode(_ model: SyntaxModel) -> [UInt8] {
        var out = ByteWriter()
        out.bytes += magic
        let tagger = model.tagger
        out.u32(UInt32(tagger.tags.count))
        for t in tagger.tags { out.string(t.upos); out.string(t.xpos) }
        let words = tagger.ambiguity.keys.sorted()
        out.u32(UInt32(words.count))
        for w in words { out.u64(w) }
        for w in words { out.u64(tagger.ambiguity[w]!) }
        let settled = tagger.settled.keys.sorted()
        out.u32(UInt32(settled.count))
        for w in settled { out.u64(w) }
        for w in settled { out.u32(UInt32(tagger.settled[w]!)) }
        out.linear(tagger.model)
        out.u32(tagger.refiner == nil ? 0 : 1)
        if let refiner = tagger.refiner { out.linear(refiner) }
        out.u32(UInt32(model.parser.labels.count))
        for l in model.parser.labels { out.string(l) }
        out.linear(model.parser.moves)
        out.linear(model.parser.labeler)
        return out.bytes
    }

    static func decode(_ data: Data, path: String) throws -> SyntaxModel {
        try data.withUnsafeBytes { raw throws -> SyntaxModel in
            var r = ByteReader(raw: raw, path: path)
            guard try r.take(magic.count).elementsEqual(magic) else { throw Malformed(path: path, reason: "wrong header") }
            var tags: [PartOfSpeechTagger.TagPair] = []
            for _ in 0..<(try r.count(limit: 4096)) { tags.append(.init(upos: try r.string(), xpos: try r.string())) }
            let wordCount = try r.count(limit: 50_000_000)
            let words: [UInt64] = try r.array(wordCount)
            let classes: [UInt64] = try r.array(wordCount)
            let settledCount = try r.count(limit: 50_000_000)
            let settledWords: [UInt64] = try r.array(settledCount)
            let settledClasses: [UInt32] = try r.array(settledCount)
            let taggerTable = try r.table()
            let refinerTable = try r.count(limit: 1) == 1 ? try r.table() : nil
            var labels: [String] = []
            for _ in 0..<(try r.count(limit: 4096)) { labels.append(try r.string()) }
            let movesTable = try r.table()
            let labelerTable = try r.table()
            guard r.at == raw.count else { throw Malformed(path: path, reason: "\(raw.count - r.at) bytes after the model") }
            guard let root = labels.firstIndex(of: "root"), taggerTable.classes == tags.count, (refinerTable?.classes ?? tags.count) == tags.count,
                  movesTable.classes == Transition.Kind.allCases.count, labelerTable.classes == labels.count, labels.count >= 2, !tags.isEmpty,
                  settledClasses.allSatisfy({ Int($0) < tags.count })
            else { throw Malformed(path: path, reason: "inconsistent sizes") }
            // The weight tables are built side by side, the largest (the parser's moves) first.
            nonisolated(unsafe) let tables = [movesTable, taggerTable, labelerTable] + (refinerTable.map { [$0] } ?? [])
            let built = Parallel.map(over: tables.indices.map { $0..<($0 + 1) }) { k in tables[k.lowerBound].model() }
            guard let moves = built[0], let tagger = built[1], let labeler = built[2], built.allSatisfy({ $0 != nil }) else {
                throw Malformed(path: path, reason: "weights out of order or out of range")
            }
            var ambiguity: [UInt64: UInt64] = [:]
            ambiguity.reserveCapacity(wordCount)
            for (w, c) in zip(words, classes) { ambiguity[w] = c }
            var settled: [UInt64: Int] = [:]
            settled.reserveCapacity(settledCount)
            for (w, c) in zip(settledWords, settledClasses) { settled[w] = Int(c) }
            return SyntaxModel(
                tagger: PartOfSpeechTagger(tags: tags, ambiguity: ambiguity, settled: settled, model: tagger, refiner: built.count > 3 ? built[3] : nil),
                parser: DependencyParser(labels: labels, rootLabel: root, moves: moves, labeler: labeler))
        }
    }

    /// A weight table's bytes in the file, checked for size, not yet built.
    struct TableBytes {
        var classes: Int
        var scale: Float
        var capacity: Int
        var keys, counts, entryClasses, entryWeights: UnsafeRawBufferPointer

        /// The table; nil when its rows are out of order or a weight is out of range.
        func model() -> LinearModel? {
            LinearModel(classes: classes, scale: scale, capacity: capacity, keys: keys, counts: counts,
                        entryClasses: entryClasses, entryWeights: entryWeights)
        }
    }

    /// Appends little-endian values.
    struct ByteWriter {
        var bytes: [UInt8] = []
        mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
        mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
        mutating func string(_ s: String) { u32(UInt32(s.utf8.count)); bytes += s.utf8 }
        mutating func linear(_ m: LinearModel) {
            let rows = m.rows()
            u32(UInt32(m.classes))
            u32(m.scale.bitPattern)
            u32(UInt32(m.capacity))
            u32(UInt32(rows.count))
            u32(UInt32(m.entryCount))
            for row in rows { u64(row.key) }
            for row in rows { bytes.append(UInt8(row.entries.count)) }
            for row in rows { for (c, _) in row.entries { bytes.append(c) } }
            for row in rows { for (_, w) in row.entries { withUnsafeBytes(of: w.littleEndian) { bytes += $0 } } }
        }
    }

    /// Reads little-endian values, refusing to read past the end.
    struct ByteReader {
        let raw: UnsafeRawBufferPointer
        let path: String
        var at = 0

        init(raw: UnsafeRawBufferPointer, path: String) { self.raw = raw; self.path = path }

        mutating func take(_ n: Int) throws(Malformed) -> UnsafeRawBufferPointer {
            guard n >= 0, n <= raw.count - at else { throw Malformed(path: path, reason: "cut short") }
            defer { at += n }
            return UnsafeRawBufferPointer(rebasing: raw[at..<(at + n)])
        }
        mutating func u32() throws(Malformed) -> UInt32 { UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self)) }
        mutating func count(limit: Int) throws(Malformed) -> Int {
            let n = Int(try u32())
            guard n <= limit else { throw Malformed(path: path, reason: "a count of \(n)") }
            return n
        }
        mutating func string() throws(Malformed) -> String { String(decoding: try take(try count(limit: 1 << 16)), as: UTF8.self) }
        mutating func array<T: FixedWidthInteger>(_ n: Int) throws(Malformed) -> [T] {
            let b = try take(n * MemoryLayout<T>.size)
            let values = [T](unsafeUninitializedCapacity: n) { buffer, count in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: b)
                count = n
            }
            #if _endian(little)
            return values
            #else
            return values.map(T.init(littleEndian:))
            #endif
        }
        mutating func table() throws(Malformed) -> TableBytes {
            let classes = try count(limit: 255)
            let scale = Float(bitPattern: try u32())
            let capacity = try count(limit: 200_000_000)
            let rows = try count(limit: 100_000_000)
            let entryCount = try count(limit: 500_000_000)
            guard scale.isFinite, scale > 0, capacity >= LinearModel.capacity(for: rows) else {
                throw Malformed(path: path, reason: "inconsistent weights")
            }
            return TableBytes(classes: classes, scale: scale, capacity: capacity, keys: try take(rows * 8), counts: try take(rows),
                              entryClasses: try take(entryCount), entryWeights: try take(entryCount * 2))
        }
    }
}
