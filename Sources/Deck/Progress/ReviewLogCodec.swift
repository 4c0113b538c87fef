/// The review log's line format (docs/progress-format.md): one flat JSON object per line.
public enum ReviewLogCodec {
    /// The newest log format this build writes and reads: 2 added card actions. Reviews and undos are still
    /// written as version 1, so that a log without actions stays readable by builds that know only 1.
    public static let version: Int64 = 2
    static let reviewVersion: Int64 = 1

    /// Why a log line cannot be read.
    public enum LineError: Error, Equatable {
        /// Not a JSON object of the expected shape.
        case malformed(String)
        /// Written by a newer version of quiz.
        case newerVersion(Int64)
    }

    public static func encode(_ entry: ReviewLogEntry) -> String {
        switch entry {
        case .review(let r):
            return FlatJSON.line([
                ("v", .integer(reviewVersion)), ("id", .string(r.id)), ("type", .string("review")),
                ("deck", .string(r.key.deck)), ("card", .string(r.key.card)),
                ("time", .string(CivilTime(r.time).iso8601Precise)), ("rating", .integer(Int64(r.rating.rawValue))),
                ("answer", r.answer.map { .string($0) }), ("duration_ms", r.durationMs.map { .integer(Int64($0)) }),
                ("outcome", r.outcome.map { .string($0.rawValue) }), ("scheduled", r.scheduled ? nil : .bool(false)),
            ])
        case .undo(let u):
            return FlatJSON.line([
                ("v", .integer(reviewVersion)), ("id", .string(u.id)), ("type", .string("undo")),
                ("time", .string(CivilTime(u.time).iso8601Precise)), ("target", .string(u.target)),
            ])
        case .action(let a):
            var until: FlatJSON.Value? = nil, flag: FlatJSON.Value? = nil
            switch a.action {
            case .bury(let t): until = .string(CivilTime(t).iso8601Precise)
            case .flag(let n): flag = .integer(Int64(n))
            case .suspend, .unsuspend: break
            }
            return FlatJSON.line([
                ("v", .integer(version)), ("id", .string(a.id)), ("type", .string(a.action.typeName)),
                ("deck", .string(a.key.deck)), ("card", .string(a.key.card)),
                ("time", .string(CivilTime(a.time).iso8601Precise)), ("until", until), ("flag", flag),
            ])
        }
    }

    /// The fields of one line, gathered without building a dictionary (the log can hold millions).
    struct Fields {
        var v: Int64?, id: String?, type: String?, deck: String?, card: String?, time: Timestamp?, badTime = false
        var rating: Int64?, answer: String?, duration: Int64?, outcome: String?, scheduled: Bool?, target: String?
        var until: Timestamp?, badUntil = false, flag: Int64?

        mutating func take(_ key: UnsafeBufferPointer<UInt8>, _ raw: FlatJSON.RawValue) {
            if key.count == 4, key.elementsEqual("time".utf8) {
                switch raw {
                case .bytes(let b): time = CivilTime.parse(bytes: b)
                case .decoded(let v): time = v.string.flatMap(CivilTime.parse)
                }
                badTime = time == nil
                return
            }
            if key.count == 5, key.elementsEqual("until".utf8) {
                until = raw.value.string.flatMap(CivilTime.parse)
                badUntil = until == nil
                return
            }
            let value = raw.value
            switch key.count {
            case 4 where key.elementsEqual("flag".utf8): flag = value.int
            case 1 where key[0] == UInt8(ascii: "v"): v = value.int
            case 2 where key.elementsEqual("id".utf8): id = value.string
            case 4 where key.elementsEqual("type".utf8): type = value.string
            case 4 where key.elementsEqual("deck".utf8): deck = value.string
            case 4 where key.elementsEqual("card".utf8): card = value.string
            case 6 where key.elementsEqual("rating".utf8): rating = value.int
            case 6 where key.elementsEqual("answer".utf8): answer = value.string
            case 6 where key.elementsEqual("target".utf8): target = value.string
            case 7 where key.elementsEqual("outcome".utf8): outcome = value.string
            case 9 where key.elementsEqual("scheduled".utf8): scheduled = value.bool
            case 11 where key.elementsEqual("duration_ms".utf8): duration = value.int
            default: break // unknown keys of the same version are ignored
            }
        }
    }

    /// One line's entry, or why it cannot be read. The shapes quiz writes are read by `ReviewLogFastLine`,
    /// anything else by the general reader (`decodeInFull`); both give the same for every line.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<ReviewLogEntry, LineError> {
        if let entry = ReviewLogFastLine.decode(bytes) { return .success(entry) }
        return decodeInFull(bytes)
    }

    /// `decode` by the general reader alone: every key in any order, escapes, spaces.
    public static func decodeInFull(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<ReviewLogEntry, LineError> {
        var f = Fields()
        do {
            try FlatJSON.visitRaw(bytes) { key, value in f.take(key, value) }
        } catch {
            return .failure(.malformed("not a JSON object: \(error.message) at byte \(error.offset + 1)"))
        }
        guard let v = f.v else { return .failure(.malformed("missing version \"v\"")) }
        if v > version { return .failure(.newerVersion(v)) }
        guard let id = f.id, !id.isEmpty else { return .failure(.malformed("missing \"id\"")) }
        guard let time = f.time, !f.badTime else {
            return .failure(.malformed("missing or bad \"time\""))
        }
        switch f.type {
        case "review":
            guard let deck = f.deck, let card = f.card else {
                return .failure(.malformed("review without \"deck\" and \"card\""))
            }
            guard let r = f.rating, let rating = Rating(rawValue: Int(r)) else {
                return .failure(.malformed("review without a rating from 1 to 4"))
            }
            var outcome: ReviewOutcome? = nil
            if let o = f.outcome {
                guard let parsed = ReviewOutcome(rawValue: o) else { return .failure(.malformed("unknown outcome \"\(o)\"")) }
                outcome = parsed
            }
            return .success(.review(ReviewRecord(
                id: id, key: CardKey(deck: deck, card: card), time: time, rating: rating,
                answer: f.answer, durationMs: f.duration.map { Int($0) }, outcome: outcome, scheduled: f.scheduled ?? true)))
        case "undo":
            guard let target = f.target else { return .failure(.malformed("undo without \"target\"")) }
            return .success(.undo(UndoRecord(id: id, time: time, target: target)))
        case "suspend", "unsuspend", "bury", "flag":
            guard let deck = f.deck, let card = f.card else {
                return .failure(.malformed("\(f.type!) without \"deck\" and \"card\""))
            }
            let action: CardAction
            switch f.type {
            case "suspend": action = .suspend
            case "unsuspend": action = .unsuspend
            case "bury":
                guard let until = f.until, !f.badUntil else { return .failure(.malformed("bury without a good \"until\" time")) }
                action = .bury(until: until)
            default:
                guard let n = f.flag, (0...4).contains(n) else { return .failure(.malformed("flag without a \"flag\" from 0 to 4")) }
                action = .flag(Int(n))
            }
            return .success(.action(CardActionRecord(id: id, key: CardKey(deck: deck, card: card), time: time, action: action)))
        case let other:
            return .failure(.malformed("unknown entry type \(other.map { "\"\($0)\"" } ?? "(none)")"))
        }
    }

    public static func decode(_ line: String) -> Result<ReviewLogEntry, LineError> {
        Array(line.utf8).withUnsafeBufferPointer { decode($0) }
    }
}
