import Testing
@testable import Deck

/// `ParsedSentence.nominalSpan`: the whole phrase a blank should take, on trees written by hand.
@Suite struct NominalSpanTests {
    /// The span the blank over `text` (its first occurrence) becomes, as text, or nil.
    static func grown(_ p: ParsedSentence, _ text: String) -> String? {
        let sentence = p.tokens.map(\.form).joined(separator: " ")
        guard let range = sentence.range(of: text) else { return nil }
        let start = sentence.utf8.distance(from: sentence.startIndex, to: range.lowerBound)
        guard let span = p.nominalSpan(covering: start..<(start + text.utf8.count)) else { return nil }
        return String(decoding: Array(sentence.utf8)[span], as: UTF8.self)
    }

    @Test func aWholePhraseStaysAsItIs() {
        #expect(Self.grown(BlankCheckTests.meiji, "Meiji Restoration") == "Meiji Restoration")
        #expect(Self.grown(BlankCheckTests.meiji, "Japan") == "Japan")
    }

    @Test func halfANameGrowsToTheWholeName() {
        #expect(Self.grown(BlankCheckTests.meiji, "Meiji") == "Meiji Restoration")
        #expect(Self.grown(BlankCheckTests.meiji, "Restoration") == "Meiji Restoration")
    }

    @Test func aDeterminerStaysOutsideWhereverTheParseHangsIt() {
        // "It formed the book stacks .", "the" hung on "book".
        let p = BlankCheckTests.parse(["It", "formed", "the", "book", "stacks", "."],
                                      ["PRON", "VERB", "DET", "NOUN", "NOUN", "PUNCT"],
                                      [2, 0, 4, 5, 2, 2], ["nsubj", "root", "det", "compound", "obj", "punct"])
        #expect(Self.grown(p, "book stacks") == "book stacks")
        #expect(Self.grown(p, "stacks") == "book stacks")
        #expect(Self.grown(p, "the book stacks") == "book stacks")
    }

    @Test func anInitialTaggedAsPunctuationStaysInTheName() {
        // "It was written by staff writer C. E. Webber .", the initial "C." mistaken for a mark.
        let p = BlankCheckTests.parse(["It", "was", "written", "by", "staff", "writer", "C.", "E.", "Webber", "."],
                                      ["PRON", "AUX", "VERB", "ADP", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
                                      [3, 3, 0, 6, 6, 3, 9, 9, 6, 3],
                                      ["nsubj", "aux", "root", "case", "compound", "obl", "punct", "compound", "appos", "punct"])
        #expect(Self.grown(p, "C. E. Webber") == "C. E. Webber")
        // A mark is still no part of a phrase.
        #expect(Self.grown(p, "E. Webber .") == "E. Webber")
    }

    @Test func aSpanRunningIntoAVerbIsCutToItsName() {
        // "The IBM 360 used microcode ."
        let p = BlankCheckTests.parse(["The", "IBM", "360", "used", "microcode", "."],
                                      ["DET", "PROPN", "NUM", "VERB", "NOUN", "PUNCT"],
                                      [3, 3, 4, 0, 4, 4], ["det", "compound", "nsubj", "root", "obj", "punct"])
        #expect(Self.grown(p, "360 used") == "IBM 360")
        #expect(Self.grown(p, "used microcode") == "microcode")
        #expect(Self.grown(p, "used") == nil)
    }

    @Test func aLoneCommonNounTakesItsAdjectives() {
        // "It eradicated their cultural and national identity ."
        let p = BlankCheckTests.parse(["It", "eradicated", "their", "cultural", "and", "national", "identity", "."],
                                      ["PRON", "VERB", "PRON", "ADJ", "CCONJ", "ADJ", "NOUN", "PUNCT"],
                                      [2, 0, 7, 7, 6, 4, 2, 2], ["nsubj", "root", "nmod:poss", "amod", "cc", "conj", "obj", "punct"])
        #expect(Self.grown(p, "identity") == "cultural and national identity")
        let check = BlankCheckTests.check(p, "identity")
        #expect(check?.rule == .blankPhrase && check?.message.contains("leaves 'cultural'") == true, "\(String(describing: check))")
        #expect(BlankCheckTests.check(p, "cultural and national identity") == nil)
    }

    @Test func aListItemHasNone() {
        // "such as China , North Korea and Russia"
        let p = BlankCheckTests.parse(["such", "as", "China", ",", "North", "Korea", "and", "Russia"],
                                      ["ADJ", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN"],
                                      [3, 1, 0, 6, 6, 3, 8, 3], ["case", "fixed", "root", "punct", "compound", "conj", "cc", "conj"])
        #expect(Self.grown(p, "China") == nil)
        #expect(Self.grown(p, "Korea") == nil)
    }
}
