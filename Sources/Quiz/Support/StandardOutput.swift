import Foundation

/// Writes to standard output; a write that fails (a full disk, a closed terminal) ends the program with
/// one message on standard error and exit status 1.
enum StandardOutput {
    /// `text` as it is (JSON, CSV, deck files).
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Bytes as they are.
    static func write(_ bytes: UnsafeRawBufferPointer) {
        if let failure = FileDescriptor.writeAll(1, bytes) {
            StandardError.print("quiz: error: cannot write to standard output: \(failure)")
            _exit(1)
        }
    }

    /// `text` for a reader at a terminal: control characters and escape sequences from the data are shown
    /// escaped (`TerminalText`).
    static func print(_ text: String, terminator: String = "\n") {
        write(TerminalText.safe(text) + terminator)
    }

    /// Makes a failed write of text buffered by the C library (`Swift.print`, the argument parser's help)
    /// end with status 1 and one message, as `write` does, when the program exits.
    static func checkOnExit() {
        atexit {
            if fflush(nil) != 0 {
                StandardError.print("quiz: error: cannot write to standard output: \(String(cString: strerror(errno)))")
                _exit(1)
            }
        }
    }
}

/// Writes whole buffers to a file descriptor.
enum FileDescriptor {
    /// Writes all of `bytes` to `fd`, retrying short writes and interruptions; the error's text, else nil.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> String? {
        guard var p = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let n = Foundation.write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            if n == 0 { return "nothing written" }
            p += n
            left -= n
        }
        return nil
    }
}
