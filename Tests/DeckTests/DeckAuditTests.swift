import Testing
@testable import Deck

/// The audit's rules that read words rather than the parse, and the deck-wide rules.
@Suite struct DeckAuditTests {
    static func words(_ text: String) -> [String] { SyntaxTokenizer.tokenize(text).map(\.form) }

    @Test func aQuestionInEverydayWordsNamesNothingParticular() {
        let everyday = DeckAudit(model: try! SyntaxModel.bundled()).isEveryday
        #expect(DeckAudit.questionInEverydayWords(Self.words("What has improved rapidly in recent years?"), everyday: everyday) != nil)
        #expect(DeckAudit.questionInEverydayWords(Self.words("What does the city have?"), everyday: everyday) != nil)
        // A name, a number, a word of the subject's own, or a definition asked for make it particular.
        #expect(DeckAudit.questionInEverydayWords(Self.words("What trains serve destinations in Yorkshire?"), everyday: everyday) == nil)
        #expect(DeckAudit.questionInEverydayWords(Self.words("What has improved rapidly since 1990?"), everyday: everyday) == nil)
        #expect(DeckAudit.questionInEverydayWords(Self.words("What are helicoid sheets that spiral around grana?"), everyday: everyday) == nil)
        #expect(DeckAudit.questionInEverydayWords(Self.words("What is an annual meeting of all the officers of the church?"), everyday: everyday) == nil)
    }

    @Test func authorVoiceIsNotTheCountryNorAQuotation() {
        #expect(DeckAudit.authorVoice(Self.words("The US signed the treaty.")) == nil)
        #expect(DeckAudit.authorVoice(Self.words("He said “we will defend Japan” in 1960.")) == nil)
        #expect(DeckAudit.authorVoice(Self.words("As we saw, the treaty was signed.")) == "we")
        #expect(DeckAudit.authorVoice(Self.words("I think the treaty was signed.")) == "I")
        // The text telling its reader what to do speaks to them too.
        #expect(DeckAudit.authorVoice(Self.words("For examples, see non-deterministic algorithm.")) == "see")
        #expect(DeckAudit.authorVoice(Self.words("Each particle is a straight line (see world line) in time.")) == nil)
        #expect(DeckAudit.authorVoice(Self.words("To see why, consider a program that makes 2n operations.")) == "consider")
        #expect(DeckAudit.authorVoice(Self.words("The festival lets the public see work by designers.")) == nil)
        #expect(DeckAudit.authorVoice(Self.words("The See of Canterbury is the oldest.")) == nil)
        #expect(DeckAudit.authorVoice(Self.words("It gave us bases.")) == "us")
    }

    @Test func anAnswerIsGivenAwayOnlyWhenAllItsContentWordsAreThere() {
        let rest = Self.words("This came after Japan's sovereignty was restored after 7 years of occupation.")
        #expect(!DeckAudit.givesAway(answer: "8 years", in: rest))
        #expect(DeckAudit.givesAway(answer: "7 years", in: rest))
        // An abbreviation whose name the sentence spells out elsewhere.
        let mnf = Self.words("In 1970, ABC debuted Monday Night Football; a deal in 2006 saw move to ESPN.")
        #expect(DeckAudit.nameSpelling(abbreviation: "MNF", in: mnf) == "Monday Night Football")
        #expect(DeckAudit.nameSpelling(abbreviation: "ABC", in: mnf) == nil)
        #expect(DeckAudit.nameSpelling(abbreviation: "IPCC", in: Self.words("The Intergovernmental Panel on Climate Change met.")) == "Intergovernmental Panel on Climate Change")
        #expect(DeckAudit.nameSpelling(abbreviation: "MNF", in: Self.words("Monday Night Football Live moved.")) == nil)
        #expect(DeckAudit.nameSpelling(abbreviation: "Vic", in: Self.words("Victoria is small.")) == nil)
        #expect(DeckAudit.givesAway(answer: "the occupation", in: rest))
        #expect(!DeckAudit.givesAway(answer: "the", in: rest))
    }

