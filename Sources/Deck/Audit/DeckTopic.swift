/// A deck's subject as the audit reads it from the title: the title's content words (plurals aside) and the
/// abbreviations it uses. An answer that only names the subject gives itself away.
struct DeckTopic: Sendable {
    /// The title's content words, lower-cased, without a plural "s".
    let stems: Set<String>
    /// The title's abbreviations: words of two to five capitals ("US", "U.S." without its full stops).
    let abbreviations: Set<String>

    init(title: String) {
        let forms = SyntaxTokenizer.tokenize(title).map(\.form)
        abbreviations = Set(forms.compactMap(Abbreviation.letters))
        stems = Set(Self.stems(forms))
    }

    /// Whether every content word of `answer` is a word of the title, plurals aside, or one of a run of
    /// capitalised words whose initials spell an abbreviation in the title ("United States" and "US"); or the
    /// answer is the title's name, in capitals, after at most two words in lower case ("river Rhine").
    func isNamed(by answer: String) -> Bool {
        let forms = SyntaxTokenizer.tokenize(answer).map(\.form)
        var spelled = Set<Int>()
        for start in forms.indices {
            var initials = ""
            for end in start..<min(forms.count, start + 5) {
                guard let first = forms[end].first, first.isUppercase else { break }
                initials.append(first)
                if end > start, abbreviations.contains(initials) { spelled.formUnion(start...end) }
            }
        }
        let rest = forms.indices.filter { !spelled.contains($0) }.map { forms[$0] }
        let words = Self.stems(rest)
        guard !words.isEmpty || !spelled.isEmpty else { return false }
        if words.allSatisfy(stems.contains) { return true }
        // The subject's name after a word or two of what it is ("the {{river Rhine}}"): the name in capitals, the
        // words before it in lower case. (Not "{{Chloroplast ribosomes}}", a sentence's first words.)
        guard let name = rest.firstIndex(where: { $0.first?.isUppercase == true }), name > 0 else { return false }
        let named = Array(rest[name...])
        return Set(Self.stems(named)) == stems && named.allSatisfy({ $0.first?.isUppercase == true })
            && Self.stems(Array(rest[..<name])).count <= 2 && !rest.contains("-")
    }

    /// The content words of `forms` (three letters or more, not function words), lower-cased, without a plural "s".
    static func stems(_ forms: [String]) -> [String] {
        forms.map { $0.lowercased() }
            .filter { $0.count >= 3 && $0.contains(where: \.isLetter) && !DeckAudit.stopWords.contains($0) }
            .map { $0.hasSuffix("s") && $0.count > 3 ? String($0.dropLast()) : $0 }
    }
}
