#!/usr/bin/env python3
"""Imports an Anki text file with the real Anki backend into a fresh collection and prints what it got as
JSON: {"notes": [{"notetype": ..., "fields": [...], "tags": [...], "deck": ...}, ...]}.
Exit 3 when the `anki` package is not installed (the Swift test then skips)."""
import json, os, sys, tempfile
try:
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportCsvRequest
except ImportError:
    sys.exit(3)

path = sys.argv[1]
with tempfile.TemporaryDirectory() as tmp:
    col = Collection(os.path.join(tmp, "collection.anki2"))
    metadata = col.get_csv_metadata(path=path, delimiter=None)
    col.import_csv(ImportCsvRequest(path=path, metadata=metadata))
    notes = []
    for nid in sorted(col.find_notes("")):
        note = col.get_note(nid)
        card = note.cards()[0]
        notes.append({"notetype": note.note_type()["name"], "fields": list(note.fields), "tags": list(note.tags),
                      "deck": col.decks.name(card.did)})
    col.close()
print(json.dumps({"notes": notes}, ensure_ascii=False))
