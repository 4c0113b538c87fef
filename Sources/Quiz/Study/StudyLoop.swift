import Deck
import Foundation

/// Runs a study session: shows cards, reads answers, grades, rates, and appends every rating to the
/// review log before the next card is shown.
final class StudyLoop {
    let decks: [StudyDeck]
    let store: ProgressStore
    let clock: StudyClock
    let input: LineInput
    let screen: Screen
    let selfGrade: Bool
    let seed: UInt64
    var queue: StudyQueue
    var tally = SessionTally()
    /// Reviews of this session that `:undo` can take back, newest last.
    var undoable: [(entry: SessionTally.Entry, card: StudyCard)] = []
    var comeBack: StudyCard? = nil
    let startedAt: Timestamp
    let startedElapsed: Double
    var sourceCache: [String: [String]?] = [:]
    var lastInterruptWasEmpty = false

    /// How a card ended.
    enum CardEnd { case rated, skipped, undone, quit }

    init(decks: [StudyDeck], store: ProgressStore, clock: StudyClock, input: LineInput, screen: Screen,
         options: StudyOptions, selfGrade: Bool, seed: UInt64) {
        self.decks = decks
        self.store = store
        self.clock = clock
        self.input = input
        self.screen = screen
        self.selfGrade = selfGrade
        self.seed = seed
        let now = clock.now()
        self.startedAt = now
        self.startedElapsed = clock.elapsed()
        let cards = StudyCard.all(decks.map { ($0.id, $0.deck) })
        self.queue = StudyQueue(cards: cards, options: options, history: store.history,
                                dayStart: StudyClock.dayStart(of: now), seed: seed)
    }

    var style: Style { screen.style }

