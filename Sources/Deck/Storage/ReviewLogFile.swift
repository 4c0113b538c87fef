import Foundation

/// Reads the review log file: every line decoded (lines end with LF, CRLF or a lone CR), a torn last line (a
/// crash in mid-write) found and reported, any other bad line an error naming the file and line.
public enum ReviewLogFile {
    /// What was read: the entries, where the good part ends, and the torn tail if any.
    public struct Contents {
        public var entries: [ReviewLogEntry]
        /// Bytes of complete, valid lines.
        public var goodLength: Int
        /// The bytes after `goodLength` (a torn last line), empty if none.
        public var tornTail: [UInt8]
        /// Whether the good part ends inside a line (a valid last line without its line break), so the next
        /// append must start with one.
        public var needsNewline = false
    }

    public static func read(_ path: String) throws(ProgressError) -> Contents {
        guard let data = try ProgressFile.read(path) else { return Contents(entries: [], goodLength: 0, tornTail: []) }
        let result: Result<Contents, ProgressError> = data.withUnsafeBytes { raw in
            Result { () throws(ProgressError) in try parse(raw.bindMemory(to: UInt8.self), path: path) }
        }
        return try result.get()
    }

    public static func parse(_ bytes: [UInt8], path: String) throws(ProgressError) -> Contents {
        let result: Result<Contents, ProgressError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(ProgressError) in try parse(buffer, path: path) }
        }
        return try result.get()
    }

    static func parse(_ all: UnsafeBufferPointer<UInt8>, path: String, partBytes: Int = partBytes) throws(ProgressError) -> Contents {
        // A large log is cut after line feeds (always the start of a line) into parts read on every core; the
        // parts are joined in order, and the first that stops early (a bad line, a torn tail) ends the reading
        // as one reading from the start would.
        var cuts = [0]
        if all.count >= partBytes * 2 && Parallel.width > 1 {
            let parts = min(Parallel.width * 4, all.count / partBytes)
            for k in 1..<parts {
                var i = max(cuts.last!, all.count / parts * k)
                while i < all.count && all[i] != 0x0A { i += 1 }
                if i + 1 < all.count && i + 1 > cuts.last! { cuts.append(i + 1) }
            }
        }
        cuts.append(all.count)
        let ranges = zip(cuts, cuts.dropFirst()).map { $0..<$1 }
        nonisolated(unsafe) let shared = all
        let parts = ranges.count == 1 ? [readPart(all, ranges[0])] : Parallel.map(over: ranges) { readPart(shared, $0) }
        var entries: [ReviewLogEntry] = []
        entries.reserveCapacity(parts.reduce(0) { $0 + $1.entries.count })
        var linesBefore = 0
        for part in parts {
            entries.append(contentsOf: part.entries)
            switch part.stop {
            case .none:
                linesBefore += part.lines
                continue
            case .failure(let line, let message):
                throw ProgressError(path: path, line: linesBefore + line, message: message)
            case .torn(let at):
                return Contents(entries: entries, goodLength: at, tornTail: Array(all[at...]))
            case .unterminated:
                return Contents(entries: entries, goodLength: all.count, tornTail: [], needsNewline: true)
            }
        }
        return Contents(entries: entries, goodLength: all.count, tornTail: [])
    }

    /// The least bytes in each part of a log read on several cores (a log of fewer than twice as many is read
    /// in one part).
    static let partBytes = 1 << 21

    /// What reading one part of the log gave.
    struct Part {
        enum Stop {
            /// Read to its end.
            case none
            /// A bad line (its number within the part) or a line of a newer version: the reading fails.
            case failure(line: Int, message: String)
            /// A last line torn in mid-write, from byte `at`.
            case torn(at: Int)
            /// A valid last line without its line break.
            case unterminated
        }
        var entries: [ReviewLogEntry] = []
        /// Lines in the part (blank ones too), when it was read to its end.
        var lines = 0
        var stop = Stop.none
    }

    /// Reads the lines of `range` (which starts a line) as `ReviewLogScan.forEachLine` splits them.
    static func readPart(_ all: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Part {
        var part = Part()
        part.entries.reserveCapacity(range.count / 160)
        let bytes = UnsafeBufferPointer(rebasing: all[..<range.upperBound])
        var start = range.lowerBound
        while start < range.upperBound {
            part.lines += 1
            let (line, complete, next) = ReviewLogScan.line(at: start, in: bytes)
            start = next
            if complete && ReviewLogScan.isBlank(bytes, line) { continue }
            switch ReviewLogCodec.decode(UnsafeBufferPointer(rebasing: bytes[line])) {
            case .success(let entry):
                part.entries.append(entry)
                // A valid last line without its newline: keep it; the store adds the newline.
                if !complete { part.stop = .unterminated }
            case .failure(.newerVersion(let v)):
                part.stop = .failure(line: part.lines, message: "written by a newer quiz (log version \(v); this one reads \(ReviewLogCodec.version)); left untouched")
            case .failure(.malformed(let why)):
                part.stop = complete ? .failure(line: part.lines, message: "corrupt review log line: \(why); left untouched") : .torn(at: line.lowerBound)
            }
            if case .none = part.stop { continue }
            return part
        }
        return part
    }
}
