"""load -> clean -> chunk -> embed -> upsert: idempotent, incremental, and self-healing.

Chroma is the record of what is indexed. Each chunk carries its document's content hash and
chunk count, so a run can tell, document by document, whether the index holds exactly the
current version. Anything else (new, edited, or left half-written by a crash) is re-embedded,
its chunks upserted under ids derived from the hash, and every other chunk of that document
deleted. Unchanged documents cost one metadata read and no embedding.

The keyword and word indexes beside Chroma are brought in line at the end of every run. The
word vectors come from the same forward pass as the chunk embeddings; unchanged chunks keep
their saved vectors, and chunks with none (a lost or unreadable word index) are re-encoded.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from alongside import questions
from alongside.embeddings import Embedder, WordEmbedder, load_embedder, model_spec
from alongside.errors import IndexMismatchError
from alongside.keyword import KeywordIndex
from alongside.settings import Settings
from alongside.store import SCHEMA_VERSION, Store
from alongside.words import WordIndex, WordIndexWriter
from ingest.chunk import Chunk, chunk_text, embedding_text
from ingest.docstore import DocStore
from ingest.loaders import Document, SkipFile, discover, load_document

log = logging.getLogger("alongside.ingest")
EMBED_BATCH = 64


@dataclass
class IngestSummary:
    """What one ingest run did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    chunks_written: int = 0
    chunks_total: int = 0
    seconds: float = 0.0
    embed_seconds: float = 0.0
    questions: int | None = None  # questions indexed, when the question index was rebuilt
    question_problems: list[str] = field(default_factory=list)  # lines skipped, and why

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def to_json(self) -> dict:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
            "chunks_written": self.chunks_written,
            "chunks_total": self.chunks_total,
            "seconds": round(self.seconds, 3),
            "embed_seconds": round(self.embed_seconds, 3),
            "questions": self.questions,
            "question_problems": self.question_problems,
        }

    def render(self) -> str:
        lines = [
            f"documents: {len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.removed)} removed, "
            f"{len(self.skipped)} skipped",
            f"chunks: {self.chunks_written} written, {self.chunks_total} in the index",
            f"time: {self.seconds:.1f} s"
            + (
                f" (embedding {self.embed_seconds:.1f} s, "
                f"{self.chunks_written / self.embed_seconds:.0f} chunks/s)"
                if self.embed_seconds > 0
                else ""
            ),
        ]
        if self.questions is not None:
            lines.append(f"questions: {self.questions} indexed")
        for path, reason in self.skipped:
            lines.append(f"skipped {path}: {reason}")
        for problem in self.question_problems:
            lines.append(f"question file: {problem}")
        return "\n".join(lines)


def doc_hash(doc: Document, settings: Settings) -> str:
    """Everything that decides a document's chunks: its text, metadata and the chunking rules."""
    payload = {
        "schema": SCHEMA_VERSION,
        "chunk_size": settings.chunk_size,
        "chunk_overlap": settings.chunk_overlap,
        "meta": [doc.doc_id, doc.title, doc.publisher, doc.author, doc.date, doc.audience,
                 doc.reviewed, doc.fmt],
        "text": doc.text,
    }
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()


def chunk_id(doc_id: str, dhash: str, index: int) -> str:
    return f"{doc_id}:{dhash[:16]}:{index:05d}"


def chunk_metadata(doc: Document, dhash: str, chunk: Chunk, n_chunks: int) -> dict:
    return {
        "doc_id": doc.doc_id,
        "title": doc.title,
        "publisher": doc.publisher,
        "audience": doc.audience,
        "source": doc.source,
        "section": json.dumps(list(chunk.section), ensure_ascii=False),
        "start": chunk.start,
        "end": chunk.end,
        "chunk_index": chunk.index,
        "content_hash": chunk.content_hash,
        "doc_hash": dhash,
        "doc_chunks": n_chunks,
    }


def _load_all(files: list[Path], summary: IngestSummary) -> list[Document]:
    docs: dict[str, Document] = {}
    for path in files:
        try:
            doc = load_document(path)
        except SkipFile as skip:
            summary.skipped.append((str(skip.path), skip.reason))
            log.warning("skipped %s: %s", skip.path, skip.reason)
            continue
        if doc.doc_id in docs:
            reason = f"duplicate document id {doc.doc_id!r} (already used by {docs[doc.doc_id].source})"
            summary.skipped.append((str(path), reason))
            log.warning("skipped %s: %s", path, reason)
            continue
        docs[doc.doc_id] = doc
    return list(docs.values())


