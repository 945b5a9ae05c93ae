"""Hybrid retrieval: dense (Chroma, cosine), keyword (BM25), word-level matching and the
question index, fused by reciprocal rank.

The word-level list re-scores the passages the other two found by late interaction over their
saved word vectors (alongside/words.py); it lifts passages that answer one specific part of a
question that the single passage vector blurs. The three question lists rank passages by the
closest of the questions written for them (alongside/questions.py), by meaning and by keywords,
and by the passage classifier those questions taught at ingest; they bridge a family's words and
the guidance's.

Audience-aware (documents written for the asker rank higher; nothing is hidden) and free of
near-duplicates (overlapping or nearly identical passages are returned once).
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from alongside.embeddings import Embedder, WordEmbedder, load_embedder
from alongside.errors import ConfigError, IndexCorruptError
from alongside.keyword import KeywordIndex
from alongside.questions import QuestionIndex
from alongside.reply import Source
from alongside.settings import Settings
from alongside.store import Store
from alongside.words import WordIndex

log = logging.getLogger("alongside.retrieval")
_WORD = re.compile(r"\w+")

# Families name the person ("my son", "her husband"); the guidance says "your loved one". Families
# say "meds" or "pills"; the guidance says "medication". Searching in the guidance's words narrows
# the gap for both the embedding and the keyword index; the query shown to users is unchanged.
_KIN = re.compile(
    r"\b(?:my|our|her|his|their)\s+(?:(?:adult|teenage|grown|younger|older|little|\d+\s*y/?o)\s+)?"
    r"(?:son|daughter|husband|wife|brother|sister|mom|mum|mother|dad|father|partner|boyfriend|"
    r"girlfriend|fianc[eé]e?|kid|child|teen|teenager|spouse|parent|uncle|aunt|cousin|friend|"
    r"roommate|grandson|granddaughter|grandma|grandpa|grandmother|grandfather|stepson|"
    r"stepdaughter|nephew|niece)\b",
    re.IGNORECASE,
)
_MEDS = re.compile(
    r"\b(?:meds|pills|medicines?|medications|antipsychotics?|antidepressants?|mood stabili[sz]ers?)\b",
    re.IGNORECASE,
)


def search_text(query: str) -> str:
    """The query in the guidance's own vocabulary (what is embedded and keyword-searched)."""
    return _MEDS.sub("medication", _KIN.sub("my loved one", query))


@dataclass(frozen=True)
class _QueryVectors:
    """What the model gives for one query: its embedding and, for the word list, its word vectors."""

    embedding: list[float]
    words: np.ndarray | None


class Passages(list):
    """The passages a search returned, best first, and how close the query came to any written
    question in the question index (0.0 without one): evidence for `is_covered`."""

    best_question_similarity: float = 0.0


@dataclass(frozen=True)
class Candidate:
    chunk_id: str
    fused: float
    dense_rank: int | None = None
    keyword_rank: int | None = None
    keyword_score: float = 0.0
    question_similarity: float = 0.0


