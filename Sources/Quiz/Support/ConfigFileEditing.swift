import Deck
import Foundation
import TOMLKit

/// Changes one key of the settings file: the other keys stay, and the file is replaced atomically, or not at
/// all when it is not valid TOML.
extension ConfigFile {
    /// Sets `key` to `value`, globally or in the table of `deck`.
    static func set(_ key: SettingKey, to value: SettingValue, deck: String?, in path: String) throws(Diagnostic) {
        try edit(path) { (table: TOMLTable) throws(Diagnostic) in
            try scope(table, deck: deck, creating: true, path)?[key.rawValue] = tomlValue(value)
        }
    }

    /// Removes `key`, globally or from the table of `deck`, so that the next layer's value applies.
    static func unset(_ key: SettingKey, deck: String?, in path: String) throws(Diagnostic) {
        try edit(path) { (table: TOMLTable) throws(Diagnostic) in
            guard let keys = try scope(table, deck: deck, creating: false, path) else { return }
            keys.remove(at: key.rawValue)
            if let deck, keys.isEmpty, let decks = table["deck"]?.table {
                decks.remove(at: deck)
                if decks.isEmpty { table.remove(at: "deck") }
            }
        }
    }

    /// Reads the file (none: an empty one), applies `change`, and writes the result atomically.
    static func edit(_ path: String, _ change: (TOMLTable) throws(Diagnostic) -> Void) throws(Diagnostic) {
        let text = try read(path) ?? ""
        let table = try parse(text, path: path)
        try change(table)
        var output = table.convert(to: .toml, options: [.allowLiteralStrings, .allowUnicodeStrings, .relaxedFloatPrecision])
        if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
        let directory = (path as NSString).deletingLastPathComponent
        do {
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            try AtomicFile.write(Data(output.utf8), to: path)
        } catch let error as StorageError {
            throw Diagnostic(file: path, line: 1, column: nil, message: error.message)
        } catch {
            throw Diagnostic(file: path, line: 1, column: nil, message: "cannot write file: \(error.localizedDescription)")
        }
    }

    /// The table that holds the keys: the whole file, or `[deck."NAME"]` (made when `creating`).
    static func scope(_ table: TOMLTable, deck: String?, creating: Bool, _ path: String) throws(Diagnostic) -> TOMLTable? {
        guard let deck else { return table }
        if table["deck"] == nil {
            guard creating else { return nil }
            table["deck"] = TOMLTable()
        }
        guard let decks = table["deck"]?.table else {
            throw Diagnostic(file: path, line: 1, column: nil, message: "'deck' must be a table of [deck.\"NAME\"] tables")
        }
        if decks[deck] == nil {
            guard creating else { return nil }
            decks[deck] = TOMLTable()
        }
        guard let keys = decks[deck]?.table else {
            throw Diagnostic(file: path, line: 1, column: nil, message: "deck.\(deck) must be a table of settings")
        }
        return keys
    }

    /// A setting as TOML stores it: numbers, booleans, and text for steps and the leech action.
    static func tomlValue(_ value: SettingValue) -> TOMLValueConvertible {
        switch value {
        case .integer(let n): return n
        case .number(let x): return x
        case .boolean(let b): return b
        case .steps, .leechAction: return value.description
        case .numbers(let xs): return TOMLArray(xs)
        }
    }
}
