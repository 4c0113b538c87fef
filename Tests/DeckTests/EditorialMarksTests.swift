import Testing
@testable import Deck

/// Editors' marks and footnote marks copied from an encyclopedia are read out of the text before its facts are found.
@Suite struct EditorialMarksTests {
    @Test func editorsNotesAndFootnoteMarksGo() {
        #expect(EditorialMarks.removed(from: "The College trained many ministers.[citation needed] (A 1643 publication.)")
            == "The College trained many ministers. (A 1643 publication.)")
        #expect(EditorialMarks.removed(from: "As of September 2011[update], it had regained the loss.") == "As of September 2011, it had regained the loss.")
        #expect(EditorialMarks.removed(from: "It offered grants across all divisions;[further explanation needed] most came from funds.")
            == "It offered grants across all divisions; most came from funds.")
        #expect(EditorialMarks.removed(from: "including the electromagnetic force.[Note 4]") == "including the electromagnetic force.")
        #expect(EditorialMarks.removed(from: "It was built in 1903,[12] the first of its kind.[when?]") == "It was built in 1903, the first of its kind.")
        #expect(EditorialMarks.removed(from: "The claim[dubious – discuss] spread.") == "The claim spread.")
    }

    @Test func bracketsThatBelongToTheTextStay() {
        for line in ["Their [sic] house stood.", "[1] Smith, J. (2010). A Book.", "See [the guide](https://example.org) first.",
                     "The value a[1] is the first.", "Read array[index] twice.", "The set x[n] grows.", "He wrote [Smith] twice.",
                     "No brackets here at all."] {
            #expect(EditorialMarks.removed(from: line) == line)
        }
    }

    @Test func theBuilderReadsTheTextWithoutThem() {
        let doc = TextDocument("# Notes\n\nThe College trained many Puritan ministers.[citation needed] It grew after 1700.[12]\n")
        #expect(doc.blocks.last?.text == "The College trained many Puritan ministers. It grew after 1700.")
    }
}
