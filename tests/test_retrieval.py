"""Retrieval: coverage evidence, query vocabulary, de-duplication and word-level scoring without
an index; then the word list on the real index (real model, real Chroma)."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from word_damage import garble_meta, garble_vectors, truncate_vectors

from alongside.errors import IndexCorruptError, IndexMissingError
from alongside.reply import Source
from alongside.retrieval import Retriever, _near_duplicate, is_covered, search_text
from alongside.settings import Settings
from alongside.words import META_FILE, WordIndex, WordIndexWriter


def _src(sim=0.1, dense_rank=None, keyword_rank=None, keyword_score=0.0, **kw) -> Source:
    base = dict(n=1, chunk_id="d:1", doc_id="d", title="T", publisher="P", audience="family",
                section=("S",), text="some passage text here", start=0, end=22, score=0.03)
    base.update(kw)
    return Source(similarity=sim, dense_rank=dense_rank, keyword_rank=keyword_rank,
                  keyword_score=keyword_score, **base)


@pytest.mark.parametrize("source, covered", [
    (_src(sim=0.31), True),
    (_src(sim=0.29), False),
    (_src(sim=0.2, dense_rank=1, keyword_rank=0, keyword_score=5.0), True),  # both searches agree
    (_src(sim=0.2, dense_rank=1, keyword_rank=0, keyword_score=3.0), False),  # weak keyword match
    (_src(sim=0.2, dense_rank=9, keyword_rank=0, keyword_score=9.0), False),  # searches disagree
    (_src(sim=0.2, dense_rank=None, keyword_rank=0, keyword_score=9.0), False),
])
def test_coverage_without_questions_needs_close_meaning_or_agreement(source, covered):
    assert is_covered([source], Settings(question_weight=0.0)) is covered


@pytest.mark.parametrize("sources, covered", [
    ([_src(sim=0.2, question_similarity=0.53)], True),  # a written question is close
    ([_src(sim=0.2, question_similarity=0.51)], False),
    ([_src(sim=0.2, question_similarity=0.1), _src(sim=0.1, question_similarity=0.55, n=2)], True),
    ([_src(sim=0.46)], True),  # the passage itself is close
    ([_src(sim=0.40)], False),  # close enough without questions, not with them
    ([_src(sim=0.2, dense_rank=1, keyword_rank=0, keyword_score=5.0)], True),  # agreement
])
def test_coverage_with_questions_needs_a_close_question_passage_or_agreement(sources, covered):
    assert is_covered(sources, Settings()) is covered


def test_no_sources_is_not_covered():
    assert is_covered([], Settings()) is False


@pytest.mark.parametrize("query, expected", [
    ("my son won't take his meds", "my loved one won't take his medication"),
    ("Her husband stopped the pills", "my loved one stopped the medication"),
    ("our 19 yo daughter refuses antidepressants", "my loved one refuses medication"),
    ("the doctor said so", "the doctor said so"),
])
def test_search_text_uses_the_guidance_vocabulary(query, expected):
    assert search_text(query) == expected


def test_overlapping_passages_of_one_document_are_duplicates():
    first = _src(start=0, end=100, text="a " * 50)
    assert _near_duplicate({"doc_id": "d", "start": 20, "end": 110}, "b " * 45, first)
    assert not _near_duplicate({"doc_id": "d", "start": 200, "end": 300}, "other words entirely", first)
    assert _near_duplicate({"doc_id": "e", "start": 0, "end": 22}, "some passage text here", _src())


# -- the word index without a model ---------------------------------------------------------------


def _unit(rows: int, dim: int, rng: np.random.Generator) -> np.ndarray:
    v = rng.standard_normal((rows, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _saved(tmp_path, passages: dict[str, np.ndarray], previous: WordIndex | None = None) -> WordIndex:
    folder = tmp_path / "words"
    writer = WordIndexWriter(folder, "test-model", 8)
    for cid, vectors in passages.items():
        writer.add(cid, vectors)
    ids = sorted(set(passages) | set(previous.rows if previous else ()))
    writer.save(ids, "fp", previous)
    return WordIndex.load(folder)


def test_word_rank_is_the_mean_of_each_query_words_best_match(tmp_path):
    rng = np.random.default_rng(0)
    passages = {f"c{i}": _unit(int(rng.integers(1, 30)), 8, rng) for i in range(12)}
    index = _saved(tmp_path, passages)
    query = _unit(5, 8, rng)
    pool = ["c3", "c7", "c1", "c7", "c9", "c0", "unknown"]  # repeats and unknown ids are harmless

    def score(cid: str) -> float:  # the definition, on the stored (float16) vectors
        return float((index.get(cid).astype(np.float32) @ query.T).max(axis=0).mean())

    expected = sorted(dict.fromkeys(c for c in pool if c in passages), key=lambda c: -score(c))
    assert index.rank(query, pool, n=10) == expected
    assert index.rank(query, pool, n=2) == expected[:2]
    assert index.rank(query, [], n=5) == []
    assert isinstance(index.vectors, np.memmap), "the matrix is memory-mapped, not read"


def test_word_index_save_keeps_earlier_vectors_and_drops_what_is_gone(tmp_path):
    rng = np.random.default_rng(1)
    first = _saved(tmp_path, {"a": _unit(3, 8, rng), "b": _unit(4, 8, rng), "c": _unit(2, 8, rng)})
    kept = {cid: first.get(cid).copy() for cid in ("a", "c")}
    writer = WordIndexWriter(tmp_path / "words", "test-model", 8)
    writer.add("d", _unit(5, 8, rng))
    writer.save(["a", "c", "d"], "fp2", first)
    second = WordIndex.load(tmp_path / "words")
    assert sorted(second.rows) == ["a", "c", "d"] and second.fingerprint == "fp2"
    for cid, vectors in kept.items():
        assert second.get(cid).tobytes() == vectors.tobytes()
    assert not (tmp_path / "words.pending").exists() and not (tmp_path / "words.tmp").exists()

    with pytest.raises(KeyError, match="no word vectors for chunk e"):
        WordIndexWriter(tmp_path / "words", "test-model", 8).save(["a", "e"], "fp3", second)
    assert WordIndex.load(tmp_path / "words").fingerprint == "fp2", "a failed save changes nothing"


def test_word_index_of_no_passages_loads(tmp_path):
    index = _saved(tmp_path, {})
    assert index.rows == {} and index.vectors.shape == (0, 8)
    assert WordIndex.is_current(tmp_path / "words", "fp", "test-model")


# -- the word list on the real index --------------------------------------------------------------


@pytest.fixture(scope="module")
def retrievers(indexed_settings, real_embedder):
    """The same index searched with the word list (the default) and without it; the question
    list is off in both, so that the difference is the word list's alone."""
    alone = indexed_settings.model_copy(update={"question_weight": 0.0})
    with_words = Retriever.load(alone, embedder=real_embedder)
    without = Retriever.load(alone.model_copy(update={"word_weight": 0.0}), embedder=real_embedder)
    assert with_words.words is not None and without.words is None
    return with_words, without


