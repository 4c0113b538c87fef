/// Turns a deck, and optionally its review history, into an Anki collection to write as a package: one note
/// per card (accepted answers in an `Accept` field, one per line; question, choice and true/false cards as `quiz Basic` notes with the options or "True or false:"
/// on the front, as the text export writes them; cloze cards as `quiz Cloze` notes whose gaps all share `c1`,
/// so each makes one Anki card), tagged `quiz::ID` so that importing the package back gives the same ids. Note
/// ids follow the deck's order from a base derived from the deck's id; guids derive from the card ids, so
/// exporting again gives the same notes.
///
/// With history, every scheduled review becomes a `revlog` row (rating as ease, learning/review/relearning
/// type from the card's state before it, intervals from the states before and after) and each card carries
/// its FSRS memory state: `data` holds stability `s`, difficulty `d` and last review time `lrt`, and type,
/// queue, due and interval place it where the replayed schedule does.
public enum AnkiPackageExport {
    public static let basicNotetypeID: Int64 = 1_600_000_000_101
    public static let clozeNotetypeID: Int64 = 1_600_000_000_102

    /// The back's line of accepted answers (the `Accept` field: one per line).
    static let showAccepted = "{{#Accept}}<br><small>also: {{Accept}}</small>{{/Accept}}"

