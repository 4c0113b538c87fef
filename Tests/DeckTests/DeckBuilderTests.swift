import Foundation
import Testing
@testable import Deck

/// Each stage of the deck builder on its own, then the whole builder: golden file, determinism, stable ids.
@Suite struct DeckBuilderTests {
    func facts(_ sentence: String, names: Set<String> = []) -> [(String, FactType)] {
        let tokens = WordToken.tokenize(sentence)
        return FactFinder(namesSeen: names).facts(in: tokens).map { ($0.text(in: sentence), $0.type) }
    }

    func has(_ found: [(String, FactType)], _ text: String, _ type: FactType) -> Bool {
        found.contains { $0.0 == text && $0.1 == type }
    }

    @Test func tokensKeepOffsets() {
        let text = "The U.S. paid $3.5 million (Packard, 2010, 94-95)."
        let tokens = WordToken.tokenize(text)
        #expect(tokens.indices.map(tokens.text) == ["The", "U.S.", "paid", "$", "3.5", "million", "(", "Packard", ",", "2010", ",", "94", "-", "95", ")", "."])
        #expect(tokens[1].start == 4 && tokens[1].end == 8)
        #expect(String(decoding: Array(text.utf8)[tokens[11].start..<tokens[13].end], as: UTF8.self) == "94-95")
    }

