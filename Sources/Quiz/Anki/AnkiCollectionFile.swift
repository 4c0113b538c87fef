import Deck
import Foundation
import GRDB

/// Reads an Anki collection database (schema 11 with note types and decks as JSON in `col`, or schema 18
/// with `notetypes`, `fields`, `templates` and `decks` tables) into an `AnkiCollection`.
enum AnkiCollectionFile {
    /// The tables every collection has.
    static let requiredTables = ["col", "notes", "cards", "revlog"]

    /// `name` is the collection's name inside the package, for messages.
    static func read(databasePath: String, name: String, package: String) throws(AnkiPackageError) -> AnkiCollection {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: databasePath, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db -> Result<AnkiCollection, AnkiPackageError> in
                let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
                for table in requiredTables where !tables.contains(table) {
                    return .failure(AnkiPackageError(path: package, message: "\(name) has no '\(table)' table: not an Anki collection"))
                }
                var collection = AnkiCollection()
                let col = try Row.fetchOne(db, sql: "SELECT * FROM col LIMIT 1").map(AnkiDatabaseRow.init)
                collection.creation = col?.int("crt") ?? 0
                if tables.contains("notetypes") && tables.contains("fields") && tables.contains("templates") && tables.contains("decks") {
                    try readSchema18(db, into: &collection)
                } else {
                    guard let col else {
                        return .failure(AnkiPackageError(path: package, message: "\(name): the 'col' table is empty: not an Anki collection"))
                    }
                    readSchema11(col, into: &collection)
                }
                for r in try Row.fetchAll(db, sql: "SELECT * FROM notes ORDER BY id").map(AnkiDatabaseRow.init) {
                    collection.notes.append(AnkiNote(id: r.int("id"), guid: r.text("guid"), notetype: r.int("mid"),
                                                     fields: r.text("flds").split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init),
                                                     tags: r.text("tags").split(whereSeparator: \.isWhitespace).map(String.init)))
                }
                for r in try Row.fetchAll(db, sql: "SELECT * FROM cards ORDER BY id").map(AnkiDatabaseRow.init) {
                    collection.cards.append(AnkiCard(id: r.int("id"), note: r.int("nid"), deck: r.int("did"), ordinal: r.small("ord"),
                                                     type: r.small("type"), queue: r.small("queue"), due: r.int("due"), interval: r.int("ivl"),
                                                     factor: r.small("factor"), reps: r.small("reps"), lapses: r.small("lapses"),
                                                     originalDeck: r.int("odid"), data: r.text("data")))
                }
                for r in try Row.fetchAll(db, sql: "SELECT * FROM revlog ORDER BY id").map(AnkiDatabaseRow.init) {
                    collection.reviews.append(AnkiReview(id: r.int("id"), card: r.int("cid"), ease: r.small("ease"), interval: r.int("ivl"),
                                                         lastInterval: r.int("lastIvl"), factor: r.small("factor"), duration: r.int("time"),
                                                         type: r.small("type")))
                }
                return .success(collection)
            }.get()
        } catch let error as AnkiPackageError {
            throw error
        } catch let error as DatabaseError {
            throw AnkiPackageError(path: package, message: "\(name): " + oneLine(error.message ?? "SQLite error \(error.resultCode.rawValue)"))
        } catch {
            throw AnkiPackageError(path: package, message: "\(name): " + oneLine("\(error)"))
        }
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Note types and decks from schema 18's tables; note-type and template settings are protocol buffers.
    private static func readSchema18(_ db: Database, into collection: inout AnkiCollection) throws {
        var fields: [Int64: [(Int, String)]] = [:], templates: [Int64: [AnkiTemplate]] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT ntid, ord, name FROM fields").map(AnkiDatabaseRow.init) {
            fields[r.int("ntid"), default: []].append((r.small("ord"), r.text("name")))
        }
        for r in try Row.fetchAll(db, sql: "SELECT ntid, ord, name, config FROM templates").map(AnkiDatabaseRow.init) {
            let config = ProtobufFields(r.blob("config"))
            templates[r.int("ntid"), default: []].append(AnkiTemplate(ordinal: r.small("ord"), name: r.text("name"),
                                                                       front: config?.string(1) ?? "", back: config?.string(2) ?? ""))
        }
        for r in try Row.fetchAll(db, sql: "SELECT id, name, config FROM notetypes").map(AnkiDatabaseRow.init) {
            let id = r.int("id")
            let kind = ProtobufFields(r.blob("config"))?.varints[1] ?? 0
            collection.notetypes[id] = AnkiNotetype(id: id, name: r.text("name"), isCloze: kind == 1,
                                                    fields: (fields[id] ?? []).sorted { $0.0 < $1.0 }.map(\.1),
                                                    templates: (templates[id] ?? []).sorted { $0.ordinal < $1.ordinal })
        }
        for r in try Row.fetchAll(db, sql: "SELECT id, name FROM decks").map(AnkiDatabaseRow.init) {
            collection.decks[r.int("id")] = r.text("name").replacingOccurrences(of: "\u{1F}", with: "::")
        }
    }

    /// Note types and decks from schema 11's JSON columns of `col`.
    private static func readSchema11(_ col: AnkiDatabaseRow, into collection: inout AnkiCollection) {
        func object(_ column: String) -> [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(col.text(column).utf8))) as? [String: Any] ?? [:]
        }
        func int(_ value: Any?) -> Int64 {
            if let n = value as? NSNumber { return n.int64Value }
            if let s = value as? String { return Int64(s) ?? 0 }
            return 0
        }
        for (key, value) in object("models") {
            guard let model = value as? [String: Any] else { continue }
            let id = model["id"].map(int) ?? Int64(key) ?? 0
            let fields = ((model["flds"] as? [[String: Any]]) ?? []).sorted { int($0["ord"]) < int($1["ord"]) }.map { $0["name"] as? String ?? "" }
            let templates = ((model["tmpls"] as? [[String: Any]]) ?? []).enumerated().map { k, t in
                AnkiTemplate(ordinal: t["ord"].map { Int(clamping: int($0)) } ?? k, name: t["name"] as? String ?? "",
                             front: t["qfmt"] as? String ?? "", back: t["afmt"] as? String ?? "")
            }
            collection.notetypes[id] = AnkiNotetype(id: id, name: model["name"] as? String ?? "", isCloze: int(model["type"]) == 1,
                                                    fields: fields, templates: templates.sorted { $0.ordinal < $1.ordinal })
        }
        for (key, value) in object("decks") {
            guard let deck = value as? [String: Any] else { continue }
            collection.decks[deck["id"].map(int) ?? Int64(key) ?? 0] = deck["name"] as? String ?? ""
        }
    }
}
