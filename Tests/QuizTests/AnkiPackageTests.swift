import Foundation
import TestSupport
import Testing

/// `quiz import PACKAGE` and `quiz export deck --format apkg` as real processes, checked both ways against the
/// real Anki backend (the `anki` Python package) where python3 can import it.
@Suite struct AnkiPackageTests {
    func tempDir() -> String { TemporaryDirectory.make("quiz-anki") }

    /// Runs a fixture script with python3; nil (with a message) when python3 or the `anki` package is missing.
    func python(_ script: String, _ arguments: [String]) throws -> [String: Any]? {
        guard let python = ExternalTool.find(["python3"]) else {
            print("skipped: no python3 — Anki packages not verified with the real Anki")
            return nil
        }
        let result = try python.run([QuizProcess.fixture("anki/" + script)] + arguments)
        if result.status == 3 {
            print("skipped: python3 cannot import the `anki` package (pip install anki) — Anki packages not verified with the real Anki")
            return nil
        }
        #expect(result.status == 0, "\(script) failed")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    }

    func reviewLines(_ dir: String) -> [[String: Any]] {
        let text = (try? String(contentsOfFile: dir + "/reviews.jsonl", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test func packagesMadeByAnkiImportWithTheirCardsAndReviews() throws {
        let made = tempDir()
        guard let expected = try python("make_packages.py", [made]) else { return }
        let cardsByNote = expected["cards_by_note"] as! [String]
        let reviewsByCard = expected["reviews_by_card"] as! [String: Int]
        #expect(cardsByNote.count == 8 && reviewsByCard.values.reduce(0, +) == expected["reviews"] as? Int)
        var decks: [String] = []
        for package in ["deck.apkg", "deck-latest.apkg", "collection.colpkg", "collection-legacy.colpkg"] {
            let dir = tempDir()
            let out = try QuizProcess.run(["import", made + "/" + package, "-o", dir + "/decks", "--data-dir", dir + "/data"])
            #expect(out.status == 0, "\(package): \(out.stderr)")
            #expect(!out.stderr.contains("warning"), "\(package): \(out.stderr)")
            let deckFile = dir + "/decks/japanese-vocabulary.deck"
            let shown = try QuizProcess.run(["show", "--format", "json", deckFile])
            let cards = (try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as! [String: Any])["cards"] as! [[String: Any]]
            // One card per Anki card, its id from the note id and template ordinal.
            #expect(cards.map { $0["id"] as! String }.sorted() == cardsByNote.map { "anki-" + $0 }.sorted(), "\(package)")
            let byID = Dictionary(uniqueKeysWithValues: cards.map { ($0["id"] as! String, $0) })
            let reversed = cardsByNote.filter { $0.hasSuffix("-1") }.map { "anki-" + $0 }
            #expect(reversed.contains { byID[$0]?["prompt"] as? String == "dog" && byID[$0]?["answer"] as? String == "inu" })
            #expect(cards.contains { $0["prompt"] as? String == "What is neko?" && $0["answer"] as? String == "a cat\n(the animal)" })
            #expect(cards.contains { $0["prompt"] as? String == "Which animal? [image: cat.png]" && $0["answer"] as? String == "a cat" })
            #expect(cards.contains { $0["kind"] as? String == "cloze" && $0["prompt"] as? String == "Tokyo is the capital of {{Japan}}." && $0["hint"] as? String == "country" })
            #expect(cards.filter { $0["kind"] as? String == "cloze" }.count == 3)
            // The review log: as many reviews per card as Anki's revlog holds.
            var counted: [String: Int] = [:]
            for line in reviewLines(dir + "/data") { counted[(line["card"] as! String).replacingOccurrences(of: "anki-", with: ""), default: 0] += 1 }
            #expect(counted == reviewsByCard, "\(package)")
            #expect(out.stderr.contains("\(dir)/data/reviews.jsonl: \(expected["reviews"] as! Int) reviews of \(reviewsByCard.count) cards added"))
            decks.append(try String(contentsOfFile: deckFile, encoding: .utf8))
            // A second import changes nothing.
            let logBefore = try Data(contentsOf: URL(fileURLWithPath: dir + "/data/reviews.jsonl"))
            let again = try QuizProcess.run(["import", made + "/" + package, "-o", dir + "/decks", "--data-dir", dir + "/data"])
            #expect(again.status == 0)
            #expect(again.stderr.contains("8 cards, unchanged") && again.stderr.contains("0 reviews of 0 cards added (\(expected["reviews"] as! Int) already there)"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/data/reviews.jsonl")) == logBefore)
            #expect(try String(contentsOfFile: deckFile, encoding: .utf8) == decks.last)
            // The state derived from the imported history: the cards reviewed are no longer new.
            let stats = try QuizProcess.run(["stats", "--data-dir", dir + "/data", deckFile])
            #expect(stats.stdout.contains("8 cards · \(8 - reviewsByCard.count) new"), "\(stats.stdout)")
        }
        // Every kind of package gives the same deck.
        #expect(Set(decks).count == 1)
        // Without scheduling: the cards, no reviews; --media copies the picture out of the zstd-compressed media.
        let dir = tempDir()
        let plain = try QuizProcess.run(["import", made + "/deck-noscheduling.apkg", "-o", dir, "--data-dir", dir + "/data"])
        #expect(plain.status == 0 && !FileManager.default.fileExists(atPath: dir + "/data/reviews.jsonl"))
        let media = try QuizProcess.run(["import", made + "/deck-latest.apkg", "-o", dir, "--data-dir", dir + "/data", "--media"])
        #expect(media.status == 0 && media.stderr.contains("\(dir)/media: 1 media file"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/media/cat.png")) == Data([0x89] + Array("PNG\r\n\u{1A}\nnot really a picture".utf8)))
    }

    @Test func packagesWrittenHereImportIntoAnki() throws {
        let dir = tempDir()
        let deck = "Decks/us-japan-security-treaty.deck"
        // Two study sessions two days apart give the deck a history.
        for day in ["2026-01-01", "2026-01-03"] {
            _ = try QuizProcess.run(["study", "--plain", "--now", "\(day)T09:00:00Z", "--seed", "1", "--new", "3", "--data-dir", dir, deck],
                                    stdin: String(repeating: "1960\n\n", count: 6) + ":quit\n")
        }
        let log = reviewLines(dir).filter { $0["type"] as? String == "review" }
        #expect(log.count >= 6)
        let shown = try QuizProcess.run(["show", "--format", "json", deck])
        let cards = (try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as! [String: Any])["cards"] as! [[String: Any]]
        let plain = try QuizProcess.run(["export", "deck", deck, "--format", "apkg", "-o", dir + "/plain.apkg", "--data-dir", dir])
        let full = try QuizProcess.run(["export", "deck", deck, "--format", "apkg", "-o", dir + "/full.apkg", "--with-history",
                                        "--data-dir", dir, "--now", "2026-01-04T09:00:00Z"])
        #expect(plain.status == 0 && full.status == 0)
        #expect(full.stderr == "\(dir)/full.apkg: \(cards.count) notes, \(log.count) reviews\n")
        guard let withoutHistory = try python("package_check.py", [dir + "/plain.apkg"]),
              let withHistory = try python("package_check.py", [dir + "/full.apkg"]) else { return }
        for imported in [withoutHistory, withHistory] {
            #expect(imported["notes"] as? Int == cards.count && imported["cards"] as? Int == cards.count)
            let tags = (imported["notes_list"] as! [[String: Any]]).map { ($0["tags"] as! [String]).first { $0.hasPrefix("quiz::") } ?? "" }
            #expect(Set(tags) == Set(cards.map { "quiz::" + ($0["id"] as! String) }))
            #expect((imported["notes_list"] as! [[String: Any]]).allSatisfy { $0["deck"] as? String == "US-Japan Security Treaty" })
        }
        #expect((withoutHistory["revlog"] as! [Any]).isEmpty)
        // The same revlog entries: card, rating and time of every review (reviews that share a millisecond, as
        // these do under a fixed clock, move a millisecond apart: revlog ids are unique).
        let revlog = (withHistory["revlog"] as! [[String: Any]]).map { ("\($0["tag"]!) \($0["ease"]!)", ($0["time"] as! NSNumber).int64Value) }
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let plainISO = ISO8601DateFormatter()
        let expected = log.map { entry -> (String, Int64) in
            let time = entry["time"] as! String
            let date = iso.date(from: time) ?? plainISO.date(from: time)!
            return ("quiz::\(entry["card"]!) \(entry["rating"]!)", Int64((date.timeIntervalSince1970 * 1000).rounded()))
        }
        #expect(revlog.count == expected.count)
        for (got, want) in zip(revlog.sorted { ($0.0, $0.1) < ($1.0, $1.1) }, expected.sorted { ($0.0, $0.1) < ($1.0, $1.1) }) {
            #expect(got.0 == want.0 && abs(got.1 - want.1) < Int64(expected.count), "\(got) \(want)")
        }
        // Reviewed cards carry an FSRS memory state; the others are new.
        let reviewed = Set(log.map { "quiz::\($0["card"]!)" })
        for card in withHistory["cards_list"] as! [[String: Any]] {
            let tag = card["tag"] as! String
            if reviewed.contains(tag) {
                #expect(card["stability"] is Double && card["difficulty"] is Double && (card["type"] as! Int) != 0, "\(card)")
            } else {
                #expect(card["type"] as? Int == 0 && card["stability"] is NSNull, "\(card)")
            }
        }
        // And the package comes back here as the same deck, its reviews recognised as already in the log.
        let back = try QuizProcess.run(["import", dir + "/full.apkg", "-o", dir + "/back", "--data-dir", dir])
        #expect(back.status == 0 && back.stderr.contains("0 reviews of 0 cards added (\(log.count) already there)"))
        let again = try QuizProcess.run(["show", "--format", "json", dir + "/back/us-japan-security-treaty.deck"])
        let backCards = (try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as! [String: Any])["cards"] as! [[String: Any]]
        #expect(backCards.map { $0["id"] as! String } == cards.map { $0["id"] as! String })
        for (x, y) in zip(cards, backCards) {
            for key in ["kind", "prompt", "answer", "choices", "accepted", "hint"] {
                #expect((x[key] as? NSObject) == (y[key] as? NSObject), "\(x["id"]!) \(key)")
            }
        }
    }

    @Test func damagedPackagesGiveOneLineErrors() throws {
        let dir = tempDir()
        try "not a zip at all".write(toFile: dir + "/garbage.apkg", atomically: true, encoding: .utf8)
        let cases = [
            (dir + "/garbage.apkg", "\(dir)/garbage.apkg: error: not a zip archive: the package is damaged or not an Anki package\n"),
            (dir + "/absent.colpkg", "\(dir)/absent.colpkg: error: cannot read file\n"),
            (QuizProcess.fixture("anki/missing-tables.apkg"),
             "\(QuizProcess.fixture("anki/missing-tables.apkg")): error: collection.anki2 has no 'cards' table: not an Anki collection\n"),
            (QuizProcess.fixture("anki/not-a-database.apkg"),
             "\(QuizProcess.fixture("anki/not-a-database.apkg")): error: collection.anki2: file is not a database\n"),
        ]
        for (file, message) in cases {
            let out = try QuizProcess.run(["import", file, "-o", dir + "/out", "--data-dir", dir + "/data"])
            #expect(out.status == 1)
            #expect(out.stderr == message)
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/data/reviews.jsonl"))
        let noOutput = try QuizProcess.run(["export", "deck", "Decks/us-japan-security-treaty.deck", "--format", "apkg"])
        #expect(noOutput.status != 0 && noOutput.stderr.contains("--format apkg needs -o FILE.apkg"))
    }
}
