/// A point in time as whole microseconds since the Unix epoch, UTC (the precision the reference uses).
public struct Timestamp: Comparable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var microseconds: Int64

    public init(microseconds: Int64) { self.microseconds = microseconds }
    public init(milliseconds: Int64) { self.microseconds = milliseconds * 1000 }
    public init(seconds: Int64) { self.microseconds = seconds * 1_000_000 }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.microseconds < b.microseconds }
    public static func + (t: Timestamp, d: Interval) -> Timestamp { Timestamp(microseconds: t.microseconds + d.microseconds) }
    public static func - (a: Timestamp, b: Timestamp) -> Interval { Interval(microseconds: a.microseconds - b.microseconds) }
    public static func - (t: Timestamp, d: Interval) -> Timestamp { Timestamp(microseconds: t.microseconds - d.microseconds) }

    /// Whole days from `earlier` to `self`, rounded down (as Python's `timedelta.days`).
    public func wholeDays(since earlier: Timestamp) -> Int64 {
        let d = microseconds - earlier.microseconds
        let day = Interval.day.microseconds
        return d >= 0 ? d / day : -((-d + day - 1) / day)
    }

    /// ISO 8601 UTC to the second, e.g. `2025-03-01T10:00:00Z`.
    public var iso8601: String { CivilTime(self).iso8601 }

    public var description: String { iso8601 }

    /// Encoded as ISO 8601 with microseconds when there are any (`2025-03-01T10:00:00.250Z`).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(CivilTime(self).iso8601Precise)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let t = CivilTime.parse(text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not an ISO 8601 UTC time: \(text)")
        }
        self = t
    }
}

/// A length of time in whole microseconds.
public struct Interval: Comparable, Hashable, Sendable, Codable {
    public var microseconds: Int64

    public init(microseconds: Int64) { self.microseconds = microseconds }
    public static func seconds(_ s: Int64) -> Interval { Interval(microseconds: s * 1_000_000) }
    public static func minutes(_ m: Int64) -> Interval { .seconds(m * 60) }
    public static func days(_ d: Int64) -> Interval { .seconds(d * 86_400) }
    public static let day = Interval.days(1)

    public static func < (a: Interval, b: Interval) -> Bool { a.microseconds < b.microseconds }
    public static func + (a: Interval, b: Interval) -> Interval { Interval(microseconds: a.microseconds + b.microseconds) }

    /// `self * numerator / denominator`, rounded half to even to the microsecond (as `timedelta` does).
    public func scaled(_ numerator: Int64, _ denominator: Int64) -> Interval {
        let product = microseconds * numerator
        var q = product / denominator
        let r = product % denominator
        if 2 * abs(r) > abs(denominator) || (2 * abs(r) == abs(denominator) && q % 2 != 0) {
            q += (product >= 0) == (denominator > 0) ? 1 : -1
        }
        return Interval(microseconds: q)
    }

    public var seconds: Double { Double(microseconds) / 1_000_000 }
    public var days: Double { Double(microseconds) / Double(Interval.day.microseconds) }
}