    /// The two note types the export uses.
    public static let notetypes: [Int64: AnkiNotetype] = [
        basicNotetypeID: AnkiNotetype(
            id: basicNotetypeID, name: "quiz Basic", isCloze: false, fields: ["Front", "Back", "Hint", "Accept"],
            templates: [AnkiTemplate(ordinal: 0, name: "Card 1", front: "{{Front}}{{#Hint}}<br>{{hint:Hint}}{{/Hint}}",
                                     back: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" + showAccepted)]),
        clozeNotetypeID: AnkiNotetype(
            id: clozeNotetypeID, name: "quiz Cloze", isCloze: true, fields: ["Text", "Back Extra", "Hint", "Accept"],
            templates: [AnkiTemplate(ordinal: 0, name: "Cloze", front: "{{cloze:Text}}{{#Hint}}<br>{{hint:Hint}}{{/Hint}}",
                                     back: "{{cloze:Text}}<br>\n{{Back Extra}}" + showAccepted)]),
    ]

    /// `deckID` is the deck's id in the progress log; `reviews` its reviews (nil: no history); `now` dates the
    /// collection, whose day count review cards' due days are relative to.
    public static func collection(deck: Deck, deckID: String, reviews: [ReviewRecord]?, scheduler: FSRSScheduler,
                                  now: Timestamp) -> AnkiCollection {
        let ankiDeck = 1_000_000_000_000 + Int64(FNV1a.hash("quiz-deck:" + deckID) % 900_000_000_000)
        let creation = now.microseconds / 1_000_000 / 86_400 * 86_400
        var collection = AnkiCollection(notetypes: notetypes, decks: [1: "Default", ankiDeck: deck.title], creation: creation)
        var usedRevlog = Set<Int64>()
        let noteBase = 1_000_000_000_000 + Int64(FNV1a.hash("quiz-notes:" + deckID) % 900_000) * 1_000_000
        let byCard = Dictionary(grouping: (reviews ?? []).filter(\.scheduled), by: \.key.card)
        for (position, card) in deck.cards.enumerated() {
            // Ids in deck order (an import sorts by them); Anki matches notes again by their guid.
            let id = noteBase + Int64(position)
            let tags = card.tags.map { $0.replacingOccurrences(of: " ", with: "_") } + ["quiz::\(card.id)"]
            let guid = String(FNV1a.hash("quiz-guid:\(deckID)/\(card.id)"), radix: 36)
            let fields = noteFields(card)
            collection.notes.append(AnkiNote(id: id, guid: guid, notetype: card.kind == .cloze ? clozeNotetypeID : basicNotetypeID,
                                             fields: fields.map(AnkiHTML.html), tags: tags))
            var ankiCard = AnkiCard(id: id, note: id, deck: ankiDeck, ordinal: 0, due: Int64(position + 1))
            let key = CardKey(deck: deckID, card: card.id)
            if let list = byCard[card.id], !list.isEmpty {
                let steps = ReviewHistory.statesBefore(key: key, reviews: list, scheduler: scheduler)
                let final = ReviewHistory.replay(key: key, reviews: list, scheduler: scheduler)
                var lastInterval: Int64 = 0
                for (k, step) in steps.enumerated() {
                    let after = k + 1 < steps.count ? steps[k + 1].before : final
                    var revlogID = step.review.time.microseconds / 1000
                    while usedRevlog.contains(revlogID) { revlogID += 1 }
                    usedRevlog.insert(revlogID)
                    let interval = ankiInterval(after, at: step.review.time)
                    let type = step.before.isNew || step.before.state == .learning ? 0 : step.before.state == .review ? 1 : 2
                    collection.reviews.append(AnkiReview(id: revlogID, card: id, ease: step.review.rating.rawValue, interval: interval,
                                                         lastInterval: lastInterval, factor: type == 0 ? 0 : 2500,
                                                         duration: Int64(min(step.review.durationMs ?? 0, 3_600_000)), type: type))
                    lastInterval = interval
                }
                ankiCard = scheduled(ankiCard, final, creation: creation)
            }
            collection.cards.append(ankiCard)
        }
        return collection
    }

    /// The note's fields: front, back, hint and accepted answers (one per line), or text, extra, hint and
    /// accepted answers for a cloze card.
    static func noteFields(_ card: Card) -> [String] {
        let hint = card.hint ?? "", accepted = card.accepted.joined(separator: "\n")
        switch card.kind {
        case .question:
            return [card.prompt, card.answer, hint, accepted]
        case .cloze:
            let text = ClozeText(card.prompt).rendered { gap in "{{c1::\(gap)}}" }
            return [text, "", hint, accepted]
        case .choice:
            let options = card.choices.enumerated().map { k, c in "\(Character(Unicode.Scalar(UInt8(97 + k % 26))))) \(c)" }
            return [card.prompt + "\n" + options.joined(separator: "\n"), card.answer, hint, accepted]
        case .truefalse:
            return ["True or false: " + card.prompt, card.isTrue ? "True" : "False", hint, accepted]
        }
    }

    /// Anki's interval of a state reached at `time`: whole days in review, else negative seconds.
    static func ankiInterval(_ state: MemoryState, at time: Timestamp) -> Int64 {
        let seconds = max(1, (state.due - time).microseconds / 1_000_000)
        if state.state == .review { return max(1, (seconds + 43_200) / 86_400) }
        return -seconds
    }

    /// The card's scheduling columns for a replayed state.
    static func scheduled(_ card: AnkiCard, _ state: MemoryState, creation: Int64) -> AnkiCard {
        var c = card
        let due = state.due.microseconds / 1_000_000
        let last = state.lastReview.map { $0.microseconds / 1_000_000 } ?? due
        c.reps = state.reviews
        c.lapses = state.lapses
        switch state.state {
        case .review:
            c.type = 2
            c.queue = 2
            c.due = Int64((Double(due - creation) / 86_400).rounded(.down))
            c.interval = max(1, (due - last + 43_200) / 86_400)
            c.factor = 2500
        case .learning, .relearning:
            c.type = state.state == .learning ? 1 : 3
            c.factor = state.state == .learning ? 0 : 2500
            if due - last >= 86_400 {
                c.queue = 3
                c.due = Int64((Double(due - creation) / 86_400).rounded(.down))
            } else {
                c.queue = 1
                c.due = due
            }
            c.interval = state.state == .relearning ? max(1, Int64(((state.stability ?? 1)).rounded())) : 0
        }
        var data: [String] = []
        if let s = state.stability, let d = state.difficulty, s.isFinite, d.isFinite {
            data.append("\"s\":\(rounded(s))")
            data.append("\"d\":\(rounded(d))")
        }
        if state.lastReview != nil { data.append("\"lrt\":\(last)") }
        c.data = "{" + data.joined(separator: ",") + "}"
        return c
    }

    private static func rounded(_ x: Double) -> String {
        let v = (x * 10_000).rounded() / 10_000
        return v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) + ".0" : String(v)
    }
}
