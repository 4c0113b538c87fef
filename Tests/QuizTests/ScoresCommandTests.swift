import Foundation
import TestSupport
import Testing

/// `quiz stats`, `quiz export` and `quiz import` as real processes.
@Suite struct ScoresCommandTests {
    static let deck = QuizProcess.fixture("study/study.deck")

    func tempDir() -> String { TemporaryDirectory.make() }

    /// Two sessions two days apart on the study fixture deck.
    func studied() throws -> String {
        let dir = tempDir()
        _ = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir, Self.deck],
                                stdin: "jan 19 1960\n\nbiological\n\nb\n\nf\n\n:quit\n")
        _ = try QuizProcess.run(["study", "--now", "2026-01-03T09:00:00Z", "--seed", "7", "--data-dir", dir, Self.deck],
                                stdin: "t\n\n:quit\n")
        return dir
    }

    @Test func statsFitTheWidthAndArePlainWhenPiped() throws {
        let dir = try studied()
        for width in [80, 200] {
            let out = try QuizProcess.run(["stats", "--data-dir", dir, "--now", "2026-01-03T12:00:00Z", Self.deck],
                                          environment: ["COLUMNS": "\(width)"])
            #expect(out.status == 0)
            #expect(!out.stdout.contains("\u{1B}["))
            for line in out.stdout.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
            #expect(out.stdout.contains("Study test\n  5 cards · 1 new · 4 learning · 0 review · 0 relearning · 0 suspended"))
            #expect(out.stdout.contains("current streak 1 day · longest 1"))
            #expect(out.stdout.contains("(desired 90%)"))
        }
        let json = try QuizProcess.run(["stats", "--format", "json", "--data-dir", dir, "--now", "2026-01-03T12:00:00Z", Self.deck])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect((object["decks"] as! [[String: Any]])[0]["reviewed"] as? Int == 4)
    }

    @Test func statsOfASelfGradedDeck() throws {
        let dir = tempDir()
        // Day 1: four cards rated Easy (past learning at once), one Hard (still learning). Day 12: all five again.
        _ = try QuizProcess.run(["study", "--self-grade", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir, Self.deck],
                                stdin: "\n4\n\n4\n\n4\n\n4\n\n2\n:quit\n")
        _ = try QuizProcess.run(["study", "--self-grade", "--now", "2026-01-12T09:00:00Z", "--seed", "7", "--data-dir", dir, Self.deck],
                                stdin: "\n3\n\n1\n\n3\n\n3\n\n3\n:quit\n")
        // Counted from the log: accuracy over every rating; true retention over day-12 reviews of cards rated Easy on day 1.
        let log = try String(contentsOfFile: dir + "/reviews.jsonl", encoding: .utf8).split(separator: "\n")
            .map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(log.count == 10 && log.allSatisfy { $0["outcome"] as? String == "self" && $0["answer"] == nil })
        let ratings = log.map { $0["rating"] as! Int }
        let accuracy = Int((Double(ratings.filter { $0 > 1 }.count) / Double(ratings.count) * 100).rounded())
        let graduated = Set(log.prefix(5).filter { $0["rating"] as? Int == 4 }.map { $0["card"] as! String })
        let pastLearning = log.dropFirst(5).filter { graduated.contains($0["card"] as! String) }.map { $0["rating"] as! Int }
        let retention = Int((Double(pastLearning.filter { $0 > 1 }.count) / Double(pastLearning.count) * 100).rounded())
        let out = try QuizProcess.run(["stats", "--data-dir", dir, "--now", "2026-01-12T12:00:00Z", Self.deck], environment: ["COLUMNS": "80"])
        #expect(out.status == 0)
        #expect(accuracy > 0 && out.stdout.contains("  accuracy \(accuracy)% of answers\n"))
        #expect(out.stdout.contains("    today \(retention)% of \(pastLearning.count) · 30 days \(retention)% of \(pastLearning.count) · all \(retention)% of \(pastLearning.count)\n"))
        // The forecast: a row for each of 30 days, zero rows included, in date order.
        let rows = out.stdout.components(separatedBy: "Due in the next 30 days\n")[1].components(separatedBy: "\n\n")[0].split(separator: "\n")
        #expect(rows.count == 30)
        let iso = ISO8601DateFormatter()
        for (k, row) in rows.enumerated() {
            let day = iso.string(from: Date(timeIntervalSince1970: 1_768_176_000 + Double(k) * 86_400))  // from 2026-01-12
            #expect(row.hasPrefix(day.prefix(10).dropFirst(5) + " "), "\(row)")
        }
        #expect(rows.contains { $0.split(separator: " ").dropFirst().first == "0" })
        // The hardest cards include the one failed on day 12.
        let failed = log.dropFirst(5).first { $0["rating"] as? Int == 1 }!["card"] as! String
        let prompt = try cards(Self.deck).first { $0["id"] as? String == failed }!["prompt"] as! String
        #expect(out.stdout.contains("Hardest cards\n  1 lapse · 0 failed steps · \(prompt.prefix(20))"))
    }

    @Test func exportScoresCSVJSONAndHTML() throws {
        let dir = try studied()
        let out = try QuizProcess.run(["export", "scores", "--format", "csv", "--data-dir", dir, "--now", "2026-01-03T12:00:00Z",
                                       "-o", dir + "/cards.csv", Self.deck])
        #expect(out.status == 0)
        let csv = try String(contentsOfFile: dir + "/cards.csv", encoding: .utf8)
        #expect(csv.hasPrefix("deck,card_id,kind,prompt,reviews,correct,lapses,accuracy,last_rating,stability,difficulty,retrievability,due,last_review,learning_failures\r\n"))
        #expect(csv.contains("study,signed,question,When was the treaty signed?,1,1,0,1,3,2.3065,"))
        #expect(csv.contains("study,cold-war,truefalse,The treaty was signed at the height of the Cold War.,2,1,0,0.5,3,"))
        #expect(csv.contains("study,warheads,cloze,\"The missiles could carry nuclear, chemical or ___ warheads.\",1,1,"))
        let sessions = try QuizProcess.run(["export", "scores", "--table", "sessions", "--data-dir", dir, "--now", "2026-01-03T12:00:00Z", Self.deck])
        #expect(sessions.stdout.split(separator: "\r\n").count == 3)
        let since = try QuizProcess.run(["export", "scores", "--table", "sessions", "--since", "2026-01-02", "--data-dir", dir, Self.deck])
        #expect(since.stdout.split(separator: "\r\n").count == 2)
        let html = try QuizProcess.run(["export", "scores", "--format", "html", "--data-dir", dir, "--now", "2026-01-03T12:00:00Z", Self.deck])
        #expect(html.stdout.contains("<svg") && html.stdout.contains("When was the treaty signed?"))
        let bad = try QuizProcess.run(["export", "scores", "--table", "nope", "--data-dir", dir, Self.deck])
        #expect(bad.status != 0 && bad.stderr.contains("--table must be cards, sessions or decks"))
    }

    /// Imports `file` into a fresh collection with the real Anki backend, after adding `fields` to the stock
    /// Basic and Cloze note types; nil (with a message) when python3 cannot import `anki`.
    func importIntoAnki(_ file: String, addingFields fields: [String] = []) throws -> [[String: Any]]? {
        guard let python = ExternalTool.find(["python3"]) else {
            print("skipped: no python3 — Anki import not verified")
            return nil
        }
        let result = try python.run([QuizProcess.fixture("anki/import_check.py"), file] + fields)
        if result.status == 3 {
            print("skipped: python3 cannot import the `anki` package (pip install anki) — Anki import not verified")
            return nil
        }
        #expect(result.status == 0)
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any])["notes"] as? [[String: Any]]
    }

    func cards(_ deck: String) throws -> [[String: Any]] {
        let shown = try QuizProcess.run(["show", "--format", "json", deck])
        return (try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as! [String: Any])["cards"] as! [[String: Any]]
    }

    /// `12` or `12-14` (with `file:` in front when named), as the export writes a source.
    static func sourceText(_ card: [String: Any]) -> String {
        guard let source = card["source"] as? [String: Any], let line = source["line"] as? Int else { return "" }
        let end = source["endLine"] as? Int ?? line
        let lines = end > line ? "\(line)-\(end)" : "\(line)"
        return (source["file"] as? String).map { "\($0):\(lines)" } ?? lines
    }

    @Test func ankiExportImportsIntoRealAnki() throws {
        let dir = tempDir()
        let out = try QuizProcess.run(["export", "deck", "Decks/us-japan-security-treaty.deck", "--format", "anki", "-o", dir + "/anki.txt"])
        #expect(out.status == 0)
        let text = try String(contentsOfFile: dir + "/anki.txt", encoding: .utf8)
        #expect(text.hasPrefix("#separator:tab\n#html:false\n#notetype column:1\n#deck:US-Japan Security Treaty\n"
            + "#columns:Notetype\tFront\tBack\tHint\tSource\tAccept\tTags\n#tags column:7\n#quiz source:sources/us-japan-security-treaty.txt\n"))
        let cards = try cards("Decks/us-japan-security-treaty.deck")
        // Stock note types: the notes, fields and tags come in; Anki leaves the two extra columns out.
        guard let notes = try importIntoAnki(dir + "/anki.txt") else { return }
        #expect(notes.count == cards.count)
        #expect(notes.allSatisfy { $0["deck"] as? String == "US-Japan Security Treaty" && ($0["fields"] as? [String])?.count == 2 })
        let clozes = cards.filter { $0["kind"] as? String == "cloze" }.count
        #expect(notes.filter { $0["notetype"] as? String == "Cloze" }.count == clozes)
        #expect(notes.contains { ($0["fields"] as? [String])?.first?.contains("{{c1::Cold War}}") == true })
        #expect(notes.contains { ($0["tags"] as? [String])?.contains("quiz::q-usrla4h3") == true })
        // Note types with Hint, Source and Accept fields: every card's hint, source and accepted answers land in them.
        guard let withFields = try importIntoAnki(dir + "/anki.txt", addingFields: ["Hint", "Source", "Accept"]) else { return }
        #expect(withFields.count == cards.count)
        let byID = Dictionary(uniqueKeysWithValues: withFields.map { note in
            ((note["tags"] as! [String]).first { $0.hasPrefix("quiz::") }!.dropFirst(6).description, note["named"] as! [String: String])
        })
        #expect(cards.filter { $0["hint"] != nil }.count > 10 && cards.allSatisfy { $0["source"] != nil })
        for card in cards {
            let id = card["id"] as! String
            #expect(byID[id]?["Hint"] == (card["hint"] as? String ?? ""), "\(id)")
            #expect(byID[id]?["Source"] == Self.sourceText(card), "\(id)")
            #expect(byID[id]?["Accept"] == (card["accepted"] as! [String]).joined(separator: "; "), "\(id)")
        }
    }

    @Test func importRoundTripGivesTheSameCards() throws {
        let dir = tempDir()
        for (k, deck) in [Self.deck, "Decks/us-japan-security-treaty.deck"].enumerated() {
            _ = try QuizProcess.run(["export", "deck", deck, "-o", dir + "/export\(k).txt"])
            let imported = try QuizProcess.run(["import", dir + "/export\(k).txt", "-o", dir + "/back\(k).deck"])
            #expect(imported.status == 0 && !imported.stderr.contains("warning"))
            let original = try cards(deck), back = try cards(dir + "/back\(k).deck")
            #expect(back.count == original.count)
            #expect(original.contains { $0["hint"] != nil } && original.contains { $0["source"] != nil })
            #expect(original.contains { !($0["accepted"] as! [String]).isEmpty })
            for (x, y) in zip(original, back) {
                for key in ["id", "kind", "prompt", "answer", "choices", "accepted", "tags", "hint", "source"] {
                    #expect((x[key] as? NSObject) == (y[key] as? NSObject), "\(key): \(x[key] ?? "nil") vs \(y[key] ?? "nil")")
                }
            }
            let a = try QuizProcess.run(["show", "--format", "json", deck]), b = try QuizProcess.run(["show", "--format", "json", dir + "/back\(k).deck"])
            let source = { (s: String) in (try? JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])?["source"] as? String }
            #expect(source(a.stdout) != nil && source(a.stdout) == source(b.stdout))
        }
    }

    @Test func importReadsHintAndSourceColumnsByName() throws {
        let dir = tempDir()
        try "#separator:tab\n#columns:Front\tSource\tBack\thint\nWhat?\tessay.txt:4-5\tThat\ta clue\nWhy?\tpage two\tBecause\t\n"
            .write(toFile: dir + "/cols.txt", atomically: true, encoding: .utf8)
        let out = try QuizProcess.run(["import", dir + "/cols.txt"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("Q: What?\nA: That\nHint: a clue\nSource: essay.txt:4-5"))
        #expect(out.stdout.contains("Q: Why?\nA: Because\n"))
        #expect(out.stderr == "\(dir)/cols.txt:4: warning: source 'page two' is not a line or range such as 12 or file:12-14; left out\n")
    }

    @Test func importQuizletStyleAndDiagnostics() throws {
        let dir = tempDir()
        try "term one,definition one\n\"a, quoted\",\"two\nlines\"\n".write(toFile: dir + "/q.csv", atomically: true, encoding: .utf8)
        let ok = try QuizProcess.run(["import", dir + "/q.csv"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("Q: term one\nA: definition one"))
        #expect(ok.stdout.contains("Q: a, quoted\nA:\n  two\n  lines"))
        try "#separator:semicolon\nfront;back\n;no front\nonly front\n".write(toFile: dir + "/bad.txt", atomically: true, encoding: .utf8)
        let bad = try QuizProcess.run(["import", dir + "/bad.txt"])
        #expect(bad.status == 1)
        #expect(bad.stderr == "\(dir)/bad.txt:3: error: empty front field\n\(dir)/bad.txt:4: error: missing back field (answer)\n")
    }
}