    @Test func theDecksOwnSubjectIsFoundByItsWordsOrItsAbbreviation() {
        let title = "US-Japan Security Treaty"
        #expect(DeckAudit.isTopic(answer: "the security treaty", title: title))
        #expect(DeckAudit.isTopic(answer: "United States and Japan", title: title))
        #expect(DeckAudit.isTopic(answer: "the United States", title: title))
        #expect(!DeckAudit.isTopic(answer: "United Nations", title: title))
        #expect(!DeckAudit.isTopic(answer: "Soviet Union", title: title))
        #expect(!DeckAudit.isTopic(answer: "Japan and China", title: title))
        #expect(!DeckAudit.isTopic(answer: "the", title: title))
        // The subject's name with a word of what it is; not a name of its own, nor a word made with it.
        #expect(DeckAudit.isTopic(answer: "river Rhine", title: "Rhine"))
        #expect(DeckAudit.isTopic(answer: "the main river Rhine", title: "Rhine"))
        #expect(!DeckAudit.isTopic(answer: "Rhine Valley", title: "Rhine"))
        #expect(!DeckAudit.isTopic(answer: "Anterior Rhine and the Posterior Rhine", title: "Rhine"))
        #expect(!DeckAudit.isTopic(answer: "Rhine-kilometers", title: "Rhine"))
        #expect(!DeckAudit.isTopic(answer: "Chloroplast ribosomes", title: "Chloroplast"))
    }

    @Test func aTitleFromAFileNameOrWithABracketNamesItsSubject() {
        // Underscores part a title's words; words in brackets tell it apart from another subject of its name.
        #expect(DeckAudit.isTopic(answer: "southern California", title: "Southern_California"))
        #expect(DeckAudit.isTopic(answer: "Sky", title: "Sky_(United_Kingdom)"))
        #expect(!DeckAudit.isTopic(answer: "United Kingdom", title: "Sky_(United_Kingdom)"))
        // The title's initials stand for it; a short name in capitals beside it is another name.
        #expect(DeckAudit.isTopic(answer: "ABC", title: "American Broadcasting Company"))
        // Also without the word that says what kind of body it is, with "&" for "and"; not another name's initials.
        #expect(DeckAudit.isTopic(answer: "V&A", title: "Victoria and Albert Museum"))
        #expect(DeckAudit.isTopic(answer: "VA", title: "Victoria and Albert Museum"))
        #expect(!DeckAudit.isTopic(answer: "V&A", title: "Victoria and Albert Park Lake"))
        #expect(DeckAudit.isTopic(answer: "the UMC", title: "United Methodist Church"))
        #expect(!DeckAudit.isTopic(answer: "Super Bowl LI", title: "Super Bowl 50"))
        #expect(!DeckAudit.isTopic(answer: "Sky Q", title: "Sky"))
    }

    @Test func theSubjectWithOnlyEverydayWordsAboutItIsVague() {
        let everyday: Set<String> = ["area", "atmosphere", "rate", "basketball", "teams", "reports", "television", "series",
                                     "school", "economics", "movement", "downtown", "first", "river"]
        func described(_ answer: String, _ title: String, opensSentence: Bool = false) -> Bool {
            DeckTopic(title: title).isDescribed(by: answer, opensSentence: opensSentence, everyday: everyday.contains)
        }
        #expect(described("southern California area", "Southern_California"))
        #expect(described("southern California's rate", "Southern California"))
        #expect(described("Harvard basketball teams", "Harvard University"))
        #expect(described("IPCC reports", "Intergovernmental Panel on Climate Change"))
        #expect(described("ABC television series", "American Broadcasting Company"))
        #expect(described("downtown Jacksonville", "Jacksonville, Florida"))
        // Not the subject alone, another name, a number, a word the model does not know, a term built with "of".
        #expect(!described("Southern California", "Southern California"))
        #expect(!described("Rhine Valley", "Rhine"))
        #expect(!described("first Rhine river 2", "Rhine"))
        #expect(!described("Rhine graben", "Rhine"))
        #expect(!described("Chicago school of economics", "University of Chicago"))
        // A capital that may be the sentence's own names nothing ("{{Chloroplast movement}} is …"), unless the
        // word is an abbreviation.
        #expect(!described("Chloroplast movement", "Chloroplast", opensSentence: true))
        #expect(described("Chloroplast movement", "Chloroplast", opensSentence: false))
        #expect(described("IPCC reports", "Intergovernmental Panel on Climate Change", opensSentence: true))
        // Lower case, the subject is a common noun and the phrase a term ("chloroplast movement").
        #expect(!described("chloroplast movement", "Chloroplast"))
    }

