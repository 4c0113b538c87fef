/// Local calendar days for statistics: a UTC offset turns timestamps into day numbers (days since 1970
/// in local time), so stats stay pure and testable.
public struct StudyCalendar: Sendable {
    public var utcOffsetSeconds: Int

    public init(utcOffsetSeconds: Int = 0) { self.utcOffsetSeconds = utcOffsetSeconds }

    /// The local day number of `t`.
    public func day(_ t: Timestamp) -> Int {
        let local = t.microseconds + Int64(utcOffsetSeconds) * 1_000_000
        let perDay: Int64 = 86_400_000_000
        return Int(local >= 0 ? local / perDay : -((-local + perDay - 1) / perDay))
    }

    /// The local hour of `t`, 0-23.
    public func hour(_ t: Timestamp) -> Int {
        let local = t.microseconds + Int64(utcOffsetSeconds) * 1_000_000
        let perHour: Int64 = 3_600_000_000
        let hours = local >= 0 ? local / perHour : -((-local + perHour - 1) / perHour)
        return Int(((hours % 24) + 24) % 24)
    }

    /// The first moment of local day `d`.
    public func start(ofDay d: Int) -> Timestamp {
        Timestamp(microseconds: Int64(d) * 86_400_000_000 - Int64(utcOffsetSeconds) * 1_000_000)
    }

    /// `YYYY-MM-DD` of local day `d`.
    public func date(ofDay d: Int) -> String {
        CivilTime(Timestamp(microseconds: Int64(d) * 86_400_000_000)).date
    }
}
