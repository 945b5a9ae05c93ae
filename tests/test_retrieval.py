"""Retrieval pieces that need no index: coverage evidence, query vocabulary, de-duplication."""

from __future__ import annotations

import pytest

from alongside.reply import Source
from alongside.retrieval import _near_duplicate, is_covered, search_text
from alongside.settings import Settings


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
def test_coverage_needs_close_meaning_or_agreement(source, covered):
    assert is_covered([source], Settings()) is covered


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
