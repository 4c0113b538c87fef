#!/usr/bin/env python3
"""Imports an Anki text file with the real Anki backend into a fresh collection and prints what it got as
JSON: {"notes": [{"notetype": ..., "fields": [...], "named": {field: value}, "tags": [...], "deck": ...}, ...]}.
Usage: import_check.py FILE [FIELD...] — each FIELD is first added to the stock Basic and Cloze note types,
as a user who wants the extra columns kept would add it.
Exit 3 when the `anki` package is not installed (the Swift test then skips)."""
import json, os, sys, tempfile
try:
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportCsvRequest
except ImportError:
    sys.exit(3)

path, extra_fields = sys.argv[1], sys.argv[2:]
with tempfile.TemporaryDirectory() as tmp:
    col = Collection(os.path.join(tmp, "collection.anki2"))
    for name in ("Basic", "Cloze"):
        notetype = col.models.by_name(name)
        for field in extra_fields:
            col.models.add_field(notetype, col.models.new_field(field))
        col.models.update_dict(notetype)
    metadata = col.get_csv_metadata(path=path, delimiter=None)
    col.import_csv(ImportCsvRequest(path=path, metadata=metadata))
    notes = []
    for nid in sorted(col.find_notes("")):
        note = col.get_note(nid)
        card = note.cards()[0]
        notes.append({"notetype": note.note_type()["name"], "fields": list(note.fields), "named": dict(note.items()),
                      "tags": list(note.tags),
                      "deck": col.decks.name(card.did)})
    col.close()
print(json.dumps({"notes": notes}, ensure_ascii=False))