def _index_state(store: Store) -> tuple[dict[str, dict[str, list[str]]], dict[str, int], dict[str, str]]:
    """Per document: chunk ids grouped by document hash; expected counts; source paths."""
    by_doc: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    expected: dict[str, int] = {}
    sources: dict[str, str] = {}
    for cid, meta in store.iter_metadata():
        doc_id = str(meta.get("doc_id", ""))
        dh = str(meta.get("doc_hash", ""))
        by_doc[doc_id][dh].append(cid)
        expected[f"{doc_id}:{dh}"] = int(meta.get("doc_chunks", -1))
        sources[doc_id] = str(meta.get("source", ""))
    return by_doc, expected, sources


def ingest(
    settings: Settings,
    paths: list[Path] | None = None,
    *,
    prune: bool = False,
    rebuild: bool = False,
    embedder: Embedder | None = None,
    progress: bool = True,
) -> IngestSummary:
    """Bring the index in line with the documents under `paths` (default: the configured corpus).

    Raises:
        IngestError: a source path does not exist (checked before anything is touched).
        ModelError, IndexMismatchError, IndexCorruptError: the model or index cannot be used.
    """
    started = time.perf_counter()
    summary = IngestSummary()
    files = discover(list(paths or settings.corpus_paths))
    docs = _load_all(files, summary)

    if embedder is None:
        embedder = _LazyEmbedder(settings)
    docstore = DocStore(settings.data_dir)
    if rebuild:
        Store.drop(settings)
        docstore.clear()
        WordIndex.remove(settings.words_dir / settings.collection)
        questions.QuestionIndex.remove(settings.questions_dir / settings.collection)
    store = Store.open_for_write(settings, embedder.name, embedder.dimension)

    by_doc, expected, sources = _index_state(store)
    todo: list[tuple[Document, str, list[Chunk]]] = []
    for doc in docs:
        dh = doc_hash(doc, settings)
        present = by_doc.get(doc.doc_id, {})
        whole = set(present) == {dh} and len(present[dh]) == expected.get(f"{doc.doc_id}:{dh}")
        if whole and docstore.has(doc.doc_id, dh):
            summary.unchanged.append(doc.doc_id)
            continue
        chunks = chunk_text(doc.text, settings.chunk_size, settings.chunk_overlap)
        if not chunks:
            summary.skipped.append((doc.source, "no text to index after cleaning"))
            continue
        todo.append((doc, dh, chunks))

    words = _word_writer(settings, embedder)
    try:
        _write_documents(todo, embedder, store, docstore, by_doc, words, summary, progress)
        if prune:
            _prune(docs, by_doc, sources, store, docstore, summary)
        ids, fingerprint = _refresh_keyword_index(settings, store)
        if words is not None:
            _refresh_word_index(settings, store, embedder, words, ids, fingerprint)
        if settings.question_weight > 0:
            sources.update((doc.doc_id, doc.source) for doc in docs)
            summary.questions = _refresh_question_index(settings, store, embedder, docstore,
                                                        sources, ids, fingerprint,
                                                        summary.question_problems)
    finally:
        if words is not None:
            words.discard()
    summary.chunks_total = len(ids)
    summary.seconds = time.perf_counter() - started
    return summary


def _write_documents(todo: list[tuple[Document, str, list[Chunk]]], embedder: Embedder, store: Store,
                     docstore: DocStore, by_doc: dict[str, dict[str, list[str]]],
                     words: WordIndexWriter | None, summary: IngestSummary, progress: bool) -> None:
    """Embed each new or changed document and replace its chunks; its word vectors go to `words`."""
    if todo and isinstance(embedder, _LazyEmbedder):
        embedder.load()  # so the timing below measures embedding, not model start-up
    bar = _progress(sum(len(c) for _, _, c in todo), progress)
    for doc, dh, chunks in todo:
        texts = [embedding_text(doc.title, c) for c in chunks]
        t0 = time.perf_counter()
        vectors: list[list[float]] = []
        word_vectors: list[np.ndarray] = []
        for i in range(0, len(texts), EMBED_BATCH):
            batch = texts[i : i + EMBED_BATCH]
            if words is not None:
                pairs = embedder.embed_tokens(batch)  # type: ignore[attr-defined]
                vectors.extend(v for v, _ in pairs)
                word_vectors.extend(w for _, w in pairs)
            else:
                vectors.extend(embedder.embed_documents(batch))
            bar.update(len(batch))
        summary.embed_seconds += time.perf_counter() - t0
        ids = [chunk_id(doc.doc_id, dh, c.index) for c in chunks]
        # Order matters for crash safety: the new version lands whole before the old one goes.
        docstore.put(doc, dh)
        store.upsert(
            ids=ids,
            embeddings=vectors,
            documents=[c.text for c in chunks],
            metadatas=[chunk_metadata(doc, dh, c, len(chunks)) for c in chunks],
        )
        stale = [cid for h, cids in by_doc.get(doc.doc_id, {}).items() if h != dh for cid in cids]
        store.delete(stale)
        if words is not None:
            for cid, w in zip(ids, word_vectors):
                words.add(cid, w)
        summary.chunks_written += len(chunks)
        (summary.updated if doc.doc_id in by_doc else summary.added).append(doc.doc_id)
    bar.close()


