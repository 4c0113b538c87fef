/// A sentence as `SentenceSplitter` finds it: its text and its range in the paragraph.
public struct SplitSentence: Equatable, Sendable {
    public var text: String
    public var range: Range<String.Index>
}