    @Test func aGapOpensASentenceAtTheStartOrAfterItsEnd() {
        #expect(DeckAudit.gapOpensSentence("{{Chloroplast movement}} is regulated."))
        #expect(DeckAudit.gapOpensSentence("It moves. {{Chloroplast movement}} is regulated."))
        #expect(!DeckAudit.gapOpensSentence("The {{Chloroplast movement}} is regulated."))
        #expect(DeckAudit.gapOpensSentence("___ is regulated."))
        #expect(!DeckAudit.gapOpensSentence("The ___ is regulated."))
        #expect(!DeckAudit.gapOpensSentence("What is regulated?"))
    }

    @Test func aSubjectThatStandsForThingsNamedBeforePointsBack() throws {
        #expect(DeckAudit.pointingSubject(Self.words("The latter flows west into a sluice at Katwijk.")) == "The latter")
        #expect(DeckAudit.pointingSubject(Self.words("The other includes reproductions of Italian sculpture.")) == "The other")
        #expect(DeckAudit.pointingSubject(Self.words("The ones that accept government funds are called 'aided' schools.")) == "The ones")
        #expect(DeckAudit.pointingSubject(Self.words("The one in Chelsea was opened in 1871.")) == "The one")
        #expect(DeckAudit.pointingSubject(Self.words("The one-child policy was introduced in 1979.")) == nil)
        #expect(DeckAudit.pointingSubject(Self.words("The one thing that stayed was the bridge.")) == nil)
        #expect(DeckAudit.pointingSubject(Self.words("Both stations were acquired as a contingency plan.")) == "Both stations")
        #expect(DeckAudit.pointingSubject(Self.words("Both ctenophores and cnidarians have a type of muscle.")) == nil)
        #expect(DeckAudit.pointingSubject(Self.words("Other religious groups include Protestants and Jews.")) == "Other religious")
        #expect(DeckAudit.pointingSubject(Self.words("Other than that, the river is calm.")) == nil)
        #expect(DeckAudit.pointingSubject(Self.words("Other 18th-century ébénistes include Adam Weisweiler.")) != nil)
        #expect(DeckAudit.pointingSubject(Self.words("The river flows west into a sluice at Katwijk.")) == nil)
        #expect(DeckAudit.pointingSubject(Self.words("A third in 2009 featured a crossover appearance by David Tennant.")) == "A third")
        #expect(DeckAudit.pointingSubject(Self.words("The second was released in 1999.")) == "The second")
        #expect(DeckAudit.pointingSubject(Self.words("A third of the votes went to Labour.")) == nil)
        #expect(DeckAudit.pointingSubject(Self.words("The second half began in 1999.")) == nil)
        #expect(DeckAudit.pointingSubject(Self.words("The first in a series of films was released in 1999.")) == "The first")
        let card = Card(id: "c-1", kind: .cloze, prompt: "The latter then flows west into a sluice at {{Katwijk}}.", answer: "Katwijk")
        let audit = DeckAudit(model: try SyntaxModel.bundled())
        #expect(audit.findings(for: card).map(\.rule) == [.danglingPronoun], "\(audit.findings(for: card))")
    }

