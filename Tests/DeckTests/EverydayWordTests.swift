import Testing
@testable import Deck

/// Words of everyday English: the treebank's, and plain inflections and derivations of them.
@Suite struct EverydayWordTests {
    static let model = try! SyntaxModel.bundled()

    @Test func derivedWordsOfKnownWordsAreEveryday() {
        let knows = Self.model.knows
        // Words the treebank lacks, made from ones it has.
        for word in ["sectors", "usefulness"] {
            #expect(!knows(word), "\(word) is in the treebank: pick another example")
            #expect(EverydayWord.isEveryday(word, knows: knows), "\(word)")
        }
        #expect(EverydayWord.isEveryday("school", knows: knows))
    }

    @Test func technicalWordsAreNot() {
        let knows = Self.model.knows
        for word in ["phycoerytherin", "orogeny", "thylakoids", "ctenophores"] {
            #expect(!EverydayWord.isEveryday(word, knows: knows), "\(word)")
        }
        // An ending is taken off only a word long enough to keep a stem ("ness" is no word of "ss").
        #expect(!EverydayWord.isEveryday("bless", knows: { $0 == "bl" || $0 == "b" }))
    }
}
