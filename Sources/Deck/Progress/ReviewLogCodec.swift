/// The review log's line format (docs/progress-format.md): one flat JSON object per line.
public enum ReviewLogCodec {
    /// The newest log format this build writes and reads.
    public static let version: Int64 = 1

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
                ("v", .integer(version)), ("id", .string(r.id)), ("type", .string("review")),
                ("deck", .string(r.key.deck)), ("card", .string(r.key.card)),
                ("time", .string(CivilTime(r.time).iso8601Precise)), ("rating", .integer(Int64(r.rating.rawValue))),
                ("answer", r.answer.map { .string($0) }), ("duration_ms", r.durationMs.map { .integer(Int64($0)) }),
                ("outcome", r.outcome.map { .string($0.rawValue) }), ("scheduled", r.scheduled ? nil : .bool(false)),
            ])
        case .undo(let u):
            return FlatJSON.line([
                ("v", .integer(version)), ("id", .string(u.id)), ("type", .string("undo")),
                ("time", .string(CivilTime(u.time).iso8601Precise)), ("target", .string(u.target)),
            ])
        }
    }

    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<ReviewLogEntry, LineError> {
        let object: [String: FlatJSON.Value]
        do {
            object = try FlatJSON.parse(bytes)
        } catch {
            return .failure(.malformed("not a JSON object: \(error.message) at byte \(error.offset + 1)"))
        }
        guard let v = object["v"]?.int else { return .failure(.malformed("missing version \"v\"")) }
        if v > version { return .failure(.newerVersion(v)) }
        guard let id = object["id"]?.string, !id.isEmpty else { return .failure(.malformed("missing \"id\"")) }
        guard let timeText = object["time"]?.string, let time = CivilTime.parse(timeText) else {
            return .failure(.malformed("missing or bad \"time\""))
        }
        switch object["type"]?.string {
        case "review":
            guard let deck = object["deck"]?.string, let card = object["card"]?.string else {
                return .failure(.malformed("review without \"deck\" and \"card\""))
            }
            guard let r = object["rating"]?.int, let rating = Rating(rawValue: Int(r)) else {
                return .failure(.malformed("review without a rating from 1 to 4"))
            }
            var outcome: ReviewOutcome? = nil
            if let o = object["outcome"]?.string {
                guard let parsed = ReviewOutcome(rawValue: o) else { return .failure(.malformed("unknown outcome \"\(o)\"")) }
                outcome = parsed
            }
            return .success(.review(ReviewRecord(
                id: id, key: CardKey(deck: deck, card: card), time: time, rating: rating,
                answer: object["answer"]?.string, durationMs: object["duration_ms"]?.int.map { Int($0) },
                outcome: outcome, scheduled: object["scheduled"]?.bool ?? true)))
        case "undo":
            guard let target = object["target"]?.string else { return .failure(.malformed("undo without \"target\"")) }
            return .success(.undo(UndoRecord(id: id, time: time, target: target)))
        case let other:
            return .failure(.malformed("unknown entry type \(other.map { "\"\($0)\"" } ?? "(none)")"))
        }
    }

    public static func decode(_ line: String) -> Result<ReviewLogEntry, LineError> {
        Array(line.utf8).withUnsafeBufferPointer { decode($0) }
    }
}