class Retriever:
    """Loaded once per process: the model, the vector store, the keyword, word and question
    indexes."""

    def __init__(self, settings: Settings, embedder: Embedder, store: Store, keyword: KeywordIndex,
                 words: WordIndex | None = None, questions: QuestionIndex | None = None) -> None:
        """`words` adds the word-level list and `questions` the question list; without them the
        search fuses dense and keyword only."""
        if words is not None and not isinstance(embedder, WordEmbedder):
            raise ConfigError(
                f"the embedding model {embedder.name} gives no word vectors: "
                "set ALONGSIDE_WORD_WEIGHT=0 to search without the word index"
            )
        self.settings = settings
        self.embedder = embedder
        self.store = store
        self.keyword = keyword
        self.words = words
        self.questions = questions
        self._size = store.count()
        self._cache: OrderedDict[str, _QueryVectors] = OrderedDict()
        self._cache_lock = threading.Lock()  # the app answers several sessions at once

    @classmethod
    def load(cls, settings: Settings, embedder: Embedder | None = None) -> Retriever:
        """Open the index built by `alongside ingest`, refusing one built with another model.

        The word index is opened only when `word_weight` is above 0.

        Raises:
            IndexMissingError, IndexMismatchError, IndexCorruptError, ModelError, ConfigError.
        """
        store = Store.open_for_read(settings)
        info = store.info()
        keyword = KeywordIndex.load(settings.keyword_dir / settings.collection)
        words = None
        if settings.word_weight > 0:
            words = WordIndex.load(settings.words_dir / settings.collection)
        questions = None
        if settings.question_weight > 0:
            questions = QuestionIndex.load(settings.questions_dir / settings.collection)
        if embedder is None:
            embedder = load_embedder(settings)
        store.check_compatible(embedder.name, embedder.dimension)
        if keyword.fingerprint != info.fingerprint:
            raise IndexCorruptError(
                "the keyword index does not match the vector index (an ingest was interrupted, or "
                "another machine changed the Chroma server): run `alongside ingest`"
            )
        if words is not None and (words.fingerprint != info.fingerprint or words.model != embedder.name):
            raise IndexCorruptError(
                "the word index does not match the vector index (an ingest was interrupted, ran "
                "with ALONGSIDE_WORD_WEIGHT=0, or another machine changed the Chroma server): "
                "run `alongside ingest`"
            )
        if questions is not None and (questions.fingerprint != info.fingerprint
                                      or questions.model != embedder.name):
            raise IndexCorruptError(
                "the question index does not match the vector index (an ingest was interrupted, "
                "ran with ALONGSIDE_QUESTION_WEIGHT=0, or another machine changed the Chroma "
                "server): run `alongside ingest`"
            )
        return cls(settings, embedder, store, keyword, words, questions)

    @property
    def size(self) -> int:
        return self._size

    def clear_cache(self) -> None:
        """Forget cached query vectors (benchmarks time every query as a new one)."""
        with self._cache_lock:
            self._cache.clear()

    def embed(self, query: str) -> list[float]:
        """Query embeddings are cached: follow-ups and evals repeat queries."""
        return self._embed(query).embedding

    def _embed(self, query: str) -> _QueryVectors:
        """The query's embedding and, when the word list is on, its word vectors (cached)."""
        with self._cache_lock:
            hit = self._cache.get(query)
            if hit is not None:
                self._cache.move_to_end(query)
                return hit
        if self.words is not None:
            embedding, words = self.embedder.embed_tokens([query])[0]  # type: ignore[attr-defined]
            hit = _QueryVectors(embedding, words)
        else:
            hit = _QueryVectors(self.embedder.embed_query(query), None)
        with self._cache_lock:
            self._cache[query] = hit
            if len(self._cache) > 512:
                self._cache.popitem(last=False)
        return hit

    def search(self, query: str, audience: str = "family", k: int | None = None,
               timings: dict[str, float] | None = None) -> Passages:
        """The k best distinct passages for the query, best first, numbered from 1.

        `timings`, when given, receives milliseconds per stage (embed, dense, keyword, words,
        questions, fuse).
        """
        k = k or self.settings.top_k
        query = search_text(query[: self.settings.max_query_chars])
        if not query.strip() or self._size == 0:
            return Passages()
        n = max(self.settings.candidates, k * 3)
        clock = _Clock(timings)
        qv = self._embed(query)
        clock.lap("embed")
        dense = self.store.query(qv.embedding, min(n, self._size))
        clock.lap("dense")
        keyword = self.keyword.search(query, n)
        clock.lap("keyword")
        words: list[str] = []
        if self.words is not None and qv.words is not None:
            # Re-scoring what the other lists found ranks the same as scanning every passage
            # (measured on the dev suite) at a cost that does not grow with the corpus.
            words = self.words.rank(qv.words, [cid for cid, _ in dense + keyword], n)
        clock.lap("words")
        asked: list[tuple[str, float]] = []
        asked_words: list[str] = []
        taught: list[str] = []
        if self.questions is not None:
            asked = self.questions.rank(qv.embedding, n)
            if self.settings.question_keyword_weight > 0:
                asked_words = self.questions.keyword_rank(query, n)
            if self.settings.classifier_weight > 0:
                taught = self.questions.classify(qv.embedding, n)
        clock.lap("questions")
        fused = self._fuse(dense, keyword, words, asked, asked_words, taught)
        # Only the leaders can make the top k (the audience boost moves a score by a few percent
        # and near-duplicates drop a few), so only they are read back from the store.
        fused.sort(key=lambda c: -c.fused)
        fused = fused[: max(4 * k, 16)]
        records = self.store.get([c.chunk_id for c in fused])
        chosen = Passages(self._select(fused, records, qv.embedding, audience, k))
        chosen.best_question_similarity = asked[0][1] if asked else 0.0
        clock.lap("fuse")
        return chosen

    def _fuse(self, dense: list[tuple[str, float]], keyword: list[tuple[str, float]],
              words: list[str], asked: list[tuple[str, float]] | None = None,
              asked_words: list[str] | None = None,
              taught: list[str] | None = None) -> list[Candidate]:
        s = self.settings
        scores: dict[str, float] = {}
        for weight, ranked in ((s.dense_weight, [cid for cid, _ in dense]),
                               (s.keyword_weight, [cid for cid, _ in keyword]),
                               (s.word_weight, words),
                               (s.question_weight, [cid for cid, _ in asked or ()]),
                               (s.question_keyword_weight, asked_words or []),
                               (s.classifier_weight, taught or [])):
            for rank, cid in enumerate(ranked):
                scores[cid] = scores.get(cid, 0.0) + weight / (s.rrf_k + rank + 1)
        d_rank = {cid: i for i, (cid, _) in enumerate(dense)}
        k_rank = {cid: i for i, (cid, _) in enumerate(keyword)}
        k_score = dict(keyword)
        q_sim = dict(asked or ())
        return [
            Candidate(cid, sc, d_rank.get(cid), k_rank.get(cid), k_score.get(cid, 0.0),
                      q_sim.get(cid, 0.0))
            for cid, sc in scores.items()
        ]

    def _select(
        self, fused: list[Candidate], records: dict, qvec: list[float], audience: str, k: int
    ) -> list[Source]:
        boost = 1.0 + self.settings.audience_boost
        scored = []
        for cand in fused:
            rec = records.get(cand.chunk_id)
            if rec is None:  # deleted between the two reads: skip rather than fail the turn
                continue
            text, meta, emb = rec
            weight = boost if meta.get("audience") == audience else 1.0
            scored.append((cand.fused * weight, cand, text, meta, emb))
        scored.sort(key=lambda t: -t[0])
        chosen: list[Source] = []
        for score, cand, text, meta, emb in scored:
            if any(_near_duplicate(meta, text, other) for other in chosen):
                continue
            sim = float(np.dot(qvec, emb))  # both unit length: the dot product is the cosine
            chosen.append(_source(len(chosen) + 1, cand, text, meta, score, sim))
            if len(chosen) == k:
                break
        return chosen


