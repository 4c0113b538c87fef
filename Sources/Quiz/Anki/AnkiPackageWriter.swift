import Deck
import Foundation
import GRDB
import ZIPFoundation

/// Writes an Anki package (.apkg) in the legacy layout every Anki since 2.1 imports: a zip holding
/// `collection.anki2` (SQLite, schema 11: note types, decks and deck options as JSON in `col`) and an empty
/// `media` map.
enum AnkiPackageWriter {
    static func write(_ collection: AnkiCollection, to path: String, now: Timestamp) throws(AnkiPackageError) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-anki-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("collection.anki2")
        let zip = directory.appendingPathComponent("package.apkg")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let queue = try DatabaseQueue(path: database.path)
            try queue.write { db in try fill(db, collection, now: now) }
            try queue.close()
            let archive = try Archive(url: zip, accessMode: .create)
            try archive.addEntry(with: "collection.anki2", fileURL: database, compressionMethod: .deflate)
            let media = Data("{}".utf8)
            try archive.addEntry(with: "media", type: .file, uncompressedSize: Int64(media.count), compressionMethod: .none) { position, size in
                media.subdata(in: Int(position)..<Int(position) + size)
            }
        } catch {
            throw AnkiPackageError(path: path, message: "cannot make the package: " + AnkiCollectionFile.oneLine("\(error)"))
        }
        do {
            try AtomicFile.write(try Data(contentsOf: zip), to: path)
        } catch {
            throw AnkiPackageError(path: path, message: "cannot write: " + AnkiCollectionFile.oneLine("\(error)"))
        }
    }

    private static func fill(_ db: Database, _ c: AnkiCollection, now: Timestamp) throws {
        try db.execute(sql: schema)
        let ms = now.microseconds / 1000, secs = ms / 1000
        let deckIDs = c.decks.keys.sorted()
        let current = deckIDs.first { $0 != 1 } ?? 1
        try db.execute(sql: "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
                       arguments: [c.creation, ms, ms, json(conf(currentDeck: current, model: AnkiPackageExport.basicNotetypeID)),
                                   json(models(c, secs: secs)), json(decks(c, secs: secs)), json(["1": deckOptions])])
        for note in c.notes {
            let first = note.fields.first.map { AnkiHTML.text($0).text } ?? ""
            try db.execute(sql: "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, 0, 0, '')",
                           arguments: [note.id, note.guid, note.notetype, secs, note.tags.isEmpty ? "" : " " + note.tags.joined(separator: " ") + " ",
                                       note.fields.joined(separator: "\u{1F}"), first])
        }
        for card in c.cards {
            try db.execute(sql: "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)",
                           arguments: [card.id, card.note, card.deck, card.ordinal, secs, card.type, card.queue, card.due, card.interval,
                                       card.factor, card.reps, card.lapses, card.data])
        }
        for r in c.reviews {
            try db.execute(sql: "INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
                           arguments: [r.id, r.card, r.ease, r.interval, r.lastInterval, r.factor, r.duration, r.type])
        }
    }

    private static func json(_ value: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private static func conf(currentDeck: Int64, model: Int64) -> [String: Any] {
        ["activeDecks": [1], "curDeck": currentDeck, "newSpread": 0, "collapseTime": 1200, "timeLim": 0, "estTimes": true,
         "dueCounts": true, "curModel": model, "nextPos": 1, "sortType": "noteFld", "sortBackwards": false, "addToCur": true,
         "schedVer": 2, "sched2021": true, "creationOffset": 0, "dayLearnFirst": false]
    }

    private static func models(_ c: AnkiCollection, secs: Int64) -> [String: Any] {
        var out: [String: Any] = [:]
        for (id, notetype) in c.notetypes {
            out[String(id)] = [
                "id": id, "name": notetype.name, "type": notetype.isCloze ? 1 : 0, "mod": secs, "usn": -1, "sortf": 0,
                "did": NSNull(),
                "tmpls": notetype.templates.map { t in
                    ["name": t.name, "ord": t.ordinal, "qfmt": t.front, "afmt": t.back, "bqfmt": "", "bafmt": "", "did": NSNull(),
                     "bfont": "", "bsize": 0] as [String: Any]
                },
                "flds": notetype.fields.enumerated().map { k, name in
                    ["name": name, "ord": k, "sticky": false, "rtl": false, "font": "Arial", "size": 20, "description": "",
                     "plainText": false, "collapsed": false, "excludeFromSearch": false] as [String: Any]
                },
                "css": ".card {\n    font-family: arial;\n    font-size: 20px;\n    text-align: center;\n    color: black;\n    background-color: white;\n}\n"
                    + (notetype.isCloze ? ".cloze {\n    font-weight: bold;\n    color: blue;\n}\n" : ""),
                "latexPre": "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
                "latexPost": "\\end{document}", "latexsvg": false,
                "req": notetype.templates.map { [$0.ordinal, "any", [0]] as [Any] },
            ] as [String: Any]
        }
        return out
    }

    private static func decks(_ c: AnkiCollection, secs: Int64) -> [String: Any] {
        var out: [String: Any] = [:]
        for (id, name) in c.decks {
            out[String(id)] = [
                "id": id, "mod": id == 1 ? 0 : secs, "name": name, "usn": -1, "lrnToday": [0, 0], "revToday": [0, 0],
                "newToday": [0, 0], "timeToday": [0, 0], "collapsed": false, "browserCollapsed": false, "desc": "", "dyn": 0,
                "conf": 1, "extendNew": 0, "extendRev": 0,
            ] as [String: Any]
        }
        return out
    }

    private static var deckOptions: [String: Any] { [
        "id": 1, "mod": 0, "name": "Default", "usn": 0, "maxTaken": 60, "autoplay": true, "timer": 0, "replayq": true,
        "new": ["bury": false, "delays": [1.0, 10.0], "initialFactor": 2500, "ints": [1, 4, 0], "order": 1, "perDay": 20] as [String: Any],
        "rev": ["bury": false, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": 36500, "perDay": 200, "hardFactor": 1.2] as [String: Any],
        "lapse": ["delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0] as [String: Any],
        "dyn": false,
    ] }

    /// Schema 11, as Anki's `schema11.sql` defines it.
    private static let schema = """
        CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
          ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
          models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
        CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
          usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
          flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
          mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
          ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL,
          odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
          ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
        CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
        CREATE INDEX ix_notes_usn ON notes (usn);
        CREATE INDEX ix_cards_usn ON cards (usn);
        CREATE INDEX ix_revlog_usn ON revlog (usn);
        CREATE INDEX ix_cards_nid ON cards (nid);
        CREATE INDEX ix_cards_sched ON cards (did, queue, due);
        CREATE INDEX ix_revlog_cid ON revlog (cid);
        CREATE INDEX ix_notes_csum ON notes (csum);
        """
}
