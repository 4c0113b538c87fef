/// The four kinds of card a deck can hold.
public enum CardKind: String, Codable, Sendable, CaseIterable {
    /// A question with a typed answer.
    case question
    /// A sentence with one or more gaps (`{{…}}`) to fill.
    case cloze
    /// A question with several choices, exactly one of them correct.
    case choice
    /// A statement to judge true or false.
    case truefalse
}
