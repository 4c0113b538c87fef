import Deck
import Foundation
import TestSupport
import Testing

/// `quiz analyze` as a real process. The model's tags and heads change as it is trained, so these tests check
/// the shape of the output, never a particular tag or head.
@Suite struct AnalyzeCommandTests {
    static let essay = QuizProcess.fixture("analyze/essay.md")
    static let treebank = QuizProcess.fixture("analyze/treebank.conllu")
    /// The essay's sentences as `quiz build` reads them, with their paragraph's line.
    static let sentences = [
        (3, "The security treaty between the United States and Japan was signed in 1960."),
        (3, "It was revised later."),
        (5, "Kishi, the prime minister, signed the treaty that the Senate approved."),
    ]

    func temp(_ name: String, _ text: String) -> String {
        let dir = URL(fileURLWithPath: TemporaryDirectory.make("quiz-analyze"))
        let path = dir.appendingPathComponent(name).path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        return path
    }

    /// Every word has a head in range and exactly one word is the root.
    func expectOneTree(_ sentence: CoNLLUSentence, sourceLocation: SourceLocation = #_sourceLocation) {
        let words = sentence.words
        let heads = words.compactMap(\.headIndex)
        #expect(heads.count == words.count, sourceLocation: sourceLocation)
        #expect(heads.allSatisfy { $0 >= 0 && $0 <= words.count }, sourceLocation: sourceLocation)
        #expect(heads.filter { $0 == 0 }.count == 1, sourceLocation: sourceLocation)
        #expect(words.allSatisfy { $0.upos != "_" && $0.xpos != "_" && $0.deprel != "_" }, sourceLocation: sourceLocation)
    }

    @Test func textHasARowPerWordAndTheNounPhrases() throws {
        let out = try QuizProcess.run(["analyze", Self.essay])
        #expect(out.status == 0)
        #expect(out.stderr == "")
        // A sentence's block starts at its heading, "line N: …".
        let all = out.stdout.components(separatedBy: "\n")
        let starts = all.indices.filter { all[$0].hasPrefix("line ") }
        try #require(starts.count == Self.sentences.count)
        var phrases = 0
        for (b, (line, text)) in Self.sentences.enumerated() {
            let lines = Array(all[starts[b]..<(b + 1 < starts.count ? starts[b + 1] : all.count)])
            let heading = lines.prefix { !$0.isEmpty }.map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(heading.joined(separator: " ") == "line \(line): \(text)")
            #expect(heading.allSatisfy { $0.count <= 80 })
            let words = SyntaxTokenizer.tokenize(text).map(\.form)
            let header = try #require(lines.firstIndex { $0.hasPrefix("  ID  FORM") })
            #expect(lines[header].split(separator: " ") == ["ID", "FORM", "UPOS", "XPOS", "HEAD", "DEPREL"])
            let rows = lines[(header + 1)...].prefix { !$0.isEmpty }
            #expect(rows.count == words.count)
            for (k, row) in rows.enumerated() {
                let cells = row.split(separator: " ")
                #expect(cells.count >= 6)
                #expect(cells.first == Substring(String(k + 1)))
                #expect(cells.dropFirst().first.map(String.init) == words[k])
                #expect(row.count <= 80)
            }
            // The tree: one line per word.
            let tree = lines[(header + rows.count + 2)...].prefix { !$0.isEmpty }
            #expect(tree.count == words.count)
            let listed = lines.drop { !$0.hasPrefix("  noun phrases:") }
            #expect(listed.first == "  noun phrases:" || listed.first == "  noun phrases: none")
            for phrase in listed.dropFirst().prefix(while: { $0.hasPrefix("    [") }) {
                #expect(phrase.hasSuffix("]"))
                #expect(text.contains(String(phrase.dropFirst(5).dropLast())))
                phrases += 1
            }
        }
        #expect(phrases > 0)
    }

    @Test func conlluOfCoNLLUKeepsWordsCommentsMultiwordTokensAndEmptyNodes() throws {
        let input = try CoNLLU.read(String(contentsOfFile: Self.treebank, encoding: .utf8), file: Self.treebank)
        let out = try QuizProcess.run(["analyze", Self.treebank, "--format", "conllu"])
        #expect(out.status == 0)
        #expect(out.stderr == "")
        let output = try CoNLLU.read(out.stdout, file: "stdout")
        try #require(output.count == input.count)
        for (a, b) in zip(input, output) {
            #expect(b.comments == a.comments)
            #expect(b.rows.map(\.id) == a.rows.map(\.id))
            #expect(b.rows.map(\.form) == a.rows.map(\.form))
            #expect(b.rows.map(\.lemma) == a.rows.map(\.lemma))
            #expect(b.rows.map(\.misc) == a.rows.map(\.misc))
            #expect(b.rows.filter { !$0.isWord } == a.rows.filter { !$0.isWord })
            expectOneTree(b)
            for word in b.words {
                let noun = ["NOUN", "PROPN"].contains(word.upos) && ["NN", "NNP", "NNS", "NNPS"].contains(word.xpos)
                #expect(noun ? word.feats.hasPrefix("Number=") : word.feats == "_")
            }
        }
    }

    @Test func conlluIsRecognisedByItsColumns() throws {
        let renamed = temp("treebank.txt", try String(contentsOfFile: Self.treebank, encoding: .utf8))
        let named = try QuizProcess.run(["analyze", Self.treebank, "--format", "conllu"])
        let sniffed = try QuizProcess.run(["analyze", renamed, "--format", "conllu"])
        #expect(sniffed.status == 0)
        #expect(sniffed.stdout == named.stdout)
    }

    @Test func conlluOfAnEssayHasASentencePerSentence() throws {
        let out = try QuizProcess.run(["analyze", Self.essay, "--format", "conllu"])
        #expect(out.status == 0)
        let output = try CoNLLU.read(out.stdout, file: "stdout")
        try #require(output.count == Self.sentences.count)
        for (n, (sentence, (_, text))) in zip(output, Self.sentences).enumerated() {
            #expect(sentence.comments == ["# sent_id = \(n + 1)", "# text = \(text)"])
            let tokens = SyntaxTokenizer.tokenize(text)
            #expect(sentence.words.map(\.form) == tokens.map(\.form))
            // SpaceAfter=No exactly where the next word touches.
            for (k, word) in sentence.words.enumerated() {
                let touches = k + 1 < tokens.count && tokens[k].end == tokens[k + 1].start
                #expect(word.hasNoSpaceAfter == touches)
            }
            expectOneTree(sentence)
        }
    }

    @Test func missingFileIsOneLocatedError() throws {
        let out = try QuizProcess.run(["analyze", "/nonexistent/essay.txt"])
        #expect(out.status == 1)
        #expect(out.stdout == "")
        #expect(out.stderr == "/nonexistent/essay.txt:1:1: error: no such file\n")
    }

    @Test func badCoNLLUIsOneLocatedError() throws {
        let path = temp("bad.conllu", "# sent_id = 1\n1\ta\t_\t_\t_\t_\tx\troot\t_\t_\n")
        let out = try QuizProcess.run(["analyze", path, "--format", "conllu"])
        #expect(out.status == 1)
        #expect(out.stdout == "")
        #expect(out.stderr == "\(path):2:13: error: bad HEAD 'x': expected a word number, 0 for the root, or _\n")
    }

    @Test func helpShowsExamples() throws {
        let out = try QuizProcess.run(["analyze", "--help"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("quiz analyze essay.txt --format conllu"))
    }
}
