import Foundation
import Testing
import Deck

/// CoNLL-U read and written back byte for byte, its errors at their exact places, and the parse scorer.
@Suite struct CoNLLUTests {
    static let fixture = Paths.fixture("conllu/multiword-and-empty.conllu")

    func readFixture() throws -> (text: String, sentences: [CoNLLUSentence]) {
        let text = try String(contentsOfFile: Self.fixture, encoding: .utf8)
        return (text, try CoNLLU.read(text, file: "multiword-and-empty.conllu"))
    }

    func errors(_ text: String) -> String? {
        do {
            _ = try CoNLLU.read(text, file: "t.conllu")
            return nil
        } catch {
            return error.description
        }
    }

    // MARK: reading and writing

    @Test func fixtureRoundTripsByteForByte() throws {
        let (text, sentences) = try readFixture()
        #expect(CoNLLU.write(sentences) == text)
        #expect(sentences.count == 2)
        #expect(sentences[0].comments == [
            "# newdoc id = fixture", "# sent_id = fixture-0001", "# newpar",
            "# text = Over 300 Iraqis are reported dead and 500 wounded in Fallujah alone.",
        ])
        #expect(sentences[0].rows.map(\.id).contains(.empty(after: 8, index: 1)))
        #expect(sentences[0].words.count == 13)
        #expect(sentences[1].rows.map(\.id).prefix(2) == [.multiword(first: 1, last: 2), .word(1)])
        #expect(sentences[1].words.map(\.form) == ["Japan", "'s", "treaty", "did", "n't", "pass", "."])
        #expect(sentences[1].comment("text") == "Japan's treaty didn't pass.")
        #expect(sentences[1].comment("sent_id") == "fixture-0002")
        #expect(sentences[1].line == 20)
    }

    @Test(arguments: ["dev", "test", "train"])
    func ewtRoundTripsByteForByte(part: String) throws {
        let path = Paths.englishTreebank.appendingPathComponent("en_ewt-ud-\(part).conllu").path
        let data = try #require(FileManager.default.contents(atPath: path),
                                "the UD English EWT file is missing: \(path) (put the treebank in ../shared/data/ud-english-ewt/)")
        let text = String(decoding: data, as: UTF8.self)
        let sentences = try CoNLLU.read(text, file: path)
        #expect(sentences.count == text.components(separatedBy: "\n# sent_id = ").count - 1 + (text.hasPrefix("# sent_id = ") ? 1 : 0))
        #expect(sentences.contains { $0.rows.contains { if case .multiword = $0.id { true } else { false } } })
        #expect(sentences.contains { $0.rows.contains { if case .empty = $0.id { true } else { false } } })
        #expect(Data(CoNLLU.write(sentences).utf8) == data)
    }

    @Test func crlfAndMissingFinalBlankLineReadTheSame() throws {
        let (text, sentences) = try readFixture()
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try CoNLLU.read(crlf, file: "t.conllu") == sentences)
        let unterminated = String(text.dropLast())
        #expect(try CoNLLU.read(unterminated, file: "t.conllu") == sentences)
        #expect(try CoNLLU.read(String(unterminated.dropLast()), file: "t.conllu") == sentences)
        #expect(try CoNLLU.read("", file: "t.conllu") == [])
    }

    // MARK: errors at their places

    static let row2 = "2\tb\t_\t_\t_\t_\t1\tdep\t_\t_"

    @Test func tooFewColumns() {
        // (At the end of the line.)
        #expect(errors("1\ta\t_\t_\t_\t_\t0\troot\n") == "t.conllu:1:19: error: expected 10 tab-separated columns, found 8")
    }

    @Test func tooManyColumns() {
        // (At the tab that starts the eleventh.)
        #expect(errors("# c\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\textra\n")
                == "t.conllu:2:23: error: expected 10 tab-separated columns, found 11")
    }

    @Test func emptyColumn() {
        #expect(errors("1\ta\t\t_\t_\t_\t0\troot\t_\t_\n") == "t.conllu:1:5: error: empty column 3 (write _ for no value)")
    }

    @Test func badID() {
        #expect(errors("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\nx2\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n")
                == "t.conllu:2:1: error: bad ID 'x2': expected a word number, a range like 1-2 or an empty node like 8.1")
        #expect(errors("01\ta\t_\t_\t_\t_\t0\troot\t_\t_\n")?.hasPrefix("t.conllu:1:1: error: bad ID '01'") == true)
        #expect(errors("2-1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n")?.hasPrefix("t.conllu:1:1: error: bad ID '2-1'") == true)
    }

    @Test func wordOutOfOrder() {
        #expect(errors("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n3\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n")
                == "t.conllu:2:1: error: word ID 3 out of order: expected 2")
    }

    @Test func emptyNodeOutOfPlace() {
        #expect(errors("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n2.1\tb\t_\t_\t_\t_\t_\t_\t_\t_\n")
                == "t.conllu:2:1: error: empty node 2.1 out of order: expected it to follow word 1")
    }

    @Test func badHead() {
        #expect(errors("1\ta\t_\t_\t_\t_\tone\troot\t_\t_\n")
                == "t.conllu:1:13: error: bad HEAD 'one': expected a word number, 0 for the root, or _")
        #expect(errors("1\ta\t_\t_\t_\t_\t1\troot\t_\t_\n") == "t.conllu:1:13: error: word 1 is its own HEAD")
    }

    @Test func headPastTheLastWord() {
        // Reported at the HEAD column of its own row, once the sentence has ended.
        #expect(errors("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n2\tbé\t_\t_\t_\t_\t9\tdep\t_\t_\n\n")
                == "t.conllu:2:14: error: HEAD 9 is past the sentence's last word (2)")
    }

    @Test func multiwordTokenWithAHead() {
        #expect(errors("1-2\tab\t_\t_\t_\t_\t0\t_\t_\t_\n") == "t.conllu:1:16: error: a multiword token's HEAD must be _")
    }

    @Test func commentAmongWords() {
        #expect(errors("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n# late\n")
                == "t.conllu:2:1: error: comment line among a sentence's words (a blank line ends a sentence)")
    }

    @Test func commentsWithoutASentence() {
        #expect(errors("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n\n# sent_id = 2\n")
                == "t.conllu:3:1: error: comment lines without a sentence after them")
    }

    // MARK: the syntax layer's view

    @Test func tokensFollowSpaceAfterAndMultiwordTokens() throws {
        let sentence = try readFixture().sentences[1]
        #expect(sentence.syntaxTokens == [
            SyntaxToken(form: "Japan", start: 0, end: 5), SyntaxToken(form: "'s", start: 5, end: 7),
            SyntaxToken(form: "treaty", start: 8, end: 14), SyntaxToken(form: "did", start: 15, end: 18),
            SyntaxToken(form: "n't", start: 18, end: 21), SyntaxToken(form: "pass", start: 22, end: 26),
            SyntaxToken(form: ".", start: 26, end: 27),
        ])
    }

    @Test func goldParseReadsTheColumns() throws {
        let gold = try readFixture().sentences[1].goldParse
        #expect(gold.heads == [3, 1, 6, 6, 6, 0, 6])
        #expect(gold.relations == ["nmod:poss", "case", "nsubj", "aux", "advmod", "root", "punct"])
        #expect(gold.upos[0] == "PROPN" && gold.xpos[2] == "NN")
    }

    @Test func fillingKeepsWordsCommentsMultiwordTokensAndEmptyNodes() throws {
        let sentence = try readFixture().sentences[0]
        let words = sentence.words
        let parse = ParsedSentence(
            tokens: sentence.syntaxTokens, upos: words.map { _ in "NOUN" },
            xpos: words.indices.map { $0 == 2 ? "NNS" : $0 == 10 ? "NNP" : "NN" },
            heads: words.indices.map { $0 == 4 ? 0 : 5 }, relations: words.indices.map { $0 == 4 ? "root" : "dep" })
        let filled = sentence.filled(with: parse)
        #expect(filled.comments == sentence.comments)
        #expect(filled.rows.map(\.id) == sentence.rows.map(\.id))
        #expect(filled.rows.map(\.form) == sentence.rows.map(\.form))
        #expect(filled.rows.map(\.misc) == sentence.rows.map(\.misc))
        let empty = try #require(filled.rows.first { $0.id == .empty(after: 8, index: 1) })
        #expect(empty == sentence.rows.first { $0.id == .empty(after: 8, index: 1) })
        #expect(filled.words.map(\.head) == words.indices.map { $0 == 4 ? "0" : "5" })
        #expect(filled.words[2].feats == "Number=Plur" && filled.words[10].feats == "Number=Sing")
        #expect(filled.words[0].feats == "Number=Sing")
        #expect(filled.goldParse.relations == parse.relations)
        // What is filled in writes out and reads back the same.
        #expect(try CoNLLU.read(CoNLLU.write([filled]), file: "t.conllu") == [CoNLLUSentence(comments: filled.comments, rows: filled.rows, line: 1)])
    }

    @Test func sentenceFromAParseMarksTouchingWords() {
        let text = "It didn't."
        let tokens = [SyntaxToken(form: "It", start: 0, end: 2), SyntaxToken(form: "did", start: 3, end: 6),
                      SyntaxToken(form: "n't", start: 6, end: 9), SyntaxToken(form: ".", start: 9, end: 10)]
        let parse = ParsedSentence(tokens: tokens, upos: ["PRON", "AUX", "PART", "PUNCT"], xpos: ["PRP", "VBD", "RB", "."],
                                   heads: [2, 0, 2, 2], relations: ["nsubj", "root", "advmod", "punct"])
        let sentence = CoNLLUSentence(parse: parse, id: "7", text: text)
        #expect(CoNLLU.write([sentence]) == """
        # sent_id = 7
        # text = It didn't.
        1\tIt\t_\tPRON\tPRP\t_\t2\tnsubj\t_\t_
        2\tdid\t_\tAUX\tVBD\t_\t0\troot\t_\tSpaceAfter=No
        3\tn't\t_\tPART\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No
        4\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_


        """)
        #expect(sentence.syntaxTokens == tokens)
    }

    // MARK: scores

    @Test func scoresCountTagsAndAttachments() throws {
        let (_, sentences) = try readFixture()
        var predicted = sentences
        // Sentence 2 (7 words): one UPOS wrong, two XPOS wrong, one head wrong, one relation subtype wrong.
        predicted[1].rows[1].upos = "NOUN"                    // Japan
        predicted[1].rows[1].xpos = "NN"
        predicted[1].rows[1].deprel = "nmod"                  // nmod:poss: head right, label wrong
        predicted[1].rows[3].xpos = "NNS"                     // treaty
        predicted[1].rows[3].head = "5"                       // head wrong (and label right: still not LAS)
        let scores = try SyntaxScores(gold: sentences, predicted: predicted)
        #expect(scores.words == 20)
        #expect(scores.uposCorrect == 19)
        #expect(scores.xposCorrect == 18)
        #expect(scores.headCorrect == 19)
        #expect(scores.labelledCorrect == 18)
        #expect(scores.las == 0.9)
        #expect(scores.description == "UPOS 95.00%  XPOS 90.00%  UAS 95.00%  LAS 90.00%  (20 words)")
        #expect(try SyntaxScores(gold: sentences, predicted: sentences).description
                == "UPOS 100.00%  XPOS 100.00%  UAS 100.00%  LAS 100.00%  (20 words)")
    }

    @Test func scoresRefuseDifferentWords() throws {
        let (_, sentences) = try readFixture()
        #expect(throws: SyntaxScores.Mismatch.self) { try SyntaxScores(gold: sentences, predicted: [sentences[0]]) }
        var other = sentences
        other[1].rows[3].form = "pact"
        #expect(throws: SyntaxScores.Mismatch.self) { try SyntaxScores(gold: sentences, predicted: other) }
    }
}
