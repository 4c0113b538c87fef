/// Every line of a review log decoded on its own, with its line number, so that a checker can report all the
/// bad lines and a merge can name the line an entry came from. Lines are split as the reader splits them
/// (`forEachLine`).
public enum ReviewLogScan {
    /// One non-blank line: its 1-based number, its decoded entry or why not, and whether it ended with a line
    /// break (only the last line can lack one).
    public struct Line: Sendable {
        public var number: Int
        public var result: Result<ReviewLogEntry, ReviewLogCodec.LineError>
        public var complete: Bool
        /// Its bytes, without the line break.
        public var length: Int

        /// The decoded entry, if the line is good.
        public var entry: ReviewLogEntry? { if case .success(let e) = result { return e } else { return nil } }
    }

    public static func lines(_ bytes: [UInt8]) -> [Line] {
        var out: [Line] = []
        bytes.withUnsafeBufferPointer { all in
            forEachLine(all) { number, range, complete in
                out.append(Line(number: number, result: ReviewLogCodec.decode(UnsafeBufferPointer(rebasing: all[range])),
                                complete: complete, length: range.count))
                return true
            }
        }
        return out
    }

    /// Calls `body` with each line's 1-based number, its bytes' range (without the line break) and whether a
    /// line break ends it, until `body` returns false. Lines end with LF, CRLF or a lone CR (JSON strings
    /// cannot hold a raw CR or LF); blank lines with a line break are skipped. The one line splitter of the
    /// log, for the reader and the checker alike.
    public static func forEachLine(_ all: UnsafeBufferPointer<UInt8>, _ body: (Int, Range<Int>, Bool) -> Bool) {
        var start = 0, number = 0
        while start < all.count {
            number += 1
            var end = start
            while end < all.count && all[end] != 0x0A && all[end] != 0x0D { end += 1 }
            let complete = end < all.count
            let next = complete && all[end] == 0x0D && end + 1 < all.count && all[end + 1] == 0x0A ? end + 2 : end + 1
            let blank = all[start..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if !(blank && complete) && !body(number, start..<end, complete) { return }
            start = next
        }
    }
}
