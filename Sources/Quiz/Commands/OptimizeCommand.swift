import ArgumentParser
import Deck
import Foundation

/// `quiz optimize`: fits the FSRS-6 parameters to the learner's own reviews, and keeps them with --apply.
struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: "Fit the FSRS-6 parameters to your review history (as Anki's optimizer does).",
        discussion: """
        Reads the review log (or, with --revlog, an FSRS optimizer CSV as quiz replay reads it), learns from \
        every review made on a later day than the card's previous one, and prints the fitted parameters beside \
        the defaults, with the log loss and RMSE (bins) of each on the latest 20% of those reviews, predicted \
        by parameters fitted to the rest. Cram reviews and undone reviews are left out. With fewer than \
        \(ParameterOptimizer.minimumItems) such reviews the defaults are kept; with fewer than \
        \(ParameterOptimizer.minimumForTraining) only the first four parameters (initial stabilities) are fitted.

        --apply keeps the parameters fitted to all reviews as fsrs-parameters in config.toml (for the one \
        --deck given, else for every deck), and card states are derived again with them.

        Examples:
          quiz optimize
          quiz optimize --apply
          quiz optimize --deck treaty --format json
          quiz optimize --revlog anki-revlog.csv
        """
    )

    @Option(name: .customLong("data-dir"), help: "Where progress is kept (default: $QUIZ_HOME, $XDG_DATA_HOME/quiz or ~/.local/share/quiz).")
    var dataDir: String?

    @Option(help: "Learn only from this deck's reviews (its name or path); repeat for several.")
    var deck: [String] = []

    @Option(help: "Learn from an FSRS optimizer CSV (card_id, review_time, review_rating) instead of the log.")
    var revlog: String?

    @Flag(help: "Keep the fitted parameters in config.toml.")
    var apply = false

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    var deckIDs: [String] {
        deck.map { $0.contains("/") || $0.hasSuffix(".deck") ? StudyDeck.id(forPath: $0) : $0 }
    }

    func validate() throws {
        if revlog != nil && !deck.isEmpty { throw ValidationError("--deck applies to the review log, not to --revlog") }
        if apply && deck.count > 1 { throw ValidationError("--apply keeps parameters for one --deck or for every deck, not for \(deck.count) decks") }
    }

    func run() throws {
        let settings = try ConfiguredSettings.resolve(flags: [:], deckIDs: deckIDs).schedulerSettings()
        let (data, reviews) = try readHistory()
        var configuration = OptimizerConfiguration()
        configuration.relearningSteps = settings.relearningSteps.count
        let bar = BuildProgress(enabled: TerminalInfo.stderrIsTTY && format == .text, label: "optimizing")
        let report = OptimizationReport.run(data, configuration: configuration) { bar.update($0) }
        bar.finish()
        let output = OptimizeOutput(report, reviews: reviews)
        switch format {
        case .json: StandardOutput.write(try JSONOutput.text(output))
        case .text: StandardOutput.write(output.text)
        }
        if report.outcome.method == .defaults {
            StandardError.print("quiz: note: \(report.outcome.items) reviews to learn from (a review on a later day than the card's previous one); at least \(ParameterOptimizer.minimumItems) are needed, so the defaults are kept")
            return
        }
        if apply { try keep(report.outcome.parameters) }
    }

    /// The training data and how many reviews it came from.
    func readHistory() throws -> (TrainingData, Int) {
        if let revlog {
            guard let bytes = FileManager.default.contents(atPath: revlog) else {
                StandardError.print("\(revlog): error: cannot read file")
                throw ExitCode(1)
            }
            let decoded = TextDecoding.decode([UInt8](bytes), file: revlog, what: "a review history")
            if let problem = decoded.diagnostics.first {
                StandardError.print(Diagnostic(file: problem.file, line: problem.line, column: nil, message: problem.message).description)
                throw ExitCode(1)
            }
            do {
                let rows = try RevlogCSV.parse(decoded.text, path: revlog)
                return (TrainingData.build(revlog: rows), rows.count)
            } catch {
                StandardError.print(error.description)
                throw ExitCode(1)
            }
        }
        let path = directory + "/reviews.jsonl"
        do {
            let contents = try ReviewLogFile.read(path)
            if !contents.tornTail.isEmpty {
                StandardError.print("\(path): warning: the last line is incomplete (\(contents.tornTail.count) bytes) and was ignored")
            }
            let history = ReviewHistory(entries: contents.entries)
            let decks = deckIDs.isEmpty ? nil : Set(deckIDs)
            let used = history.reviews.filter { $0.scheduled && (decks?.contains($0.key.deck) ?? true) }.count
            return (TrainingData.build(history: history, decks: decks), used)
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
    }

    var directory: String { ProgressLocation.resolve(flag: dataDir, environment: ProcessInfo.processInfo.environment, home: NSHomeDirectory()) }

    /// Writes the parameters to the config file and derives the card states again with them.
    func keep(_ parameters: [Double]) throws {
        let path = ConfigFile.location()
        do {
            try ConfigFile.set(.fsrsParameters, to: .numbers(parameters), deck: deckIDs.first, in: path)
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
        StandardError.print("quiz: kept fsrs-parameters in \(path)\(deckIDs.first.map { " for deck \($0)" } ?? "")")
        guard revlog == nil, FileManager.default.fileExists(atPath: directory + "/reviews.jsonl") else { return }
        let settings = try ConfiguredSettings.resolve(flags: [:], deckIDs: deckIDs).schedulerSettings()
        do {
            let store = try ProgressStore(directory: directory, scheduler: FSRSScheduler(settings: settings))
            try store.rebuildSnapshot()
            store.close()
        } catch {
            StandardError.print("quiz: warning: card states not derived again now (\(error)); they will be when quiz next opens the progress")
        }
    }
}

/// What `quiz optimize` prints.
struct OptimizeOutput: Encodable {
    struct Scores: Encodable {
        var logLoss: Double
        var rmseBins: Double
        enum CodingKeys: String, CodingKey { case logLoss = "log_loss", rmseBins = "rmse_bins" }
    }

    struct HeldOut: Encodable {
        var items: Int
        var defaults: Scores
        var fitted: Scores
    }

    var reviews: Int
    var items: Int
    var trainedItems: Int
    var method: String
    var parameters: [Double]
    var defaults: [Double]
    var heldOut: HeldOut?

    enum CodingKeys: String, CodingKey {
        case reviews, items, method, parameters, defaults
        case trainedItems = "trained_items", heldOut = "held_out"
    }

    init(_ report: OptimizationReport, reviews: Int) {
        self.reviews = reviews
        items = report.items
        trainedItems = report.outcome.items
        method = report.outcome.method.rawValue
        parameters = report.outcome.parameters
        defaults = SchedulerSettings.defaultParameters
        heldOut = report.heldOut.map {
            HeldOut(items: $0.defaults.items, defaults: Scores(logLoss: $0.defaults.logLoss, rmseBins: $0.defaults.rmseBins),
                    fitted: Scores(logLoss: $0.fitted.logLoss, rmseBins: $0.fitted.rmseBins))
        }
    }

    var text: String {
        func fixed(_ x: Double, _ digits: Int = 4) -> String { String(format: "%.\(digits)f", x) }
        let how: String
        switch method {
        case "trained": how = "all 21 trained"
        case "pretrained": how = "too few for training: initial stabilities w0-w3 fitted, the rest default"
        default: how = "too few: defaults kept"
        }
        var out = "\(reviews) reviews, \(items) to learn from (\(trainedItems) after outliers); \(how)\n\n"
        out += "parameter   default    fitted\n"
        for i in 0..<21 {
            out += "w\(i)".padding(toLength: 8, withPad: " ", startingAt: 0)
                + fixed(defaults[i]).leftPadded(10) + fixed(parameters[i]).leftPadded(10) + "\n"
        }
        if let heldOut {
            out += "\nOn the latest \(heldOut.items) reviews, held out of the fit:\n"
            out += "            log loss  RMSE (bins)\n"
            out += "default   " + fixed(heldOut.defaults.logLoss).leftPadded(10) + fixed(heldOut.defaults.rmseBins).leftPadded(13) + "\n"
            out += "fitted    " + fixed(heldOut.fitted.logLoss).leftPadded(10) + fixed(heldOut.fitted.rmseBins).leftPadded(13) + "\n"
        }
        return out
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
