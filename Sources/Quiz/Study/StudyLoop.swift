import Deck
import Foundation

/// Runs a study session: shows cards, reads answers, grades, rates, and appends every rating to the
/// review log before the next card is shown.
final class StudyLoop {
    var decks: [StudyDeck]
    let store: ProgressStore
    let clock: StudyClock
    let input: LineInput
    let screen: Screen
    let selfGrade: Bool
    let seed: UInt64
    /// The session's rules: what comes next, siblings, burying, leeches, undo, the tally.
    var session: StudySession
    let startedAt: Timestamp
    let startedElapsed: Double
    var sourceCache: [String: [String]?] = [:]
    /// Set when the log could not take an entry: the session stops, and `quiz` exits with status 1.
    var saveFailure: ProgressError? = nil
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
        self.session = StudySession(cards: cards, options: options, summary: store.summary, states: store.states,
                                    dayStart: StudyClock.dayStart(of: now), seed: seed)
    }

    var tally: SessionTally { session.tally }
    var isCram: Bool { session.options.cram }

    func newID(_ prefix: String) -> String { prefix + UUID().uuidString.lowercased() }

    var style: Style { screen.style }

    func run() {
        header()
        sessionLoop: while true {
            let now = clock.now()
            switch session.next(states: store.states, now: now) {
            case .done:
                break sessionLoop
            case .wait(let until, _):
                let left = SchedulerSettings.describe(until - now)
                screen.wrapped("", style.dim("Only cards in learning are left; the next is due in \(left) (\(StudyClock.describe(until, relativeTo: now))): waiting\(clock.isFixed ? "" : " (Ctrl-C to stop)")."))
                guard clock.wait(until: until, stop: { input.takeInterrupt() }) else { break sessionLoop }
            case .card(let card):
                if ask(card) == .quit { break sessionLoop }
            }
        }
        summary()
    }

    func header() {
        let now = clock.now()
        let counts = session.counts(states: store.states, now: now)
        let titles = decks.map(\.deck.title).joined(separator: " + ")
        let left = isCram
            ? "\(style.bold(titles)) · cram: \(counts.due) card\(counts.due == 1 ? "" : "s"), schedule untouched"
            : "\(style.bold(titles)) · \(style.blue("\(counts.new) new")) · \(style.red("\(counts.learning) learning")) · \(style.green("\(counts.due) review"))"
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

    /// The counters before a card, as Anki shows them: new · learning · review left, the current card's own
    /// count marked.
    func counters(for before: MemoryState?, now: Timestamp) -> String {
        if isCram { return style.dim("[\(session.counts(states: store.states, now: now).due) left]") + " " }
        let c = session.counts(states: store.states, now: now)
        let current = before.map { $0.isNew ? 0 : ($0.state == .review ? 2 : 1) } ?? 0
        let numbers = [c.new, c.learning, c.due].enumerated().map { k, n -> String in
            let text = k == current ? "[\(n)]" : "\(n)"
            switch k {
            case 0: return style.blue(text)
            case 1: return style.red(text)
            default: return style.green(text)
            }
        }
        return numbers.joined(separator: style.dim("·")) + " "
    }

    func state(_ key: CardKey) -> MemoryState? { store.states[key] }

    func deck(of card: StudyCard) -> StudyDeck { decks.first { $0.id == card.deckID }! }

    /// Shows one card, reads the answer and the rating, and records it. Returns how it ended.
    func ask(_ study: StudyCard) -> CardEnd {
        let card = study.card
        let before = state(study.key)
        let now = clock.now()
        let lead = counters(for: before, now: now)
        session.show(study)
        let order = ChoiceShuffle.order(card, seed: seed, reviews: before?.reviews ?? 0)
        showPrompt(study, lead: lead, order: order)
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
                        screen.line(" " + style.yellow("→") + " " + style.bold(card.answer) + style.dim("   (revealed: counts as Again)"))
                        return record(study, rating: .again, outcome: .revealed, typed: nil, shownAt: shownAt, before: before) ? .rated : .quit
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
        let advice = selfGrade ? nil : session.advice(for: study, verdict: grade.verdict, seconds: seconds, state: before, usedHint: hintLevel > 0)
        let (chosen, quitAfter) = askRating(study, advice: advice, before: before, hintLevel: &hintLevel)
        guard let rating = chosen else { return .quit }
        let outcome: ReviewOutcome = selfGrade ? .selfGraded : grade.outcome
        let saved = record(study, rating: rating, outcome: outcome, typed: selfGrade ? nil : typed, shownAt: shownAt, before: before,
                           confirm: rating != advice?.rating || quitAfter)
        return quitAfter || !saved ? .quit : .rated
    }

    func showPrompt(_ study: StudyCard, lead: String, order: [String]) {
        let card = study.card
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
            let trimmed = typed.trimmingCharacters(in: .whitespaces)
            let said = grade.picked ?? trimmed
            screen.wrapped(" " + style.red("✗") + " ", (said.isEmpty ? "" : style.dim("not “\(said)” — ")) + "expected: " + style.bold(expected))
        }
    }

    /// Why the advice is what it is, when the grade alone does not say: `(slow answer, 21 s: Hard)`.
    static func why(_ advice: RatingAdvisor.Advice) -> String? {
        advice.reason.map { "(\($0): \(advice.rating.name))" }
    }

    /// Reads the rating: Enter takes the advice, 1-4 override. The rating is nil when the session should end
    /// without it; `quit` says the learner asked to stop after this rating (a second Ctrl-C keeps the advice).
    func askRating(_ study: StudyCard, advice: RatingAdvisor.Advice?, before: MemoryState?, hintLevel: inout Int) -> (rating: Rating?, quit: Bool) {
        let suggestion = advice?.rating
        if isCram {
            // A cram review changes no schedule: no intervals to preview.
            let parts = Rating.allCases.map { r in r == suggestion ? style.bold("[\(r.rawValue) \(r.name)]") : "\(r.rawValue) \(r.name)" }
            screen.parts(parts + (advice.flatMap(Self.why).map { [style.dim($0)] } ?? []), lead: " ", separator: " · ")
        } else {
            let now = clock.now()
            let current = before ?? .new(due: now)
            let preview = store.scheduler.preview(current, at: now, fuzzSeed: FuzzSeed.next(study.key, from: current))
            let parts = Rating.allCases.map { r -> String in
                let text = "\(r.rawValue) \(r.name) \(SchedulerSettings.describe(preview[r]!))"
                return r == suggestion ? style.bold("[\(text)]") : text
            }
            screen.parts(parts + (advice.flatMap(Self.why).map { [style.dim($0)] } ?? []), lead: " ", separator: " · ")
        }
        var interrupted = false
        while true {
            switch input.read(prompt: suggestion == nil ? " rate 1-4 › " : " ⏎ or 1-4 › ") {
            case .endOfInput: return (nil, true)
            case .interrupted(let hadText):
                if !hadText && interrupted {
                    // The answer was graded: keep it with the advice before stopping.
                    return (suggestion, true)
                }
                interrupted = !hadText
                screen.line(style.dim(suggestion == nil ? "(Ctrl-C again to quit)" : "(Ctrl-C again to save \(suggestion!.name) and quit)"))
                continue
            case .line(let line):
                interrupted = false
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.isEmpty, let suggestion { return (suggestion, false) }
                if let n = Int(text), let r = Rating(rawValue: n) { return (r, false) }
                if text.hasPrefix(":") {
                    switch command(text, study: study, answered: true, hintLevel: &hintLevel) {
                    case .stay: continue
                    case .end(let end):
                        if end == .quit { return (nil, true) }
                        continue
                    case .reveal: continue
                    }
                }
                screen.line(style.dim(suggestion == nil ? "  type 1, 2, 3 or 4" : "  press Enter for \(suggestion!.name), or type 1-4"))
            }
        }
    }

    /// Appends the review to the log (durably) and updates the session; `confirm` prints the rating and
    /// when the card is due next.
    @discardableResult
    func record(_ study: StudyCard, rating: Rating, outcome: ReviewOutcome, typed: String?, shownAt: Double,
                before: MemoryState?, confirm: Bool = false) -> Bool {
        let ms = Int(((clock.elapsed() - shownAt) * 1000).rounded())
        let review = session.review(study, id: newID("r-"), time: clock.now(), rating: rating, answer: typed,
                                    durationMs: ms, outcome: outcome)
        guard save(.review(review)) else { return false }
        let after = state(study.key)
        if confirm {
            if isCram {
                screen.line(style.dim("  rated \(rating.name) (cram: the schedule is untouched)"))
            } else if let after {
                screen.line(style.dim("  rated \(rating.name) · next due \(StudyClock.describe(after.due, relativeTo: review.time))"))
            }
        }
        let notices = session.recorded(review, card: study, before: before, after: after, states: store.states, suspendID: newID("a-"))
        for notice in notices {
            switch notice {
            case .leech(let lapses, let suspend):
                if let suspend {
                    guard save(.action(suspend)) else { return false }
                    session.suspendedLeech(suspend)
                    screen.wrapped(" ", style.yellow("Leech: forgotten \(lapses) times, so it is suspended; rewrite it or its answer, then `quiz unsuspend \(study.key)`."))
                } else {
                    screen.wrapped(" ", style.yellow("Leech: forgotten \(lapses) times; `quiz cards --leeches` lists it. Consider rewriting it."))
                }
            case .siblingsBuried(let n):
                screen.line(style.dim("  \(n) related card\(n == 1 ? "" : "s") from the same sentence wait\(n == 1 ? "s" : "") until tomorrow"))
            }
        }
        screen.line()
        return true
    }

    /// Appends `entry` to the log; when that fails, says so, and the session stops (nothing more is
    /// acknowledged).
    func save(_ entry: ReviewLogEntry) -> Bool {
        do {
            try store.append(entry)
            return true
        } catch {
            saveFailure = error
            screen.line(style.red(error.description))
            screen.line(style.red("The session stops here: what was saved before is safe."))
            return false
        }
    }

    /// Saves a card action for the card on screen and tells the session.
    func act(_ action: CardAction, on study: StudyCard) -> Bool {
        let record = CardActionRecord(id: newID("a-"), key: study.key, time: clock.now(), action: action)
        guard save(.action(record)) else { return false }
        session.acted(record, card: study, states: store.states)
        return true
    }

    /// What a `:command` asks for.
    enum CommandResult { case stay, end(CardEnd), reveal }

    func command(_ text: String, study: StudyCard, answered: Bool, hintLevel: inout Int) -> CommandResult {
        let card = study.card
        let words = text.lowercased().split(separator: " ")
        switch words.first.map(String.init) ?? "" {
        case ":hint", ":h":
            if answered { screen.line(style.dim("  (already answered)")); return .stay }
            hintLevel += 1
            screen.wrapped("  ", style.dim("hint: " + AnswerHint.hint(for: card, level: hintLevel)))
        case ":skip", ":s":
            if answered { screen.line(style.dim("  rate it first: Enter or 1-4")); return .stay }
            session.skip(study.key)
            screen.line(style.dim("  skipped for this session"))
            screen.line()
            return .end(.skipped)
        case ":bury", ":b":
            if answered { screen.line(style.dim("  rate it first: Enter or 1-4")); return .stay }
            guard act(.bury(until: StudyClock.dayStart(of: clock.now()) + .days(1)), on: study) else { return .end(.quit) }
            screen.line(style.dim("  buried until tomorrow (:undo brings it back)"))
            screen.line()
            return .end(.skipped)
        case ":suspend":
            if answered { screen.line(style.dim("  rate it first: Enter or 1-4")); return .stay }
            guard act(.suspend, on: study) else { return .end(.quit) }
            screen.line(style.dim("  suspended: left out of study until `quiz unsuspend \(study.key)` (:undo brings it back)"))
            screen.line()
            return .end(.skipped)
        case ":flag", ":f":
            let n = words.count > 1 ? Int(words[1]) : 1
            guard let n, (0...4).contains(n) else { screen.line(style.dim("  :flag takes 1-4, or 0 to clear")); return .stay }
            guard act(.flag(n), on: study) else { return .end(.quit) }
            screen.line(style.dim(n == 0 ? "  flag cleared" : "  flagged \(n) (`quiz cards --flagged` lists flagged cards)"))
        case ":edit", ":e":
            if answered { screen.line(style.dim("  rate it first: Enter or 1-4")); return .stay }
            if edit(study) { return .end(.skipped) }
        case ":reveal", ":r":
            if answered { return .stay }
            return .reveal
        case ":undo", ":u":
            guard !answered else { screen.line(style.dim("  rate this card first, then :undo takes it back")); return .stay }
            guard let last = session.lastUndoable else { screen.line(style.dim("  nothing to undo in this session")); return .stay }
            let now = clock.now()
            for target in [last.entryID] + last.alsoCancels {
                guard save(.undo(UndoRecord(id: newID("u-"), time: now, target: target))) else { return .end(.quit) }
            }
            session.undid(marks: store.summary.marks)
            if let review = last.review {
                screen.line(style.dim("  undid the last rating (\(review.rating.name)); that card comes back now"))
            } else {
                screen.line(style.dim("  undid the last card action; that card is back in the session"))
            }
            screen.line()
            return .end(.undone)
        case ":source", ":src":
            let owner = deck(of: study)
            var path = owner.sourcePath(for: card)
            if let named = path {
                switch SourcePassage.access(named, folder: owner.folder) {
                case .inside(let real): path = real
                case .missing: path = nil
                case .outside:
                    screen.wrapped("   ", "The source text \(card.source?.file ?? owner.deck.source ?? named) is outside the deck's folder; "
                                   + ":source reads only files under it.")
                    return .stay
                }
            }
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
            "The numbers before a card: new · learning · review cards left; [brackets] mark this card's.",
            ":hint     the answer's type and length, then its first letter (again for more)",
            ":skip     leave this card for now",
            ":bury     leave this card until tomorrow",
            ":suspend  leave this card out of study until `quiz unsuspend`",
            ":flag N   flag this card 1-4 (0 clears); `quiz cards --flagged` lists them",
            ":edit     open this card in $EDITOR; its progress stays",
            ":reveal   show the answer (counts as Again)",
            ":undo     take back the last rating, bury, suspend or flag",
            ":source   the passage of the text this card comes from",
            ":stats    this session so far",
            ":quit     end the session (Ctrl-D too); Ctrl-C clears the line",
        ]
        for l in lines { screen.wrapped("  ", style.dim(l), indent: "            ") }
    }

    func statsLine() -> String {
        let spent = StudyClock.duration(clock.elapsed() - startedElapsed)
        let accuracy = tally.accuracy.map { " (\(Int(($0 * 100).rounded()))%)" } ?? ""
        let new = isCram ? "" : " · \(tally.newLearned) new"
        return "\(tally.reviewed) card\(tally.reviewed == 1 ? "" : "s") in \(spent) · \(tally.correct) correct\(accuracy)\(new)"
    }

    func summary() {
        let now = clock.now()
        if isCram {
            screen.wrapped("", style.bold("Cram") + " · " + statsLine() + " · no schedule changed")
            return
        }
        // The due times of the session's cards with a state, not suspended (each card once).
        var dues: [Timestamp] = []
        var seen = Set<CardKey>()
        let states = store.states
        for key in session.queue.keys {
            if let s = states[key], !session.isSuspended(key, state: s), seen.insert(key).inserted { dues.append(s.due) }
        }
        let next = dues.min()
        var due = ""
        if let next {
            let dayEnd = StudyClock.dayStart(of: next) + .days(1)
            let sameDay = dues.reduce(0) { $0 + ($1 <= dayEnd ? 1 : 0) }
            due = next <= now ? " · more cards are due now" : " · next due \(StudyClock.describe(next, relativeTo: now)) (\(sameDay) card\(sameDay == 1 ? "" : "s"))"
        }
        let newLeft = session.counts(states: store.states, now: now).new
        let more = tally.reviewed == 0 && next == nil && newLeft == 0 ? " · nothing to study" : ""
        screen.wrapped("", style.bold("Session") + " · " + statsLine() + " learned" + due + more)
    }
}
