import CReadline
import Foundation

/// The study commands offered by tab completion.
let completionWords: [String] = [":hint", ":skip", ":bury", ":suspend", ":flag", ":edit", ":reveal", ":undo", ":source", ":stats", ":help", ":quit"]

/// readline's completion generator: called with state 0, 1, 2… until it returns NULL.
private func completionGenerator(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    guard let text else { return nil }
    let prefix = String(cString: text)
    let matches = completionWords.filter { $0.hasPrefix(prefix) }
    guard Int(state) < matches.count else { return nil }
    return quiz_rl_strdup(matches[Int(state)])
}

/// GNU readline input: line editing (Emacs/vi per ~/.inputrc), history in a file, tab completion of
/// commands, multibyte input. The only user of CReadline.
final class ReadlineInput: LineInput {
    let historyPath: String?

    init(historyPath: String?) {
        self.historyPath = historyPath
        _ = quiz_rl_setup_locale()
        quiz_rl_configure("quiz", completionGenerator)
        quiz_rl_stifle_history(1000)
        if let historyPath {
            _ = quiz_rl_read_history(historyPath)
        }
    }

    func read(prompt: String) -> InputEvent {
        guard let raw = quiz_rl_readline(prompt) else { return .endOfInput }
        defer { free(raw) }
        let line = String(cString: raw)
        switch quiz_rl_take_interrupt() {
        case 1: return .interrupted(hadText: true)
        case 2: return .interrupted(hadText: false)
        default: break
        }
        if !line.trimmingCharacters(in: .whitespaces).isEmpty, line.count > 1 || line.hasPrefix(":") {
            quiz_rl_add_history(line)
        }
        return .line(line)
    }

    func takeInterrupt() -> Bool { quiz_rl_take_pending_sigint() != 0 }

    func close() {
        guard let historyPath else { return }
        let dir = (historyPath as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = quiz_rl_write_history(historyPath)
    }
}
