import Synchronization

/// Distractors already picked, shared by the workers of one build: an answer of a type gets the same choices
/// wherever it stands (they depend on the essay's pools only), so each is picked once. It keeps at most
/// `limit` answers, so that an essay of only distinct answers does not grow it without end.
final class DistractorMemo: Sendable {
    /// What picked distractors are looked up by.
    struct Key: Hashable, Sendable {
        var type: FactType
        var answer: String
    }

    /// A picked distractor: what a card needs of it (an `Entry` holds more, and a memo of those held tens
    /// of megabytes for an essay of many distinct numbers).
    struct Choice: Sendable {
        var text: String
        /// The text lower-cased, to find it in a sentence.
        var lower: [UInt8]
    }

    private let picked = Mutex<[Key: [Choice]]>([:])
    let distractors: Distractors
    let count: Int
    let limit: Int

    init(_ distractors: Distractors, count: Int, limit: Int = 20_000) {
        self.distractors = distractors
        self.count = count
        self.limit = limit
    }

    /// How many answers it keeps.
    var remembered: Int { picked.withLock { $0.count } }

    /// How many distractors are picked for an answer of `type`: four more for a name, as only those that agree
    /// with the answer's article are used (`DistractorAgreement`).
    func wanted(for type: FactType) -> Int { type.isName ? count + 4 : count }

    /// The choices of `distractors.entries(for: answer, type: type, count: wanted(for: type))`, picked once.
    func entries(for answer: String, type: FactType) -> [Choice] {
        let key = Key(type: type, answer: answer)
        if let known = picked.withLock({ $0[key] }) { return known }
        // (Picked outside the lock: two workers may pick the same answer at once, and get the same.)
        let choices = distractors.entries(for: answer, type: type, count: wanted(for: type)).map { Choice(text: $0.text, lower: $0.lower) }
        picked.withLock { if $0.count < limit { $0[key] = choices } }
        return choices
    }
}
