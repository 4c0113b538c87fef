import Foundation

/// The cards of citations ("Which source does the essay cite …?") and of the reference list.
extension DeckBuilder {
    /// "Which source does the essay cite for …?", with other sources of the essay as choices.
    func citationCard(_ s: TokenizedSentence, _ c: FactSpan, _ context: Context) -> Card? {
        guard let question = QuestionWriter.citationQuestion(s, c) else { return nil }
        // Choices name author and year only ("Packard, 2010"), so pages do not give the answer away.
        let answer = Self.authorYear(Self.citationText(c.text(in: s.text)))
        let candidates = context.cited.map(Self.authorYear) + context.references.map { "\($0.entry.surname), \($0.entry.year)" }
        var others: [String] = []
        for o in candidates.sorted() where Self.citationAuthorYear(o) != Self.citationAuthorYear(answer) && !others.contains(o) { others.append(o) }
        let source = SourceRef(line: s.line)
        let digits = CardID.digits(sentenceHash: s.keyHash, answer: answer)
        let fact = Self.factKey(s, c)
        if others.count >= 2 {
            var choices = Array(others.prefix(3)) + [answer]
            choices.sort()
            return Card(id: CardID.make(kind: .choice, digits: digits), kind: .choice, prompt: question,
                        answer: answer, choices: choices, tags: ["citation"], source: source, score: 0.5, fact: fact)
        }
        return Card(id: CardID.make(kind: .question, digits: digits), kind: .question, prompt: question,
                    answer: answer, hint: "a source (author, year)", tags: ["citation"], source: source, score: 0.5, fact: fact)
    }

    /// The reference list yields its own cards: who wrote it, and when.
    func referenceCards(_ context: Context) -> MadeCards {
        var made = MadeCards()
        let references = context.references
        let base = context.sentences.count
        for (n, r) in references.enumerated() where !r.entry.title.isEmpty {
            let order = Order(sentence: base + n, token: 0, form: 0)
            let source = SourceRef(line: r.line)
            let others = references.map(\.entry.authors).filter { $0 != r.entry.authors }
            let prompt = "Who wrote “\(r.entry.title)” (\(r.entry.year))?"
            // A reference entry is its own "sentence": its authors and its year are its two facts.
            let entry = "\(r.line).r\(n + 1)"
            if others.count >= 2 {
                var choices = Array(others.prefix(3)) + [r.entry.authors]
                choices.sort()
                made.append(Card(id: CardID.make(kind: .choice, sentence: r.entry.text, answer: r.entry.authors), kind: .choice,
                                 prompt: prompt, answer: r.entry.authors, choices: choices, tags: ["reference"], source: source, score: 0.45,
                                 fact: entry + "/authors"),
                            order)
            } else {
                made.append(Card(id: CardID.make(kind: .question, sentence: r.entry.text, answer: r.entry.authors), kind: .question,
                                 prompt: prompt, answer: r.entry.authors, accepted: [r.entry.surname], hint: "a person",
                                 tags: ["reference"], source: source, score: 0.45, fact: entry + "/authors"), order)
            }
            let stop = r.entry.title.last.map { ".?!".contains($0) } ?? false ? "" : "."
            let yearText = ClozeText.escape(r.entry.authors) + " ({{" + r.entry.year + "}}). " + ClozeText.escape(r.entry.title) + stop
            made.append(Card.cloze(id: CardID.make(kind: .cloze, sentence: r.entry.text, answer: r.entry.year), text: yearText,
                                   hint: "a year", tags: ["reference"], source: source, score: 0.4, fact: entry + "/year"),
                        Order(sentence: base + n, token: 1, form: 0))
        }
        return made
    }


    /// "(Packard, 2010, 94-95)" → "Packard, 2010, 94-95"
    static func citationText(_ text: String) -> String {
        String(text.dropFirst().dropLast()).trimmingWhitespace()
    }

    /// "Packard, 2010, 94-95" → "Packard, 2010"
    static func authorYear(_ text: String) -> String {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard words.count >= 2 else { return text }
        return "\(words[0]), \(words[1])"
    }

    /// "Packard, 2010, 94-95" and "Packard 2010, 98-99" → "packard 2010"
    static func citationAuthorYear(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.prefix(2).joined(separator: " ")
    }
}
