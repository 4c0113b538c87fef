/// Calendar fields of a UTC timestamp (proleptic Gregorian), and ISO 8601 text both ways.
public struct CivilTime: Equatable, Sendable {
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, microsecond: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, microsecond: Int = 0) {
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second, self.microsecond) = (hour, minute, second, microsecond)
    }

    public init(_ t: Timestamp) {
        let us = t.microseconds
        let perDay: Int64 = 86_400_000_000
        var days = us / perDay
        var rest = us % perDay
        if rest < 0 { rest += perDay; days -= 1 }
        let (y, m, d) = CivilTime.civil(fromDays: Int(days))
        let secs = Int(rest / 1_000_000)
        self.init(year: y, month: m, day: d, hour: secs / 3600, minute: secs / 60 % 60, second: secs % 60,
                  microsecond: Int(rest % 1_000_000))
    }

    /// Days since 1970-01-01 of this date (Howard Hinnant's algorithm).
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var timestamp: Timestamp {
        let d = Int64(CivilTime.days(year: year, month: month, day: day))
        let secs = d * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return Timestamp(microseconds: secs * 1_000_000 + Int64(microsecond))
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`
    public var iso8601: String {
        "\(CivilTime.pad(year, 4))-\(CivilTime.pad(month, 2))-\(CivilTime.pad(day, 2))T\(CivilTime.pad(hour, 2)):\(CivilTime.pad(minute, 2)):\(CivilTime.pad(second, 2))Z"
    }

    /// Like `iso8601`, with `.ffffff` when there are microseconds.
    public var iso8601Precise: String {
        guard microsecond != 0 else { return iso8601 }
        return String(iso8601.dropLast()) + "." + CivilTime.pad(microsecond, 6) + "Z"
    }

    /// Appends `iso8601Precise` to `buffer`, digit by digit.
    func appendISO8601Precise(to buffer: inout TextBuffer) {
        guard (0...9999).contains(year) else {
            buffer += iso8601Precise
            return
        }
        func digits(_ v: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                buffer.append(byte: UInt8(v / divisor % 10) + 0x30)
                divisor /= 10
            }
        }
        digits(year, 4); buffer.append(byte: UInt8(ascii: "-")); digits(month, 2); buffer.append(byte: UInt8(ascii: "-"))
        digits(day, 2); buffer.append(byte: UInt8(ascii: "T")); digits(hour, 2); buffer.append(byte: UInt8(ascii: ":"))
        digits(minute, 2); buffer.append(byte: UInt8(ascii: ":")); digits(second, 2)
        if microsecond != 0 {
            buffer.append(byte: UInt8(ascii: "."))
            digits(microsecond, 6)
        }
        buffer.append(byte: UInt8(ascii: "Z"))
    }

    /// `YYYY-MM-DD`
    public var date: String { "\(CivilTime.pad(year, 4))-\(CivilTime.pad(month, 2))-\(CivilTime.pad(day, 2))" }

    /// Reads `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff…]]` with `Z` or `±HH:MM` (or none: UTC).
    public static func parse(_ text: String) -> Timestamp? {
        if let fast = text.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }) { return fast }
        return Array(text.utf8).withUnsafeBufferPointer { parse(bytes: $0) }
    }

    /// `parse` on UTF-8 bytes.
    public static func parse(bytes s: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        var i = 0
        // (`i` is passed in, not captured: a captured `var` is checked for exclusive access at every use.)
        func number(_ n: Int, _ i: inout Int) -> Int? {
            guard i + n <= s.count else { return nil }
            var v = 0
            for k in 0..<n {
                let c = s[i + k]
                guard c >= 48 && c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            i += n
            return v
        }
        func expect(_ c: UInt8, _ i: inout Int) -> Bool {
            guard i < s.count, s[i] == c else { return false }
            i += 1
            return true
        }
        guard let y = number(4, &i), expect(45, &i), let mo = number(2, &i), expect(45, &i), let d = number(2, &i),
              (1...12).contains(mo), d >= 1, d <= daysIn(month: mo, year: y) else { return nil }
        var t = CivilTime(year: y, month: mo, day: d)
        if i == s.count { return t.timestamp }
        guard expect(84, &i) || expect(116, &i) || expect(32, &i), let h = number(2, &i), expect(58, &i), let mi = number(2, &i),
              h < 24, mi < 60 else { return nil }
        t.hour = h
        t.minute = mi
        if expect(58, &i) {
            guard let sec = number(2, &i), sec < 60 else { return nil }
            t.second = sec
            if expect(46, &i) || expect(44, &i) {
                var digits = 0, frac = 0
                while i < s.count, s[i] >= 48, s[i] <= 57 {
                    if digits < 6 { frac = frac * 10 + Int(s[i] - 48) }
                    digits += 1
                    i += 1
                }
                guard digits > 0 else { return nil }
                if digits < 6 { for _ in digits..<6 { frac *= 10 } }
                t.microsecond = frac
            }
        }
        var offset = 0
        if i == s.count || expect(90, &i) || expect(122, &i) {
        } else if i < s.count, s[i] == 43 || s[i] == 45 {
            let sign = s[i] == 45 ? -1 : 1
            i += 1
            guard let oh = number(2, &i) else { return nil }
            _ = expect(58, &i)
            guard let om = number(2, &i) else { return nil }
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        guard i == s.count else { return nil }
        return Timestamp(microseconds: t.timestamp.microseconds - Int64(offset) * 1_000_000)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
