import Foundation

/// Writes the session to standard output, flushed at once, wrapped to the terminal width.
final class Screen {
    let style: Style
    let width: Int

    init(style: Style, width: Int) {
        self.style = style
        self.width = width
    }

    func line(_ text: String = "") {
        StandardOutput.print(text)
    }

    /// Items joined by `separator`, broken into lines between items when they do not fit.
    func parts(_ items: [String], lead: String, separator: String) {
        var current = lead
        var used = TextWrap.displayWidth(lead)
        var first = true
        for item in items {
            let w = TextWrap.displayWidth(item)
            let sep = first ? 0 : TextWrap.displayWidth(separator)
            if !first && used + sep + w > width {
                line(current)
                current = lead + item
                used = TextWrap.displayWidth(lead) + w
            } else {
                current += (first ? "" : separator) + item
                used += sep + w
            }
            first = false
        }
        line(current)
    }

    /// `lead` then `text`, wrapped; continuation lines are indented to line up after `lead`.
    func wrapped(_ lead: String, _ text: String, indent: String? = nil) {
        if !text.contains("\n"), TextWrap.displayWidth(lead) + TextWrap.displayWidth(text) <= width {
            line(lead + text)
            return
        }
        let pad = indent ?? String(repeating: " ", count: TextWrap.displayWidth(lead))
        let lines = TextWrap.wrap(text, width: width, firstIndent: TextWrap.displayWidth(lead), indent: pad)
        line(lead + lines.joined(separator: "\n"))
    }
}
