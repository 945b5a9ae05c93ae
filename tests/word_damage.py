"""Ways to damage a saved word index, shared by the ingest (self-healing) and load (refusal) tests."""

from alongside.words import META_FILE, VECTORS_FILE


def garble_vectors(folder):
    (folder / VECTORS_FILE).write_bytes(b"this is not a numpy file")


def truncate_vectors(folder):
    path = folder / VECTORS_FILE
    path.write_bytes(path.read_bytes()[:-1000])


def garble_meta(folder):
    (folder / META_FILE).write_text("{not json", encoding="utf-8")
