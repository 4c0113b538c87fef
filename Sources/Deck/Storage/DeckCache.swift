import Foundation

/// Parsed decks kept on disk, so that a large deck read again unchanged is decoded (`DeckBinary`) instead of
/// parsed: one file per deck path in `directory`, keyed by the deck's bytes and the program's identity, and
/// written after a parse without errors. A cache that cannot be read or written is passed over silently.
public struct DeckCache: Sendable {
    /// Decks smaller than this are parsed every time (in a few milliseconds at most) and never cached.
    public static let minimumBytes = 256 * 1024

    public let directory: String
    /// The identity of the program (e.g. of its executable file): entries another build wrote are not used.
    public let program: UInt64

    public init(directory: String, program: UInt64) {
        self.directory = directory
        self.program = program
    }

    /// The parse of `bytes`, the deck read from `path`: from the cache when it holds this deck's parse, else
    /// parsed (and then cached, if the deck is large and has no errors).
    public func parse(bytes: [UInt8], path: String) -> DeckParseResult {
        guard bytes.count >= Self.minimumBytes else { return DeckParser.parse(bytes: bytes, file: path) }
        let key = DeckBinary.Key(program: program, path: path, bytes: bytes)
        let entry = entryPath(for: path)
        if let cached = FileBytes.read(entry, flags: O_NOFOLLOW), let result = DeckBinary.decode(cached, key: key) {
            return result
        }
        let result = DeckParser.parse(bytes: bytes, file: path)
        if !result.diagnostics.hasErrors { store(DeckBinary.encode(result, key: key), at: entry) }
        return result
    }

    /// The cache file of the deck at `path`: named by the FNV-1a hash of its absolute path.
    public func entryPath(for path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let name = String(FNV1a.hash(absolute), radix: 16)
        return directory + "/" + String(repeating: "0", count: 16 - name.count) + name + ".deckbin"
    }

    private func store(_ bytes: [UInt8], at entry: String) {
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                         attributes: [.posixPermissions: 0o700])) != nil,
              let writer = try? AtomicFileWriter(path: entry) else { return }
        do {
            try bytes.withUnsafeBytes { try writer.write($0) }
            try writer.commitUnsynced()
        } catch {
            writer.abort()
        }
    }
}
