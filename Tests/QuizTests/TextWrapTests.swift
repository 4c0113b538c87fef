import Testing
@testable import Quiz

/// Messages the app wraps itself break between words.
@Suite struct TextWrapTests {
    @Test func breaksBetweenWords() {
        let lines = TextWrap.wrap("the treaty was signed in Washington on January 19, 1960", width: 24)
        #expect(lines == ["the treaty was signed in", "Washington on January", "19, 1960"])
    }

    @Test func aFirstWordThatDoesNotFitAfterTheLeadStartsTheNextLine() {
        let lines = TextWrap.wrap("abrogation-of-the-treaty clause", width: 30, firstIndent: 12, indent: "    ")
        #expect(lines == ["", "    abrogation-of-the-treaty", "    clause"])
    }

    @Test func onlyAWordLongerThanALineIsSplit() {
        let lines = TextWrap.wrap(String(repeating: "x", count: 25), width: 20)
        #expect(lines == [String(repeating: "x", count: 20), String(repeating: "x", count: 5)])
    }
}

/// A long unbroken word (a URL, Japanese text) is split in time linear in its length.
@Suite struct LongWordWrapTests {
    @Test func aLongWordIsSplitIntoFullLines() {
        let word = String(repeating: "abcdefghij", count: 12_800)
        let start = ContinuousClock.now
        let lines = TextWrap.wrap("Q: " + word, width: 80, indent: "   ")
        let elapsed = ContinuousClock.now - start
        #expect(lines.allSatisfy { TextWrap.displayWidth($0) <= 80 })
        #expect(lines.map { $0.hasPrefix("   ") ? String($0.dropFirst(3)) : $0 }.joined().replacingOccurrences(of: " ", with: "") == "Q:" + word)
        // (Splitting it measured the rest of the word again for every line: 8.6 s for this word.)
        #expect(elapsed < .seconds(5))
    }

    @Test func aLongWideWordIsSplitByColumns() {
        let word = String(repeating: "日本", count: 5_000)
        let lines = TextWrap.wrap(word, width: 41)
        #expect(lines.allSatisfy { TextWrap.displayWidth($0) <= 41 })
        #expect(lines.first.map(TextWrap.displayWidth) == 40)
        #expect(lines.joined() == word)
    }
}