def _prune(docs: list[Document], by_doc: dict[str, dict[str, list[str]]], sources: dict[str, str],
           store: Store, docstore: DocStore, summary: IngestSummary) -> None:
    """Remove documents that are no longer under the ingested paths."""
    keep = {d.doc_id for d in docs}
    skipped_sources = {p for p, _ in summary.skipped}
    for doc_id, hashes in by_doc.items():
        if doc_id in keep or sources.get(doc_id) in skipped_sources:
            continue  # a file that failed to load this time keeps its old chunks
        store.delete([cid for cids in hashes.values() for cid in cids])
        docstore.remove(doc_id)
        summary.removed.append(doc_id)


def _passage_text(text: str, meta: dict) -> str:
    """A stored chunk's text as it was embedded: with its document title and heading trail."""
    section = json.loads(meta.get("section") or "[]")
    return embedding_text(str(meta.get("title", "")), Chunk(0, 0, 0, text, tuple(section)))


def _refresh_keyword_index(settings: Settings, store: Store) -> tuple[list[str], str]:
    """Rebuild the BM25 index when the set of chunks changed (or it is missing or stale).

    The check reads chunk ids only, so a run that changed nothing does not read every passage.

    Returns:
        The indexed chunk ids, sorted, and their fingerprint (now also the collection's).
    """
    ids = sorted(store.iter_ids())
    fingerprint = _fingerprint(ids)
    folder = settings.keyword_dir / settings.collection
    if KeywordIndex.saved_fingerprint(folder) == fingerprint == store.info().fingerprint:
        return ids, fingerprint
    texts = {cid: _passage_text(text, meta) for cid, text, meta in store.iter_documents()}
    ids = sorted(texts)  # the set actually read, should another writer have changed it meanwhile
    fingerprint = _fingerprint(ids)
    KeywordIndex.build(ids, [texts[i] for i in ids], fingerprint).save(folder)
    store.set_fingerprint(fingerprint)
    return ids, fingerprint


def _refresh_word_index(settings: Settings, store: Store, embedder: Embedder, words: WordIndexWriter,
                        ids: list[str], fingerprint: str) -> None:
    """Save the word index for exactly `ids`, unless the saved one already is.

    Each chunk's vectors come from this run's embedding pass, else from the saved index; chunks
    with neither (the saved index is missing, unreadable or from another model) are re-encoded.
    """
    folder = settings.words_dir / settings.collection
    if WordIndex.is_current(folder, fingerprint, embedder.name):
        return
    previous = WordIndex.load_if_usable(folder, embedder.name)
    known = previous.rows if previous is not None else {}
    missing = {cid for cid in ids if cid not in words and cid not in known}
    if missing:
        log.info("word index: encoding %d passages that have no saved word vectors", len(missing))
        _encode_words(store, embedder, words, missing)
    words.save(ids, fingerprint, previous)


