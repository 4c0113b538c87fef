/// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, CRLF rows.
public enum CSVWriter {
    public static func field(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    public static func write(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A number with `.` decimals whatever the locale; empty when absent.
    public static func number(_ v: Double?) -> String {
        guard let v else { return "" }
        return v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String((v * 1_000_000).rounded() / 1_000_000)
    }

    public static func number(_ v: Int?) -> String { v.map(String.init) ?? "" }
}
