import Foundation
import Testing
@testable import Deck

/// Files written on Windows (CRLF line ends) or old Macs (CR) read exactly like the same files with LF.
@Suite struct LineEndingTests {
    func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }
    func cr(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r") }

    @Test func linesSplitAtLFCRLFAndALoneCR() {
        #expect(TextLines.split("a\r\nb\n\r\nc").map(String.init) == ["a", "b", "", "c"])
        #expect(TextLines.split("").map(String.init) == [""])
        #expect(TextLines.split("only\r").map(String.init) == ["only", ""])
        #expect(TextLines.split("a\rb\r\rc").map(String.init) == ["a", "b", "", "c"])
        #expect(TextLines.split("日本\r\n東京").map(String.init) == ["日本", "東京"])
        // The byte search and the walk along the UTF-8 view split alike.
        for text in ["", "\n", "\r", "\r\n", "a\r\nb\n\r\nc", "only\r", "日本\r\n東京\n", "\n\nx\n\n", "a\rb\r\n\r\n"] {
            #expect(TextLines.split(text) == Self.linesByWalking(text), "\(text.debugDescription)")
        }
    }

    /// The lines of `text`, found by walking its UTF-8 view index by index (the reference for the byte search).
    static func linesByWalking(_ text: String) -> [Substring] {
        var out: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex, i = start
        func line(to end: String.Index) -> Substring { text[start..<end] }
        while i < utf8.endIndex {
            if utf8[i] == 0x0A || utf8[i] == 0x0D {
                out.append(line(to: i))
                if utf8[i] == 0x0D, utf8.index(after: i) < utf8.endIndex, utf8[utf8.index(after: i)] == 0x0A { i = utf8.index(after: i) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out.append(line(to: utf8.endIndex))
        return out
    }

    @Test func aCRLFEssayBuildsTheSameDeck() throws {
        let essay = try String(contentsOf: Paths.decks.appendingPathComponent("sources/us-japan-security-treaty.txt"), encoding: .utf8)
        let lf = DeckBuilder().build(essay).deck
        let windows = DeckBuilder().build(crlf(essay)).deck
        #expect(lf.cards.count > 50)
        #expect(windows == lf)
    }

    @Test func aCRLFDeckParsesToTheSameDeck() throws {
        let text = try String(contentsOf: Paths.decks.appendingPathComponent("us-japan-security-treaty.deck"), encoding: .utf8)
        let lf = DeckParser.parse(text, file: "lf.deck")
        let windows = DeckParser.parse(crlf(text), file: "crlf.deck")
        #expect(lf.diagnostics.isEmpty && windows.diagnostics.isEmpty)
        #expect(lf.deck.cards.count > 20)
        #expect(windows.deck == lf.deck)
    }

    @Test func aCRLFAnkiExportImportsTheSameCards() {
        let text = "#separator:tab\n#html:false\nWhen was the treaty signed?\tJanuary 19, 1960\nThe {{c1::treaty}} was revised.\t\n"
        let lf = DelimitedImport.parse(text, file: "lf.txt", title: "T")
        let windows = DelimitedImport.parse(crlf(text), file: "crlf.txt", title: "T")
        #expect(lf.deck.cards.count == 2)
        #expect(windows.deck == lf.deck)
        #expect(windows.diagnostics.count == lf.diagnostics.count)
    }

    @Test func aCROnlyDeckParsesToTheSameDeck() throws {
        let text = try String(contentsOf: Paths.decks.appendingPathComponent("us-japan-security-treaty.deck"), encoding: .utf8)
        let lf = DeckParser.parse(text, file: "lf.deck")
        let mac = DeckParser.parse(cr(text), file: "cr.deck")
        #expect(mac.diagnostics.isEmpty)
        #expect(mac.deck.cards.count > 20)
        #expect(mac.deck == lf.deck)
    }

    @Test func aCROnlyEssayBuildsTheSameDeck() throws {
        let essay = try String(contentsOf: Paths.decks.appendingPathComponent("sources/us-japan-security-treaty.txt"), encoding: .utf8)
        #expect(DeckBuilder().build(cr(essay)).deck == DeckBuilder().build(essay).deck)
    }

    @Test func aCROnlyOrCRLFRevlogReplaysEveryRow() throws {
        let csv = "card_id,review_time,review_rating\n1,1700000000000,3\n1,1700086400000,4\n2,1700000000000,1\n"
        let lf = try RevlogCSV.parse(csv, path: "lf.csv")
        #expect(lf.count == 3)
        #expect(try RevlogCSV.parse(cr(csv), path: "cr.csv") == lf)
        #expect(try RevlogCSV.parse(crlf(csv), path: "crlf.csv") == lf)
        // A bad row is named by its line whatever the line ends.
        #expect(throws: Diagnostic.self) { try RevlogCSV.parse(cr(csv + "x,1,1\n"), path: "cr.csv") }
        do { _ = try RevlogCSV.parse(crlf(csv + "x,1,1\n"), path: "crlf.csv") } catch { #expect(error.line == 5) }
    }

    @Test func aBadByteIsPlacedOnItsLineWhateverTheLineEnds() {
        for end in ["\n", "\r\n", "\r"] {
            let bytes = Array("# T\(end)\(end)## a\(end)Q: x".utf8) + [0xFF] + Array("\(end)A: y\(end)".utf8)
            let decoded = TextDecoding.decode(bytes, file: "d.deck", what: "a deck")
            #expect(decoded.diagnostics.map(\.line) == [4], "\(end.debugDescription)")
            #expect(decoded.diagnostics.map(\.column) == [5])
        }
    }
}
