import Foundation
import Testing
@testable import Deck

/// The lenient grader on a table of accepted and rejected answers.
@Suite struct AnswerGraderTests {
    typealias V = AnswerGrade.Verdict

    static let textCases: [(typed: String, expected: String, verdict: V)] = [
        // case, spacing, punctuation
        ("north korea", "North Korea", .correct), ("  NORTH   KOREA ", "North Korea", .correct),
        ("North Korea.", "North Korea", .correct), ("north-korea", "North Korea", .correct),
        ("Self Defense Forces", "Self-Defense Forces", .correct), ("self–defense forces!", "Self-Defense Forces", .correct),
        ("u.s.", "U.S.", .correct), ("US", "U.S.", .correct), ("washington,", "Washington", .correct),
        ("\"Pyongyang\"", "Pyongyang", .correct), ("(Pyongyang)", "Pyongyang", .correct),
        // leading article
        ("Second World War", "the Second World War", .correct), ("the Cold War", "Cold War", .correct),
        ("a mutual defense treaty", "mutual defense treaty", .correct), ("an anachronism", "anachronism", .correct),
        ("the", "the", .correct),
        // diacritics and Unicode forms
        ("cafe", "café", .correct), ("Café", "cafe", .correct), ("naive", "naïve", .correct), ("Zurich", "Zürich", .correct),
        ("creme brulee", "crème brûlée", .correct), ("Sao Paulo", "São Paulo", .correct), ("resume", "résumé", .correct),
        ("ＴＯＫＹＯ", "Tokyo", .correct), ("１９６０", "1960", .correct), ("Ｎｏｒｔｈ Ｋｏｒｅａ", "North Korea", .correct),
        ("e\u{301}te\u{301}", "été", .correct), ("ﬁnance", "finance", .correct),
        // CJK
        ("東京", "東京", .correct), ("日本", "日本", .correct), ("日本 ", "日本", .correct), ("東京", "京都", .wrong),
        ("とうきょう", "とうきょう", .correct), ("서울", "서울", .correct), ("北朝鮮", "北朝鮮", .correct), ("中国", "日本", .wrong),
        ("日本。", "日本", .correct),
        // numbers as digits or words
        ("8", "eight", .correct), ("eight", "8", .correct), ("8 years", "eight years", .correct),
        ("seven years", "7 years", .correct), ("twenty-one", "21", .correct), ("twenty one", "21", .correct),
        ("one hundred", "100", .correct), ("three hundred and five", "305", .correct), ("1,000", "1000", .correct),
        ("one thousand", "1,000", .correct), ("2nd World War", "Second World War", .correct),
        ("World War 2", "World War II", .correct), ("9", "eight", .wrong), ("80", "8", .wrong), ("1961", "1960", .wrong),
        ("3.50", "3.5", .correct), ("8", "8 years", .correct), ("eight", "8 years", .correct), ("9", "8 years", .wrong),
        ("8", "8 years and 2 months", .wrong), ("fifty", "50", .correct), ("5", "50", .wrong),
        // dates
        ("Jan 19 1960", "January 19, 1960", .correct), ("19 January 1960", "January 19, 1960", .correct),
        ("1960-01-19", "January 19, 1960", .correct), ("january 19th, 1960", "January 19, 1960", .correct),
        ("19th of January 1960", "January 19, 1960", .wrong), ("1/19/1960", "January 19, 1960", .correct),
        ("19.01.1960", "January 19, 1960", .correct), ("Jan 20 1960", "January 19, 1960", .wrong),
        ("January 1960", "January 19, 1960", .wrong), ("1960", "January 19, 1960", .wrong),
        ("Jan 1960", "January 1960", .correct), ("1960-01", "January 1960", .correct), ("Feb 1960", "January 1960", .wrong),
        ("sept 11 2001", "September 11, 2001", .correct), ("11 Sep 2001", "September 11, 2001", .correct),
        ("2001-09-11", "11 September 2001", .correct), ("Feb 29 1960", "February 29, 1960", .correct),
        // typos scaled to length
        ("biologicl", "biological", .close), ("biolgical", "biological", .close), ("biologcal", "biological", .close),
        ("boilogical", "biological", .close), ("biologi", "biological", .wrong), ("Pyongyan", "Pyongyang", .close),
        ("Pyonyan", "Pyongyang", .close), ("Pyongang", "Pyongyang", .close), ("Hayotoma", "Hayotama", .close),
        ("Hyaotama", "Hayotama", .close), ("Hayotam", "Hayotama", .close), ("Hyotoma", "Hayotama", .wrong),
        ("China", "Chine", .close), ("Chin", "China", .close), ("Japn", "Japan", .close), ("Jpan", "Japan", .close),
        ("Japon", "Japan", .close), ("Jepon", "Japan", .wrong), ("Cold", "Cole", .wrong), ("ussr", "usa", .wrong),
        ("Washingtn", "Washington", .close), ("Wshngton", "Washington", .close), ("Washingtonian", "Washington", .wrong), ("extraterritorial right", "extraterritorial rights", .close),
        ("extraterritoral rihgts", "extraterritorial rights", .close), ("Packard", "Packrad", .close),
        ("1690", "1960", .wrong),
        // typos by the answer's letters, digits exact, a swap one edit
        ("7 yaers", "7 years", .close), ("7 yeras", "7 years", .close), ("8 yaers", "7 years", .wrong),
        ("7 yrs", "7 years", .wrong), ("Jpaan", "Japan", .close), ("Tokoy", "Tokyo", .close), ("cta", "cat", .wrong),
        ("Lsoa", "Laos", .wrong), ("1906", "1960", .wrong), ("1960", "1961", .wrong),
        ("Democratc Prty of Japn", "Democratic Party of Japan", .close),
        ("Demcratc Prty of Japn", "Democratic Party of Japan", .wrong),
        // singular and plural
        ("7 year", "7 years", .close), ("8 year", "8 years", .close), ("treaties", "treaty", .close),
        ("treaty", "treaties", .close), ("American serviceman", "American servicemen", .close),
        ("warhead", "biological warheads", .wrong), ("1960", "1960s", .wrong), ("8 year", "7 years", .wrong),
        // a leading preposition or article
        ("in 1960", "1960", .correct), ("on January 19", "January 19", .correct),
        ("on January 19, 1960", "January 19, 1960", .correct), ("on Jan 19 1960", "January 19, 1960", .correct),
        ("in the 1960s", "1960s", .correct), ("at Pyongyang", "Pyongyang", .correct), ("in 7 years", "7 years", .correct),
        ("in 1961", "1960", .wrong), ("by 1960", "1960", .wrong), ("before 1960", "1960", .wrong),
        ("in 1960", "by 1960", .wrong), ("in", "in", .correct),
        // the head of a longer answer
        ("abrogation", "abrogation of the treaty", .close), ("Democratic Party", "Democratic Party of Japan", .close),
        ("the treaty", "abrogation of the treaty", .wrong), ("Japan", "Democratic Party of Japan", .wrong),
        // plainly wrong or empty
        ("", "Pyongyang", .wrong), ("   ", "Pyongyang", .wrong), ("Seoul", "Pyongyang", .wrong),
        ("South Korea", "North Korea", .wrong), ("Korea", "North Korea", .wrong), ("Soviet Union", "North Korea", .wrong),
        ("the", "the Cold War", .wrong), ("war", "the Cold War", .wrong),
    ]

