/// A sentence's tokens with the bytes they are read from: a token's text is a slice of `bytes`, its lower-cased
/// text a slice of `lowered`. (Tokens with strings of their own cost a retain and a release at every copy.)
public struct SentenceTokens: RandomAccessCollection, Sendable {
    public private(set) var items: [WordToken]
    /// The sentence's UTF-8 bytes: `WordToken.start..<end`.
    let bytes: [UInt8]
    /// The sentence's bytes with each ASCII token lower-cased in place, then the lower-cased text of each other
    /// token: `WordToken.lowerStart`, `lowerCount`.
    let lowered: [UInt8]

    /// Tokenizes `bytes`, which must be valid UTF-8.
    init(_ bytes: [UInt8]) {
        var lowered = bytes, beyond: [UInt8] = []
        items = bytes.withUnsafeBufferPointer { b in lowered.withUnsafeMutableBufferPointer { WordToken.tokenize(b, lowered: $0, beyond: &beyond) } }
        if !beyond.isEmpty { lowered += beyond }
        self.bytes = bytes
        self.lowered = lowered
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { items.count }
    public subscript(k: Int) -> WordToken { items[k] }

    /// The text of token `k` as it stands in the sentence.
    public func text(_ k: Int) -> String { text(from: items[k].start, to: items[k].end) }

    /// The source text between two UTF-8 offsets.
    func text(from a: Int, to b: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }

    /// The lower-cased text of token `k`.
    public func lower(_ k: Int) -> String {
        withLower(k) { String(decoding: $0, as: UTF8.self) }
    }

    /// `body` over the lower-cased bytes of token `k`.
    @inline(__always)
    func withLower<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let t = items[k]
        return lowered.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(t.lowerStart)..<Int(t.lowerStart + t.lowerCount)])) }
    }

    /// Whether token `k`'s lower-cased text ends with `suffix`, byte for byte.
    func lowerHasSuffix(_ k: Int, _ suffix: StaticString) -> Bool {
        if let known = items[k].lowerHasSuffix(suffix) { return known }
        return withLower(k) { ByteSearch.hasSuffix($0, suffix) }
    }

    /// Whether token `k`'s text ends with `suffix`, byte for byte.
    func textHasSuffix(_ k: Int, _ suffix: StaticString) -> Bool {
        bytes.withUnsafeBufferPointer { ByteSearch.hasSuffix(UnsafeBufferPointer(rebasing: $0[items[k].start..<items[k].end]), suffix) }
    }
}
