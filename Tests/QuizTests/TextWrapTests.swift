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
