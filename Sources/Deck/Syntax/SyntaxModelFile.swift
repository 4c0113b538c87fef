import Foundation

/// The syntax model's file format: little-endian binary, the tagger then the parser, each a list of names and
/// its `LinearModel`s (sorted feature keys, per-row entry counts, entry classes, 16-bit weights): the tagger's
/// ambiguity classes, first pass and second pass (a count of 0 or 1 before it), the parser's labels and model.
enum SyntaxModelFile {
    static let magic = Array("QUIZSYN1".utf8)

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
        out.linear(tagger.model)
        out.u32(tagger.refiner == nil ? 0 : 1)
        if let refiner = tagger.refiner { out.linear(refiner) }
        out.u32(UInt32(model.parser.labels.count))
        for l in model.parser.labels { out.string(l) }
        out.linear(model.parser.model)
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
                var ambiguity: [UInt64: UInt64] = [:]
                ambiguity.reserveCapacity(wordCount)
                for (w, c) in zip(words, classes) { ambiguity[w] = c }
                let taggerModel = try r.linear()
                let refiner = try r.count(limit: 1) == 1 ? try r.linear() : nil
                var labels: [String] = []
                for _ in 0..<(try r.count(limit: 4096)) { labels.append(try r.string()) }
                let parserModel = try r.linear()
                guard r.at == raw.count else { throw Malformed(path: path, reason: "\(raw.count - r.at) bytes after the model") }
                guard let root = labels.firstIndex(of: "root"), taggerModel.classes == tags.count, (refiner?.classes ?? tags.count) == tags.count,
                      parserModel.classes == 1 + 2 * labels.count, !tags.isEmpty
                else { throw Malformed(path: path, reason: "inconsistent sizes") }
                return SyntaxModel(
                    tagger: PartOfSpeechTagger(tags: tags, ambiguity: ambiguity, model: taggerModel, refiner: refiner),
                    parser: DependencyParser(labels: labels, rootLabel: root, model: parserModel))
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
        mutating func linear() throws(Malformed) -> LinearModel {
            let classes = try count(limit: 255)
            let scale = Float(bitPattern: try u32())
            let capacity = try count(limit: 200_000_000)
            let rows = try count(limit: 100_000_000)
            let entryCount = try count(limit: 500_000_000)
            guard scale.isFinite, scale > 0, capacity >= LinearModel.capacity(for: rows) else {
                throw Malformed(path: path, reason: "inconsistent weights")
            }
            let keys = try take(rows * 8)
            let counts = try take(rows)
            // Keys must be non-zero and in home-slot order (each home no smaller than the last); rows no longer
            // than the classes, and adding up to the weights.
            var lastHome = 0, total = 0
            for r in 0..<rows {
                let k = UInt64(littleEndian: keys.loadUnaligned(fromByteOffset: r * 8, as: UInt64.self))
                let home = LinearModel.home(k, capacity)
                guard k != 0, home >= lastHome, Int(counts[r]) <= classes else { throw Malformed(path: path, reason: "weights out of order") }
                lastHome = home
                total += Int(counts[r])
            }
            guard total == entryCount else { throw Malformed(path: path, reason: "inconsistent weights") }
            let entryClasses = try take(entryCount)
            let entryWeights = try take(entryCount * 2)
            guard let model = LinearModel(classes: classes, scale: scale, capacity: capacity, keys: keys, counts: counts,
                                          entryClasses: entryClasses, entryWeights: entryWeights)
            else { throw Malformed(path: path, reason: "a weight out of range") }
            return model
        }
    }
}