    @Test func aDemonstrativeInAnOpeningPhrasePointsBack() {
        #expect(DeckAudit.demonstrativeOpening(Self.words("Before this election, the IPCC was led by Ismail El Gizouli.")) == "this election")
        #expect(DeckAudit.demonstrativeOpening(Self.words("After that, the river turns west.")) == "that")
        #expect(DeckAudit.demonstrativeOpening(Self.words("In December of that year, the network premiered The Dating Game.")) == "that year")
        #expect(DeckAudit.demonstrativeOpening(Self.words("Before the election, the IPCC was led by Ismail El Gizouli.")) == nil)
        // A reason or a case leaves the fact standing.
        #expect(DeckAudit.demonstrativeOpening(Self.words("For this reason, they are known as muroplasts.")) == nil)
        #expect(DeckAudit.demonstrativeOpening(Self.words("In this arrangement, the architect acts as coordinator.")) == nil)
        #expect(DeckAudit.demonstrativeOpening(Self.words("The river turns west after this bend, then north.")) == nil)
    }

    @Test func aPronounAfterAnOpeningPhrasePointsBack() {
        #expect(DeckAudit.pronounAfterOpening(Self.words("Still, it is stronger than gravity over short distances.")) == "it")
        #expect(DeckAudit.pronounAfterOpening(Self.words("In 1943, he asked the faculty for a statement.")) == "he")
        #expect(DeckAudit.pronounAfterOpening(Self.words("In particular, this makes it the largest library.")) == "this")
        #expect(DeckAudit.pronounAfterOpening(Self.words("As of September 2011, it had nearly regained the loss.")) == "it")
        #expect(DeckAudit.pronounAfterOpening(Self.words("As the river turns north, it widens.")) == nil)
        // An expletive "it", a clause that may hold the referent, a comma after a main clause, no pronoun.
        #expect(DeckAudit.pronounAfterOpening(Self.words("Through experimentation, it is determined that forces add up.")) == nil)
        #expect(DeckAudit.pronounAfterOpening(Self.words("When rock units are pressed, they shorten and thicken.")) == nil)
        #expect(DeckAudit.pronounAfterOpening(Self.words("Aristotle believed that objects on Earth, those made of earth, rest.")) == nil)
        #expect(DeckAudit.pronounAfterOpening(Self.words("In 1943, Conant asked the faculty for a statement.")) == nil)
        #expect(DeckAudit.pronounAfterOpening(Self.words("Opened in 1850 by Queen Victoria, it was the first covered railway station.")) == "it")
        #expect(DeckAudit.pronounAfterOpening(Self.words("Built on the site of an old Roman fort, they stand at the river.")) == "they")
        #expect(DeckAudit.pronounAfterOpening(Self.words("Opened in 1850 by Queen Victoria, the station was the first.")) == nil)
        #expect(DeckAudit.pronounAfterOpening(Self.words("Even though they were defeated, they did not consider themselves conquered.")) == "they")
        #expect(DeckAudit.pronounAfterOpening(Self.words("When it opened in 1850, it was the first covered station.")) == "it")
        #expect(DeckAudit.pronounAfterOpening(Self.words("Even though they were defeated, the Japanese did not feel conquered.")) == nil)
        #expect(DeckAudit.pronounAfterOpening(Self.words("Since it is widely believed that the hierarchy does not collapse, it is believed that the problem is hard.")) == nil)
        #expect(DeckAudit.pronounAfterOpening(Self.words("Founded in May 1852, it was not until 1857 that the museum moved.")) == nil)
        // With no comma, a personal pronoun a few words into a prepositional opening.
        #expect(DeckAudit.pronounAfterOpening(Self.words("In secondary schools they are taught by specialists.")) == "they")
        #expect(DeckAudit.pronounAfterOpening(Self.words("In 1990 it was decided that the school would close.")) == nil)
        #expect(DeckAudit.pronounAfterOpening(Self.words("In secondary schools pupils are taught by specialists.")) == nil)
    }

