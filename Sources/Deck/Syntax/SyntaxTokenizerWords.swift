/// The word lists `SyntaxTokenizer` consults, read off the UD English Web Treebank's training set. Words are
/// keyed by their lowercased ASCII bytes packed into a `UInt64` (up to eight letters).
enum SyntaxTokenizerWords {
    /// The key of a lowercase ASCII word of up to eight letters.
    static func key(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// First parts after which a hyphen stays inside the word ("non-stop", "e-mail", "re-elected").
    static let hyphenPrefixes: Set<UInt64> = Set([
        "e", "non", "pre", "anti", "mid", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "cross",
        "neo", "psycho", "socio", "arch", "counter", "intra", "inter", "micro", "un", "trans", "ultra", "meh",
    ].map(key))

    /// Words that keep their full stop inside a sentence ("Mr.", "etc.", "Sept.").
    static let abbreviations: Set<UInt64> = Set([
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "inc", "co", "corp", "ltd", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "ft", "no", "gen", "lt", "col", "rev", "gov", "sen", "rep", "reps", "mt",
        "ave", "blvd", "attn", "arrv", "fax", "mob", "ext", "lb", "lbs", "oz", "yrs", "vol", "sec", "spec", "para",
        "conf", "info", "esp", "eve", "al", "approx", "dept", "fig", "mins", "hrs", "pp", "cf", "eg", "ie", "prof",
        "capt", "sgt", "calif", "fla", "tex", "la", "va", "ph", "que", "sc", "aplo", "rec", "dom", "ps", "lv", "drs", "sts", "ect",
    ].map(key))

    /// Units split off a number written against them ("5pm", "65k", "$3M", "5kg").
    static let units: Set<UInt64> = Set([
        "m", "pm", "am", "k", "b", "mm", "ft", "cm", "kg", "km", "bn", "hz", "lb", "lbs", "kb", "mb", "gb", "min",
        "mins", "hr", "hrs", "sqft", "percent", "minutes", "days", "x", "p", "f", "mph", "mg", "ml", "oz",
    ].map(key))

    /// Contractions written without an apostrophe, and where the treebank splits them ("can|not", "do|nt").
    static let contractions: [UInt64: Int] = Dictionary(uniqueKeysWithValues: [
        ("cannot", 3), ("gonna", 3), ("wanna", 3), ("gotta", 3), ("outta", 3),
        ("dont", 2), ("didnt", 3), ("doesnt", 4), ("couldnt", 5), ("wouldnt", 5), ("shouldnt", 6), ("wont", 2),
        ("cant", 2), ("aint", 2), ("isnt", 2), ("arent", 3), ("wasnt", 3), ("werent", 4), ("havent", 4),
        ("hasnt", 3), ("hadnt", 3), ("im", 1), ("ive", 1), ("youre", 3), ("theyre", 4), ("thats", 4), ("hes", 2),
        ("theres", 5), ("whats", 4), ("lets", 3),
    ].map { (key($0.0), $0.1) })
}