# Real questions from the retrieval dev suite. One word of each is answered by one passage
# ("creativity", "authority"), which the passage vector and BM25 rank second or lower; the word
# list ranks that passage first among the candidates, which lifts it to the top.
@pytest.mark.parametrize("question, audience, passage_words", [
    ("she's a painter and is convinced meds will kill her creativity. what do i say to that",
     "family", "giving up their creativity"),
    ("client has a lot of anger at authority - parents, doctors, cops - and now refuses meds. "
     "is there a connection", "counselor", "Resentment toward authority figures"),
])
def test_word_list_lifts_the_passage_that_matches_one_specific_word(retrievers, question, audience,
                                                                     passage_words):
    with_words, without = retrievers

    def rank(retriever: Retriever) -> int:
        texts = [s.text for s in retriever.search(question, audience, k=5)]
        return next(i for i, t in enumerate(texts) if passage_words in t)

    assert rank(with_words) == 0
    assert rank(without) > 0


def test_query_cache_serves_repeats_and_can_be_cleared(retrievers):
    with_words, _ = retrievers
    with_words.clear_cache()
    first = with_words.search("she hates the side effects of her pills")
    assert len(with_words._cache) == 1
    assert with_words.search("she hates the side effects of her pills") == first
    with_words.clear_cache()
    assert len(with_words._cache) == 0


def test_search_reports_every_stage_timing(retrievers):
    timings: dict[str, float] = {}
    retrievers[0].search("how do I build trust with my son", timings=timings)
    assert set(timings) == {"embed", "dense", "keyword", "words", "questions", "fuse"}


def _copy(indexed_settings, tmp_path) -> Settings:
    shutil.copytree(indexed_settings.data_dir, tmp_path / "copy")
    return Settings(data_dir=tmp_path / "copy")


def test_word_weight_zero_needs_no_word_index(indexed_settings, real_embedder, tmp_path):
    s = _copy(indexed_settings, tmp_path)
    shutil.rmtree(s.words_dir)
    with pytest.raises(IndexMissingError, match="no word index .* run `alongside ingest`"):
        Retriever.load(s, embedder=real_embedder)
    off = Retriever.load(s.model_copy(update={"word_weight": 0.0}), embedder=real_embedder)
    assert off.words is None
    assert off.search("how do I build trust with my son")


def _point_outside(folder):
    meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    first = next(iter(meta["rows"]))
    meta["rows"][first] = [meta["total"], 5]
    (folder / META_FILE).write_text(json.dumps(meta), encoding="utf-8")


@pytest.mark.parametrize("corrupt", [garble_vectors, truncate_vectors, garble_meta, _point_outside])
def test_corrupt_word_index_is_a_clear_error(indexed_settings, real_embedder, tmp_path, corrupt):
    s = _copy(indexed_settings, tmp_path)
    corrupt(s.words_dir / s.collection)
    with pytest.raises(IndexCorruptError, match="the word index at .* cannot be read .* run `alongside ingest`"):
        Retriever.load(s, embedder=real_embedder)


def test_word_index_from_another_ingest_is_refused(indexed_settings, real_embedder, tmp_path):
    s = _copy(indexed_settings, tmp_path)
    meta_path = s.words_dir / s.collection / META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["fingerprint"] = "0" * 64
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(IndexCorruptError, match="word index does not match the vector index.*alongside ingest"):
        Retriever.load(s, embedder=real_embedder)


def test_cli_reports_a_corrupt_word_index_in_one_line(indexed_settings, tmp_path, monkeypatch, capsys):
    from alongside.cli import main

    s = _copy(indexed_settings, tmp_path)
    garble_vectors(s.words_dir / s.collection)
    monkeypatch.setenv("ALONGSIDE_DATA_DIR", str(s.data_dir))
    assert main(["ask", "how do I build trust with my son"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("alongside: error: the word index at ") and "run `alongside ingest`" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
