import Deck
import Foundation

/// The session's clock: the real time, or a fixed time (`--now`, `$QUIZ_NOW`) that only moves when the
/// learner chooses to wait for a card in learning.
final class StudyClock {
    private var fixed: Timestamp?
    private let start = DispatchTime.now().uptimeNanoseconds

    init(fixed: Timestamp?) { self.fixed = fixed }

    var isFixed: Bool { fixed != nil }

    func now() -> Timestamp {
        if let fixed { return fixed }
        return Timestamp(microseconds: Int64(Date().timeIntervalSince1970 * 1_000_000))
    }

    /// Seconds on a monotonic clock since the session began (for answer times).
    func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    /// Waits until `time`: a fixed clock jumps there, the real one sleeps in short slices so that
    /// `stop` (Ctrl-C) can end the wait. Returns false when stopped.
    func wait(until time: Timestamp, stop: () -> Bool = { false }) -> Bool {
        if fixed != nil {
            fixed = time
            return true
        }
        while now() < time {
            if stop() { return false }
            let left = Double((time - now()).microseconds) / 1e6
            Thread.sleep(forTimeInterval: min(0.2, max(0, left)))
        }
        return true
    }

    /// The start of the local day containing `t`.
    static func dayStart(of t: Timestamp) -> Timestamp {
        let date = Date(timeIntervalSince1970: Double(t.microseconds) / 1e6)
        let start = Calendar.current.startOfDay(for: date)
        return Timestamp(microseconds: Int64(start.timeIntervalSince1970 * 1_000_000))
    }

    /// Local wall-clock text for `t` relative to `now`: `14:05`, `tomorrow 09:00`, `Mon 1 Dec 09:00`.
    static func describe(_ t: Timestamp, relativeTo now: Timestamp) -> String {
        let date = Date(timeIntervalSince1970: Double(t.microseconds) / 1e6)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm"
        let clock = formatter.string(from: date)
        let today = dayStart(of: now)
        let days = t.wholeDays(since: today)
        if days == 0 { return "today \(clock)" }
        if days == 1 { return "tomorrow \(clock)" }
        formatter.dateFormat = "EEE d MMM HH:mm"
        return formatter.string(from: date)
    }

    /// `6m 40s`, `1h 5m`, `12s`.
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m \(s % 60)s" }
        return "\(s / 3600)h \(s / 60 % 60)m"
    }
}
