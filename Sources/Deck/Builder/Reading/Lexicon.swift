/// Small word lists the builder reads text with: function words, months, number words, demonyms,
/// titles and organisation head words. No model, no download.
enum Lexicon {
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
        "our", "my", "your", "some", "any", "each", "every", "no", "another", "such", "both", "either", "neither", "all", "most", "many", "much", "several", "few"]
    static let prepositions: Set<String> = ["of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "upon",
        "about", "above", "across", "after", "against", "along", "among", "around", "before", "behind", "below", "beneath",
        "beside", "besides", "between", "beyond", "during", "except", "inside", "near", "off", "outside", "over", "past",
        "since", "through", "throughout", "toward", "towards", "under", "underneath", "until", "unlike", "up", "via",
        "within", "without", "per", "despite", "like", "than", "as", "amid", "via"]
    static let conjunctions: Set<String> = ["and", "or", "but", "nor", "so", "yet", "because", "although", "though", "while",
        "whereas", "if", "unless", "whether", "when", "where", "which", "who", "whom", "whose", "that", "what", "how", "why",
        "once", "then", "thus", "hence", "however", "therefore", "also"]
    static let pronouns: Set<String> = ["i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "itself",
        "themselves", "himself", "herself", "one", "ones", "there", "here", "this", "that", "these", "those", "which", "who"]
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
        "having", "do", "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "not",
        "'s", "n't"]
    static let commonVerbs: Set<String> = [
        "include", "includes", "included", "including", "become", "becomes", "became", "make", "makes", "made", "take",
        "takes", "took", "taken", "give", "gives", "gave", "given", "use", "uses", "used", "call", "calls", "called",
        "know", "knows", "knew", "known", "found", "find", "finds", "located", "held", "hold", "holds", "built", "build",
        "begin", "began", "begun", "begins", "lead", "leads", "led", "won", "win", "wins", "lost", "lose", "leave", "left",
        "contain", "contains", "contained", "consist", "consists", "consisted", "form", "forms", "formed", "serve", "serves",
        "served", "create", "created", "creates", "help", "helped", "helps", "require", "requires", "required", "allow",
        "allows", "allowed", "provide", "provides", "provided", "remain", "remains", "remained", "see", "sees", "saw",
        "seen", "named", "name", "names", "refer", "refers", "referred", "describe", "described", "describes", "produce",
        "produced", "produces", "establish", "established", "founded", "found", "received", "receive", "receives",
        "reached", "reach", "reaches", "played", "plays", "play", "run", "runs", "ran", "came", "come", "comes", "went",
        "go", "goes", "gone", "said", "say", "says", "told", "tell", "tells", "show", "shows", "showed", "shown", "set",
        "sets", "put", "puts", "get", "gets", "got", "brought", "bring", "brings", "kept", "keep", "keeps", "moved",
        "move", "moves", "considered", "consider", "considers", "developed", "develop", "develops", "appear", "appears",
        "appeared", "seem", "seems", "seemed", "opened", "open", "opens", "signed", "sign", "signs", "caused", "cause",
        "causes", "supervises", "manages", "managed", "manage", "stated", "states", "state", "argued", "argues", "argue",
        "believed", "believe", "believes", "feel", "feels", "felt", "want", "wants", "wanted", "need", "needs", "needed",
        "gained", "gain", "gains", "expected", "expect", "expects", "increased", "increase", "increases", "reduced",
        "reduce", "reduces", "continued", "continue", "continues", "owned", "own", "owns", "operated", "operate",
        "operates", "hosted", "host", "hosts", "defeated", "defeat", "defeats", "joined", "join", "joins", "elected",
        "elect", "elects", "designed", "design", "designs", "worked", "work", "works", "lived", "live", "lives", "died",
        "die", "dies", "born", "married", "wrote", "write", "writes", "written", "published", "publish", "publishes",
        "introduced", "introduce", "introduces", "replaced", "replace", "replaces", "returned", "return", "returns",
        "added", "add", "adds", "announced", "announce", "announces", "attended", "attend", "attends", "ranked", "rank",
        "ranks", "measured", "measure", "measures", "covers", "covered", "cover", "lies", "lay", "lie", "flows", "flowed",
        "flow", "ends", "ended", "end", "began", "starts", "started", "start", "occurs", "occurred", "occur",
        "bought", "sold", "taught", "thought", "fought", "caught", "sought", "spent", "sent", "meant", "grew", "drew",
        "threw", "flew", "wore", "rose", "fell", "fed", "met", "paid", "laid", "heard", "stood", "understood", "sat",
        "struck", "hung", "sang", "spoke", "broke", "chose", "drove", "rode", "ate", "hid", "shot", "slept", "dealt",
        "exist", "exists", "existed", "buy", "buys", "sell", "sells", "grow", "grows", "rise", "rises", "fall", "falls",
        "become", "seek", "seeks", "spend", "spends", "send", "sends", "mean", "means", "pay", "pays", "stand", "stands",
        "speak", "speaks", "choose", "chooses", "tend", "tends", "depend", "depends", "differ", "differs", "involve",
        "involves", "represent", "represents", "support", "supports", "suggest", "suggests", "occupy", "occupies",
        "affect", "affects", "determine", "determines", "prevent", "prevents", "ensure", "ensures", "act", "acts",
    ]
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1_000_000,
        "billion": 1_000_000_000, "dozen": 12,
    ]
    static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth", "twenty-first", "last"]
    /// Colours: an adjective that states a fact of its own ("the {{white pants}}").
    static let colours: Set<String> = ["white", "black", "red", "blue", "green", "yellow", "orange", "purple", "pink",
        "brown", "grey", "gray", "gold", "golden", "silver", "violet", "crimson", "scarlet", "navy"]
    /// Adjectives that describe in passing (age, size, rank, how usual) when they open a term the text uses
    /// once ("a {{new imaging campaign}}", "the {{coming decades}}"), unlike those that classify ("{{prime
    /// factorization}}", "{{rough endoplasmic reticulum}}").
    static let descriptiveAdjectives: Set<String> = ["new", "old", "modern", "current", "recent", "former", "previous",
        "coming", "major", "minor", "main", "large", "small", "big", "high", "low", "higher", "lower", "larger",
        "smaller", "leading", "full", "separate", "opposite", "typical", "common", "various", "different", "specific",
        "particular", "certain", "dominant", "ongoing", "significant", "key", "traditional", "original", "usual",
        "normal", "famous", "notable", "popular", "prominent", "distinct", "subsequent", "existing", "successful"]
    static let durationUnits: Set<String> = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries"]
    static let quantityUnits: Set<String> = ["km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "m",
        "feet", "ft", "inches", "kg", "kilograms", "tons", "tonnes", "pounds", "lb", "acres", "hectares", "square",
        "people", "students", "members", "employees", "residents", "inhabitants", "species", "games", "points", "times",
        "percent", "per", "cent", "degrees", "°c", "°f", "mph", "gb", "mb", "votes", "seats", "troops", "soldiers",
        "cubic", "sq", "km2", "km²", "m2", "m²", "mi", "cm", "mm", "yards", "yard", "kilometre", "kilometer", "metre",
        "meter", "foot", "inch", "litres", "liters", "gallons", "grams", "ton", "tonne", "pound"]
    static let currencies: Set<Character> = ["$", "£", "€", "¥"]
    static let demonyms: Set<String> = ["american", "americans", "japanese", "chinese", "british", "french", "german",
        "germans", "russian", "russians", "soviet", "korean", "koreans", "english", "european", "europeans", "asian",
        "african", "australian", "canadian", "italian", "spanish", "indian", "mexican", "dutch", "roman", "romans",
        "greek", "greeks", "swiss", "austrian", "irish", "scottish", "welsh", "victorian", "christian", "muslim",
        "jewish", "catholic", "protestant", "methodist", "western", "eastern", "northern", "southern"]
    static let countries: Set<String> = ["japan", "china", "united states", "north korea", "south korea", "soviet union",
        "russia", "germany", "france", "england", "britain", "united kingdom", "canada", "mexico", "india", "australia",
        "italy", "spain", "korea", "taiwan", "vietnam", "brazil", "egypt", "israel", "iran", "iraq", "switzerland",
        "netherlands", "austria", "poland", "ireland", "scotland", "wales", "europe", "asia", "africa", "america",
        "uk", "usa", "uae", "ussr"]
    /// The states of the United States (not Washington, as often a person), places by name as countries are.
    static let usStates: Set<String> = ["alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
        "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
        "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
        "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
        "vermont", "virginia", "west virginia", "wisconsin", "wyoming"]
    /// Whether `lower`, in lower case, is the name of a country or a state of the US.
    static func isPlaceByName(_ lower: String) -> Bool { countries.contains(lower) || usStates.contains(lower) }
    static let personTitles: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "professor", "president", "king", "queen",
        "prince", "princess", "sir", "lord", "lady", "saint", "st", "general", "captain", "senator", "governor",
        "minister", "chancellor", "pope", "bishop", "emperor", "empress", "duke", "judge", "gen", "col", "lt", "sgt",
        "capt", "maj", "adm", "gov", "sen", "rep", "rev"]
    static let organisationHeads: Set<String> = ["university", "college", "school", "company", "corporation", "inc",
        "ltd", "party", "council", "committee", "association", "society", "institute", "agency", "department",
        "ministry", "bank", "church", "museum", "forces", "force", "army", "navy", "court", "union", "league", "club",
        "foundation", "organization", "organisation", "network", "group", "board", "commission", "office",
        "government", "senate", "congress", "parliament", "assembly", "federation", "holdings", "industries",
        "enterprises", "studios", "airlines", "llc", "plc", "corp"]
    static let placeHeads: Set<String> = ["river", "lake", "mountain", "mountains", "mount", "sea", "ocean", "island",
        "islands", "city", "county", "state", "province", "valley", "bay", "street", "road", "park", "bridge", "square",
        "station", "airport", "stadium", "castle", "palace", "hall", "tower", "desert", "forest", "peninsula", "gulf",
        "coast", "district", "borough", "region", "territory", "north", "south", "east", "west", "empire", "garden", "gardens",
        "avenue", "canal", "harbour", "harbor", "beach", "cathedral", "abbey"]
    static let eventHeads: Set<String> = ["war", "revolution", "treaty", "battle", "crisis", "olympics", "games", "cup",
        "bowl", "championship", "conference", "summit", "act", "agreement", "accord", "election", "rebellion",
        "movement"]
    static let connectors: Set<String> = ["of", "the", "and", "de", "du", "von", "van", "der", "la", "le", "upon", "for", "&"]
    static let hedges: [String] = ["it can be inferred", "needless to say", "it would appear", "it seems", "in my opinion",
        "i think", "i believe", "it could be argued", "arguably", "perhaps", "it is possible that", "one could say",
        "it can be seen", "can be seen as", "it is clear that", "obviously", "of course"]
    /// Per byte: whether a hedge (all ASCII) starts with it.
    static let hedgeInitials: [Bool] = (0..<256).map { b in hedges.contains { $0.utf8.first == UInt8(b) } }
    static let vagueAnswers: Set<String> = ["it", "this", "that", "they", "them", "these", "those", "he", "she", "one",
        "other", "others", "some", "many", "much", "all", "both", "each", "such", "thing", "things", "way", "ways",
        "part", "lot", "time", "times", "fact", "case", "terms", "aspects", "respect", "number", "kind", "type"]

    /// Adverbs and particles that never make an answer on their own.
    static let adverbs: Set<String> = ["even", "still", "now", "well", "already", "never", "always", "just", "only",
        "very", "rather", "further", "often", "sometimes", "usually", "again", "soon", "later", "ever", "too", "quite",
        "almost", "instead", "together", "away", "back", "else", "there", "here", "not", "more", "less", "most", "least"]

    static func isFunctionWord(_ lower: String) -> Bool {
        determiners.contains(lower) || prepositions.contains(lower) || conjunctions.contains(lower)
            || pronouns.contains(lower) || auxiliaries.contains(lower) || adverbs.contains(lower)
    }
}

