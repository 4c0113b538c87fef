/// Plain line reading for pipes and scripts (`--plain` or stdin not a terminal): no prompts, no echo,
/// no escape codes.
final class PlainInput: LineInput {
    func read(prompt: String) -> InputEvent {
        guard let line = readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    func close() {}

    /// Plain input leaves Ctrl-C to the default handler: the process ends (every rating is already saved).
    func takeInterrupt() -> Bool { false }
}
