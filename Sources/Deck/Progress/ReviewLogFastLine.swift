#if canImport(Glibc)
import Glibc
#endif

/// Reads the two line shapes quiz writes most, reviews and undos, exactly as `ReviewLogCodec.encode` writes
/// them: the keys in their order, strings without escapes, a rating digit. Any other line (another order,
/// spaces, escapes, an action, an unknown key, a bad value) gives nil, and the general decoder reads it, so
/// what this reads is what the general decoder would read (a test compares them on many lines).
enum ReviewLogFastLine {
    static func decode(_ b: UnsafeBufferPointer<UInt8>) -> ReviewLogEntry? {
        func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
        switch scan(b) {
        case .review(let r)?:
            return .review(ReviewRecord(id: text(r.id), key: CardKey(deck: text(r.deck), card: text(r.card)), time: r.time,
                                        rating: r.rating, answer: r.answer.map(text), durationMs: r.duration, outcome: r.outcome,
                                        scheduled: r.scheduled))
        case .undo(let id, let time, let target)?:
            return .undo(UndoRecord(id: text(id), time: time, target: text(target)))
        case nil:
            return nil
        }
    }

    /// Reads a line's bytes left to right.
    struct Cursor {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0

        var atEnd: Bool { i == b.count }

        /// Takes `literal` if the bytes go on with it.
        @inline(__always)
        mutating func take(_ literal: StaticString) -> Bool {
            let n = literal.utf8CodeUnitCount
            guard b.count - i >= n, memcmp(b.baseAddress! + i, literal.utf8Start, n) == 0 else { return false }
            i += n
            return true
        }

        /// The rest of a string whose opening quote was taken, up to and past its closing quote, as the range of
        /// its bytes: nil if it has an escape or a control character (the general decoder reads those).
        mutating func plainBytes() -> Range<Int>? {
            let start = i
            var k = i
            while k < b.count {
                let c = b[k]
                if c == UInt8(ascii: "\"") {
                    i = k + 1
                    return start..<k
                }
                if c == UInt8(ascii: "\\") || c < 0x20 { return nil }
                k += 1
            }
            return nil
        }

        /// A time string (its opening quote taken) as the general decoder reads it.
        mutating func time() -> Timestamp? {
            guard let r = plainBytes() else { return nil }
            return CivilTime.parse(bytes: UnsafeBufferPointer(rebasing: b[r]))
        }

        /// One digit, not followed by another.
        mutating func digit() -> Int? {
            guard i < b.count, b[i] >= 0x30, b[i] <= 0x39, i + 1 == b.count || b[i + 1] < 0x30 || b[i + 1] > 0x39 else { return nil }
            defer { i += 1 }
            return Int(b[i] - 0x30)
        }

        /// A non-negative integer of at most 18 digits, followed by `,` or `}`.
        mutating func integer() -> Int? {
            var v = 0, k = i
            while k < b.count, b[k] >= 0x30, b[k] <= 0x39, k - i < 18 {
                v = v * 10 + Int(b[k] - 0x30)
                k += 1
            }
            guard k > i, k < b.count, b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: "}") else { return nil }
            i = k
            return v
        }
    }
}