    @Test func holesWhereTheSourceLostTextAreFound() {
        #expect(DeckAudit.lostText("where  is the relevant cross-sectional area for the volume.") != nil)
        #expect(DeckAudit.lostText("a dimensional constant  is used to describe gravity.") != nil)
        #expect(DeckAudit.lostText("are treated similar to classical position variables, i.e., .") != nil)
        #expect(DeckAudit.lostText("The constant ( ) was first measured in 1798.") != nil)
        // Two spaces after a sentence or a comma, a call with its brackets, and plain prose are no holes.
        #expect(DeckAudit.lostText("The treaty was signed.  It took effect in 1960.") == nil)
        #expect(DeckAudit.lostText("It became American Broadcasting Companies,  while its cinema division grew.") == nil)
        #expect(DeckAudit.lostText("Call print() to show the value.") == nil)
        #expect(DeckAudit.lostText("The treaty, signed in 1960, is still in force.") == nil)
        #expect(DeckAudit.lostText("He said “we will stay.”  Then the talks ended.") == nil)
        // The excerpt keeps whole characters.
        let excerpt = DeckAudit.lostText("Das Café über der Straße  öffnet früh am Morgen.")
        #expect(excerpt != nil && excerpt?.contains("\u{FFFD}") == false, "\(String(describing: excerpt))")
    }

    @Test func aPromptThatStartsInLowerCaseIsAFragment() {
        #expect(DeckAudit.fragmentStart("- who is not registered with the Teaching Council") != nil)
        #expect(DeckAudit.fragmentStart("where the area is that of the section.") != nil)
        #expect(DeckAudit.fragmentStart("iPhone sales rose in 2010.") == nil)
        #expect(DeckAudit.fragmentStart("pH is a measure of acidity.") == nil)
        #expect(DeckAudit.fragmentStart("- The Teaching Council registers teachers.") == nil)
        #expect(DeckAudit.fragmentStart("1960 was the year of the treaty.") == nil)
        // In any card that quotes the source: a choice's gap, a true/false statement.
        let audit = DeckAudit(model: try! SyntaxModel.bundled())
        let choice = Card(id: "m", kind: .choice, prompt: "Fill the gap: “- who is not registered with the ___”", answer: "Teaching Council",
                          choices: ["Teaching Council", "State Board of Education", "LDS Church"])
        #expect(audit.findings(for: choice).contains { $0.rule == .brokenText }, "\(audit.findings(for: choice))")
        let statement = Card(id: "t", kind: .truefalse, prompt: "- who is not registered with the Teaching Council", answer: "true")
        #expect(audit.findings(for: statement).contains { $0.rule == .brokenText })
    }

    @Test func aPromptEndsOnAColonPastSpacesAndTabsOnly() {
        #expect(DeckAudit.endsWithColon("The treaty set out three aims:"))
        #expect(DeckAudit.endsWithColon("The treaty set out three aims: \t\u{00A0}\u{3000}"))
        #expect(!DeckAudit.endsWithColon("The treaty set out three aims:\n"))
        #expect(!DeckAudit.endsWithColon("Three aims: peace, bases and trade."))
        #expect(!DeckAudit.endsWithColon(""))
        #expect(!DeckAudit.endsWithColon("  "))
    }

    @Test func citationsAreFoundByTagAnswerShapeOrQuestion() {
        #expect(DeckAudit.isCitation(Card(id: "a", kind: .question, prompt: "Who?", answer: "Packard, 2010")))
        #expect(DeckAudit.isCitation(Card(id: "b", kind: .question, prompt: "Who?", answer: "Smith et al. (2019)")))
        #expect(DeckAudit.isCitation(Card(id: "c", kind: .question, prompt: "Which source does the essay cite for X?", answer: "Garten")))
        #expect(DeckAudit.isCitation(Card(id: "c2", kind: .question, prompt: "In WHICH SOURCE is X?", answer: "Garten")))
        #expect(DeckAudit.isCitation(Card(id: "d", kind: .cloze, prompt: "{{x}}", answer: "x", tags: ["reference"])))
        #expect(!DeckAudit.isCitation(Card(id: "e", kind: .question, prompt: "When was it signed?", answer: "January 19, 1960")))
        for shape in ["Packard, 2010, 94-95", "Packard (2010)", "O’Brien 1999a", "Smith-Jones, [2001], 3–4"] {
            #expect(DeckAudit.isAuthorYear(shape), "\(shape)")
        }
        for other in ["January 19, 1960", "Packard", "packard, 2010", "Packard, 201", "Packard (2010", "Packard, 2010, pages", "P 2010"] {
            #expect(!DeckAudit.isAuthorYear(other), "\(other)")
        }
    }

