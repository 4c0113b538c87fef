import Foundation
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

    @Test func exportScoresCSVJSONAndHTML() throws {
        let dir = try studied()
        let out = try QuizProcess.run(["export", "scores", "--format", "csv", "--data-dir", dir, "--now", "2026-01-03T12:00:00Z",
                                       "-o", dir + "/cards.csv", Self.deck])
        #expect(out.status == 0)
        let csv = try String(contentsOfFile: dir + "/cards.csv", encoding: .utf8)
        #expect(csv.hasPrefix("deck,card_id,kind,prompt,reviews,correct,lapses,accuracy,last_rating,stability,difficulty,retrievability,due,last_review\r\n"))
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

    @Test func ankiExportImportsIntoRealAnki() throws {
        let dir = tempDir()
        let out = try QuizProcess.run(["export", "deck", "Decks/us-japan-security-treaty.deck", "--format", "anki", "-o", dir + "/anki.txt"])
        #expect(out.status == 0)
        let text = try String(contentsOfFile: dir + "/anki.txt", encoding: .utf8)
        #expect(text.hasPrefix("#separator:tab\n#html:false\n#notetype column:1\n#deck:US-Japan Security Treaty\n#tags column:4\n"))
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", QuizProcess.fixture("anki/import_check.py"), dir + "/anki.txt"]
        let pipe = Pipe()
        check.standardOutput = pipe
        check.standardError = FileHandle.nullDevice
        try check.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        check.waitUntilExit()
        if check.terminationStatus == 3 {
            print("skipped: python3 cannot import the `anki` package (pip install anki) — Anki import not verified")
            return
        }
        #expect(check.terminationStatus == 0)
        let notes = (try JSONSerialization.jsonObject(with: data) as! [String: Any])["notes"] as! [[String: Any]]
        let deck = try QuizProcess.run(["show", "--format", "json", "Decks/us-japan-security-treaty.deck"])
        let cards = (try JSONSerialization.jsonObject(with: Data(deck.stdout.utf8)) as! [String: Any])["cards"] as! [[String: Any]]
        #expect(notes.count == cards.count)
        #expect(notes.allSatisfy { $0["deck"] as? String == "US-Japan Security Treaty" })
        let clozes = cards.filter { $0["kind"] as? String == "cloze" }.count
        #expect(notes.filter { $0["notetype"] as? String == "Cloze" }.count == clozes)
        #expect(notes.contains { ($0["fields"] as? [String])?.first?.contains("{{c1::Cold War}}") == true })
        #expect(notes.contains { ($0["tags"] as? [String])?.contains("quiz::q-usrla4h3") == true })
    }

    @Test func importRoundTripGivesTheSameCards() throws {
        let dir = tempDir()
        _ = try QuizProcess.run(["export", "deck", Self.deck, "-o", dir + "/export.txt"])
        let imported = try QuizProcess.run(["import", dir + "/export.txt", "-o", dir + "/back.deck"])
        #expect(imported.status == 0)
        let a = try QuizProcess.run(["show", "--format", "json", Self.deck])
        let b = try QuizProcess.run(["show", "--format", "json", dir + "/back.deck"])
        let original = (try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as! [String: Any])["cards"] as! [[String: Any]]
        let back = (try JSONSerialization.jsonObject(with: Data(b.stdout.utf8)) as! [String: Any])["cards"] as! [[String: Any]]
        #expect(back.count == original.count)
        for (x, y) in zip(original, back) {
            for key in ["id", "kind", "prompt", "answer", "choices", "accepted", "tags"] {
                #expect((x[key] as? NSObject) == (y[key] as? NSObject), "\(key): \(x[key] ?? "nil") vs \(y[key] ?? "nil")")
            }
        }
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
