import Foundation

/// Where the decks studied by default are: the directories in $QUIZ_DECKS (colon-separated), else ./Decks,
/// else the decks installed with the program (PREFIX/share/quiz/Decks beside PREFIX/bin/quiz).
enum BundledDecks {
    static func directories(environment: [String: String] = ProcessInfo.processInfo.environment,
                            installed: String? = installedDirectory) -> [String] {
        if let list = environment["QUIZ_DECKS"], !list.isEmpty {
            return list.split(separator: ":").map(String.init)
        }
        if isDirectory("Decks") { return ["Decks"] }
        if let installed, isDirectory(installed) { return [installed] }
        return ["Decks"]
    }

    /// `../share/quiz/Decks` from the directory of the running program, where `make install` puts the decks.
    static var installedDirectory: String? {
        guard let program = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        return program.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/quiz/Decks").standardizedFileURL.path
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Why no deck was found: every place looked in and what was there, then how to point quiz at decks;
    /// prose wrapped to `width`, commands each on a line of their own.
    static func notFound(environment: [String: String] = ProcessInfo.processInfo.environment,
                         installed: String? = installedDirectory, width: Int) -> String {
        func state(_ path: String) -> String { isDirectory(path) ? "no .deck files" : "not found" }
        var places: [String] = []
        if let list = environment["QUIZ_DECKS"], !list.isEmpty {
            for dir in list.split(separator: ":").map(String.init) { places.append("\(dir) (from $QUIZ_DECKS: \(state(dir)))") }
        } else {
            places.append("./Decks (\(state("Decks")))")
            if let installed { places.append("\(installed) (\(state(installed)))") }
            places.append("$QUIZ_DECKS (not set)")
        }
        var lines = ["quiz: error: no decks to study. Looked in:"]
        lines += places.map { "  " + $0 }
        lines += TextWrap.wrap("Name a deck file or directory, or set QUIZ_DECKS to directories of .deck files "
                               + "(colon-separated) to study them by default:", width: width)
        lines += ["  quiz study ~/decks/treaty.deck", "  export QUIZ_DECKS=~/decks"]
        return lines.joined(separator: "\n")
    }
}
