/// Splits text into lines at LF bytes, dropping the CR of a CRLF. (Swift's `split(separator: "\n")` keeps
/// CRLF files whole: "\r\n" is a single `Character`, not equal to "\n".)
public enum TextLines {
    public static func split(_ text: String) -> [Substring] {
        var out: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        func line(to end: String.Index) -> Substring {
            var end = end
            if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
            return text[start..<end]
        }
        while i < utf8.endIndex {
            if utf8[i] == 0x0A {
                out.append(line(to: i))
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out.append(line(to: utf8.endIndex))
        return out
    }
}