    @Test func deckRulesCountCardsPerSourceLineAndRepeatedAnswers() {
        func card(_ id: String, _ answer: String, line: Int, kind: CardKind = .question) -> Card {
            Card(id: id, kind: kind, prompt: "Q?", answer: answer, source: SourceRef(line: line))
        }
        let deck = Deck(title: "t", cards: [
            card("a", "1960", line: 3), card("b", "Kishi", line: 3), card("c", "1960", line: 3),
            card("d", "true", line: 3, kind: .truefalse), card("e", "1960", line: 4),
        ])
        let found = DeckAudit.deckFindings(deck)
        #expect(found.filter { $0.rule == .crowdedSentence }.map(\.card) == [2, 3])
        #expect(found.filter { $0.rule == .repeatedFact }.map(\.card) == [2])
    }

    @Test func aQuestionThatSaysAlsoAsksForOneOfSeveral() throws {
        let audit = DeckAudit(model: try SyntaxModel.bundled())
        let also = Card(id: "q1", kind: .question, prompt: "What are also popular in southern California?", answer: "College sports")
        #expect(audit.findings(for: also).contains { $0.rule == .vagueAnswer && $0.message.contains("'also'") })
        let plain = Card(id: "q2", kind: .question, prompt: "What are popular in southern California?", answer: "College sports")
        #expect(!audit.findings(for: plain).contains { $0.message.contains("'also'") })
        // A cloze of the same sentence states its fact whole.
        let cloze = Card(id: "c1", kind: .cloze, prompt: "{{College sports}} are also popular in southern California.", answer: "College sports")
        #expect(!audit.findings(for: cloze).contains { $0.message.contains("'also'") })
    }

    @Test func aPhrasePointingToWhatFollowsTheSentenceIsFound() throws {
        #expect(DeckAudit.pointerToWhatFollows(Self.words("What do the following four timelines show?")) == "the following four timelines")
        #expect(DeckAudit.pointerToWhatFollows(Self.words("The above table lists the winners.")) == "The above table")
        // A time after the one the sentence speaks of is its own fact.
        #expect(DeckAudit.pointerToWhatFollows(Self.words("The second episode aired the following week.")) == nil)
        #expect(DeckAudit.pointerToWhatFollows(Self.words("In the following two years, the city grew.")) == nil)
        #expect(DeckAudit.pointerToWhatFollows(Self.words("Following the war, the city grew.")) == nil)
        let audit = DeckAudit(model: try SyntaxModel.bundled())
        let card = Card(id: "q1", kind: .question, prompt: "What do the following four timelines show?", answer: "geologic time scale")
        #expect(audit.findings(for: card).contains { $0.rule == .danglingPronoun && $0.message.contains("'the following four timelines'") })
    }

    @Test func theKindOfABodyAloneIsVague() throws {
        let audit = DeckAudit(model: try SyntaxModel.bundled())
        let college = Card(id: "c1", kind: .cloze, prompt: "The university enrolls about 5,000 students in the {{College}}.", answer: "College")
        #expect(audit.findings(for: college).contains { $0.rule == .vagueAnswer && $0.message.contains("a kind of body") })
        let named = Card(id: "c2", kind: .cloze, prompt: "The university enrolls about 5,000 students in {{Harvard College}}.", answer: "Harvard College")
        #expect(!audit.findings(for: named).contains { $0.message.contains("a kind of body") })
        let commission = Card(id: "q1", kind: .question, prompt: "What authorized the transaction on October 12, 1943?", answer: "Commission")
        #expect(audit.findings(for: commission).contains { $0.rule == .vagueAnswer && $0.message.contains("a kind of body") })
    }

