import Testing
@testable import Deck

/// Wh-questions transformed from the parse tree: the answer's slot, inversion, *did* and the verb's base form,
/// and no question where the sentence has more than one clause or the transformation is unsure.
@Suite struct ClauseQuestionTests {
    static let model = try! SyntaxModel.bundled()

    /// The question for `answer` (its first occurrence) in `sentence`, or nil.
    static func question(_ sentence: String, _ answer: String, _ type: FactType) -> ClauseQuestion? {
        guard let range = sentence.range(of: answer) else { return nil }
        let start = sentence.utf8.distance(from: sentence.startIndex, to: range.lowerBound)
        let bytes = start..<(start + answer.utf8.count)
        return ClauseQuestion.make(model.parse(sentence), answer: bytes, type: type, knows: model.knows)
    }

    @Test func subjectsBecomeWhoOrWhat() {
        #expect(Self.question("Eisenhower signed the treaty in Washington.", "Eisenhower", .person)?.prompt
                == "Who signed the treaty in Washington?")
        #expect(Self.question("The Diet ratified the new treaty in June.", "Diet", .organisation)?.prompt
                == "What ratified the new treaty in June?")
        // A plural subject's verb agrees with "What" instead.
        #expect(Self.question("Chloroplasts carry out photosynthesis in plant cells.", "Chloroplasts", .term)?.prompt
                == "What carries out photosynthesis in plant cells?")
        #expect(Self.question("Red algae make a form of starch called floridean.", "Red algae", .term)?.prompt
                == "What makes a form of starch called floridean?")
        // A term for people asks "Who".
        #expect(Self.question("Petrologists identify rock samples in the laboratory.", "Petrologists", .term)?.prompt
                == "Who identifies rock samples in the laboratory?")
        #expect(Self.question("Preschool teachers may earn £20,980 annually.", "Preschool teachers", .term)?.prompt
                == "Who may earn £20,980 annually?")
        #expect(Self.question("Magnetic stratigraphers look for signs of magnetic reversals in igneous rock units.", "Magnetic stratigraphers",
                              .term)?.prompt == "Who looks for signs of magnetic reversals in igneous rock units?")
    }

    @Test func anAnswerOpeningOnACountIsNotAskedWithWhat() {
        // "What has been released since 2005?" would ask for things and be answered with how many.
        #expect(Self.question("Six soundtrack releases have been released since 2005.", "Six soundtrack releases", .term) == nil)
        #expect(Self.question("Soundtrack releases have been popular since 2005.", "Soundtrack releases", .term)?.prompt
                == "What has been popular since 2005?")
    }

    @Test func objectsTakeDidAndTheBaseForm() {
        #expect(Self.question("Japan signed the security treaty in 1960.", "security treaty", .term)?.prompt
                == "What did Japan sign in 1960?")
        #expect(Self.question("The committee carries the main burden of the work.", "main burden of the work", .term)?.prompt
                == "What does the committee carry?")
    }

    @Test func adjunctsAskWhenWhereAndHowLong() {
        #expect(Self.question("The treaty was signed on January 19, 1960.", "January 19, 1960", .date)?.prompt
                == "When was the treaty signed?")
        #expect(Self.question("In 1951, Japan signed a peace treaty with the Allies.", "1951", .year)?.prompt
                == "In what year did Japan sign a peace treaty with the Allies?")
        #expect(Self.question("The Romans kept eight legions in Germania.", "Germania", .place)?.prompt
                == "Where did the Romans keep eight legions?")
        #expect(Self.question("The occupation of Japan lasted for seven years.", "seven years", .duration)?.prompt
                == "How long did the occupation of Japan last?")
    }

    @Test func aTimeBesideAnotherTimeIsNotAsked() {
        // The year may belong to "the beginnings", not to the debate: no question (the cloze stays).
        #expect(Self.question("Private schooling has been debated since the beginnings of compulsory education in Massachusetts in 1852.",
                              "1852", .year) == nil)
        #expect(Self.question("Private schooling was debated in Massachusetts in 1852.", "1852", .year)?.prompt
                == "In what year was private schooling debated in Massachusetts?")
        // A time after another verb may belong to it.
        #expect(Self.question("UChicago is often considered the birthplace of improvisational comedy as the Compass Players student comedy troupe evolved into The Second City improv theater troupe in 1959.",
                              "1959", .year) == nil)
        // An agent is no time: "by William Maclure".
        #expect(Self.question("The first geological map of the U.S. was produced in 1809 by William Maclure.", "1809", .year) != nil)
    }

    @Test func countsAskHowMany() {
        let q = Self.question("Twelve actors have headlined the series as the Doctor.", "Twelve actors", .number)
        #expect(q?.prompt == "How many actors have headlined the series as the Doctor?")
        #expect(q?.answer == "Twelve")
    }

    @Test func aSubjectThatOpensOnANameKeepsItsCapital() {
        // "Northern Rail" is a name even where the tagger reads "Northern" as an adjective; "The" is no name.
        let q = Self.question("Northern Rail provides local and regional services.", "local and regional services", .term)?.prompt
        #expect(q == "What does Northern Rail provide?", "\(String(describing: q))")
        #expect(Self.question("The committee carries the main burden of the work.", "main burden of the work", .term)?.prompt
                == "What does the committee carry?")
    }

    @Test func aFrontedPhraseMovesToTheEnd() {
        #expect(Self.question("After the war, Yoshida Shigeru led the government of Japan.", "Yoshida Shigeru", .person)?.prompt
                == "Who led the government of Japan after the war?")
    }

    @Test func aNamedPredicateIsAsked() {
        #expect(Self.question("The first prime minister of Japan was Ito Hirobumi.", "Ito Hirobumi", .person)?.prompt
                == "Who was the first prime minister of Japan?")
    }

    @Test func unsureTransformationsGiveNoQuestion() {
        // Two clauses.
        #expect(Self.question("Japan signed the treaty in 1960, and the United States ratified it in June.", "1960", .year) == nil)
        // A pronoun subject points outside the question.
        #expect(Self.question("It was signed on January 19, 1960.", "January 19, 1960", .date) == nil)
        // A negated sentence.
        #expect(Self.question("Japan did not sign the treaty in 1951.", "1951", .year) == nil)
        // A name of unknown type: "Who" or "What" would be a guess.
        #expect(Self.question("Anpo ended the occupation of Japan.", "Anpo", .entity) == nil)
        // A subject that points back to what the text said before ("the section"), and a bare number as predicate.
        #expect(Self.question("The section discussed the divergence problem.", "divergence problem", .term) == nil)
        #expect(Self.question("The title coined the term materia medica.", "materia medica", .term) == nil)
        #expect(Self.question("The average household size was 3.07.", "average household size", .term) == nil)
        // A subject with its own clause.
        #expect(Self.question("An etioplast is a plastid that lacks chlorophyll, and has inner membranes.", "etioplast", .term) == nil)
    }

    @Test func verbsTakeTheirBaseForm() {
        let knows = Self.model.knows
        let cases: [(String, String, String?)] = [
            ("signed", "VBD", "sign"), ("used", "VBD", "use"), ("agreed", "VBD", "agree"), ("stopped", "VBD", "stop"),
            ("tried", "VBD", "try"), ("added", "VBD", "add"), ("began", "VBD", "begin"), ("carries", "VBZ", "carry"),
            ("has", "VBZ", "have"), ("goes", "VBZ", "go"), ("passes", "VBZ", "pass"), ("keep", "VBP", "keep"),
            ("zorbled", "VBD", nil), ("are", "VBP", nil),
        ]
        for (form, tag, base) in cases {
            #expect(VerbBaseForm.of(form, xpos: tag, knows: knows) == base, "\(form)")
        }
        let thirds: [(String, String?)] = [("eat", "eats"), ("carry", "carries"), ("reach", "reaches"), ("go", "goes"),
                                           ("have", "has"), ("play", "plays"), ("zorble", nil)]
        for (base, third) in thirds {
            #expect(VerbBaseForm.thirdPerson(base, knows: knows) == third, "\(base)")
        }
    }

    @Test func aVerbWithTwoSubjectsAsksNothing() {
        // The model reads "decade" as a second subject of "had": the question put it between "did" and the subject.
        #expect(Self.question("A mere half decade later the tract had 267 homes.", "267 homes", .number) == nil)
        #expect(Self.question("The tract had 267 homes by 1912.", "267 homes", .number)?.prompt == "How many homes did the tract have by 1912?")
    }

    @Test func aClauseCutShortAfterAndAsksNothing() {
        // "Queen Victoria" is read as an adjunct of "appears" with its own "and": a second clause without its verb.
        #expect(Self.question("Prince Albert appears within the main arch above the twin entrances, and Queen Victoria above the frame "
                              + "around the arches and entrance, sculpted by Alfred Drury.", "Prince Albert", .person) == nil)
        #expect(Self.question("Prince Albert appears within the main arch above the twin entrances.", "Prince Albert", .person)?.prompt
                == "Who appears within the main arch above the twin entrances?")
    }

    @Test func aShareOfSomethingIsNoAnswer() {
        #expect(Self.question("A quarter of farmland is used to grow consumable crops.", "quarter of farmland", .term) == nil)
        #expect(Self.question("Farmland is used to grow consumable crops.", "Farmland", .term)?.prompt == "What is used to grow consumable crops?")
    }
}
