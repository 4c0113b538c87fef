import Foundation

/// Reads and writes deck files; the only place the deck format touches the file system.
public enum DeckFiles {
    /// Reads and parses the deck at `path` (through `cache` when given); an unreadable file is one diagnostic
    /// naming it.
    public static func load(_ path: String, cache: DeckCache? = nil) -> DeckParseResult {
        var isDir: ObjCBool = false
        guard let bytes = FileBytes.read(path) else {
            let reason = !FileManager.default.fileExists(atPath: path, isDirectory: &isDir) ? "no such file"
                : isDir.boolValue ? "is a directory, not a deck" : "cannot read file"
            return DeckParseResult(deck: Deck(title: ""), diagnostics: [Diagnostic(file: path, line: 1, column: nil, message: reason)])
        }
        if let cache { return cache.parse(bytes: bytes, path: path) }
        return DeckParser.parse(bytes: bytes, file: path)
    }

    /// The `.deck` files named: files as they are, directories searched (not recursively), sorted.
    public static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                out += names.filter { $0.hasSuffix(".deck") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                out.append(path)
            }
        }
        return out
    }
}