    @Test func tokensOfTextBeyondASCII() {
        // Offsets are UTF-8 offsets; a letter with a combining accent is one letter; curly apostrophes join words.
        let text = "Kōno’s “Café” cost ¥500 in Tōkyō, 東京."
        let tokens = WordToken.tokenize(text)
        #expect(tokens.indices.map(tokens.text) == ["Kōno’s", "“", "Café", "”", "cost", "¥", "500", "in", "Tōkyō", ",", "東京", "."])
        #expect(tokens.lower(0) == "kōno’s")
        #expect(tokens[0].isCapitalized && tokens[0].isWord && tokens[6].isNumber && tokens[5].isPunctuation)
        let bytes = Array(text.utf8)
        for (k, t) in tokens.enumerated() { #expect(String(decoding: bytes[t.start..<t.end], as: UTF8.self) == tokens.text(k)) }
        let decomposed = WordToken.tokenize("Cafe\u{301} ok")
        #expect(decomposed.indices.map(decomposed.text) == ["Cafe\u{301}", "ok"])
    }

    @Test func adjacentContentWordsAreCountedAsPairsInAnyCase() {
        var pairs = PairCounts()
        pairs.add(WordToken.tokenize("The net force is zero."))
        pairs.add(WordToken.tokenize("Net force and the force of a net."))
        func key(_ word: String) -> UInt64 { WordToken.tokenize(word)[0].key }
        #expect(pairs.count(key("net"), key("force")) == 2)
        // In order, and only side by side: a function word between ends a pair.
        #expect(pairs.count(key("force"), key("net")) == 0)
        #expect(pairs.count(key("force"), key("zero")) == 0)
        var merged = PairCounts()
        merged.merge(pairs)
        merged.merge(pairs)
        #expect(merged.count(key("net"), key("force")) == 4 && merged.count(key("the"), key("net")) == 0)
    }

    @Test func tokensReadTheirTextFromTheSentence() {
        // A token holds no string: its text and lower-cased text come from its sentence's bytes, also when
        // lower-casing changes the length ("İ" is two bytes, "i̇" three) and for words longer than the sixteen
        // bytes a token carries itself.
        let text = "İSTANBUL’S Internationalization of UNDERSTANDINGS, PAİD in Ölçüler and THE end"
        let tokens = WordToken.tokenize(text)
        let words = text.split(separator: " ").flatMap { $0.hasSuffix(",") ? [String($0.dropLast()), ","] : [String($0)] }
        #expect(tokens.indices.map(tokens.text) == words)
        #expect(tokens.indices.map(tokens.lower) == words.map { $0.lowercased() })
        for (k, t) in tokens.enumerated() {
            let lower = words[k].lowercased()
            #expect(t.key == FNV1a.hash(lower) && Int(t.lowerCount) == lower.utf8.count, "\(lower)")
            #expect(t.head == WordToken.head(of: lower), "\(lower)")
            for suffix: StaticString in ["s", "’s", "ing", "ings", "ation", "nationalization", "er", "d", "i̇d"] {
                #expect(tokens.lowerHasSuffix(k, suffix) == lower.utf8.reversed().starts(with: "\(suffix)".utf8.reversed()), "\(lower) \(suffix)")
            }
            #expect(tokens.textHasSuffix(k, "S") == words[k].hasSuffix("S"))
            #expect(t.isLower("the") == (lower == "the") && t.isLower("of") == (lower == "of") && t.isLower("in") == (lower == "in"))
        }
        // A token's first sixteen bytes are read two words at a time where the sentence has sixteen bytes from it.
        let sentence = "a an the of Kestrel 1960 seventeen-letters internationalisms 12345678 123456789 Wörter x"
        let all = WordToken.tokenize(sentence)
        for (k, t) in all.enumerated() { #expect(t.head == WordToken.head(of: all.lower(k)), "\(all.text(k))") }
        // A word of more than sixteen bytes is never taken for a literal that its first sixteen bytes match.
        let long = WordToken.tokenize("internationalism internationalisms")
        #expect(long[0].isLower("internationalism") && !long[1].isLower("internationalism"))
        #expect(long[0].head == long[1].head && long[0].key != long[1].key)
        // Every currency sign passes the quick test of its first byte.
        for sign in Lexicon.currencies { #expect(FactFinder.mayBeCurrency(String(sign).utf8.first!), "\(sign)") }
        #expect(facts("It cost £5 and €7, ¥9 or $3.").filter { $0.1 == .money }.map(\.0) == ["£5", "€7", "¥9", "$3"])
        // Years are four digits from 1000 to 2100.
        let numbers = WordToken.tokenize("999 1000 1960 2100 2101 19600 1960s 1,960 ١٩٦٠")
        #expect(numbers.map(FactFinder.isYear) == [false, true, true, true, false, false, false, false, false])
    }

    @Test func scannerShortcutsAgreeWithTheUnicodeTables() {
        // ASCII, Latin-1 letters and general punctuation are classified without the Unicode tables: each must
        // get what the tables say, alone, before a letter and before a quote mark.
        let scalars = Array(0x00...0x7F) + Array(0xA0...0xFF) + Array(0x2000...0x206F)
        for v in scalars {
            let u = Unicode.Scalar(UInt32(v))!
            let p = u.properties
            let kind: TextScanner.Kind = p.isWhitespace ? .space : p.isAlphabetic ? .letter : p.numericType != nil ? .digit : .other
            for tail in ["", "a", "’"] {
                let bytes = Array((String(Character(u)) + tail).utf8)
                let glyph = bytes.withUnsafeBufferPointer { TextScanner($0).character(at: 0) }
                #expect(glyph.kind == kind && glyph.isUppercase == (kind == .letter && p.isUppercase), "U+\(String(v, radix: 16))")
                #expect(glyph.length == String(u).utf8.count)
            }
            if v >= 0x300 {
                let mark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(p.generalCategory)
                #expect(TextScanner.extends(UInt32(v)) == (v == 0x200D || mark))
            }
        }
    }

    @Test func wordIndexGivesEveryListedWordItsClasses() {
        // The hashed table must agree with the lists it is built from, and know no other word.
        let index = WordIndex.shared
        for (word, classes) in WordClass.table { #expect(index.classes(of: word) == classes, "\(word)") }
        for other in ["", "zebra", "The", "the ", "kōno", "1960", "ofthe"] { #expect(index.classes(of: other) == [], "\(other)") }
        #expect(WordClass.of("the").contains(.determiner) && WordClass.of("january").contains(.month))
        // Tokens carry their word's hash and classes.
        let sample = WordToken.tokenize("The Treaty of 1960, Kōno’s “reply” and THE end.")
        for (k, t) in sample.enumerated() {
            #expect(t.key == FNV1a.hash(sample.lower(k)) && t.word == WordClass.of(sample.lower(k)), "\(sample.text(k))")
        }
        // The builder's own lists are classes too: a token is in the class exactly when its word is on the list.
        let lists: [(Set<String>, WordClass)] = [(FactFinder.subjectPronouns, .subjectPronoun), (FactFinder.placePrepositions, .placePreposition),
            (FactFinder.personVerbs, .personVerb), (FactFinder.organisationWords, .organisationWord), (FactFinder.beforeNumeral, .beforeNumeral),
            (FactFinder.currencyWords, .currencyWord), (FactFinder.notAdverbsInLy, .notAdverbInLy), (Lexicon.vagueAnswers, .vague)]
        let words = Set(WordClass.table.keys).union(["zebra", "Party", "IN", "yen’s"])
        for (list, c) in lists { for w in words { #expect(WordClass.of(w).contains(c) == list.contains(w), "\(w)") } }
    }

    @Test func tokensAreComparedWithLiteralsByTheirBytes() {
        // `isLower` against `==`, for words, marks and a non-ASCII mark; "I" only as a capital; title words by hash.
        let tokens = WordToken.tokenize("The “Party” (of 1960) and THE percent, I said: i.e. it’s 5% - ‘to’ Kōno and Tō.")
        for (k, t) in tokens.enumerated() {
            let lower = tokens.lower(k), text = tokens.text(k)
            #expect(t.isLower("the") == (lower == "the") && t.isLower("and") == (lower == "and"), "\(text)")
            #expect(t.isLower("“") == (text == "“") && t.isLower("(") == (text == "(") && t.isLower("%") == (text == "%"))
            #expect(t.isLower("percent") == (lower == "percent") && t.isLower("‘") == (text == "‘"))
            #expect(t.isPronounI == (text == "I"))
        }
        // Counted by the token's bytes or by its string: the same table.
        var topic = WordCounts(), byString = WordCounts()
        let title = WordToken.tokenize("Kōno and the Party, the 1960 Treaty")
        for (k, t) in title.enumerated() {
            topic.add(title, k)
            byString.add(title.lower(k), key: t.key)
        }
        let titleWords: Set<String> = ["kōno", "and", "the", "party", ",", "1960", "treaty"]
        for (k, _) in tokens.enumerated() {
            #expect((topic.count(of: tokens, k) > 0) == titleWords.contains(tokens.lower(k)), "\(tokens.text(k))")
            #expect(topic.count(of: tokens, k) == byString.count(of: tokens.lower(k), key: tokens[k].key))
        }
        #expect(topic.count(of: title, 2) == 2 && topic.count == byString.count)
        #expect(topic.count > 0 && WordCounts().count == 0)
    }

    @Test func wordCountsAgreeWithADictionary() {
        // Words counted once per sentence, two tables merged, and words that share a hash (forced here: the
        // key is the word's length) still told apart.
        var rng = SeededRandom(seed: 7)
        let vocabulary = (0..<300).map { "w\($0)" } + ["kōno", "東京", ""]
        var parts = [WordCounts(), WordCounts(capacity: 1000)], collided = WordCounts()
        var reference: [String: Int] = [:]
        for sentence in 0..<400 {
            var seen = Set<String>()
            for _ in 0..<Int.random(in: 1...12, using: &rng) {
                let w = vocabulary.randomElement(using: &rng)!
                parts[sentence % 2].add(w, key: FNV1a.hash(w), sentence: sentence)
                collided.add(w, key: UInt64(w.utf8.count), sentence: sentence)
                if seen.insert(w).inserted { reference[w, default: 0] += 1 }
            }
        }
        var merged = parts[0]
        merged.merge(parts[1])
        #expect(merged.count == reference.count && collided.count == reference.count)
        for w in vocabulary + ["absent"] {
            #expect(merged.count(of: w, key: FNV1a.hash(w)) == reference[w] ?? 0, "\(w)")
            #expect(collided.count(of: w, key: UInt64(w.utf8.count)) == reference[w] ?? 0, "\(w)")
        }
    }

    @Test func hashedIndexAgreesWithADictionary() {
        // Keys that fill the same slots (multiples of 1024), key 0, and growth from the smallest table.
        var index = HashedIndex()
        var reference: [UInt64: Int] = [:]
        var rng = SeededRandom(seed: 11)
        for n in 0..<5000 {
            let key = n % 3 == 0 ? UInt64(n) * 1024 : UInt64.random(in: 0...UInt64.max, using: &rng)
            if reference[key] == nil { index.insert(key, n); reference[key] = n }
        }
        #expect(index.count == reference.count)
        for (key, value) in reference { #expect(index[key] == value) }
        for n in 1..<100 { #expect(index[UInt64(n) * 1024 + 1] == nil) }
    }

    @Test func factTypesAreHashedAndTaggedByTheirPlace() {
        for (k, type) in FactType.allCases.enumerated() {
            #expect(type.ordinal == k && type.tags == [type.rawValue])
        }
        #expect(Set(FactType.allCases).count == FactType.allCases.count)
    }

    @Test func datesWithExactSpans() {
        let found = facts("The treaty was signed on January 19, 1960 and revised in May 1970, in the 1980s and in 1995.")
        #expect(has(found, "January 19, 1960", .date))
        #expect(has(found, "May 1970", .date))
        #expect(has(found, "1980s", .decade))
        #expect(has(found, "1995", .year))
        let tokens = WordToken.tokenize("Signed on 19 January 1960.")
        let spans = FactFinder().facts(in: tokens)
        #expect(spans.first { $0.type == .date }.map { ($0.first, $0.end) }! == (2, 5))
        #expect(has(facts("It was the nineteenth century."), "nineteenth century", .century))
    }

    @Test func durationsNumbersAndQuantities() {
        let found = facts("This came 8 years after 7 years of occupation, eight years in all, for 40% of the 35,064 households and $100 million.")
        #expect(has(found, "8 years", .duration))
        #expect(has(found, "7 years", .duration))
        #expect(has(found, "eight years", .duration))
        #expect(has(found, "40%", .percent))
        #expect(has(found, "35,064 households", .quantity))
        #expect(has(found, "$100 million", .money))
        #expect(!found.contains { $0.0 == "may" })
    }

    @Test func numberRangesAreOneAnswer() {
        let found = facts("Cells hold 8–15 chloroplasts, 30-70% of them green, and grana of 0.5–1.4 m; the war of 1939–1945 ended (Packard, 2010, 94-95).")
        #expect(has(found, "8–15 chloroplasts", .quantity))
        #expect(has(found, "30-70%", .percent))
        #expect(has(found, "0.5–1.4 m", .quantity))
        #expect(has(found, "1939–1945", .year))
        #expect(has(found, "(Packard, 2010, 94-95)", .citation))
        // Spaced dashes are not ranges: "8 – 15" stays two numbers.
        let spaced = facts("Scores of 8 – 15 were common.")
        #expect(!spaced.contains { $0.0.contains("–") })
    }

    @Test func nearDuplicateAnswersInAParagraphRankLower() throws {
        let words: (String) -> [Substring] = { AnswerNormalizer.normalize($0).split(separator: " ").sorted() }
        #expect(DeckBuilder.nearlySame(words("Walt Disney Company"), words("The Walt Disney Company")))
        #expect(DeckBuilder.nearlySame(words("Disney"), words("Walt Disney")))
        // Half the words in common is enough (token F1 0.5): such cards interfere with each other.
        #expect(DeckBuilder.nearlySame(words("Disney"), words("Walt Disney Company")))
        #expect(!DeckBuilder.nearlySame(words("Disney"), words("Walt Disney Company Group")))
        #expect(!DeckBuilder.nearlySame(words("Walt Disney Company"), words("Sony Music Group")))
        // The same second sentence, once after a sentence with the same answer and once after one without.
        let second = "The Walt Disney Company is based in Burbank, California."
        func score(_ first: String) throws -> Double {
            let cards = DeckBuilder().build("# T\n\n\(first) \(second)\n").deck.cards
            return try #require(cards.first { $0.answer == "Walt Disney Company" && $0.prompt.contains("Burbank") && $0.kind == .cloze }?.score)
        }
        let alone = try score("The network was bought by the Sony Music Group in 1996.")
        let repeated = try score("The network was bought by the Walt Disney Company in 1996.")
        #expect(abs(repeated - alone * DeckBuilder.nearDuplicatePenalty) < 0.002)
    }

    @Test func cardChunksEndWhereParagraphsEnd() {
        // Paragraphs of 3, 5 and 30 sentences, chunks of about 4: a chunk ends only where a paragraph does,
        // unless a paragraph runs past 4 × 4 sentences.
        let blocks = [Int](repeating: 0, count: 3) + [Int](repeating: 1, count: 5) + [Int](repeating: 2, count: 30)
        let sentences = blocks.enumerated().map { EssaySentence(text: "s", line: 1, block: $0.element, index: $0.offset, place: 0) }
        let chunks = DeckBuilder.chunks(sentences, size: 4)
        #expect(chunks == [0..<8, 8..<24, 24..<38])
        #expect(DeckBuilder.chunks([], size: 4).isEmpty)
    }

    @Test func anAbbreviationInBracketsAfterItsNameIsNotAsked() {
        let cards = DeckBuilder().build("# T\n\nThe American Broadcasting Company (ABC) was founded in 1943 by Edward J. Noble.\n").deck.cards
        #expect(cards.contains { $0.answer == "American Broadcasting Company" })
        #expect(!cards.contains { $0.answer == "ABC" })
        #expect(DeckBuilder.isAbbreviation("ABC") && DeckBuilder.isAbbreviation("PFIs") && DeckBuilder.isAbbreviation("V&A"))
        #expect(!DeckBuilder.isAbbreviation("Abc") && !DeckBuilder.isAbbreviation("A"))
    }

    @Test func aQuantityAndItsConversionAreOneAnswer() {
        let text = "The river is 310 miles (500 km) long and drains 8,840 square miles (22,900 km2); it rose in 1950 (after rain)."
        let tokens = WordToken.tokenize(text)
        let spans = FactFinder().facts(in: tokens).map { (first: $0.first, end: $0.end, type: $0.type, text: $0.text(in: text)) }
        let river = spans.first { $0.text == "310 miles (500 km)" }
        #expect(river?.type == .quantity && river.map { ($0.first, $0.end) }! == (3, 9))
        #expect(spans.contains { $0.text == "8,840 square miles (22,900 km2)" && $0.type == .quantity })
        // Neither half is asked on its own (each would give the other away).
        #expect(!spans.contains { ["500 km", "310 miles", "22,900", "22,900 km2", "8,840 square"].contains($0.text) })
        // A year before a parenthesis is not a conversion.
        #expect(spans.contains { $0.text == "1950" && $0.type == .year })
        // Its variations cannot change one number only: only same-unit facts of the text stand in.
        #expect(Distractors.variations("310 miles (500 km)", type: .quantity).isEmpty)
    }

    @Test func quantityDistractorsShareTheUnitFirst() {
        let pool = ["70 feet", "12 miles", "40 tons", "90 miles", "5 feet"].map { (text: $0, type: FactType.quantity) }
        let picked = Distractors(facts: pool).pick(for: "30 miles", type: .quantity)
        #expect(picked.count == 3)
        #expect(Array(picked.prefix(2)) == ["12 miles", "90 miles"])
        #expect(picked[2].hasSuffix(" miles"))
    }

    @Test func mayAndMarchAreNoDatesWithoutNumbers() {
        let found = facts("Japan may march on, as it may wish.")
        #expect(!found.contains { [.date, .year].contains($0.1) })
    }

    @Test func namedEntities() {
        let found = facts("Japan’s current prime minister, Yukio Hayotama is of the Democratic Party of Japan, as Mr. Smith said in Newcastle upon Tyne.",
                          names: ["japan", "yukio", "hayotama"])
        #expect(has(found, "Yukio Hayotama", .entity) || has(found, "Yukio Hayotama", .person))
        #expect(has(found, "Democratic Party of Japan", .organisation))
        #expect(has(found, "Smith", .person))
        #expect(has(found, "Newcastle upon Tyne", .entity) || has(found, "Newcastle upon Tyne", .place))
        let start = facts("Even after the treaty was signed, there was opposition.")
        #expect(!start.contains { $0.1.isName })
        // A given name makes a person; initials, "St." and a numeral "I" stay inside a name.
        let more = facts("In 1943 the network was sold to Edward J. Noble, and Ada Lovelace moved to St. Louis before World War I and NCAA Division I began.")
        #expect(has(more, "Edward J. Noble", .person))
        #expect(has(more, "Ada Lovelace", .person))
        let honour = facts("The title of John Harvard Scholar went to Ada Lovelace in 1990.")
        #expect(honour.contains { $0.0 == "John Harvard Scholar" && $0.1 != .person }, "\(honour)")
        #expect(has(honour, "Ada Lovelace", .person), "\(honour)")
        #expect(has(more, "St. Louis", .place))
        // A name and the place it is in are no list of two.
        let placed = facts("The biggest city on the river is Cologne, Germany, while Bonn and Mainz are smaller.")
        #expect(!placed.contains { $0.0 == "Cologne, Germany" } && placed.contains { $0.0 == "Cologne" }, "\(placed)")
        #expect(placed.contains { $0.0 == "Bonn and Mainz" && $0.1 == .list }, "\(placed)")
        // A body "of" something goes on after "and" when what follows has no head of its own; a garden is a place.
        let body = facts("The US Department of Housing and Urban Development built homes, and the John Madejski Garden opened.")
        #expect(has(body, "US Department of Housing and Urban Development", .organisation), "\(body)")
        #expect(!body.contains { $0.0 == "Urban Development" || $0.0 == "US Department of Housing" }, "\(body)")
        #expect(has(body, "John Madejski Garden", .place), "\(body)")
        let named = facts("The Royal Borough of Kensington and Chelsea paid for the Joe and Rika Mansueto Library, which John and Charles Wesley visited.")
        #expect(named.contains { $0.0 == "Royal Borough of Kensington and Chelsea" && $0.1 != .list }, "\(named)")
        #expect(named.contains { $0.0 == "Joe and Rika Mansueto Library" && $0.1 != .list }, "\(named)")
        #expect(named.contains { $0.0 == "John and Charles Wesley" && $0.1 == .list }, "\(named)")
        let cities = facts("Trade moved between the City of London and Westminster in 1700.")
        #expect(cities.contains { $0.0 == "City of London and Westminster" && $0.1 == .list }, "\(cities)")
        let two = facts("Loans came from the Bank of England and France in 1920.")
        #expect(two.contains { $0.0 == "Bank of England and France" && $0.1 == .list }, "\(two)")
        // A month alone is hinted as a month, not as a name.
        #expect(FactType.entity.hint(for: "June") == "a month")
        #expect(FactType.entity.hint(for: "Jupiter") == "a name")
        #expect(FactType.list.hint(for: "January or February") == "months")
        #expect(FactType.entity.hint(for: "Victorians") == "a people or group")
        #expect(FactType.entity.hint(for: "Muslims") == "a people or group")
        #expect(FactType.entity.hint(for: "Brian") == "a name")
        #expect(FactType.list.hint(for: "December, January and March") == "months")
        #expect(FactType.list.hint(for: "June and Jupiter") == "several names")
        let month = DeckBuilder(options: .init(minimumScore: 0)).build("The Hoppings funfair is held on the Town Moor annually in June.").deck.cards
        #expect(month.contains { $0.kind == .cloze && $0.answer == "June" && $0.hint == "a month" }, "\(month.map { ($0.answer, $0.hint) })")
        // A state of the US is a place by name, so a city and its state are none either.
        let state = facts("The glow could be seen in Savannah, Georgia, and the smoke in Raleigh, North Carolina.")
        #expect(!state.contains { $0.0 == "Savannah, Georgia" } && has(state, "Georgia", .place), "\(state)")
        #expect(has(state, "North Carolina", .place), "\(state)")
        #expect(has(more, "World War I", .event))
        #expect(more.contains { $0.0 == "NCAA Division I" })
        #expect(!facts("Then I said that it was late in the year 1990.").contains { $0.0.contains("I ") || $0.0 == "I" })
        #expect(!facts("In Japan I saw the treaty of 1960.", names: ["japan"]).contains { $0.0.hasSuffix(" I") })
        #expect(has(facts("It was Elizabeth I who ruled from 1558."), "Elizabeth I", .person))
        // A name's head word stands before its "of" or "for"; a title that opens an organisation's name is part of it.
        let bodies = facts("Teachers register with the General Teaching Council for Scotland, not the State Board of Education, since the Battle of Hastings.")
        #expect(has(bodies, "General Teaching Council for Scotland", .organisation))
        #expect(has(bodies, "State Board of Education", .organisation))
        #expect(has(bodies, "Battle of Hastings", .event))
        #expect(!has(facts("Pharmacies use the Bowl of Hygieia in their logos."), "Bowl of Hygieia", .event))
        #expect(has(facts("It happened after the collapse of the Soviet Union."), "Soviet Union", .place))
    }

    @Test func lowScoringFactsMakeNoCardButEveryParagraphKeepsItsBest() {
        let text = "# T\n\nThe treaty was signed on January 19, 1960 by the parties after much debate about the matter.\n\nThe parties reserve the right to end it by serving notice.\n"
        let all = DeckBuilder(options: .init(minimumScore: 0)).build(text).deck.cards
        let kept = DeckBuilder(options: .init(minimumScore: 0.3)).build(text).deck.cards
        let firstForm: (Card) -> Bool = { [.cloze, .question].contains($0.kind) }
        func answers(_ cards: [Card], line: Int) -> Set<String> { Set(cards.filter { $0.source?.line == line && firstForm($0) }.map(\.answer)) }
        // Paragraph one: only what reaches the floor.
        #expect(answers(all, line: 3).count > 1)
        #expect(answers(kept, line: 3) == Set(all.filter { $0.source?.line == 3 && firstForm($0) && ($0.score ?? 0) >= 0.3 }.map(\.answer)))
        #expect(answers(kept, line: 3).contains("January 19, 1960"))
        // Paragraph two: nothing reaches it, so its best fact alone stays.
        #expect(all.filter { $0.source?.line == 5 }.allSatisfy { ($0.score ?? 0) < 0.3 })
        let best = all.filter { $0.source?.line == 5 }.max { ($0.score ?? 0) < ($1.score ?? 0) }
        #expect(answers(kept, line: 5) == [best!.answer])
    }

    @Test func listsOfNamesAndOfNounPhrases() {
        let names = facts("It sells to France, Argentina, the United Kingdom, Belgium and Spain.", names: ["argentina", "belgium"])
        #expect(has(names, "France, Argentina, the United Kingdom, Belgium and Spain", .list))
        let terms = facts("The museum keeps textiles, ceramics, graphic arts and photography.")
        #expect(has(terms, "textiles, ceramics, graphic arts and photography", .enumeration))
        #expect(!facts("In terms of benefits and detriments, the treaty gives protection.").contains { [.list, .enumeration].contains($0.1) })
        // Two noun phrases are not an enumeration ("cats and dogs" stays two terms).
        #expect(!facts("The museum keeps textiles and ceramics.").contains { $0.1 == .enumeration })
    }

    @Test func definitionsAndTerms() {
        let found = facts("The largest construction projects are referred to as megaprojects.")
        #expect(has(found, "megaprojects", .definition))
        #expect(found.contains { $0.0 == "largest construction projects" && $0.1 == .term })
    }

    @Test func citationsAreFoundAndNeverBlanked() {
        let found = facts("Japanese imports come in but American imports cannot (Packard, 2010, 94-95).")
        #expect(has(found, "(Packard, 2010, 94-95)", .citation))
        let deck = DeckBuilder().build("# T\n\nJapanese imports came in 1960 while American imports could not (Packard, 2010, 94-95).\n").deck
        #expect(!deck.cards.contains { $0.answer.contains("Packard") && $0.kind == .cloze })
        let cite = deck.cards.first { $0.tags == ["citation"] }
        #expect(cite?.prompt == "Which source does the essay cite for the claim that japanese imports came in 1960 while American imports could not?" ||
                cite?.prompt == "Which source does the essay cite for the claim that Japanese imports came in 1960 while American imports could not?")
        #expect(cite?.answer == "Packard, 2010")
    }

    @Test func referenceEntries() {
        let text = "Garten, J. E. (1992). A Cold Peace. New York: Times Books. Nixon, R. (1980). The Real War. New York: Warner Books. Packard, G. R. (2010). “The United States-Japan Security Treaty at 50 – Still a Grand Bargain? ” Foreign Affairs 89 (2). , 92-103."
        let entries = ReferenceParser.entries(in: text)
        #expect(entries.map(\.authors) == ["Garten, J. E.", "Nixon, R.", "Packard, G. R."])
        #expect(entries.map(\.year) == ["1992", "1980", "2010"])
        #expect(entries.map(\.title) == ["A Cold Peace", "The Real War", "The United States-Japan Security Treaty at 50 – Still a Grand Bargain?"])
        #expect(entries[0].venue == "New York: Times Books")
        #expect(entries[2].venue.hasPrefix("Foreign Affairs 89 (2)"))
        let doc = TextDocument("# Essay\n\nA paragraph.\n\n## Works Cited\n\nSmith, A. (2001). A Book. Oxford: OUP.\n")
        #expect(doc.blocks.last?.kind == .reference)
    }

    @Test func listGapsAndFactTextsFromTokens() {
        // Every gap of up to three of these words, against the rule: ",", "and", "or", ", and", ", or", maybe
        // followed by "the" (names) or not (noun phrases).
        let words = [",", "and", "or", "the", "but", ";", "And"]
        var gaps: [[String]] = [[]]
        for _ in 0..<3 { gaps += gaps.flatMap { g in words.map { g + [$0] } }.filter { g in !gaps.contains(g) } }
        for gap in gaps {
            let tokens = WordToken.tokenize(gap.joined(separator: " "))
            for article in [true, false] {
                var rule = tokens.indices.map(tokens.lower)
                if article, rule.last == "the" { rule.removeLast() }
                let expected = [[","], ["and"], ["or"], [",", "and"], [",", "or"]].contains(rule)
                #expect(FactFinder.isListGap(tokens.items[...], article: article) == expected, "\(gap) \(article)")
            }
        }
        // A fact's text: its tokens as written, one space where the source has any.
        let t = WordToken.tokenize("Kōno’s  “plan” (1960–61),\tsigned")
        #expect(FactFinder.text(t, 0, t.count) == "Kōno’s “plan” (1960–61), signed")
        #expect(FactFinder.text(t, 1, 2) == t.text(1))
        #expect(FactFinder.text(t, 2, 5) == "plan” (" && FactFinder.text(t, 0, 3) == "Kōno’s “plan")
        // Every span's text, read from its sentence's bytes, is its tokens joined by one space where the source
        // has any white space (spaces, tabs, line breaks, no-break and ideographic spaces).
        for sentence in ["Kōno’s  “plan” (1960–61),\tsigned", "A\u{A0}B  C\n\nD\u{3000}E", "plain words, one space", "x  \t y"] {
            let tokens = WordToken.tokenize(sentence)
            for a in tokens.indices { for b in (a + 1)...tokens.count {
                var joined = ""
                for k in a..<b { joined += (k > a && tokens[k].start > tokens[k - 1].end ? " " : "") + tokens.text(k) }
                let span = FactSpan(first: a, end: b, type: .term, start: tokens[a].start, byteEnd: tokens[b - 1].end)
                #expect(span.text(in: sentence) == joined, "\(sentence) \(a) \(b)")
            } }
        }
    }

    @Test func distractorMemoGivesWhatPickingGivesAndStaysBounded() {
        let texts = ["North Korea", "China", "Japan", "South Korea", "Russia", "Taiwan", "Vietnam", "India"]
        let d = Distractors(facts: texts.map { (text: $0, type: FactType.place) } + [(text: "1960", type: .year)])
        let memo = DistractorMemo(d, count: 6, limit: 3)
        let asked: [(String, FactType)] = texts.map { ($0, .place) } + [("1960", .year), ("1951", .year), ("Japan", .place)]
        // Asked from two workers at once, and again: always what picking gives.
        let answers = Parallel.map(over: 0..<(2 * asked.count), chunk: 1) { r in
            let (answer, type) = asked[r.lowerBound % asked.count]
            return memo.entries(for: answer, type: type).map(\.text)
        }
        for (k, got) in answers.enumerated() {
            let (answer, type) = asked[k % asked.count]
            #expect(got == d.entries(for: answer, type: type, count: memo.wanted(for: type)).map(\.text), "\(answer)")
        }
        #expect(memo.remembered == 3)
        #expect(memo.wanted(for: .place) == 10 && memo.wanted(for: .year) == 6)
    }

    @Test func distractorsAreOfTheTypeAndNeverVariantsOfTheAnswer() {
        let pool = [(text: "North Korea", type: FactType.place), (text: "Korea", type: FactType.place),
                    (text: "China", type: FactType.place), (text: "north korea", type: FactType.place),
                    (text: "Yukio Hayotama", type: FactType.person), (text: "Japan", type: FactType.place)]
        let d = Distractors(facts: pool)
        let picked = d.pick(for: "North Korea", type: .place)
        #expect(picked.count == 3)
        #expect(!picked.contains { Distractors.clashes($0, with: "North Korea") })
        #expect(picked.prefix(2).sorted() == ["China", "Japan"])
        #expect(!picked.contains("Yukio Hayotama"))
        let years = Distractors(facts: []).pick(for: "1960", type: .year)
        #expect(years == ["1959", "1961", "1958"])
        let durations = Distractors(facts: []).pick(for: "8 years", type: .duration)
        #expect(durations.count == 3 && durations.allSatisfy { $0.hasSuffix(" years") && $0 != "8 years" })
        // Number words vary by number words, the same in every run ("twelve", not "dozen", for 12).
        #expect(Distractors.variations("eleven teams", type: .quantity) == ["twelve teams", "ten teams", "thirteen teams", "nine teams", "fourteen teams"])
        #expect(Distractors.clashes("the Soviet Union", with: "Soviet Union"))
        #expect(Distractors.clashes("Jan 19 1960", with: "January 19, 1960"))
        // The same name misspelled is no other name; another name sharing a last word is.
        #expect(Distractors.clashes("Yukio Hayotama", with: "Hatoyama"))
        #expect(!Distractors.clashes("the European Union", with: "the Soviet Union"))
        // An abbreviation of the answer's name is the answer; two names of the same initials are not.
        #expect(Distractors.clashes("the US and Japan", with: "the United States and Japan"))
        #expect(Distractors.clashes("U.S.", with: "United States"))
        #expect(!Distractors.clashes("North Korea", with: "New Kingdom"))
        #expect(!Distractors.clashes("the UK and Japan", with: "the United States and Japan"))
    }

    @Test func distractorsAgreeWithTheirPlace() {
        // A date differs by its year, not by a neighbouring day; a day without a year by a week or more.
        #expect(Distractors.variations("January 19, 1960", type: .date).prefix(2) == ["January 19, 1959", "January 19, 1961"])
        // A date stands in for a date of its own shape only: the text's full dates are no choice for a month.
        let dates = Distractors(facts: [(text: "October 12, 1943", type: FactType.date), (text: "May 1950", type: FactType.date)])
        #expect(dates.pick(for: "June 2007", type: .date) == ["May 1950", "June 2006", "June 2008"])
        #expect(dates.pick(for: "June 30, 1951", type: .date).first == "October 12, 1943")
        #expect(Distractors.variations("April 4", type: .date).prefix(2) == ["April 11", "April 14"])
        // A unit agrees with its new number.
        #expect(Distractors.variations("2 years", type: .duration).contains("1 year"))
        #expect(Distractors.variations("1 year", type: .duration).first == "2 years")
        // After "the", only a name said with "the" (its own article dropped); elsewhere, none that needs one.
        #expect(DistractorAgreement.fitted("China", answer: "Soviet Union", type: .place, afterThe: true) == nil)
        #expect(DistractorAgreement.fitted("United States", answer: "Soviet Union", type: .place, afterThe: true) == "United States")
        #expect(DistractorAgreement.fitted("the United Kingdom", answer: "Soviet Union", type: .place, afterThe: true) == "United Kingdom")
        #expect(DistractorAgreement.fitted("Soviet Union", answer: "China", type: .place, afterThe: false) == nil)
        #expect(DistractorAgreement.fitted("Germany", answer: "China", type: .place, afterThe: false) == "Germany")
        #expect(DistractorAgreement.fitted("Paris", answer: "Athens", type: .place, afterThe: false) == "Paris")
        #expect(["Soviet Union", "China", "the Netherlands"].map(DistractorAgreement.withArticle) == ["the Soviet Union", "China", "the Netherlands"])
        // Where too few names said with "the" are at hand, the gap takes the article and the choices theirs.
        let cards = DeckBuilder().build("The treaty was signed in Tokyo after the collapse of the Soviet Union, China said.").deck.cards
        let choice = cards.first { $0.kind == .choice && $0.answer.hasSuffix("Soviet Union") }
        #expect(choice?.answer == "the Soviet Union" && choice?.prompt.contains("collapse of ___") == true, "\(cards.map(\.prompt))")
    }

    @Test func trueFalseCardsAreBalanced() throws {
        let text = try String(contentsOf: Paths.decks.appendingPathComponent("sources/us-japan-security-treaty.txt"), encoding: .utf8)
        let cards = DeckBuilder().build(text).deck.cards.filter { $0.kind == .truefalse }
        let trues = cards.filter(\.isTrue).count
        #expect(cards.count >= 6)
        #expect(abs(2 * trues - cards.count) <= 1)
    }

    @Test func aDateWhoseYearTheSentenceRepeatsMakesOnlyACloze() {
        // Among other dates the choice is found by its year, and a false date contradicts "the 2014 acquisition".
        let text = "Following the 2014 acquisition of Sky Italia in November 2014, the company changed its name.\n\n"
            + "The network was sold to the Walt Disney Company on 31 July 1996 for 19 billion dollars.\n"
        let cards = DeckBuilder().build(text).deck.cards
        // (Every form of a fact records the fact's key.)
        func forms(of answer: String) -> [CardKind] {
            let fact = cards.first { $0.kind == .cloze && $0.answer == answer }?.fact
            return cards.filter { fact != nil && $0.fact == fact }.map(\.kind)
        }
        #expect(forms(of: "November 2014") == [.cloze])
        // A date whose year stands alone keeps its choice and its statement.
        #expect(Set(forms(of: "31 July 1996")) == [.cloze, .choice, .truefalse])
    }

    @Test(arguments: ["ewt-weblog-iraq-2004", "ewt-weblog-opinion-2006"])
    func goldenRestrainedDeck(_ name: String) throws {
        // The default (restrained) deck of two texts the project did not write (Fixtures/texts/SOURCE.md).
        let text = try String(contentsOfFile: Paths.fixture("texts/\(name).txt"), encoding: .utf8)
        let restraint = Restraint(audit: DeckAudit(model: try SyntaxModel.bundled()))
        let built = DeckBuilder(options: .init(title: name, sourcePath: "\(name).txt", restraint: restraint)).build(text)
        try Self.expectGolden(built.deck, "golden/\(name).built.deck")
        #expect(restraint.audit.findings(built.deck, sourceText: text).isEmpty)
    }

    /// Checks `deck`, printed, against the golden file `name` (re-recorded on purpose with
    /// QUIZ_RECORD_GOLDEN=1), and that the printed deck lints clean.
    static func expectGolden(_ deck: Deck, _ name: String) throws {
        let printed = DeckPrinter.print(deck)
        let golden = Paths.fixture(name)
        if ProcessInfo.processInfo.environment["QUIZ_RECORD_GOLDEN"] == "1" {
            try printed.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        #expect(printed == (try String(contentsOfFile: golden, encoding: .utf8)), "re-record on purpose with QUIZ_RECORD_GOLDEN=1")
        #expect(DeckParser.parse(printed, file: "built.deck").diagnostics.isEmpty)
    }

    @Test func goldenSeedDeck() throws {
        let essay = Paths.decks.appendingPathComponent("sources/us-japan-security-treaty.txt")
        let text = try String(contentsOf: essay, encoding: .utf8)
        let built = DeckBuilder(options: .init(title: "US-Japan Security Treaty", sourcePath: "sources/us-japan-security-treaty.txt")).build(text)
        try Self.expectGolden(built.deck, "golden/us-japan-security-treaty.built.deck")
    }

    @Test func factsFoundChunkByChunkAreTheWholeEssaysFacts() {
        // Facts are found in the same pass that learns names, each chunk with what it alone shows; a sentence
        // whose opening word the whole essay shows otherwise is read again. "Kestrel" opens sentences only in
        // the first chunk and is a name mid-sentence only in the last: the first chunk alone does not know it.
        var paragraphs: [String] = []
        for n in 0..<1200 { paragraphs.append("Kestrel reported \(n + 3) ships at sea. The harbour was busy in \(1800 + n % 90).") }
        for n in 0..<1200 { paragraphs.append("Sailors met Kestrel near the harbour \(n + 5) times. Grain prices rose by \(n % 40) percent.") }
        let text = paragraphs.joined(separator: "\n\n")
        let context = DeckBuilder().analyse(text, progress: { _ in }, begin: { _ in })
        #expect(context.sentences.count == 4800)
        let tokens = context.sentences.map { WordToken.tokenize($0.text) }
        let whole = FactFinder.learning(from: tokens)
        let firstChunk = FactFinder.learning(from: Array(tokens[0..<2048]))
        var differ = 0
        for (i, t) in tokens.enumerated() {
            let facts = whole.facts(in: t)
            #expect(context.facts[i] == facts, "sentence \(i)")
            if i < 2048 && firstChunk.facts(in: t) != facts { differ += 1 }
        }
        // (The case this test is for: the first chunk alone would have found other facts.)
        #expect(differ > 0)
        #expect(context.facts[0].contains { $0.text(in: context.sentences[0].text) == "Kestrel" })
    }

    @Test func largeEssaysAreBuiltInParallelChunksDeterministically() throws {
        // Sixty copies of the seed essay, each with its own first sentence: thousands of sentences, so the
        // card pass runs in many chunks at once; the result must not depend on which chunk finished first.
        let essay = try String(contentsOf: Paths.decks.appendingPathComponent("sources/us-japan-security-treaty.txt"), encoding: .utf8)
        let text = (1...60).map { "Part \($0) was written in \(1900 + $0).\n\n" + essay }.joined(separator: "\n\n")
        let first = DeckBuilder().build(text).deck
        let second = DeckBuilder().build(text).deck
        #expect(first == second)
        #expect(Set(first.cards.map(\.id)).count == first.cards.count)
        #expect(first.cards.count > 60 * 50)
        // Cards stay in text order.
        let lines = first.cards.compactMap { $0.source?.line }
        #expect(lines == lines.sorted())
        // The streamed batches are the built deck.
        var streamed: [Card] = []
        var title = ""
        _ = DeckBuilder().stream(text, begin: { title = $0 }, emit: { streamed += $0 })
        #expect(streamed == first.cards && title == first.title)
        #expect(first.cards.contains { $0.id.hasSuffix("-2") } && first.cards.contains { $0.kind == .truefalse && $0.isTrue })
        // True and false statements alternate over the whole deck.
        let tf = first.cards.filter { $0.kind == .truefalse }
        #expect(abs(tf.filter(\.isTrue).count * 2 - tf.count) <= 1)
    }

    @Test func deterministic() throws {
        let text = try String(contentsOf: Paths.decks.appendingPathComponent("sources/us-japan-security-treaty.txt"), encoding: .utf8)
        let a = DeckPrinter.print(DeckBuilder().build(text).deck)
        let b = DeckPrinter.print(DeckBuilder().build(text).deck)
        #expect(a == b)
    }

    @Test func sentenceKeysCollapseSpacesAsCharacterSplittingDoes() {
        // Ids hash a sentence's key; the fast way of making it must give exactly what splitting into characters
        // gives, or ids (and progress) would change: no-break and ideographic spaces, CR LF, a mark after a space
        // (one character with it), a prepended mark before one, emoji with a skin tone.
        let samples = ["Tōkyō  Station\u{00A0}is “big”", " a\u{0301} b ", "x \u{0301}y", "a\r\nb", "e\u{0600} f",
                       "\u{2028}Lead and trail\u{3000}", "emoji 👍🏽 ok", "tab\tand  É", "日本 の\u{3000}首都",
                       "İstanbul ΣΟΦΊΑ Ǆemal ẞ Ω", "ÀÉÎ\u{00A0} Łódź"]
        for sample in samples {
            let byCharacters = sample.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(CardID.normalize(sample) == byCharacters, "\(sample.debugDescription)")
        }
        // The fast way declines where a space joins its neighbour.
        #expect(CardID.normalizedScalars("x \u{0301}y") == nil)
        #expect(CardID.normalizedScalars("Tōkyō  STATION") == Array("tōkyō station".utf8))
    }

    @Test func sequentialPassSuffixesRepeatedIdsAndAlternatesStatements() {
        // Cards made in one order (b, a, a, t, t) are put in deck order (a, a, b, t, t); ids are counted and
        // statements alternate in the order they were made; an id not of the built form is counted too.
        func made(_ cards: [(id: String, kind: CardKind, order: Int, statement: String?)]) -> DeckBuilder.MadeCards {
            var made = DeckBuilder.MadeCards()
            for c in cards {
                made.append(Card(id: c.id, kind: c.kind, prompt: "p", answer: c.kind == .truefalse ? "false" : "x"),
                            .init(sentence: c.order, token: 0, form: 0), trueStatement: c.statement)
            }
            return made
        }
        var batch = DeckBuilder.MadeBatch(made([("c-00000002", .cloze, 3, nil), ("c-00000001", .cloze, 1, nil), ("c-00000001", .cloze, 2, nil),
                                                ("t-00000009", .truefalse, 4, "T1"), ("t-00000009", .truefalse, 5, "T2")]))
        #expect(batch.cards.map(\.id) == ["c-00000001", "c-00000001", "c-00000002", "t-00000009", "t-00000009"])
        var state = DeckBuilder.EmitState()
        state.finish(&batch)
        #expect(batch.cards.map(\.id) == ["c-00000001", "c-00000001-2", "c-00000002", "t-00000009", "t-00000009-2"])
        #expect(batch.cards[3].prompt == "T1" && batch.cards[3].answer == "true")
        #expect(batch.cards[4].prompt == "p" && batch.cards[4].answer == "false")
        // The next batch goes on counting where this one stopped.
        var next = DeckBuilder.MadeBatch(made([("c-00000002", .cloze, 6, nil), ("t-00000008", .truefalse, 7, "T3"),
                                               ("card-7", .cloze, 8, nil), ("card-7", .cloze, 9, nil)]))
        state.finish(&next)
        #expect(next.cards.map(\.id) == ["c-00000002-2", "t-00000008", "card-7", "card-7-2"])
        #expect(next.cards[1].answer == "true" && state.count == 9)
        // Cards made for the same place keep the order they were made in; every card lands where its order says.
        var rng = SeededRandom(seed: 3)
        let places = (0..<200).map { _ in Int.random(in: 0..<40, using: &rng) }
        let shuffled = DeckBuilder.MadeBatch(made(places.enumerated().map { ("c-\($0.offset)", .cloze, $0.element, nil) }))
        let expected = places.enumerated().sorted { ($0.element, $0.offset) < ($1.element, $1.offset) }.map { "c-\($0.offset)" }
        #expect(shuffled.cards.map(\.id) == expected)
        #expect(shuffled.positions.enumerated().allSatisfy { shuffled.cards[Int($0.element)].id == "c-\($0.offset)" })
    }

    @Test func builtIdsPackIntoDistinctNumbers() {
        // Every built id gets a number no other id has (the sequential pass counts ids by it); other ids none.
        var rng = SeededRandom(seed: 9)
        var ids = Set<String>(), keys = Set<UInt64>()
        for _ in 0..<20_000 {
            let value = UInt64.random(in: 0..<2_821_109_907_456, using: &rng)
            let kind = [CardKind.cloze, .question, .choice, .truefalse].randomElement(using: &rng)!
            let id = CardID.make(kind: kind, digits: CardID.digits(value))
            if ids.insert(id).inserted { keys.insert(CardID.packed(id)!) }
        }
        #expect(ids.count == keys.count)
        for kind in [CardKind.cloze, .question, .choice, .truefalse] {
            #expect(CardID.packed(CardID.make(kind: kind, digits: "00000000")) != nil)
            #expect(CardID.packed(CardID.make(kind: kind, digits: "zzzzzzzz")) != nil)
        }
        for other in ["card-1", "c-0000000", "c-000000000", "x-00000000", "c_00000000", "c-0000000A", "c-00000000-2", ""] {
            #expect(CardID.packed(other) == nil, "\(other)")
        }
        var counts = HashedIndex()
        #expect(counts.increment(5) == 1 && counts.increment(5) == 2 && counts.increment(7) == 1 && counts[5] == 2)
    }

    @Test func idDigitsSortAsTheirValues() {
        // Choices are ordered by their would-be ids; the builder compares the digits' values instead.
        let sentence = CardID.sentenceHash(CardID.normalize("The treaty was signed in 1960."))
        let answers = (0..<500).map { "answer \($0)" } + ["1960", "Kishi", "", "東京"]
        let byString = answers.sorted { CardID.digits(sentenceHash: sentence, answer: $0) < CardID.digits(sentenceHash: sentence, answer: $1) }
        let byValue = answers.sorted { CardID.digitsValue(sentenceHash: sentence, answer: $0) < CardID.digitsValue(sentenceHash: sentence, answer: $1) }
        #expect(byString == byValue)
        // The digits are the hash's last eight base-36 digits, zero-padded, and the value is that hash's.
        for answer in answers {
            let hash = FNV1a.hash(CardID.normalize(answer), from: sentence)
            let last = String(String(hash, radix: 36).suffix(8))
            #expect(CardID.digits(sentenceHash: sentence, answer: answer) == String(repeating: "0", count: 8 - last.count) + last)
            #expect(CardID.normalizedHash(answer, from: sentence) == hash)
        }
        #expect(CardID.digits(0) == "00000000" && CardID.digits(35) == "0000000z" && CardID.digits(36) == "00000010")
    }

    @Test func idsSurviveAnEditElsewhere() throws {
        let text = try String(contentsOf: Paths.decks.appendingPathComponent("sources/us-japan-security-treaty.txt"), encoding: .utf8)
        let before = DeckBuilder().build(text).deck.cards
        let edited = text.replacingOccurrences(of: "The treaty was signed at the height of the Cold War.",
                                               with: "The treaty was signed at the very height of the Cold War in 1960.")
            + "\n\nA new closing paragraph about Tokyo and Osaka in 2024.\n"
        let after = DeckBuilder().build(edited).deck.cards
        let unchanged = before.filter { !$0.prompt.contains("height of the Cold War") && !($0.source?.line ?? 0 >= 15 && $0.source?.line ?? 0 <= 15) }
        let afterIDs = Set(after.map(\.id))
        let kept = unchanged.filter { afterIDs.contains($0.id) }
        #expect(Double(kept.count) >= 0.9 * Double(unchanged.count), "\(unchanged.count - kept.count) ids changed")
        #expect(after.contains { $0.id == before.first { $0.answer == "January 19, 1960" && $0.kind == .question }?.id })
    }

    @Test func emptyAndFactlessInputsGiveAnEmptyDeckWithAWarning() {
        let result = DeckBuilder().build("just some words without anything to ask\n")
        #expect(result.deck.cards.isEmpty)
        #expect(result.warnings == ["no facts found: the deck has no cards"])
    }
}
