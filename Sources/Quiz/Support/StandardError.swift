import Foundation

/// Writes to standard error (diagnostics, warnings, progress); a write that fails ends the program with
/// exit status 1.
enum StandardError {
    /// A line of text, with control characters and escape sequences from the data shown escaped.
    static func print(_ text: String) {
        write(TerminalText.safe(text) + "\n")
    }

    /// Text as it is (the progress bar's own carriage returns and erase codes).
    static func write(_ text: String) {
        var text = text
        let failed = text.withUTF8 { FileDescriptor.writeAll(2, UnsafeRawBufferPointer($0)) } != nil
        if failed { _exit(1) }
    }
}
