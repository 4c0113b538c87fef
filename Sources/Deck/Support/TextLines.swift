import Foundation

/// Splits text into lines that end at LF, CRLF or a lone CR (Unix, Windows and old Mac files alike).
/// (Swift's `split(separator: "\n")` keeps CRLF files whole: "\r\n" is a single `Character`, not equal to "\n".)
public enum TextLines {
    public static func split(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        var bytes = text
        let lines = bytes.withUTF8 { Self.ranges($0) }
        return lines.map { text[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
    }

    /// The byte range of each line of UTF-8 `bytes` (without its line break), by the rules of `split`.
    public static func ranges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // (Each line break found by the C library's memchr over the contiguous bytes: walking the UTF-8 view
        // index by index took a tenth of a second for 10 MB.)
        guard let base = bytes.baseAddress else { return [0..<0] }
        if memchr(base, 0x0D, bytes.count) != nil {
            // (A CR: lines end at LF, CRLF or a lone CR, as old Mac files have them.)
            var start = 0, k = 0
            while k < bytes.count {
                if bytes[k] == 0x0A || bytes[k] == 0x0D {
                    out.append(start..<k)
                    if bytes[k] == 0x0D, k + 1 < bytes.count, bytes[k + 1] == 0x0A { k += 1 }
                    start = k + 1
                }
                k += 1
            }
            out.append(start..<bytes.count)
            return out
        }
        var start = 0
        while start <= bytes.count {
            let rest = bytes.count - start
            let p = rest > 0 ? memchr(base + start, 0x0A, rest) : nil
            let end = p.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            out.append(start..<end)
            start = end + 1
        }
        return out
    }
}
