import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real `quiz` binary on a pseudo-terminal (its own session, the pty as controlling terminal),
/// types into it and reads what it shows.
final class PseudoTerminal {
    let master: Int32
    let pid: pid_t
    private(set) var output = ""
    private var bytes: [UInt8] = []

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(arguments: [String], environment: [String: String], columns: UInt16 = 100, rows: UInt16 = 40) throws {
        var m: Int32 = -1, s: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var name = [CChar](repeating: 0, count: 256)
        guard openpty(&m, &s, &name, nil, &size) == 0 else { throw Failure(description: "openpty failed") }
        let slaveName = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        close(s)
        master = m
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, opening the terminal makes it the child's controlling terminal (Ctrl-C → SIGINT).
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, m)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(0x80 /* POSIX_SPAWN_SETSID */ | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let path = QuizProcess.binary.path
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let rc = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw Failure(description: "posix_spawn failed: \(rc)") }
        pid = child
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// A clean environment for the child: a terminal type, its own home and state, no ~/.inputrc,
    /// no colour unless asked.
    static func environment(home: String, color: Bool = false) -> [String: String] {
        var env = ["TERM": "xterm-256color", "HOME": home, "INPUTRC": "/dev/null", "XDG_STATE_HOME": home + "/state",
                   "PATH": "/usr/bin:/bin"]
        if !color { env["NO_COLOR"] = "1" }
        return env
    }

    /// Types `text` (raw bytes: "\r" is Enter, "\u{7F}" Backspace, "\u{3}" Ctrl-C, "\u{4}" Ctrl-D).
    func type(_ text: String) {
        let data = Array(text.utf8)
        var offset = 0
        while offset < data.count {
            let n = data[offset...].withUnsafeBytes { write(master, $0.baseAddress!, $0.count) }
            if n > 0 { offset += n } else { usleep(1000) }
        }
    }

    /// Reads what is available for up to `seconds`.
    @discardableResult
    func pump(_ seconds: Double) -> Bool {
        var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&pfd, 1, Int32(seconds * 1000)) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = read(master, &buffer, buffer.count)
        guard n > 0 else { return false }
        bytes += buffer[0..<n]
        output = String(decoding: bytes, as: UTF8.self)
        return true
    }

    /// How much of the plain output earlier `waitFor` calls have matched (they match in order).
    private var matched = 0

    /// Waits until the screen shows `text` after what the previous `waitFor` matched (escape sequences are
    /// kept in `output`, not in the check).
    func waitFor(_ text: String, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let screen = PseudoTerminal.plain(output)
            let rest = screen.dropFirst(matched)
            if let range = rest.range(of: text) {
                matched = screen.distance(from: screen.startIndex, to: range.upperBound)
                return
            }
            if Date() > deadline {
                throw Failure(description: "timed out waiting for \(text.debugDescription); screen so far:\n\(screen)")
            }
            pump(0.1)
        }
    }

    /// Waits for the process to end; returns its exit status.
    func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline { throw Failure(description: "process did not exit; screen:\n\(PseudoTerminal.plain(output))") }
            pump(0.05)
        }
        while pump(0.05) {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// The output without ANSI escape sequences and carriage returns.
    static func plain(_ s: String) -> String {
        var out = ""
        var iterator = s.unicodeScalars.makeIterator()
        while let c = iterator.next() {
            if c == "\u{1B}" {
                guard let next = iterator.next() else { break }
                if next == "[" {
                    while let k = iterator.next(), !(0x40...0x7E).contains(k.value) {}
                }
                continue
            }
            if c == "\r" || c == "\u{7}" { continue }
            out.unicodeScalars.append(c)
        }
        return out
    }
}
