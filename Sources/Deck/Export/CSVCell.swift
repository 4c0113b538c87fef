/// One cell of a CSV row: text, which the writer neutralises against formula injection, or a number,
/// written as it is (a negative number stays a number).
public enum CSVCell: Equatable, Sendable {
    case text(String)
    case number(String)
}
