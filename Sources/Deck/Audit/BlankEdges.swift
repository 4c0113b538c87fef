/// What stands right beside a blank and makes it no answer on its own: the other end of a range, a measure it
/// converts, a unit's number, the city of a state, the name it belongs to (an abbreviation spelling more words, a
/// title with a colon, a number after a capitalised word), a description before a name, a bracket's
/// pronunciation or reference, a citation's year, a formula, an example, a measure whose value the sentence
/// gives, a capitalised adverb; and a clause after "how" or "why", a list that runs on past its last item, two
/// parts of the sentence joined at a comma, a time counted from one the card does not give.
extension BlankCheck {
    /// Words that join the two ends of a range of months or dates ("April through October", "June 1 thru 13").
    static let dateRangeJoins: Set<String> = ["to", "–", "-", "—", "through", "thru", "until", "till"]
    /// Units of measure written as symbols, in lower case.
    static let unitSymbols: Set<String> = ["ghz", "mhz", "khz", "hz", "km", "cm", "mm", "kg", "mi", "ft", "lb", "lbs", "mph", "km/h", "kw",
                                           "mw", "gw", "kwh", "kb", "mb", "gb", "tb", "km2", "km²", "m2", "m²", "°c", "°f"]
    /// The last word of a street's name.
    static let streetWords: Set<String> = ["street", "avenue", "road", "boulevard", "lane", "drive", "st.", "ave.", "rd.", "blvd.",
                                           "st", "ave", "rd", "blvd", "terrace", "parkway", "broadway"]
    /// Small words in lower case inside a title ("Seven Days to the River Rhine").
    static let titleSmallWords: Set<String> = ["to", "of", "on", "in", "for", "and", "the", "a", "an", "at", "with"]
    /// Kinds of bodies and works that a name, even an abbreviation, follows ("channel ESPN").
    static let namedKinds: Set<String> = ["channel", "network", "station", "company", "band", "magazine", "newspaper", "party",
                                          "agency", "firm", "label", "airline", "broadcaster", "team", "club"]
    /// Words inside a name whose abbreviation follows it ("Taskforce of United Methodists on Abortion and …",
    /// "University Ranking by Academic Performance").
    static let nameFunctionWords: Set<String> = ["of", "on", "and", "for", "the", "&", "in", "to", "de", "by"]
    /// Signs that join the terms of a formula.
    static let formulaOperators: Set<String> = ["+", "=", "×", "*", "÷", "−", "≤", "≥", "<", ">"]

