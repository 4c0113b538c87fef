import Deck
import Foundation

/// A first argument that names no file but is a few letters away from a command: `quiz stat` meant
/// `quiz stats`, not a deck called `stat`.
enum MistypedCommand {
    /// The command meant by `argument`, or nil when it is an option, an existing path, a command, or not
    /// close to any command.
    static func suggestion(for argument: String, commands: [String],
                           exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> String? {
        guard !argument.isEmpty, !argument.hasPrefix("-"), !argument.contains("/"), !argument.contains("."),
              !commands.contains(argument), !exists(argument) else { return nil }
        let typed = argument.lowercased()
        let scored = commands.map { ($0, EditDistance.distance(typed, $0)) }
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= (best.0.count <= 4 ? 1 : 2) {
            return best.0
        }
        let prefixed = commands.filter { $0.hasPrefix(typed) }
        return typed.count >= 3 && prefixed.count == 1 ? prefixed[0] : nil
    }
}