/// Which of the lexicon's lists a lower-cased word is on, looked up once per token.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let determiner = WordClass(rawValue: 1 << 0)
    static let preposition = WordClass(rawValue: 1 << 1)
    static let conjunction = WordClass(rawValue: 1 << 2)
    static let pronoun = WordClass(rawValue: 1 << 3)
    static let auxiliary = WordClass(rawValue: 1 << 4)
    static let adverb = WordClass(rawValue: 1 << 5)
    static let commonVerb = WordClass(rawValue: 1 << 6)
    static let month = WordClass(rawValue: 1 << 7)
    static let numberWord = WordClass(rawValue: 1 << 8)
    static let durationUnit = WordClass(rawValue: 1 << 9)
    static let quantityUnit = WordClass(rawValue: 1 << 10)
    static let demonym = WordClass(rawValue: 1 << 11)
    static let country = WordClass(rawValue: 1 << 12)
    static let personTitle = WordClass(rawValue: 1 << 13)
    static let organisationHead = WordClass(rawValue: 1 << 14)
    static let placeHead = WordClass(rawValue: 1 << 15)
    static let eventHead = WordClass(rawValue: 1 << 16)
    static let connector = WordClass(rawValue: 1 << 17)
    static let vague = WordClass(rawValue: 1 << 18)
    static let multiplier = WordClass(rawValue: 1 << 19)
    static let givenName = WordClass(rawValue: 1 << 20)
    // The builder's own short lists (`FactFinder`), looked up for nearly every token.
    static let subjectPronoun = WordClass(rawValue: 1 << 21)
    static let placePreposition = WordClass(rawValue: 1 << 22)
    static let personVerb = WordClass(rawValue: 1 << 23)
    static let organisationWord = WordClass(rawValue: 1 << 24)
    static let beforeNumeral = WordClass(rawValue: 1 << 25)
    static let currencyWord = WordClass(rawValue: 1 << 26)
    static let notAdverbInLy = WordClass(rawValue: 1 << 27)

    /// Function words: determiners, prepositions, conjunctions, pronouns, auxiliaries and adverbs.
    static let function: WordClass = [.determiner, .preposition, .conjunction, .pronoun, .auxiliary, .adverb]

    /// Every word on some list, with its classes.
    static let table: [String: WordClass] = {
        var t: [String: WordClass] = [:]
        func mark(_ words: some Sequence<String>, _ c: WordClass) { for w in words { t[w, default: []].insert(c) } }
        mark(Lexicon.determiners, .determiner)
        mark(Lexicon.prepositions, .preposition)
        mark(Lexicon.conjunctions, .conjunction)
        mark(Lexicon.pronouns, .pronoun)
        mark(Lexicon.auxiliaries, .auxiliary)
        mark(Lexicon.adverbs, .adverb)
        mark(Lexicon.commonVerbs, .commonVerb)
        mark(Lexicon.months.keys, .month)
        mark(Lexicon.numberWords.keys, .numberWord)
        mark(Lexicon.durationUnits, .durationUnit)
        mark(Lexicon.quantityUnits, .quantityUnit)
        mark(Lexicon.demonyms, .demonym)
        mark(Lexicon.countries, .country)
        mark(Lexicon.usStates, .country)
        mark(Lexicon.personTitles, .personTitle)
        mark(Lexicon.organisationHeads, .organisationHead)
        mark(Lexicon.placeHeads, .placeHead)
        mark(Lexicon.eventHeads, .eventHead)
        mark(Lexicon.connectors, .connector)
        mark(Lexicon.vagueAnswers, .vague)
        mark(["million", "billion", "thousand", "hundred", "trillion"], .multiplier)
        mark(Lexicon.givenNames, .givenName)
        mark(FactFinder.subjectPronouns, .subjectPronoun)
        mark(FactFinder.placePrepositions, .placePreposition)
        mark(FactFinder.personVerbs, .personVerb)
        mark(FactFinder.organisationWords, .organisationWord)
        mark(FactFinder.beforeNumeral, .beforeNumeral)
        mark(FactFinder.currencyWords, .currencyWord)
        mark(FactFinder.notAdverbsInLy, .notAdverbInLy)
        return t
    }()

    static func of(_ lower: String) -> WordClass { WordIndex.shared.classes(of: lower) }
}