def _refresh_question_index(settings: Settings, store: Store, embedder: Embedder,
                            docstore: DocStore, sources: dict[str, str], ids: list[str],
                            fingerprint: str, problems_out: list[str]) -> int | None:
    """Save the question index for the indexed documents' question files, unless the saved
    one is already for this chunk set, model and these files. Returns the number of questions
    indexed, or None when nothing had to be done.

    `sources` gives each document's source path; the documents' texts are read only when the
    index is rebuilt.

    Problems in a question file (bad lines, anchors not in the document) are logged and those
    lines skipped; the documents themselves are never affected.
    """
    folder = settings.questions_dir / settings.collection
    indexed = {cid.split(":", 1)[0] for cid in ids}
    files = {doc_id: questions.question_file(sources.get(doc_id, ""), doc_id) for doc_id in indexed}
    key = hashlib.sha256(json.dumps(
        sorted((doc_id, _file_digest(path)) for doc_id, path in files.items())).encode()).hexdigest()
    if questions.QuestionIndex.is_current(folder, fingerprint, embedder.name, key):
        return None
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    wanted = set(ids)
    for cid, meta in store.iter_metadata():
        if cid in wanted:
            spans[str(meta.get("doc_id", ""))].append((int(meta["start"]), int(meta["end"]), cid))
    for doc_spans in spans.values():
        doc_spans.sort()
    found: list[questions.Anchored] = []
    for record in docstore.all():
        doc_id = record.get("doc_id")
        path = files.get(doc_id)
        if path is None or not path.is_file():
            continue
        got, problems = questions.read_questions(path, doc_id, record.get("text", ""))
        for problem in problems:
            log.warning("questions: %s", problem)
        problems_out.extend(problems)
        found.extend(got)
    rows = questions.place(found, spans)
    previous = questions.QuestionIndex.load_if_usable(folder, embedder.name)
    passages = {cid: vec for cid, (_, _, vec) in store.get(sorted({c for c, _ in rows})).items()}
    embedded = questions.save(folder, rows, fingerprint, embedder.name, key, embedder.dimension,
                              embedder.embed_documents, previous, passages)
    log.info("question index: %d questions (%d embedded now)", len(rows), embedded)
    return len(rows)


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "absent"


def _encode_words(store: Store, embedder: Embedder, words: WordIndexWriter, wanted: set[str]) -> None:
    """Add the word vectors of the `wanted` chunks, read back from the store, batch by batch."""
    batch: list[tuple[str, str]] = []

    def flush() -> None:
        pairs = embedder.embed_tokens([t for _, t in batch])  # type: ignore[attr-defined]
        for (cid, _), (_, w) in zip(batch, pairs):
            words.add(cid, w)
        batch.clear()

    for cid, text, meta in store.iter_documents():
        if cid in wanted:
            batch.append((cid, _passage_text(text, meta)))
            if len(batch) == EMBED_BATCH:
                flush()
    if batch:
        flush()


def _word_writer(settings: Settings, embedder: Embedder) -> WordIndexWriter | None:
    """Where this run's word vectors go; None when the word list is off or the model has none."""
    if settings.word_weight <= 0:
        return None
    if not isinstance(embedder, WordEmbedder):
        log.warning("the embedding model %s gives no word vectors: no word index is built "
                    "(set ALONGSIDE_WORD_WEIGHT=0 to search without one)", embedder.name)
        return None
    return WordIndexWriter(settings.words_dir / settings.collection, embedder.name, embedder.dimension)


def _fingerprint(ids: list[str]) -> str:
    return hashlib.sha256("\n".join(ids).encode()).hexdigest()


class _LazyEmbedder:
    """The configured model, loaded only when some document needs embedding (a no-op run is quick)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._model: Embedder | None = None
        spec = model_spec(settings)
        self.name = spec.name
        self.dimension = _configured_dimension(spec.path)

    def load(self) -> Embedder:
        if self._model is None:
            self._model = load_embedder(self._settings)
            if self._model.dimension != self.dimension:
                self.dimension = self._model.dimension
                raise IndexMismatchError(
                    f"the model at {model_spec(self._settings).path} produces "
                    f"{self._model.dimension}-dimensional vectors, not the {self.dimension} its "
                    "config declares: re-index with `alongside ingest --rebuild`"
                )
        return self._model

    def embed_documents(self, texts):
        return self.load().embed_documents(texts)

    def embed_query(self, text):
        return self.load().embed_query(text)

    def embed_tokens(self, texts):
        return self.load().embed_tokens(texts)


def _configured_dimension(path: Path) -> int:
    """The model's output size, read from its config so the weights need not load."""
    for name, key in (("1_Pooling/config.json", "word_embedding_dimension"), ("config.json", "hidden_size")):
        try:
            return int(json.loads((path / name).read_text(encoding="utf-8"))[key])
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return 0


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc="embedding", unit="chunk", file=sys.stderr,
                disable=not enabled or total == 0, leave=False)
