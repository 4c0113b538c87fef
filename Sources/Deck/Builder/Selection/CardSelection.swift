/// The builder's last stage under a `Restraint`: facts are offered best first, each with every card it
/// allows, and the selection keeps at most one of them (the first that passes the audit), at most
/// `cardsPerSentence` per sentence and `cardsPerAnswer` per answer, none on a fact that overlaps one kept, until
/// the quota is reached.
struct CardSelection {
    let restraint: Restraint
    /// The deck's subject (from its title): an answer that names it gives itself away.
    let topic: DeckTopic?
    /// How many cards may be kept.
    let quota: Int
    private(set) var count = 0
    private var perSentence: [Substring: Int] = [:], perAnswer: [String: Int] = [:]
    private var asked: Set<String> = []
    /// The byte spans of the facts kept, by sentence.
    private var spans: [Substring: [Range<Int>]] = [:]

    /// A selection for cards made from `words` words of essay, for a deck titled `title`.
    init(_ restraint: Restraint, words: Int, title: String? = nil) {
        self.restraint = restraint
        topic = title.map(DeckTopic.init)
        quota = restraint.cardsPer100Words.map { max(1, Int((Double(words) * $0 / 100).rounded())) } ?? Int.max
    }

    var isFull: Bool { count >= quota }

    /// The key answers are counted by: normalised, each word without a plural "s" ("Enthusiastic teachers"
    /// and "enthusiastic teacher" are one answer).
    static func answerKey(_ answer: String) -> String {
        AnswerNormalizer.normalize(answer).split(separator: " ").map { w in
            w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") ? String(w.dropLast()) : String(w)
        }.joined(separator: " ")
    }

    /// The answer keys made so far, by answer: a name the text repeats is offered many times.
    private var keys: [String: String] = [:]

    /// `answerKey(answer)`, made once per answer.
    private mutating func key(_ answer: String) -> String {
        if let known = keys[answer] { return known }
        let key = Self.answerKey(answer)
        keys[answer] = key
        return key
    }

    /// Whether a fact of the sentence keyed `sentence` with answer `answer` may still have a card.
    mutating func admits(sentence: Substring, answer: String) -> Bool {
        guard !isFull, perSentence[sentence, default: 0] < restraint.cardsPerSentence else { return false }
        let answer = key(answer)
        return perAnswer[answer, default: 0] < restraint.cardsPerAnswer && !asked.contains(sentence + "|" + answer)
    }

    /// What became of the forms of a fact offered to the selection: one was kept (its index); the fact may have
    /// no card (not admitted, the same as one kept, or spoilt); or no form offered passes the audit.
    enum Outcome: Equatable {
        case kept(Int)
        case refused
        case noFormPasses
    }

    /// Offers the cards of one fact, best first; returns the index of the one kept, if any. Sentences are read
    /// with `parse`.
    mutating func offer(_ forms: [Card], parse: (String) -> ParsedSentence) -> Int? {
        if case .kept(let k) = consider(forms, parse: parse) { return k }
        return nil
    }

    /// Offers the cards of one fact, best first, and tells what became of them (`offer`).
    mutating func consider(_ forms: [Card], parse: (String) -> ParsedSentence) -> Outcome {
        guard let first = forms.first else { return .refused }
        let sentence = first.sentenceKey ?? Substring(first.id)
        guard admits(sentence: sentence, answer: first.answer) else { return .refused }
        // A fact that overlaps one kept from its sentence is the same fact in other words ("the {{alga Cyanophora}}"
        // beside "the alga {{Cyanophora}}").
        let span = first.fact.flatMap(Self.span(ofFact:))
        if let span, spans[sentence, default: []].contains(where: { $0.overlaps(span) }) { return .refused }
        var known: [Int: [AuditRule]] = [:]
        func rules(_ i: Int) -> [AuditRule] {
            if let rules = known[i] { return rules }
            let rules = restraint.audit.findings(for: forms[i], topic: topic, parse: parse).map(\.rule)
            known[i] = rules
            return rules
        }
        // A blank that is no whole phrase, a list slot, a cited author or an answer the sentence gives away spoils
        // every form of the fact: its cloze decides.
        if let cloze = forms.indices.first(where: { forms[$0].kind == .cloze }),
           rules(cloze).contains(where: Self.spoilsTheFact.contains) { return .refused }
        guard let chosen = forms.indices.first(where: { rules($0).isEmpty }) else { return .noFormPasses }
        let answer = key(first.answer)
        count += 1
        perSentence[sentence, default: 0] += 1
        perAnswer[answer, default: 0] += 1
        asked.insert(sentence + "|" + answer)
        if let span { spans[sentence, default: []].append(span) }
        return .kept(chosen)
    }

    /// The byte span of a fact key (`LINE.SENTENCE/START-END`), or nil when it has none.
    static func span(ofFact key: String) -> Range<Int>? {
        guard let slash = key.lastIndex(of: "/"), case let bounds = key[key.index(after: slash)...].split(separator: "-"),
              bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]), start < end else { return nil }
        return start..<end
    }

    /// Findings on a fact's cloze that rule out its other forms too.
    static let spoilsTheFact: Set<AuditRule> = [.blankPhrase, .listSlot, .listedCount, .vagueAnswer, .answerGivenAway, .authorVoice, .citation]
}
