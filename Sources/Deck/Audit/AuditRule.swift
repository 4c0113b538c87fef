/// A rule of the card rubric (docs/deck-builder.md): what a card a student can trust does not do.
public enum AuditRule: String, CaseIterable, Sendable {
    /// A cloze blank that is not a whole phrase: it splits a word, takes a verb or a modifier, or leaves part
    /// of its phrase outside.
    case blankPhrase = "blank-phrase"
    /// A blank that is one slot of a list (`such as China, North Korea and …`): no single answer.
    case listSlot = "list-slot"
    /// A blank whose answer says little: a vague noun alone, or a phrase led by "similar", "numerous", "other"…
    case vagueAnswer = "vague-answer"
    /// A count whose items the sentence lists (`There are {{two kinds}}: …`): trivia.
    case listedCount = "listed-count"
    /// A prompt that opens on a pronoun or "this X" whose referent is not in the card (or whose first clause
    /// does, after a short opening phrase: "Still, it is …").
    case danglingPronoun = "dangling-pronoun"
    /// A prompt with a hole where the source lost text: a formula or a link left out ("where  is the area").
    case brokenText = "broken-text"
    /// A prompt in the author's voice (I, we, you).
    case authorVoice = "author-voice"
    /// A prompt that ends on a colon: the list it announces is missing.
    case endsWithColon = "ends-with-colon"
    /// A prompt too long to study from (more than `DeckAudit.longestPrompt` words): the fact is lost in it.
    case longPrompt = "long-prompt"
    /// The answer appears in the rest of the prompt.
    case answerGivenAway = "answer-given-away"
    /// A card that asks for a citation or a reference-list entry.
    case citation = "citation"
    /// An answer that keeps the source's misspelling, with no correct spelling accepted.
    case sourceSpelling = "source-spelling"
    /// More than two cards on one source sentence.
    case crowdedSentence = "crowded-sentence"
    /// Two cards that ask for the same answer from the same source sentence.
    case repeatedFact = "repeated-fact"
}
