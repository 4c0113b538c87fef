/// Spots a word the source most likely misspelled: one edit (a letter left out or added, or two letters side by
/// side swapped) away from a word the same text uses more often, and not merely another form of it (a plural, a suffix);
/// or a name with two of its letters swapped, which the text spells right more often.
enum SourceSpelling {
    /// The spelling `word` most likely stands for, by how often each spelling occurs (`count` of a lower-cased
    /// word), or nil when it looks right.
    static func correction(of word: String, count: (String) -> Int) -> String? {
        let lower = word.lowercased()
        if word != lower { return nameCorrection(of: word, count: count) }
        let letters = Array(lower)
        // Only lower-case words of seven letters or more: shorter words, and names, are too often one edit from
        // another real word or name ("world", "would"; "Kaleds", "Daleks").
        guard letters.count >= 7, letters.allSatisfy(\.isLetter), word == lower else { return nil }
        let own = count(lower)
        // A spelling the text uses more than once is its own authority.
        guard own <= 1 else { return nil }
        var best: (word: String, count: Int)?
        for candidate in edits(letters) {
            // (Counted first: nearly every edit is a spelling the text never uses.)
            let n = count(candidate)
            guard n >= 2, n > own, candidate != lower, !isInflection(candidate, lower), WordClass.of(candidate).isDisjoint(with: .function) else { continue }
            if n > best?.count ?? 0 || (n == best?.count && candidate < best!.word) { best = (candidate, n) }
        }
        guard let best else { return nil }
        // Keep the word's capital, if it had one.
        return word.first?.isUppercase == true ? best.word.prefix(1).uppercased() + best.word.dropFirst() : best.word
    }

    /// A capitalised name of six letters or more that the text spells once, with two of its letters after the first
    /// swapped (side by side or not) from a spelling the text uses at least twice: "Hayotama" for "Hatoyama". Only a
    /// swap: a letter added, left out or changed makes another name too often ("Kaleds", "Daleks"); and the text
    /// must spell the name right itself, as nothing else here knows names.
    static func nameCorrection(of word: String, count: (String) -> Int) -> String? {
        let letters = Array(word.lowercased())
        guard letters.count >= 6, letters.allSatisfy(\.isLetter), word.first?.isUppercase == true,
              word.dropFirst().allSatisfy(\.isLowercase) else { return nil }
        let own = count(String(letters))
        guard own <= 1 else { return nil }
        var best: (word: String, count: Int)?
        for i in 1..<letters.count {
            for j in (i + 1)..<letters.count where letters[i] != letters[j] {
                var swapped = letters
                swapped.swapAt(i, j)
                let candidate = String(swapped)
                let n = count(candidate)
                if n >= 2, n > own, n > best?.count ?? 0 || (n == best?.count && candidate < best!.word) { best = (candidate, n) }
            }
        }
        return best.map { $0.word.prefix(1).uppercased() + $0.word.dropFirst() }
    }

    /// Whether one word is the other with an ending added ("treaty", "treatys"; "sign", "signed").
    static func isInflection(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return long.hasPrefix(short) && long.count - short.count <= 3
            || (short.count == long.count && short.dropLast() == long.dropLast() && "sy".contains(short.last!) && "sy".contains(long.last!))
    }

    /// Every spelling one edit away from `letters`, in a fixed order.
    static func edits(_ letters: [Character]) -> [String] {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        var out: [String] = []
        for i in 0...letters.count {
            for c in alphabet { out.append(String(letters[..<i] + [c] + letters[i...])) }
            guard i < letters.count else { continue }
            out.append(String(letters[..<i] + letters[(i + 1)...]))
            // Two letters side by side swapped. (A letter changed for another makes another real word too often:
            // "spring", "string".)
            if i + 1 < letters.count, letters[i] != letters[i + 1] {
                var swapped = letters
                swapped.swapAt(i, i + 1)
                out.append(String(swapped))
            }
        }
        return out
    }

    /// `answer` with each misspelled word corrected, or nil when none is.
    static func corrected(_ answer: String, count: (String) -> Int) -> String? {
        var changed = false
        var out = ""
        var word = ""
        func flush() {
            if let fixed = correction(of: word, count: count) {
                out += fixed
                changed = true
            } else {
                out += word
            }
            word = ""
        }
        for c in answer {
            if c.isLetter { word.append(c) } else {
                flush()
                out.append(c)
            }
        }
        flush()
        return changed ? out : nil
    }
}
