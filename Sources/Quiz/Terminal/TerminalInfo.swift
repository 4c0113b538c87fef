import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Facts about the terminal: whether stdin/stdout are terminals, colour, width.
enum TerminalInfo {
    static var stdinIsTTY: Bool { isatty(STDIN_FILENO) == 1 }
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    /// Colour and bold only on a terminal and only when $NO_COLOR is unset.
    static func colorEnabled(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        stdoutIsTTY && environment["NO_COLOR"] == nil
    }

    /// Columns of the terminal, else $COLUMNS, else 80.
    static func width() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let c = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(c), n > 0 { return n }
        return 80
    }
}