    func run() {
        header()
        sessionLoop: while true {
            let now = clock.now()
            let step: StudyStep
            if let card = comeBack {
                comeBack = nil
                step = .card(card)
            } else {
                step = queue.next(states: store.states, now: now)
            }
            switch step {
            case .done:
                break sessionLoop
            case .wait(let until, _):
                let left = SchedulerSettings.describe(until - now)
                screen.wrapped("", style.dim("Only cards in learning are left; the next is due in \(left) (\(StudyClock.describe(until, relativeTo: now)))."))
                guard case .line(let answer) = input.read(prompt: "Wait for it? [y/N] › "),
                      ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased()) else {
                    break sessionLoop
                }
                if !clock.isFixed { screen.line(style.dim("  waiting… (Ctrl-C to stop)")) }
                guard clock.wait(until: until, stop: { input.takeInterrupt() }) else { break sessionLoop }
            case .card(let card):
                if ask(card) == .quit { break sessionLoop }
            }
        }
        summary()
    }

    func header() {
        let now = clock.now()
        let counts = queue.counts(states: store.states, now: now)
        let titles = decks.map(\.deck.title).joined(separator: " + ")
        let mode = queue.options.cram ? " · cram (schedule untouched)" : ""
        let left = "\(style.bold(titles)) · \(counts.due) due · \(counts.new) new · \(counts.learning) learning\(mode)"
        let right = style.dim("(:help for commands, Ctrl-D to stop)")
        let gap = screen.width - TextWrap.displayWidth(left) - TextWrap.displayWidth(right)
        if gap >= 2 {
            screen.line(left + String(repeating: " ", count: gap) + right)
        } else {
            screen.wrapped("", left)
            screen.wrapped("", right)
        }
        for warning in store.warnings { screen.line(style.yellow(warning)) }
        screen.line()
    }

    func state(_ key: CardKey) -> MemoryState? { store.states[key] }

    func deck(of card: StudyCard) -> StudyDeck { decks.first { $0.id == card.deckID }! }

    /// Shows one card, reads the answer and the rating, and records it. Returns how it ended.
    func ask(_ study: StudyCard) -> CardEnd {
        let card = study.card
        let before = state(study.key)
        let wasNew = before?.isNew ?? true
        let now = clock.now()
        let position = queue.reviewed + 1
        let total = queue.reviewed + max(1, queue.remaining(states: store.states, now: now))
        let order = ChoiceShuffle.order(card, seed: seed, reviews: before?.reviews ?? 0)
        showPrompt(study, position: position, total: total, order: order)
        let shownAt = clock.elapsed()
        var hintLevel = 0
        var typed = ""
        var grade = AnswerGrade(.wrong)
        answering: while true {
            let event = input.read(prompt: selfGrade ? " ⏎ to reveal › " : " answer › ")
            switch event {
            case .endOfInput:
                return .quit
            case .interrupted(let hadText):
                if !hadText && lastInterruptWasEmpty { return .quit }
                lastInterruptWasEmpty = !hadText
                screen.line(style.dim(hadText ? "(cleared)" : "(Ctrl-C again to quit, or Ctrl-D)"))
                continue
            case .line(let line):
                lastInterruptWasEmpty = false
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.hasPrefix(":") {
                    switch command(text, study: study, answered: false, hintLevel: &hintLevel) {
                    case .stay: continue
                    case .end(let end): return end
                    case .reveal:
                        screen.line(" " + style.yellow("→") + " " + style.bold(card.answer))
                        record(study, rating: .again, outcome: .revealed, typed: nil, shownAt: shownAt, wasNew: wasNew, before: before)
                        return .rated
                    }
                }
                if selfGrade {
                    screen.line(" " + style.cyan("→") + " " + style.bold(card.answer))
                    break answering
                }
                typed = line
                grade = AnswerGrader.grade(line, card: card, choices: order)
                if grade.verdict == .unrecognized {
                    screen.line(style.dim(card.kind == .choice
                        ? "  answer with a letter (a-\(Character(Unicode.Scalar(UInt8(96 + order.count))))), a number or the text of a choice"
                        : "  answer t(rue) or f(alse)"))
                    continue
                }
                showFeedback(grade, card: card, typed: line)
                break answering
            }
        }
        let seconds = clock.elapsed() - shownAt
        let suggestion: Rating? = selfGrade ? nil : RatingAdvisor.suggest(
            grade.verdict, seconds: seconds, answerLength: card.kind == .choice || card.kind == .truefalse ? 1 : card.answer.count,
            state: before, usedHint: hintLevel > 0)
        guard let rating = askRating(study, suggestion: suggestion, before: before, hintLevel: &hintLevel) else { return .quit }
        let outcome: ReviewOutcome = selfGrade ? .selfGraded : grade.outcome
        record(study, rating: rating, outcome: outcome, typed: selfGrade ? nil : typed, shownAt: shownAt, wasNew: wasNew, before: before)
        return .rated
    }

    func showPrompt(_ study: StudyCard, position: Int, total: Int, order: [String]) {
        let card = study.card
        let lead = style.dim("[\(position)/\(total)]") + " "
        let deckNote = decks.count > 1 ? style.dim("  — \(study.deckTitle)") : ""
        switch card.kind {
        case .question:
            screen.wrapped(lead, style.bold(card.prompt) + deckNote)
        case .cloze:
            screen.wrapped(lead, "Cloze — “" + style.bold(card.displayPrompt) + "”" + deckNote)
        case .truefalse:
            screen.wrapped(lead, "True or false: " + style.bold(card.prompt) + deckNote)
        case .choice:
            screen.wrapped(lead, style.bold(card.prompt) + deckNote)
            let items = order.enumerated().map { k, c in "\(Character(Unicode.Scalar(UInt8(97 + k % 26))))) \(c)" }
            let oneLine = "   " + items.joined(separator: "   ")
            if TextWrap.displayWidth(oneLine) <= screen.width {
                screen.line(oneLine)
            } else {
                for item in items { screen.wrapped("   ", item, indent: "      ") }
            }
        }
        if let hint = card.hint, card.kind != .choice, card.kind != .truefalse, !selfGrade {
            screen.wrapped("   ", style.dim("(\(hint))"))
        }
    }

    func showFeedback(_ grade: AnswerGrade, card: Card, typed: String) {
        let expected = card.kind == .truefalse ? (card.isTrue ? "True" : "False") : card.answer
        switch grade.verdict {
        case .correct:
            screen.wrapped(" " + style.green("✓") + " ", expected)
        case .close:
            screen.wrapped(" " + style.yellow("~") + " ", "close: " + style.bold(expected) + style.dim(" (\(grade.note ?? "a small typo"))"))
        case .wrong, .unrecognized:
            screen.wrapped(" " + style.red("✗") + " ", (typed.trimmingCharacters(in: .whitespaces).isEmpty ? "" : style.dim("not “\(typed)” — ")) + "expected: " + style.bold(expected))
        }
    }

    /// Reads the rating: Enter takes the suggestion, 1-4 override. nil when the session should end.
    func askRating(_ study: StudyCard, suggestion: Rating?, before: MemoryState?, hintLevel: inout Int) -> Rating? {
        let now = clock.now()
        let current = before ?? .new(due: now)
        let preview = store.scheduler.preview(current, at: now, fuzzSeed: FuzzSeed.make(cardID: study.key.description, reviews: current.reviews))
        let parts = Rating.allCases.map { r -> String in
            let text = "\(r.rawValue) \(r.name) \(SchedulerSettings.describe(preview[r]!))"
            return r == suggestion ? style.bold("[\(text)]") : text
        }
        screen.parts(parts, lead: " ", separator: " · ")
        while true {
            switch input.read(prompt: suggestion == nil ? " rate 1-4 › " : " ⏎ or 1-4 › ") {
            case .endOfInput: return nil
            case .interrupted(let hadText):
                if !hadText && lastInterruptWasEmpty { return nil }
                lastInterruptWasEmpty = !hadText
                continue
            case .line(let line):
                lastInterruptWasEmpty = false
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.isEmpty, let suggestion { return suggestion }
                if let n = Int(text), let r = Rating(rawValue: n) { return r }
                if text.hasPrefix(":") {
                    switch command(text, study: study, answered: true, hintLevel: &hintLevel) {
                    case .stay: continue
                    case .end(let end):
                        if end == .quit { return nil }
                        continue
                    case .reveal: continue
                    }
                }
                screen.line(style.dim(suggestion == nil ? "  type 1, 2, 3 or 4" : "  press Enter for \(suggestion!.name), or type 1-4"))
            }
        }
    }

    /// Appends the review to the log (durably) and updates the session.
    func record(_ study: StudyCard, rating: Rating, outcome: ReviewOutcome, typed: String?, shownAt: Double,
                wasNew: Bool, before: MemoryState?) {
        let ms = Int(((clock.elapsed() - shownAt) * 1000).rounded())
        let review = ReviewRecord(id: "r-" + UUID().uuidString.lowercased(), key: study.key, time: clock.now(),
                                  rating: rating, answer: typed, durationMs: ms, outcome: outcome,
                                  scheduled: !queue.options.cram)
        do {
            try store.append(.review(review))
        } catch {
            screen.line(style.red(error.description))
            return
        }
        queue.didReview(study.key, wasNew: wasNew)
        let entry = SessionTally.Entry(reviewID: review.id, key: study.key, outcome: outcome, rating: rating, wasNew: wasNew)
        tally.add(entry)
        undoable.append((entry, study))
        let threshold = queue.options.leechThreshold
        if let after = state(study.key), after.lapses >= threshold, (before?.lapses ?? 0) < threshold {
            screen.line(style.yellow(" Leech: forgotten \(after.lapses) times. This card is suspended from study; rewrite it or its answer."))
        }
        screen.line()
    }

    /// What a `:command` asks for.
    enum CommandResult { case stay, end(CardEnd), reveal }

    func command(_ text: String, study: StudyCard, answered: Bool, hintLevel: inout Int) -> CommandResult {
        let card = study.card
        switch text.lowercased() {
        case ":hint", ":h":
            if answered { screen.line(style.dim("  (already answered)")); return .stay }
            hintLevel += 1
            screen.wrapped("  ", style.dim("hint: " + AnswerHint.hint(for: card, level: hintLevel)))
        case ":skip", ":s":
            if answered { screen.line(style.dim("  rate it first: Enter or 1-4")); return .stay }
            queue.skip(study.key)
            screen.line(style.dim("  skipped for this session"))
            screen.line()
            return .end(.skipped)
        case ":reveal", ":r":
            if answered { return .stay }
            return .reveal
        case ":undo", ":u":
            guard !answered else { screen.line(style.dim("  rate this card first, then :undo takes it back")); return .stay }
            guard let last = undoable.popLast() else { screen.line(style.dim("  nothing to undo in this session")); return .stay }
            let undo = UndoRecord(id: "u-" + UUID().uuidString.lowercased(), time: clock.now(), target: last.entry.reviewID)
            do {
                try store.append(.undo(undo))
            } catch {
                screen.line(style.red(error.description))
                undoable.append(last)
                return .stay
            }
            _ = tally.removeLast()
            queue.didUndo(last.entry.key, wasNew: last.entry.wasNew)
            comeBack = last.card
            screen.line(style.dim("  undid the last rating (\(last.entry.rating.name)); that card comes back now"))
            screen.line()
            return .end(.undone)
        case ":source", ":src":
            let path = deck(of: study).sourcePath(for: card)
            if let path, sourceCache[path] == nil { sourceCache[path] = SourcePassage.lines(of: path) }
            let text = SourcePassage.render(card: card, sourceLines: path.flatMap { sourceCache[$0] ?? nil },
                                            revealed: answered, style: style)
            screen.wrapped("   ", text)
        case ":stats":
            screen.line(style.dim("  " + statsLine()))
        case ":help", ":?":
            help()
        case ":quit", ":q", ":exit":
            return .end(.quit)
        default:
            screen.line(style.dim("  unknown command \(text); :help lists them"))
        }
        return .stay
    }

    func help() {
        let lines = [
            "Type your answer and press Enter. Then Enter accepts the suggested rating, or type 1-4.",
            ":hint    the answer's type and length, then its first letter (again for more)",
            ":skip    leave this card for now",
            ":reveal  show the answer (counts as Again)",
            ":undo    take back the last rating",
            ":source  the passage of the text this card comes from",
            ":stats   this session so far",
            ":quit    end the session (Ctrl-D too); Ctrl-C clears the line",
        ]
        for l in lines { screen.wrapped("  ", style.dim(l), indent: "           ") }
    }

    func statsLine() -> String {
        let spent = StudyClock.duration(clock.elapsed() - startedElapsed)
        let accuracy = tally.accuracy.map { " (\(Int(($0 * 100).rounded()))%)" } ?? ""
        return "\(tally.reviewed) card\(tally.reviewed == 1 ? "" : "s") in \(spent) · \(tally.correct) correct\(accuracy) · \(tally.newLearned) new"
    }

    func summary() {
        let now = clock.now()
        var next: Timestamp? = nil
        let keys = Set(decks.flatMap { d in d.deck.cards.map { CardKey(deck: d.id, card: $0.id) } })
        for (key, s) in store.states where keys.contains(key) && !queue.isSuspended(s) {
            if next == nil || s.due < next! { next = s.due }
        }
        var due = ""
        if let next {
            let sameDay = store.states.filter { keys.contains($0.key) && !queue.isSuspended($0.value) && $0.value.due <= StudyClock.dayStart(of: next) + .days(1) }.count
            due = next <= now ? " · more cards are due now" : " · next due \(StudyClock.describe(next, relativeTo: now)) (\(sameDay) card\(sameDay == 1 ? "" : "s"))"
        }
        let newLeft = queue.counts(states: store.states, now: now).new
        let more = tally.reviewed == 0 && next == nil && newLeft == 0 ? " · nothing to study" : ""
        screen.wrapped("", style.bold("Session") + " · " + statsLine() + " learned" + due + more)
    }
}
