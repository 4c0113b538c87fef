import Testing
@testable import Deck

/// Anki notes, cards and review log as decks and reviews: pure functions on values, no files.
@Suite struct AnkiImportTests {
    static let basic = AnkiNotetype(id: 10, name: "Basic", isCloze: false, fields: ["Front", "Back"],
                                    templates: [AnkiTemplate(ordinal: 0, name: "Card 1", front: "{{Front}}",
                                                             back: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")])
    static let reversed = AnkiNotetype(id: 11, name: "Basic (and reversed card)", isCloze: false, fields: ["Front", "Back"],
                                       templates: [AnkiTemplate(ordinal: 0, name: "Card 1", front: "{{Front}}", back: "{{FrontSide}}<hr id=answer>{{Back}}"),
                                                   AnkiTemplate(ordinal: 1, name: "Card 2", front: "{{Back}}", back: "{{FrontSide}}<hr id=answer>{{Front}}")])
    static let cloze = AnkiNotetype(id: 12, name: "Cloze", isCloze: true, fields: ["Text", "Back Extra"],
                                    templates: [AnkiTemplate(ordinal: 0, name: "Cloze", front: "{{cloze:Text}}", back: "{{cloze:Text}}<br>{{Back Extra}}")])

    /// Three notes (Basic, reversed, cloze with two numbers), five cards, in two decks, and a review log.
    static func collection() -> AnkiCollection {
        AnkiCollection(
            notetypes: [10: basic, 11: reversed, 12: cloze],
            decks: [1: "Default", 100: "Japanese::Vocabulary", 200: "Geography"],
            notes: [AnkiNote(id: 1001, guid: "a", notetype: 10, fields: ["What is <b>neko</b>?", "a cat<br>(the animal)"], tags: ["animals"]),
                    AnkiNote(id: 1002, guid: "b", notetype: 11, fields: ["inu", "dog"], tags: []),
                    AnkiNote(id: 1003, guid: "c", notetype: 12, fields: ["{{c1::Tokyo}} is the capital of {{c2::Japan::country}}.", ""], tags: ["geo"])],
            cards: [AnkiCard(id: 5001, note: 1001, deck: 100, ordinal: 0),
                    AnkiCard(id: 5002, note: 1002, deck: 100, ordinal: 0),
                    AnkiCard(id: 5003, note: 1002, deck: 100, ordinal: 1),
                    AnkiCard(id: 5004, note: 1003, deck: 300, ordinal: 0, originalDeck: 200),
                    AnkiCard(id: 5005, note: 1003, deck: 200, ordinal: 1)],
            reviews: [AnkiReview(id: 1_767_225_600_000, card: 5001, ease: 3, duration: 4200, type: 0),
                      AnkiReview(id: 1_767_225_660_000, card: 5003, ease: 1, type: 0),
                      AnkiReview(id: 1_767_312_000_000, card: 5001, ease: 4, type: 1),
                      AnkiReview(id: 1_767_312_100_000, card: 5001, ease: 0, type: 4),   // manual reschedule: no rating
                      AnkiReview(id: 1_767_312_200_000, card: 9999, ease: 3, type: 1),   // a deleted card
                      AnkiReview(id: 1_767_312_300_000, card: 5005, ease: 2, type: 3)],  // filtered deck, rescheduled
            creation: 1_767_225_600)
    }

    @Test func notesBecomeCardsInTheirDecks() {
        let result = AnkiImport.convert(Self.collection())
        #expect(result.decks.map(\.id) == ["geography", "japanese-vocabulary"])
        let vocabulary = result.decks[1].deck, geography = result.decks[0].deck
        #expect(vocabulary.title == "Japanese::Vocabulary")
        #expect(vocabulary.cards.map(\.id) == ["anki-1001-0", "anki-1002-0", "anki-1002-1"])
        #expect(vocabulary.cards[0] == Card(id: "anki-1001-0", kind: .question, prompt: "What is neko?", answer: "a cat\n(the animal)", tags: ["animals"]))
        #expect(vocabulary.cards[1].prompt == "inu" && vocabulary.cards[1].answer == "dog")
        #expect(vocabulary.cards[2].prompt == "dog" && vocabulary.cards[2].answer == "inu")
        // The cloze card in a filtered deck goes to its home deck; one card per cloze number.
        #expect(geography.cards.map(\.id) == ["anki-1003-0", "anki-1003-1"])
        #expect(geography.cards[0].prompt == "{{Tokyo}} is the capital of Japan." && geography.cards[0].hint == nil)
        #expect(geography.cards[1].prompt == "Tokyo is the capital of {{Japan}}." && geography.cards[1].hint == "country")
        #expect(geography.cards[1].answer == "Japan" && geography.cards[1].tags == ["geo"])
    }

    @Test func ratedReviewsBecomeLogEntriesWithStableIDs() {
        let result = AnkiImport.convert(Self.collection())
        #expect(result.reviews.map(\.id) == ["anki-1767225600000", "anki-1767225660000", "anki-1767312000000", "anki-1767312300000"])
        #expect(result.reviews.map(\.rating) == [.good, .again, .easy, .hard])
        #expect(result.reviews[0].key == CardKey(deck: "japanese-vocabulary", card: "anki-1001-0"))
        #expect(result.reviews[0].durationMs == 4200 && result.reviews[1].durationMs == nil)
        #expect(result.reviews[0].time == Timestamp(milliseconds: 1_767_225_600_000))
        #expect(result.reviews[3].key == CardKey(deck: "geography", card: "anki-1003-1"))
        #expect(result.warnings == ["1 review of cards not imported left out"])
        // The same collection gives the same decks and reviews, so a second import has nothing new.
        #expect(AnkiImport.convert(Self.collection()) == result)
    }

    @Test func quizTagsKeepCardIDsAndBadNotesAreLeftOutWithAReason() {
        var collection = Self.collection()
        collection.notes[0].tags = ["animals", "quiz::treaty-signed"]
        collection.notes[1].tags = ["quiz::two-cards"]  // a note with two cards keeps Anki's ids
        collection.notes.append(AnkiNote(id: 1004, guid: "d", notetype: 10, fields: ["Front only", ""], tags: []))
        collection.notes.append(AnkiNote(id: 1005, guid: "e", notetype: 77, fields: ["?", "!"], tags: []))
        collection.cards += [AnkiCard(id: 5006, note: 1004, deck: 100, ordinal: 0), AnkiCard(id: 5007, note: 1005, deck: 100, ordinal: 0),
                             AnkiCard(id: 5008, note: 1003, deck: 200, ordinal: 2)]
        let result = AnkiImport.convert(collection)
        let vocabulary = result.decks[1].deck
        #expect(vocabulary.cards.map(\.id) == ["treaty-signed", "anki-1002-0", "anki-1002-1"])
        #expect(vocabulary.cards[0].tags == ["animals"])
        #expect(result.reviews[0].key.card == "treaty-signed")
        #expect(result.warnings.contains("note 1003 card 3 (Cloze): no cloze deletion c3; left out"))
        #expect(result.warnings.contains("note 1004 card 1 (Basic): no answer: the back shows no field the front does not; left out"))
        #expect(result.warnings.contains("note 1005: its note type 77 is missing; left out"))
    }

    @Test func htmlFieldsBecomeText() {
        #expect(AnkiHTML.text("a<br>b<br/>c<br />d").text == "a\nb\nc\nd")
        #expect(AnkiHTML.text("<div>one</div><div>two</div>").text == "one\ntwo")
        #expect(AnkiHTML.text("line<div>next</div>").text == "line\nnext")
        #expect(AnkiHTML.text("<p>para</p><ul><li>x</li><li>y</li></ul>").text == "para\nx\ny")
        #expect(AnkiHTML.text("<b>bold</b> and <i>italic</i> and <span style=\"color: red\">red</span>").text == "bold and italic and red")
        #expect(AnkiHTML.text("Tom &amp; Jerry &lt;3 &quot;hi&quot; &#39;x&#39; &#x263A; caf&eacute;").text == "Tom & Jerry <3 \"hi\" 'x' ☺ caf&eacute;")
        #expect(AnkiHTML.text("a&nbsp;&nbsp;b   c\n d").text == "a  b c d")
        #expect(AnkiHTML.text("a < b and c > d").text == "a < b and c > d")
        #expect(AnkiHTML.text("x<script>alert(1)</script>y<style>.a{}</style>z").text == "xyz")
        let image = AnkiHTML.text("Which animal? <img src=\"cat.png\"> <IMG SRC='dog &amp; co.jpg' /> [sound:meow.mp3]")
        #expect(image.text == "Which animal? [image: cat.png] [image: dog & co.jpg] [sound: meow.mp3]")
        #expect(image.media == ["cat.png", "dog & co.jpg", "meow.mp3"])
        #expect(AnkiHTML.html("a < b & c\nd") == "a &lt; b &amp; c<br>d")
        #expect(AnkiHTML.text(AnkiHTML.html("Tom & <Jerry>\nsecond line")).text == "Tom & <Jerry>\nsecond line")
    }

    @Test func clozeMarkupBecomesGaps() {
        let text = "{{c1::Tokyo}} is the capital of {{c2::Japan::country}}; {{c1::Osaka}} is not."
        #expect(AnkiCloze.numbers(in: text) == [1, 2])
        let one = AnkiCloze.card(text, number: 1), two = AnkiCloze.card(text, number: 2)
        #expect(one.text == "{{Tokyo}} is the capital of Japan; {{Osaka}} is not." && one.gaps == 2 && one.hints.isEmpty)
        #expect(two.text == "Tokyo is the capital of {{Japan}}; Osaka is not." && two.hints == ["country"])
        #expect(ClozeText(one.text).answer == "Tokyo; Osaka")
        // Literal braces are escaped; a nested deletion shows as its text inside the outer gap.
        #expect(AnkiCloze.card("f(x) = {x} {{c1::y}}", number: 1).text == "f(x) = \\{x\\} {{y}}")
        #expect(AnkiCloze.card("{{c1::outer {{c2::inner}} end}}", number: 1).text == "{{outer inner end}}")
        #expect(AnkiCloze.card("{{c1::outer {{c2::inner}} end}}", number: 2).gaps == 0)
        #expect(AnkiCloze.card("no {{c1::close", number: 1).gaps == 0)
        #expect(AnkiCloze.card("{{c12::twelve}}", number: 12).text == "{{twelve}}")
    }

    @Test func templatesSayWhichFieldsAskAndWhichAnswer() {
        let basic = AnkiTemplateFields(front: "{{Front}}", back: "{{FrontSide}}<hr id=answer>{{Back}}")
        #expect(basic.question == ["Front"] && basic.answer == ["Back"])
        let typed = AnkiTemplateFields(front: "{{Front}}\n\n{{type:Back}}", back: "{{Front}}<hr id=answer>{{type:Back}}")
        #expect(typed.question == ["Front"] && typed.answer == ["Back"])
        let optional = AnkiTemplateFields(front: "{{#Add Reverse}}{{Back}}{{/Add Reverse}}", back: "{{FrontSide}}<hr id=answer>{{Front}}")
        #expect(optional.question == ["Back"] && optional.answer == ["Front"])
        let hinted = AnkiTemplateFields(front: "{{Word}}{{hint:Notes}}", back: "{{FrontSide}}{{text:Meaning}}{{!comment}}")
        #expect(hinted.question == ["Word"] && hinted.answer == ["Meaning"] && hinted.hints == ["Notes"])
        #expect(AnkiTemplateFields(front: "{{cloze:Text}}", back: "{{cloze:Text}}{{Back Extra}}").cloze == "Text")
    }

    @Test func deckNamesGiveFileIDs() {
        let ids = AnkiImport.deckFileIDs(["Japanese::Vocabulary", "Default", "Français — verbes", "japanese vocabulary", "::"])
        #expect(ids["Japanese::Vocabulary"] == "japanese-vocabulary" && ids["japanese vocabulary"] == "japanese-vocabulary-2")
        #expect(ids["Default"] == "default" && ids["Français — verbes"] == "français-verbes" && ids["::"] == "anki")
    }

    @Test func exportedCollectionImportsBackToTheSameDeck() {
        let deck = Deck(title: "Treaty", cards: [
            Card(id: "signed", kind: .question, prompt: "When <signed>?", answer: "1960", accepted: ["Jan 1960"], hint: "a year", tags: ["date"]),
            Card.cloze(id: "warheads", text: "nuclear, chemical or {{biological}} {{warheads}}", hint: "weapons"),
            Card(id: "threat", kind: .choice, prompt: "Which country?", answer: "North Korea", choices: ["China", "North Korea"]),
            Card(id: "cold-war", kind: .truefalse, prompt: "It was the Cold War.", answer: "true"),
        ])
        let key = { (card: String) in CardKey(deck: "treaty", card: card) }
        let t0 = Timestamp(milliseconds: 1_767_225_600_000)
        let reviews = [ReviewRecord(id: "r1", key: key("signed"), time: t0, rating: .good, durationMs: 5000),
                       ReviewRecord(id: "r2", key: key("signed"), time: t0 + .days(2), rating: .good),
                       ReviewRecord(id: "r3", key: key("threat"), time: t0, rating: .again),
                       ReviewRecord(id: "r4", key: key("threat"), time: t0 + .days(1), rating: .good, scheduled: false)]
        let scheduler = FSRSScheduler()
        let collection = AnkiPackageExport.collection(deck: deck, deckID: "treaty", reviews: reviews, scheduler: scheduler, now: t0 + .days(3))
        #expect(collection.notes.count == 4 && collection.cards.count == 4)
        #expect(collection.reviews.map(\.ease) == [3, 3, 1])  // the cram review is not a scheduled one
        // Types from the state before each review: both of "signed"'s found it learning (one Good leaves a new card on a step).
        #expect(collection.reviews.map(\.type) == [0, 0, 0])
        #expect(collection.notes[1].fields[0] == "nuclear, chemical or {{c1::biological}} {{c1::warheads}}")
        #expect(collection.notes[0].fields[0] == "When &lt;signed&gt;?" && collection.notes[0].tags == ["date", "quiz::signed"])
        // Each card's memory state is the replayed one.
        let state = ReviewHistory.replay(key: key("signed"), reviews: Array(reviews.prefix(2)), scheduler: scheduler)
        let signed = collection.cards[0]
        #expect(signed.type == 2 && signed.queue == 2 && signed.reps == 2 && signed.interval >= 1)
        #expect(signed.data.contains("\"s\":") && signed.data.contains("\"lrt\":\(t0.microseconds / 1_000_000 + 2 * 86_400)"))
        #expect(state.state == .review)
        #expect(collection.cards[2].type == 1 && collection.cards[2].queue == 1 && collection.cards[3].type == 0 && collection.cards[3].data == "{}")
        // Importing the exported collection gives the same cards, ids and reviews (with Anki's ids).
        let back = AnkiImport.convert(collection)
        #expect(back.warnings.isEmpty && back.decks.count == 1)
        #expect(back.decks[0].deck.cards == deck.cards)
        #expect(back.reviews.map(\.key.card) == ["signed", "threat", "signed"])
        #expect(back.reviews.map(\.rating) == [.good, .again, .good])
        // Exporting again gives the same collection.
        #expect(AnkiPackageExport.collection(deck: deck, deckID: "treaty", reviews: reviews, scheduler: scheduler, now: t0 + .days(3)) == collection)
    }
}
