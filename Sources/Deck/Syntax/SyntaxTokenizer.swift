/// Splits a sentence into words the way the UD English treebank does.
/// PLACEHOLDER (being written): splits at white space only.
public enum SyntaxTokenizer {
    /// The words of `text`, with their UTF-8 offsets in it.
    public static func tokenize(_ text: String) -> [SyntaxToken] {
        var out: [SyntaxToken] = []
        var start: Int? = nil
        var i = 0
        for b in text.utf8 {
            if b == 0x20 || b == 0x0A || b == 0x09 {
                if let s = start { out.append(token(text, s, i)); start = nil }
            } else if start == nil { start = i }
            i += 1
        }
        if let s = start { out.append(token(text, s, i)) }
        return out
    }

    static func token(_ text: String, _ s: Int, _ e: Int) -> SyntaxToken {
        let u = Array(text.utf8)
        return SyntaxToken(form: String(decoding: u[s..<e], as: UTF8.self), start: s, end: e)
    }
}
