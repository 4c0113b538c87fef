import Foundation

/// `state.bin`: the snapshot's binary sidecar, the same content as `state.json` (the format of record) in a form
/// read in a few milliseconds. It names the `state.json` it copies (inode, length, modification time), so a
/// changed or missing JSON file makes it unused; a sidecar that does not read back exactly is ignored too.
/// Layout (docs/progress-format.md): the magic `QUIZSNAP`, a version, the FNV-1a checksum of the rest, then the
/// fields as little-endian integers, doubles and length-prefixed UTF-8 strings.
public enum SnapshotBinary {
    static let frame = BinaryFrame(magic: Array("QUIZSNAP".utf8), version: 1) { FNV1a.hash($0) }

    /// The identity of a `state.json` file: inode, length and modification time (nanoseconds).
    public struct FileIdentity: Equatable, Sendable {
        public var inode: UInt64
        public var bytes: Int64
        public var modified: Int64

        /// The identity of the file at `path`, if it exists.
        public static func of(_ path: String) -> FileIdentity? {
            var st = stat()
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
            return FileIdentity(inode: UInt64(st.st_ino), bytes: Int64(st.st_size),
                                modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
        }
    }

    /// The sidecar of `snapshot`, copying the JSON file of identity `json`.
    public static func encode(_ snapshot: StateSnapshot, json: FileIdentity) throws -> [UInt8] {
        var w = BinaryWriter()
        w.int(Int64(json.inode)); w.int(json.bytes); w.int(json.modified)
        w.int(Int64(snapshot.schema)); w.int(Int64(snapshot.logBytes)); w.int(Int64(snapshot.logEntries))
        w.optionalString(snapshot.lastEntryID)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        w.bytes(Array(try encoder.encode(snapshot.settings)))
        if let mark = snapshot.log {
            w.byte(1)
            w.int(Int64(mark.bytes)); w.int(Int64(mark.tailBytes)); w.string(mark.tailChecksum)
            w.int(Int64(bitPattern: mark.inode)); w.int(mark.modified)
        } else {
            w.byte(0)
        }
        w.int(Int64(snapshot.cards.count))
        for c in snapshot.cards {
            w.string(c.deck); w.string(c.card)
            let m = c.memory
            w.byte(m.state == .learning ? 0 : m.state == .review ? 1 : 2)
            w.optionalInt(m.step.map(Int64.init))
            w.optionalDouble(m.stability); w.optionalDouble(m.difficulty)
            w.int(m.due.microseconds); w.optionalInt(m.lastReview?.microseconds)
            w.int(Int64(m.reviews)); w.int(Int64(m.lapses))
        }
        if let s = snapshot.summary {
            w.byte(1)
            w.int(Int64(s.reviewed.count))
            for r in s.reviewed {
                w.string(r.deck); w.string(r.card)
                w.optionalInt(r.firstScheduled?.microseconds); w.optionalInt(r.lastScheduled?.microseconds); w.int(r.last.microseconds)
            }
            for list in [s.suspended, s.buried, s.flagged, s.unsuspended] {
                w.int(Int64(list.count))
                for m in list {
                    w.string(m.deck); w.string(m.card)
                    w.optionalInt(m.until?.microseconds); w.optionalInt(m.flag.map(Int64.init))
                }
            }
        } else {
            w.byte(0)
        }
        return frame.wrap(w.out)
    }

    /// The snapshot in `bytes` and the identity of the JSON file it copies; nil if it is not a whole, intact
    /// sidecar of this version.
    public static func decode(_ bytes: [UInt8]) -> (StateSnapshot, FileIdentity)? {
        bytes.withUnsafeBytes { decode(raw: $0) }
    }

    private static func decode(raw bytes: UnsafeRawBufferPointer) -> (StateSnapshot, FileIdentity)? {
        guard let opened = frame.open(bytes), opened.isIntact else { return nil }
        var r = opened.reader
        guard let inode = r.int(), let jsonBytes = r.int(), let modified = r.int(),
              let schema = r.int(), let logBytes = r.int(), let logEntries = r.int(), let lastEntryID = r.optionalString(),
              let settingsJSON = r.chunk(),
              let settings = try? JSONDecoder().decode(SchedulerSettings.self, from: Data(settingsJSON)),
              let hasMark = r.byte() else { return nil }
        var mark: StateSnapshot.LogMark? = nil
        if hasMark == 1 {
            guard let b = r.int(), let t = r.int(), let c = r.string(), let i = r.int(), let m = r.int() else { return nil }
            mark = .init(bytes: Int(b), tailBytes: Int(t), tailChecksum: c, inode: UInt64(bitPattern: i), modified: m)
        }
        guard let count = r.int(), count >= 0, count <= Int64(bytes.count) else { return nil }
        var snapshot = StateSnapshot(logBytes: Int(logBytes), logEntries: Int(logEntries), lastEntryID: lastEntryID,
                                     settings: settings, states: [:], log: mark)
        snapshot.schema = Int(schema)
        snapshot.cards.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let deck = r.string(), let card = r.string(), let state = r.byte(), state <= 2,
                  let step = r.optionalInt(), let stability = r.optionalDouble(), let difficulty = r.optionalDouble(),
                  let due = r.int(), let last = r.optionalInt(), let reviews = r.int(), let lapses = r.int() else { return nil }
            let memory = MemoryState(state: [LearningState.learning, .review, .relearning][Int(state)],
                                     step: step.flatMap { Int(exactly: $0) }, stability: stability, difficulty: difficulty,
                                     due: Timestamp(microseconds: due), lastReview: last.map { Timestamp(microseconds: $0) },
                                     reviews: Int(reviews), lapses: Int(lapses))
            snapshot.cards.append(StateSnapshot.Entry(deck: deck, card: card, memory: memory))
        }
        guard let hasSummary = r.byte() else { return nil }
        if hasSummary == 1 {
            guard let n = r.int(), n >= 0, n <= Int64(bytes.count) else { return nil }
            var summary = StateSnapshot.Summary(ReviewSummary())
            summary.reviewed.reserveCapacity(Int(n))
            for _ in 0..<n {
                guard let deck = r.string(), let card = r.string(), let first = r.optionalInt(), let lastScheduled = r.optionalInt(),
                      let last = r.int() else { return nil }
                summary.reviewed.append(.init(deck: deck, card: card, firstScheduled: first.map { Timestamp(microseconds: $0) },
                                              lastScheduled: lastScheduled.map { Timestamp(microseconds: $0) }, last: Timestamp(microseconds: last)))
            }
            var lists: [[StateSnapshot.Summary.Marked]] = []
            for _ in 0..<4 {
                guard let n = r.int(), n >= 0, n <= Int64(bytes.count) else { return nil }
                var list: [StateSnapshot.Summary.Marked] = []
                for _ in 0..<n {
                    guard let deck = r.string(), let card = r.string(), let until = r.optionalInt(), let flag = r.optionalInt() else { return nil }
                    list.append(.init(deck: deck, card: card, until: until.map { Timestamp(microseconds: $0) }, flag: flag.flatMap { Int(exactly: $0) }))
                }
                lists.append(list)
            }
            (summary.suspended, summary.buried, summary.flagged, summary.unsuspended) = (lists[0], lists[1], lists[2], lists[3])
            snapshot.summary = summary
        }
        guard r.at == bytes.count else { return nil }
        return (snapshot, FileIdentity(inode: UInt64(bitPattern: inode), bytes: jsonBytes, modified: modified))
    }
}
