import ArgumentParser
import Deck
import Foundation

/// `quiz analyze`: tags and parses an essay's sentences (or a CoNLL-U file's) and shows the trees.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show how the syntax model reads each sentence: tags, dependency tree, noun phrases.",
        discussion: """
        Reads an essay the way `quiz build` does (paragraphs and list items split into sentences), splits each \
        sentence into words and parses it with the bundled model. A CoNLL-U file (named *.conllu, or whose first \
        word line has 10 tab-separated columns) is read as it is: its words are kept and only parsed.

        --format text prints, per sentence, a table of the words (ID, FORM, UPOS, XPOS, HEAD, DEPREL), the tree \
        and the noun phrases. --format conllu prints CoNLL-U: for a CoNLL-U input, the same file with UPOS, XPOS, \
        FEATS (noun number), HEAD and DEPREL from the model; for an essay, one sentence per essay sentence.

        Examples:
          quiz analyze Decks/sources/us-japan-security-treaty.txt
          quiz analyze essay.txt --format conllu > essay.conllu
          quiz analyze dev.conllu --format conllu > out.conllu
        """
    )

    /// `--format text|conllu`.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, conllu }

    @Argument(help: "An essay (UTF-8 plain text or Markdown) or a CoNLL-U file.")
    var essay: String

    @Option(help: "Output format: text (tables and trees) or conllu.")
    var format: Format = .text

    func run() throws {
        guard let data = FileManager.default.contents(atPath: essay) else {
            let problem = FileManager.default.fileExists(atPath: essay) ? "cannot read file" : "no such file"
            StandardError.print(Diagnostic(file: essay, line: 1, column: 1, message: problem).description)
            throw ExitCode(1)
        }
        let decoded = TextDecoding.decode([UInt8](data), file: essay, what: "an essay or CoNLL-U file")
        if let problem = decoded.diagnostics.first(where: { $0.severity == .error }) {
            StandardError.print(problem.description)
            throw ExitCode(1)
        }
        let model: SyntaxModel
        do {
            model = try SyntaxModel.bundled()
        } catch {
            StandardError.print("error: cannot load the syntax model: \(error)")
            throw ExitCode(1)
        }
        if Self.looksLikeCoNLLU(path: essay, text: decoded.text) {
            let sentences: [CoNLLUSentence]
            do {
                sentences = try CoNLLU.read(decoded.text, file: essay)
            } catch {
                StandardError.print(error.description)
                throw ExitCode(1)
            }
            analyze(conllu: sentences, model: model)
        } else {
            analyze(essay: decoded.text, model: model)
        }
    }

    /// Parses a CoNLL-U file's sentences on their own words.
    func analyze(conllu sentences: [CoNLLUSentence], model: SyntaxModel) {
        var out = ""
        for (n, sentence) in sentences.enumerated() {
            let parse = model.parse(sentence.syntaxTokens)
            switch format {
            case .conllu:
                out += CoNLLU.write([sentence.filled(with: parse)])
            case .text:
                if n > 0 { out += "\n" }
                let text = sentence.comment("text") ?? parse.text(of: 0..<parse.count)
                out += ParseListing.render(parse, line: sentence.line, text: text) + "\n"
            }
            flush(&out)
        }
        flush(&out, force: true)
    }

    /// Splits an essay into sentences as `quiz build` does and parses each.
    func analyze(essay text: String, model: SyntaxModel) {
        var out = ""
        var n = 0
        for block in TextDocument(text).blocks where block.kind == .paragraph || block.kind == .listItem {
            for sentence in SentenceSplitter.split(block.text) {
                let tokens = SyntaxTokenizer.tokenize(sentence.text)
                guard !tokens.isEmpty else { continue }
                let parse = model.parse(tokens)
                n += 1
                switch format {
                case .conllu:
                    out += CoNLLU.write([CoNLLUSentence(parse: parse, id: String(n), text: sentence.text)])
                case .text:
                    if n > 1 { out += "\n" }
                    out += ParseListing.render(parse, line: block.line, text: sentence.text) + "\n"
                }
                flush(&out)
            }
        }
        flush(&out, force: true)
    }

    /// Writes what is pending once it reaches about a megabyte (or at the end).
    func flush(_ out: inout String, force: Bool = false) {
        guard force || out.utf8.count >= 1 << 20, !out.isEmpty else { return }
        StandardOutput.write(out)
        out = ""
    }

    /// Whether the input is CoNLL-U: named `.conllu`, or its first line that is not a comment or blank has 10
    /// tab-separated columns.
    static func looksLikeCoNLLU(path: String, text: String) -> Bool {
        if path.lowercased().hasSuffix(".conllu") { return true }
        for line in TextLines.split(text) where !line.isEmpty && !line.hasPrefix("#") {
            return line.split(separator: "\t", omittingEmptySubsequences: false).count == 10
        }
        return false
    }
}