    /// "5:38", "8:7": a chapter and verse (one to three digits each side of a colon).
    static func isChapterAndVerse(_ form: String) -> Bool {
        let parts = form.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
    /// Words after which a value is only an example ("(e.g. 15)", "For small n, say 100, …").
    static let exampleMarkers: Set<String> = ["e.g.", "e.g", "eg", "eg.", "say"]
    /// What an adverb's stem ends with ("incongruous-ly", "historical-ly", "interesting-ly").
    static let adjectiveEndings = ["ous", "al", "ful", "ive", "ent", "ant", "ic", "ate", "less", "ing", "ed", "ish", "ary", "ar"]

    /// Whether word `w` has a capital first letter.
    func isCapitalized(_ w: Int) -> Bool {
        let form = parse.tokens[w].form
        // (A word that opens on an ASCII byte is known by it, whatever marks follow.)
        if let b = form.utf8.first, b < 0x80 { return b >= 0x41 && b <= 0x5A }
        return form.first.map { $0.isUppercase && $0.isLetter } ?? false
    }

    /// Whether word `w` reads as a word of a name: a capital first letter and at least two small letters (a
    /// capitalised word with fewer makes a term: "{{vitamin B12}}", "{{chloroplast DNA}}").
    func isNameWord(_ w: Int) -> Bool { isCapitalized(w) && parse.tokens[w].form.filter(\.isLowercase).count >= 2 }

    /// Whether the word that ends at word `w` has a capital first letter, a word joined by hyphens read as one
    /// ("Latter-day", whose last part is "day").
    func endsCapitalizedWord(_ w: Int) -> Bool {
        var start = w
        while start >= 2, parse.tokens[start - 1].form == "-", parse.tokens[start - 2].end == parse.tokens[start - 1].start,
              parse.tokens[start - 1].end == parse.tokens[start].start { start -= 2 }
        return isCapitalized(start)
    }

    /// Whether word `w` is a month's name, capitalised.
    func isMonth(_ w: Int) -> Bool { w >= 0 && w < parse.count && isCapitalized(w) && Lexicon.months[parse.tokens[w].form.lowercased()] != nil }

    /// Whether words from `w` on start a date: a month, or a day's number and a month ("1 June").
    func startsDate(_ w: Int) -> Bool { isMonth(w) || (w + 1 < parse.count && parse.upos[w] == "NUM" && isMonth(w + 1)) }

    /// Whether words up to `w` end a date: a month, or a month and a day's number ("June 1").
    func endsDate(_ w: Int) -> Bool { isMonth(w) || (w >= 1 && parse.upos[w] == "NUM" && isMonth(w - 1)) }

    /// Whether word `w` is a unit of measure: a short noun or symbol ("cm", "GHz"; not "%", nor "households" in
    /// "(70.4% of all households)").
    func isUnitWord(_ w: Int) -> Bool {
        ["NOUN", "PROPN", "SYM"].contains(parse.upos[w]) && parse.tokens[w].form.count <= 4 && parse.tokens[w].form != "%"
    }

    /// The word after a unit of measure that starts at word `w` ("°F", "° C", "cm"), or nil when none does.
    func afterUnit(_ w: Int) -> Int? {
        guard w < parse.count else { return nil }
        let form = parse.tokens[w].form
        if Self.measureMarks.contains(form), w + 1 < parse.count, Self.temperatureScales.contains(parse.tokens[w + 1].form) { return w + 2 }
        if Self.temperatureScales.contains(form) || Self.measureMarks.contains(form) { return w + 1 }
        return isUnitWord(w) ? w + 1 : nil
    }

    /// The first word of a unit of measure that ends at word `w`, or nil when none does.
    func unitStart(endingAt w: Int) -> Int? {
        guard w >= 0 else { return nil }
        if w >= 1, afterUnit(w - 1) == w + 1, Self.measureMarks.contains(parse.tokens[w - 1].form) { return w - 1 }
        return afterUnit(w) == w + 1 ? w : nil
    }

    /// What is wrong with the blank over words `first...last` at its edges, or nil.
    func edgeProblem(_ first: Int, _ last: Int) -> (rule: AuditRule, message: String)? {
        let tokens = parse.tokens
        let span = first..<(last + 1)
        func lower(_ w: Int) -> String { tokens[w].form.lowercased() }
        func form(_ w: Int) -> String { tokens[w].form }
        // "O(n log {{n}})", "{{O}}(n log n)": a single letter is a symbol of a formula or an initial, not an answer.
        if first == last, tokens[first].form.count == 1, tokens[first].form.first?.isLetter == true {
            return (.vagueAnswer, "is vague: a single letter ('\(tokens[first].form)') is no answer on its own")
        }
        // "open {{April}} through October", "June 1 thru {{September 13}}": one end of a range of dates.
        if startsDate(first), endsDate(last) {
            if first >= 2, Self.dateRangeJoins.contains(lower(first - 1)), endsDate(first - 2) {
                let start = (max(0, first - 4)..<(first - 1)).first { w in (w..<(first - 1)).allSatisfy { parse.upos[$0] == "NUM" || isMonth($0) } } ?? first - 2
                return (.blankPhrase, "is one end of the range '\(parse.text(of: start..<last + 1))'")
            }
            if last + 2 < parse.count, Self.dateRangeJoins.contains(lower(last + 1)), startsDate(last + 2) {
                var end = last + 2
                while end + 1 < parse.count, end < last + 4, parse.upos[end + 1] == "NUM" || isMonth(end + 1) { end += 1 }
                return (.blankPhrase, "is one end of the range '\(parse.text(of: first..<end + 1))'")
            }
        }
        // "from the 1980s to the {{1990s}}": one end of a range of years or decades, each with its "the".
        if first == last, Self.isYear(form(first)) {
            if first >= 3, lower(first - 1) == "the", Self.rangeJoins.contains(lower(first - 2)), Self.isYear(form(first - 3)) {
                return (.blankPhrase, "is one end of the range '\(parse.text(of: first - 3..<last + 1))'")
            }
            if last + 3 < parse.count, Self.rangeJoins.contains(lower(last + 1)), lower(last + 2) == "the", Self.isYear(form(last + 3)) {
                return (.blankPhrase, "is one end of the range '\(parse.text(of: first..<last + 4))'")
            }
        }
        // "Baroque through {{Rococo}}": one end of a range of names of one word each (not "the General Assembly through
        // {{Resolution 43/53}}").
        func oneWordName(_ w: Int) -> Bool {
            w >= 0 && w < parse.count && isCapitalized(w) && (w == 0 || !isCapitalized(w - 1)) && (w + 1 == parse.count || !isCapitalized(w + 1))
        }
        if first == last, first >= 2, ["through", "thru"].contains(lower(first - 1)), oneWordName(first - 2), oneWordName(first) {
            return (.blankPhrase, "is one end of the range '\(parse.text(of: first - 2..<last + 1))'")
        }
        if first == last, last + 2 < parse.count, ["through", "thru"].contains(lower(last + 1)), oneWordName(last + 2), oneWordName(last) {
            return (.blankPhrase, "is one end of the range '\(parse.text(of: first..<last + 3))'")
        }
        // "2–7 °C ({{4–13}} °F)", "{{2–7}} °C (4–13 °F)": numbers whose unit is outside the blank, beside the same
        // measure converted in brackets.
        if span.allSatisfy({ parse.upos[$0] == "NUM" || Self.rangeJoins.contains(tokens[$0].form) }), let after = afterUnit(last + 1) {
            if first >= 3, tokens[first - 1].form == "(", after < parse.count, tokens[after].form == ")",
               let unit = unitStart(endingAt: first - 2), unit >= 1, parse.upos[unit - 1] == "NUM" {
                return (.answerGivenAway, "is the measure before it, converted")
            }
            var number = after + 1
            while number < parse.count, parse.upos[number] == "NUM" || Self.rangeJoins.contains(tokens[number].form) { number += 1 }
            if after < parse.count, tokens[after].form == "(", number > after + 1, parse.upos[after + 1] == "NUM", afterUnit(number) != nil {
                return (.answerGivenAway, "is given away by its conversion after it")
            }
        }
        // "a universal Ku band LNB ({{9.75/10.600}} GHz)": a number whose unit, a symbol, stays outside.
        if span.allSatisfy({ parse.upos[$0] == "NUM" || Self.rangeJoins.contains(tokens[$0].form) || tokens[$0].form == "/" }), last + 1 < parse.count,
           Self.unitSymbols.contains(lower(last + 1)) {
            return (.blankPhrase, "leaves its unit '\(form(last + 1))' outside")
        }
        // "held in Portland, {{Oregon}}": the state of a city; the place is the two together.
        if first >= 2, tokens[first - 1].form == ",", parse.upos[first - 2] == "PROPN", isCapitalized(first - 2),
           Lexicon.usStates.contains(parse.text(of: span).lowercased()) {
            return (.blankPhrase, "is the state of '\(parse.text(of: first - 2..<last + 1))': the place is the two together")
        }
        // "the {{Taskforce of United Methodists}} on Abortion and Sexuality (TUMAS)": the name its abbreviation spells
        // goes on after the blank.
        var k = last + 1
        while k < parse.count, k <= last + 8, isCapitalized(k) || Self.nameFunctionWords.contains(lower(k)), tokens[k].form != "(" { k += 1 }
        if k > last + 1, k + 2 < parse.count, tokens[k].form == "(", tokens[k + 2].form == ")", isCapitalized(k - 1), isCapitalized(last) {
            let abbreviation = tokens[k + 1].form
            func initials(_ r: Range<Int>) -> String {
                String(r.filter { isCapitalized($0) && !Self.nameFunctionWords.contains(lower($0)) }.compactMap { tokens[$0].form.first })
            }
            if abbreviation.count >= 3, abbreviation.allSatisfy({ $0.isUppercase && $0.isLetter }),
               initials(first..<k) == abbreviation, initials(span) != abbreviation {
                return (.blankPhrase, "leaves '\(parse.text(of: last + 1..<k))' of its name outside (\(abbreviation))")
            }
        }
        // "the Taskforce of United Methodists on {{Abortion and Sexuality}} (TUMAS)": the same, the name begun before
        // the blank.
        if last + 3 < parse.count, tokens[last + 1].form == "(", tokens[last + 3].form == ")", isCapitalized(last), first > 0 {
            var start = first
            while start > 0, start > first - 8, isCapitalized(start - 1) || Self.nameFunctionWords.contains(lower(start - 1)) { start -= 1 }
            while start < first, !isCapitalized(start) { start += 1 }
            let abbreviation = tokens[last + 2].form
            func initials(_ r: Range<Int>) -> String {
                String(r.filter { isCapitalized($0) && !Self.nameFunctionWords.contains(lower($0)) }.compactMap { tokens[$0].form.first })
            }
            if start < first, abbreviation.count >= 3, abbreviation.allSatisfy({ $0.isUppercase && $0.isLetter }),
               initials(start..<(last + 1)) == abbreviation, initials(span) != abbreviation {
                return (.blankPhrase, "leaves '\(parse.text(of: start..<first))' of its name outside (\(abbreviation))")
            }
        }
        // "satirised on The {{Chaser's War}} on Everything": after a capitalised "The" inside a sentence the blank is in
        // a title, which goes on through a small word to the next capitalised one.
        if first >= 2, tokens[first - 1].form == "The", isCapitalized(last), last + 2 < parse.count,
           ["on", "of", "in", "for", "and", "to", "at", "with"].contains(tokens[last + 1].form), isCapitalized(last + 2),
           !isMonth(last + 2), !Self.days.contains(lower(last + 2)) {
            return (.blankPhrase, "leaves '\(tokens[last + 1].form) \(form(last + 2))' of the title beginning 'The' outside")
        }
        // "{{Seven Days}} to the River Rhine", "Industrial Arts Applied to {{Peace}}": a capitalised word inside the
        // sentence that the tagger reads as a verb, an adverb, a number or a plural common noun marks a title, which
        // goes on through a small word to the next capitalised one.
        // (Before the blank a plural noun does only when the blank hangs on it, "Children in {{Need}}", not "sold … to
        // Capital Cities to {{Knight Ridder}}"; and so does a common noun, "Dancing with the {{Stars}}", though not
        // before "in" or "at", where a name that ends on one may go on with its place: "the Confederate Monument in
        // {{Hemming Park}}".)
        func titleWord(_ k: Int, plural: Bool = true, singular: Bool = false) -> Bool {
            k > 0 && isCapitalized(k) && (["VERB", "NUM", "ADV"].contains(parse.upos[k]) || plural && parse.xpos[k] == "NNS"
                || singular && parse.xpos[k] == "NN")
                && ![".", "!", "?", ":", "\u{201C}", "\"", "(", "-", "–", "—"].contains(tokens[k - 1].form)
        }
        var titleEnd = last + 1
        while titleEnd < parse.count, titleEnd <= last + 2, Self.titleSmallWords.contains(tokens[titleEnd].form) { titleEnd += 1 }
        if titleEnd > last + 1, titleEnd < parse.count, isCapitalized(titleEnd), !isMonth(titleEnd), (first...last).contains(where: { titleWord($0) }) {
            return (.blankPhrase, "leaves '\(parse.text(of: last + 1..<titleEnd + 1))' of its title outside")
        }
        var titleStart = first - 1
        while titleStart >= 0, titleStart >= first - 2, Self.titleSmallWords.contains(tokens[titleStart].form) { titleStart -= 1 }
        if titleStart < first - 1, titleStart >= 0, isCapitalized(titleStart), isCapitalized(first), !isMonth(first),
           (max(0, titleStart - 2)...titleStart).contains(where: { k in
               let hangs = span.contains { parse.heads[$0] - 1 == k }
               return titleWord(k, plural: hangs, singular: hangs && !(titleStart + 1..<first).contains { ["in", "at"].contains(tokens[$0].form) })
           }) {
            return (.blankPhrase, "leaves '\(parse.text(of: titleStart..<first))' of its title outside")
        }
        // "rumours started by {{Caris}} & Co.": a name that "&" joins to the next capitalised word goes on.
        if last + 2 < parse.count, tokens[last + 1].form == "&", isCapitalized(last + 2), isCapitalized(last) {
            return (.blankPhrase, "leaves '& \(form(last + 2))' of its name outside")
        }
        if first >= 2, tokens[first - 1].form == "&", isCapitalized(first - 2), isCapitalized(first) {
            return (.blankPhrase, "leaves '\(form(first - 2)) &' of its name outside")
        }
        // "its set top box ({{STB}})": an abbreviation in brackets whose letters the words before it spell; or whose
        // capitals the capitalised words of a name before it spell ("General Pharmaceutical Council ({{GPhC}})",
        // "Food and Drug Administration ({{FDA}})").
        if first == last, first >= 2, tokens[first - 1].form == "(", last + 1 < parse.count, tokens[last + 1].form == ")",
           case let letters = Array(form(first).filter(\.isLetter)), letters.first?.isUppercase == true {
            // (A plural's "s" aside: "private finance initiatives ({{PFIs}})".)
            let core = letters.count >= 3 && letters.last == "s" ? Array(letters.dropLast()) : letters
            if (2...6).contains(core.count), core.allSatisfy(\.isUppercase),
               first - 1 >= core.count, case let words = (first - 1 - core.count)..<(first - 1),
               words.allSatisfy({ tokens[$0].form.first?.isLetter == true }),
               zip(words, core).allSatisfy({ tokens[$0.0].form.first.map { Character($0.uppercased()) } == $0.1 }) {
                return (.answerGivenAway, "is spelled by the words before it: '\(parse.text(of: words))'")
            }
            let capitals = letters.filter(\.isUppercase)
            var start = first - 1, initials: [Character] = []
            while start > 0, initials.count < capitals.count,
                  isCapitalized(start - 1) || (!initials.isEmpty && Self.nameFunctionWords.contains(lower(start - 1))) {
                start -= 1
                if isCapitalized(start) { initials.insert(tokens[start].form.first!, at: 0) }
            }
            if (2...6).contains(capitals.count), initials == capitals, isCapitalized(start) {
                return (.answerGivenAway, "is spelled by the name before it: '\(parse.text(of: start..<first - 1))'")
            }
        }
        // "repudiated the lex talionis in {{Matthew}} 5:38-39": a book whose chapter and verse follow it is a reference,
        // cut; and so is its chapter and verse without the book. (A name, not any capitalised word, nor a day or a
        // month: "With {{4:51}} left in regulation", "Friday 5:30" are times.)
        func isBook(_ w: Int) -> Bool {
            parse.upos[w] == "PROPN" && isCapitalized(w) && !Self.days.contains(lower(w)) && Lexicon.months[lower(w)] == nil
        }
        if last + 1 < parse.count, isBook(last), Self.isChapterAndVerse(form(last + 1)) {
            return (.blankPhrase, "leaves the chapter and verse '\(form(last + 1))' of its reference outside")
        }
        if first >= 1, Self.isChapterAndVerse(form(first)), isBook(first - 1) {
            return (.blankPhrase, "leaves the book '\(form(first - 1))' of its reference outside")
        }
        // "4,404.5 people per {{square mile}}", "Per {{unit costs}}": what follows "per" is the unit of a rate (or, "per
        // league policy", a source), which the words before it give away or leave open.
        if first >= 1, lower(first - 1) == "per" {
            return (.blankPhrase, "is what follows 'per', the unit of a rate")
        }
        // "if T(n) = 7n2 + 15n + {{40}}": a term of a formula.
        if let op = [first - 1, last + 1].first(where: { $0 >= 0 && $0 < parse.count && Self.formulaOperators.contains(form($0)) }) {
            return (.blankPhrase, "is a term of a formula, beside '\(form(op))'")
        }
        // "The {{American Football Conference}} (AFC) champion", "the {{National Football League}} (NFL)'s": a name whose
        // abbreviation in brackets after it spells its capitalised words' initials.
        if last + 3 < parse.count, tokens[last + 1].form == "(", tokens[last + 3].form == ")",
           case let letters = Array(form(last + 2).filter(\.isLetter)), letters.first?.isUppercase == true,
           case let capitals = (letters.count >= 3 && letters.last == "s" ? letters.dropLast() : letters[...]).filter(\.isUppercase),
           (2...6).contains(capitals.count) {
            let initials = span.filter { isCapitalized($0) }.compactMap { tokens[$0].form.first }
            if initials == capitals {
                return (.answerGivenAway, "is spelled by the abbreviation after it: '(\(form(last + 2)))'")
            }
        }
        // "to 149 {{Columbus Avenue}}", "at {{121–135}} West End Avenue": a street and its number make one address.
        if first >= 1, isCapitalized(first), Self.streetWords.contains(lower(last)), isCapitalized(last), parse.upos[first - 1] == "NUM" {
            return (.blankPhrase, "leaves the number '\(form(first - 1))' of its address outside")
        }
        if span.allSatisfy({ parse.upos[$0] == "NUM" || Self.rangeJoins.contains(tokens[$0].form) }),
           let street = (last + 1..<min(parse.count, last + 6)).first(where: { Self.streetWords.contains(lower($0)) }),
           (last + 1...street).allSatisfy({ isCapitalized($0) || parse.upos[$0] == "ADJ" && form($0).first?.isNumber == true }) {
            return (.blankPhrase, "is the number of the address '\(parse.text(of: first..<street + 1))'")
        }
        // "Victoria (abbreviated as {{Vic}})": a short form in brackets that the name before them starts with.
        if first == last, first >= 2, let open = (max(1, first - 4)..<first).last(where: { tokens[$0].form == "(" }),
           !(open + 1..<first).contains(where: { [")", ","].contains(tokens[$0].form) }),
           case let short = form(first).lowercased(), (2...5).contains(short.count), short.allSatisfy(\.isLetter),
           case let name = form(open - 1).lowercased(), name.count > short.count, name.hasPrefix(short), isCapitalized(open - 1) {
            return (.answerGivenAway, "is the start of '\(form(open - 1))' before it")
        }
        // "9.75/10.600 {{GHz}}": a unit whose number stays outside the blank.
        if first == last, first >= 1, parse.upos[first - 1] == "NUM", parse.upos[first] != "NUM", afterUnit(first) == first + 1 {
            return (.blankPhrase, "leaves its number '\(tokens[first - 1].form)' outside")
        }
        // "Extreme Makeover: {{Home Edition}}": the part of a title after its colon (or before it). A list after a colon
        // is none ("the countries of East Asia: China, Japan and Korea").
        func listsAnything(_ r: Range<Int>) -> Bool {
            r.clamped(to: 0..<parse.count).contains { tokens[$0].form == "," || isListConjunction($0) }
        }
        if first >= 2, tokens[first - 1].form == ":", tokens[first - 2].end == tokens[first - 1].start, isCapitalized(first - 2),
           isCapitalized(first), parse.upos[first - 2] == "PROPN" || parse.upos[first - 2] == "NOUN", !listsAnything(first..<last + 3) {
            return (.blankPhrase, "is part of the title '\(parse.text(of: first - 2..<last + 1))'")
        }
        if last + 2 < parse.count, tokens[last + 1].form == ":", tokens[last].end == tokens[last + 1].start, isCapitalized(last),
           isCapitalized(last + 2), first > 0, ["PROPN", "DET"].contains(parse.upos[last + 2]), !listsAnything(last + 2..<last + 6) {
            return (.blankPhrase, "is part of the title '\(parse.text(of: first..<last + 3))'")
        }
        // "appointed {{fellow priest Thomas Coke}}", "British {{progressive folk-rock band Gryphon}}": a description in
        // lower case before a name; the answer is the name. (Not a place with a direction, "{{central England}}", nor
        // an abbreviation after its kind, "{{chloroplast DNA}}", unless the kind is one of bodies that have names:
        // "{{cable sports channel ESPN}}".)
        if let name = span.first(where: { k in
               isCapitalized(k) && (k...last).allSatisfy { isCapitalized($0) || Self.nameFunctionWords.contains(lower($0)) }
           }), name > first, isCapitalized(last), parse.upos[name - 1] == "NOUN",
           (first..<name).allSatisfy({ tokens[$0].form.first?.isLowercase == true }),
           name - first > 1 || !Self.adjectiveEndings.contains(where: { lower(first).hasSuffix($0) }),
           (name...last).contains(where: { tokens[$0].form.dropFirst().contains(where: \.isLowercase) })
            || Self.namedKinds.contains(lower(name - 1)),
           (name...last).contains(where: { parse.upos[$0] == "PROPN" }) || (name...last).filter({ isCapitalized($0) }).count >= 2 {
            return (.blankPhrase, "takes the description '\(parse.text(of: first..<name))' with the name '\(parse.text(of: name..<last + 1))'")
        }
        // "Fresno (/ˈfrɛznoʊ/ {{FREZ-noh}})": a pronunciation in brackets (one written between slashes is in it).
        if let open = (0..<first).last(where: { ["(", ")"].contains(tokens[$0].form) }), tokens[open].form == "(",
           (open + 1..<first).contains(where: { tokens[$0].form == "/" }) {
            return (.blankPhrase, "is part of a pronunciation: '\(parse.text(of: open + 1..<last + 1))'")
        }
        // "(see List of private schools in {{Mississippi}})": a reference for the reader to look up, not a fact.
        if let open = (0..<first).last(where: { ["(", ")"].contains(tokens[$0].form) }), tokens[open].form == "(", open + 1 < first,
           DeckAudit.readerVerbs.contains(lower(open + 1)) {
            return (.authorVoice, "is part of a reference for the reader to look up ('\(parse.text(of: open + 1..<last + 1))'), not a fact")
        }
        // "As Fortnow & Homer ({{2003}}) point out": the year of a citation, by authors joined with "&", "and" or "et
        // al.", or with a verb of their own after it ("Smith ({{1999}}) argued"). (Not a name's year: "the Taihō Code
        // (701) and …".)
        if first == last, first >= 2, Self.isYear(tokens[first].form), tokens[first - 1].form == "(", last + 1 < parse.count,
           tokens[last + 1].form == ")", isCapitalized(first - 2) || lower(first - 2) == "al.",
           (max(0, first - 5)..<(first - 1)).contains(where: { ["&", "and", "al."].contains(lower($0)) })
            || (last + 2 < parse.count && parse.upos[last + 2] == "VERB") {
            return (.citation, "is the year of a citation, not a fact of the text")
        }
        // "{{time O}}(n2)", "some {{concrete function f}}(n)": a blank that ends on a function's name is part of a formula.
        if last + 1 < parse.count, tokens[last + 1].form == "(", tokens[last].end == tokens[last + 1].start,
           tokens[last].form.count <= 2 {
            return (.blankPhrase, "is part of the formula '\(tokens[last].form)(…)'")
        }
        // "what is now Interstate {{5}}", "Super Bowl {{50}}": a number after a capitalised word (not a month's) is part
        // of its name. (A year after one is a date as often, "on Christmas Day 2006", but not after a law's name: "the
        // Teaching Council Act {{2001}}".)
        if span.allSatisfy({ parse.upos[$0] == "NUM" }), first >= 2, isCapitalized(first - 1), !isMonth(first - 1),
           ["PROPN", "NOUN", "ADJ"].contains(parse.upos[first - 1]),
           !(first == last && Self.isYear(tokens[first].form)) || ["Act", "Acts"].contains(form(first - 1)),
           tokens[first - 1].end + 1 == tokens[first].start, tokens[first - 1].form.count > 1,
           !tokens[first - 1].form.allSatisfy({ $0.isUppercase || !$0.isLetter }) {
            return (.blankPhrase, "is part of the name '\(parse.text(of: first - 1..<last + 1))'")
        }
        // "between {{Highway}} 41 and Friant Road": the same name, its number left outside (a number of at most three
        // digits, not a score's or a range's: "the {{Panthers}} 24–10").
        if last + 1 < parse.count, isCapitalized(last), !isMonth(last), ["PROPN", "NOUN"].contains(parse.upos[last]),
           case let number = tokens[last + 1].form, (1...3).contains(number.count), number.allSatisfy(\.isNumber),
           tokens[last].end + 1 == tokens[last + 1].start, tokens[last].form.count > 1,
           last + 2 == parse.count || !Self.rangeJoins.contains(tokens[last + 2].form) {
            return (.blankPhrase, "leaves '\(number)' of its name '\(parse.text(of: first..<last + 2))' outside")
        }
        // "up to {{28}}' on the east side": a number whose feet mark is written on to it.
        if parse.upos[last] == "NUM", last + 1 < parse.count, ["'", "’", "\"", "″"].contains(tokens[last + 1].form),
           tokens[last].end == tokens[last + 1].start, last + 2 == parse.count || tokens[last + 1].end < tokens[last + 2].start {
            return (.blankPhrase, "leaves '\(tokens[last + 1].form)' of its measure outside")
        }
        // "{{Average annual precipitation}} is around 11.5 inches", "The {{average household size}} was 3.07": a measure
        // whose value the sentence gives; the value is the fact to ask for.
        if let root = span.first(where: { parse.heads[$0] == 0 || !span.contains(parse.heads[$0] - 1) }), parse.upos[root] == "NOUN",
           parse.baseRelation(root) == "nsubj", case let head = parse.heads[root] - 1, head > last,
           (0..<parse.count).contains(where: { parse.heads[$0] == head + 1 && parse.baseRelation($0) == "cop" }),
           // (A value in digits: "is one of the …", "about two-thirds the size" name no value.)
           (parse.upos[head] == "NUM" && tokens[head].form.contains(where: \.isNumber))
            || (0..<parse.count).contains(where: { parse.heads[$0] == head + 1 && parse.baseRelation($0) == "nummod" && tokens[$0].form.contains(where: \.isNumber) }),
           !span.contains(where: { parse.upos[$0] == "PROPN" }) {
            return (.vagueAnswer, "is vague: it names a measure whose value the sentence gives; ask for the value")
        }
        // "(for {{example, temperature and light}})": the blank takes the word of "for example".
        if first >= 1, ["example", "instance"].contains(lower(first)), lower(first - 1) == "for" {
            return (.blankPhrase, "takes '\(tokens[first].form)' of 'for \(tokens[first].form)' with it")
        }
        // "(e.g. {{15}})", "For small n, say {{100}}, …": a number picked as an example, not a fact of the text. (A
        // thing named as an example is one: "two identical fermions (e.g. {{electrons}})".)
        var before = first - 1
        if before >= 0, tokens[before].form == "," { before -= 1 }
        if before >= 0, Self.exampleMarkers.contains(lower(before)), lower(before) != "say" || (before >= 1 && [",", "("].contains(tokens[before - 1].form)),
           span.allSatisfy({ parse.upos[$0] == "NUM" || Self.rangeJoins.contains(tokens[$0].form) }) {
            return (.vagueAnswer, "is vague: an example ('\(parse.text(of: before..<last + 1))'), not a fact of the text")
        }
        // "({{Incongruously}}, Chinatown was …": an adverb with a capital, opening its sentence or a bracket, read as
        // a name.
        let word = tokens[first].form
        if first == last, isCapitalized(first), word.count >= 7, word.hasSuffix("ly"), word.dropFirst().allSatisfy(\.isLowercase),
           first == 0 || ["(", "\"", "“", "—"].contains(tokens[first - 1].form), last + 1 < parse.count, tokens[last + 1].form == ",",
           case let stem = word.lowercased().dropLast(2),
           stem.hasSuffix("ab") || stem.hasSuffix("ib") || Self.adjectiveEndings.contains(where: { stem.hasSuffix($0) }) {
            return (.blankPhrase, "is an adverb ('\(word)'), not a noun phrase")
        }
        // "in how {{algorithms scale}} with …": after "how", "why" or "whether" comes a clause; a blank there is its
        // subject, so its verb follows it ("why {{Newton's Laws of Motion}} are …"). With no verb after it, the blank
        // took the verb in, whatever the parse made of its words.
        if first > 0, Self.clauseOpeners.contains(lower(first - 1)),
           case let next = (last + 1..<parse.count).first(where: { parse.upos[$0] != "ADV" }),
           next.map({ !["VERB", "AUX"].contains(parse.upos[$0]) }) ?? true {
            return (.blankPhrase, "follows '\(form(first - 1))' with no verb after it, so it holds a clause, not a phrase")
        }
        // "planned for {{Chico, Sacramento, Salinas, and Stockton, the Federal Communications Commission}} decided",
        // "including {{Sever Hall and University Hall, Memorial Church}}": after the item that "and" or "or" brings, a
        // list is over; a comma and words after it are the next part of the sentence, or of the list the blank cuts.
        if let joint = span.last(where: { w in w > first && ["and", "or"].contains(lower(w)) }), joint + 1 < last,
           let comma = (joint + 1..<last).first(where: { tokens[$0].form == "," }), comma > joint + 1, comma < last,
           bracketDepth(first..<comma) == 0 {
            return (.blankPhrase, "runs past the end of its list ('\(parse.text(of: joint..<comma))') into '\(parse.text(of: comma + 1..<last + 1))'")
        }
        // "with {{ABC, Time Warner Cable}} removed …", "civil engineer {{Captain Francis Fowke, Royal Engineers}}": a
        // comma inside a blank with no "and" or "or" joins two parts of the sentence, not the items of one list. (A date's
        // year, a country or state after its place, or an abbreviation after a comma goes with what is before it:
        // "{{October 12, 1943}}", "{{Washington, D.C.}}", "{{Paris, France}}".)
        if !span.contains(where: { ["and", "or", "&"].contains(lower($0)) }),
           let comma = span.first(where: { tokens[$0].form == "," && $0 > first && $0 < last && bracketDepth(first..<$0) == 0 }),
           case let rest = parse.text(of: comma + 1..<last + 1),
           !(parse.upos[comma + 1] == "NUM" || Lexicon.isPlaceByName(rest.lowercased()) || (comma + 1 == last && rest.contains("."))) {
            return (.blankPhrase, "joins two parts of the sentence at its comma ('\(parse.text(of: first..<comma))' and '\(rest)')")
        }
        // "George Stigler, Nobel laureate …, Herbert A. Simon, responsible for …, {{Paul Samuelson}}, the first American
        // to win …, and Eugene Fama, …": a name set between commas in a long list of names, each with its description,
        // is one item of the list (the parse seldom joins such items).
        if first >= 1, tokens[first - 1].form == ",", isCapitalized(first), span.allSatisfy({ isCapitalized($0) || form($0) == "." }),
           last + 1 < parse.count, tokens[last + 1].form == ",",
           case let named = (1..<parse.count).filter({ $0 != first && isCapitalized($0) && [",", "and"].contains(lower($0 - 1)) }), named.count >= 5,
           (1..<parse.count - 1).contains(where: { lower($0) == "and" && tokens[$0 - 1].form == "," && isCapitalized($0 + 1) }) {
            return (.listSlot, "is one name of a list of \(named.count + 1) or more: there is no single answer")
        }
        // "sponsors including Apple, Google, Yahoo!, {{Intel, Gap, Chevron, and Dignity Health}}": a list of names in the
        // blank whose first items stand before it, set off by a comma.
        if span.contains(where: { isListConjunction($0) }), span.contains(where: { tokens[$0].form == "," }), first >= 2, tokens[first - 1].form == ",",
           isCapitalized(first), parse.upos[first - 2] != "NUM", isCapitalized(first - 2) || (first >= 3 && ["!", "."].contains(form(first - 2)) && isCapitalized(first - 3)),
           first >= 4, (0..<first - 2).contains(where: { tokens[$0].form == "," && isCapitalized($0 + 1) }) {
            return (.listSlot, "takes the last items of a list whose first items stand before it")
        }
        // "across all {{sectors, job types and levels}} of experience": a list whose last item goes on after the blank.
        if span.contains(where: { isListConjunction($0) }), span.contains(where: { tokens[$0].form == "," }), last + 2 < parse.count,
           lower(last + 1) == "of", ["NOUN", "PROPN", "ADJ", "DET"].contains(parse.upos[last + 2]) {
            return (.blankPhrase, "cuts its last item, '\(form(last)) of \(form(last + 2))'")
        }
        // "{{Ten years}} later, the first audio was released": a time counted from something the sentence does not
        // say (no year before it).
        if last + 1 < parse.count, ["later", "earlier"].contains(lower(last + 1)), Lexicon.durationUnits.contains(lower(last)),
           !(0..<first).contains(where: { Self.isYear(form($0)) }) {
            return (.vagueAnswer, "is vague: '\(parse.text(of: first..<last + 2))' counts from a time the card does not give")
        }
        return nil
    }

    /// Words after which a clause follows, not a noun phrase.
    static let clauseOpeners: Set<String> = ["how", "why", "whether"]

    /// How many brackets stay open over words `range` (0 when every bracket opened there is closed).
    func bracketDepth(_ range: Range<Int>) -> Int {
        var depth = 0
        for w in range {
            if ["(", "["].contains(parse.tokens[w].form) { depth += 1 }
            if [")", "]"].contains(parse.tokens[w].form) { depth -= 1 }
        }
        return depth
    }
}
