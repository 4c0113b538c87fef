#if canImport(Glibc)
import Glibc
#endif

extension ReviewLogFastLine {
    /// A line of one of the two shapes the fast reader reads, as places in its bytes: what `decode` makes a
    /// record of, and what the card-state derivation reads without making one.
    enum Shape {
        case review(ReviewShape)
        case undo(id: Range<Int>, time: Timestamp, target: Range<Int>)
    }

    /// A review line's fields: strings as byte ranges (plain: no escapes, no control characters).
    struct ReviewShape {
        var id: Range<Int>, deck: Range<Int>, card: Range<Int>
        var time: Timestamp
        var rating: Rating
        var answer: Range<Int>?
        var duration: Int?
        var outcome: ReviewOutcome?
        var scheduled: Bool
    }

    /// The line's shape, or nil for any line the general decoder must read.
    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> Shape? {
        var p = Cursor(b: b)
        guard p.take("{\"v\":1,\"id\":\""), let id = p.plainBytes(), !id.isEmpty, p.take(",\"type\":\"") else { return nil }
        if p.take("review\",\"deck\":\"") {
            guard let deck = p.plainBytes(), p.take(",\"card\":\""), let card = p.plainBytes(),
                  p.take(",\"time\":\""), let time = p.time(), p.take(",\"rating\":"), let r = p.digit(),
                  let rating = Rating(rawValue: r) else { return nil }
            var shape = ReviewShape(id: id, deck: deck, card: card, time: time, rating: rating, scheduled: true)
            if p.take(",\"answer\":\"") {
                guard let a = p.plainBytes() else { return nil }
                shape.answer = a
            }
            if p.take(",\"duration_ms\":") {
                guard let d = p.integer() else { return nil }
                shape.duration = d
            }
            if p.take(",\"outcome\":\"") {
                guard let o = p.plainBytes(), let parsed = outcome(UnsafeBufferPointer(rebasing: b[o])) else { return nil }
                shape.outcome = parsed
            }
            if p.take(",\"scheduled\":") {
                if p.take("false") { shape.scheduled = false } else if p.take("true") { shape.scheduled = true } else { return nil }
            }
            guard p.take("}"), p.atEnd else { return nil }
            return .review(shape)
        }
        if p.take("undo\",\"time\":\"") {
            guard let time = p.time(), p.take(",\"target\":\""), let target = p.plainBytes(), p.take("}"), p.atEnd else { return nil }
            return .undo(id: id, time: time, target: target)
        }
        return nil
    }

    /// The outcome whose raw value is `b`, compared as bytes (no string is made).
    static func outcome(_ b: UnsafeBufferPointer<UInt8>) -> ReviewOutcome? {
        func equals(_ literal: StaticString) -> Bool {
            b.count == literal.utf8CodeUnitCount && memcmp(b.baseAddress!, literal.utf8Start, b.count) == 0
        }
        switch b.count {
        case 7 where equals("correct"): return .correct
        case 5 where equals("close"): return .close
        case 5 where equals("wrong"): return .wrong
        case 8 where equals("revealed"): return .revealed
        case 4 where equals("self"): return .selfGraded
        default: return nil
        }
    }
}
