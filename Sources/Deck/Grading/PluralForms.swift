/// Singular and plural of one English word, by its regular endings ("year", "years"; "box", "boxes";
/// "treaty", "treaties"; "serviceman", "servicemen"): typing one for the other is a near miss.
public enum PluralForms {
    /// Whether one of two lower-case words is the plural of the other. Words with a digit ("1960s") and words
    /// of fewer than three letters are never counted.
    public static func arePair(_ a: Substring, _ b: Substring) -> Bool {
        guard a != b else { return false }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard short.count >= 3, short.allSatisfy(\.isLetter), long.allSatisfy(\.isLetter) else { return false }
        if long == short + "s" || long == short + "es" { return true }
        if short.hasSuffix("y"), long == short.dropLast() + "ies" { return true }
        if a.count == b.count, short.hasSuffix("man") || long.hasSuffix("man") {
            let (man, men) = a.hasSuffix("man") ? (a, b) : (b, a)
            return men.hasSuffix("men") && man.dropLast(3) == men.dropLast(3)
        }
        return false
    }

    /// For normalised texts that differ only in the number of some words, what the typed one did ("singular
    /// for plural"); nil when they differ otherwise, or not at all.
    public static func difference(typed t: String, expected e: String) -> String? {
        let tw = t.split(separator: " "), ew = e.split(separator: " ")
        guard tw.count == ew.count, tw != ew else { return nil }
        var singular = false, plural = false
        for (a, b) in zip(tw, ew) where a != b {
            guard arePair(a, b) else { return nil }
            // The longer of the two is the plural, but for -man/-men, where -men is.
            let typedIsPlural = a.count == b.count ? a.hasSuffix("men") : a.count > b.count
            if typedIsPlural { plural = true } else { singular = true }
        }
        switch (singular, plural) {
        case (true, false): return "singular for plural"
        case (false, true): return "plural for singular"
        default: return "singular and plural mixed up"
        }
    }
}
