import Deck
import Foundation

/// Where parsed decks are cached (docs/deck-format.md): `$QUIZ_CACHE` (`off` for no cache), else
/// `$XDG_CACHE_HOME/quiz/decks`, else `~/.cache/quiz/decks`; entries are keyed to this executable file.
enum DeckCacheLocation {
    /// The cache for this process; nil when it is off or the executable cannot be identified.
    static let current: DeckCache? = cache(environment: ProcessInfo.processInfo.environment, home: NSHomeDirectory(),
                                           program: programIdentity())

    static func cache(environment: [String: String], home: String, program: UInt64?) -> DeckCache? {
        guard let program else { return nil }
        if let dir = environment["QUIZ_CACHE"], !dir.isEmpty {
            return dir == "off" ? nil : DeckCache(directory: dir, program: program)
        }
        if let x = environment["XDG_CACHE_HOME"], !x.isEmpty { return DeckCache(directory: x + "/quiz/decks", program: program) }
        return DeckCache(directory: home + "/.cache/quiz/decks", program: program)
    }

    /// The identity of the running executable: its inode, length and modification time, hashed (a rebuilt
    /// `quiz` parses decks afresh).
    static func programIdentity() -> UInt64? {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return nil }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for v in [UInt64(st.st_ino), UInt64(st.st_size), UInt64(st.st_mtim.tv_sec), UInt64(st.st_mtim.tv_nsec)] {
            h = (h ^ v) &* 0x0000_0100_0000_01B3
            h ^= h >> 31
        }
        return h
    }
}
