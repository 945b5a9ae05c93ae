"""The small records a turn returns: sources, counselor drafts, and the reply itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alongside.card import CrisisCard
    from alongside.crisis import Screening


@dataclass(frozen=True)
class Source:
    """A passage an answer was built from, located exactly in its document's clean text."""

    n: int  # citation number shown as [n]
    chunk_id: str
    doc_id: str
    title: str
    publisher: str
    audience: str
    section: tuple[str, ...]
    text: str
    start: int
    end: int
    score: float  # fused retrieval score (reciprocal rank fusion, audience-weighted)
    similarity: float = 0.0  # cosine similarity of passage and query
    dense_rank: int | None = None  # 0-based rank in the vector search, None if not among candidates
    keyword_rank: int | None = None  # 0-based rank in the BM25 search
    keyword_score: float = 0.0  # BM25 score
    question_similarity: float = 0.0  # cosine of the query and this passage's closest question

    @property
    def section_label(self) -> str:
        return " › ".join(self.section) if self.section else "(introduction)"

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "doc_id": self.doc_id,
            "title": self.title,
            "publisher": self.publisher,
            "section": self.section_label,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Draft:
    """One counselor draft: a reflection, an open question, or a strategy from the guidance."""

    kind: str  # simple_reflection | complex_reflection | double_sided_reflection | open_question | strategy
    label: str
    text: str
    citations: tuple[int, ...] = ()


@dataclass
class Reply:
    """Everything one turn produced. While streaming, `answer` grows and `done` is False."""

    audience: str
    screening: Screening
    card: CrisisCard | None = None  # shown first whenever this conversation has had a crisis
    query: str = ""
    answer: str = ""
    sources: list[Source] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    answerer: str = "extractive"
    notices: list[str] = field(default_factory=list)
    covered: bool = True
    done: bool = False
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_json(self, case_id: Any = None) -> dict[str, Any]:
        out: dict[str, Any] = {} if case_id is None else {"id": case_id}
        out.update(
            {
                "crisis": {
                    "level": self.screening.level,
                    "categories": list(self.screening.categories),
                    "card_shown": self.card is not None,
                },
                "query": self.query,
                "answer": self.answer,
                "sources": [s.to_json() for s in self.sources],
                "answerer": self.answerer,
                "covered": self.covered,
                "notices": list(self.notices),
            }
        )
        if self.drafts:
            out["drafts"] = [
                {"kind": d.kind, "label": d.label, "text": d.text, "citations": list(d.citations)}
                for d in self.drafts
            ]
        return out
