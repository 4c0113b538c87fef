/// Turns an Anki collection into decks and review-log entries, as pure functions on values.
///
/// - Every Anki card becomes one card, in a deck named after the card's Anki deck (its home deck when it sits
///   in a filtered deck). Its id is `anki-NOTE-ORDINAL` (Anki's note id and template ordinal), or the id in a
///   `quiz::ID` tag of a note that makes one card (as `quiz export` writes), so a second import gives the same ids.
/// - Standard note types give question cards: the fields on the template's front are the question, the fields
///   only on its back (or typed on the front) the answer, `{{hint:…}}` fields the hint. A front written by
///   `quiz export` for a choice or true/false card gives that kind back.
/// - A field named `Accept` holds accepted answers, one per line.
/// - Cloze note types give cloze cards, one per cloze number, with the number's deletions as gaps.
/// - Review-log rows with a rating (1-4) become reviews with the id `anki-REVLOGID`; manual changes of schedule
///   (rows without a rating) are left out, since the schedule is derived from the ratings.
public enum AnkiImport {
    /// The decks, the reviews and what was left out.
    public struct Result: Equatable, Sendable {
        /// Decks by their id (the file name they are written to, without `.deck`), sorted by id.
        public var decks: [(id: String, deck: Deck)]
        public var reviews: [ReviewRecord]
        /// One line per note or card left out, and why.
        public var warnings: [String]
        /// Media files the cards name, sorted, each once.
        public var media: [String]

        public static func == (a: Result, b: Result) -> Bool {
            a.decks.map(\.id) == b.decks.map(\.id) && a.decks.map(\.deck) == b.decks.map(\.deck)
                && a.reviews == b.reviews && a.warnings == b.warnings && a.media == b.media
        }
    }

