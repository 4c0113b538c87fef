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
        return try parse(data, path: path)
    }

    /// The log whose bytes are `data`, read from `path`.
    static func parse(_ data: Data, path: String) throws(ProgressError) -> Contents {
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

    static func parse(_ all: UnsafeBufferPointer<UInt8>, path: String) throws(ProgressError) -> Contents {
        var entries: [ReviewLogEntry] = []
        entries.reserveCapacity(all.count / 160)
        // Set when the reading ends early: a torn or unterminated last line, or a bad line.
        var ending: Contents? = nil
        var failure: ProgressError? = nil
        ReviewLogScan.forEachLine(all) { number, range, complete in
            switch ReviewLogCodec.decode(UnsafeBufferPointer(rebasing: all[range])) {
            case .success(let entry):
                entries.append(entry)
            case .failure(.newerVersion(let v)):
                failure = ProgressError(path: path, line: number, message: "written by a newer quiz (log version \(v); this one reads \(ReviewLogCodec.version)); left untouched")
                return false
            case .failure(.malformed(let why)):
                if complete {
                    failure = ProgressError(path: path, line: number, message: "corrupt review log line: \(why); left untouched")
                } else {
                    ending = Contents(entries: entries, goodLength: range.lowerBound, tornTail: Array(all[range.lowerBound...]))
                }
                return false
            }
            // A valid last line without its newline: keep it; the store adds the newline.
            if !complete { ending = Contents(entries: entries, goodLength: all.count, tornTail: [], needsNewline: true) }
            return complete
        }
        if let failure { throw failure }
        return ending ?? Contents(entries: entries, goodLength: all.count, tornTail: [])
    }
}
