import ArgumentParser
import Deck
import Foundation

/// `quiz import PACKAGE.apkg|.colpkg`: writes one deck file per Anki deck into a directory and appends the
/// package's review history to the progress log. Importing the same package again changes nothing: deck files
/// with the same text are left alone and reviews whose ids the log already holds are not appended.
enum AnkiPackageImport {
    /// Whether `path` names an Anki package by its extension.
    static func isPackage(_ path: String) -> Bool {
        ["apkg", "colpkg"].contains((path as NSString).pathExtension.lowercased())
    }

    static func run(package path: String, into directory: String, copyMedia: Bool, dataDirectory: String,
                    scheduler: FSRSScheduler) throws {
        let result: AnkiImport.Result
        let reader: AnkiPackageReader
        do {
            reader = try AnkiPackageReader(path: path)
            result = AnkiImport.convert(try reader.collection())
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
        for warning in result.warnings { StandardError.print("\(path): warning: \(warning)") }
        if result.decks.isEmpty {
            StandardError.print("\(path): error: no cards to import")
            throw ExitCode(1)
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            StandardError.print("\(directory): error: cannot create the directory")
            throw ExitCode(1)
        }
        for (id, deck) in result.decks {
            let file = (directory as NSString).appendingPathComponent(id + ".deck")
            let text = DeckPrinter.print(deck)
            let before = FileManager.default.contents(atPath: file)
            if before == Data(text.utf8) {
                StandardError.print("\(file): \(deck.cards.count) cards, unchanged")
                continue
            }
            try OutputFile.write(text, to: file)
            StandardError.print("\(file): \(deck.cards.count) cards\(before == nil ? "" : ", updated")")
        }
        if copyMedia {
            let media = (directory as NSString).appendingPathComponent("media")
            do {
                let n = try reader.copyMedia(to: media)
                StandardError.print("\(media): \(n) media file\(n == 1 ? "" : "s")")
            } catch {
                StandardError.print(error.description)
                throw ExitCode(1)
            }
        } else if !result.media.isEmpty {
            StandardError.print("\(path): \(result.media.count) media file\(result.media.count == 1 ? "" : "s") referenced, not copied (--media copies them)")
        }
        guard !result.reviews.isEmpty else { return }
        let store: ProgressStore
        do {
            store = try ProgressStore(directory: dataDirectory, scheduler: scheduler)
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
        defer { store.close() }
        for warning in store.warnings { StandardError.print(warning) }
        let new = AnkiPackageImport.newReviews(result.reviews, existing: store.history.reviews)
        do {
            try store.append(contentsOf: new.map(ReviewLogEntry.review))
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
        let cards = Set(new.map(\.key)).count
        StandardError.print("\(store.logPath): \(new.count) review\(new.count == 1 ? "" : "s") of \(cards) card\(cards == 1 ? "" : "s") added"
            + (new.count < result.reviews.count ? " (\(result.reviews.count - new.count) already there)" : ""))
    }

    /// The reviews the log does not hold yet. One is there already when its id is, or when the log has a review
    /// of the same card with the same rating less than a second apart that no other imported review matched
    /// (a review exported by quiz comes back with Anki's id, its time moved a millisecond or two when reviews
    /// shared one).
    static func newReviews(_ incoming: [ReviewRecord], existing: [ReviewRecord]) -> [ReviewRecord] {
        let ids = Set(existing.map(\.id))
        var unmatched: [String: [Int64]] = [:]
        for r in existing { unmatched["\(r.key)|\(r.rating.rawValue)", default: []].append(r.time.microseconds) }
        var out: [ReviewRecord] = []
        for r in incoming {
            if ids.contains(r.id) { continue }
            let key = "\(r.key)|\(r.rating.rawValue)"
            if let k = unmatched[key]?.firstIndex(where: { abs($0 - r.time.microseconds) < 1_000_000 }) {
                unmatched[key]!.remove(at: k)
                continue
            }
            out.append(r)
        }
        return out
    }
}
