/// One card: what is asked, what is expected, and where it comes from.
///
/// - `question`: `prompt` is the question, `answer` the expected answer.
/// - `cloze`: `prompt` is the sentence with gaps marked `{{…}}`; `answer` is the gaps' text, joined by `; `.
/// - `choice`: `prompt` is the question, `choices` the options in order, `answer` the correct option.
/// - `truefalse`: `prompt` is the statement, `answer` is `true` or `false`.
public struct Card: Codable, Equatable, Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: CardKind
    public var prompt: String
    public var answer: String
    public var choices: [String]
    public var accepted: [String]
    public var hint: String?
    public var tags: [String]
    public var source: SourceRef?
    public var score: Double?
    /// The fact the card asks for, as the builder keys it (`LINE.SENTENCE/START-END`): cards with the same key
    /// ask the same fact, and cards whose keys agree up to the `/` come from one sentence (siblings).
    public var fact: String?

    public init(id: String, kind: CardKind, prompt: String, answer: String, choices: [String] = [],
                accepted: [String] = [], hint: String? = nil, tags: [String] = [],
                source: SourceRef? = nil, score: Double? = nil, fact: String? = nil) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.answer = answer
        self.choices = choices
        self.accepted = accepted
        self.hint = hint
        self.tags = tags
        self.source = source
        self.score = score
        self.fact = fact
    }

    /// A cloze card whose answer is derived from the gaps in `text`.
    public static func cloze(id: String, text: String, accepted: [String] = [], hint: String? = nil,
                             tags: [String] = [], source: SourceRef? = nil, score: Double? = nil, fact: String? = nil) -> Card {
        Card(id: id, kind: .cloze, prompt: text, answer: ClozeText(text).answer, accepted: accepted,
             hint: hint, tags: tags, source: source, score: score, fact: fact)
    }

    /// The part of `fact` that names the source sentence: cards that share it are siblings.
    public var sentenceKey: Substring? {
        guard let fact else { return nil }
        return fact.firstIndex(of: "/").map { fact[..<$0] } ?? fact[...]
    }

    /// For a true/false card, whether the statement is true.
    public var isTrue: Bool { answer.lowercased() == "true" }

    /// The prompt as the learner sees it: cloze gaps blanked, everything else unchanged.
    public var displayPrompt: String {
        kind == .cloze ? ClozeText(prompt).blanked : prompt
    }
}
