import Deck
import Foundation
import ZIPFoundation

/// Reads an Anki package (.apkg or .colpkg): a zip holding a collection (`collection.anki21b`, zstd-compressed,
/// schema 18; or legacy `collection.anki21` / `collection.anki2`, schema 11), a `media` map (JSON in legacy
/// packages, a zstd-compressed protocol buffer in newer ones) and the media files, named `0`, `1`, ….
struct AnkiPackageReader {
    let path: String
    private let archive: Archive
    /// The package version in its `meta` file: 1 (collection.anki2), 2 (collection.anki21), 3 (collection.anki21b).
    let version: Int

    init(path: String) throws(AnkiPackageError) {
        self.path = path
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw AnkiPackageError(path: path, message: "cannot read file")
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw AnkiPackageError(path: path, message: "not a zip archive: the package is damaged or not an Anki package")
        }
        if let meta = archive["meta"] {
            let data = try Self.contents(of: meta, in: archive, path: path)
            guard let fields = ProtobufFields(data), let v = fields.varints[1], v >= 1 else {
                throw AnkiPackageError(path: path, message: "the package's meta file is damaged")
            }
            guard v <= 3 else {
                throw AnkiPackageError(path: path, message: "made by a newer Anki (package version \(v)); this quiz reads versions 1 to 3")
            }
            version = Int(v)
        } else {
            version = archive["collection.anki21"] != nil ? 2 : 1
        }
    }

    /// The collection entry the package's version names (newer packages also hold a stub `collection.anki2`
    /// for old Ankis, which is not read).
    var collectionName: String {
        switch version {
        case 3: return "collection.anki21b"
        case 2: return "collection.anki21"
        default: return "collection.anki2"
        }
    }

    /// The collection, read through a temporary copy of its database.
    func collection() throws(AnkiPackageError) -> AnkiCollection {
        let name = collectionName
        guard let entry = archive[name] else {
            throw AnkiPackageError(path: path, message: "no \(name) in the package: not an Anki package")
        }
        var data = try Self.contents(of: entry, in: archive, path: path)
        if version >= 3 || Zstd.isCompressed(data) {
            guard let plain = Zstd.decompress(data) else {
                throw AnkiPackageError(path: path, message: "\(name) is not valid zstd data: the package is damaged")
            }
            data = plain
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-anki-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("collection.db")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try data.write(to: database)
        } catch {
            throw AnkiPackageError(path: path, message: "cannot write a temporary copy of the collection: \(error.localizedDescription)")
        }
        return try AnkiCollectionFile.read(databasePath: database.path, name: name, package: path)
    }

    /// The media files: zip entry name → file name. An unreadable map counts as no media.
    func mediaMap() throws(AnkiPackageError) -> [String: String] {
        guard let entry = archive["media"] else { return [:] }
        let data = try Self.contents(of: entry, in: archive, path: path)
        if Zstd.isCompressed(data) {
            guard let plain = Zstd.decompress(data), let list = ProtobufFields(plain) else { return [:] }
            var map: [String: String] = [:]
            for (k, item) in (list.bytes[1] ?? []).enumerated() {
                guard let media = ProtobufFields(item), let name = media.string(1) else { continue }
                let index = media.varints[255].map(String.init) ?? String(k)
                map[index] = name
            }
            return map
        }
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return json.compactMapValues { $0 as? String }
    }

    /// Copies every media file into `directory` under its own name (names with a path are cut to their last
    /// part); returns how many were copied.
    func copyMedia(to directory: String) throws(AnkiPackageError) -> Int {
        let map = try mediaMap()
        guard !map.isEmpty else { return 0 }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw AnkiPackageError(path: directory, message: "cannot create the media directory")
        }
        var copied = 0
        for (index, name) in map.sorted(by: { $0.value < $1.value }) {
            let file = (name as NSString).lastPathComponent
            guard !file.isEmpty, file != ".", file != "..", let entry = archive[index] else { continue }
            var data = try Self.contents(of: entry, in: archive, path: path)
            if version >= 3, Zstd.isCompressed(data), let plain = Zstd.decompress(data) { data = plain }
            do {
                try AtomicFile.write(data, to: directory + "/" + file)
            } catch {
                throw AnkiPackageError(path: directory + "/" + file, message: "cannot write: \(error)")
            }
            copied += 1
        }
        return copied
    }

    private static func contents(of entry: Entry, in archive: Archive, path: String) throws(AnkiPackageError) -> Data {
        var data = Data()
        do {
            _ = try archive.extract(entry) { data.append($0) }
        } catch {
            throw AnkiPackageError(path: path, message: "cannot read \(entry.path) from the zip archive: the package is damaged")
        }
        return data
    }
}
