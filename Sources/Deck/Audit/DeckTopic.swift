/// A deck's subject as the audit reads it from the title: the title's content words (plurals aside) and the
/// abbreviations it uses. An answer that only names the subject gives itself away.
struct DeckTopic: Sendable {
    /// The title's content words, lower-cased, without a plural "s".
    let stems: Set<String>
    /// The title's abbreviations: words of two to five capitals ("US", "U.S." without its full stops).
    let abbreviations: Set<String>

    /// The initials of the title's capitalised words, when they make an abbreviation ("IPCC" of *Intergovernmental
    /// Panel on Climate Change*).
    let initials: String?
    /// The same without the title's last word when that word says what kind of body it is ("V&A" of *Victoria and
    /// Albert Museum*).
    let shortInitials: String?

    /// (Underscores in a title, as in a file's name, part its words; words in brackets tell the subject apart from
    /// another of its name and are not the subject: "Sky (United Kingdom)".)
    init(title: String) {
        var forms: [String] = [], depth = 0
        for form in SyntaxTokenizer.tokenize(String(title.map { $0 == "_" ? " " : $0 })).map(\.form) {
            if form == "(" { depth += 1 } else if form == ")" { depth = max(0, depth - 1) } else if depth == 0 { forms.append(form) }
        }
        abbreviations = Set(forms.compactMap(Abbreviation.letters))
        stems = Set(Self.stems(forms))
        let capitals = forms.filter { $0.first?.isUppercase == true }
        initials = Abbreviation.letters(String(capitals.compactMap(\.first)))
        shortInitials = capitals.count > 2 && Lexicon.organisationHeads.contains(capitals[capitals.count - 1].lowercased())
            ? Abbreviation.letters(String(capitals.dropLast().compactMap(\.first))) : nil
    }

    /// Whether `form` is the title's initials, with or without its last word: "ABC", "V&A" (an ampersand for "and").
    func isInitials(_ form: String) -> Bool {
        guard let letters = Abbreviation.letters(form.filter { $0 != "&" }) else { return false }
        return letters == initials || letters == shortInitials
    }

    /// Whether `answer` names the subject with a capital and says nothing else but everyday words in lower case
    /// ("the {{southern California area}}", "{{Harvard basketball teams}}", "{{IPCC reports}}"): what it adds to
    /// the subject is no fact to learn. A number, or another name, is. An answer that `opensSentence` may have its
    /// first capital from the sentence ("{{Chloroplast movement}} is…"): its first word names nothing then, unless
    /// it is an abbreviation.
    func isDescribed(by answer: String, opensSentence: @autoclosure () -> Bool, everyday: (String) -> Bool) -> Bool {
        // (No capital, no name: most answers end here, untokenised.)
        guard answer.utf8.contains(where: { (0x41...0x5A).contains($0) || $0 >= 0x80 }) else { return false }
        var named = false, described = false
        for (k, form) in SyntaxTokenizer.tokenize(answer).map(\.form).enumerated() where form.contains(where: \.isLetter) || form.contains(where: \.isNumber) {
            let lower = form.lowercased()
            if form.contains(where: \.isNumber) { return false }
            // A phrase with "of" is built as a term is ("the {{Chicago school of economics}}").
            if lower == "of" { return false }
            if DeckAudit.stopWords.contains(lower) || lower == "'s" || lower == "’s" { continue }
            let letters = Abbreviation.letters(form)
            if Self.stems([form]).first.map(stems.contains) == true || letters.map({ abbreviations.contains($0) }) == true || isInitials(form) {
                if form.first?.isUppercase == true, k > 0 || letters != nil || !opensSentence() { named = true }
                continue
            }
            guard form.first?.isLowercase == true, everyday(lower) else { return false }
            described = true
        }
        return named && described
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
        // The title's initials stand for it ("ABC" in a deck about the American Broadcasting Company, "V&A" about the
        // Victoria and Albert Museum).
        spelled.formUnion(forms.indices.filter { isInitials(forms[$0]) })
        let rest = forms.indices.filter { !spelled.contains($0) }.map { forms[$0] }
        // A short word in capitals is a name of its own ("Super Bowl {{LI}}", "Sky Q").
        if rest.contains(where: { $0.count < 3 && $0.first?.isUppercase == true && !abbreviations.contains($0) }) { return false }
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
