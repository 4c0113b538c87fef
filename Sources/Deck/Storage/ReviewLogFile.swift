import Foundation

/// Reads the review log file: every line decoded, a torn last line (a crash in mid-write) found and
/// reported, any other bad line an error naming the file and line.
public enum ReviewLogFile {
    /// What was read: the entries, where the good part ends, and the torn tail if any.
    public struct Contents {
        public var entries: [ReviewLogEntry]
        /// Bytes of complete, valid lines.
        public var goodLength: Int
        /// The bytes after `goodLength` (a torn last line), empty if none.
        public var tornTail: [UInt8]
    }

    public static func read(_ path: String) throws(ProgressError) -> Contents {
        guard FileManager.default.fileExists(atPath: path) else { return Contents(entries: [], goodLength: 0, tornTail: []) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ProgressError(path: path, message: "cannot read the review log")
        }
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
                while end < all.count && all[end] != 0x0A { end += 1 }
                let complete = end < all.count
                let line = UnsafeBufferPointer(rebasing: all[start..<end])
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) && complete {
                    start = end + 1
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
                    return .success(Contents(entries: entries, goodLength: all.count, tornTail: []))
                }
                start = end + 1
            }
            return .success(Contents(entries: entries, goodLength: all.count, tornTail: []))
        }()
        return try outcome.get()
    }
}
