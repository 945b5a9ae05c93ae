"""The question index: question files beside documents, built at ingest, matched at query time.
Against the real model and a real embedded Chroma in a temp data dir."""

from __future__ import annotations

import json

import numpy as np
import pytest

from alongside.bench_questions import cross_validate
from alongside.errors import IndexCorruptError, IndexMissingError
from alongside.questions import (
    CLASSIFIER_FILE,
    META_FILE,
    VECTORS_FILE,
    Anchored,
    QuestionIndex,
    fit_classifier,
    place,
    read_questions,
)
from alongside.retrieval import Retriever, is_covered
from alongside.settings import Settings
from alongside.store import Store
from ingest.pipeline import ingest

GARDEN = """---
id: garden-notes
title: Garden notes
publisher: Test
audience: family
---

# Garden notes

## Tomatoes

Tomatoes need six to eight hours of direct sun every day and steady watering at the roots. Leaves that curl upward in the afternoon are usually reacting to heat, not disease, and recover by evening.

## Compost

A compost heap works fastest when green kitchen scraps are balanced with dry brown material such as fallen leaves or shredded cardboard. Turning the heap every week lets air in and keeps the smell down.

## Birds

Small birds visit feeders most in late winter, when seeds in the wild have run out. A feeder near a shrub gives them cover from hawks.
"""

QUESTIONS = [
    {"anchor": "A compost heap works fastest",
     "questions": ["why does the bin in my backyard stink so bad",
                   "how often should I stir the rotting pile"]},
    {"anchor": "Small birds visit feeders",
     "questions": ["when do sparrows come to the seed tray"]},
]


def _corpus(tmp_path, lines=None):
    corpus = tmp_path / "corpus"
    (corpus / "questions").mkdir(parents=True)
    (corpus / "garden.md").write_text(GARDEN, encoding="utf-8")
    rows = QUESTIONS if lines is None else lines
    (corpus / "questions" / "garden-notes.jsonl").write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return corpus


def _settings(tmp_path, corpus, **kw) -> Settings:
    return Settings(data_dir=tmp_path / "data", corpus_paths=[corpus], chunk_size=300, **kw)


def _index(s: Settings) -> QuestionIndex:
    return QuestionIndex.load(s.questions_dir / s.collection)


def _chunk_of(s: Settings, phrase: str) -> str:
    store = Store.open_for_read(s)
    return next(cid for cid, text, _ in store.iter_documents() if phrase in text)


class _Counting:
    """The real embedder, counting the texts it embeds as documents."""

    def __init__(self, inner):
        self.inner, self.embedded = inner, []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def embed_documents(self, texts):
        self.embedded.extend(texts)
        return self.inner.embed_documents(texts)


# ---------------------------------------------------------------- reading question files


def test_bad_lines_are_reported_and_the_rest_is_kept(tmp_path):
    text = "Alpha passage here. Beta passage there."
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join([
        json.dumps({"anchor": "Beta passage", "questions": ["what about b", "", 7, "and b?"]}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"anchor": "Gamma", "questions": ["lost"]}),
        json.dumps({"anchor": "Alpha", "questions": "not a list"}),
        "",
    ]), encoding="utf-8")
    found, problems = read_questions(path, "doc", text)
    assert [(a.offset, a.question) for a in found] == [(20, "what about b"), (20, "and b?")]
    assert len(problems) == 4
    assert any(":2: not valid JSON" in p for p in problems)
    assert any(":4: anchor not found in document 'doc'" in p for p in problems)
    assert sum("expected {" in p for p in problems) == 2


