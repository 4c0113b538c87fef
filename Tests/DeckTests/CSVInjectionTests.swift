import Testing
@testable import Deck

/// Text cells a spreadsheet would run as formulas are neutralised; numbers stay numbers.
@Suite struct CSVInjectionTests {
    @Test func formulaTextIsPrefixedAndQuoted() {
        #expect(CSVWriter.field(.text("=HYPERLINK(\"http://x\",\"y\")")) == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CSVWriter.field(.text("@SUM(A1:A9)")) == "\"'@SUM(A1:A9)\"")
        #expect(CSVWriter.field(.text("+1")) == "\"'+1\"")
        #expect(CSVWriter.field(.text("-5")) == "\"'-5\"")
        #expect(CSVWriter.field(.text("\tx")) == "\"'\tx\"")
        #expect(CSVWriter.field(.text("\rx")) == "\"'\rx\"")
        #expect(CSVWriter.field(.text("When was it signed?")) == "When was it signed?")
        #expect(CSVWriter.field(.text("a, b")) == "\"a, b\"")
    }

    @Test func numbersStayNumbers() {
        #expect(CSVWriter.field(.number("-5")) == "-5")
        #expect(CSVWriter.field(CSVWriter.number(-0.25)) == "-0.25")
        #expect(CSVWriter.field(CSVWriter.number(nil as Int?)) == "")
    }

    @Test func aRowMixesTextAndNumbers() {
        let csv = CSVWriter.write(header: ["prompt", "seconds"], rows: [[.text("=1+1"), .number("-3")]])
        #expect(csv == "prompt,seconds\r\n\"'=1+1\",-3\r\n")
    }
}
