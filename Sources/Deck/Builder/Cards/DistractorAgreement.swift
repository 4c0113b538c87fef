/// Whether a distractor can stand where the answer stands in its sentence: after "the", a name that takes the
/// article (*the Soviet Union*, never *the China*); with no "the" before it, a name that takes none, unless it
/// brings its own.
enum DistractorAgreement {
    /// `candidate` as it reads in the answer's place (without its own "the" after the sentence's), or nil when it
    /// does not fit there. `afterThe` says whether the word before the answer is "the". Only names are checked.
    static func fitted(_ candidate: String, answer: String, type: FactType, afterThe: Bool) -> String? {
        guard checks(answer, type: type) else { return candidate }
        let ownArticle = startsWithThe(candidate)
        if afterThe {
            if ownArticle { return String(candidate.dropFirst(4)) }
            return type != .person && takesThe(candidate) ? candidate : nil
        }
        return ownArticle || type == .person || !takesThe(candidate) ? candidate : nil
    }

    /// Whether distractors of `answer`, a fact of `type`, are checked: a name (not a list) without its own "the".
    static func checks(_ answer: String, type: FactType) -> Bool {
        type.isName && type != .list && !startsWithThe(answer)
    }

    /// A name as it reads with the article it takes: "the Soviet Union", "China".
    static func withArticle(_ name: String) -> String {
        startsWithThe(name) || !takesThe(name) ? name : "the " + name
    }

    /// Whether `text` starts with "the " in any case (read from its bytes: it is asked for every candidate).
    static func startsWithThe(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let t = bytes.next(), let h = bytes.next(), let e = bytes.next(), let space = bytes.next() else { return false }
        return t | 0x20 == UInt8(ascii: "t") && h | 0x20 == UInt8(ascii: "h") && e | 0x20 == UInt8(ascii: "e") && space == UInt8(ascii: " ")
    }

    /// Whether a name is said with "the": it is of something (*the Bank of America*), ends on a word such as
    /// *Union*, *Ocean* or *Company*, or is plural (*the United States*).
    static func takesThe(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard let space = lower.lastIndex(of: " ") else { return heads.contains(lower) }
        if lower.contains(" of ") { return true }
        let last = String(lower[lower.index(after: space)...])
        if heads.contains(last) { return true }
        return last.count > 3 && last.hasSuffix("s") && !last.hasSuffix("ss") && !last.hasSuffix("us") && !last.hasSuffix("is")
    }

    /// Last words of names said with "the".
    static let heads: Set<String> = [
        "union", "republic", "kingdom", "empire", "federation", "emirates", "states", "river", "sea", "ocean", "desert",
        "gulf", "peninsula", "islands", "mountains", "alps", "channel", "war", "revolution", "restoration", "treaty",
        "crisis", "olympics", "company", "corporation", "party", "council", "committee", "association", "society",
        "institute", "agency", "department", "ministry", "church", "museum", "forces", "army", "navy", "court",
        "league", "foundation", "organization", "organisation", "network", "board", "commission", "office",
        "government", "senate", "congress", "parliament", "assembly", "diet", "alliance", "pact",
    ]
}