    @Test func herePointsToAPlaceTheCardDoesNotName() throws {
        let audit = DeckAudit(model: try SyntaxModel.bundled())
        let born = Card(id: "q1", kind: .question, prompt: "In what year was Andy Taylor, former lead guitarist of Duran Duran, born here?", answer: "1961")
        #expect(audit.findings(for: born).contains { $0.rule == .danglingPronoun && $0.message.contains("'here'") })
        let cloze = Card(id: "c1", kind: .cloze, prompt: "Here the {{English Reformer}} parted company with the Moravians.", answer: "English Reformer")
        #expect(audit.findings(for: cloze).contains { $0.rule == .danglingPronoun && $0.message.contains("'Here'") })
        let title = Card(id: "c2", kind: .cloze, prompt: "On {{June 16, 2007}}, ABC began a new imaging campaign, \"Start Here\".", answer: "June 16, 2007")
        #expect(!audit.findings(for: title).contains { $0.message.contains("'Here'") })
        let named = Card(id: "q2", kind: .question, prompt: "In what year was Andy Taylor born in Newcastle?", answer: "1961")
        #expect(!audit.findings(for: named).contains { $0.message.contains("here") })
    }

    @Test func aPromptOfMoreThanSeventyWordsIsTooLong() throws {
        let audit = DeckAudit(model: try SyntaxModel.bundled())
        // Words, not marks or the gap: 70 words and a comma after every tenth pass; one word more does not.
        let words = (1...68).map { $0 % 10 == 0 ? "ships," : "ships" }.joined(separator: " ")
        let fits = Card(id: "c1", kind: .cloze, prompt: "In {{1960}} the \(words).", answer: "1960")
        let long = Card(id: "c2", kind: .cloze, prompt: "In {{1960}} the many \(words).", answer: "1960")
        #expect(!audit.findings(for: fits).contains { $0.rule == .longPrompt })
        #expect(audit.findings(for: long).contains { $0.rule == .longPrompt && $0.message.contains("runs to 71 words") })
    }

    @Test func theEndOfAQuotationOpenedBeforeIsBrokenText() throws {
        #expect(DeckAudit.closesQuotationOpenedBefore("So there are five of me now.”"))
        #expect(DeckAudit.closesQuotationOpenedBefore("So there are five of me now.\""))
        #expect(!DeckAudit.closesQuotationOpenedBefore("He said “there are five of us now.”"))
        #expect(!DeckAudit.closesQuotationOpenedBefore("He said \"there are five now.\""))
        #expect(!DeckAudit.closesQuotationOpenedBefore("There are five of them now."))
        // Spaces after the last mark, ASCII or not, leave it the last; a word after it does not.
        #expect(DeckAudit.closesQuotationOpenedBefore("So there are five of me now.\" \t\u{00A0}"))
        #expect(!DeckAudit.closesQuotationOpenedBefore("So there are five of me now.\" he said"))
        #expect(!DeckAudit.closesQuotationOpenedBefore("So there are five of me now.\"\n"))
        let audit = DeckAudit(model: try SyntaxModel.bundled())
        let card = Card(id: "c1", kind: .cloze, prompt: "So there are {{five}} of them now.”", answer: "five")
        #expect(audit.findings(for: card).contains { $0.rule == .brokenText && $0.message.contains("quotation") })
    }

    @Test func aChoiceGapIsReadLikeAClozeBlank() throws {
        let audit = DeckAudit(model: try SyntaxModel.bundled())
        let cited = Card(id: "m1", kind: .choice, prompt: "Fill the gap: “The warming was first reported by ___ et al. 1998 in the journal.”",
                         answer: "Jones", choices: ["Jones", "Smith", "Brown"])
        #expect(audit.findings(for: cited).contains { $0.rule == .citation })
        let cloze = Card(id: "c1", kind: .cloze, prompt: "The warming was first reported by {{Jones}} et al. 1998 in the journal.", answer: "Jones")
        #expect(audit.findings(for: cloze).contains { $0.rule == .citation })
        let plain = Card(id: "m2", kind: .choice, prompt: "Fill the gap: “The treaty was signed in ___ by both countries.”",
                         answer: "1960", choices: ["1960", "1951", "1970"])
        #expect(!audit.findings(for: plain).contains { $0.rule == .citation || $0.rule == .blankPhrase })
        #expect(DeckAudit.choiceGap("Which year?", answer: "1960") == nil)
    }
}
