#!/usr/bin/env python3
"""Makes Anki packages with the real Anki backend, for the Swift tests to import.
Usage: make_packages.py OUTDIR — writes OUTDIR/deck.apkg (modern, with legacy support: a dummy
collection.anki2 beside collection.anki21b), OUTDIR/deck-latest.apkg (collection.anki21b only),
OUTDIR/collection.colpkg, OUTDIR/collection-legacy.colpkg (collection.anki21) and prints JSON describing
what went in: {"notes": N, "cards": N, "reviews": N, "reviews_by_card": {"NID-ORD": count}, "cards_by_note": ...}.
A collection with Basic, Basic (and reversed card) and Cloze notes, some HTML, an image, and reviews answered
through the v3 scheduler.
Exit 3 when the `anki` package is not installed (the Swift test then skips)."""
import json, os, sys, tempfile
try:
    from anki.collection import Collection, ExportAnkiPackageOptions
    from anki.decks import DeckId
except ImportError:
    sys.exit(3)

out = sys.argv[1]
with tempfile.TemporaryDirectory() as tmp:
    col = Collection(os.path.join(tmp, "collection.anki2"))
    deck_id = col.decks.id("Japanese::Vocabulary")
    with open(os.path.join(tmp, "cat.png"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\nnot really a picture")
    image = col.media.add_file(os.path.join(tmp, "cat.png"))

    def add(notetype, fields, tags=()):
        note = col.new_note(col.models.by_name(notetype))
        for k, v in enumerate(fields):
            note.fields[k] = v
        note.tags = list(tags)
        col.add_note(note, deck_id)
        return note

    add("Basic", ["What is <b>neko</b>?", "a cat<br>(the animal)"], ["animals"])
    add("Basic", ["Capital of France", "Paris &amp; nothing else"])
    add("Basic (and reversed card)", ["inu", "dog"], ["animals"])
    add("Basic", ["Which animal? <img src=\"%s\">" % image, "<div>a cat</div>"])
    add("Cloze", ["{{c1::Tokyo}} is the capital of {{c2::Japan::country}}.", "extra"])
    add("Cloze", ["The treaty was signed in {{c1::1960}}.", ""])

    # Reviews through the v3 scheduler: it answers whichever card is due, as a learner would.
    col.decks.select(deck_id)
    for ease in [3, 1, 3, 4, 3, 2, 3, 3, 1]:
        card = col.sched.getCard()
        if card is None:
            break
        card.start_timer()
        col.sched.answerCard(card, ease)

    revlog = col.db.all("select id, cid, ease, type, time from revlog order by id")
    by_card = {}
    for _id, cid, ease, kind, ms in revlog:
        c = col.get_card(cid)
        key = "%d-%d" % (c.nid, c.ord)
        by_card[key] = by_card.get(key, 0) + 1
    cards = col.db.all("select nid, ord from cards")

    col.export_anki_package(out_path=os.path.join(out, "deck.apkg"),
                            options=ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True, with_media=True, legacy=True),
                            limit=None)
    col.export_anki_package(out_path=os.path.join(out, "deck-latest.apkg"),
                            options=ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True, with_media=True, legacy=False),
                            limit=None)
    col.export_anki_package(out_path=os.path.join(out, "deck-noscheduling.apkg"),
                            options=ExportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False, with_media=False, legacy=False),
                            limit=None)
    notes = col.note_count()
    col.export_collection_package(os.path.join(out, "collection.colpkg"), include_media=True, legacy=False)
    # Exporting a whole collection closes it.
    col = Collection(os.path.join(tmp, "collection.anki2"))
    col.export_collection_package(os.path.join(out, "collection-legacy.colpkg"), include_media=True, legacy=True)
    print(json.dumps({"notes": notes, "cards": len(cards), "reviews": len(revlog), "reviews_by_card": by_card,
                      "cards_by_note": sorted("%d-%d" % (n, o) for n, o in cards), "image": image}))