def test_a_binary_question_file_is_one_problem_not_a_crash(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_bytes(b"\xff\xfe\x00binary")
    found, problems = read_questions(path, "doc", "text")
    assert found == [] and len(problems) == 1 and "cannot be read as UTF-8" in problems[0]


def test_questions_go_to_the_passage_their_anchor_falls_in():
    spans = {"d": [(0, 10, "d:0"), (10, 25, "d:1")], "e": [(0, 5, "e:0")]}
    rows = place([Anchored("d", 12, "q1"), Anchored("d", 0, "q2"), Anchored("d", 30, "gone"),
                  Anchored("x", 0, "no doc")], spans)
    assert rows == [("d:1", "q1"), ("d:0", "q2")]


# ---------------------------------------------------------------- the passage classifier


def _questions(centres: np.ndarray, per: int, seed: int, spread: float = 0.35):
    """Questions of each passage: points scattered around its direction, unit length."""
    rng = np.random.default_rng(seed)
    x = np.vstack([c + spread * rng.standard_normal((per, c.size)) for c in centres])
    x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
    return x, np.repeat(np.arange(len(centres)), per)


_CENTRES = np.linalg.qr(np.random.default_rng(0).standard_normal((16, 16)))[0][:3]


def test_the_classifier_names_the_passage_of_questions_it_never_saw():
    x, y = _questions(_CENTRES, per=12, seed=1, spread=0.25)
    table = fit_classifier(x, y, 3)
    assert table.shape == (3, 17) and table.dtype == np.float32
    unseen, truth = _questions(_CENTRES, per=30, seed=2, spread=0.25)
    predicted = np.argmax(unseen @ table[:, :-1].T + table[:, -1], axis=1)
    assert (predicted == truth).mean() >= 0.95


def test_the_classifier_is_fitted_the_same_way_every_time():
    x, y = _questions(_CENTRES, per=12, seed=3)
    np.testing.assert_array_equal(fit_classifier(x, y, 3), fit_classifier(x, y, 3))


def test_the_classifier_beats_the_closest_question_where_questions_overlap():
    """Two passages whose questions overlap: one neighbour decides by chance, the classifier
    by where each passage's questions lie as a whole."""
    rng = np.random.default_rng(3)
    centres = np.linalg.qr(rng.standard_normal((16, 16)))[0][:2]
    near = 0.6 * centres[0] + 0.4 * centres[1], 0.4 * centres[0] + 0.6 * centres[1]
    x = np.vstack([c + 0.45 * rng.standard_normal((200, 16)) for c in near]).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    index = QuestionIndex(chunk_ids=["d:0"] * 200 + ["d:1"] * 200, hashes=[""] * 400,
                          fingerprint="f", model="m", key="k", vectors=x.astype(np.float16))
    passages = {f"d:{i}": c / np.linalg.norm(c) for i, c in enumerate(near)}
    results = cross_validate(index, passages)
    assert results["classifier"][0] > results["closest question"][0] + 0.05


# ---------------------------------------------------------------- built at ingest


def test_ingest_embeds_each_question_into_its_passage(tmp_path, real_embedder):
    s = _settings(tmp_path, _corpus(tmp_path))
    summary = ingest(s, embedder=real_embedder, progress=False)
    assert summary.questions == 3 and "questions: 3 indexed" in summary.render()
    index = _index(s)
    compost, birds = _chunk_of(s, "compost heap"), _chunk_of(s, "Small birds")
    assert compost != birds
    assert index.chunk_ids == [compost, compost, birds]
    assert index.fingerprint == Store.open_for_read(s).info().fingerprint
    expected = real_embedder.embed_documents(["why does the bin in my backyard stink so bad"])[0]
    np.testing.assert_allclose(index.vectors[0].astype(np.float32), expected, atol=2e-3)


def test_ingest_fits_the_classifier_on_the_passages_with_questions(tmp_path, real_embedder):
    s = _settings(tmp_path, _corpus(tmp_path))
    ingest(s, embedder=real_embedder, progress=False)
    index = _index(s)
    compost, birds = _chunk_of(s, "compost heap"), _chunk_of(s, "Small birds")
    tomatoes = _chunk_of(s, "Tomatoes need")
    assert index.classes == sorted([compost, birds]) and tomatoes not in index.classes
    assert index.classifier.shape == (2, real_embedder.dimension + 1)
    retriever = Retriever.load(s, embedder=real_embedder)
    assert retriever.questions.classify(retriever.embed("the pile out back smells awful"), 5) == [
        compost, birds]
    assert retriever.questions.classify(retriever.embed("finches at the feeder in february"),
                                        1) == [birds]


def test_classifier_weight_zero_leaves_the_classifier_out_of_the_search(tmp_path, real_embedder,
                                                                         monkeypatch):
    s = _settings(tmp_path, _corpus(tmp_path), classifier_weight=0.0)
    ingest(s, embedder=real_embedder, progress=False)
    retriever = Retriever.load(s, embedder=real_embedder)
    calls = []
    monkeypatch.setattr(QuestionIndex, "classify", lambda *a: calls.append(a) or [])
    assert retriever.search("how often should I turn my compost")
    assert calls == []
    on = Retriever.load(s.model_copy(update={"classifier_weight": 2.0}), embedder=real_embedder)
    assert on.search("how often should I turn my compost") and len(calls) == 1


def test_a_damaged_classifier_says_run_ingest(tmp_path, real_embedder):
    s = _settings(tmp_path, _corpus(tmp_path))
    ingest(s, embedder=real_embedder, progress=False)
    folder = s.questions_dir / s.collection
    np.save(folder / CLASSIFIER_FILE, np.zeros((5, 3), dtype=np.float32))
    with pytest.raises(IndexCorruptError, match="question index at .* cannot be read.*alongside ingest"):
        Retriever.load(s, embedder=real_embedder)
    (folder / CLASSIFIER_FILE).unlink()
    with pytest.raises(IndexCorruptError, match="question index at .* cannot be read.*alongside ingest"):
        Retriever.load(s, embedder=real_embedder)


def test_unchanged_rerun_leaves_the_question_index_alone(tmp_path, real_embedder):
    s = _settings(tmp_path, _corpus(tmp_path))
    ingest(s, embedder=real_embedder, progress=False)
    folder = s.questions_dir / s.collection
    before = (folder / VECTORS_FILE).stat()
    summary = ingest(s, embedder=real_embedder, progress=False)
    after = (folder / VECTORS_FILE).stat()
    assert summary.questions is None
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_editing_the_question_file_embeds_only_the_new_questions(tmp_path, real_embedder):
    corpus = _corpus(tmp_path)
    s = _settings(tmp_path, corpus)
    ingest(s, embedder=real_embedder, progress=False)
    more = QUESTIONS + [{"anchor": "Tomatoes need", "questions": ["how much sunshine for my plants"]}]
    (corpus / "questions" / "garden-notes.jsonl").write_text(
        "\n".join(json.dumps(r) for r in more), encoding="utf-8")
    counting = _Counting(real_embedder)
    summary = ingest(s, embedder=counting, progress=False)
    assert summary.questions == 4
    assert counting.embedded == ["how much sunshine for my plants"]
    assert _index(s).chunk_ids[-1] == _chunk_of(s, "Tomatoes need")


def test_problems_in_a_question_file_are_reported_and_the_document_is_indexed(tmp_path, real_embedder):
    s = _settings(tmp_path, _corpus(tmp_path, [json.dumps(QUESTIONS[0]), "oops", json.dumps(
        {"anchor": "not in the text", "questions": ["x"]})]))
    summary = ingest(s, embedder=real_embedder, progress=False)
    assert summary.added == ["garden-notes"] and summary.questions == 2
    assert len(summary.question_problems) == 2
    rendered = summary.render()
    assert "question file:" in rendered and "not valid JSON" in rendered
    assert "anchor not found" in rendered


def test_a_document_without_a_question_file_gets_an_empty_index(tmp_path, real_embedder):
    corpus = _corpus(tmp_path)
    (corpus / "questions" / "garden-notes.jsonl").unlink()
    s = _settings(tmp_path, corpus)
    assert ingest(s, embedder=real_embedder, progress=False).questions == 0
    retriever = Retriever.load(s, embedder=real_embedder)
    assert len(retriever.questions) == 0 and retriever.questions.classes == []
    assert retriever.questions.classify(retriever.embed("compost"), 3) == []
    assert retriever.search("how often should I turn my compost")


def test_question_weight_zero_builds_and_needs_no_question_index(tmp_path, real_embedder):
    s = _settings(tmp_path, _corpus(tmp_path), question_weight=0.0)
    ingest(s, embedder=real_embedder, progress=False)
    assert not s.questions_dir.exists()
    assert Retriever.load(s, embedder=real_embedder).questions is None


# ---------------------------------------------------------------- at query time


def test_a_question_in_the_users_words_finds_its_passage(tmp_path, real_embedder):
    s = _settings(tmp_path, _corpus(tmp_path))
    ingest(s, embedder=real_embedder, progress=False)
    retriever = Retriever.load(s, embedder=real_embedder)
    compost = _chunk_of(s, "compost heap")
    query = "my backyard bin stinks, how often do I stir the rotting pile"
    best, similarity = retriever.questions.rank(retriever.embed(query), 3)[0]
    assert best == compost and 0.5 < similarity <= 1.0
    assert "A compost heap works fastest" in retriever.search(query, k=1)[0].text


def test_missing_or_mismatched_question_index_says_run_ingest(tmp_path, real_embedder):
    s = _settings(tmp_path, _corpus(tmp_path))
    ingest(s, embedder=real_embedder, progress=False)
    folder = s.questions_dir / s.collection
    meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    meta["fingerprint"] = "other"
    (folder / META_FILE).write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(IndexCorruptError, match="question index does not match.*alongside ingest"):
        Retriever.load(s, embedder=real_embedder)
    (folder / VECTORS_FILE).write_bytes(b"garbage")
    with pytest.raises(IndexCorruptError, match="question index at .* cannot be read.*alongside ingest"):
        Retriever.load(s, embedder=real_embedder)
    ingest(s, embedder=real_embedder, progress=False)  # the next ingest repairs it
    assert len(Retriever.load(s, embedder=real_embedder).questions) == 3
    for name in (META_FILE, VECTORS_FILE):
        (folder / name).unlink()
    with pytest.raises(IndexMissingError, match="no question index .* run `alongside ingest`"):
        Retriever.load(s, embedder=real_embedder)


def test_question_keywords_find_the_passage_too(tmp_path, real_embedder):
    s = _settings(tmp_path, _corpus(tmp_path))
    ingest(s, embedder=real_embedder, progress=False)
    index = Retriever.load(s, embedder=real_embedder).questions
    assert index.texts[0] == "why does the bin in my backyard stink so bad"
    assert index.keyword_rank("sparrows at the seed tray", 3) == [_chunk_of(s, "Small birds")]
    assert index.keyword_rank("quantum chromodynamics", 3) == []


def test_the_closest_question_in_the_whole_index_counts_for_coverage(tmp_path, real_embedder):
    s = _settings(tmp_path, _corpus(tmp_path))
    ingest(s, embedder=real_embedder, progress=False)
    retriever = Retriever.load(s, embedder=real_embedder)
    found = retriever.search("when do sparrows come to the seed tray", k=1)
    assert found.best_question_similarity > 0.9
    assert is_covered(found, s)
    off = Retriever.load(s.model_copy(update={"question_weight": 0.0}), embedder=real_embedder)
    assert off.search("when do sparrows come to the seed tray", k=1).best_question_similarity == 0.0


def test_an_index_in_an_older_format_is_rebuilt_by_ingest(tmp_path, real_embedder):
    s = _settings(tmp_path, _corpus(tmp_path))
    ingest(s, embedder=real_embedder, progress=False)
    folder = s.questions_dir / s.collection
    meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    meta.pop("format")
    meta["rows"] = [row[:2] for row in meta["rows"]]
    (folder / META_FILE).write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(IndexCorruptError, match="question index at .* cannot be read.*alongside ingest"):
        Retriever.load(s, embedder=real_embedder)
    assert ingest(s, embedder=real_embedder, progress=False).questions == 3
    assert len(Retriever.load(s, embedder=real_embedder).questions.texts) == 3
