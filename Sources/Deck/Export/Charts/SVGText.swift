/// Text and numbers written into SVG and HTML: escaped, with short decimals.
enum SVGText {
    /// Escapes `&`, `<`, `>` and `"` for text and attribute values.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A coordinate with at most one decimal.
    static func number(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    /// A share as a whole percentage: `83%`.
    static func percent(_ v: Double) -> String { "\(Int((v * 100).rounded()))%" }

    /// A tick or value label: a percentage for shares, else the number without needless decimals.
    static func value(_ v: Double, percent isShare: Bool) -> String {
        if isShare { return percent(v) }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
        return String((v * 10).rounded() / 10)
    }
}
