import Foundation

/// A path relative to a directory, for the `Source:` line of a deck written somewhere else.
enum RelativePath {
    static func from(directory: String, to path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        func absolute(_ p: String) -> [String] {
            let full = p.hasPrefix("/") ? p : (cwd as NSString).appendingPathComponent(p)
            return (full as NSString).standardizingPath.split(separator: "/").map(String.init)
        }
        let from = absolute(directory.isEmpty ? "." : directory), to = absolute(path)
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...]).joined(separator: "/")
    }
}
