/// What one read from the user gave.
enum InputEvent: Equatable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C: the line being typed was cleared (`hadText`) or was already empty.
    case interrupted(hadText: Bool)
    /// Ctrl-D or the end of standard input.
    case endOfInput
}

/// Reads the user's lines: readline on a terminal, plain lines otherwise.
protocol LineInput: AnyObject {
    /// Reads one line after showing `prompt` (a terminal shows it; plain input does not echo it).
    func read(prompt: String) -> InputEvent
    /// Saves what should outlive the session (the history file).
    func close()
    /// Whether Ctrl-C was pressed since the last check, outside a read.
    func takeInterrupt() -> Bool
}
