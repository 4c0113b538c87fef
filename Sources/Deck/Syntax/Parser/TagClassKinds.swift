/// Which tag classes are punctuation marks, verbs and quotation marks: what the parser's counts of the words
/// between two words read.
struct TagClassKinds: Sendable {
    let punctuation: [Bool]
    let verb: [Bool]
    let quote: [Bool]

    init(_ tags: [PartOfSpeechTagger.TagPair]) {
        punctuation = tags.map { $0.upos == "PUNCT" }
        verb = tags.map { $0.upos == "VERB" || $0.upos == "AUX" }
        quote = tags.map { $0.xpos == "``" || $0.xpos == "''" }
    }
}
