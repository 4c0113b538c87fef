import ArgumentParser
import Deck
import Foundation

/// `quiz build`: turns an essay into a deck of ranked questions.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a deck from an essay (plain text or Markdown).",
        usage: "quiz build <essay> [<options>]",
        discussion: """
        Finds the essay's facts (dates, durations, numbers, names, key terms, definitions, citations and the \
        reference list) and writes ranked cloze, wh-question, multiple-choice and true/false cards, each with \
        its source line. The same input always gives the same output.

        By default the deck is restrained: one card per fact, in its best form; at most two cards per \
        sentence; about five cards per 100 words; and only cards that pass `quiz audit`. --all writes every \
        card made, ranked by score; --max-cards N keeps the best N cards that pass; --all --min-score 0 \
        writes every card of every fact found.

        Examples:
          quiz build essay.txt -o Decks/essay.deck
          quiz build essay.txt --format json --max-cards 40
          quiz build essay.txt --all --min-score 0
        """
    )

    @Argument(help: "The essay: UTF-8 plain text or Markdown.")
    var essay: String

    @Option(name: .shortAndLong, help: "Write the deck here (default: standard output).")
    var output: String?

    @Option(help: "Output format: deck (the plain-text deck format) or json (the deck model).")
    var format: DeckStreamWriter.Format = .deck

    @Option(help: "The deck's title (default: the essay's first heading or line).")
    var title: String?

    @Option(name: .customLong("max-cards"), help: "Keep the best N cards (instead of about five per 100 words).")
    var maxCards: Int?

    @Flag(help: "Write every card made, ranked, not only the few that pass the audit.")
    var all = false

    @Option(name: .customLong("min-score"), help: "Leave out facts that score lower (0-1), except each paragraph's best.")
    var minScore: Double = DeckBuilder.Options().minimumScore

    func validate() throws {
        if let maxCards, maxCards < 1 { throw ValidationError("--max-cards must be at least 1") }
        if !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: essay) else {
            StandardError.print("\(essay): error: \(FileManager.default.fileExists(atPath: essay) ? "cannot read file" : "no such file")")
            throw ExitCode(1)
        }
        let decoded = TextDecoding.decode([UInt8](data), file: essay, what: "an essay")
        if let problem = decoded.diagnostics.first(where: { $0.severity == .error }) {
            StandardError.print(problem.description)
            throw ExitCode(1)
        }
        var sourcePath = essay
        if let output {
            sourcePath = RelativePath.from(directory: (output as NSString).deletingLastPathComponent, to: essay)
        }
        var restraint: Restraint?
        if !all {
            do {
                restraint = Restraint(audit: DeckAudit(model: try SyntaxModel.bundled()), cardsPer100Words: maxCards == nil ? 5 : nil)
            } catch {
                StandardError.print("error: cannot load the syntax model: \(error)")
                throw ExitCode(1)
            }
        }
        let builder = DeckBuilder(options: .init(title: title, sourcePath: sourcePath, maxCards: maxCards, minimumScore: minScore,
                                                 restraint: restraint))
        let progress = BuildProgress(enabled: data.count > 1_000_000 && TerminalInfo.stderrIsTTY)
        let file: AtomicFileWriter?
        do {
            file = try output.map { try AtomicFileWriter(path: $0) }
        } catch {
            StandardError.print("\(error)")
            throw ExitCode(1)
        }
        var pending = TextBuffer(capacity: 2 << 20)
        var failure: Error? = nil
        // Output goes out in pieces of about a megabyte, so a large deck is never held whole.
        func write(_ text: TextBuffer) {
            guard failure == nil, text.count > 0 else { return }
            do {
                if let file {
                    try text.withUnsafeBytes { try file.write($0) }
                } else {
                    text.withUnsafeBytes { StandardOutput.write($0) }
                }
            } catch {
                failure = error
            }
        }
        func send(_ force: Bool) {
            guard force || pending.count >= 1 << 20 else { return }
            write(pending)
            pending.removeAll()
        }
        var writer = DeckStreamWriter(format: format, source: sourcePath)
        var deckTitle = ""
        let warnings: [String]
        if maxCards == nil {
            // (The cards are written as they are made.)
            warnings = builder.stream(decoded.text, progress: progress.update, begin: { title in
                deckTitle = title
                pending += writer.begin(title: title)
            }, emit: { cards in
                writer.append(cards, to: &pending)
                send(false)
            })
        } else {
            let result = builder.build(decoded.text, progress: progress.update)
            warnings = result.warnings
            deckTitle = result.deck.title
            pending += writer.begin(title: deckTitle)
            writer.append(result.deck.cards, to: &pending)
        }
        pending += writer.end(title: deckTitle)
        if format == .json { pending += "\n" }
        send(true)
        progress.finish()
        for warning in warnings { StandardError.print("\(essay): warning: \(warning)") }
        if let file, let output {
            do {
                if let failure { throw failure }
                try file.commit()
            } catch {
                file.abort()
                StandardError.print("\(output): error: cannot write the deck: \(error)")
                throw ExitCode(1)
            }
            StandardError.print("\(output): \(writer.count) cards")
        }
    }
}

/// `--format deck|json`.
extension DeckStreamWriter.Format: ExpressibleByArgument {}
