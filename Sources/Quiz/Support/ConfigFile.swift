import Deck
import Foundation
import TOMLKit

/// The settings file, `config.toml`: global keys, and `[deck."NAME"]` tables whose keys override them for
/// the deck NAME (its file name without `.deck`).
struct ConfigFile {
    var path: String
    var global: [SettingKey: SettingValue] = [:]
    var decks: [String: [SettingKey: SettingValue]] = [:]

    /// `$QUIZ_CONFIG`, else `$XDG_CONFIG_HOME/quiz/config.toml`, else `~/.config/quiz/config.toml`.
    static func location(environment: [String: String] = ProcessInfo.processInfo.environment,
                         home: String = NSHomeDirectory()) -> String {
        if let path = environment["QUIZ_CONFIG"], !path.isEmpty { return path }
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/quiz/config.toml" }
        return home + "/.config/quiz/config.toml"
    }

    /// Reads and checks the file at `path`; a missing file has no keys.
    static func load(_ path: String) throws(Diagnostic) -> ConfigFile {
        var file = ConfigFile(path: path)
        guard let text = try read(path) else { return file }
        let table = try parse(text, path: path)
        for (name, value) in table {
            if name == "deck" {
                guard let decks = value.table else {
                    throw place("deck", in: nil, text, path, "'deck' must be a table of [deck.\"NAME\"] tables")
                }
                for (deck, keys) in decks {
                    guard let keys = keys.table else {
                        throw place(deck, in: nil, text, path, "deck.\(deck) must be a table of settings")
                    }
                    file.decks[deck] = try settings(keys, deck: deck, text, path)
                }
            } else {
                let (key, setting) = try entry(name, value, deck: nil, text, path)
                file.global[key] = setting
            }
        }
        return file
    }

    /// The keys of one table, checked.
    static func settings(_ table: TOMLTable, deck: String?, _ text: String, _ path: String) throws(Diagnostic) -> [SettingKey: SettingValue] {
        var out: [SettingKey: SettingValue] = [:]
        for (name, value) in table {
            let (key, setting) = try entry(name, value, deck: deck, text, path)
            out[key] = setting
        }
        return out
    }

    /// One `name = value` line, checked.
    static func entry(_ name: String, _ value: TOMLValueConvertible, deck: String?, _ text: String,
                      _ path: String) throws(Diagnostic) -> (SettingKey, SettingValue) {
        guard let key = SettingKey(rawValue: name) else {
            let hint = SettingKey.suggestion(for: name).map { "; did you mean '\($0.rawValue)'?" } ?? ""
            throw place(name, in: deck, text, path, "unknown setting '\(name)'\(hint)")
        }
        do {
            return (key, try setting(key, value))
        } catch {
            throw place(name, in: deck, text, path, error.description)
        }
    }

    /// One TOML value as the setting `key`: numbers and booleans as they are, steps and the leech action as
    /// text, steps also as an array of texts, FSRS parameters as an array of numbers.
    static func setting(_ key: SettingKey, _ value: TOMLValueConvertible) throws(SettingError) -> SettingValue {
        if let n = value.int { return try key.validate(.integer(n)) }
        if let x = value.double { return try key.validate(.number(x)) }
        if let b = value.bool { return try key.validate(.boolean(b)) }
        if let s = value.string {
            switch key.defaultValue {
            case .steps, .leechAction: return try key.parse(s)
            default: throw SettingError(key: key.rawValue, message: "expected \(key.expected), not \"\(s)\"")
            }
        }
        if let array = value.array {
            switch key.defaultValue {
            case .numbers:
                var numbers: [Double] = []
                for element in array {
                    guard let x = element.double ?? element.int.map(Double.init) else {
                        throw SettingError(key: key.rawValue, message: "expected \(key.expected)")
                    }
                    numbers.append(x)
                }
                return try key.validate(.numbers(numbers))
            case .steps:
                let texts = array.compactMap { $0.string }
                guard texts.count == array.count else {
                    throw SettingError(key: key.rawValue, message: "expected \(key.expected)")
                }
                return try key.parse(texts.joined(separator: " "))
            default:
                break
            }
        }
        throw SettingError(key: key.rawValue, message: "expected \(key.expected)")
    }

    /// The text of the file, or nil when there is none.
    static func read(_ path: String) throws(Diagnostic) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) {
                throw Diagnostic(file: path, line: 1, column: nil, message: "cannot read file")
            }
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(file: path, line: 1, column: nil, message: "not UTF-8 text")
        }
        return text
    }

    /// The TOML document, or the parser's complaint at its line and column.
    static func parse(_ text: String, path: String) throws(Diagnostic) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let line = error.description.split(separator: "\n").first.map(String.init) ?? "not TOML"
            let message = line.prefix(1).lowercased() + line.dropFirst()
            throw Diagnostic(file: path, line: max(error.source.begin.line, 1), column: max(error.source.begin.column, 1),
                             message: message)
        } catch {
            throw Diagnostic(file: path, line: 1, column: nil, message: "not TOML")
        }
    }

    /// A diagnostic at the line where `key` is set (inside the deck's table when `deck` is given).
    static func place(_ key: String, in deck: String?, _ text: String, _ path: String, _ message: String) -> Diagnostic {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var inDeck = deck == nil
        for (i, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("[") {
                inDeck = deck.map { trimmed.contains("\"\($0)\"") || trimmed.contains("'\($0)'") || trimmed.contains(".\($0)]") } ?? false
                if deck == nil, trimmed.hasPrefix("[\(key)") || trimmed.hasPrefix("[ \(key)") {
                    return Diagnostic(file: path, line: i + 1, column: 1 + line.count - trimmed.count, message: message)
                }
                continue
            }
            guard inDeck else { continue }
            for spelling in [key, "\"\(key)\""] where trimmed.hasPrefix(spelling) {
                let rest = trimmed.dropFirst(spelling.count).drop { $0 == " " || $0 == "\t" }
                if rest.hasPrefix("=") {
                    return Diagnostic(file: path, line: i + 1, column: 1 + line.count - trimmed.count, message: message)
                }
            }
        }
        return Diagnostic(file: path, line: 1, column: nil, message: message)
    }
}