    @Test func numbersAreCleanedAlikeOverBytesAndCharacters() {
        // ASCII words are cleaned over their bytes; the general way over characters must agree on them.
        let words = ["1,000", "3.50", "19.01.1960", "1960.", "12,", "1.5e3", "0.0", "7", "42nd", "3..4", "1,2.5", "abc", "x1.", "1e400.5",
                     "1234567890123456.5", "10.,", "5,000,000", "2.0.", "..", "1.", "0.5"]
        for w in words { #expect(AnswerNormalizer.cleanNumber(w) == AnswerNormalizer.cleanNumberBeyondASCII(w), "\(w)") }
        #expect(AnswerNormalizer.normalize("Twenty-one hundred and five people") == "2105 people")
        #expect(NumberWords.digits(in: ["the", "second", "of", "three", "hundred", "and", "five", "2nd", "1960"]) == ["the", "2nd", "of", "305", "2nd", "1960"])
        #expect(NumberWords.digits(in: ["21st", "1th", "12", "3rd", "4x", "th", "99999999999999999999th", "1.5th"]) == ["21st", "1st", "12", "3rd", "4x", "th", "99999999999999999999th", "1.5th"])
        // The quick test finds every word of the tables, and no other.
        for table in [NumberWords.units, NumberWords.tens, NumberWords.scales, NumberWords.ordinals] {
            for word in table.keys { #expect(NumberWords.mayBeNumber(word), "\(word)") }
        }
        for word in ["and", "on", "tenths", "seconds", "Second", "onee", "", "treaty"] { #expect(!NumberWords.mayBeNumber(word), "\(word)") }
    }

    @Test func datesAreReadInEveryWrittenForm() {
        let dates: [(String, String?)] = [
            ("january 19 1960", "1960-01-19"), ("19 jan 1960", "1960-01-19"), ("1960 01 19", "1960-01-19"), ("1 19 1960", "1960-01-19"),
            ("19th january 1960", "1960-01-19"), ("january 1960", "1960-01"), ("1960 1", "1960-01"), ("february 30 1960", nil),
            ("1960", nil), ("january", nil), ("", nil), ("on january 19 1960", nil), ("3 5 million", nil), ("19 janvier 1960", nil),
            ("january  1960", "1960-01"), (" january 1960 ", "1960-01"), ("janvier\u{301} 1960", nil), ("١٩ january 1960", nil),
        ]
        for (text, expected) in dates { #expect(DateAnswer.canonical(text) == expected, "\(text)") }
        // ASCII numbers are read from their bytes as the general way reads them.
        for word in ["19", "19th", "1st", "5thnd", "1stst", "th", "12thth", "0", "", "007", "99999999999999999999", "9223372036854775807",
                     "9223372036854775808", "3.5", "-1", "+5", "1e3", "21st"] {
            var s = Substring(word)
            for suffix in DateAnswer.ordinalSuffixes where s.hasSuffix(suffix) && s.count > 2 { s = s.dropLast(2) }
            #expect(DateAnswer.asciiNumber(word) == (s.allSatisfy(\.isNumber) ? Int(s) : nil), "\(word)")
        }
    }

    @Test(arguments: textCases.indices)
    func textAnswer(_ i: Int) {
        let c = Self.textCases[i]
        let card = Card(id: "x", kind: .question, prompt: "?", answer: c.expected)
        #expect(AnswerGrader.grade(c.typed, card: card).verdict == c.verdict, "\(c.typed) vs \(c.expected)")
    }

    /// Answers typed for the bundled deck's cards, each with its real prompt (the essay's sentence for a cloze).
    static let promptCases: [(typed: String, card: Card, verdict: V)] = {
        let signed = Card(id: "q", kind: .question, prompt: "When was the security treaty between the United States and Japan signed?",
                          answer: "1960")
        let signedOn = Card(id: "q2", kind: .question, prompt: signed.prompt, answer: "January 19, 1960")
        let treaty = Card.cloze(id: "c", text: "The security {{treaty}} between the United States and Japan was signed on January 19, 1960.")
        let eight = Card.cloze(id: "c8", text: "The security treaty came {{8 years}} after Japan’s sovereignty was restored after 7 years of occupation by the United States following the end of the Second World War.",
                               accepted: ["eight years"])
        let seven = Card.cloze(id: "c7", text: "The security treaty came 8 years after Japan’s sovereignty was restored after {{7 years}} of occupation by the United States following the end of the Second World War.",
                               accepted: ["seven years"])
        let abrogation = Card.cloze(id: "ca", text: "Even after the treaty was signed, there already signs of opposition to the treaty, beginning with left-wingers and now even moderates in recent times are clamoring for the {{abrogation of the treaty}} because they feel now that the treaty is an anachronism.")
        let minister = "Japan’s current prime minister, {{Yukio Hayotama}} is of the Democratic Party of Japan, a party that would hardly be considered pro-American as he is keen on reducing the number of American forces in Japan and focus on fostering closer ties with Asian neighbord."
        let typo = Card.cloze(id: "ch", text: minister)
        let aliased = Card.cloze(id: "ch2", text: minister, accepted: ["Yukio Hatoyama", "Hatoyama"])
        return [
            ("1960", signed, .correct), ("in 1960", signed, .correct), ("signed in 1960", signed, .correct),
            ("1961", signed, .wrong), ("in 1961", signed, .wrong), ("1960 or 1961", signed, .wrong), ("by 1960", signed, .wrong), ("not 1960", signed, .wrong),
            ("on January 19, 1960", signedOn, .correct), ("signed on January 19, 1960", signedOn, .correct), ("on Jan 19 1960", signedOn, .correct), ("January 1960", signedOn, .wrong),
            ("the security treaty", treaty, .correct), ("security treaty", treaty, .correct), ("treaty", treaty, .correct),
            ("the defense treaty", treaty, .wrong), ("treaty and alliance", treaty, .wrong), ("treaties", treaty, .close),
            ("8 years", eight, .correct), ("after 8 years", eight, .wrong), ("security treaty came 8 years", eight, .correct), ("8 year", eight, .close), ("8 yaers", eight, .close),
            ("eight year", eight, .close), ("7 years", eight, .wrong), ("7 years 8 years", eight, .wrong), ("9 years", eight, .wrong),
            ("7 years", seven, .correct), ("7 year", seven, .close), ("7 yaers", seven, .close), ("in 7 years", seven, .correct),
            ("8 years", seven, .wrong), ("1 year", seven, .wrong),
            ("abrogation of the treaty", abrogation, .correct), ("the abrogation of the treaty", abrogation, .correct),
            ("abrogation", abrogation, .close), ("abrogaton", abrogation, .wrong), ("treaty", abrogation, .wrong),
            ("anachronism", abrogation, .wrong),
            ("Yukio Hayotama", typo, .correct), ("Hatoyama", typo, .wrong), ("Yukio Hatoyama", typo, .wrong),
            ("Hatoyama", aliased, .correct), ("Yukio Hatoyama", aliased, .correct), ("hatoyama", aliased, .correct),
            ("Hatoyma", aliased, .close), ("prime minister Hatoyama", aliased, .correct), ("Yukio Hayotama", aliased, .correct),
            ("Abe", aliased, .wrong), ("Hayotama", aliased, .wrong),
        ]
    }()

    @Test(arguments: promptCases.indices)
    func answerWithItsCard(_ i: Int) {
        let c = Self.promptCases[i]
        #expect(AnswerGrader.grade(c.typed, card: c.card).verdict == c.verdict, "\(c.typed) for \(c.card.answer)")
    }

    /// The answers of issue 17, typed for the bundled deck's own cards.
    @Test func bundledDeckCards() throws {
        let path = Paths.decks.appendingPathComponent("us-japan-security-treaty.deck").path
        let deck = DeckParser.parse(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path).deck
        func card(_ id: String) throws -> Card { try #require(deck.cards.first { $0.id == id }) }
        let signed = try card("q-usrla4h3"), seven = try card("c-oty7qrx2"), abrogation = try card("c-nladiiyv")
        let minister = try card("c-7pu02tu5"), threat = try card("m-f15wf90y")
        #expect(AnswerGrader.grade("on January 19, 1960", card: signed).verdict == .correct)
        #expect(AnswerGrader.grade("7 year", card: seven).verdict == .close)
        #expect(AnswerGrader.grade("7 yaers", card: seven).verdict == .close)
        #expect(AnswerGrader.grade("8 years", card: seven).verdict == .wrong)
        #expect(AnswerGrader.grade("abrogation", card: abrogation).verdict == .close)
        #expect(AnswerGrader.grade("Hatoyama", card: minister).verdict == .correct)
        #expect(AnswerGrader.grade("Hayotama", card: minister).verdict == .correct)
        #expect(AnswerGrader.grade("north", card: threat, choices: ["Russia", "China", "Soviet Union", "North Korea"])
                == AnswerGrade(.correct, picked: "North Korea"))
    }

    @Test func promptWordsComeFromThePromptOnly() {
        // The same typed answer is right with the prompt that has its words, and wrong without it.
        #expect(AnswerGrader.gradeText("the security treaty", against: ["treaty"], prompt: "What did the security pact become, a security treaty?").verdict == .correct)
        #expect(AnswerGrader.gradeText("the security treaty", against: ["treaty"]).verdict == .wrong)
        #expect(AnswerGrader.gradeText("the security treaty", against: ["treaty"], prompt: "What was signed in 1960?").verdict == .wrong)
        // A cloze card's other words are the prompt; its own gap is not.
        let card = Card.cloze(id: "x", text: "The {{security}} treaty was signed in 1960.")
        #expect(AnswerGrader.grade("security treaty", card: card).verdict == .correct)
        #expect(AnswerGrader.grade("treaty", card: card).verdict == .wrong)
    }

    @Test func nearMissNotesSayWhatDiffers() {
        #expect(AnswerGrader.gradeText("7 year", against: ["7 years"]) == AnswerGrade(.close, note: "singular for plural"))
        #expect(AnswerGrader.gradeText("treaties", against: ["treaty"]) == AnswerGrade(.close, note: "plural for singular"))
        #expect(AnswerGrader.gradeText("7 yaers", against: ["7 years"]) == AnswerGrade(.close, note: "two letters swapped"))
        #expect(AnswerGrader.gradeText("abrogation", against: ["abrogation of the treaty"]) == AnswerGrade(.close, note: "only part of the answer"))
    }

    @Test func typoAllowanceScalesWithLetters() {
        #expect([1, 3, 4, 5, 8, 9, 15, 16, 30].map { TypoTolerance.allowance(letters: $0) } == [0, 0, 0, 1, 1, 2, 2, 3, 3])
        // Letters, not characters: digits and spaces do not count.
        #expect(AnswerGrader.typoAllowance("7 years") == 1)
        #expect(AnswerGrader.typoAllowance("1960") == 0)
        #expect(AnswerGrader.typoAllowance("u s a") == 0)
        #expect(TypoTolerance.isNearMiss("7 yaers", "7 years") && !TypoTolerance.isNearMiss("1 years", "7 years"))
    }

    @Test func pluralPairs() {
        for (a, b) in [("year", "years"), ("box", "boxes"), ("treaty", "treaties"), ("serviceman", "servicemen"), ("war", "wars"), ("man", "men")] {
            #expect(PluralForms.arePair(Substring(a), Substring(b)) && PluralForms.arePair(Substring(b), Substring(a)), "\(a) \(b)")
        }
        for (a, b) in [("us", "u"), ("1960", "1960s"), ("year", "yeast"), ("woman", "women2"), ("car", "cart"), ("year", "year")] {
            #expect(!PluralForms.arePair(Substring(a), Substring(b)), "\(a) \(b)")
        }
    }

    @Test func alternativesAreAccepted() {
        let card = Card(id: "x", kind: .question, prompt: "?", answer: "the Second World War", accepted: ["World War II", "WWII"])
        #expect(AnswerGrader.grade("wwii", card: card).verdict == .correct)
        #expect(AnswerGrader.grade("World War II", card: card).verdict == .correct)
        #expect(AnswerGrader.grade("World War I", card: card).verdict == .wrong)
        #expect(AnswerGrader.grade("second world war", card: card).verdict == .correct)
    }

    @Test func nearMissSaysWhatDiffers() {
        #expect(AnswerGrader.gradeText("biologicl", against: ["biological"]) == AnswerGrade(.close, note: "one letter missing"))
        #expect(AnswerGrader.gradeText("biologiccal", against: ["biological"]) == AnswerGrade(.close, note: "one letter extra"))
        #expect(AnswerGrader.gradeText("biolgoical", against: ["biological"]) == AnswerGrade(.close, note: "two letters swapped"))
        #expect(AnswerGrader.gradeText("biologixal", against: ["biological"]) == AnswerGrade(.close, note: "one letter different"))
        #expect(AnswerGrader.gradeText("bilogicl", against: ["biological"]) == AnswerGrade(.close, note: "2 letters differ"))
    }

    @Test func clozeWithSeveralGaps() {
        let card = Card.cloze(id: "x", text: "{{Hayotama}} led the {{Democratic Party of Japan}}.")
        #expect(AnswerGrader.grade("hayotama; democratic party of japan", card: card).verdict == .correct)
        #expect(AnswerGrader.grade("Hayotma ; Democratic Party of Japan", card: card).verdict == .close)
        #expect(AnswerGrader.grade("Hayotama", card: card).verdict == .wrong)
        #expect(AnswerGrader.grade("Abe; Democratic Party of Japan", card: card).verdict == .wrong)
    }

    @Test func multipleChoiceByLetterNumberOrText() {
        let card = Card(id: "x", kind: .choice, prompt: "?", answer: "North Korea", choices: ["China", "North Korea", "Russia"])
        let shown = ["Russia", "North Korea", "China"]
        #expect(AnswerGrader.grade("b", card: card, choices: shown).verdict == .correct)
        #expect(AnswerGrader.grade("B)", card: card, choices: shown).verdict == .correct)
        #expect(AnswerGrader.grade("2", card: card, choices: shown).verdict == .correct)
        #expect(AnswerGrader.grade("north korea", card: card, choices: shown).verdict == .correct)
        #expect(AnswerGrader.grade("Nort Korea", card: card, choices: shown).verdict == .correct)
        #expect(AnswerGrader.grade("a", card: card, choices: shown).verdict == .wrong)
        #expect(AnswerGrader.grade("3", card: card, choices: shown).verdict == .wrong)
        #expect(AnswerGrader.grade("china", card: card, choices: shown).verdict == .wrong)
        #expect(AnswerGrader.grade("e", card: card, choices: shown).verdict == .unrecognized)
        #expect(AnswerGrader.grade("Mongolia", card: card, choices: shown).verdict == .unrecognized)
    }

    /// The bundled deck's choice card, and a citation card whose only Packard choice is unambiguous.
    @Test func choiceTextByUniquePrefixNamesThePick() {
        let threat = Card(id: "m", kind: .choice,
                          prompt: "According to the essay, which country does the threat to Japan come from primarily, in the wake of its ballistic missile tests?",
                          answer: "North Korea", choices: ["China", "North Korea", "Russia", "Soviet Union"])
        #expect(AnswerGrader.grade("north", card: threat) == AnswerGrade(.correct, picked: "North Korea"))
        #expect(AnswerGrader.grade("NORTH KOREA", card: threat) == AnswerGrade(.correct, picked: "North Korea"))
        #expect(AnswerGrader.grade("the soviet", card: threat) == AnswerGrade(.wrong, picked: "Soviet Union"))
        #expect(AnswerGrader.grade("rus", card: threat) == AnswerGrade(.wrong, picked: "Russia"))
        #expect(AnswerGrader.grade("b", card: threat, choices: ["Russia", "China", "North Korea", "Soviet Union"]) == AnswerGrade(.wrong, picked: "China"))
        #expect(AnswerGrader.grade("ru", card: threat) == AnswerGrade(.unrecognized))
        let cited = Card(id: "p", kind: .choice, prompt: "Whose 2010 article in Foreign Affairs does the essay cite on North Korea's missiles?",
                         answer: "Packard, G. R.", choices: ["Garten, J. E.", "Nixon, R.", "Packard, G. R."])
        #expect(AnswerGrader.grade("packard", card: cited) == AnswerGrade(.correct, picked: "Packard, G. R."))
        #expect(AnswerGrader.grade("Packard", card: cited, choices: ["Packard, G. R.", "Nixon, R.", "Garten, J. E."]).verdict == .correct)
        #expect(AnswerGrader.grade("nixon", card: cited) == AnswerGrade(.wrong, picked: "Nixon, R."))
        #expect(AnswerGrader.grade("b", card: cited) == AnswerGrade(.wrong, picked: "Nixon, R."))
        // A prefix that several choices share picks none.
        let korea = Card(id: "k", kind: .choice, prompt: "?", answer: "North Korea", choices: ["North Korea", "North Vietnam", "China"])
        #expect(AnswerGrader.grade("north", card: korea) == AnswerGrade(.unrecognized))
        #expect(AnswerGrader.grade("North K", card: korea) == AnswerGrade(.correct, picked: "North Korea"))
        #expect(AnswerGrader.grade("north v", card: korea) == AnswerGrade(.wrong, picked: "North Vietnam"))
    }

    @Test func numericChoiceTextWinsOverPosition() {
        let card = Card(id: "x", kind: .choice, prompt: "?", answer: "2", choices: ["1", "2", "3"])
        #expect(AnswerGrader.grade("2", card: card, choices: ["3", "1", "2"]).verdict == .correct)
    }

    @Test(arguments: [("t", true), ("T", true), ("true", true), ("True.", true), ("y", true), ("yes", true),
                      ("f", false), ("false", false), ("n", false), ("No", false), ("FALSE", false)])
    func trueFalseWords(_ typed: String, _ value: Bool) {
        let yes = Card(id: "x", kind: .truefalse, prompt: "s", answer: "true")
        #expect(AnswerGrader.grade(typed, card: yes).verdict == (value ? .correct : .wrong))
        let no = Card(id: "y", kind: .truefalse, prompt: "s", answer: "false")
        #expect(AnswerGrader.grade(typed, card: no).verdict == (value ? .wrong : .correct))
    }

    @Test func trueFalseUnrecognized() {
        let card = Card(id: "x", kind: .truefalse, prompt: "s", answer: "true")
        #expect(AnswerGrader.grade("maybe", card: card).verdict == .unrecognized)
    }

    @Test func tableIsLarge() { #expect(Self.textCases.count + Self.promptCases.count >= 180) }
}
