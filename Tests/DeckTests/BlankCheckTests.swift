import Foundation
import Testing
@testable import Deck

/// The audit's test of a cloze blank against a parse, on trees written by hand (so that no model's mistakes
/// decide the outcome).
@Suite struct BlankCheckTests {
    /// A parsed sentence of `words` joined by spaces, with their tags, heads (1-based, 0: root) and relations.
    static func parse(_ words: [String], _ upos: [String], _ heads: [Int], _ relations: [String]) -> ParsedSentence {
        var tokens: [SyntaxToken] = [], at = 0
        for w in words {
            tokens.append(SyntaxToken(form: w, start: at, end: at + w.utf8.count))
            at += w.utf8.count + 1
        }
        return ParsedSentence(tokens: tokens, upos: upos, xpos: upos, heads: heads, relations: relations)
    }

    /// A parsed sentence written as `text`, whose words (in order) are `words`: words may be written on to each
    /// other ("Mexico–United", "James'").
    static func parse(text: String, _ words: [String], _ upos: [String], _ heads: [Int], _ relations: [String]) -> ParsedSentence {
        var tokens: [SyntaxToken] = [], rest = text[...]
        for w in words {
            let r = rest.range(of: w)!
            let start = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
            tokens.append(SyntaxToken(form: w, start: start, end: start + w.utf8.count))
            rest = rest[r.upperBound...]
        }
        return ParsedSentence(tokens: tokens, upos: upos, xpos: upos, heads: heads, relations: relations)
    }

    /// The blank over `part` (its first occurrence) of `text`.
    static func check(text: String, _ p: ParsedSentence, _ part: String) -> (rule: AuditRule, message: String)? {
        let r = text.range(of: part)!
        let start = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
        return BlankCheck(parse: p, gap: start..<(start + part.utf8.count)).problem
    }

    /// The blank over `text` (its first occurrence) in the sentence.
    static func check(_ p: ParsedSentence, _ text: String) -> (rule: AuditRule, message: String)? {
        let sentence = p.tokens.map(\.form).joined(separator: " ")
        let start = sentence.utf8.count - (sentence.range(of: text).map { sentence[$0.lowerBound...].utf8.count } ?? 0)
        return BlankCheck(parse: p, gap: start..<(start + text.utf8.count)).problem
    }

