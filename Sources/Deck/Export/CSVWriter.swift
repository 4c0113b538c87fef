/// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, CRLF rows.
/// A text cell that a spreadsheet would read as a formula (it begins with `=`, `+`, `-`, `@`, tab or CR) is
/// prefixed with `'` and quoted, as OWASP advises against CSV injection.
public enum CSVWriter {
    /// The characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    public static func field(_ cell: CSVCell) -> String {
        switch cell {
        case .number(let s):
            return quoted(s, always: false)
        case .text(let s):
            if let first = s.unicodeScalars.first, formulaStarts.contains(Character(first)) {
                return quoted("'" + s, always: true)
            }
            return quoted(s, always: false)
        }
    }

    static func quoted(_ s: String, always: Bool) -> String {
        if always || s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    public static func write(header: [String], rows: [[CSVCell]]) -> String {
        ([header.map(CSVCell.text)] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A number with `.` decimals whatever the locale; empty when absent.
    public static func number(_ v: Double?) -> CSVCell {
        guard let v else { return .number("") }
        return .number(v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String((v * 1_000_000).rounded() / 1_000_000))
    }

    public static func number(_ v: Int?) -> CSVCell { .number(v.map(String.init) ?? "") }
}
