#!/usr/bin/env python3
"""Imports an Anki package (.apkg) with the real Anki backend into a fresh collection, with scheduling, and
prints what it got as JSON: {"notes": N, "cards": N, "notes_list": [{"notetype", "fields", "tags", "deck"}],
"revlog": [{"tag": quiz tag of the card's note, "ease", "type", "ivl", "time"}],
"cards_list": [{"tag", "type", "queue", "ivl", "reps", "lapses", "stability", "difficulty"}]}.
Exit 3 when the `anki` package is not installed (the Swift test then skips)."""
import json, os, sys, tempfile
try:
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageRequest, ImportAnkiPackageOptions
except ImportError:
    sys.exit(3)

path = sys.argv[1]
with tempfile.TemporaryDirectory() as tmp:
    col = Collection(os.path.join(tmp, "collection.anki2"))
    col.import_anki_package(ImportAnkiPackageRequest(package_path=path, options=ImportAnkiPackageOptions(with_scheduling=True)))

    def quiz_tag(note):
        return next((t for t in note.tags if t.startswith("quiz::")), "")

    notes, cards, revlog = [], [], []
    for nid in sorted(col.find_notes("")):
        note = col.get_note(nid)
        notes.append({"notetype": note.note_type()["name"], "fields": list(note.fields), "tags": list(note.tags),
                      "deck": col.decks.name(note.cards()[0].did)})
        for card in note.cards():
            state = card.memory_state
            cards.append({"tag": quiz_tag(note), "type": card.type, "queue": card.queue, "ivl": card.ivl, "reps": card.reps,
                          "lapses": card.lapses, "stability": state.stability if state else None,
                          "difficulty": state.difficulty if state else None})
    for rid, cid, ease, kind, ivl in col.db.all("select id, cid, ease, type, ivl from revlog order by id"):
        revlog.append({"tag": quiz_tag(col.get_card(cid).note()), "ease": ease, "type": kind, "ivl": ivl, "time": rid})
    out = {"notes": col.note_count(), "cards": col.card_count(), "notes_list": notes, "revlog": revlog, "cards_list": cards}
    col.close()
print(json.dumps(out, ensure_ascii=False))