    public static func convert(_ collection: AnkiCollection) -> Result {
        var warnings: [String] = []
        var media = Set<String>()
        let notes = Dictionary(collection.notes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let cardsPerNote = Dictionary(grouping: collection.cards, by: \.note).mapValues(\.count)
        let deckIDs = deckFileIDs(collection.decks.values)
        var decks: [String: Deck] = [:]
        var keys: [Int64: CardKey] = [:]
        var usedIDs: [String: Set<String>] = [:]
        for card in collection.cards.sorted(by: { ($0.note, $0.ordinal, $0.id) < ($1.note, $1.ordinal, $1.id) }) {
            guard let note = notes[card.note] else {
                warnings.append("card \(card.id): its note \(card.note) is missing; left out")
                continue
            }
            guard let notetype = collection.notetypes[note.notetype] else {
                warnings.append("note \(note.id): its note type \(note.notetype) is missing; left out")
                continue
            }
            let home = card.originalDeck != 0 ? card.originalDeck : card.deck
            let deckName = collection.decks[home] ?? "Default"
            let deckID = deckIDs[deckName] ?? "anki"
            var (tags, quizID) = splitTags(note.tags)
            if cardsPerNote[note.id] != 1 { quizID = nil }
            var id = quizID ?? "anki-\(note.id)-\(card.ordinal)"
            if usedIDs[deckID, default: []].contains(id) { id = "anki-\(note.id)-\(card.ordinal)" }
            switch makeCard(card, note: note, notetype: notetype, id: id, tags: tags) {
            case .success(let made):
                media.formUnion(made.media)
                usedIDs[deckID, default: []].insert(id)
                decks[deckID, default: Deck(title: deckName)].cards.append(made.card)
                keys[card.id] = CardKey(deck: deckID, card: id)
            case .failure(let problem):
                warnings.append("note \(note.id) card \(card.ordinal + 1) (\(notetype.name)): \(problem.message); left out")
            }
        }
        var reviews: [ReviewRecord] = []
        var orphans = 0
        for row in collection.reviews.sorted(by: { $0.id < $1.id }) {
            guard let rating = Rating(rawValue: row.ease), row.type != 4, row.type != 5 else { continue }
            guard let key = keys[row.card] else { orphans += 1; continue }
            reviews.append(ReviewRecord(id: "anki-\(row.id)", key: key, time: Timestamp(milliseconds: row.id), rating: rating,
                                        durationMs: row.duration > 0 ? Int(row.duration) : nil))
        }
        if orphans > 0 { warnings.append("\(orphans) review\(orphans == 1 ? "" : "s") of cards not imported left out") }
        let sorted = decks.keys.sorted().map { (id: $0, deck: decks[$0]!) }
        return Result(decks: sorted, reviews: reviews, warnings: warnings, media: media.sorted())
    }

    /// Why a card could not be made.
    public struct Problem: Error, Equatable, Sendable {
        public var message: String
    }

    /// One card from an Anki card of a note, with the media its text names.
    public static func makeCard(_ card: AnkiCard, note: AnkiNote, notetype: AnkiNotetype, id: String,
                                tags: [String]) -> Swift.Result<(card: Card, media: [String]), Problem> {
        var media: [String] = []
        func field(_ name: String) -> String {
            guard let k = notetype.fields.firstIndex(of: name), k < note.fields.count else { return "" }
            let converted = AnkiHTML.text(note.fields[k])
            media += converted.media
            return converted.text
        }
        func joined(_ names: [String]) -> String {
            names.map(field).filter { !$0.isEmpty }.joined(separator: "\n")
        }
        // A field named `Accept` (as `quiz export` writes) holds accepted answers, one per line.
        let acceptField = notetype.fields.first { $0.lowercased() == "accept" }
        let acceptedField = acceptField.map { field($0).split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty } } ?? []
        if notetype.isCloze {
            let template = notetype.templates.first
            let fields = template.map { AnkiTemplateFields(front: $0.front, back: $0.back) }
            let name = fields?.cloze ?? notetype.fields.first ?? ""
            let made = AnkiCloze.card(field(name), number: card.ordinal + 1)
            guard made.gaps > 0 else { return .failure(Problem(message: "no cloze deletion c\(card.ordinal + 1)")) }
            let hint = made.hints.isEmpty ? (fields.map { joined($0.hints) }.flatMap { $0.isEmpty ? nil : $0 }) : made.hints.joined(separator: "; ")
            return .success((Card.cloze(id: id, text: made.text, accepted: acceptedField, hint: hint, tags: tags), media))
        }
        guard let template = notetype.templates.first(where: { $0.ordinal == card.ordinal }) else {
            return .failure(Problem(message: "the note type has no template \(card.ordinal + 1)"))
        }
        let fields = AnkiTemplateFields(front: template.front, back: template.back)
        let prompt = joined(fields.question), answer = joined(fields.answer.filter { $0 != acceptField })
        let hintText = joined(fields.hints)
        let hint = hintText.isEmpty ? nil : hintText
        guard !prompt.isEmpty else { return .failure(Problem(message: "empty question")) }
        guard !answer.isEmpty else { return .failure(Problem(message: "no answer: the back shows no field the front does not")) }
        // Fronts as `quiz export` writes choice and true/false cards.
        if let (question, choices) = DelimitedImport.choiceFront(prompt), choices.contains(answer) {
            return .success((Card(id: id, kind: .choice, prompt: question, answer: answer, choices: choices, hint: hint, tags: tags), media))
        }
        if prompt.hasPrefix("True or false: "), ["true", "false"].contains(answer.lowercased()) {
            return .success((Card(id: id, kind: .truefalse, prompt: String(prompt.dropFirst("True or false: ".count)),
                                  answer: answer.lowercased(), hint: hint, tags: tags), media))
        }
        var main = answer, accepted: [String] = []
        if acceptField == nil, let r = answer.range(of: " (also: "), answer.hasSuffix(")"), !answer.contains("\n") {
            main = String(answer[..<r.lowerBound])
            accepted = answer[r.upperBound...].dropLast().split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        if acceptField != nil { accepted = acceptedField }
        return .success((Card(id: id, kind: .question, prompt: prompt, answer: main, accepted: accepted, hint: hint, tags: tags), media))
    }

    /// A note's tags for the deck (`::` levels kept) and the card id of a `quiz::ID` tag, if any.
    static func splitTags(_ tags: [String]) -> ([String], String?) {
        var kept: [String] = [], id: String? = nil
        for tag in tags {
            if tag.hasPrefix("quiz::") {
                if id == nil { id = DelimitedImport.cardID(fromTag: tag.dropFirst("quiz::".count)) }
            } else {
                // (One tag of the deck's: the parts the deck format would split it into, joined by `_`.)
                let parts = DeckReader.tags(tag)
                if !parts.isEmpty { kept.append(parts.joined(separator: "_")) }
            }
        }
        return (kept, id)
    }

    /// The file id of each deck name: lower-case letters and digits, other runs as `-`
    /// (`Japanese::Vocabulary` → `japanese-vocabulary`); names that would share an id get `-2`, `-3` in name order.
    public static func deckFileIDs(_ names: some Sequence<String>) -> [String: String] {
        var out: [String: String] = [:], used = Set<String>()
        for name in Set(names).sorted() {
            var id = "", dash = false
            for c in name.lowercased() {
                if c.isLetter || c.isNumber {
                    if dash, !id.isEmpty { id.append("-") }
                    dash = false
                    id.append(c)
                } else {
                    dash = true
                }
            }
            if id.isEmpty { id = "anki" }
            var unique = id, n = 1
            while used.contains(unique) { n += 1; unique = "\(id)-\(n)" }
            used.insert(unique)
            out[name] = unique
        }
        return out
    }
}
