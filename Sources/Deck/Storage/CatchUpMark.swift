import Foundation

/// `state.mark`: written when a session ends instead of the whole snapshot. It says that the log, as marked in
/// `log`, grew only by appends from the log the snapshot on disk describes (marked in `base`), so a start reads
/// the snapshot and decodes only the lines after `base.bytes`. Used only while both marks match exactly.
public struct CatchUpMark: Codable, Equatable, Sendable {
    /// The format this build writes and reads.
    public static let currentSchema = 1

    public var schema: Int
    /// The log mark of the snapshot this extends.
    public var base: StateSnapshot.LogMark
    /// The log as it was when this was written.
    public var log: StateSnapshot.LogMark

    public init(base: StateSnapshot.LogMark, log: StateSnapshot.LogMark) {
        self.schema = Self.currentSchema
        self.base = base
        self.log = log
    }

    /// The mark in the file at `path`; nil if it is missing, unreadable or of another schema.
    static func read(_ path: String) -> CatchUpMark? {
        guard let data = (try? ProgressFile.read(path)) ?? nil,
              let mark = try? JSONDecoder().decode(CatchUpMark.self, from: data), mark.schema == currentSchema else { return nil }
        return mark
    }

    /// Writes it atomically (temp file, fsync, rename, fsync of the directory).
    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(try encoder.encode(self) + Data("\n".utf8), to: path)
    }
}
