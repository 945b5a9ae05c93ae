"""The question index: questions people ask, written beside each passage, matched at query time.

A family asks "my son says nothing is wrong with him, why won't he see anyone"; the guidance says
"lack of insight". The passage vector and the keyword index meet that question only halfway. A
document may come with a question file that lists, for passages of the document, the questions
they answer in the words users use. Each question is embedded once at ingest; a query is matched
against all of them, by meaning and by keywords (BM25 over the questions), and each passage
ranks by its best-matching question. The results are two more ranked lists in the fusion
(`ALONGSIDE_QUESTION_WEIGHT`, `ALONGSIDE_QUESTION_KEYWORD_WEIGHT`; 0 turns the question
index off).

The same questions also teach a passage classifier at ingest: a softmax (multinomial logistic
regression) over the passages that have questions, fitted on the question vectors and each
passage's own vector. Where the closest single question decides by one neighbour, the classifier
weighs all of a passage's questions at once, so a user's question that sits between several of
them still finds its passage. On the written questions themselves, held out five ways, it names
the right passage first 47% of the time against 27% for the closest question (2026-11-23,
bundled corpus). It ranks passages as a third question list (`ALONGSIDE_CLASSIFIER_WEIGHT`).

The question file of a document `folder/doc.md` with id `doc-id` is `folder/questions/doc-id.jsonl`,
one object per line: `{"anchor": "<exact text from the document>", "questions": ["...", ...]}`.
The anchor is where the answering passage starts, so the questions follow their passage when the
chunking changes. Files are optional; a document without one simply has no questions.

On disk, beside the keyword and word indexes: `vectors.npy` (one float16 row per question),
`classifier.npy` (one float32 row per passage with questions: weights, then bias) and
`alongside.json` (each row's chunk id, question hash and text, the classifier's passages, the
chunk-set fingerprint, the model and a key over the question files, so an unchanged ingest does
nothing). The BM25 index
over the questions is built from those texts when the index is opened (milliseconds for
thousands of questions).
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from alongside.keyword import KeywordIndex, open_saved, read_if_usable, swap_in_folder

log = logging.getLogger("alongside.questions")

VECTORS_FILE = "vectors.npy"
CLASSIFIER_FILE = "classifier.npy"
META_FILE = "alongside.json"
DTYPE = np.float16
FOLDER = "questions"  # beside a document: FOLDER/<doc id>.jsonl
FORMAT = 3  # rows carry (chunk id, question hash, question text); the passage classifier

# The classifier's fit. Chosen by five-way cross-validation on the bundled question files
# (accuracy within 0.01 for temperatures 10-40, L2 1e-4 to 1e-2 and 100-1000 steps).
TEMPERATURE = 20.0
L2 = 1e-3
STEPS = 300


def question_file(source: str | Path, doc_id: str) -> Path:
    """Where the questions of the document read from `source` live."""
    return Path(source).parent / FOLDER / f"{doc_id}.jsonl"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True)
class Anchored:
    """One question and the offset in its document where the answering passage starts."""

    doc_id: str
    offset: int
    question: str


def read_questions(path: Path, doc_id: str, text: str) -> tuple[list[Anchored], list[str]]:
    """The questions in one question file, each placed at its anchor in `text`.

    Nothing in a bad file stops an ingest: an unreadable file, a line that is not a JSON object
    with an anchor and a list of questions, or an anchor not found in the document is reported
    in the returned problems and skipped; the rest of the file is used.
    """
    problems: list[str] = []
    try:
        raw = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [f"{path}: cannot be read as UTF-8 text ({exc.__class__.__name__}); skipped"]
    found: list[Anchored] = []
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            problems.append(f"{path}:{n}: not valid JSON; line skipped")
            continue
        anchor = row.get("anchor") if isinstance(row, dict) else None
        questions = row.get("questions") if isinstance(row, dict) else None
        if not isinstance(anchor, str) or not anchor.strip() or not isinstance(questions, list):
            problems.append(f'{path}:{n}: expected {{"anchor": text, "questions": [text, ...]}}; '
                            "line skipped")
            continue
        offset = text.find(anchor)
        if offset < 0:
            problems.append(f"{path}:{n}: anchor not found in document {doc_id!r}; line skipped")
            continue
        for q in questions:
            if isinstance(q, str) and q.strip():
                found.append(Anchored(doc_id, offset, " ".join(q.split())))
    return found, problems


def place(questions: Iterable[Anchored],
          spans: dict[str, list[tuple[int, int, str]]]) -> list[tuple[str, str]]:
    """(chunk id, question) for each question whose anchor falls inside an indexed passage.

    `spans` lists each document's passages as (start, end, chunk id), sorted by start.
    """
    rows = []
    for q in questions:
        for start, end, cid in spans.get(q.doc_id, ()):
            if start <= q.offset < end:
                rows.append((cid, q.question))
                break
    return rows


@dataclass
class QuestionIndex:
    """A saved question index: one vector per question, and the passage it belongs to."""

    chunk_ids: list[str]  # per row
    hashes: list[str]  # per row: text_hash of the question
    fingerprint: str
    model: str
    key: str
    vectors: np.ndarray  # (rows, dimension), float16
    texts: list[str] = field(default_factory=list)  # per row: the question
    classes: list[str] = field(default_factory=list)  # the classifier's passages
    classifier: np.ndarray | None = None  # (classes, dimension + 1): weights, then bias
    _keyword: KeywordIndex | None = field(default=None, repr=False)
    _matrix: object = field(default=None, repr=False)  # the vectors as float32, made once
    _weights: object = field(default=None, repr=False)  # the classifier as torch tensors

    @classmethod
    def load(cls, folder: Path) -> QuestionIndex:
        """Open a saved question index.

        Raises:
            IndexMissingError: nothing saved in `folder`.
            IndexCorruptError: a file is unreadable or the parts do not fit together.
        """
        return open_saved(folder, cls._read, "question index", "ALONGSIDE_QUESTION_WEIGHT")

    @classmethod
    def _read(cls, folder: Path) -> QuestionIndex:
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"format {meta.get('format')!r}, expected {FORMAT}")
        rows = meta["rows"]
        vectors = np.load(folder / VECTORS_FILE, allow_pickle=False)
        if vectors.dtype != DTYPE or vectors.ndim != 2 or vectors.shape[0] != len(rows):
            raise ValueError(f"{VECTORS_FILE} holds {vectors.dtype} {vectors.shape}, "
                             f"expected {np.dtype(DTYPE)} with {len(rows)} rows")
        classes = [str(c) for c in meta["classes"]]
        classifier = np.load(folder / CLASSIFIER_FILE, allow_pickle=False)
        if classifier.dtype != np.float32 or classifier.shape != (len(classes), vectors.shape[1] + 1):
            raise ValueError(f"{CLASSIFIER_FILE} holds {classifier.dtype} {classifier.shape}, "
                             f"expected float32 ({len(classes)}, {vectors.shape[1] + 1})")
        return cls(chunk_ids=[str(r[0]) for r in rows], hashes=[str(r[1]) for r in rows],
                   fingerprint=str(meta["fingerprint"]), model=str(meta["model"]),
                   key=str(meta["key"]), vectors=vectors, texts=[str(r[2]) for r in rows],
                   classes=classes, classifier=classifier)

    @classmethod
    def load_if_usable(cls, folder: Path, model: str) -> QuestionIndex | None:
        """The saved index if it can be read and was made by `model`, else None."""
        return read_if_usable(folder, cls._read, model)

    @staticmethod
    def is_current(folder: Path, fingerprint: str, model: str, key: str) -> bool:
        """Whether the saved index is for this chunk set, model and question files."""
        try:
            meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        except Exception:
            return False
        return (meta.get("format") == FORMAT and meta.get("fingerprint") == fingerprint
                and meta.get("model") == model and meta.get("key") == key
                and (folder / VECTORS_FILE).exists())

    @staticmethod
    def remove(folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)

    def __len__(self) -> int:
        return len(self.chunk_ids)

    def rank(self, query: list[float] | np.ndarray, n: int) -> list[tuple[str, float]]:
        """The n passages whose best question is closest to the query vector, best first, each
        with that question's cosine similarity to the query.

        Runs in torch for the same reason as the word index: a numpy product would wake
        OpenBLAS threads that then slow the next query's embedding.
        """
        import torch

        if not self.chunk_ids:
            return []
        if self._matrix is None:
            self._matrix = torch.from_numpy(np.asarray(self.vectors)).float()
        sims = self._matrix @ torch.tensor(np.asarray(query, dtype=np.float32))
        order = torch.argsort(sims, descending=True, stable=True).tolist()
        values = sims.tolist()
        ranked: dict[str, float] = {}
        for i in order:
            ranked.setdefault(self.chunk_ids[i], values[i])
            if len(ranked) == n:
                break
        return list(ranked.items())

    def classify(self, query: list[float] | np.ndarray, n: int) -> list[str]:
        """The n passages the classifier finds likeliest to answer the query, best first."""
        import torch

        if not self.classes or self.classifier is None:
            return []
        if self._weights is None:
            table = torch.from_numpy(np.asarray(self.classifier))
            self._weights = (table[:, :-1].contiguous(), table[:, -1].contiguous())
        weights, bias = self._weights
        scores = weights @ torch.tensor(np.asarray(query, dtype=np.float32)) + bias
        order = torch.argsort(scores, descending=True, stable=True)[:n].tolist()
        return [self.classes[i] for i in order]

    def keyword_rank(self, query: str, n: int) -> list[str]:
        """The n passages whose best question shares the most weighted words with the query."""
        if not self.texts:
            return []
        if self._keyword is None:
            self._keyword = KeywordIndex.build(self.chunk_ids, self.texts, self.fingerprint)
        ranked: dict[str, None] = {}
        for cid, _ in self._keyword.search(query, max(n * 4, 40)):
            ranked.setdefault(cid)
            if len(ranked) == n:
                break
        return list(ranked)


def fit_classifier(examples: np.ndarray, labels: np.ndarray, classes: int) -> np.ndarray:
    """A softmax classifier over `classes` passages, fitted on unit-length `examples` (rows)
    labelled by passage index: (classes, dimension + 1) float32, weights then bias, scaled so
    that `weights @ query + bias` are the logits for a unit-length query.

    Multinomial logistic regression with an L2 penalty, by Adam from each passage's mean example;
    deterministic for the same inputs.
    """
    x = examples.astype(np.float32)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    onehot = np.zeros((len(x), classes), dtype=np.float32)
    onehot[np.arange(len(x)), labels] = 1.0
    weights = onehot.T @ x
    weights /= np.maximum(np.linalg.norm(weights, axis=1, keepdims=True), 1e-12)
    bias = np.zeros(classes, dtype=np.float32)
    moments = [[np.zeros_like(weights), np.zeros_like(weights)],
               [np.zeros_like(bias), np.zeros_like(bias)]]
    for step in range(1, STEPS + 1):
        logits = TEMPERATURE * (x @ weights.T) + bias
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        err = (probs - onehot) / len(x)
        grads = (TEMPERATURE * (err.T @ x) + L2 * weights, err.sum(axis=0))
        for param, grad, (m, v) in zip((weights, bias), grads, moments):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= 0.01 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return np.hstack([TEMPERATURE * weights, bias[:, None]]).astype(np.float32)


def save(folder: Path, rows: list[tuple[str, str]], fingerprint: str, model: str, key: str,
         dimension: int, embed: Callable[[list[str]], list[list[float]]],
         previous: QuestionIndex | None,
         passages: dict[str, np.ndarray | list[float]] | None = None) -> int:
    """Write the index for `rows` (chunk id, question), reusing the previous index's vectors
    for questions it already has, fit the passage classifier on the questions and `passages`
    (each questioned passage's own vector, by chunk id), then swap it in whole. Returns how many
    were embedded."""
    known: dict[str, np.ndarray] = {}
    if previous is not None:
        for h, row in zip(previous.hashes, previous.vectors):
            known.setdefault(h, row)
    hashes = [text_hash(q) for _, q in rows]
    todo = sorted({h: q for h, (_, q) in zip(hashes, rows) if h not in known}.items())
    if todo:
        for (h, _), vec in zip(todo, embed([q for _, q in todo])):
            known[h] = np.asarray(vec, dtype=DTYPE)
    matrix = (np.stack([known[h] for h in hashes]).astype(DTYPE) if rows
              else np.empty((0, dimension), dtype=DTYPE))
    classes = sorted({cid for cid, _ in rows})
    classifier = np.empty((0, dimension + 1), dtype=np.float32)
    if classes:
        index = {cid: i for i, cid in enumerate(classes)}
        passages = passages or {}
        own = [cid for cid in classes if cid in passages]
        own_vectors = np.asarray([passages[cid] for cid in own], dtype=np.float32)
        examples = np.vstack([matrix.astype(np.float32), own_vectors.reshape(len(own), dimension)])
        labels = np.array([index[cid] for cid, _ in rows] + [index[cid] for cid in own])
        classifier = fit_classifier(examples, labels, len(classes))
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    np.save(tmp / VECTORS_FILE, matrix, allow_pickle=False)
    np.save(tmp / CLASSIFIER_FILE, classifier, allow_pickle=False)
    meta = {"format": FORMAT, "fingerprint": fingerprint, "model": model, "key": key,
            "dimension": dimension, "classes": classes,
            "rows": [[cid, h, q] for (cid, q), h in zip(rows, hashes)]}
    (tmp / META_FILE).write_text(json.dumps(meta), encoding="utf-8")
    swap_in_folder(tmp, folder)
    return len(todo)