def is_covered(sources: list[Source], settings: Settings) -> bool:
    """Whether the passages are solid evidence for the question.

    With the question index on, a written question close to the user's is enough: cosine at
    least `min_question_similarity`, taking the closest over the whole index when `sources` came
    from `Retriever.search`, else the closest filed under one of the passages. Otherwise the best
    passage must be close in meaning (cosine at least `min_relevance`, or
    `min_relevance_with_questions` when the question index is on and has not vouched for it), or
    the two searches must agree on it:
    near the top of both the vector and the keyword ranking with a strong keyword score. The
    cut-offs are calibrated on the retrieval dev suite against questions the guidance does not
    answer (see README).
    """
    if not sources:
        return False
    top = sources[0]
    if settings.question_weight > 0:
        best = getattr(sources, "best_question_similarity", 0.0)
        best = max([best] + [s.question_similarity for s in sources])
        if best >= settings.min_question_similarity:
            return True
        if top.similarity >= settings.min_relevance_with_questions:
            return True
    elif top.similarity >= settings.min_relevance:
        return True
    depth = settings.agreement_depth
    return (
        top.keyword_score >= settings.min_keyword_score
        and top.dense_rank is not None and top.dense_rank < depth
        and top.keyword_rank is not None and top.keyword_rank < depth
    )


class _Clock:
    """Stage timer that costs nothing when no one asked for timings."""

    def __init__(self, sink: dict[str, float] | None) -> None:
        self.sink = sink
        self.last = time.perf_counter() if sink is not None else 0.0

    def lap(self, name: str) -> None:
        if self.sink is not None:
            now = time.perf_counter()
            self.sink[name] = (now - self.last) * 1000
            self.last = now


def _source(n: int, cand: Candidate, text: str, meta: dict, score: float, sim: float) -> Source:
    try:
        section = tuple(json.loads(meta.get("section") or "[]"))
    except ValueError:
        section = ()
    return Source(
        n=n,
        chunk_id=cand.chunk_id,
        doc_id=str(meta.get("doc_id", "")),
        title=str(meta.get("title", "")),
        publisher=str(meta.get("publisher", "")),
        audience=str(meta.get("audience", "")),
        section=section,
        text=text,
        start=int(meta.get("start", 0)),
        end=int(meta.get("end", 0)),
        score=score,
        similarity=sim,
        dense_rank=cand.dense_rank,
        keyword_rank=cand.keyword_rank,
        keyword_score=cand.keyword_score,
        question_similarity=cand.question_similarity,
    )


def _near_duplicate(meta: dict, text: str, other: Source) -> bool:
    """Overlapping spans of one document, or passages with nearly the same words."""
    if meta.get("doc_id") == other.doc_id:
        start, end = int(meta.get("start", 0)), int(meta.get("end", 0))
        overlap = min(end, other.end) - max(start, other.start)
        if overlap > 0.5 * min(end - start, other.end - other.start):
            return True
    a, b = set(_WORD.findall(text.lower())), set(_WORD.findall(other.text.lower()))
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= 0.85
