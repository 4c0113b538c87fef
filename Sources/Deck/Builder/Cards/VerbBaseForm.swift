/// The base form of a finite verb ("signed" → "sign", "carries" → "carry", "began" → "begin"), which a question
/// with *did* or *does* needs: irregular verbs from a table, the rest by stripping the ending, kept only when
/// the result is a word the caller knows.
enum VerbBaseForm {
    /// The base form of `form`, a verb tagged `xpos` (`VBD`, `VBZ` or `VBP`), or nil when it is not sure.
    static func of(_ form: String, xpos: String, knows: (String) -> Bool) -> String? {
        let word = form.lowercased()
        guard word.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }), word.count >= 2 else { return nil }
        switch xpos {
        case "VBP":
            return word == "are" || word == "am" ? nil : word
        case "VBZ":
            if let known = irregularPresent[word] { return known }
            return candidates(word, endings: [("s", ""), ("es", ""), ("ies", "y")]).first(where: knows)
        case "VBD":
            if let known = irregularPast[word] { return known }
            guard word.hasSuffix("ed") else { return nil }
            var options = candidates(word, endings: [("d", ""), ("ed", "")])
            // "stopped" → "stop", "travelled" → "travel".
            let stem = Array(word.dropLast(2))
            if stem.count >= 3, stem[stem.count - 1] == stem[stem.count - 2], !"aeiou".contains(stem[stem.count - 1]) {
                options.append(String(stem.dropLast()))
            }
            options += candidates(word, endings: [("ied", "y")])
            // "used" → "use" before "us": a stem that ends in "e" is tried first, and only when it is a word.
            return options.first { $0.count >= 2 && knows($0) }
        default:
            return nil
        }
    }

    /// The third person singular of base form `base` ("eat" → "eats", "carry" → "carries", "reach" →
    /// "reaches"), or nil when `knows` does not confirm it.
    static func thirdPerson(_ base: String, knows: (String) -> Bool) -> String? {
        let word = base.lowercased()
        if let known = irregularPresent.first(where: { $0.value == word })?.key { return known }
        guard word.count >= 2, word.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        let form: String
        if ["s", "sh", "ch", "x", "z", "o"].contains(where: { word.hasSuffix($0) }) {
            form = word + "es"
        } else if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            form = word.dropLast() + "ies"
        } else {
            form = word + "s"
        }
        return knows(form) ? form : nil
    }

    /// `word` with each of `endings` (ending, replacement) that it has replaced, in order.
    static func candidates(_ word: String, endings: [(String, String)]) -> [String] {
        endings.compactMap { ending, replacement in
            word.hasSuffix(ending) && word.count > ending.count + 1 ? String(word.dropLast(ending.count)) + replacement : nil
        }
    }

    /// Third-person forms that stripping an ending gets wrong.
    static let irregularPresent: [String: String] = ["has": "have", "does": "do", "goes": "go"]

    /// Past forms of common irregular verbs (and a few regular ones that stripping gets wrong).
    static let irregularPast: [String: String] = {
        let pairs = """
            arose arise awoke awake bore bear beat beat became become began begin bent bend bet bet bid bid bit bite \
            bled bleed blew blow broke break bred breed brought bring built build burnt burn burst burst bought buy \
            cast cast caught catch chose choose clung cling came come cost cost crept creep cut cut dealt deal dug dig \
            did do drew draw dreamt dream drank drink drove drive ate eat fell fall fed feed felt feel fought fight \
            found find fled flee flung fling flew fly forbade forbid forgot forget forgave forgive froze freeze got get \
            gave give went go ground grind grew grow hung hang had have heard hear hid hide hit hit held hold hurt hurt \
            kept keep knelt kneel knew know laid lay led lead leapt leap learnt learn left leave lent lend let let lay lie \
            lit light lost lose made make meant mean met meet mistook mistake overcame overcome overtook overtake \
            paid pay put put quit quit read read rebuilt rebuild rode ride rang ring rose rise ran run said say saw see \
            sought seek sold sell sent send set set shook shake shed shed shone shine shot shoot showed show shrank shrink \
            shut shut sang sing sank sink sat sit slept sleep slid slide spoke speak sped speed spent spend spun spin \
            split split spread spread sprang spring stood stand stole steal stuck stick stung sting struck strike \
            strove strive swore swear swept sweep swam swim swung swing took take taught teach tore tear told tell \
            thought think threw throw thrust thrust understood understand undertook undertake underwent undergo \
            upheld uphold upset upset woke wake wore wear wove weave wept weep won win wound wind withdrew withdraw \
            withheld withhold withstood withstand wrote write
            """.split(separator: " ").map(String.init)
        var table: [String: String] = [:]
        for k in stride(from: 0, to: pairs.count - 1, by: 2) { table[pairs[k]] = pairs[k + 1] }
        return table
    }()
}
