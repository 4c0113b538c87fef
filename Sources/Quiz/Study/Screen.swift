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
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// `lead` then `text`, wrapped; continuation lines are indented to line up after `lead`.
    func wrapped(_ lead: String, _ text: String, indent: String? = nil) {
        let pad = indent ?? String(repeating: " ", count: TextWrap.displayWidth(lead))
        let lines = TextWrap.wrap(text, width: width, firstIndent: TextWrap.displayWidth(lead), indent: pad)
        line(lead + lines.joined(separator: "\n"))
    }
}