    // "Japan rebuilt after the Meiji Restoration ."
    static let meiji = parse(["Japan", "rebuilt", "after", "the", "Meiji", "Restoration", "."],
                             ["PROPN", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
                             [2, 0, 6, 6, 6, 2, 2], ["nsubj", "root", "case", "det", "compound", "obl", "punct"])

    @Test func aWholeNounPhraseWithOrWithoutItsDeterminerPasses() {
        #expect(Self.check(Self.meiji, "Meiji Restoration") == nil)
        #expect(Self.check(Self.meiji, "the Meiji Restoration") == nil)
        #expect(Self.check(Self.meiji, "Japan") == nil)
    }

    @Test func aNumberWithoutItsDegreesFails() {
        // "It lies at 47°39′N ." with the marks written on to the numbers.
        let forms = ["It", "lies", "at", "47", "°", "39", "′", "N", "."]
        let starts = [0, 3, 8, 11, 13, 15, 17, 20, 22]
        let tokens = forms.indices.map { SyntaxToken(form: forms[$0], start: starts[$0], end: starts[$0] + forms[$0].utf8.count) }
        let p = ParsedSentence(tokens: tokens, upos: ["PRON", "VERB", "ADP", "NUM", "SYM", "NUM", "SYM", "PROPN", "PUNCT"],
                               xpos: forms.map { _ in "X" }, heads: [2, 0, 4, 2, 6, 4, 4, 4, 2],
                               relations: ["nsubj", "root", "case", "obl", "case", "nmod", "punct", "nmod", "punct"])
        let degrees = BlankCheck(parse: p, gap: 11..<13).problem
        #expect(degrees?.rule == .blankPhrase && degrees?.message.contains("'°' of its measure") == true, "\(String(describing: degrees))")
        let minutes = BlankCheck(parse: p, gap: 15..<17).problem
        #expect(minutes?.rule == .blankPhrase, "\(String(describing: minutes))")
        // With a space between, a number and a mark are words apart: "at 47 ° …" leaves nothing of 47 outside.
        let spaced = ParsedSentence(tokens: forms.indices.map { SyntaxToken(form: forms[$0], start: starts[$0] + ($0 >= 4 ? 1 : 0),
                                                                            end: starts[$0] + ($0 >= 4 ? 1 : 0) + forms[$0].utf8.count) },
                                    upos: p.upos, xpos: p.xpos, heads: p.heads, relations: p.relations)
        #expect(BlankCheck(parse: spaced, gap: 11..<13).problem?.message.contains("measure") != true)
    }

    @Test func aNumberAloneCountingListedItemsFails() {
        // "Two of the methods are microscopy and microprobes ."
        let p = Self.parse(["Two", "of", "the", "methods", "are", "microscopy", "and", "microprobes", "."],
                           ["NUM", "ADP", "DET", "NOUN", "AUX", "NOUN", "CCONJ", "NOUN", "PUNCT"],
                           [6, 4, 4, 1, 6, 0, 8, 6, 6], ["nsubj", "case", "det", "nmod", "cop", "root", "cc", "conj", "punct"])
        #expect(Self.check(p, "Two")?.rule == .listedCount)
        // A rank is no count ("among the top {{two}} in News and Report").
        let rank = Self.parse(["It", "is", "among", "the", "top", "two", "in", "News", "and", "Report", "."],
                              ["PRON", "AUX", "ADP", "DET", "ADJ", "NUM", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                              [6, 6, 6, 6, 6, 0, 8, 6, 10, 8, 6],
                              ["nsubj", "cop", "case", "det", "amod", "root", "case", "nmod", "cc", "conj", "punct"])
        #expect(Self.check(rank, "two")?.rule != .listedCount)
        // Three of two listed items is no count of them.
        let three = Self.parse(["Three", "of", "the", "methods", "are", "microscopy", "and", "microprobes", "."],
                               p.upos, p.heads, p.relations)
        #expect(Self.check(three, "Three")?.rule != .listedCount)
    }

    @Test func aCountOfTheItemsSetOffAfterItFails() {
        // "The city has two universities — Newcastle University and Northumbria University ." (the parse hangs both
        // words of the second name on the first as conjuncts)
        let dash = Self.parse(["The", "city", "has", "two", "universities", "—", "Newcastle", "University", "and", "Northumbria", "University", "."],
                              ["DET", "NOUN", "VERB", "NUM", "NOUN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT"],
                              [2, 3, 0, 5, 3, 8, 8, 5, 10, 8, 8, 3],
                              ["det", "nsubj", "root", "nummod", "obj", "punct", "compound", "appos", "cc", "conj", "conj", "punct"])
        #expect(Self.check(dash, "two universities")?.rule == .listedCount)
        // "It was set up by two organizations , the WMO ( World Meteorological Organization ) and the UNEP ."
        let apposed = Self.parse(["It", "was", "set", "up", "by", "two", "organizations", ",", "the", "WMO", "(", "World",
                                  "Meteorological", "Organization", ")", "and", "the", "UNEP", "."],
                                 ["PRON", "AUX", "VERB", "ADP", "ADP", "NUM", "NOUN", "PUNCT", "DET", "PROPN", "PUNCT", "PROPN",
                                  "PROPN", "PROPN", "PUNCT", "CCONJ", "DET", "PROPN", "PUNCT"],
                                 [3, 3, 0, 3, 7, 7, 3, 10, 10, 7, 14, 14, 14, 10, 14, 18, 18, 10, 3],
                                 ["nsubj:pass", "aux:pass", "root", "compound:prt", "case", "nummod", "obl", "punct", "det", "appos",
                                  "punct", "compound", "compound", "appos", "punct", "cc", "det", "conj", "punct"])
        #expect(Self.check(apposed, "two")?.rule == .listedCount)
        // "It was set up by two organizations , the WMO and the UNEP , and later endorsed ." (a clause after the list)
        let endorsed = Self.parse(["It", "was", "set", "up", "by", "two", "organizations", ",", "the", "WMO", "and", "the", "UNEP",
                                   ",", "and", "later", "endorsed", "."],
                                  ["PRON", "AUX", "VERB", "ADP", "ADP", "NUM", "NOUN", "PUNCT", "DET", "PROPN", "CCONJ", "DET",
                                   "PROPN", "PUNCT", "CCONJ", "ADV", "VERB", "PUNCT"],
                                  [3, 3, 0, 3, 7, 7, 3, 10, 10, 7, 13, 13, 10, 17, 17, 17, 3, 3],
                                  ["nsubj:pass", "aux:pass", "root", "compound:prt", "case", "nummod", "obl", "punct", "det", "appos",
                                   "cc", "det", "conj", "punct", "cc", "advmod", "conj", "punct"])
        #expect(Self.check(endorsed, "two")?.rule == .listedCount)
        // What follows the comma is a clause, not the items.
        let clause = Self.parse(["It", "has", "two", "universities", ",", "which", "are", "old", "."],
                                ["PRON", "VERB", "NUM", "NOUN", "PUNCT", "PRON", "AUX", "ADJ", "PUNCT"],
                                [2, 0, 4, 2, 8, 8, 8, 4, 2], ["nsubj", "root", "nummod", "obj", "punct", "nsubj", "cop", "acl:relcl", "punct"])
        #expect(Self.check(clause, "two universities")?.rule != .listedCount)
    }

    @Test func theFirstItemOfAListOfDescribedNounsFails() {
        // "They act as form tutor , specialist teacher and surrogate parent ."
        let p = Self.parse(["They", "act", "as", "form", "tutor", ",", "specialist", "teacher", "and", "surrogate", "parent", "."],
                           ["PRON", "VERB", "ADP", "NOUN", "NOUN", "PUNCT", "ADJ", "NOUN", "CCONJ", "ADJ", "NOUN", "PUNCT"],
                           [2, 0, 5, 5, 2, 8, 8, 2, 11, 11, 8, 2],
                           ["nsubj", "root", "case", "compound", "obl", "punct", "amod", "conj", "cc", "amod", "conj", "punct"])
        #expect(Self.check(p, "form tutor")?.rule == .listSlot)
    }

    @Test func anAdverbReadAsANounIsNoPartOfTheAnswer() {
        // "The Rhine extended its watershed southward ." with "southward" read as the object.
        let p = Self.parse(["The", "Rhine", "extended", "its", "watershed", "southward", "."],
                           ["DET", "PROPN", "VERB", "PRON", "NOUN", "NOUN", "PUNCT"],
                           [2, 3, 0, 6, 6, 3, 3], ["det", "nsubj", "root", "nmod:poss", "compound", "obj", "punct"])
        #expect(Self.check(p, "watershed southward")?.message.contains("takes 'southward'") == true)
        // "USA Today" is a name.
        let name = Self.parse(["She", "wrote", "for", "USA", "Today", "."], ["PRON", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
                              [2, 0, 5, 5, 2, 2], ["nsubj", "root", "case", "compound", "obl", "punct"])
        #expect(Self.check(name, "USA Today") == nil)
        // "It was kept by presbyters alone ." with "alone" read as a noun.
        let alone = Self.parse(["It", "was", "kept", "by", "presbyters", "alone", "."], ["PRON", "AUX", "VERB", "ADP", "NOUN", "NOUN", "PUNCT"],
                               [3, 3, 0, 6, 6, 3, 3], ["nsubj:pass", "aux:pass", "root", "case", "compound", "obl", "punct"])
        #expect(Self.check(alone, "presbyters alone")?.message.contains("takes 'alone'") == true)
    }

    @Test func aDemonstrativeBeforeTheBlankPointsBack() {
        // "A teacher will help that individual succeed ."
        let p = Self.parse(["A", "teacher", "will", "help", "that", "individual", "succeed", "."],
                           ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "VERB", "PUNCT"],
                           [2, 4, 4, 0, 6, 4, 4, 4], ["det", "nsubj", "aux", "root", "det", "obj", "xcomp", "punct"])
        #expect(Self.check(p, "individual")?.message.contains("points back with 'that'") == true)
        #expect(Self.check(p, "teacher")?.message.contains("points back") != true)
    }

    @Test func anAdjectiveAfterItsNounIsNoPartOfTheAnswer() {
        // "There were three legions present in the area ."
        let p = Self.parse(["There", "were", "three", "legions", "present", "in", "the", "area", "."],
                           ["PRON", "VERB", "NUM", "NOUN", "ADJ", "ADP", "DET", "NOUN", "PUNCT"],
                           [2, 0, 4, 2, 4, 8, 8, 5, 2], ["expl", "root", "nummod", "nsubj", "amod", "case", "det", "obl", "punct"])
        #expect(Self.check(p, "legions present")?.message.contains("'present'") == true)
        #expect(Self.check(p, "three legions")?.rule != .blankPhrase)
        // "She is a health care professional ." with "professional" read as an adjective, nothing after it.
        let noun = Self.parse(["She", "is", "a", "health", "care", "professional", "."],
                              ["PRON", "AUX", "DET", "NOUN", "NOUN", "ADJ", "PUNCT"],
                              [5, 5, 5, 5, 0, 5, 5], ["nsubj", "cop", "det", "compound", "root", "amod", "punct"])
        #expect(Self.check(noun, "health care professional")?.message.contains("holds") != true)
    }

    @Test func halfACompoundFails() {
        let part = Self.check(Self.meiji, "Meiji")
        #expect(part?.rule == .blankPhrase && part?.message.contains("part of the phrase of 'Restoration'") == true, "\(String(describing: part))")
        let rest = Self.check(Self.meiji, "Restoration")
        #expect(rest?.rule == .blankPhrase && rest?.message.contains("leaves 'Meiji'") == true, "\(String(describing: rest))")
    }

    @Test func aVerbOrAFragmentAcrossPhrasesFails() {
        let verb = Self.check(Self.meiji, "rebuilt")
        #expect(verb?.rule == .blankPhrase && verb?.message.contains("VERB") == true, "\(String(describing: verb))")
        let across = Self.check(Self.meiji, "rebuilt after the Meiji")
        #expect(across?.rule == .blankPhrase && across?.message.contains("not one phrase") == true, "\(String(describing: across))")
    }

    @Test func aBlankWithBothAndAndOrRunsTwoListsTogether() {
        // "Germ cells produce eggs or sperm , and photocytes produce light ." as the model reads it.
        let p = Self.parse(["Germ", "cells", "produce", "eggs", "or", "sperm", ",", "and", "photocytes", "produce", "light", "."],
                           ["NOUN", "NOUN", "VERB", "NOUN", "CCONJ", "NOUN", "PUNCT", "CCONJ", "NOUN", "VERB", "NOUN", "PUNCT"],
                           [2, 3, 0, 3, 6, 4, 9, 9, 4, 3, 10, 3],
                           ["compound", "nsubj", "root", "obj", "cc", "conj", "punct", "cc", "conj", "conj", "obj", "punct"])
        let mixed = Self.check(p, "eggs or sperm , and photocytes")
        #expect(mixed?.rule == .listSlot && mixed?.message.contains("two lists") == true, "\(String(describing: mixed))")
        #expect(Self.check(p, "eggs or sperm")?.message.contains("two lists") != true)
    }

    @Test func anIonsChargeStaysWithItsName() {
        // "The electrons are taken by NADP+ ." with "+" written on to "NADP".
        let text = "The electrons are taken by NADP+ ."
        let p = Self.parse(text: text, ["The", "electrons", "are", "taken", "by", "NADP", "+", "."],
                           ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "SYM", "PUNCT"], [2, 4, 4, 0, 6, 4, 6, 4],
                           ["det", "nsubj:pass", "aux:pass", "root", "case", "obl:agent", "punct", "punct"])
        let cut = Self.check(text: text, p, "NADP")
        #expect(cut?.rule == .blankPhrase && cut?.message.contains("'NADP+'") == true, "\(String(describing: cut))")
    }

    @Test func aNounThatOnlySaysWhatItStandsBesideIsVague() {
        // "Private schools are more expensive than their public counterparts ."
        let p = Self.parse(["Private", "schools", "are", "more", "expensive", "than", "their", "public", "counterparts", "."],
                           ["ADJ", "NOUN", "AUX", "ADV", "ADJ", "ADP", "PRON", "ADJ", "NOUN", "PUNCT"],
                           [2, 5, 5, 5, 0, 9, 9, 9, 5, 5],
                           ["amod", "nsubj", "cop", "advmod", "root", "case", "nmod:poss", "amod", "obl", "punct"])
        let vague = Self.check(p, "public counterparts")
        #expect(vague?.rule == .vagueAnswer && vague?.message.contains("'counterparts' of what") == true, "\(String(describing: vague))")
    }

    @Test func aPluralReadAsAVerbAfterTheBlankFails() {
        // The model's reading of "Specialty pharmacies supply high cost medications ."
        var p = Self.parse(["Specialty", "pharmacies", "supply", "high", "cost", "medications", "."],
                           ["PROPN", "VERB", "ADV", "ADJ", "NOUN", "NOUN", "PUNCT"], [2, 0, 2, 5, 6, 2, 2],
                           ["nsubj", "root", "advmod", "amod", "compound", "obj", "punct"])
        p.xpos[1] = "VBZ"
        let cut = Self.check(p, "Specialty")
        #expect(cut?.rule == .blankPhrase && cut?.message.contains("'pharmacies' is read as a verb") == true, "\(String(describing: cut))")
        // A real verb after the blank stands.
        var verb = Self.parse(["Pharmacists", "supplies", "medications", "."], ["NOUN", "VERB", "NOUN", "PUNCT"], [2, 0, 2, 2],
                              ["nsubj", "root", "obj", "punct"])
        verb.xpos[1] = "VBZ"
        #expect(Self.check(verb, "Pharmacists")?.message.contains("read as a verb") != true)
    }

    @Test func aPluralReadAsAVerbAfterAndIsLeftOutOfTheList() {
        // The model's reading of "They understand the orientations of faults and folds to reconstruct the history ."
        var p = Self.parse(["They", "understand", "the", "orientations", "of", "faults", "and", "folds", "to", "reconstruct", "the", "history", "."],
                           ["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN", "CCONJ", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                           [2, 0, 4, 2, 6, 4, 8, 2, 10, 8, 12, 10, 2],
                           ["nsubj", "root", "det", "obj", "case", "nmod", "cc", "conj", "mark", "advcl", "det", "obj", "punct"])
        p.xpos[1] = "VBP"; p.xpos[5] = "NNS"; p.xpos[7] = "VBZ"
        let cut = Self.check(p, "orientations of faults")
        #expect(cut?.rule == .listSlot && cut?.message.contains("'folds'") == true, "\(String(describing: cut))")
        // A verb with an object of its own is a verb: "He studied the rocks and sells them ." reads on.
        var verb = Self.parse(["He", "studied", "the", "rocks", "and", "sells", "them", "."],
                              ["PRON", "VERB", "DET", "NOUN", "CCONJ", "VERB", "PRON", "PUNCT"], [2, 0, 4, 2, 6, 2, 6, 2],
                              ["nsubj", "root", "det", "obj", "cc", "conj", "obj", "punct"])
        verb.xpos[1] = "VBD"; verb.xpos[3] = "NNS"; verb.xpos[5] = "VBZ"
        #expect(Self.check(verb, "rocks")?.message.contains("read as a verb") != true)
    }

    @Test func aPrepositionOrPossessiveAtTheEdgeFails() {
        let edge = Self.check(Self.meiji, "after the Meiji Restoration")
        #expect(edge?.rule == .blankPhrase && edge?.message.contains("takes 'after' with it") == true, "\(String(describing: edge))")
        #expect(Self.grownText(Self.meiji, "after the Meiji Restoration") == "Meiji Restoration")
    }

    @Test func vagueAnswersFail() {
        // "Both sides see that the benefits outweigh the costs on Thursday ."
        let p = Self.parse(["Both", "sides", "see", "that", "the", "benefits", "outweigh", "the", "costs", "on", "Thursday", "."],
                           ["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                           [2, 3, 0, 7, 6, 7, 3, 9, 7, 11, 7, 3],
                           ["det", "nsubj", "root", "mark", "det", "nsubj", "ccomp", "det", "obj", "case", "obl", "punct"])
        for (blank, says) in [("benefits", "a common noun alone"), ("sides", "'sides' alone"), ("Thursday", "a day of the week")] {
            let found = Self.check(p, blank)
            #expect(found?.rule == .vagueAnswer && found?.message.contains(says) == true, "\(blank): \(String(describing: found))")
        }
    }

    @Test func aCommonNounAloneIsVagueAlsoWhereItOpensTheSentence() {
        // "Students build stronger relations with Ms Keates ."
        let p = Self.parse(["Students", "build", "stronger", "relations", "with", "Ms", "Keates", "."],
                           ["NOUN", "VERB", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
                           [2, 0, 4, 2, 7, 7, 2, 2], ["nsubj", "root", "amod", "obj", "case", "compound", "obl", "punct"])
        let found = Self.check(p, "Students")
        #expect(found?.rule == .vagueAnswer && found?.message.contains("a common noun alone") == true, "\(String(describing: found))")
        #expect(Self.check(p, "Ms Keates") == nil)
        // "DNA becomes susceptible to deamination ."
        let dna = Self.parse(["DNA", "becomes", "susceptible", "to", "deamination", "."], ["NOUN", "VERB", "ADJ", "ADP", "NOUN", "PUNCT"],
                             [2, 0, 2, 5, 3, 2], ["nsubj", "root", "xcomp", "case", "obl", "punct"])
        #expect(Self.check(dna, "DNA") == nil)
    }

    @Test func praiseOrACountBeforeAGeneralNounIsVague() {
        // "The cycle is an important concept linking all three types of rock ."
        let p = Self.parse(["The", "cycle", "is", "an", "important", "concept", "linking", "all", "three", "types", "of", "rock", "."],
                           ["DET", "NOUN", "AUX", "DET", "ADJ", "NOUN", "VERB", "DET", "NUM", "NOUN", "ADP", "NOUN", "PUNCT"],
                           [2, 6, 6, 6, 6, 0, 6, 10, 10, 7, 12, 10, 6],
                           ["det", "nsubj", "cop", "det", "amod", "root", "acl", "det", "nummod", "obj", "case", "nmod", "punct"])
        for (blank, says) in [("important concept", "'important concept' names no particular thing"),
                              ("three types", "'three types' names no particular thing")] {
            let found = Self.check(p, blank)
            #expect(found?.rule == .vagueAnswer && found?.message.contains(says) == true, "\(blank): \(String(describing: found))")
        }
        // A count of particular things, or of years, and a general noun with a telling adjective stay.
        // "Two igneous rocks formed in three years as one volcanic process ."
        let q = Self.parse(["Two", "igneous", "rocks", "formed", "in", "three", "years", "as", "one", "volcanic", "process", "."],
                           ["NUM", "ADJ", "NOUN", "VERB", "ADP", "NUM", "NOUN", "ADP", "NUM", "ADJ", "NOUN", "PUNCT"],
                           [3, 3, 4, 0, 7, 7, 4, 11, 11, 11, 4, 4],
                           ["nummod", "amod", "nsubj", "root", "case", "nummod", "obl", "case", "nummod", "amod", "obl", "punct"])
        for blank in ["Two igneous rocks", "three years", "one volcanic process"] {
            #expect(Self.check(q, blank) == nil, "\(blank): \(String(describing: Self.check(q, blank)))")
        }
    }

    @Test func halfANameWithOnOrOfFails() {
        // "He leads the Council on American Relations ."
        let p = Self.parse(["He", "leads", "the", "Council", "on", "American", "Relations", "."],
                           ["PRON", "VERB", "DET", "NOUN", "ADP", "ADJ", "NOUN", "PUNCT"],
                           [2, 0, 4, 2, 7, 7, 4, 2], ["nsubj", "root", "det", "obj", "case", "amod", "nmod", "punct"])
        #expect(Self.check(p, "Council")?.message.contains("leaves 'on American Relations' of its name outside") == true,
                "\(String(describing: Self.check(p, "Council")))")
        #expect(Self.check(p, "Council on American Relations") == nil)
        #expect(Self.check(p, "American Relations")?.message.contains("is the end of the name of 'Council'") == true,
                "\(String(describing: Self.check(p, "American Relations")))")
    }

    @Test func aLineWithNoVerbIsNoStatement() {
        // "Waheed Zaman , 22 , London E17"
        let p = Self.parse(["Waheed", "Zaman", ",", "22", ",", "London", "E17"], ["PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "PROPN", "PROPN"],
                           [0, 1, 4, 1, 6, 1, 6], ["root", "flat", "punct", "appos", "punct", "appos", "flat"])
        #expect(Self.check(p, "London E17")?.message.contains("no verb") == true)
    }

    @Test func anAdverbAtTheEdgeFails() {
        // "Currently detention is rare ."
        let p = Self.parse(["Currently", "detention", "is", "rare", "."], ["ADV", "NOUN", "AUX", "ADJ", "PUNCT"],
                           [4, 4, 4, 0, 4], ["advmod", "nsubj", "cop", "root", "punct"])
        #expect(Self.check(p, "Currently detention")?.message.contains("takes 'Currently' with it") == true)
        #expect(Self.grownText(p, "Currently detention") == "detention")
    }

    /// What `ParsedSentence.nominalSpan` makes of the blank over `text`.
    static func grownText(_ p: ParsedSentence, _ text: String) -> String? { NominalSpanTests.grown(p, text) }

    @Test func aBlankThatSplitsAWordFails() {
        // "It lasted 7 years ."
        let p = Self.parse(["It", "lasted", "7", "years", "."], ["PRON", "VERB", "NUM", "NOUN", "PUNCT"],
                           [2, 0, 4, 2, 2], ["nsubj", "root", "nummod", "obj", "punct"])
        #expect(Self.check(p, "7 year")?.message.contains("splits the word 'years'") == true)
        #expect(Self.check(p, "7 years") == nil)
        #expect(Self.check(p, "years")?.message.contains("leaves '7'") == true)
    }

    @Test func aListItemHasNoSingleAnswer() {
        // "Threats include China , Korea and Russia ."
        let p = Self.parse(["Threats", "include", "China", ",", "Korea", "and", "Russia", "."],
                           ["NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                           [2, 0, 2, 5, 3, 7, 3, 2], ["nsubj", "root", "obj", "punct", "conj", "cc", "conj", "punct"])
        #expect(Self.check(p, "Russia")?.rule == .listSlot)
        #expect(Self.check(p, "China")?.rule == .listSlot)
        // (The subject is no list slot; alone, a common noun is vague.)
        #expect(Self.check(p, "Threats")?.rule == .vagueAnswer)
    }

    @Test func theFirstItemOfAListThatTheParseHangsElsewhereIsASlot() {
        // "It is paid through student tuition , endowments and grants ." (the parse makes "endowments" a
        // conjunct of the verb)
        let p = Self.parse(["It", "is", "paid", "through", "student", "tuition", ",", "endowments", "and", "grants", "."],
                           ["PRON", "AUX", "VERB", "ADP", "NOUN", "NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN", "PUNCT"],
                           [3, 3, 0, 6, 6, 3, 8, 3, 10, 8, 3],
                           ["nsubj:pass", "aux:pass", "root", "case", "compound", "obl", "punct", "conj", "cc", "conj", "punct"])
        #expect(Self.check(p, "student tuition")?.rule == .listSlot)
        // "In 1990 , Smith founded it ." : a comma after the blank, but no list.
        let q = Self.parse(["In", "1990", ",", "Smith", "founded", "it", "."], ["ADP", "NUM", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
                           [2, 5, 5, 5, 0, 5, 5], ["case", "obl", "punct", "nsubj", "root", "obj", "punct"])
        #expect(Self.check(q, "1990") == nil)
    }

    @Test func aNameAmongNamesWithTheirDescriptionsIsASlot() {
        // "Alumni include composer Philip Glass , psychologist John Watson , host Sarah Koenig ."
        let p = Self.parse(["Alumni", "include", "composer", "Philip", "Glass", ",", "psychologist", "John", "Watson", ",", "host", "Sarah", "Koenig", "."],
                           ["NOUN", "VERB", "NOUN", "PROPN", "PROPN", "PUNCT", "NOUN", "PROPN", "PROPN", "PUNCT", "NOUN", "PROPN", "PROPN", "PUNCT"],
                           [2, 0, 2, 3, 4, 7, 4, 7, 8, 11, 8, 11, 12, 2],
                           ["nsubj", "root", "obj", "appos", "flat", "punct", "appos", "appos", "flat", "punct", "appos", "appos", "flat", "punct"])
        #expect(Self.check(p, "John Watson")?.rule == .listSlot)
        #expect(Self.check(p, "Philip Glass")?.rule == .listSlot)
        // "Born in Paris , France , Smith moved ." : names between commas, but no run of entries.
        let q = Self.parse(["Born", "in", "Paris", ",", "France", ",", "Smith", "moved", "."],
                           ["VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
                           [8, 3, 1, 5, 3, 1, 8, 0, 8], ["advcl", "case", "obl", "punct", "appos", "punct", "nsubj", "root", "punct"])
        #expect(Self.check(q, "France") == nil)
        // "It is in Manhattan , with offices in Boston , Chicago ." : a place with a phrase after it.
        let r = Self.parse(["It", "is", "in", "Manhattan", ",", "with", "offices", "in", "Boston", ",", "Chicago", "."],
                           ["PRON", "AUX", "ADP", "PROPN", "PUNCT", "ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"],
                           [4, 4, 4, 0, 7, 7, 4, 9, 7, 11, 9, 4],
                           ["nsubj", "cop", "case", "root", "punct", "case", "nmod", "case", "nmod", "punct", "conj", "punct"])
        #expect(Self.check(r, "Manhattan") == nil)
    }

    @Test func aReferenceInBracketsIsNoFact() {
        // "It is a line ( see world line ) in time ."
        let p = Self.parse(["It", "is", "a", "line", "(", "see", "world", "line", ")", "in", "time", "."],
                           ["PRON", "AUX", "DET", "NOUN", "PUNCT", "VERB", "NOUN", "NOUN", "PUNCT", "ADP", "NOUN", "PUNCT"],
                           [4, 4, 4, 0, 6, 4, 8, 6, 6, 11, 4, 4],
                           ["nsubj", "cop", "det", "root", "punct", "parataxis", "compound", "obj", "punct", "case", "obl", "punct"])
        #expect(Self.check(p, "world line")?.rule == .authorVoice)
        #expect(Self.check(p, "time")?.rule != .authorVoice)
    }

    @Test func aBlankThatEndsOnAVerbWhoseClauseGoesOnIsCut() {
        // "They have a student body drawn from the country ."
        let p = Self.parse(["They", "have", "a", "student", "body", "drawn", "from", "the", "country", "."],
                           ["PRON", "VERB", "DET", "NOUN", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                           [2, 0, 5, 5, 2, 5, 9, 9, 6, 2], ["nsubj", "root", "det", "compound", "obj", "acl", "case", "det", "obl", "punct"])
        #expect(Self.check(p, "student body drawn")?.message.contains("ends on 'drawn'") == true)
        #expect(Self.check(p, "student body") == nil)
    }

    @Test func aCountOfWhatCameBeforePointsBack() {
        // "Four of these were under Clinton ."
        let these = Self.parse(["Four", "of", "these", "were", "under", "Clinton", "."],
                               ["NUM", "ADP", "PRON", "AUX", "ADP", "PROPN", "PUNCT"],
                               [6, 3, 1, 6, 6, 0, 6], ["nsubj", "case", "nmod", "cop", "case", "root", "punct"])
        let found = Self.check(these, "Four")
        #expect(found?.rule == .blankPhrase && found?.message.contains("points back with 'of these'") == true, "\(String(describing: found))")
        // "Half of those who voted came ." says who.
        let those = Self.parse(["Half", "of", "those", "who", "voted", "came", "."],
                               ["NOUN", "ADP", "PRON", "PRON", "VERB", "VERB", "PUNCT"],
                               [6, 3, 1, 5, 3, 0, 6], ["nsubj", "case", "nmod", "nsubj", "acl:relcl", "root", "punct"])
        #expect(Self.check(those, "Half")?.message.contains("points back") != true)
    }

    @Test func aSubjectFollowedByAnotherSubjectMayHoldAVerb() {
        // "Should any party feel they are not getting anything ." (read with "feel" as a noun)
        let p = Self.parse(["Should", "any", "party", "feel", "they", "are", "not", "getting", "anything", "."],
                           ["AUX", "DET", "NOUN", "NOUN", "PRON", "AUX", "PART", "VERB", "PRON", "PUNCT"],
                           [8, 4, 4, 8, 8, 8, 8, 0, 8, 8],
                           ["aux", "det", "compound", "nsubj", "nsubj", "aux", "advmod", "root", "obj", "punct"])
        let found = Self.check(p, "party feel")
        #expect(found?.rule == .blankPhrase && found?.message.contains("may hold a verb: 'they'") == true, "\(String(describing: found))")
        // One subject: no finding ("The Meiji Restoration" above passes too).
        let one = Self.parse(["The", "party", "left", "."], ["DET", "NOUN", "VERB", "PUNCT"], [2, 3, 0, 3], ["det", "nsubj", "root", "punct"])
        #expect(Self.check(one, "party") == nil || Self.check(one, "party")?.message.contains("may hold a verb") == false)
    }

    @Test func aNameGoesOnThroughAParticle() {
        // "Muhammad ibn Zakarīya Rāzi acted ."
        // (read as the model reads it: "Rāzi" a second item after "Muhammad ibn")
        let p = Self.parse(["Muhammad", "ibn", "Zakarīya", "Rāzi", "acted", "."], ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
                           [5, 1, 4, 1, 0, 5], ["nsubj", "flat", "compound", "list", "root", "punct"])
        let found = Self.check(p, "Zakarīya Rāzi")
        #expect(found?.message.contains("leaves 'Muhammad ibn' of its name outside") == true, "\(String(describing: found))")
        #expect(Self.check(p, "Muhammad")?.rule == .blankPhrase)
    }

    @Test func theModifierOfTheBlanksAdjectiveStaysWithIt() {
        // "In a highly stable hierarchy pharmacists ranked high ." (with "this" for "a", the blank also points back)
        let p = Self.parse(["In", "a", "highly", "stable", "hierarchy", "pharmacists", "ranked", "high", "."],
                           ["ADP", "DET", "ADV", "ADJ", "NOUN", "NOUN", "VERB", "ADV", "PUNCT"],
                           [5, 5, 4, 5, 7, 7, 0, 7, 7], ["case", "det", "advmod", "amod", "obl", "nsubj", "root", "advmod", "punct"])
        #expect(Self.check(p, "stable hierarchy")?.message.contains("cuts the phrase of 'stable': 'highly' is left outside") == true)
    }

    @Test func aFootnoteMarkIsNoFact() {
        // "It means drug . [ n 1 ]"
        let p = Self.parse(["It", "means", "drug", ".", "[", "n", "1", "]"], ["PRON", "VERB", "NOUN", "PUNCT", "PUNCT", "NOUN", "NUM", "PUNCT"],
                           [2, 0, 2, 2, 7, 7, 2, 7], ["nsubj", "root", "obj", "punct", "punct", "compound", "dep", "punct"])
        #expect(Self.check(p, "1")?.message.contains("is a footnote mark: '[ n 1 ]'") == true, "\(String(describing: Self.check(p, "1")))")
    }

    @Test func theWordTermIsNoPartOfTheAnswer() {
        // "It coined the term materia medica ."
        let p = Self.parse(["It", "coined", "the", "term", "materia", "medica", "."], ["PRON", "VERB", "DET", "NOUN", "NOUN", "NOUN", "PUNCT"],
                           [2, 0, 6, 6, 6, 2, 2], ["nsubj", "root", "det", "compound", "compound", "obj", "punct"])
        #expect(Self.check(p, "term materia medica")?.message.contains("takes 'term' with it") == true)
        #expect(Self.check(p, "materia medica") == nil)
    }

    @Test func halfOfADashedPairFails() {
        // "They appeared after the Cretaceous–Paleogene event ." (no spaces around the dash), read as the model
        // reads it: "event" a phrase beside "Cretaceous".
        let words = ["They", "appeared", "after", "the", "Cretaceous", "–", "Paleogene", "event", "."]
        var tokens: [SyntaxToken] = [], at = 0
        for (i, w) in words.enumerated() {
            tokens.append(SyntaxToken(form: w, start: at, end: at + w.utf8.count))
            at += w.utf8.count + (i == 4 || i == 5 ? 0 : 1)
        }
        let p = ParsedSentence(tokens: tokens, upos: ["PRON", "VERB", "ADP", "DET", "PROPN", "PUNCT", "PROPN", "NOUN", "PUNCT"],
                               xpos: ["PRP", "VBD", "IN", "DT", "NNP", ",", "NNP", "NN", "."], heads: [2, 0, 5, 5, 2, 8, 8, 5, 2],
                               relations: ["nsubj", "root", "case", "det", "obl", "punct", "compound", "parataxis", "punct"])
        let cretaceous = BlankCheck(parse: p, gap: tokens[4].start..<tokens[4].end).problem
        #expect(cretaceous?.message.contains("is half of 'Cretaceous–Paleogene'") == true, "\(String(describing: cretaceous))")
        let paleogene = BlankCheck(parse: p, gap: tokens[6].start..<tokens[7].end).problem
        #expect(paleogene?.message.contains("is half of 'Cretaceous–Paleogene event'") == true, "\(String(describing: paleogene))")
    }

    @Test func aListCutInTwoFails() {
        // "The combination of hermaphroditism and early reproduction helps ."
        let p = Self.parse(["The", "combination", "of", "hermaphroditism", "and", "early", "reproduction", "helps", "."],
                           ["DET", "NOUN", "ADP", "NOUN", "CCONJ", "ADJ", "NOUN", "VERB", "PUNCT"],
                           [2, 8, 4, 2, 7, 7, 4, 0, 8], ["det", "nsubj", "case", "nmod", "cc", "amod", "conj", "root", "punct"])
        let cut = Self.check(p, "combination of hermaphroditism")
        #expect(cut?.rule == .listSlot && cut?.message.contains("leaves 'reproduction' of its list outside") == true, "\(String(describing: cut))")
        #expect(Self.check(p, "combination of hermaphroditism and early reproduction") == nil)
    }

    @Test func aNounWithASubjectAndNoCopulaIsAVerb() {
        // "Others are hermaphrodites , in which the eggs and sperm mature late ." (read with "mature" as a noun)
        let p = Self.parse(["Others", "are", "hermaphrodites", ",", "in", "which", "the", "eggs", "and", "sperm", "mature", "late", "."],
                           ["NOUN", "AUX", "NOUN", "PUNCT", "ADP", "PRON", "DET", "NOUN", "CCONJ", "NOUN", "NOUN", "ADV", "PUNCT"],
                           [3, 3, 0, 6, 6, 3, 8, 11, 11, 11, 6, 11, 3],
                           ["nsubj", "cop", "root", "punct", "case", "acl:relcl", "det", "nsubj", "cc", "compound", "nsubj", "advmod", "punct"])
        let found = Self.check(p, "sperm mature")
        #expect(found?.message.contains("may hold a verb") == true, "\(String(describing: found))")
    }

    @Test func aPluralNounReadAsAVerbBeforeTheBlankLeavesTheVerbInIt() {
        // "While etioplasts lack chlorophyll , they have a precursor ." (read with "etioplasts" as a verb)
        var p = Self.parse(["While", "etioplasts", "lack", "chlorophyll", ",", "they", "have", "a", "precursor", "."],
                           ["SCONJ", "VERB", "NOUN", "NOUN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
                           [2, 7, 4, 2, 2, 7, 0, 9, 7, 7],
                           ["mark", "advcl", "compound", "obj", "punct", "nsubj", "root", "det", "obj", "punct"])
        p.xpos[1] = "VBZ"
        let found = Self.check(p, "lack chlorophyll")
        #expect(found?.message.contains("'etioplasts' is read as a verb with no subject") == true, "\(String(describing: found))")
        #expect(Self.check(p, "precursor") == nil)
        // "He builds and sells toy cars ." : the second verb shares the subject of the first.
        var shared = Self.parse(["He", "builds", "and", "sells", "toy", "cars", "."],
                                ["PRON", "VERB", "CCONJ", "VERB", "NOUN", "NOUN", "PUNCT"],
                                [2, 0, 4, 2, 6, 4, 2], ["nsubj", "root", "cc", "conj", "compound", "obj", "punct"])
        shared.xpos[1] = "VBZ"; shared.xpos[3] = "VBZ"
        #expect(Self.check(shared, "toy cars") == nil)
        // "The company makes toy cars ." : a verb with its subject.
        var plain = Self.parse(["The", "company", "makes", "toy", "cars", "."], ["DET", "NOUN", "VERB", "NOUN", "NOUN", "PUNCT"],
                               [2, 3, 0, 5, 3, 3], ["det", "nsubj", "root", "compound", "obj", "punct"])
        plain.xpos[2] = "VBZ"
        #expect(Self.check(plain, "toy cars") == nil)
    }

    @Test func aPastTenseTheTaggerTookForANounMakesAClause() {
        // "The bid depended on whether the stadium underwent renovations ." (read with "underwent" as a noun)
        let p = Self.parse(["The", "bid", "depended", "on", "whether", "the", "stadium", "underwent", "renovations", "."],
                           ["DET", "NOUN", "VERB", "SCONJ", "SCONJ", "DET", "NOUN", "NOUN", "NOUN", "PUNCT"],
                           [2, 3, 0, 3, 4, 9, 8, 9, 5, 3],
                           ["det", "nsubj", "root", "compound:prt", "fixed", "det", "compound", "compound", "obj", "punct"])
        #expect(Self.check(p, "stadium underwent renovations")?.message == "holds the verb 'underwent': a clause, not a phrase")
        let plain = Self.parse(["The", "bid", "depended", "on", "the", "stadium", "renovations", "."],
                               ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "NOUN", "PUNCT"],
                               [2, 3, 0, 7, 7, 7, 3, 3], ["det", "nsubj", "root", "case", "det", "compound", "obl", "punct"])
        #expect(Self.check(plain, "stadium renovations") == nil)
    }

    @Test func aPointOfTheCompassIsADirectionUnlessItNamesARegion() {
        // "The Rhine forms the border with Austria to the East ."
        let p = Self.parse(["The", "Rhine", "forms", "the", "border", "with", "Austria", "to", "the", "East", "."],
                           ["DET", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "DET", "PROPN", "PUNCT"],
                           [2, 3, 0, 5, 3, 7, 5, 10, 10, 3, 3],
                           ["det", "nsubj", "root", "det", "obj", "case", "nmod", "case", "det", "obl", "punct"])
        #expect(Self.check(p, "East")?.message == "is vague: 'East' is a direction, one guess in four")
        #expect(Self.check(p, "Austria") == nil)
        // "Most states in the South have not banned it ."
        let region = Self.parse(["Most", "states", "in", "the", "South", "have", "not", "banned", "it", "."],
                                ["ADJ", "NOUN", "ADP", "DET", "PROPN", "AUX", "PART", "VERB", "PRON", "PUNCT"],
                                [2, 8, 5, 5, 2, 8, 8, 0, 8, 8],
                                ["amod", "nsubj", "case", "det", "nmod", "aux", "advmod", "root", "obj", "punct"])
        #expect(Self.check(region, "South") == nil)
        // "Buses run to the North and East ." : points joined by "and".
        let both = Self.parse(["Buses", "run", "to", "the", "North", "and", "East", "."],
                              ["NOUN", "VERB", "ADP", "DET", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                              [2, 0, 5, 5, 2, 7, 5, 2], ["nsubj", "root", "case", "det", "obl", "cc", "conj", "punct"])
        let found = Self.check(both, "North and East")
        #expect(found?.message.contains("is a direction") == true, "\(String(describing: found))")
    }

    @Test func anAdverbOfDegreeBeforeTheBlankBelongsToItsPhrase() {
        // "It goes to the most cost efficient bidder ." as the model parses it.
        let p = Self.parse(["It", "goes", "to", "the", "most", "cost", "efficient", "bidder", "."],
                           ["PRON", "VERB", "ADP", "DET", "ADV", "NOUN", "ADJ", "NOUN", "PUNCT"],
                           [2, 0, 8, 8, 6, 7, 8, 2, 2], ["nsubj", "root", "case", "det", "advmod", "obl:unmarked", "amod", "obl", "punct"])
        #expect(Self.check(p, "cost efficient bidder")?.message == "cuts the phrase of 'cost': 'most' is left outside")
        #expect(Self.check(p, "most cost efficient bidder")?.message.contains("left outside") != true)
    }

    @Test func aDescriptionInLowerCaseBeforeANameIsNoPartOfIt() {
        // "It had the nascent Self - Defense Forces ." as the model reads it: every word a noun.
        let p = Self.parse(["It", "had", "the", "nascent", "Self", "-", "Defense", "Forces", "."],
                           ["PRON", "VERB", "DET", "NOUN", "NOUN", "PUNCT", "NOUN", "NOUN", "PUNCT"],
                           [2, 0, 8, 8, 7, 5, 8, 2, 2], ["nsubj", "root", "det", "compound", "compound", "punct", "compound", "obj", "punct"])
        #expect(Self.check(p, "nascent Self - Defense Forces")?.message == "takes the description 'nascent' with the name 'Self - Defense Forces'")
        // The name alone is the answer, though the tagger read its words as common nouns.
        #expect(Self.check(p, "Self - Defense Forces") == nil)
        // "It held a concert by British progressive folk - rock band Gryphon ."
        let g = Self.parse(["It", "held", "a", "concert", "by", "British", "progressive", "folk", "-", "rock", "band", "Gryphon", "."],
                           ["PRON", "VERB", "DET", "NOUN", "ADP", "ADJ", "ADJ", "NOUN", "PUNCT", "NOUN", "NOUN", "PROPN", "PUNCT"],
                           [2, 0, 4, 2, 12, 12, 12, 10, 10, 11, 12, 4, 2],
                           ["nsubj", "root", "det", "obj", "case", "amod", "amod", "compound", "punct", "compound", "compound", "nmod", "punct"])
        #expect(Self.check(g, "progressive folk - rock band Gryphon")?.message
                == "takes the description 'progressive folk - rock band' with the name 'Gryphon'")
        // The same as the model parses it, the name hung on "band".
        let h = Self.parse(["It", "held", "a", "concert", "by", "British", "progressive", "folk", "-", "rock", "band", "Gryphon", "."],
                           ["PRON", "VERB", "DET", "NOUN", "ADP", "ADJ", "ADJ", "NOUN", "PUNCT", "NOUN", "NOUN", "PROPN", "PUNCT"],
                           [2, 0, 4, 2, 11, 11, 11, 10, 8, 11, 4, 11, 2],
                           ["nsubj", "root", "det", "obj", "case", "amod", "amod", "compound", "punct", "compound", "nmod", "flat", "punct"])
        #expect(Self.check(h, "progressive folk - rock band Gryphon")?.message
                == "takes the description 'progressive folk - rock band' with the name 'Gryphon'")
        // A word that names a part or a place, or a short capitalised word, makes one term with it.
        let q = Self.parse(["It", "was", "in", "central", "England", "."], ["PRON", "AUX", "ADP", "ADJ", "PROPN", "PUNCT"],
                           [5, 5, 5, 5, 0, 5], ["nsubj", "cop", "case", "amod", "root", "punct"])
        #expect(Self.check(q, "central England") == nil)
        let v = Self.parse(["It", "lacks", "vitamin", "B12", "."], ["PRON", "VERB", "NOUN", "PROPN", "PUNCT"],
                           [2, 0, 4, 2, 2], ["nsubj", "root", "compound", "obj", "punct"])
        #expect(Self.check(v, "vitamin B12")?.message.contains("description") != true)
    }

    @Test func aRankAfterOneOfTheNamesNoParticularThing() {
        // "The crew is one of the top teams in the country ."
        let p = Self.parse(["The", "crew", "is", "one", "of", "the", "top", "teams", "in", "the", "country", "."],
                           ["DET", "NOUN", "AUX", "NUM", "ADP", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                           [2, 4, 4, 0, 8, 8, 8, 4, 11, 11, 8, 4],
                           ["det", "nsubj", "cop", "root", "case", "det", "amod", "nmod", "case", "det", "nmod", "punct"])
        #expect(Self.check(p, "top teams")?.message == "is vague: 'top teams' ranks among things of a kind")
        // A name after "one of the" is a fact: "one of the Big Three networks".
        let q = Self.parse(["ABC", "is", "one", "of", "the", "oldest", "networks", "of", "Big", "Three", "."],
                           ["PROPN", "AUX", "NUM", "ADP", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
                           [3, 3, 0, 7, 7, 7, 3, 10, 10, 7, 3],
                           ["nsubj", "cop", "root", "case", "det", "amod", "nmod", "case", "compound", "nmod", "punct"])
        #expect(Self.check(q, "Big Three") == nil)
    }

    @Test func aWordOfQuantityBeforeOfNamesNothing() {
        // "Rugby is growing , with increasing numbers of schools adding it ."
        let p = Self.parse(["Rugby", "is", "growing", ",", "with", "increasing", "numbers", "of", "schools", "adding", "it", "."],
                           ["PROPN", "AUX", "VERB", "PUNCT", "ADP", "VERB", "NOUN", "ADP", "NOUN", "VERB", "PRON", "PUNCT"],
                           [3, 3, 0, 7, 7, 7, 3, 9, 7, 9, 10, 3],
                           ["nsubj", "aux", "root", "punct", "case", "amod", "obl", "case", "nmod", "acl", "obj", "punct"])
        #expect(Self.check(p, "increasing numbers")?.message == "is vague: 'increasing numbers' measures what follows it ('of …')")
        #expect(Self.check(p, "increasing numbers of schools")?.message.contains("measures") != true)
    }

    @Test func aParticipleAloneMakesNoStatement() {
        // "Umar Islam , 28 , ( born Brian Young ) High Wycombe"
        let p = Self.parse(["Umar", "Islam", ",", "28", ",", "(", "born", "Brian", "Young", ")", "High", "Wycombe"],
                           ["PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN"],
                           [0, 1, 4, 1, 7, 7, 1, 7, 8, 7, 12, 1], ["root", "flat", "punct", "appos", "punct", "punct", "acl", "obj", "flat",
                                                                   "punct", "compound", "appos"])
        let tagged = ParsedSentence(tokens: p.tokens, upos: p.upos, xpos: p.upos.enumerated().map { $0.offset == 6 ? "VBN" : $0.element },
                                    heads: p.heads, relations: p.relations)
        let sentence = p.tokens.map(\.form).joined(separator: " ")
        let at = sentence.utf8.count - sentence[sentence.range(of: "Brian Young")!.lowerBound...].utf8.count
        let found = BlankCheck(parse: tagged, gap: at..<(at + "Brian Young".utf8.count)).problem
        #expect(found?.message.contains("a line with no verb") == true, "\(String(describing: found))")
    }

    @Test func aDatelineIsNoFact() {
        // "WASHINGTON ( Reuters ) - Groups criticized Bush ."
        let p = Self.parse(["WASHINGTON", "(", "Reuters", ")", "-", "Groups", "criticized", "Bush", "."],
                           ["PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "NOUN", "VERB", "PROPN", "PUNCT"],
                           [7, 3, 1, 3, 7, 7, 0, 7, 7], ["nsubj", "punct", "appos", "punct", "punct", "nsubj", "root", "obj", "punct"])
        #expect(Self.check(p, "Reuters")?.message.contains("dateline 'WASHINGTON ( Reuters )'") == true, "\(String(describing: Self.check(p, "Reuters")))")
        #expect(Self.check(p, "Bush") == nil)
        // An abbreviation and what it stands for is no dateline: "The CIF ( California Federation ) runs it ."
        let cif = Self.parse(["The", "CIF", "(", "California", "Federation", ")", "runs", "it", "."],
                             ["DET", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"],
                             [2, 7, 5, 5, 2, 5, 0, 7, 7], ["det", "nsubj", "punct", "compound", "appos", "punct", "root", "obj", "punct"])
        #expect(Self.check(cif, "California Federation")?.message.contains("dateline") != true)
    }

    @Test func aPrepositionalPhraseMayHangOnAnInnerNoun() {
        // "It moved the center of mass of the system ." (the parse hangs "of the system" on "mass")
        let p = Self.parse(["It", "moved", "the", "center", "of", "mass", "of", "the", "system", "."],
                           ["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                           [2, 0, 4, 2, 6, 4, 9, 9, 6, 2], ["nsubj", "root", "det", "obj", "case", "nmod", "case", "det", "nmod", "punct"])
        #expect(Self.check(p, "center of mass") == nil)
    }

    @Test func aPageReferenceIsNoFact() {
        // "They are gravitational.:2–10:79 Observations confirmed it ." (the reference stuck to the full stop)
        let words = ["They", "are", "gravitational", ".", ":", "2–10:79", "Observations", "confirmed", "it", "."]
        var tokens: [SyntaxToken] = [], at = 0
        for (i, w) in words.enumerated() {
            tokens.append(SyntaxToken(form: w, start: at, end: at + w.utf8.count))
            at += w.utf8.count + ((2...4).contains(i) ? 0 : 1)
        }
        let p = ParsedSentence(tokens: tokens, upos: ["PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "NUM", "NOUN", "VERB", "PRON", "PUNCT"],
                               xpos: ["PRP", "VBP", "JJ", ".", ":", "CD", "NNS", "VBD", "PRP", "."], heads: [3, 3, 0, 3, 3, 7, 8, 3, 8, 8],
                               relations: ["nsubj", "cop", "root", "punct", "punct", "nummod", "nsubj", "parataxis", "obj", "punct"])
        let found = BlankCheck(parse: p, gap: tokens[5].start..<tokens[5].end).problem
        #expect(found?.message.contains("is a page reference") == true, "\(String(describing: found))")
    }

    @Test func aCapitalisedModifierBeforeTheBlankIsPartOfTheName() {
        // "Detention is common in the United States ." ("United" read as an adjective, as the model reads it.)
        let p = Self.parse(["Detention", "is", "common", "in", "the", "United", "States", "."],
                           ["NOUN", "AUX", "ADJ", "ADP", "DET", "ADJ", "PROPN", "PUNCT"],
                           [3, 3, 0, 7, 7, 7, 3, 3], ["nsubj", "cop", "root", "case", "det", "amod", "obl", "punct"])
        let cut = Self.check(p, "States")
        #expect(cut?.rule == .blankPhrase && cut?.message.contains("leaves 'United' of its name outside") == true, "\(String(describing: cut))")
        #expect(Self.check(p, "United States") == nil)
        #expect(Self.check(p, "Detention") == nil)
        // A proper noun before the blank, however joined, is part of the name; a title is not.
        let title = Self.parse(["It", "topped", "the", "Professional", "Ranking", "World", "Universities", "in", "2011", "."],
                               ["PRON", "VERB", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "ADP", "NUM", "PUNCT"],
                               [2, 0, 5, 5, 2, 7, 2, 9, 2, 2], ["nsubj", "root", "det", "compound", "obj", "compound", "obj", "case", "obl", "punct"])
        let part = Self.check(title, "World Universities")
        #expect(part?.message.contains("leaves 'Ranking' of its name outside") == true, "\(String(describing: part))")
    }

    @Test func aNounRightAfterTheBlankGoesOnWithIt() {
        // "It is the name of the Harvard sports teams ." read with "sports" and "teams" apart, as the model read it.
        let p = Self.parse(["It", "is", "the", "name", "of", "the", "Harvard", "sports", "teams", "."],
                           ["PRON", "AUX", "DET", "NOUN", "ADP", "DET", "PROPN", "NOUN", "NOUN", "PUNCT"],
                           [4, 4, 4, 0, 8, 8, 8, 4, 4, 4], ["nsubj", "cop", "det", "root", "case", "det", "compound", "nmod", "nmod", "punct"])
        let cut = Self.check(p, "Harvard sports")
        #expect(cut?.rule == .blankPhrase && cut?.message.contains("stops before 'teams'") == true, "\(String(describing: cut))")
        // A noun the parse makes the blank's head is the verb of a subject blank, read as a noun: the blank is whole.
        let verb = Self.parse(["The", "Bureau", "estimates", "costs", "."], ["DET", "PROPN", "NOUN", "NOUN", "PUNCT"],
                              [2, 3, 0, 3, 3], ["det", "nsubj", "root", "obj", "punct"])
        #expect(Self.check(verb, "Bureau")?.message.contains("stops before") != true)
    }


    @Test func aBlankThatHoldsAClauseFails() {
        // "Gestures result in college students reporting higher levels of motivation ."
        let p = Self.parse(["Gestures", "result", "in", "college", "students", "reporting", "higher", "levels", "of", "motivation", "."],
                           ["NOUN", "VERB", "ADP", "NOUN", "NOUN", "VERB", "ADJ", "NOUN", "ADP", "NOUN", "PUNCT"],
                           [2, 0, 5, 5, 2, 5, 8, 6, 10, 8, 2],
                           ["nsubj", "root", "case", "compound", "obl", "acl", "amod", "obj", "case", "nmod", "punct"])
        let clause = Self.check(p, "college students reporting higher levels")
        #expect(clause?.rule == .blankPhrase && clause?.message.contains("holds a clause ('reporting higher levels')") == true, "\(String(describing: clause))")
        #expect(Self.check(p, "college students") == nil)
    }

    @Test func theNounOfASetPhraseIsVague() {
        // "Staff will be vetted on a phased basis ."
        let p = Self.parse(["Staff", "will", "be", "vetted", "on", "a", "phased", "basis", "."],
                           ["NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
                           [4, 4, 4, 0, 8, 8, 8, 4, 4], ["nsubj:pass", "aux", "aux:pass", "root", "case", "det", "amod", "obl", "punct"])
        #expect(Self.check(p, "phased basis")?.rule == .vagueAnswer)
    }


    @Test func anEntryOfAListSetApartBySemicolonsFails() {
        // "Alumni : poet Wallace Stevens ; conductor Leonard Bernstein ; cellist Yo Yo Ma ."
        let list = Self.parse(["Alumni", ":", "poet", "Wallace", "Stevens", ";", "conductor", "Leonard", "Bernstein", ";", "cellist", "Yo", "Yo", "Ma", "."],
                              ["NOUN", "PUNCT", "NOUN", "PROPN", "PROPN", "PUNCT", "NOUN", "PROPN", "PROPN", "PUNCT", "NOUN", "PROPN", "PROPN", "PROPN", "PUNCT"],
                              [0, 1, 4, 4, 1, 9, 9, 9, 4, 14, 14, 14, 14, 4, 1],
                              ["root", "punct", "compound", "compound", "appos", "punct", "compound", "compound", "list", "punct", "compound", "compound", "compound", "list", "punct"])
        #expect(Self.check(list, "Leonard Bernstein")?.rule == .listSlot, "\(String(describing: Self.check(list, "Leonard Bernstein")))")
        // Clauses joined by semicolons are no list.
        let clauses = Self.parse(["Talks", "began", "in", "1990", ";", "a", "treaty", "followed", ";", "it", "lasted", "."],
                                 ["NOUN", "VERB", "ADP", "NUM", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"],
                                 [2, 0, 4, 2, 8, 7, 8, 2, 11, 11, 2, 2],
                                 ["nsubj", "root", "case", "obl", "punct", "det", "nsubj", "parataxis", "punct", "nsubj", "parataxis", "punct"])
        #expect(Self.check(clauses, "1990") == nil)
    }


    @Test func aCountOfThingsAlreadyNamedIsVague() {
        // "The regatta began the rivalry between the two schools ."
        let p = Self.parse(["The", "regatta", "began", "the", "rivalry", "between", "the", "two", "schools", "."],
                           ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NUM", "NOUN", "PUNCT"],
                           [2, 3, 0, 5, 3, 9, 9, 9, 5, 3], ["det", "nsubj", "root", "det", "obj", "case", "det", "nummod", "nmod", "punct"])
        #expect(Self.check(p, "two schools")?.rule == .vagueAnswer)
        #expect(Self.check(p, "the two schools")?.rule == .vagueAnswer)
        // A count with no determiner that points back asks a real number ("{{23 years}}").
        let years = Self.parse(["It", "is", "older", "by", "23", "years", "."], ["PRON", "AUX", "ADJ", "ADP", "NUM", "NOUN", "PUNCT"],
                               [3, 3, 0, 6, 6, 3, 3], ["nsubj", "cop", "root", "case", "nummod", "obl", "punct"])
        #expect(Self.check(years, "23 years") == nil)
    }


    @Test func anItemOfAListJoinedAsListFails() {
        // "The Medical School , the Dental School , and the School of Public Health are located here ." as the
        // model reads it: the items joined by `list`.
        let p = Self.parse(["The", "Medical", "School", ",", "the", "Dental", "School", ",", "and", "the", "Public", "School", "are", "located", "here", "."],
                           ["DET", "ADJ", "PROPN", "PUNCT", "DET", "ADJ", "PROPN", "PUNCT", "CCONJ", "DET", "ADJ", "PROPN", "AUX", "VERB", "ADV", "PUNCT"],
                           [3, 3, 14, 7, 7, 7, 3, 12, 12, 12, 12, 3, 14, 0, 14, 14],
                           ["det", "amod", "nsubj:pass", "punct", "det", "amod", "list", "punct", "cc", "det", "amod", "list", "aux:pass", "root", "advmod", "punct"])
        #expect(Self.check(p, "Public School")?.rule == .listSlot, "\(String(describing: Self.check(p, "Public School")))")
        #expect(Self.check(p, "Medical School")?.rule == .listSlot, "\(String(describing: Self.check(p, "Medical School")))")
    }


    @Test func anOwnerAndACommonNounTogetherAreVague() {
        // "Harvard 's attempt to balance its budget failed ." / "Hooke 's law describes springs ."
        let attempt = Self.parse(["Harvard", "'s", "attempt", "failed", "."], ["PROPN", "PART", "NOUN", "VERB", "PUNCT"],
                                 [3, 1, 4, 0, 4], ["nmod:poss", "case", "nsubj", "root", "punct"])
        #expect(Self.check(attempt, "Harvard 's attempt")?.rule == .vagueAnswer)
        let law = Self.parse(["Hooke", "'s", "law", "describes", "springs", "."], ["PROPN", "PART", "NOUN", "VERB", "NOUN", "PUNCT"],
                             [3, 1, 4, 0, 4, 4], ["nmod:poss", "case", "nsubj", "root", "obj", "punct"])
        #expect(Self.check(law, "Hooke 's law") == nil)
    }


    @Test func anAdjectiveThatMeasuresMakesAVagueAnswer() {
        // "It leaves little opportunity for focus ." / "It leaves little room in the small intestine ."
        let p = Self.parse(["It", "leaves", "little", "opportunity", "for", "focus", "."], ["PRON", "VERB", "ADJ", "NOUN", "ADP", "NOUN", "PUNCT"],
                           [2, 0, 4, 2, 6, 4, 2], ["nsubj", "root", "amod", "obj", "case", "nmod", "punct"])
        #expect(Self.check(p, "little opportunity")?.rule == .vagueAnswer)
        let q = Self.parse(["Food", "stays", "in", "the", "small", "intestine", "."], ["NOUN", "VERB", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
                           [2, 0, 6, 6, 6, 2, 2], ["nsubj", "root", "case", "det", "amod", "obl", "punct"])
        #expect(Self.check(q, "small intestine") == nil)
    }


    @Test func aBlankThatTakesADashWrittenOnToTheWordBeforeSplitsTheCompound() {
        // "To the south is the Mexico–United States border ." with no spaces around the dash.
        let text = "To the south is the Mexico–United States border ."
        let p = Self.parse(text: text, ["To", "the", "south", "is", "the", "Mexico", "–", "United", "States", "border", "."],
                           ["ADP", "DET", "NOUN", "AUX", "DET", "PROPN", "PUNCT", "PROPN", "PROPN", "NOUN", "PUNCT"],
                           [3, 3, 10, 10, 10, 10, 8, 10, 8, 0, 10],
                           ["case", "det", "obl", "cop", "det", "compound", "punct", "compound", "flat", "root", "punct"])
        let split = Self.check(text: text, p, "–United States border")
        #expect(split?.rule == .blankPhrase && split?.message.contains("dash") == true, "\(String(describing: split))")
        #expect(Self.check(text: text, p, "Mexico–United States border") == nil)
    }

    @Test func anAdjectiveAndACommaBeforeTheBlankOpenItsPhrase() {
        // "It has a pair of long , slender tentacles ." as the model reads it: "long" hung on "pair".
        let p = Self.parse(["It", "has", "a", "pair", "of", "long", ",", "slender", "tentacles", "."],
                           ["PRON", "VERB", "DET", "NOUN", "ADP", "ADJ", "PUNCT", "NOUN", "NOUN", "PUNCT"],
                           [2, 0, 4, 2, 6, 4, 9, 9, 4, 2], ["nsubj", "root", "det", "obj", "case", "nmod", "punct", "compound", "nmod", "punct"])
        let cut = Self.check(p, "slender tentacles")
        #expect(cut?.rule == .blankPhrase && cut?.message.contains("'long,'") == true, "\(String(describing: cut))")
        // An opening phrase ("In particular , …") and a name after the comma are no such pair.
        let opening = Self.parse(["In", "particular", ",", "medication", "therapy", "helps", "."],
                                 ["ADP", "ADJ", "PUNCT", "NOUN", "NOUN", "VERB", "PUNCT"],
                                 [2, 6, 6, 5, 6, 0, 6], ["case", "obl", "punct", "compound", "nsubj", "root", "punct"])
        #expect(Self.check(opening, "medication therapy") == nil)
        let name = Self.parse(["After", "the", "French", ",", "Augustine", "grew", "."], ["ADP", "DET", "ADJ", "PUNCT", "PROPN", "VERB", "PUNCT"],
                              [3, 3, 6, 6, 6, 0, 6], ["case", "det", "obl", "punct", "nsubj", "root", "punct"])
        #expect(Self.check(name, "Augustine") == nil)
    }

    @Test func aCapitalisedWordTheNameHangsOnIsPartOfIt() {
        // "These are the Greater Los Angeles Area at 17,786,419 ." as the model reads it: "Area" hung on "Greater".
        let p = Self.parse(["These", "are", "the", "Greater", "Los", "Angeles", "Area", "at", "17,786,419", "."],
                           ["PRON", "AUX", "DET", "ADJ", "PROPN", "PROPN", "PROPN", "ADP", "NUM", "PUNCT"],
                           [9, 9, 9, 9, 7, 7, 4, 9, 0, 9], ["nsubj", "cop", "det", "advmod", "compound", "compound", "obl", "case", "root", "punct"])
        let cut = Self.check(p, "Los Angeles Area")
        #expect(cut?.rule == .blankPhrase && cut?.message.contains("'Greater'") == true, "\(String(describing: cut))")
        // A title before a name is not part of it.
        let queen = Self.parse(["They", "met", "the", "Queen", "Victoria", "."], ["PRON", "VERB", "DET", "NOUN", "PROPN", "PUNCT"],
                               [2, 0, 4, 2, 4, 2], ["nsubj", "root", "det", "obj", "appos", "punct"])
        #expect(Self.check(queen, "Victoria") == nil)
    }

    @Test func praiseBeforeAGeneralNounMakesItVagueWhateverFollows() {
        // "They are a vital part of marine food chains ." / "It has a wide range of forms ."
        let part = Self.parse(["They", "are", "a", "vital", "part", "of", "marine", "food", "chains", "."],
                              ["PRON", "AUX", "DET", "ADJ", "NOUN", "ADP", "ADJ", "NOUN", "NOUN", "PUNCT"],
                              [5, 5, 5, 5, 0, 9, 9, 9, 5, 5], ["nsubj", "cop", "det", "amod", "root", "case", "amod", "compound", "nmod", "punct"])
        #expect(Self.check(part, "vital part of marine food chains")?.rule == .vagueAnswer)
        #expect(Self.check(part, "marine food chains") == nil)
        let range = Self.parse(["It", "has", "a", "wide", "range", "of", "forms", "."], ["PRON", "VERB", "DET", "ADJ", "NOUN", "ADP", "NOUN", "PUNCT"],
                               [2, 0, 5, 5, 2, 7, 5, 2], ["nsubj", "root", "det", "amod", "obj", "case", "nmod", "punct"])
        #expect(Self.check(range, "wide range")?.rule == .vagueAnswer)
        // "There is an extensive collection of sculpture ."
        let collection = Self.parse(["There", "is", "an", "extensive", "collection", "of", "sculpture", "."],
                                    ["PRON", "VERB", "DET", "ADJ", "NOUN", "ADP", "NOUN", "PUNCT"],
                                    [2, 0, 5, 5, 2, 7, 5, 2], ["expl", "root", "det", "amod", "nsubj", "case", "nmod", "punct"])
        #expect(Self.check(collection, "extensive collection of sculpture")?.rule == .vagueAnswer)
    }

    @Test func authorsCitedWithAYearAreACitation() {
        // "It was refuted by Wahl & Ammann 2007 ." / "It was shown by Jones et al. 1998 ."
        let p = Self.parse(["It", "was", "refuted", "by", "Wahl", "&", "Ammann", "2007", "."],
                           ["PRON", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "NUM", "PUNCT"],
                           [3, 3, 0, 5, 3, 7, 5, 5, 3], ["nsubj:pass", "aux:pass", "root", "case", "obl", "cc", "conj", "nummod", "punct"])
        #expect(Self.check(p, "Wahl & Ammann")?.rule == .citation)
        let q = Self.parse(["It", "was", "shown", "by", "Jones", "et", "al.", "1998", "."],
                           ["PRON", "AUX", "VERB", "ADP", "PROPN", "X", "X", "NUM", "PUNCT"],
                           [3, 3, 0, 5, 3, 5, 6, 5, 3], ["nsubj:pass", "aux:pass", "root", "case", "obl", "flat", "flat", "nummod", "punct"])
        #expect(Self.check(q, "Jones")?.rule == .citation)
        // A name with its year after it is cut, not cited ("the Teaching Council Act 2001").
        let act = Self.parse(["It", "passed", "the", "Council", "Act", "2001", "."], ["PRON", "VERB", "DET", "PROPN", "PROPN", "NUM", "PUNCT"],
                             [2, 0, 5, 5, 2, 5, 2], ["nsubj", "root", "det", "compound", "obj", "nummod", "punct"])
        #expect(Self.check(act, "Council Act")?.message.contains("year '2001'") == true)
        // A name followed by something else is no citation.
        let r = Self.parse(["It", "was", "shown", "by", "Jones", "in", "1998", "."], ["PRON", "AUX", "VERB", "ADP", "PROPN", "ADP", "NUM", "PUNCT"],
                           [3, 3, 0, 5, 3, 7, 3, 3], ["nsubj:pass", "aux:pass", "root", "case", "obl", "case", "obl", "punct"])
        #expect(Self.check(r, "Jones") == nil)
    }

    @Test func oneEndOfARangeFails() {
        // "It has ten to fifteen authors ."
        let p = Self.parse(["It", "has", "ten", "to", "fifteen", "authors", "."], ["PRON", "VERB", "NUM", "ADP", "NUM", "NOUN", "PUNCT"],
                           [2, 0, 6, 5, 3, 2, 2], ["nsubj", "root", "nummod", "case", "nmod", "obj", "punct"])
        #expect(Self.check(p, "fifteen")?.rule == .blankPhrase)
        #expect(Self.check(p, "ten")?.rule == .blankPhrase)
        // A year and a share are no range ("from 90 % in 2004 to 60 % in 2005").
        let q = Self.parse(["It", "fell", "in", "2004", "to", "60", "."], ["PRON", "VERB", "ADP", "NUM", "ADP", "NUM", "PUNCT"],
                           [2, 0, 4, 2, 6, 2, 2], ["nsubj", "root", "case", "obl", "case", "obl", "punct"])
        #expect(Self.check(q, "2004") == nil)
    }

    @Test func aMeasureAndItsConversionGiveEachOtherAway() {
        // "Seas rise 0.5 m [ 50 cm ] ." / "It is 1.5 m ( 4 ft ) long ."
        let p = Self.parse(["Seas", "rise", "0.5", "m", "[", "50", "cm", "]", "."], ["NOUN", "VERB", "NUM", "NOUN", "PUNCT", "NUM", "NOUN", "PUNCT", "PUNCT"],
                           [2, 0, 4, 2, 7, 7, 4, 7, 2], ["nsubj", "root", "nummod", "obj", "punct", "nummod", "appos", "punct", "punct"])
        #expect(Self.check(p, "50 cm")?.rule == .answerGivenAway)
        let q = Self.parse(["It", "is", "1.5", "m", "(", "4", "ft", ")", "long", "."], ["PRON", "AUX", "NUM", "NOUN", "PUNCT", "NUM", "NOUN", "PUNCT", "ADJ", "PUNCT"],
                           [9, 9, 4, 9, 7, 7, 4, 7, 0, 9], ["nsubj", "cop", "nummod", "obl:npmod", "punct", "nummod", "appos", "punct", "root", "punct"])
        #expect(Self.check(q, "1.5 m")?.rule == .answerGivenAway)
        #expect(Self.check(q, "4 ft")?.rule == .answerGivenAway)
        // A share in brackets is no conversion.
        let r = Self.parse(["There", "were", "111", "families", "(", "70", "%", ")", "."], ["PRON", "VERB", "NUM", "NOUN", "PUNCT", "NUM", "SYM", "PUNCT", "PUNCT"],
                           [2, 0, 4, 2, 7, 7, 4, 7, 2], ["expl", "root", "nummod", "nsubj", "punct", "nummod", "appos", "punct", "punct"])
        #expect(Self.check(r, "111 families") == nil)
    }

    @Test func aNameWithABarePossessiveMarkIsCut() {
        // "It became Nicholas' Church ." / "It plays at James' Park ." (the mark written on to the name).
        let became = "It became Nicholas' Church ."
        let church = Self.parse(text: became, ["It", "became", "Nicholas", "'", "Church", "."], ["PRON", "VERB", "PROPN", "PART", "PROPN", "PUNCT"],
                                [2, 0, 5, 3, 2, 2], ["nsubj", "root", "nmod:poss", "case", "obj", "punct"])
        let named = Self.check(text: became, church, "Church")
        #expect(named?.message.contains("'Nicholas'") == true, "\(String(describing: named))")
        let text = "It plays at James' Park ."
        let park = Self.parse(text: text, ["It", "plays", "at", "James", "'", "Park", "."], ["PRON", "VERB", "ADP", "PROPN", "PART", "PROPN", "PUNCT"],
                              [2, 0, 6, 6, 4, 2, 2], ["nsubj", "root", "case", "nmod:poss", "case", "obl", "punct"])
        let cut = Self.check(text: text, park, "James")
        #expect(cut?.rule == .blankPhrase && cut?.message.contains("' Park") == true, "\(String(describing: cut))")
        // An owner before a name of its own: "It plays at Orleans' Mercedes Superdome ."
        let owned = "It plays at Orleans' Mercedes Superdome ."
        let owner = Self.parse(text: owned, ["It", "plays", "at", "Orleans", "'", "Mercedes", "Superdome", "."],
                               ["PRON", "VERB", "ADP", "PROPN", "PART", "PROPN", "PROPN", "PUNCT"],
                               [2, 0, 7, 7, 4, 7, 2, 2], ["nsubj", "root", "case", "nmod:poss", "case", "compound", "obl", "punct"])
        #expect(Self.check(text: owned, owner, "Orleans") == nil)
    }

    @Test func aCountWhoseNounAnAppositionNamesFails() {
        // "Newcastle has three cathedrals , the St. Nicholas , the St. Mary and the Coptic Cathedral ." as the model
        // hangs it: only the first item an apposition of "cathedrals".
        let p = Self.parse(["Newcastle", "has", "three", "cathedrals", ",", "the", "Nicholas", ",", "and", "Mary", "."],
                           ["PROPN", "VERB", "NUM", "NOUN", "PUNCT", "DET", "PROPN", "PUNCT", "CCONJ", "PROPN", "PUNCT"],
                           [2, 0, 4, 2, 7, 7, 4, 10, 10, 2, 2], ["nsubj", "root", "nummod", "obj", "punct", "det", "appos", "punct", "cc", "obj", "punct"])
        #expect(Self.check(p, "three cathedrals")?.rule == .listedCount)
        // A count whose phrase goes on otherwise is a fact.
        let q = Self.parse(["Newcastle", "has", "three", "cathedrals", ",", "all", "old", "."], ["PROPN", "VERB", "NUM", "NOUN", "PUNCT", "DET", "ADJ", "PUNCT"],
                           [2, 0, 4, 2, 7, 7, 4, 2], ["nsubj", "root", "nummod", "obj", "punct", "det", "amod", "punct"])
        #expect(Self.check(q, "three cathedrals") == nil)
    }

    @Test func twoAdjectivesJoinedLeadOneNoun() {
        // "Stable and radioactive isotope studies provide insight ."
        let p = Self.parse(["Stable", "and", "radioactive", "isotope", "studies", "provide", "insight", "."],
                           ["ADJ", "CCONJ", "ADJ", "NOUN", "NOUN", "VERB", "NOUN", "PUNCT"],
                           [5, 3, 5, 5, 6, 0, 6, 6], ["amod", "cc", "amod", "compound", "nsubj", "root", "obj", "punct"])
        #expect(Self.check(p, "radioactive isotope studies")?.message.contains("'Stable and'") == true)
        // A noun phrase after "and" is an item of its own ("rocks and radioactive isotopes").
        let q = Self.parse(["It", "holds", "rocks", "and", "radioactive", "isotopes", "."], ["PRON", "VERB", "NOUN", "CCONJ", "ADJ", "NOUN", "PUNCT"],
                           [2, 0, 2, 6, 6, 3, 2], ["nsubj", "root", "obj", "cc", "amod", "conj", "punct"])
        #expect(Self.check(q, "radioactive isotopes")?.message.contains("'rocks and'") != true)
    }

    @Test func aBlankAfterFollowingPointsAhead() {
        // "The following four timelines show the scale ."
        let p = Self.parse(["The", "following", "four", "timelines", "show", "the", "scale", "."],
                           ["DET", "VERB", "NUM", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                           [4, 4, 4, 5, 0, 7, 5, 5], ["det", "amod", "nummod", "nsubj", "root", "det", "obj", "punct"])
        #expect(Self.check(p, "four timelines")?.message.contains("following") == true)
    }

    @Test func aTemperatureWithoutItsScaleFails() {
        // "It ranges from 53 F in January ."
        let p = Self.parse(["It", "ranges", "from", "53", "F", "in", "January", "."], ["PRON", "VERB", "ADP", "NUM", "PROPN", "ADP", "PROPN", "PUNCT"],
                           [2, 0, 5, 5, 2, 7, 2, 2], ["nsubj", "root", "case", "nummod", "obl", "case", "obl", "punct"])
        #expect(Self.check(p, "53")?.message.contains("'F'") == true)
        #expect(Self.check(p, "53 F") == nil)
    }

    @Test func aCapitalisedWordAfterANameBlankGoesOnWithIt() {
        // "Then St. Augustine 's position grew ." with "St." hung on "Augustine" as the model hangs it.
        let p = Self.parse(["Then", "St.", "Augustine", "'s", "position", "grew", "."], ["ADV", "PROPN", "PROPN", "PART", "NOUN", "VERB", "PUNCT"],
                           [6, 3, 5, 3, 6, 0, 6], ["advmod", "nmod:desc", "nmod:poss", "case", "nsubj", "root", "punct"])
        #expect(Self.check(p, "St.")?.message.contains("stops before 'Augustine'") == true, "\(String(describing: Self.check(p, "St.")))")
    }

    @Test func aRoundNumberInWordsAloneIsVague() {
        // "Only several hundred are greater ." / "Only 300 are greater ."
        let p = Self.parse(["Only", "several", "hundred", "are", "greater", "."], ["ADV", "ADJ", "NUM", "AUX", "ADJ", "PUNCT"],
                           [3, 3, 5, 5, 0, 5], ["advmod", "amod", "nsubj", "cop", "root", "punct"])
        #expect(Self.check(p, "hundred")?.rule == .vagueAnswer)
        let q = Self.parse(["Only", "300", "are", "greater", "."], ["ADV", "NUM", "AUX", "ADJ", "PUNCT"],
                           [2, 4, 4, 0, 4], ["advmod", "nsubj", "cop", "root", "punct"])
        #expect(Self.check(q, "300") == nil)
    }

    @Test func anItemOfAListTheParseJoinsOtherwiseFails() {
        // "It is a member of the World Council of Churches , the World Methodist Council , and other associations ." as
        // the model hangs it: the second item a parataxis of "member".
        let p = Self.parse(["It", "is", "a", "member", "of", "the", "World", "Council", "of", "Churches", ",", "the", "World", "Methodist",
                            "Council", ",", "and", "other", "associations", "."],
                           ["PRON", "AUX", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "DET", "PROPN", "ADJ",
                            "PROPN", "PUNCT", "CCONJ", "ADJ", "NOUN", "PUNCT"],
                           [4, 4, 4, 0, 8, 8, 8, 4, 10, 8, 15, 15, 15, 15, 4, 19, 19, 19, 15, 4],
                           ["nsubj", "cop", "det", "root", "case", "det", "compound", "nmod", "case", "nmod", "punct", "det", "compound",
                            "amod", "parataxis", "punct", "cc", "amod", "conj", "punct"])
        #expect(Self.check(p, "World Council of Churches")?.rule == .listSlot)
        // The last item, hung as an apposition: "It has the Water Tower , the Bank Building , and the Hughes Hotel ."
        let q = Self.parse(["It", "has", "the", "Water", "Tower", ",", "the", "Bank", "Building", ",", "and", "the", "Hughes", "Hotel", "."],
                           ["PRON", "VERB", "DET", "PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "PUNCT", "CCONJ", "DET", "PROPN",
                            "PROPN", "PUNCT"],
                           [2, 0, 5, 5, 2, 9, 9, 9, 5, 14, 14, 14, 14, 9, 2],
                           ["nsubj", "root", "det", "compound", "obj", "punct", "det", "compound", "conj", "punct", "cc", "det",
                            "compound", "appos", "punct"])
        #expect(Self.check(q, "Hughes Hotel")?.rule == .listSlot)
        // A middle item the parse makes a second object: "They focused on Bible study , methodical study and living a holy life ."
        let m = Self.parse(["They", "focused", "on", "Bible", "study", ",", "methodical", "study", "and", "living", "a", "holy", "life", "."],
                           ["PRON", "VERB", "ADP", "PROPN", "NOUN", "PUNCT", "ADJ", "NOUN", "CCONJ", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
                           [2, 0, 5, 5, 2, 8, 8, 2, 10, 2, 13, 13, 10, 2],
                           ["nsubj", "root", "case", "compound", "obl", "punct", "amod", "obl", "cc", "conj", "det", "amod", "obj", "punct"])
        // (The model tags "living" a gerund.)
        let gerund = ParsedSentence(tokens: m.tokens, upos: m.upos, xpos: m.xpos.enumerated().map { $0.offset == 9 ? "VBG" : $0.element },
                                    heads: m.heads, relations: m.relations)
        #expect(Self.check(gerund, "methodical study")?.rule == .listSlot)
    }

    @Test func aNameWithItsDescriptionIsNoList() {
        // "The settlement was Pons Aelius , a Roman fort and bridge ." / "It is San Diego , the second city and the
        // eighth most populous ." / "In 1965 , the entity , American Theatres , was renamed ."
        let p = Self.parse(["The", "settlement", "was", "Pons", "Aelius", ",", "a", "Roman", "fort", "and", "bridge", "."],
                           ["DET", "NOUN", "AUX", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "CCONJ", "NOUN", "PUNCT"],
                           [2, 4, 4, 0, 4, 9, 9, 9, 4, 11, 9, 4],
                           ["det", "nsubj", "cop", "root", "flat", "punct", "det", "amod", "appos", "cc", "conj", "punct"])
        #expect(Self.check(p, "Pons Aelius") == nil)
        let q = Self.parse(["It", "is", "San", "Diego", ",", "the", "second", "city", "and", "the", "eighth", "most", "populous", "."],
                           ["PRON", "AUX", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "CCONJ", "DET", "ADJ", "ADV", "ADJ", "PUNCT"],
                           [3, 3, 0, 3, 8, 8, 8, 3, 13, 13, 13, 13, 8, 3],
                           ["nsubj", "cop", "root", "flat", "punct", "det", "amod", "appos", "cc", "det", "amod", "advmod", "conj", "punct"])
        #expect(Self.check(q, "San Diego") == nil)
        let r = Self.parse(["In", "1965", ",", "the", "entity", ",", "American", "Theatres", ",", "was", "renamed", "."],
                           ["ADP", "NUM", "PUNCT", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "AUX", "VERB", "PUNCT"],
                           [2, 11, 11, 5, 11, 8, 8, 5, 11, 11, 0, 11],
                           ["case", "obl", "punct", "det", "nsubj:pass", "punct", "compound", "appos", "punct", "aux:pass", "root", "punct"])
        #expect(Self.check(r, "1965") == nil)
    }

    @Test func anEntryOfASemicolonListWithRelativeClausesFails() {
        // "Operators include : Metro Trains which runs trains ; V/Line which runs buses ; and TrainLink which runs XPTs ."
        let p = Self.parse(["Operators", "include", ":", "Metro", "Trains", "which", "runs", "trains", ";", "V/Line", "which", "runs", "buses", ";",
                            "and", "TrainLink", "which", "runs", "XPTs", "."],
                           ["NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "PRON", "VERB", "NOUN", "PUNCT", "PROPN", "PRON", "VERB", "NOUN",
                            "PUNCT", "CCONJ", "PROPN", "PRON", "VERB", "PROPN", "PUNCT"],
                           [2, 0, 5, 5, 2, 7, 5, 7, 10, 5, 12, 10, 12, 16, 16, 5, 18, 16, 18, 2],
                           ["nsubj", "root", "punct", "compound", "obj", "nsubj", "acl:relcl", "obj", "punct", "conj", "nsubj", "acl:relcl",
                            "obj", "punct", "cc", "conj", "nsubj", "acl:relcl", "obj", "punct"])
        #expect(Self.check(p, "Metro Trains")?.rule == .listSlot)
        // Clauses of their own set apart by semicolons state facts: "A won ; Smith lost ; C drew ."
        let q = Self.parse(["A", "won", ";", "Smith", "lost", ";", "C", "drew", "."], ["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
                           [2, 0, 5, 5, 2, 8, 8, 2, 2], ["nsubj", "root", "punct", "nsubj", "parataxis", "punct", "nsubj", "parataxis", "punct"])
        #expect(Self.check(q, "Smith")?.rule != .listSlot)
    }

    @Test func oneEndOfARangeOfMonthsFails() {
        // "The park is open April through October ." / "The park opened in April ."
        let p = Self.parse(["The", "park", "is", "open", "April", "through", "October", "."],
                           ["DET", "NOUN", "AUX", "ADJ", "PROPN", "ADP", "PROPN", "PUNCT"],
                           [2, 4, 4, 0, 4, 7, 5, 4], ["det", "nsubj", "cop", "root", "obl:tmod", "case", "nmod", "punct"])
        #expect(Self.check(p, "April")?.message.contains("range 'April through October'") == true, "\(String(describing: Self.check(p, "April")))")
        #expect(Self.check(p, "October")?.message.contains("range 'April through October'") == true)
        let q = Self.parse(["The", "park", "opened", "in", "April", "."], ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
                           [2, 3, 0, 5, 3, 3], ["det", "nsubj", "root", "case", "obl", "punct"])
        #expect(Self.check(q, "April") == nil)
    }

    @Test func aSingleLetterOfAFormulaIsVague() {
        // "It needs O ( n log n ) time ."
        let p = Self.parse(["It", "needs", "O", "(", "n", "log", "n", ")", "time", "."],
                           ["PRON", "VERB", "PROPN", "PUNCT", "NOUN", "NOUN", "NOUN", "PUNCT", "NOUN", "PUNCT"],
                           [2, 0, 9, 6, 6, 3, 6, 6, 2, 2], ["nsubj", "root", "compound", "punct", "compound", "appos", "nmod", "punct", "obj", "punct"])
        #expect(Self.check(p, "O")?.rule == .vagueAnswer)
        #expect(Self.check(p, "time")?.message.contains("single letter") != true)
    }

    @Test func aMeasureConvertedBesideItGivesItAway() {
        // "They are 2 – 7 ° C ( 4 – 13 ° F ) warmer ." as the model reads it (the degree mark a word of its own).
        let p = Self.parse(["They", "are", "2", "–", "7", "°", "C", "(", "4", "–", "13", "°", "F", ")", "warmer", "."],
                           ["PRON", "AUX", "NUM", "SYM", "NUM", "NOUN", "NOUN", "PUNCT", "NUM", "PUNCT", "NUM", "SYM", "NOUN", "PUNCT", "ADJ", "PUNCT"],
                           [7, 7, 7, 3, 7, 7, 0, 9, 7, 9, 9, 13, 9, 9, 7, 7],
                           ["nsubj", "cop", "nummod", "punct", "nummod", "compound", "root", "punct", "appos", "punct", "flat", "case", "nmod",
                            "punct", "amod", "punct"])
        #expect(Self.check(p, "4 – 13")?.rule == .answerGivenAway, "\(String(describing: Self.check(p, "4 – 13")))")
        #expect(Self.check(p, "2 – 7")?.rule == .answerGivenAway, "\(String(describing: Self.check(p, "2 – 7")))")
    }

    @Test func theStateOfACityAloneFails() {
        // "It will be in Portland , Oregon ."
        let p = Self.parse(["It", "will", "be", "in", "Portland", ",", "Oregon", "."], ["PRON", "AUX", "AUX", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"],
                           [5, 5, 5, 5, 0, 7, 5, 5], ["nsubj", "aux", "cop", "case", "root", "punct", "appos", "punct"])
        #expect(Self.check(p, "Oregon")?.message.contains("'Portland , Oregon'") == true, "\(String(describing: Self.check(p, "Oregon")))")
    }

    @Test func aNameWhoseAbbreviationGoesOnFails() {
        // "They joined the Taskforce of United Methodists on Abortion and Sexuality ( TUMAS ) ."
        let p = Self.parse(["They", "joined", "the", "Taskforce", "of", "United", "Methodists", "on", "Abortion", "and", "Sexuality", "(", "TUMAS", ")", "."],
                           ["PRON", "VERB", "DET", "PROPN", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT"],
                           [2, 0, 4, 2, 7, 7, 4, 9, 2, 11, 9, 13, 4, 13, 2],
                           ["nsubj", "root", "det", "obj", "case", "compound", "nmod", "case", "obl", "cc", "conj", "punct", "appos", "punct", "punct"])
        #expect(Self.check(p, "Taskforce of United Methodists")?.message.contains("(TUMAS)") == true)
        // The blank at the name's end, its beginning before: the same.
        #expect(Self.check(p, "Abortion and Sexuality")?.message.contains("'Taskforce of United Methodists on' of its name outside (TUMAS)") == true)
    }

    @Test func aNameWhoseNumberStaysOutsideFails() {
        // "The park lies between Highway 41 and Friant Road ."
        let p = Self.parse(["The", "park", "lies", "between", "Highway", "41", "and", "Friant", "Road", "."],
                           ["DET", "NOUN", "VERB", "ADP", "PROPN", "NUM", "CCONJ", "PROPN", "PROPN", "PUNCT"],
                           [2, 3, 0, 5, 3, 5, 9, 9, 5, 3], ["det", "nsubj", "root", "case", "obl", "nummod", "cc", "compound", "conj", "punct"])
        #expect(Self.check(p, "Highway")?.message == "leaves '41' of its name 'Highway 41' outside")
        #expect(Self.check(p, "Highway 41")?.message.contains("41") != true)
        // A score after a team is no part of its name.
        let q = Self.parse(["Denver", "beat", "the", "Panthers", "24", "–", "10", "."],
                           ["PROPN", "VERB", "DET", "PROPN", "NUM", "SYM", "NUM", "PUNCT"],
                           [2, 0, 4, 2, 2, 7, 5, 2], ["nsubj", "root", "det", "obj", "obj", "case", "nmod", "punct"])
        #expect(Self.check(q, "Panthers") == nil)
    }

    @Test func aTitleAfterACapitalisedTheGoesOnThroughASmallWord() {
        // "Fans were satirised on The Chaser 's War on Everything ."
        let p = Self.parse(["Fans", "were", "satirised", "on", "The", "Chaser", "'s", "War", "on", "Everything", "."],
                           ["NOUN", "AUX", "VERB", "ADP", "DET", "PROPN", "PART", "PROPN", "ADP", "PROPN", "PUNCT"],
                           [3, 3, 0, 8, 6, 8, 6, 3, 10, 8, 3], ["nsubj:pass", "aux:pass", "root", "case", "det", "nmod:poss", "case", "obl", "case", "nmod", "punct"])
        #expect(Self.check(p, "Chaser 's War")?.message == "leaves 'on Everything' of the title beginning 'The' outside")
        #expect(Self.check(p, "Chaser 's War on Everything")?.message.contains("title beginning") != true)
    }

    @Test func aTitleMarkedByACapitalisedCommonWordGoesOn() {
        // "Seven Days to the River Rhine was a war plan ."
        var p = Self.parse(["Seven", "Days", "to", "the", "River", "Rhine", "was", "a", "war", "plan", "."],
                           ["NUM", "NOUN", "ADP", "DET", "PROPN", "PROPN", "AUX", "DET", "NOUN", "NOUN", "PUNCT"],
                           [2, 10, 6, 6, 6, 2, 10, 10, 10, 0, 10],
                           ["nummod", "nsubj", "case", "det", "compound", "nmod", "cop", "det", "compound", "root", "punct"])
        p.xpos[1] = "NNS"
        #expect(Self.check(p, "Seven Days")?.message == "leaves 'to the River' of its title outside")
        // "Frescoes include Industrial Arts Applied to Peace ."
        let q = Self.parse(["Frescoes", "include", "Industrial", "Arts", "Applied", "to", "Peace", "."],
                           ["NOUN", "VERB", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                           [2, 0, 4, 2, 4, 7, 5, 2], ["nsubj", "root", "compound", "obj", "acl", "case", "obl", "punct"])
        #expect(Self.check(q, "Peace")?.message == "leaves 'Applied to' of its title outside")
        // An adjective in a name is no mark of a title: "The Cold War in Europe lasted until 1989 ."
        let r = Self.parse(["The", "Cold", "War", "in", "Europe", "lasted", "until", "1989", "."],
                           ["DET", "ADJ", "PROPN", "ADP", "PROPN", "VERB", "ADP", "NUM", "PUNCT"],
                           [3, 3, 6, 5, 3, 0, 8, 6, 6], ["det", "amod", "nsubj", "case", "nmod", "root", "case", "obl", "punct"])
        #expect(Self.check(r, "Cold War") == nil)
        // Nor a plural noun before the blank that the blank does not hang on: "Disney sold papers to Capital Cities to
        // Knight Ridder ." (the second "to" goes with the verb).
        var t = Self.parse(["Disney", "sold", "papers", "to", "Capital", "Cities", "to", "Knight", "Ridder", "."],
                           ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
                           [2, 0, 2, 6, 6, 2, 8, 2, 8, 2], ["nsubj", "root", "obj", "case", "compound", "obl", "case", "obl", "flat", "punct"])
        t.xpos[5] = "NNS"
        #expect(Self.check(t, "Knight Ridder") == nil)
    }

    @Test func aNumberInWordsAfterInCountsNothing() {
        // "Chloroplasts occasionally pinch in two to reproduce ."
        let p = Self.parse(["Chloroplasts", "occasionally", "pinch", "in", "two", "to", "reproduce", "."],
                           ["NOUN", "ADV", "VERB", "ADP", "NUM", "PART", "VERB", "PUNCT"],
                           [3, 3, 0, 5, 3, 7, 3, 3], ["nsubj", "advmod", "root", "case", "obl", "mark", "advcl", "punct"])
        #expect(Self.check(p, "two")?.rule == .vagueAnswer)
        // A count of something passes: "in two parts".
        let q = Self.parse(["It", "splits", "in", "two", "parts", "."], ["PRON", "VERB", "ADP", "NUM", "NOUN", "PUNCT"],
                           [2, 0, 5, 5, 2, 2], ["nsubj", "root", "case", "nummod", "obl", "punct"])
        #expect(Self.check(q, "two parts")?.message.contains("divided") != true)
        // "They have membranes outside of the original two ."
        let r = Self.parse(["They", "have", "membranes", "outside", "of", "the", "original", "two", "."],
                           ["PRON", "VERB", "NOUN", "ADV", "ADP", "DET", "ADJ", "NUM", "PUNCT"],
                           [2, 0, 2, 3, 8, 8, 8, 4, 2], ["nsubj", "root", "obj", "advmod", "case", "det", "amod", "obl", "punct"])
        #expect(Self.check(r, "two")?.message == "is vague: 'two' stands for things the card does not name")
    }

    @Test func aNameThatAnAmpersandGoesOnFails() {
        // "Disney denied rumors started by Caris & Co. ."
        let p = Self.parse(["Disney", "denied", "rumors", "started", "by", "Caris", "&", "Co.", "."],
                           ["PROPN", "VERB", "NOUN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                           [2, 0, 2, 3, 6, 4, 8, 6, 2], ["nsubj", "root", "obj", "acl", "case", "obl:agent", "cc", "conj", "punct"])
        #expect(Self.check(p, "Caris")?.message == "leaves '& Co.' of its name outside")
        #expect(Self.check(p, "Co.")?.message == "leaves 'Caris &' of its name outside")
        #expect(Self.check(p, "Caris & Co.") == nil)
    }

    @Test func examplesAreNoAnswers() {
        // "Factors ( for example , temperature and light ) matter ."
        let p = Self.parse(["Factors", "(", "for", "example", ",", "temperature", "and", "light", ")", "matter", "."],
                           ["NOUN", "PUNCT", "ADP", "NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN", "PUNCT", "VERB", "PUNCT"],
                           [10, 4, 4, 1, 6, 4, 8, 6, 4, 0, 10], ["nsubj", "punct", "case", "nmod", "punct", "appos", "cc", "conj", "punct", "root", "punct"])
        #expect(Self.check(p, "example , temperature and light")?.message.contains("'for example'") == true)
        // "The instance is a number ( e.g. 15 ) ." / "Two fermions ( e.g. electrons ) repel ."
        let q = Self.parse(["The", "instance", "is", "a", "number", "(", "e.g.", "15", ")", "."],
                           ["DET", "NOUN", "AUX", "DET", "NOUN", "PUNCT", "ADV", "NUM", "PUNCT", "PUNCT"],
                           [2, 5, 5, 5, 0, 8, 8, 5, 8, 5], ["det", "nsubj", "cop", "det", "root", "punct", "advmod", "appos", "punct", "punct"])
        #expect(Self.check(q, "15")?.rule == .vagueAnswer)
        let r = Self.parse(["Two", "fermions", "(", "e.g.", "electrons", ")", "repel", "."], ["NUM", "NOUN", "PUNCT", "ADV", "NOUN", "PUNCT", "VERB", "PUNCT"],
                           [2, 7, 5, 5, 2, 5, 0, 7], ["nummod", "nsubj", "punct", "advmod", "appos", "punct", "root", "punct"])
        #expect(Self.check(r, "electrons")?.message.contains("example") != true)
    }

    @Test func aCapitalisedAdverbIsNoName() {
        // "( Incongruously , Chinatown was Japanese ) ." / "Beverly , a town , grew ."
        let p = Self.parse(["(", "Incongruously", ",", "Chinatown", "was", "Japanese", ")", "."],
                           ["PUNCT", "PROPN", "PUNCT", "PROPN", "AUX", "ADJ", "PUNCT", "PUNCT"],
                           [6, 6, 6, 6, 6, 0, 6, 6], ["punct", "obl", "punct", "nsubj", "cop", "root", "punct", "punct"])
        #expect(Self.check(p, "Incongruously")?.message.contains("adverb") == true)
        let q = Self.parse(["Beverly", ",", "a", "town", ",", "grew", "."], ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
                           [6, 4, 4, 1, 6, 0, 6], ["nsubj", "punct", "det", "appos", "punct", "root", "punct"])
        #expect(Self.check(q, "Beverly")?.message.contains("adverb") != true)
    }

    @Test func oneEndOfARangeOfTimesFails() {
        // "It is open 6 am to 7 pm ." as the model reads it.
        let p = Self.parse(["It", "is", "open", "6", "am", "to", "7", "pm", "."], ["PRON", "AUX", "ADJ", "NUM", "NOUN", "ADP", "NUM", "NOUN", "PUNCT"],
                           [3, 3, 0, 3, 4, 8, 4, 7, 3], ["nsubj", "cop", "root", "obj", "nmod:unmarked", "case", "nmod", "nmod:unmarked", "punct"])
        #expect(Self.check(p, "7 pm")?.message.contains("range '6 am to 7 pm'") == true, "\(String(describing: Self.check(p, "7 pm")))")
        #expect(Self.check(p, "6 am")?.message.contains("range") == true)
    }

    @Test func aNameJoinedByAColonIsOneWord() {
        // "It was re-branded from NTL:Telewest ."
        let text = "It was re-branded from NTL:Telewest ."
        let p = Self.parse(text: text, ["It", "was", "re-branded", "from", "NTL", ":", "Telewest", "."],
                           ["PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"],
                           [3, 3, 0, 5, 3, 7, 5, 3], ["nsubj:pass", "aux:pass", "root", "case", "obl", "punct", "appos", "punct"])
        #expect(Self.check(text: text, p, "NTL")?.rule == .blankPhrase)
        #expect(Self.check(text: text, p, "Telewest")?.rule == .blankPhrase)
    }

    @Test func anAbbreviationTheWordsBeforeItSpellIsGivenAway() {
        // "It had a set top box ( STB ) ." / "It had a dish ( LNB ) ."
        let p = Self.parse(["It", "had", "a", "set", "top", "box", "(", "STB", ")", "."],
                           ["PRON", "VERB", "DET", "NOUN", "NOUN", "NOUN", "PUNCT", "PROPN", "PUNCT", "PUNCT"],
                           [2, 0, 6, 6, 6, 2, 8, 6, 8, 2], ["nsubj", "root", "det", "compound", "compound", "obj", "punct", "appos", "punct", "punct"])
        #expect(Self.check(p, "STB")?.message.contains("'set top box'") == true)
        let q = Self.parse(["It", "had", "a", "dish", "(", "LNB", ")", "."], ["PRON", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "PUNCT"],
                           [2, 0, 4, 2, 6, 4, 6, 2], ["nsubj", "root", "det", "obj", "punct", "appos", "punct", "punct"])
        #expect(Self.check(q, "LNB") == nil)
        // A plural's "s" aside: "It used private finance initiatives ( PFIs ) ."
        let r = Self.parse(["It", "used", "private", "finance", "initiatives", "(", "PFIs", ")", "."],
                           ["PRON", "VERB", "ADJ", "NOUN", "NOUN", "PUNCT", "PROPN", "PUNCT", "PUNCT"],
                           [2, 0, 5, 5, 2, 7, 5, 7, 2], ["nsubj", "root", "amod", "compound", "obj", "punct", "appos", "punct", "punct"])
        #expect(Self.check(r, "PFIs")?.message.contains("'private finance initiatives'") == true)
    }

    @Test func aUnitWithoutItsNumberFails() {
        // "It tunes ( 10.600 GHz ) ." as the model hangs it (the unit on the number).
        let p = Self.parse(["It", "tunes", "(", "10.600", "GHz", ")", "."], ["PRON", "VERB", "PUNCT", "NUM", "PROPN", "PUNCT", "PUNCT"],
                           [2, 0, 4, 2, 4, 4, 2], ["nsubj", "root", "punct", "obl", "nmod:unmarked", "punct", "punct"])
        #expect(Self.check(p, "GHz")?.message.contains("'10.600'") == true)
        #expect(Self.check(p, "10.600 GHz") == nil)
    }

    @Test func partOfATitleWithAColonFails() {
        // "Then Extreme Makeover: Home Edition became the last ." / "It holds art of East Asia: China , Japan and Korea ."
        let text = "Then Extreme Makeover: Home Edition became the last ."
        let p = Self.parse(text: text, ["Then", "Extreme", "Makeover", ":", "Home", "Edition", "became", "the", "last", "."],
                           ["ADV", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "ADJ", "PUNCT"],
                           [7, 3, 7, 6, 6, 3, 0, 9, 7, 7], ["advmod", "compound", "nsubj", "punct", "compound", "appos", "root", "det", "xcomp", "punct"])
        #expect(Self.check(text: text, p, "Home Edition")?.message.contains("title") == true)
        #expect(Self.check(text: text, p, "Extreme Makeover")?.message.contains("title") == true)
        let list = "It holds art of East Asia: China , Japan and Korea ."
        let q = Self.parse(text: list, ["It", "holds", "art", "of", "East", "Asia", ":", "China", ",", "Japan", "and", "Korea", "."],
                           ["PRON", "VERB", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                           [2, 0, 2, 6, 6, 3, 8, 6, 10, 8, 12, 8, 2],
                           ["nsubj", "root", "obj", "case", "compound", "nmod", "punct", "appos", "punct", "conj", "cc", "conj", "punct"])
        #expect(Self.check(text: list, q, "East Asia")?.message.contains("title") != true)
    }

    @Test func aMiddleItemWithABracketAfterItFails() {
        // "It holds the Academy Awards , Emmy Awards ( rotated yearly ) , Music Awards and the Parade ." with the items
        // hung as appositions.
        let p = Self.parse(["It", "holds", "the", "Academy", "Awards", ",", "Emmy", "Awards", "(", "rotated", "yearly", ")", ",", "Music", "Awards",
                            "and", "the", "Parade", "."],
                           ["PRON", "VERB", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "ADV", "PUNCT", "PUNCT", "PROPN",
                            "PROPN", "CCONJ", "DET", "PROPN", "PUNCT"],
                           [2, 0, 5, 5, 2, 8, 8, 5, 10, 8, 10, 10, 15, 15, 5, 18, 18, 15, 2],
                           ["nsubj", "root", "det", "compound", "obj", "punct", "compound", "appos", "punct", "acl", "advmod", "punct", "punct",
                            "compound", "appos", "cc", "det", "conj", "punct"])
        #expect(Self.check(p, "Emmy Awards")?.rule == .listSlot)
    }

    @Test func aRankOrSizeLeadingCommonNounsIsVague() {
        // "It has the busiest stations ." / "Hinduism is the fastest growing religion ." / "It has small crustaceans ." and
        // terms that pass: "It has primary chloroplasts ." / "It has higher education ."
        func sentence(_ words: [String], _ xpos: [String]) -> ParsedSentence {
            let upos = xpos.map { ["JJS": "ADJ", "JJR": "ADJ", "JJ": "ADJ", "NNS": "NOUN", "NN": "NOUN", "VBG": "VERB"][$0] ?? $0 }
            let n = words.count
            // "It has the … NOUN ." with every word before the noun hung on it.
            let heads = (0..<n).map { $0 == 0 ? 2 : $0 == 1 ? 0 : $0 == n - 1 ? 2 : $0 == n - 2 ? 2 : n - 1 }
            let relations = (0..<n).map { $0 == 0 ? "nsubj" : $0 == 1 ? "root" : $0 == n - 1 ? "punct" : $0 == n - 2 ? "obj"
                                                : upos[$0] == "DET" ? "det" : "amod" }
            var tokens: [SyntaxToken] = [], at = 0
            for w in words { tokens.append(SyntaxToken(form: w, start: at, end: at + w.utf8.count)); at += w.utf8.count + 1 }
            return ParsedSentence(tokens: tokens, upos: upos, xpos: xpos, heads: heads, relations: relations)
        }
        let busiest = sentence(["It", "has", "the", "busiest", "stations", "."], ["PRON", "VERB", "DET", "JJS", "NNS", "PUNCT"])
        #expect(Self.check(busiest, "busiest stations")?.message.contains("rank") == true)
        let fastest = sentence(["It", "has", "the", "fastest", "growing", "religion", "."], ["PRON", "VERB", "DET", "JJS", "VBG", "NN", "PUNCT"])
        #expect(Self.check(fastest, "fastest growing religion")?.message.contains("rank") == true)
        let small = sentence(["It", "has", "small", "crustaceans", "."], ["PRON", "VERB", "JJ", "NNS", "PUNCT"])
        #expect(Self.check(small, "small crustaceans")?.message.contains("rank") == true)
        let primary = sentence(["It", "has", "primary", "chloroplasts", "."], ["PRON", "VERB", "JJ", "NNS", "PUNCT"])
        #expect(Self.check(primary, "primary chloroplasts")?.message.contains("rank") != true)
        let higher = sentence(["It", "has", "higher", "education", "."], ["PRON", "VERB", "JJR", "NN", "PUNCT"])
        #expect(Self.check(higher, "higher education")?.message.contains("rank") != true)
    }

    @Test func anOrdinalBeforeACommonNounIsVague() {
        // "He was the first physician to write ." / "He had first aid kits ." (a blank that stops before its noun fails
        // otherwise: the ordinal rule needs what comes after the blank to say "which").
        let p = Self.parse(["He", "was", "the", "first", "physician", "to", "write", "."], ["PRON", "AUX", "DET", "ADJ", "NOUN", "PART", "VERB", "PUNCT"],
                           [5, 5, 5, 5, 0, 7, 5, 5], ["nsubj", "cop", "det", "amod", "root", "mark", "acl", "punct"])
        #expect(Self.check(p, "first physician")?.message.contains("order") == true)
        let q = Self.parse(["He", "gave", "first", "aid", "."], ["PRON", "VERB", "ADJ", "NOUN", "PUNCT"],
                           [2, 0, 4, 2, 2], ["nsubj", "root", "amod", "obj", "punct"])
        #expect(Self.check(q, "first aid") == nil)
    }

    @Test func anOwnerWithWordsOfItsOwnBeforeAVagueNounIsVague() {
        // "The clinical pharmacist 's role grows ." / "It sits in the red alga 's cytoplasm ."
        let p = Self.parse(["The", "clinical", "pharmacist", "'s", "role", "grows", "."], ["DET", "ADJ", "NOUN", "PART", "NOUN", "VERB", "PUNCT"],
                           [3, 3, 5, 3, 6, 0, 6], ["det", "amod", "nmod:poss", "case", "nsubj", "root", "punct"])
        #expect(Self.check(p, "clinical pharmacist 's role")?.message.contains("whose and what") == true)
        let q = Self.parse(["It", "sits", "in", "the", "red", "alga", "'s", "cytoplasm", "."], ["PRON", "VERB", "ADP", "DET", "ADJ", "NOUN", "PART", "NOUN", "PUNCT"],
                           [2, 0, 8, 6, 6, 8, 6, 2, 2], ["nsubj", "root", "case", "det", "amod", "nmod:poss", "case", "obl", "punct"])
        #expect(Self.check(q, "red alga 's cytoplasm") == nil)
    }

    @Test func aNamingNounWithWordsBeforeItStaysOutside() {
        // "It comes from its root word pharma ."
        let p = Self.parse(["It", "comes", "from", "its", "root", "word", "pharma", "."], ["PRON", "VERB", "ADP", "PRON", "NOUN", "NOUN", "NOUN", "PUNCT"],
                           [2, 0, 7, 7, 6, 7, 2, 2], ["nsubj", "root", "case", "nmod:poss", "compound", "compound", "obl", "punct"])
        #expect(Self.check(p, "root word pharma")?.message.contains("'root word'") == true)
        #expect(Self.check(p, "pharma") == nil)
    }

    @Test func aBlankInsideABracketThatTellsTheReaderToLookIsAReference() {
        // "Students left ( see List of schools in Mississippi ) ." / "Students left ( mostly in Mississippi ) ."
        let p = Self.parse(["Students", "left", "(", "see", "List", "of", "schools", "in", "Mississippi", ")", "."],
                           ["NOUN", "VERB", "PUNCT", "VERB", "PROPN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PUNCT"],
                           [2, 0, 4, 2, 4, 7, 5, 9, 7, 4, 2], ["nsubj", "root", "punct", "parataxis", "obj", "case", "nmod", "case", "nmod", "punct", "punct"])
        #expect(Self.check(p, "Mississippi")?.rule == .authorVoice)
        let q = Self.parse(["Students", "left", "(", "mostly", "in", "Mississippi", ")", "."], ["NOUN", "VERB", "PUNCT", "ADV", "ADP", "PROPN", "PUNCT", "PUNCT"],
                           [2, 0, 6, 6, 6, 2, 6, 2], ["nsubj", "root", "punct", "advmod", "case", "obl", "punct", "punct"])
        #expect(Self.check(q, "Mississippi") == nil)
    }

    @Test func oneEndOfARangeWithThroughFails() {
        // "It offers years 7 through 12 ."
        let p = Self.parse(["It", "offers", "years", "7", "through", "12", "."], ["PRON", "VERB", "NOUN", "NUM", "ADP", "NUM", "PUNCT"],
                           [2, 0, 2, 3, 6, 4, 2], ["nsubj", "root", "obj", "nummod", "case", "nmod", "punct"])
        #expect(Self.check(p, "12")?.message.contains("range '7 through 12'") == true)
    }

    @Test func aDescriptionBeforeANameIsNoPartOfTheAnswer() {
        // "Wesley appointed fellow priest Thomas Coke ." / "It lies in central England ." / "It holds chloroplast DNA ."
        let p = Self.parse(["Wesley", "appointed", "fellow", "priest", "Thomas", "Coke", "."], ["PROPN", "VERB", "ADJ", "NOUN", "PROPN", "PROPN", "PUNCT"],
                           [2, 0, 4, 5, 2, 5, 2], ["nsubj", "root", "amod", "compound", "obj", "flat", "punct"])
        #expect(Self.check(p, "fellow priest Thomas Coke")?.message.contains("description 'fellow priest'") == true)
        #expect(Self.check(p, "Thomas Coke") == nil)
        let q = Self.parse(["It", "lies", "in", "central", "England", "."], ["PRON", "VERB", "ADP", "ADJ", "PROPN", "PUNCT"],
                           [2, 0, 5, 5, 2, 2], ["nsubj", "root", "case", "amod", "obl", "punct"])
        #expect(Self.check(q, "central England") == nil)
        let r = Self.parse(["It", "holds", "chloroplast", "DNA", "."], ["PRON", "VERB", "NOUN", "PROPN", "PUNCT"],
                           [2, 0, 4, 2, 2], ["nsubj", "root", "compound", "obj", "punct"])
        #expect(Self.check(r, "chloroplast DNA") == nil)
        // An abbreviation after a kind of body is a name all the same: "It bought cable sports channel ESPN ."
        let e = Self.parse(["It", "bought", "cable", "sports", "channel", "ESPN", "."], ["PRON", "VERB", "NOUN", "NOUN", "NOUN", "PROPN", "PUNCT"],
                           [2, 0, 5, 5, 6, 2, 2], ["nsubj", "root", "compound", "compound", "compound", "obj", "punct"])
        #expect(Self.check(e, "cable sports channel ESPN")?.message.contains("description 'cable sports channel'") == true)
        #expect(Self.check(e, "ESPN") == nil)
    }

    @Test func aPronunciationIsNoAnswer() {
        // "Fresno ( / ˈfrɛznoʊ / FREZ - noh ) is a city ." / "Fresno ( FREZ ) is a city ."
        let p = Self.parse(["Fresno", "(", "/", "ˈfrɛznoʊ", "/", "FREZ", "-", "noh", ")", "is", "a", "city", "."],
                           ["PROPN", "PUNCT", "PUNCT", "NOUN", "PUNCT", "PROPN", "PUNCT", "NOUN", "PUNCT", "AUX", "DET", "NOUN", "PUNCT"],
                           [12, 4, 4, 1, 4, 4, 8, 6, 4, 12, 12, 0, 12],
                           ["nsubj", "punct", "punct", "appos", "punct", "appos", "punct", "compound", "punct", "cop", "det", "root", "punct"])
        #expect(Self.check(p, "FREZ - noh")?.message.contains("pronunciation") == true)
        let q = Self.parse(["Fresno", "(", "FREZ", ")", "is", "a", "city", "."], ["PROPN", "PUNCT", "PROPN", "PUNCT", "AUX", "DET", "NOUN", "PUNCT"],
                           [7, 3, 1, 3, 7, 7, 0, 7], ["nsubj", "punct", "appos", "punct", "cop", "det", "root", "punct"])
        #expect(Self.check(q, "FREZ")?.message.contains("pronunciation") != true)
    }

    @Test func aTitleBeforeAColonAndAnArticleIsCut() {
        // "It cites Star Trek: The Next Generation often ."
        let text = "It cites Star Trek: The Next Generation often ."
        let p = Self.parse(text: text, ["It", "cites", "Star", "Trek", ":", "The", "Next", "Generation", "often", "."],
                           ["PRON", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "PROPN", "ADV", "PUNCT"],
                           [2, 0, 4, 2, 8, 8, 8, 4, 2, 2], ["nsubj", "root", "compound", "obj", "punct", "det", "amod", "appos", "advmod", "punct"])
        #expect(Self.check(text: text, p, "Star Trek")?.message.contains("title") == true)
    }

    @Test func theYearOfACitationIsNoFact() {
        // "As Fortnow & Homer ( 2003 ) point out , it grew ." / "The Taiho Code ( 701 ) and the Yoro Code ( 718 ) set it ."
        let p = Self.parse(["As", "Fortnow", "&", "Homer", "(", "2003", ")", "point", "out", ",", "it", "grew", "."],
                           ["ADP", "PROPN", "CCONJ", "NOUN", "PUNCT", "NUM", "PUNCT", "NOUN", "ADV", "PUNCT", "PRON", "VERB", "PUNCT"],
                           [2, 12, 4, 2, 6, 2, 6, 2, 8, 12, 12, 0, 12],
                           ["case", "obl", "cc", "conj", "punct", "appos", "punct", "dep", "advmod", "punct", "nsubj", "root", "punct"])
        #expect(Self.check(p, "2003")?.rule == .citation)
        let q = Self.parse(["The", "Taiho", "Code", "(", "1701", ")", "and", "the", "Yoro", "Code", "set", "it", "."],
                           ["DET", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "CCONJ", "DET", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"],
                           [3, 3, 11, 5, 3, 5, 10, 10, 10, 3, 0, 11, 11],
                           ["det", "compound", "nsubj", "punct", "appos", "punct", "cc", "det", "compound", "conj", "root", "obj", "punct"])
        #expect(Self.check(q, "1701")?.rule != .citation)
    }

    @Test func aBlankEndingOnAFunctionsNameIsPartOfAFormula() {
        // "It takes time O(n2) here ."
        let text = "It takes time O(n2) here ."
        let p = Self.parse(text: text, ["It", "takes", "time", "O", "(", "n2", ")", "here", "."],
                           ["PRON", "VERB", "NOUN", "PROPN", "PUNCT", "NOUN", "PUNCT", "ADV", "PUNCT"],
                           [2, 0, 2, 3, 6, 4, 6, 2, 2], ["nsubj", "root", "obj", "appos", "punct", "appos", "punct", "advmod", "punct"])
        #expect(Self.check(text: text, p, "time O")?.message.contains("formula") == true)
    }

    @Test func aNumberAfterACapitalisedWordIsPartOfItsName() {
        // "They built Interstate 5 there ." / "It aired on Christmas Day 2006 ."
        let p = Self.parse(["They", "built", "Interstate", "5", "there", "."], ["PRON", "VERB", "PROPN", "NUM", "ADV", "PUNCT"],
                           [2, 0, 2, 3, 2, 2], ["nsubj", "root", "obj", "nummod", "advmod", "punct"])
        #expect(Self.check(p, "5")?.message.contains("'Interstate 5'") == true)
        let q = Self.parse(["It", "aired", "on", "Christmas", "Day", "2006", "."], ["PRON", "VERB", "ADP", "PROPN", "PROPN", "NUM", "PUNCT"],
                           [2, 0, 5, 5, 2, 5, 2], ["nsubj", "root", "case", "compound", "obl", "nummod", "punct"])
        #expect(Self.check(q, "2006")?.message.contains("part of the name") != true)
    }

    @Test func aNumberWithoutItsFeetMarkFails() {
        // "It has sidewalks ( up to 28' wide ) ."
        let text = "It has sidewalks ( up to 28' wide ) ."
        let p = Self.parse(text: text, ["It", "has", "sidewalks", "(", "up", "to", "28", "'", "wide", ")", "."],
                           ["PRON", "VERB", "NOUN", "PUNCT", "ADP", "ADP", "NUM", "PUNCT", "ADJ", "PUNCT", "PUNCT"],
                           [2, 0, 2, 7, 7, 7, 3, 7, 7, 7, 2], ["nsubj", "root", "obj", "punct", "case", "case", "nmod", "punct", "amod", "punct", "punct"])
        #expect(Self.check(text: text, p, "28")?.message.contains("measure") == true)
    }

    @Test func aMeasureWhoseValueTheSentenceGivesIsVague() {
        // "The average household size was 3.07 ." / "Detention is one of the commonest punishments ."
        let p = Self.parse(["The", "average", "household", "size", "was", "3.07", "."], ["DET", "ADJ", "NOUN", "NOUN", "AUX", "NUM", "PUNCT"],
                           [4, 4, 4, 6, 6, 0, 6], ["det", "amod", "compound", "nsubj", "cop", "root", "punct"])
        #expect(Self.check(p, "average household size")?.message.contains("value") == true)
        #expect(Self.check(p, "3.07") == nil)
        let q = Self.parse(["Detention", "is", "one", "of", "the", "commonest", "punishments", "."],
                           ["NOUN", "AUX", "NUM", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
                           [3, 3, 0, 7, 7, 7, 3, 3], ["nsubj", "cop", "root", "case", "det", "amod", "nmod", "punct"])
        #expect(Self.check(q, "Detention")?.message.contains("value") != true)
    }

    @Test func anItemsBracketDoesNotCountToItsLengthAndAnAppositionIsNoItem() {
        // "It has the Tower , the Power Building ( currently known as the Grand 1401 again ) , and the Hughes Hotel ." with
        // the last item hung as an apposition.
        let p = Self.parse(["It", "has", "the", "Tower", ",", "the", "Power", "Building", "(", "currently", "known", "as", "the", "Grand", "1401",
                            "again", ")", ",", "and", "the", "Hughes", "Hotel", "."],
                           ["PRON", "VERB", "DET", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "PUNCT", "ADV", "VERB", "ADP", "DET", "ADJ", "NUM",
                            "ADV", "PUNCT", "PUNCT", "CCONJ", "DET", "PROPN", "PROPN", "PUNCT"],
                           [2, 0, 4, 2, 8, 8, 8, 4, 11, 11, 8, 15, 15, 15, 11, 11, 11, 22, 22, 22, 22, 8, 2],
                           ["nsubj", "root", "det", "obj", "punct", "det", "compound", "conj", "punct", "advmod", "acl", "case", "det", "amod",
                            "obl", "advmod", "punct", "punct", "cc", "det", "compound", "appos", "punct"])
        #expect(Self.check(p, "Hughes Hotel")?.rule == .listSlot)
        // "It lies south of the capital , Sacramento , or 185 miles south of the coast ."
        let q = Self.parse(["It", "lies", "south", "of", "the", "capital", ",", "Sacramento", ",", "or", "185", "miles", "south", "of", "the", "coast", "."],
                           ["PRON", "VERB", "ADV", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "NUM", "NOUN", "ADV", "ADP", "DET",
                            "NOUN", "PUNCT"],
                           [2, 0, 2, 6, 6, 3, 8, 6, 13, 13, 12, 13, 3, 16, 16, 13, 2],
                           ["nsubj", "root", "advmod", "case", "det", "obl", "punct", "appos", "punct", "cc", "nummod", "obl:npmod", "conj",
                            "case", "det", "obl", "punct"])
        #expect(Self.check(q, "Sacramento")?.rule != .listSlot)
    }

    @Test func aBlankAfterHowHoldsAClause() {
        // "Complexity theory is interested in how algorithms scale with an increase in the input size ." as the model reads it.
        let p = Self.parse(["Complexity", "theory", "is", "interested", "in", "how", "algorithms", "scale", "with", "an", "increase", "in", "the",
                            "input", "size", "."],
                           ["PROPN", "NOUN", "AUX", "ADJ", "SCONJ", "ADV", "ADV", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "NOUN", "PUNCT"],
                           [2, 4, 4, 0, 8, 7, 8, 4, 11, 11, 4, 15, 15, 15, 11, 4],
                           ["compound", "nsubj", "cop", "root", "case", "advmod", "amod", "obl", "case", "det", "obl", "case", "det", "compound",
                            "nmod", "punct"])
        #expect(Self.check(p, "algorithms scale")?.rule == .blankPhrase)
        #expect(Self.check(p, "algorithms scale")?.message.contains("'how'") == true)
        #expect(Self.check(p, "input size") == nil)
        // "It is why Newton 's laws are easier to see ." keeps the clause's subject: its verb follows it.
        let q = Self.parse(["It", "is", "why", "Newton", "'s", "laws", "are", "easier", "to", "see", "."],
                           ["PRON", "AUX", "ADV", "PROPN", "PART", "NOUN", "AUX", "ADJ", "PART", "VERB", "PUNCT"],
                           [3, 3, 0, 6, 4, 8, 8, 3, 10, 8, 3],
                           ["nsubj", "cop", "root", "nmod:poss", "case", "nsubj", "cop", "advcl", "mark", "xcomp", "punct"])
        #expect(Self.check(q, "Newton 's laws") == nil)
    }

    @Test func aListEndsAfterTheItemItsConjunctionBrings() {
        // "Those planned for Chico , Sacramento , Salinas , and Stockton , the Federal Communications Commission decided
        // otherwise ." as the model reads it (the commission a conjunct of the towns).
        let p = Self.parse(["Those", "planned", "for", "Chico", ",", "Sacramento", ",", "Salinas", ",", "and", "Stockton", ",", "the", "Federal",
                            "Communications", "Commission", "decided", "otherwise", "."],
                           ["PRON", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PROPN", "PUNCT", "DET", "ADJ",
                            "PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
                           [17, 1, 4, 2, 6, 4, 8, 4, 11, 11, 4, 16, 16, 15, 16, 4, 0, 17, 17],
                           ["nsubj", "acl", "case", "obl", "punct", "conj", "punct", "conj", "punct", "cc", "conj", "punct", "det", "amod",
                            "compound", "conj", "root", "advmod", "punct"])
        let runOn = Self.check(p, "Chico , Sacramento , Salinas , and Stockton , the Federal Communications Commission")
        #expect(runOn?.rule == .blankPhrase)
        #expect(runOn?.message.contains("runs past the end of its list") == true)
        #expect(Self.check(p, "Chico , Sacramento , Salinas , and Stockton")?.message.contains("runs past") != true)
        // "It holds buildings including Sever Hall and University Hall , Memorial Church , and dormitories ."
        let q = Self.parse(["It", "holds", "buildings", "including", "Sever", "Hall", "and", "University", "Hall", ",", "Memorial", "Church", ",",
                            "and", "dormitories", "."],
                           ["PRON", "VERB", "NOUN", "VERB", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT",
                            "CCONJ", "NOUN", "PUNCT"],
                           [2, 0, 2, 6, 6, 3, 9, 9, 6, 12, 12, 6, 15, 15, 6, 2],
                           ["nsubj", "root", "obj", "case", "compound", "nmod", "cc", "compound", "conj", "punct", "compound", "conj", "punct",
                            "cc", "conj", "punct"])
        #expect(Self.check(q, "Sever Hall and University Hall , Memorial Church")?.message.contains("runs past the end of its list") == true)
        // "Bosnia and Herzegovina , Serbia and Croatia" ends on its last item.
        let r = Self.parse(["It", "borders", "Bosnia", "and", "Herzegovina", ",", "Serbia", "and", "Croatia", "."],
                           ["PRON", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                           [2, 0, 2, 5, 3, 7, 3, 9, 3, 2], ["nsubj", "root", "obj", "cc", "conj", "punct", "conj", "cc", "conj", "punct"])
        #expect(Self.check(r, "Bosnia and Herzegovina , Serbia and Croatia")?.message.contains("runs past") != true)
    }

    @Test func aCapitalisedWordAfterANameGoesOnWithItWhateverItsTag() {
        // "It was the site of the Florida Old Confederate Soldiers and Sailors Home with a cemetery ." with "Home" read as
        // an adverb.
        let p = Self.parse(["It", "was", "the", "site", "of", "the", "Florida", "Old", "Confederate", "Soldiers", "and", "Sailors", "Home", "with",
                            "a", "cemetery", "."],
                           ["PRON", "AUX", "DET", "NOUN", "ADP", "DET", "PROPN", "ADJ", "PROPN", "NOUN", "CCONJ", "NOUN", "ADV", "ADP", "DET",
                            "NOUN", "PUNCT"],
                           [4, 4, 4, 0, 10, 10, 9, 9, 10, 4, 12, 10, 10, 16, 16, 10, 4],
                           ["nsubj", "cop", "det", "root", "case", "det", "compound", "amod", "compound", "nmod", "cc", "conj", "advmod", "case",
                            "det", "nmod", "punct"])
        #expect(Self.check(p, "Florida Old Confederate Soldiers and Sailors")?.message.contains("stops before 'Home'") == true)
        // "The ESPN Deportes Spanish broadcast was made available ." with "Deportes" read as the verb.
        let q = Self.parse(["The", "ESPN", "Deportes", "Spanish", "broadcast", "was", "made", "available", "."],
                           ["DET", "PROPN", "VERB", "ADJ", "NOUN", "AUX", "VERB", "ADJ", "PUNCT"],
                           [2, 3, 0, 5, 7, 7, 3, 7, 3], ["det", "nsubj", "root", "amod", "nsubj:pass", "aux:pass", "ccomp", "xcomp", "punct"])
        #expect(Self.check(q, "ESPN")?.message.contains("stops before 'Deportes'") == true)
    }

    @Test func anAdjectiveAVerbSaysOfItsObjectIsNoPartOfIt() {
        // "Many teachers find the students unmanageable ." with the adjective read as the object's modifier.
        let p = Self.parse(["Many", "teachers", "find", "the", "students", "unmanageable", "."], ["ADJ", "NOUN", "VERB", "DET", "NOUN", "ADJ", "PUNCT"],
                           [2, 3, 0, 5, 3, 5, 3], ["amod", "nsubj", "root", "det", "obj", "amod", "punct"])
        #expect(Self.check(p, "students unmanageable")?.message.contains("'find' says of the answer") == true)
        // "They sell the fresh bread ." keeps its adjective before the noun.
        let q = Self.parse(["They", "make", "the", "fresh", "bread", "."], ["PRON", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
                           [2, 0, 5, 5, 2, 2], ["nsubj", "root", "det", "amod", "obj", "punct"])
        #expect(Self.check(q, "fresh bread")?.message.contains("says of the answer") != true)
    }

    @Test func aVagueWordOnTheBlanksNounFurtherInIsVague() {
        // "Doctor Who has appeared on stage numerous times ." as the model reads it.
        let p = Self.parse(["Doctor", "Who", "has", "appeared", "on", "stage", "numerous", "times", "."],
                           ["NOUN", "PRON", "AUX", "VERB", "ADP", "NOUN", "ADJ", "NOUN", "PUNCT"],
                           [0, 4, 4, 1, 8, 8, 8, 4, 1], ["root", "nsubj", "aux", "acl:relcl", "case", "compound", "amod", "obl", "punct"])
        #expect(Self.check(p, "stage numerous times")?.rule == .vagueAnswer)
        // "The logo was an updated version of the logo used for the Third Doctor ."
        let q = Self.parse(["The", "logo", "was", "an", "updated", "version", "of", "the", "logo", "used", "for", "the", "Third", "Doctor", "."],
                           ["DET", "NOUN", "AUX", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN", "VERB", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
                           [2, 6, 6, 6, 6, 0, 9, 9, 6, 9, 14, 14, 14, 10, 6],
                           ["det", "nsubj", "cop", "det", "amod", "root", "case", "det", "nmod", "acl", "case", "det", "amod", "obl", "punct"])
        #expect(Self.check(q, "version of the logo")?.message.contains("built on 'version'") == true)
    }

    @Test func aTimeCountedFromOneTheCardDoesNotGiveIsVague() {
        // "Ten years later , the first audio was released ." / "In 1965 , ten years later , it was released ."
        let p = Self.parse(["Ten", "years", "later", ",", "the", "first", "audio", "was", "released", "."],
                           ["NUM", "NOUN", "ADV", "PUNCT", "DET", "ADJ", "NOUN", "AUX", "VERB", "PUNCT"],
                           [2, 3, 9, 9, 7, 7, 9, 9, 0, 9], ["nummod", "obl:npmod", "advmod", "punct", "det", "amod", "nsubj:pass", "aux:pass", "root", "punct"])
        #expect(Self.check(p, "Ten years")?.message.contains("counts from a time") == true)
        let q = Self.parse(["In", "1965", ",", "ten", "years", "later", ",", "it", "was", "released", "."],
                           ["ADP", "NUM", "PUNCT", "NUM", "NOUN", "ADV", "PUNCT", "PRON", "AUX", "VERB", "PUNCT"],
                           [2, 10, 10, 5, 6, 10, 10, 10, 10, 0, 10],
                           ["case", "obl", "punct", "nummod", "obl:npmod", "advmod", "punct", "nsubj:pass", "aux:pass", "root", "punct"])
        #expect(Self.check(q, "ten years")?.message.contains("counts from a time") != true)
    }

    @Test func aPronounInsideTheBlankPointsBack() {
        // "It was not appreciated in the Anglican churches of their day ."
        let p = Self.parse(["It", "was", "not", "appreciated", "in", "the", "Anglican", "churches", "of", "their", "day", "."],
                           ["PRON", "AUX", "PART", "VERB", "ADP", "DET", "ADJ", "NOUN", "ADP", "PRON", "NOUN", "PUNCT"],
                           [4, 4, 4, 0, 8, 8, 8, 4, 11, 11, 8, 4],
                           ["nsubj:pass", "aux:pass", "advmod", "root", "case", "det", "amod", "obl", "case", "nmod:poss", "nmod", "punct"])
        #expect(Self.check(p, "Anglican churches of their day")?.message.contains("points back with 'their'") == true)
        // "He sailed with Jesus and his disciples ." names the referent first.
        let q = Self.parse(["He", "sailed", "with", "Jesus", "and", "his", "disciples", "."],
                           ["PRON", "VERB", "ADP", "PROPN", "CCONJ", "PRON", "NOUN", "PUNCT"],
                           [2, 0, 4, 2, 7, 7, 4, 2], ["nsubj", "root", "case", "obl", "cc", "nmod:poss", "conj", "punct"])
        #expect(Self.check(q, "Jesus and his disciples")?.message.contains("points back") != true)
    }

    @Test func anEverydayNounAloneIsVagueAndATermIsNot() {
        // "It is the responsibility of the states ." / "They contain structures called pyrenoids ." / "It is known as
        // conversion ."
        let known: Set<String> = ["responsibility", "structures", "conversion", "states"]
        func check(_ p: ParsedSentence, _ part: String) -> (rule: AuditRule, message: String)? {
            let sentence = p.tokens.map(\.form).joined(separator: " ")
            let start = sentence.utf8.distance(from: sentence.startIndex, to: sentence.range(of: part)!.lowerBound)
            return BlankCheck(parse: p, gap: start..<(start + part.utf8.count), everyday: { known.contains($0) }).problem
        }
        let p = Self.parse(["It", "is", "the", "responsibility", "of", "the", "states", "."],
                           ["PRON", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                           [4, 4, 4, 0, 7, 7, 4, 4], ["nsubj", "cop", "det", "root", "case", "det", "nmod", "punct"])
        #expect(check(p, "responsibility")?.rule == .vagueAnswer)
        #expect(Self.check(p, "responsibility") == nil)
        let q = Self.parse(["They", "contain", "structures", "called", "pyrenoids", "."], ["PRON", "VERB", "NOUN", "VERB", "NOUN", "PUNCT"],
                           [2, 0, 2, 3, 4, 2], ["nsubj", "root", "obj", "acl", "xcomp", "punct"])
        #expect(check(q, "pyrenoids") == nil)
        let r = Self.parse(["It", "is", "known", "as", "conversion", "."], ["PRON", "AUX", "VERB", "ADP", "NOUN", "PUNCT"],
                           [3, 3, 0, 5, 3, 3], ["nsubj:pass", "aux:pass", "root", "case", "obl", "punct"])
        #expect(check(r, "conversion") == nil)
    }

    @Test func aTimeCountedFromWhenTheTextWasWrittenIsVague() {
        // "Last year , 121,200 tonnes of pears were produced ."
        let p = Self.parse(["Last", "year", ",", "121,200", "tonnes", "of", "pears", "were", "produced", "."],
                           ["ADJ", "NOUN", "PUNCT", "NUM", "NOUN", "ADP", "NOUN", "AUX", "VERB", "PUNCT"],
                           [2, 9, 9, 5, 9, 7, 5, 9, 0, 9], ["amod", "obl:tmod", "punct", "nummod", "nsubj:pass", "case", "nmod", "aux:pass", "root", "punct"])
        #expect(Self.check(p, "Last year")?.message.contains("counts from when the text was written") == true)
        #expect(Self.check(p, "121,200 tonnes")?.message.contains("counts from when") != true)
        // "Subsequent animations made in 2013 include The Moonbase ."
        let q = Self.parse(["Subsequent", "animations", "made", "in", "2013", "include", "The", "Moonbase", "."],
                           ["ADJ", "NOUN", "VERB", "ADP", "NUM", "VERB", "DET", "PROPN", "PUNCT"],
                           [2, 6, 2, 5, 3, 0, 8, 6, 6], ["amod", "nsubj", "acl", "case", "obl", "root", "det", "obj", "punct"])
        #expect(Self.check(q, "Subsequent animations")?.rule == .vagueAnswer)
        // "In the following year , late night openings were introduced ."
        let r = Self.parse(["In", "the", "following", "year", ",", "late", "night", "openings", "were", "introduced", "."],
                           ["ADP", "DET", "VERB", "NOUN", "PUNCT", "ADJ", "NOUN", "NOUN", "AUX", "VERB", "PUNCT"],
                           [4, 4, 4, 10, 10, 8, 8, 10, 10, 0, 10],
                           ["case", "det", "amod", "obl", "punct", "amod", "compound", "nsubj:pass", "aux:pass", "root", "punct"])
        #expect(Self.check(r, "following year")?.message == "is vague: 'following' says little on its own")
        // "The serial introduced the eponymous aliens ." (whose name is the title's, not in the card).
        let e = Self.parse(["The", "serial", "introduced", "the", "eponymous", "aliens", "."],
                           ["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
                           [2, 3, 0, 6, 6, 3, 3], ["det", "nsubj", "root", "det", "amod", "obj", "punct"])
        #expect(Self.check(e, "eponymous aliens")?.message == "is vague: 'eponymous' says little on its own")
    }

    @Test func theLastItemAfterAConjunctionAndEvenIsASlot() {
        // "They took on functions like cell division , protein routing , and even disease resistance ." as the model
        // reads it.
        let p = Self.parse(["They", "took", "on", "functions", "like", "cell", "division", ",", "protein", "routing", ",", "and", "even", "disease",
                            "resistance", "."],
                           ["PRON", "VERB", "ADP", "NOUN", "ADP", "NOUN", "NOUN", "PUNCT", "NOUN", "NOUN", "PUNCT", "CCONJ", "ADV", "NOUN", "NOUN",
                            "PUNCT"],
                           [2, 0, 2, 2, 7, 7, 4, 10, 10, 7, 15, 15, 15, 15, 7, 2],
                           ["nsubj", "root", "compound:prt", "obj", "case", "compound", "nmod", "punct", "compound", "conj", "punct", "cc",
                            "advmod", "compound", "conj", "punct"])
        #expect(Self.check(p, "disease resistance")?.rule == .listSlot)
        // "There is a growing body of evidence that they work ."
        let q = Self.parse(["There", "is", "a", "growing", "body", "of", "evidence", "that", "they", "work", "."],
                           ["PRON", "VERB", "DET", "VERB", "NOUN", "ADP", "NOUN", "SCONJ", "PRON", "VERB", "PUNCT"],
                           [2, 0, 5, 5, 2, 7, 5, 10, 10, 5, 2], ["expl", "root", "det", "amod", "nsubj", "case", "nmod", "mark", "nsubj", "acl", "punct"])
        #expect(Self.check(q, "growing body of evidence")?.rule == .vagueAnswer)
    }

    @Test func aConversionOfAMeasureWrittenWithADashIsGivenAway() {
        // "A 25 - foot ( 7.6 m ) wall was built ." as the model reads it.
        let p = Self.parse(["A", "25", "-", "foot", "(", "7.6", "m", ")", "wall", "was", "built", "."],
                           ["DET", "NUM", "PUNCT", "NOUN", "PUNCT", "NUM", "NUM", "PUNCT", "NOUN", "AUX", "VERB", "PUNCT"],
                           [4, 4, 2, 11, 7, 7, 4, 7, 11, 11, 0, 11],
                           ["det", "nummod", "punct", "nsubj:pass", "punct", "nummod", "appos", "punct", "nsubj:pass", "aux:pass", "root", "punct"])
        #expect(Self.check(p, "7.6 m")?.rule == .answerGivenAway)
    }

    @Test func aCommaInsideABlankWithNoConjunctionJoinsTwoParts() {
        // "In order to compete with CNN , ABC proposed a news channel ."
        let p = Self.parse(["In", "order", "to", "compete", "with", "CNN", ",", "ABC", "proposed", "a", "news", "channel", "."],
                           ["ADP", "NOUN", "PART", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"],
                           [2, 9, 4, 2, 6, 4, 8, 6, 0, 12, 12, 9, 9],
                           ["case", "obl", "mark", "acl", "case", "obl", "punct", "appos", "root", "det", "compound", "obj", "punct"])
        #expect(Self.check(p, "CNN , ABC")?.message.contains("joins two parts of the sentence") == true)
        // "It was signed on October 12 , 1943 in Washington , D.C. , near Paris , France ."
        let q = Self.parse(["It", "was", "signed", "on", "October", "12", ",", "1943", "in", "Washington", ",", "D.C.", ",", "near", "Paris", ",",
                            "France", "."],
                           ["PRON", "AUX", "VERB", "ADP", "PROPN", "NUM", "PUNCT", "NUM", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "ADP", "PROPN",
                            "PUNCT", "PROPN", "PUNCT"],
                           [3, 3, 0, 5, 3, 5, 8, 5, 10, 3, 12, 10, 15, 15, 3, 17, 15, 3],
                           ["nsubj:pass", "aux:pass", "root", "case", "obl", "nummod", "punct", "nmod:tmod", "case", "obl", "punct", "appos", "punct",
                            "case", "obl", "punct", "appos", "punct"])
        #expect(Self.check(q, "October 12 , 1943")?.message.contains("joins two parts") != true)
        #expect(Self.check(q, "Washington , D.C.")?.message.contains("joins two parts") != true)
        #expect(Self.check(q, "Paris , France")?.message.contains("joins two parts") != true)
    }

    @Test func theYearOfALawsNameIsPartOfIt() {
        // "Under Section 30 of the Teaching Council Act 2001 , teachers register ." / "It opened on Christmas Day 2006 ."
        let p = Self.parse(["Under", "Section", "30", "of", "the", "Teaching", "Council", "Act", "2001", ",", "teachers", "register", "."],
                           ["ADP", "PROPN", "NUM", "ADP", "DET", "PROPN", "PROPN", "PROPN", "NUM", "PUNCT", "NOUN", "VERB", "PUNCT"],
                           [2, 12, 2, 8, 8, 7, 8, 2, 8, 12, 12, 0, 12],
                           ["case", "obl", "nummod", "case", "det", "compound", "compound", "nmod", "nummod", "punct", "nsubj", "root", "punct"])
        #expect(Self.check(p, "2001")?.message.contains("part of the name 'Act 2001'") == true)
        let q = Self.parse(["It", "opened", "on", "Christmas", "Day", "2006", "."], ["PRON", "VERB", "ADP", "PROPN", "PROPN", "NUM", "PUNCT"],
                           [2, 0, 5, 5, 2, 5, 2], ["nsubj", "root", "case", "compound", "obl", "nummod", "punct"])
        #expect(Self.check(q, "2006")?.message.contains("part of the name") != true)
        // "Excellent job opportunities are expected ."
        let r = Self.parse(["Excellent", "job", "opportunities", "are", "expected", "."], ["ADJ", "NOUN", "NOUN", "AUX", "VERB", "PUNCT"],
                           [3, 3, 5, 5, 0, 5], ["amod", "compound", "nsubj:pass", "aux:pass", "root", "punct"])
        #expect(Self.check(r, "Excellent job opportunities")?.rule == .vagueAnswer)
        // "Notable faculty in physics have included Albert Michelson ."
        let n = Self.parse(["Notable", "faculty", "in", "physics", "have", "included", "Albert", "Michelson", "."],
                           ["ADJ", "NOUN", "ADP", "NOUN", "AUX", "VERB", "PROPN", "PROPN", "PUNCT"],
                           [2, 6, 4, 2, 6, 0, 6, 7, 6], ["amod", "nsubj", "case", "nmod", "aux", "root", "obj", "flat", "punct"])
        #expect(Self.check(n, "Notable faculty")?.rule == .vagueAnswer)
        #expect(Self.check(n, "Albert Michelson") == nil)
    }

    @Test func aTownsNameGoesOnThroughAmOrUpon() {
        // "The gorge between Rüdesheim am Rhein and Koblenz is listed ." as the model reads it.
        let p = Self.parse(["The", "gorge", "between", "Rüdesheim", "am", "Rhein", "and", "Koblenz", "is", "listed", "."],
                           ["DET", "NOUN", "ADP", "PROPN", "NOUN", "PROPN", "CCONJ", "PROPN", "AUX", "VERB", "PUNCT"],
                           [2, 10, 5, 5, 2, 10, 8, 6, 10, 0, 10],
                           ["det", "nsubj:pass", "case", "compound", "nmod", "nsubj:pass", "cc", "conj", "aux:pass", "root", "punct"])
        #expect(Self.check(p, "Rhein and Koblenz")?.message.contains("leaves 'Rüdesheim am' of its name outside") == true)
    }

    @Test func oneEndOfARangeOfDecadesOrNamesFails() {
        // "It was used from the 1980s to the 1990s ." / "It covers Baroque through Rococo ."
        let p = Self.parse(["It", "was", "used", "from", "the", "1980s", "to", "the", "1990s", "."],
                           ["PRON", "AUX", "VERB", "ADP", "DET", "NUM", "ADP", "DET", "NUM", "PUNCT"],
                           [3, 3, 0, 6, 6, 3, 9, 9, 3, 3], ["nsubj:pass", "aux:pass", "root", "case", "det", "obl", "case", "det", "obl", "punct"])
        #expect(Self.check(p, "1990s")?.message.contains("one end of the range '1980s to the 1990s'") == true)
        #expect(Self.check(p, "1980s")?.message.contains("one end of the range") == true)
        let q = Self.parse(["It", "covers", "Baroque", "through", "Rococo", "."], ["PRON", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
                           [2, 0, 2, 5, 3, 2], ["nsubj", "root", "obj", "case", "nmod", "punct"])
        #expect(Self.check(q, "Rococo")?.message.contains("one end of the range 'Baroque through Rococo'") == true)
        #expect(Self.check(q, "Baroque")?.message.contains("one end of the range 'Baroque through Rococo'") == true)
        // A one-word name that ends the sentence, with nothing after it, is read safely.
        let end = Self.parse(["It", "covers", "Rococo"], ["PRON", "VERB", "PROPN"], [2, 0, 2], ["nsubj", "root", "obj"])
        #expect(Self.check(end, "Rococo")?.message.contains("range") != true)
        // "It was endorsed by the General Assembly through Resolution 43/53 ." is no range.
        let e = Self.parse(["It", "was", "endorsed", "by", "the", "General", "Assembly", "through", "Resolution", "43/53", "."],
                           ["PRON", "AUX", "VERB", "ADP", "DET", "PROPN", "PROPN", "ADP", "PROPN", "NUM", "PUNCT"],
                           [3, 3, 0, 7, 7, 7, 3, 9, 3, 9, 3],
                           ["nsubj:pass", "aux:pass", "root", "case", "det", "compound", "obl:agent", "case", "obl", "nummod", "punct"])
        #expect(Self.check(e, "Resolution 43/53")?.message.contains("range") != true)
        // "It was founded in the 1980s by students ." is no range.
        let r = Self.parse(["It", "was", "founded", "in", "the", "1980s", "by", "students", "."],
                           ["PRON", "AUX", "VERB", "ADP", "DET", "NUM", "ADP", "NOUN", "PUNCT"],
                           [3, 3, 0, 6, 6, 3, 8, 3, 3], ["nsubj:pass", "aux:pass", "root", "case", "det", "obl", "case", "obl", "punct"])
        #expect(Self.check(r, "1980s")?.message.contains("range") != true)
    }

    @Test func everySpanOfRealSentencesIsCheckedWithoutFailing() throws {
        // Every run of up to eight words of the seed essay and the two weblog posts, as the model reads them, and of
        // the shortest sentences there are: the rules look beside a blank, and no blank may lead them off the sentence.
        let model = try SyntaxModel.bundled()
        var texts = [try String(contentsOfFile: Paths.decks.appendingPathComponent("sources/us-japan-security-treaty.txt").path, encoding: .utf8)]
        for name in ["ewt-weblog-iraq-2004.txt", "ewt-weblog-opinion-2006.txt"] {
            texts.append(try String(contentsOfFile: Paths.fixture("texts/" + name), encoding: .utf8))
        }
        var sentences = ["Rococo", "It covers Rococo", "through Rococo", "Ten years later", "how scale", "Last year", "A, and B, C"]
        for text in texts { for block in TextDocument(text).blocks { sentences += SentenceSplitter.split(block.text).map(\.text) } }
        var checked = 0, found = 0
        for sentence in sentences {
            let parse = model.parse(sentence)
            for first in 0..<parse.count {
                for last in first..<min(parse.count, first + 8) {
                    let gap = parse.tokens[first].start..<parse.tokens[last].end
                    if let problem = BlankCheck(parse: parse, gap: gap, everyday: model.knows).problem {
                        #expect(!problem.message.isEmpty)
                        found += 1
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000 && found > 0 && found < checked)
    }

    @Test func aCapitalisedWordJoinedByHyphensGoesOnIntoTheNameAfterIt() {
        // "The office is supposed by Latter-day Saints to grant gifts ." as the model parses it.
        let text = "The office is supposed by Latter-day Saints to grant gifts."
        let p = Self.parse(text: text, ["The", "office", "is", "supposed", "by", "Latter", "-", "day", "Saints", "to", "grant", "gifts", "."],
                           ["DET", "NOUN", "AUX", "VERB", "ADP", "ADJ", "PUNCT", "NOUN", "PROPN", "PART", "VERB", "NOUN", "PUNCT"],
                           [2, 4, 4, 0, 8, 8, 6, 4, 4, 11, 4, 11, 4],
                           ["det", "nsubj:pass", "aux:pass", "root", "case", "amod", "punct", "obl:agent", "obl:agent", "mark", "advcl", "obj", "punct"])
        #expect(Self.check(text: text, p, "Latter-day")?.message.contains("stops before 'Saints'") == true)
        // A word in lower case joined by hyphens does not run into a name.
        let lower = "The office is supposed by long-time Saints to grant gifts."
        let q = Self.parse(text: lower, ["The", "office", "is", "supposed", "by", "long", "-", "time", "Saints", "to", "grant", "gifts", "."],
                           ["DET", "NOUN", "AUX", "VERB", "ADP", "ADJ", "PUNCT", "NOUN", "PROPN", "PART", "VERB", "NOUN", "PUNCT"],
                           [2, 4, 4, 0, 8, 8, 6, 4, 4, 11, 4, 11, 4],
                           ["det", "nsubj:pass", "aux:pass", "root", "case", "amod", "punct", "obl:agent", "obl:agent", "mark", "advcl", "obj", "punct"])
        #expect(Self.check(text: lower, q, "long-time")?.message.contains("stops before") != true)
    }

    @Test func aNounAfterANounBetweenTwoDeterminersIsTheVerb() {
        // "There are many instances where a practitioner issues a prescription to a patient ." as the model parses it.
        let p = Self.parse(["There", "are", "many", "instances", "where", "a", "practitioner", "issues", "a", "prescription", "to", "a", "patient", "."],
                           ["PRON", "VERB", "ADJ", "NOUN", "ADV", "DET", "NOUN", "NOUN", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                           [2, 0, 4, 2, 4, 7, 8, 5, 10, 8, 13, 13, 10, 2],
                           ["expl", "root", "amod", "nsubj", "acl", "det", "compound", "nsubj", "det", "nmod:unmarked", "case", "det", "nmod", "punct"])
        #expect(Self.check(p, "practitioner issues")?.message.contains("'issues', which reads as the sentence's verb") == true)
        // "The jet of expelled water drives them backwards ." with "drives" read as a noun.
        let r = Self.parse(["The", "jet", "of", "expelled", "water", "drives", "them", "backwards", "."],
                           ["DET", "NOUN", "ADP", "VERB", "NOUN", "NOUN", "PRON", "ADV", "PUNCT"],
                           [2, 0, 6, 6, 6, 2, 2, 2, 2], ["det", "root", "case", "amod", "compound", "nmod", "obj", "advmod", "punct"])
        #expect(Self.check(r, "water drives")?.message.contains("'drives', which reads as the verb of 'them'") == true)
        #expect(Self.check(p, "prescription") == nil)
        // A verb's two objects: "It makes plastid transformation a valuable tool ."
        let q = Self.parse(["It", "makes", "plastid", "transformation", "a", "valuable", "tool", "."],
                           ["PRON", "VERB", "NOUN", "NOUN", "DET", "ADJ", "NOUN", "PUNCT"],
                           [2, 0, 4, 2, 7, 7, 2, 2], ["nsubj", "root", "compound", "obj", "det", "amod", "xcomp", "punct"])
        #expect(Self.check(q, "plastid transformation")?.message.contains("verb") != true)
    }

    @Test func anAbbreviationTheNameBeforeItSpellsIsGivenAway() {
        // "A technician has to register on the General Pharmaceutical Council ( GPhC ) register ." as the model parses it.
        let p = Self.parse(["A", "technician", "has", "to", "register", "on", "the", "General", "Pharmaceutical", "Council", "(", "GPhC", ")", "register", "."],
                           ["DET", "NOUN", "VERB", "PART", "VERB", "ADP", "DET", "ADJ", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN", "PUNCT"],
                           [2, 3, 0, 5, 3, 10, 10, 10, 10, 5, 12, 10, 12, 5, 3],
                           ["det", "nsubj", "root", "mark", "xcomp", "case", "det", "nmod:desc", "compound", "obl", "punct", "appos", "punct", "obj", "punct"])
        #expect(Self.check(p, "GPhC")?.message.contains("spelled by the name before it: 'General Pharmaceutical Council'") == true)
        // "Importation violates Food and Drug Administration ( FDA ) regulations ."
        let q = Self.parse(["Importation", "violates", "Food", "and", "Drug", "Administration", "(", "FDA", ")", "regulations", "."],
                           ["PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN", "PUNCT"],
                           [2, 0, 10, 6, 6, 3, 8, 6, 8, 2, 2],
                           ["nsubj", "root", "compound", "cc", "compound", "conj", "punct", "appos", "punct", "obj", "punct"])
        #expect(Self.check(q, "FDA")?.message.contains("'Food and Drug Administration'") == true)
        // Capitals the name does not spell: "the General Pharmaceutical Council ( GMC )".
        let r = Self.parse(["It", "joined", "the", "General", "Pharmaceutical", "Council", "(", "GMC", ")", "."],
                           ["PRON", "VERB", "DET", "ADJ", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT"],
                           [2, 0, 6, 6, 6, 2, 8, 6, 8, 2], ["nsubj", "root", "det", "nmod:desc", "compound", "obj", "punct", "appos", "punct", "punct"])
        #expect(Self.check(r, "GMC") == nil)
    }

    @Test func aBookWhoseChapterAndVerseFollowIsAReferenceCut() {
        // "Jesus repudiated the lex talionis in Matthew 5:38-39 ." as the model parses it.
        let p = Self.parse(["Jesus", "repudiated", "the", "lex", "talionis", "in", "Matthew", "5:38", "-", "39", "."],
                           ["PROPN", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN", "NUM", "SYM", "NUM", "PUNCT"],
                           [2, 0, 5, 5, 2, 7, 2, 7, 10, 8, 2],
                           ["nsubj", "root", "det", "compound", "obj", "case", "obl", "nmod:unmarked", "case", "nmod", "punct"])
        let found = Self.check(p, "Matthew")
        #expect(found?.rule == .blankPhrase && found?.message.contains("chapter and verse '5:38'") == true)
        #expect(Self.check(p, "5:38 - 39")?.message.contains("book 'Matthew'") == true)
        #expect(BlankCheck.isChapterAndVerse("8:7") && !BlankCheck.isChapterAndVerse("5:38:10") && !BlankCheck.isChapterAndVerse("a:1"))
        // A day's time is no verse: "on Friday 5:30" keeps its day.
        let q = Self.parse(["It", "opens", "on", "Friday", "5:30", "."], ["PRON", "VERB", "ADP", "PROPN", "NUM", "PUNCT"],
                           [2, 0, 4, 2, 4, 2], ["nsubj", "root", "case", "obl", "nmod:unmarked", "punct"])
        #expect(Self.check(q, "Friday")?.message.contains("chapter") != true)
        // Nor is a game clock after a capitalised first word: "With 4:51 left in regulation , Carolina got the ball ."
        let r = Self.parse(["With", "4:51", "left", "in", "regulation", ",", "Carolina", "got", "the", "ball", "."],
                           ["SCONJ", "NUM", "VERB", "ADP", "NOUN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                           [3, 3, 8, 5, 3, 3, 8, 0, 10, 8, 8],
                           ["mark", "nsubj", "advcl", "case", "obl", "punct", "nsubj", "root", "det", "obj", "punct"])
        #expect(Self.check(r, "4:51")?.message.contains("book") != true)
    }

    @Test func whatFollowsPerIsTheUnitOfARate() {
        // "Per unit costs in private schools are generally lower ." as the model parses it.
        let p = Self.parse(["Per", "unit", "costs", "in", "private", "schools", "are", "generally", "lower", "."],
                           ["ADP", "NOUN", "NOUN", "ADP", "ADJ", "NOUN", "AUX", "ADV", "ADJ", "PUNCT"],
                           [3, 3, 9, 6, 6, 3, 9, 9, 0, 9],
                           ["case", "compound", "nsubj", "case", "amod", "nmod", "cop", "advmod", "root", "punct"])
        #expect(Self.check(p, "unit costs")?.message.contains("'per'") == true)
        #expect(Self.check(p, "private schools")?.message.contains("'per'") != true)
    }

    @Test func aTermOfAFormulaIsNoAnswer() {
        // "if T ( n ) = 7n2 + 15n + 40 , …" as the model parses it.
        let p = Self.parse(["if", "T", "(", "n", ")", "=", "7n2", "+", "15n", "+", "40", ",", "one", "writes", "."],
                           ["SCONJ", "PROPN", "PUNCT", "CCONJ", "PUNCT", "SYM", "NUM", "SYM", "NUM", "SYM", "NUM", "PUNCT", "PRON", "VERB", "PUNCT"],
                           [14, 14, 7, 7, 4, 7, 2, 7, 7, 11, 7, 14, 14, 0, 14],
                           ["mark", "obj", "punct", "compound", "punct", "case", "flat", "advmod", "flat", "advmod", "nmod", "punct", "nsubj", "root", "punct"])
        let found = Self.check(p, "40")
        #expect(found?.rule == .blankPhrase && found?.message.contains("formula") == true)
    }

    @Test func aNameWhoseAbbreviationFollowsItIsGivenAway() {
        // "The Broncos won the American Football Conference ( AFC ) title in 2015 ." as the model parses it.
        let p = Self.parse(["The", "Broncos", "won", "the", "American", "Football", "Conference", "(", "AFC", ")", "title", "in", "2015", "."],
                           ["DET", "PROPN", "VERB", "DET", "ADJ", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN", "ADP", "NUM", "PUNCT"],
                           [2, 3, 0, 7, 6, 7, 11, 9, 7, 9, 3, 13, 11, 3],
                           ["det", "nsubj", "root", "det", "amod", "compound", "compound", "punct", "appos", "punct", "obj", "case", "nmod", "punct"])
        let found = Self.check(p, "American Football Conference")
        #expect(found?.rule == .answerGivenAway && found?.message.contains("abbreviation after it: '(AFC)'") == true)
        // "… the National Football League ( NFL ) 's premier game …": before a possessive too; a name of words in lower
        // case between ("Intergovernmental Panel on Climate Change ( IPCC )") by its capitalised words.
        let q = Self.parse(["It", "was", "the", "National", "Football", "League", "(", "NFL", ")", "'s", "premier", "game", "."],
                           ["PRON", "AUX", "DET", "ADJ", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PART", "ADJ", "NOUN", "PUNCT"],
                           [12, 12, 6, 6, 6, 12, 8, 6, 8, 6, 12, 0, 12],
                           ["nsubj", "cop", "det", "amod", "compound", "nmod:poss", "punct", "appos", "punct", "case", "amod", "root", "punct"])
        #expect(Self.check(q, "National Football League")?.rule == .answerGivenAway)
        let r = Self.parse(["It", "joined", "the", "Intergovernmental", "Panel", "on", "Climate", "Change", "(", "IPCC", ")", "."],
                           ["PRON", "VERB", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT"],
                           [2, 0, 5, 5, 2, 8, 8, 5, 10, 5, 10, 2],
                           ["nsubj", "root", "det", "compound", "obj", "case", "compound", "nmod", "punct", "appos", "punct", "punct"])
        #expect(Self.check(r, "Intergovernmental Panel on Climate Change")?.rule == .answerGivenAway)
        // Letters in brackets that are not the name's initials give nothing away: "the Pittsburgh Steelers ( PIT )".
        let t = Self.parse(["It", "beat", "the", "Pittsburgh", "Steelers", "(", "PIT", ")", "."],
                           ["PRON", "VERB", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT"],
                           [2, 0, 5, 5, 2, 7, 5, 7, 2], ["nsubj", "root", "det", "compound", "obj", "punct", "appos", "punct", "punct"])
        #expect(Self.check(t, "Pittsburgh Steelers") == nil)
    }

    @Test func aFullStopWrittenOnToTheWordAfterIsPartOfIt() {
        let text = "It was a Warner Bros.-based studio."
        let p = Self.parse(text: text, ["It", "was", "a", "Warner", "Bros", ".", "-", "based", "studio", "."],
                           ["PRON", "AUX", "DET", "PROPN", "PROPN", "PUNCT", "PUNCT", "VERB", "NOUN", "PUNCT"],
                           [9, 9, 9, 5, 9, 5, 8, 9, 0, 9], ["nsubj", "cop", "det", "compound", "nmod", "punct", "punct", "amod", "root", "punct"])
        #expect(Self.check(text: text, p, "Warner Bros")?.message.contains("cuts 'Bros.-based'") == true)
        // A sentence's own full stop is no part of the blank's word.
        let end = "It was owned by Warner Bros."
        let q = Self.parse(text: end, ["It", "was", "owned", "by", "Warner", "Bros", "."], ["PRON", "AUX", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
                           [3, 3, 0, 6, 6, 3, 3], ["nsubj:pass", "aux:pass", "root", "case", "compound", "obl:agent", "punct"])
        #expect(Self.check(text: end, q, "Warner Bros") == nil)
    }

    @Test func aStreetAndItsNumberAreOneAddress() {
        // "WABC-TV moved its operations from offices at 77 West 66th Street to 149 Columbus Avenue , freeing up space ." as the
        // model parses it (words after the address left out).
        let p = Self.parse(["WABC", "moved", "its", "operations", "from", "offices", "at", "77", "West", "66th", "Street", "to", "149", "Columbus", "Avenue", "."],
                           ["PROPN", "VERB", "PRON", "NOUN", "ADP", "NOUN", "ADP", "NUM", "PROPN", "ADJ", "PROPN", "ADP", "NUM", "PROPN", "PROPN", "PUNCT"],
                           [2, 0, 4, 2, 6, 4, 11, 11, 11, 11, 2, 13, 11, 15, 11, 2],
                           ["nsubj", "root", "nmod:poss", "obj", "case", "nmod", "case", "nummod", "compound", "amod", "obl", "case", "nmod", "compound",
                            "appos", "punct"])
        #expect(Self.check(p, "Columbus Avenue")?.message.contains("leaves the number '149' of its address outside") == true)
        #expect(Self.check(p, "149")?.message.contains("is the number of the address '149 Columbus Avenue'") == true)
        #expect(Self.check(p, "77")?.message.contains("'77 West 66th Street'") == true)
        // "The offices are at 121 – 135 West End Avenue in Manhattan ." as the model parses it.
        let q = Self.parse(["The", "offices", "are", "at", "121", "–", "135", "West", "End", "Avenue", "in", "Manhattan", "."],
                           ["DET", "NOUN", "AUX", "ADP", "NUM", "PUNCT", "NUM", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
                           [2, 5, 5, 5, 0, 7, 5, 10, 10, 5, 12, 10, 5],
                           ["det", "nsubj", "cop", "case", "root", "punct", "nummod", "compound", "compound", "appos", "case", "nmod", "punct"])
        #expect(Self.check(q, "121 – 135")?.message.contains("'121 – 135 West End Avenue'") == true)
        #expect(Self.check(q, "Manhattan") == nil)
    }

    @Test func aDescriptionBeforeATitleOfCommonNounsIsCut() {
        // "... with the midseason forensic investigation drama Body of Proof being the only one renewed ." as the model tags
        // it (the title's words as nouns).
        let p = Self.parse(["It", "ended", "with", "the", "midseason", "forensic", "investigation", "drama", "Body", "of", "Proof", "."],
                           ["PRON", "VERB", "ADP", "DET", "NOUN", "ADJ", "NOUN", "NOUN", "NOUN", "ADP", "NOUN", "PUNCT"],
                           [2, 0, 9, 9, 9, 9, 8, 9, 2, 11, 9, 2],
                           ["nsubj", "root", "case", "det", "compound", "amod", "compound", "compound", "obl", "case", "nmod", "punct"])
        #expect(Self.check(p, "midseason forensic investigation drama Body of Proof")?.message.contains("the name 'Body of Proof'") == true)
        #expect(Self.check(p, "Body of Proof")?.message.contains("description") != true)
    }

    @Test func aNameBetweenCommasInALongListOfNamesIsOneItem() {
        // A list of graduates, each with a description, as the model parses it (it joins few of the items).
        let text = "Notable winners Milton Friedman, a major advisor to President Ronald Reagan, George Stigler, Nobel laureate and proponent of regulatory capture theory, Gary Becker, an important contributor to family economics, Herbert A. Simon, responsible for the modern interpretation of decision-making, Paul Samuelson, the first American to win the prize, and Eugene Fama, known for his work on portfolio theory, are all graduates."
        let p = Self.parse(text: text, ["Notable", "winners", "Milton", "Friedman", ",", "a", "major", "advisor", "to", "President", "Ronald", "Reagan", ",", "George", "Stigler", ",", "Nobel", "laureate", "and", "proponent", "of", "regulatory", "capture", "theory", ",", "Gary", "Becker", ",", "an", "important", "contributor", "to", "family", "economics", ",", "Herbert", "A.", "Simon", ",", "responsible", "for", "the", "modern", "interpretation", "of", "decision", "-", "making", ",", "Paul", "Samuelson", ",", "the", "first", "American", "to", "win", "the", "prize", ",", "and", "Eugene", "Fama", ",", "known", "for", "his", "work", "on", "portfolio", "theory", ",", "are", "all", "graduates", "."],
                           ["ADJ", "NOUN", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "NOUN", "ADP", "ADJ", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "ADJ", "ADP", "DET", "ADJ", "NOUN", "ADP", "NOUN", "PUNCT", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "ADJ", "PART", "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "PROPN", "PROPN", "PUNCT", "VERB", "ADP", "PRON", "NOUN", "ADP", "NOUN", "NOUN", "PUNCT", "AUX", "ADV", "NOUN", "PUNCT"],
                           [2, 0, 2, 3, 8, 8, 8, 3, 11, 11, 8, 11, 14, 11, 14, 17, 11, 11, 20, 11, 24, 24, 24, 20, 26, 24, 26, 31, 31, 31, 2, 34, 34, 31, 55, 55, 36, 36, 40, 36, 44, 44, 44, 40, 48, 48, 46, 44, 50, 44, 50, 55, 55, 55, 2, 57, 55, 59, 57, 63, 63, 63, 57, 65, 57, 68, 68, 65, 71, 71, 68, 75, 75, 75, 2, 2],
                           ["amod", "root", "appos", "flat", "punct", "det", "amod", "appos", "case", "nmod:desc", "nmod", "flat", "punct", "conj", "flat", "punct", "conj", "conj", "cc", "conj", "case", "amod", "compound", "nmod", "punct", "appos", "flat", "punct", "det", "amod", "conj", "case", "compound", "nmod", "punct", "nsubj", "flat", "flat", "punct", "conj", "case", "det", "amod", "obl", "case", "compound", "punct", "nmod", "punct", "appos", "flat", "punct", "det", "amod", "conj", "mark", "xcomp", "det", "obj", "punct", "cc", "compound", "obl", "punct", "advcl", "case", "nmod:poss", "obl", "case", "compound", "nmod", "punct", "cop", "advmod", "conj", "punct"])
        #expect(Self.check(text: text, p, "Paul Samuelson")?.rule == .listSlot)
        #expect(Self.check(text: text, p, "Herbert A. Simon")?.rule == .listSlot)
        // A name between commas with few names about it is no list item: "In 1990, Paris, France, hosted the games."
        let q = Self.parse(["In", "1990", ",", "Paris", ",", "France", ",", "hosted", "the", "games", "."],
                           ["ADP", "NUM", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
                           [2, 8, 2, 8, 6, 4, 4, 0, 10, 8, 8], ["case", "obl", "punct", "nsubj", "punct", "appos", "punct", "root", "det", "obj", "punct"])
        #expect(Self.check(q, "Paris")?.rule != .listSlot)
    }

    @Test func aBodysNameGoesOnThroughForTheOrOfThe() {
        // "Other museums include the Carpenter Center for the Visual Arts , designed by Le Corbusier ." as the model parses it.
        let p = Self.parse(["Other", "museums", "include", "the", "Carpenter", "Center", "for", "the", "Visual", "Arts", ",", "designed", "by", "Le",
                            "Corbusier", "."],
                           ["ADJ", "NOUN", "VERB", "DET", "PROPN", "PROPN", "ADP", "DET", "ADJ", "PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
                           [2, 3, 0, 6, 6, 3, 10, 10, 10, 6, 12, 6, 14, 15, 12, 3],
                           ["amod", "nsubj", "root", "det", "compound", "obj", "case", "det", "amod", "nmod", "punct", "advcl", "case", "compound", "obl",
                            "punct"])
        #expect(Self.check(p, "Visual Arts")?.message.contains("the end of the name of 'Center'") == true)
        #expect(Self.check(p, "Carpenter Center for the Visual Arts") == nil)
        let r = Self.parse(["It", "is", "in", "the", "Schlesinger", "Library", "on", "the", "History", "of", "Women", "in", "America", "."],
                           ["PRON", "AUX", "ADP", "DET", "PROPN", "PROPN", "ADP", "DET", "PROPN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
                           [6, 6, 6, 6, 6, 0, 9, 9, 6, 11, 9, 13, 9, 6],
                           ["nsubj", "cop", "case", "det", "compound", "root", "case", "det", "nmod", "case", "nmod", "case", "nmod", "punct"])
        #expect(Self.check(r, "History of Women")?.message.contains("the end of the name of 'Library'") == true)
        // A title before "of the" is no body: "the President of the United States".
        let q = Self.parse(["He", "met", "the", "President", "of", "the", "United", "States", "."],
                           ["PRON", "VERB", "DET", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
                           [2, 0, 4, 2, 8, 8, 8, 4, 2], ["nsubj", "root", "det", "obj", "case", "det", "compound", "nmod", "punct"])
        #expect(Self.check(q, "United States")?.message.contains("end of the name") != true)
        // A body of a place: "It was formed by the General Court of the Massachusetts Bay Colony ."
        let c = Self.parse(["It", "was", "formed", "by", "the", "General", "Court", "of", "the", "Massachusetts", "Bay", "Colony", "."],
                           ["PRON", "AUX", "VERB", "ADP", "DET", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"],
                           [3, 3, 0, 7, 7, 7, 3, 12, 12, 11, 12, 7, 3],
                           ["nsubj:pass", "aux:pass", "root", "case", "det", "compound", "obl:agent", "case", "det", "compound", "compound", "nmod", "punct"])
        #expect(Self.check(c, "Massachusetts Bay Colony")?.message.contains("end of the name") != true)
        let m = Self.parse(["It", "is", "in", "the", "Museum", "of", "the", "Moving", "Image", "."],
                           ["PRON", "AUX", "ADP", "DET", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
                           [5, 5, 5, 5, 0, 9, 9, 9, 5, 5], ["nsubj", "cop", "case", "det", "root", "case", "det", "compound", "nmod", "punct"])
        #expect(Self.check(m, "Moving Image")?.message.contains("the end of the name of 'Museum'") == true)
        // A street named for its topic: "It is at 1330 Avenue of the Americas ."
        let a = Self.parse(["It", "is", "at", "1330", "Avenue", "of", "the", "Americas", "."],
                           ["PRON", "AUX", "ADP", "NUM", "PROPN", "ADP", "DET", "PROPN", "PUNCT"],
                           [4, 4, 4, 0, 4, 8, 8, 5, 4], ["nsubj", "cop", "case", "root", "nmod:unmarked", "case", "det", "nmod", "punct"])
        #expect(Self.check(a, "Americas")?.message.contains("the end of the name of 'Avenue'") == true)
    }

    @Test func anAbbreviationSpellsANameThroughBy() {
        // "In 2014 , Harvard topped the University Ranking by Academic Performance ( URAP ) ." as the model parses it.
        let p = Self.parse(["In", "2014", ",", "Harvard", "topped", "the", "University", "Ranking", "by", "Academic", "Performance", "(", "URAP", ")", "."],
                           ["ADP", "NUM", "PUNCT", "PROPN", "VERB", "DET", "PROPN", "PROPN", "ADP", "ADJ", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT"],
                           [2, 5, 2, 5, 0, 8, 8, 5, 11, 11, 8, 13, 11, 13, 5],
                           ["case", "obl", "punct", "nsubj", "root", "det", "compound", "obj", "case", "amod", "nmod", "punct", "appos", "punct", "punct"])
        #expect(Self.check(p, "University Ranking")?.message.contains("leaves 'by Academic Performance' of its name outside (URAP)") == true)
        // A year is no part of the name after it: "It was established in 1989 by the United Nations Environment Programme ( UNEP ) ."
        let q = Self.parse(["It", "was", "established", "in", "1989", "by", "the", "United", "Nations", "Environment", "Programme", "(", "UNEP", ")", "."],
                           ["PRON", "AUX", "VERB", "ADP", "NUM", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT"],
                           [3, 3, 0, 5, 3, 11, 11, 9, 11, 11, 3, 13, 11, 13, 3],
                           ["nsubj:pass", "aux:pass", "root", "case", "obl", "case", "det", "compound", "compound", "compound", "obl:agent", "punct", "appos",
                            "punct", "punct"])
        #expect(Self.check(q, "1989") == nil)
    }

    @Test func aShortFormTheNameBeforeItStartsWithIsGivenAway() {
        // "Victoria ( abbreviated as Vic ) is a state in the south-east of Australia ."
        let p = Self.parse(["Victoria", "(", "abbreviated", "as", "Vic", ")", "is", "a", "state", "in", "Australia", "."],
                           ["PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "AUX", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                           [9, 3, 1, 5, 3, 3, 9, 9, 0, 11, 9, 9],
                           ["nsubj", "punct", "acl", "case", "obl", "punct", "cop", "det", "root", "case", "nmod", "punct"])
        let vic = BlankCheck(parse: p, gap: p.tokens[4].start..<p.tokens[4].end).problem
        #expect(vic?.message.contains("is the start of 'Victoria' before it") == true, "\(String(describing: vic))")
        // Another name in brackets: "Victoria ( capital Melbourne ) is a state ."
        let q = Self.parse(["Victoria", "(", "capital", "Melbourne", ")", "is", "a", "state", "."],
                           ["PROPN", "PUNCT", "NOUN", "PROPN", "PUNCT", "AUX", "DET", "NOUN", "PUNCT"],
                           [8, 4, 4, 1, 4, 8, 8, 0, 8], ["nsubj", "punct", "compound", "appos", "punct", "cop", "det", "root", "punct"])
        #expect(Self.check(q, "Melbourne")?.message.contains("is the start of") != true)
    }

    @Test func aNumberLeavesNoUnitSymbolOutside() {
        // "Provided is a universal Ku band LNB ( 9.75 / 10.600 GHz ) which is fitted at the end of the dish ." as the model
        // parses it.
        let text = "Provided is a universal Ku band LNB (9.75/10.600 GHz) which is fitted at the end of the dish."
        let p = Self.parse(text: text, ["Provided", "is", "a", "universal", "Ku", "band", "LNB", "(", "9.75", "/", "10.600", "GHz", ")", "which", "is",
                                        "fitted", "at", "the", "end", "of", "the", "dish", "."],
                           ["VERB", "AUX", "DET", "ADJ", "PROPN", "NOUN", "PROPN", "PUNCT", "NUM", "PUNCT", "NUM", "PROPN", "PUNCT", "PRON", "AUX", "VERB",
                            "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                           [0, 1, 6, 6, 6, 1, 6, 9, 6, 11, 9, 9, 9, 16, 16, 6, 19, 19, 16, 22, 22, 19, 1],
                           ["root", "aux:pass", "det", "amod", "compound", "nsubj:pass", "appos", "punct", "appos", "case", "conj", "nmod:unmarked", "punct",
                            "nsubj:pass", "aux:pass", "acl:relcl", "case", "det", "obl", "case", "det", "nmod", "punct"])
        #expect(Self.check(text: text, p, "9.75/10.600")?.message.contains("leaves its unit 'GHz' outside") == true)
    }

    @Test func aSmallWordCapitalisedAfterANameGoesOnWithIt() {
        // "Virgin Media instead concentrated on its Video On Demand service to carry HD content ." as the model parses it.
        let p = Self.parse(["Virgin", "Media", "instead", "concentrated", "on", "its", "Video", "On", "Demand", "service", "to", "carry", "HD", "content", "."],
                           ["PROPN", "PROPN", "ADV", "VERB", "ADP", "PRON", "NOUN", "ADP", "NOUN", "NOUN", "PART", "VERB", "NOUN", "NOUN", "PUNCT"],
                           [4, 1, 4, 0, 7, 7, 4, 10, 10, 4, 12, 4, 14, 12, 4],
                           ["nsubj", "flat", "advmod", "root", "case", "nmod:poss", "obl", "case", "compound", "obl", "mark", "advcl", "compound", "obj", "punct"])
        #expect(Self.check(p, "Video")?.message.contains("stops before 'On'") == true)
    }

    @Test func commonNounsOwningWhatFollowsAskWhose() {
        // "The agency was checking claimants ' " Sky TV bills to establish " a claim ." as the model parses it.
        let text = "The agency was checking claimants' \"Sky TV bills to establish\" a claim."
        let p = Self.parse(text: text, ["The", "agency", "was", "checking", "claimants", "'", "\"", "Sky", "TV", "bills", "to", "establish", "\"", "a", "claim", "."],
                           ["DET", "NOUN", "AUX", "VERB", "NOUN", "PUNCT", "PUNCT", "ADJ", "NOUN", "NOUN", "PART", "VERB", "PUNCT", "DET", "NOUN", "PUNCT"],
                           [2, 4, 4, 0, 4, 5, 10, 10, 10, 5, 12, 10, 12, 15, 12, 4],
                           ["det", "nsubj", "aux", "root", "obj", "punct", "punct", "amod", "compound", "appos", "mark", "acl", "punct", "det", "obj", "punct"])
        #expect(Self.check(text: text, p, "claimants")?.message.contains("owns what follows") == true)
        // A mark that closes a quotation: "It was stormed ( ' with roaring drummes ' ) ."
        let quote = "It was stormed ('with roaring drummes')."
        let r = Self.parse(text: quote, ["It", "was", "stormed", "(", "'", "with", "roaring", "drummes", "'", ")", "."],
                           ["PRON", "AUX", "VERB", "PUNCT", "PUNCT", "ADP", "ADJ", "NOUN", "PUNCT", "PUNCT", "PUNCT"],
                           [3, 3, 0, 8, 8, 8, 8, 3, 8, 8, 3], ["nsubj:pass", "aux:pass", "root", "punct", "punct", "case", "amod", "obl", "punct", "punct", "punct"])
        #expect(Self.check(text: quote, r, "roaring drummes")?.message.contains("owns what follows") != true)
        // A name owns what follows as a fact: "It was Harvard's plan ."
        let q = Self.parse(text: "It was Harvard's plan.", ["It", "was", "Harvard", "'s", "plan", "."], ["PRON", "AUX", "PROPN", "PART", "NOUN", "PUNCT"],
                           [5, 5, 5, 3, 0, 5], ["nsubj", "cop", "nmod:poss", "case", "root", "punct"])
        #expect(Self.check(text: "It was Harvard's plan.", q, "Harvard")?.message.contains("owns what follows") != true)
    }

    @Test func aListWhoseLastItemGoesOnAfterTheBlankIsCut() {
        // "Salaries are high across all sectors , job types and levels of experience ."
        let p = Self.parse(["Salaries", "are", "high", "across", "all", "sectors", ",", "job", "types", "and", "levels", "of", "experience", "."],
                           ["NOUN", "AUX", "ADJ", "ADP", "DET", "NOUN", "PUNCT", "NOUN", "NOUN", "CCONJ", "NOUN", "ADP", "NOUN", "PUNCT"],
                           [3, 3, 0, 6, 6, 3, 9, 9, 6, 11, 6, 13, 11, 3],
                           ["nsubj", "cop", "root", "case", "det", "obl", "punct", "compound", "conj", "cc", "conj", "case", "nmod", "punct"])
        #expect(Self.check(p, "sectors , job types and levels")?.message.contains("cuts its last item, 'levels of experience'") == true)
        #expect(Self.check(p, "sectors , job types and levels of experience")?.message.contains("cuts its last item") != true)
    }

    @Test func aNumberStandingForThingsNamedBeforeIsVague() {
        // "All three apparently lacked tentacles ."
        let p = Self.parse(["All", "three", "apparently", "lacked", "tentacles", "."], ["DET", "NUM", "ADV", "VERB", "NOUN", "PUNCT"],
                           [2, 4, 4, 0, 4, 4], ["det", "nsubj", "advmod", "root", "obj", "punct"])
        #expect(Self.check(p, "three")?.message.contains("'All three' stands for things named elsewhere") == true)
        // A count with its noun is a fact: "He had three ships ."
        let q = Self.parse(["He", "had", "three", "ships", "."], ["PRON", "VERB", "NUM", "NOUN", "PUNCT"], [2, 0, 4, 2, 2],
                           ["nsubj", "root", "nummod", "obj", "punct"])
        #expect(Self.check(q, "three ships")?.message.contains("stands for things") != true)
    }

    @Test func theNounOfASetPhraseAfterInIsNoAnswersStart() {
        // The model's parse of the sentence, with "take" read as a noun.
        let p = Self.parse(["Problems", "that", "can", "be", "solved", "in", "theory", ",", "but", "which", "in", "practice", "take", "too", "long", "for",
                            "their", "solutions", "to", "be", "useful", ",", "are", "known", "as", "intractable", "problems", "."],
                           ["NOUN", "PRON", "AUX", "AUX", "VERB", "ADP", "NOUN", "PUNCT", "CCONJ", "PRON", "ADP", "NOUN", "NOUN", "ADV", "ADV", "ADP", "PRON",
                            "NOUN", "PART", "AUX", "ADJ", "PUNCT", "AUX", "VERB", "ADP", "ADJ", "NOUN", "PUNCT"],
                           [0, 5, 5, 5, 1, 7, 5, 21, 21, 15, 13, 13, 10, 15, 21, 21, 18, 21, 21, 21, 1, 24, 24, 21, 27, 27, 24, 1],
                           ["root", "nsubj:pass", "aux", "aux:pass", "acl:relcl", "case", "obl", "punct", "cc", "nsubj", "case", "compound", "nmod", "advmod",
                            "advmod", "mark", "nmod:poss", "nsubj", "mark", "cop", "conj", "punct", "aux:pass", "conj", "case", "amod", "obl", "punct"])
        #expect(Self.check(p, "practice take")?.message.contains("of the set phrase 'in practice'") == true)
    }

    @Test func aListWhoseFirstItemsStandBeforeTheBlankIsCut() {
        // "It raised money through sponsors including Apple , Google , Intel , Gap , and Chevron ."
        let p = Self.parse(["It", "raised", "money", "through", "sponsors", "including", "Apple", ",", "Google", ",", "Intel", ",", "Gap", ",", "and", "Chevron", "."],
                           ["PRON", "VERB", "NOUN", "ADP", "NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PROPN", "PUNCT"],
                           [2, 0, 2, 5, 2, 7, 5, 9, 7, 11, 7, 13, 7, 16, 16, 7, 2],
                           ["nsubj", "root", "obj", "case", "obl", "case", "nmod", "punct", "conj", "punct", "conj", "punct", "conj", "punct", "cc", "conj", "punct"])
        #expect(Self.check(p, "Intel , Gap , and Chevron")?.message.contains("first items stand before it") == true)
        #expect(Self.check(p, "Apple , Google , Intel , Gap , and Chevron")?.message.contains("first items") != true)
        // A list after an opening phrase: "In 1990 , Paris , Lyon and Nice hosted the games ."
        let q = Self.parse(["In", "1990", ",", "Paris", ",", "Lyon", "and", "Nice", "hosted", "the", "games", "."],
                           ["ADP", "NUM", "PUNCT", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                           [2, 9, 2, 9, 6, 4, 8, 4, 0, 11, 9, 9], ["case", "obl", "punct", "nsubj", "punct", "conj", "cc", "conj", "root", "det", "obj", "punct"])
        #expect(Self.check(q, "Paris , Lyon and Nice")?.message.contains("first items") != true)
    }

    @Test func aDescriptionRightBeforeTheNameItDescribesIsNoAnswer() {
        // The model's parse of "The network struggled , with only the weeknight talk show Jimmy Kimmel Live renewed ."
        let p = Self.parse(["The", "network", "struggled", ",", "with", "only", "the", "weeknight", "talk", "show", "Jimmy", "Kimmel", "Live", "renewed", "."],
                           ["DET", "NOUN", "VERB", "PUNCT", "ADP", "ADV", "DET", "ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
                           [2, 3, 0, 14, 14, 10, 10, 10, 10, 14, 14, 13, 11, 3, 3],
                           ["det", "nsubj", "root", "punct", "mark", "advmod", "det", "amod", "compound", "obl", "nsubj", "compound", "flat", "conj", "punct"])
        #expect(Self.check(p, "weeknight talk show")?.message.contains("stops before the name 'Jimmy Kimmel Live' it describes") == true)
        // A time before a capitalised word: "In the 18th century American painters flourished ."
        let q = Self.parse(["In", "the", "18th", "century", "American", "painters", "flourished", "."],
                           ["ADP", "DET", "ADJ", "NOUN", "PROPN", "NOUN", "VERB", "PUNCT"],
                           [4, 4, 4, 7, 6, 7, 0, 7], ["case", "det", "amod", "obl", "amod", "nsubj", "root", "punct"])
        #expect(Self.check(q, "18th century")?.message.contains("it describes") != true)
    }

    @Test func aNameGoesOnThroughOfAndItsYear() {
        // The model's parse of "California entered the union after the Compromise of 1850 ."
        let p = Self.parse(["California", "entered", "the", "union", "after", "the", "Compromise", "of", "1850", "."],
                           ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "NUM", "PUNCT"],
                           [2, 0, 4, 2, 7, 7, 2, 9, 7, 2], ["nsubj", "root", "det", "obj", "case", "det", "obl", "case", "nmod", "punct"])
        #expect(Self.check(p, "Compromise")?.message.contains("leaves 'of 1850' of its name outside") == true)
        // A month of a year: "It opened in April of 2016 ."
        let q = Self.parse(["It", "opened", "in", "April", "of", "2016", "."], ["PRON", "VERB", "ADP", "PROPN", "ADP", "NUM", "PUNCT"],
                           [2, 0, 4, 2, 6, 4, 2], ["nsubj", "root", "case", "obl", "case", "nmod", "punct"])
        #expect(Self.check(q, "April")?.message.contains("of its name") != true)
    }

    @Test func aPointerBeforeTheBlankIsToldWithoutTrapping() {
        // "Of these , four survived ." with "these" hung on the blank's word: the message's range ran backwards (the
        // builder's fuzz target found it).
        let p = Self.parse(["Of", "these", ",", "four", "survived", "."], ["ADP", "PRON", "PUNCT", "NUM", "VERB", "PUNCT"],
                           [2, 4, 4, 5, 0, 5], ["case", "nmod", "punct", "nsubj", "root", "punct"])
        #expect(Self.check(p, "four")?.message.contains("points back with 'these'") == true)
    }

    @Test func aTitleGoesOnIntoTheBlankThatHangsOnACapitalisedCommonNoun() {
        // The parses the model gives: "… as well as reality series Dancing with the Stars , which …" ("Dancing" a noun).
        var dancing = Self.parse(["reality", "series", "Dancing", "with", "the", "Stars", ",", "which", "helped"],
                                 ["NOUN", "NOUN", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "PRON", "VERB"],
                                 [3, 3, 0, 6, 6, 3, 9, 9, 3], ["compound", "compound", "root", "case", "det", "nmod", "punct", "nsubj", "acl:relcl"])
        dancing.xpos = ["NN", "NN", "NN", "IN", "DT", "NNPS", ",", "WDT", "VBD"]
        #expect(Self.check(dancing, "Stars")?.message == "leaves 'Dancing with the' of its title outside")
        // "he wrote the stage play Seven Keys to Doomsday for the theatre ."
        var keys = Self.parse(["he", "wrote", "the", "stage", "play", "Seven", "Keys", "to", "Doomsday", "for", "the", "theatre", "."],
                              ["PRON", "VERB", "DET", "NOUN", "NOUN", "NUM", "NOUN", "ADP", "PROPN", "ADP", "DET", "NOUN", "PUNCT"],
                              [2, 0, 5, 5, 2, 7, 2, 9, 7, 12, 12, 7, 2],
                              ["nsubj", "root", "det", "compound", "obj", "nummod", "obj", "case", "nmod", "case", "det", "nmod", "punct"])
        keys.xpos[6] = "NNS"
        keys.xpos[8] = "NNP"
        #expect(Self.check(keys, "Doomsday")?.rule == .blankPhrase)
        // Two names joined: "The ship sailed from England to France in 1805 ."
        var ship = Self.parse(["The", "ship", "sailed", "from", "England", "to", "France", "in", "1805", "."],
                              ["DET", "NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "ADP", "NUM", "PUNCT"],
                              [2, 3, 0, 5, 3, 7, 5, 9, 3, 3], ["det", "nsubj", "root", "case", "obl", "case", "nmod", "case", "obl", "punct"])
        ship.xpos[4] = "NNP"
        ship.xpos[6] = "NNP"
        #expect(Self.check(ship, "France") == nil)
        // A name that ends on a common noun, and its place: "The Confederate Monument in Hemming Park survived ."
        var monument = Self.parse(["The", "Confederate", "Monument", "in", "Hemming", "Park", "survived", "."],
                                  ["DET", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"],
                                  [3, 3, 7, 6, 6, 3, 0, 7], ["det", "amod", "nsubj", "case", "compound", "nmod", "root", "punct"])
        monument.xpos[2] = "NN"
        #expect(Self.check(monument, "Hemming Park") == nil)
        // A sentence's first word has its capital from the sentence: "Deacons assist elders in Holy Communion ."
        let deacons = Self.parse(["Deacons", "assist", "elders", "in", "Holy", "Communion", "."],
                                 ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
                                 [2, 0, 2, 6, 6, 2, 2], ["nsubj", "root", "obj", "case", "compound", "obl", "punct"])
        #expect(Self.check(deacons, "Holy Communion") == nil)
    }

    @Test func aWordThatLeavesOpenWhichMakesTheBlankVague() {
        // The parses the model gives: "The center serves as a satellite location for several varsity sports ."
        let sports = Self.parse(["The", "center", "serves", "as", "a", "satellite", "location", "for", "several", "varsity", "sports", "."],
                                ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "NOUN", "ADP", "ADJ", "NOUN", "NOUN", "PUNCT"],
                                [2, 3, 0, 7, 7, 7, 3, 11, 11, 11, 7, 3],
                                ["det", "nsubj", "root", "case", "det", "compound", "obl", "case", "amod", "compound", "nmod", "punct"])
        #expect(Self.check(sports, "varsity sports")?.message == "is vague: 'several' before it leaves open which")
        // "Some legal requirements come from malum in se considerations ."
        let legal = Self.parse(["Some", "legal", "requirements", "come", "from", "malum", "in", "se", "considerations", "."],
                               ["DET", "ADJ", "NOUN", "VERB", "ADP", "NOUN", "ADP", "ADJ", "NOUN", "PUNCT"],
                               [3, 3, 4, 0, 6, 4, 9, 9, 4, 4], ["det", "amod", "nsubj", "root", "case", "obl", "case", "amod", "obl", "punct"])
        #expect(Self.check(legal, "legal requirements")?.rule == .vagueAnswer)
        // "Its endowment is the largest of any academic institution ."
        let any = Self.parse(["Its", "endowment", "is", "the", "largest", "of", "any", "academic", "institution", "."],
                             ["PRON", "NOUN", "AUX", "DET", "ADJ", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
                             [2, 5, 5, 5, 0, 9, 9, 9, 5, 5], ["nmod:poss", "nsubj", "cop", "det", "root", "case", "det", "amod", "obl", "punct"])
        #expect(Self.check(any, "academic institution")?.message == "is vague: 'any' before it leaves open which")
        // …but not after a verb: "Sponges lack any true hox genes ."
        let hox = Self.parse(["Sponges", "lack", "any", "true", "hox", "genes", "."],
                             ["NOUN", "VERB", "DET", "ADJ", "NOUN", "NOUN", "PUNCT"],
                             [2, 0, 6, 6, 6, 2, 2], ["nsubj", "root", "det", "amod", "compound", "obj", "punct"])
        #expect(Self.check(hox, "true hox genes") == nil)
        // A name in the blank is a fact: "The museum holds several Rodin sculptures ."
        let rodin = Self.parse(["The", "museum", "holds", "several", "Rodin", "sculptures", "."],
                               ["DET", "NOUN", "VERB", "ADJ", "PROPN", "NOUN", "PUNCT"],
                               [2, 3, 0, 6, 6, 3, 3], ["det", "nsubj", "root", "amod", "compound", "obj", "punct"])
        #expect(Self.check(rodin, "Rodin sculptures") == nil)
        // "many" leads facts as often: "Many charter schools do not require a license ."
        let charter = Self.parse(["Many", "charter", "schools", "do", "not", "require", "a", "license", "."],
                                 ["ADJ", "NOUN", "NOUN", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                                 [3, 3, 6, 6, 6, 0, 8, 6, 6], ["amod", "compound", "nsubj", "aux", "advmod", "root", "det", "obj", "punct"])
        #expect(Self.check(charter, "charter schools") == nil)
    }

    @Test func aNounWithAVerbsParticleAfterItIsAVerb() {
        // The parse the model gives: "While many homes in the neighborhood date back to the 1930s , it grew ."
        let homes = Self.parse(["While", "many", "homes", "in", "the", "neighborhood", "date", "back", "to", "the", "1930s", ",", "it", "grew", "."],
                               ["SCONJ", "ADJ", "NOUN", "ADP", "DET", "NOUN", "NOUN", "ADV", "ADP", "DET", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT"],
                               [14, 3, 14, 7, 7, 7, 3, 7, 11, 11, 8, 14, 14, 0, 14],
                               ["mark", "amod", "nsubj", "case", "det", "compound", "nmod", "advmod", "case", "det", "obl", "punct", "nsubj", "root", "punct"])
        #expect(Self.check(homes, "neighborhood date")?.message == "ends on 'date', which reads as a verb with 'back'")
        // A particle that hangs elsewhere: "They moved the school buses out of town ." ("out" goes with the verb).
        let buses = Self.parse(["They", "moved", "the", "school", "buses", "out", "of", "town", "."],
                               ["PRON", "VERB", "DET", "NOUN", "NOUN", "ADV", "ADP", "NOUN", "PUNCT"],
                               [2, 0, 5, 5, 2, 2, 8, 6, 2], ["nsubj", "root", "det", "compound", "obj", "advmod", "case", "obl", "punct"])
        #expect(Self.check(buses, "school buses") == nil)
    }

    @Test func twoModifiersJoinedBeforeTheBlankLeadItsNoun() {
        // The parse the model gives: "Students enroll in creative and performing arts classes ."
        var arts = Self.parse(["Students", "enroll", "in", "creative", "and", "performing", "arts", "classes", "."],
                              ["NOUN", "VERB", "ADP", "ADJ", "CCONJ", "VERB", "NOUN", "NOUN", "PUNCT"],
                              [2, 0, 4, 2, 6, 4, 8, 6, 2], ["nsubj", "root", "advmod", "obl", "cc", "conj", "compound", "obj", "punct"])
        arts.xpos[5] = "VBG"
        #expect(Self.check(arts, "arts classes")?.message == "leaves 'creative and performing' of its phrase outside")
        // A verb's object after "and" is no such phrase: "Students study and perform plays ."
        let plays = Self.parse(["Students", "study", "and", "perform", "plays", "."],
                               ["NOUN", "VERB", "CCONJ", "VERB", "NOUN", "PUNCT"],
                               [2, 0, 4, 2, 4, 2], ["nsubj", "root", "cc", "conj", "obj", "punct"])
        #expect(Self.check(plays, "plays")?.message.contains("of its phrase outside") != true)
    }
}
