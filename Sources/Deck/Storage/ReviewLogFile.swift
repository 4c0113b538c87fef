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

    static func parse(_ all: UnsafeBufferPointer<UInt8>, path: String) throws(ProgressError) -> Contents {
        var entries: [ReviewLogEntry] = []
        entries.reserveCapacity(all.count / 160)
        var start = 0
        var lineNumber = 0
        let outcome: Result<Contents, ProgressError> = {
            while start < all.count {
                lineNumber += 1
                var end = start
                while end < all.count && all[end] != 0x0A && all[end] != 0x0D { end += 1 }
                let complete = end < all.count
                // The line break: LF, CR, or CR LF (JSON strings cannot hold a raw CR or LF).
                let next = complete && all[end] == 0x0D && end + 1 < all.count && all[end + 1] == 0x0A ? end + 2 : end + 1
                let line = UnsafeBufferPointer(rebasing: all[start..<end])
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) && complete {
                    start = next
                    continue
                }
                switch ReviewLogCodec.decode(line) {
                case .success(let entry):
                    entries.append(entry)
                case .failure(.newerVersion(let v)):
                    return .failure(ProgressError(path: path, line: lineNumber, message: "written by a newer quiz (log version \(v); this one reads \(ReviewLogCodec.version)); left untouched"))
                case .failure(.malformed(let why)):
                    if !complete {
                        return .success(Contents(entries: entries, goodLength: start, tornTail: Array(all[start...])))
                    }
                    return .failure(ProgressError(path: path, line: lineNumber, message: "corrupt review log line: \(why); left untouched"))
                }
                if !complete {
                    // A valid last line without its newline: keep it; the store adds the newline.
                    return .success(Contents(entries: entries, goodLength: all.count, tornTail: [], needsNewline: true))
                }
                start = next
            }
            return .success(Contents(entries: entries, goodLength: all.count, tornTail: []))
        }()
        return try outcome.get()
    }
}
