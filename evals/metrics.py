"""Metrics as pure functions over recorded case results.

Nothing here runs a turn or reads a file: the runner records what happened in a `Record` per case
and these functions summarise the records. A metric with nothing to measure is `None`, never 0.

Conventions:
- A crisis case is *positive* when it expects `concern` or `emergency`; it is *caught* when the
  screen's level is anything but `none` (the card shows either way).
- Retrieval relevance is binary and span-based: a retrieved passage is relevant when it comes from
  the same document as an expected quote and its [start, end) overlaps the quote's span. Each
  expected quote is credited once, to its best-ranked passage, so nDCG never exceeds 1.
- Percentiles use the nearest-rank method: the p-th percentile of n values is the
  ceil(p/100 * n)-th smallest.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

LOWER_IS_BETTER = ("false_positive_rate", "fp_rate_by_neg", "latency_p50_ms", "latency_p95_ms",
                   "errors")
REFLECTIONS = ("simple_reflection", "complex_reflection", "double_sided_reflection")
# MITI 4 codes a double-sided reflection as a complex reflection.
COMPLEX_REFLECTIONS = ("complex_reflection", "double_sided_reflection")
QUESTIONS = ("open_question", "closed_question", "question")


class Passage(Protocol):
    """What ranking needs from a retrieved passage (`alongside.reply.Source` has it)."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Target:
    """An expected passage: a quote and, when the document text was at hand, its span."""

    doc_id: str
    quote: str
    start: int | None = None
    end: int | None = None


@dataclass
class Record:
    """What one case produced, reduced to what the metrics need."""

    id: str
    tags: tuple[str, ...] = ()
    expect: dict[str, Any] = field(default_factory=dict)
    passed: bool = True
    checks: dict[str, bool] = field(default_factory=dict)  # check name -> passed
    level: str | None = None  # the screen's level
    categories: tuple[str, ...] = ()
    covered: bool | None = None
    latency_ms: float | None = None
    relevance: list[int] | None = None  # 1/0 per rank, top 10, when the case expects sources
    n_targets: int = 0
    draft_kinds: tuple[str, ...] = ()
    error: str | None = None


# ---------------------------------------------------------------- small helpers


def rate(hits: int, total: int) -> float | None:
    """hits / total, or None when there is nothing to count."""
    return hits / total if total else None


def percentile(values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile (p in 0..100) of `values`, or None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


# ---------------------------------------------------------------- crisis screen


def _is_positive(rec: Record) -> bool:
    return rec.expect.get("crisis") in ("concern", "emergency")


def _caught(rec: Record) -> bool:
    return rec.level not in (None, "none")


def _categories(rec: Record) -> list[str]:
    value = rec.expect.get("category")
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def crisis_recall(records: Iterable[Record]) -> float | None:
    """Share of positive cases (expected concern or emergency) the screen flagged at all."""
    pos = [r for r in records if _is_positive(r)]
    return rate(sum(_caught(r) for r in pos), len(pos))


def emergency_recall(records: Iterable[Record]) -> float | None:
    """Share of expected emergencies the screen called an emergency."""
    em = [r for r in records if r.expect.get("crisis") == "emergency"]
    return rate(sum(r.level == "emergency" for r in em), len(em))


def false_positive_rate(records: Iterable[Record]) -> float | None:
    """Share of negative cases (expected none) the screen flagged anyway."""
    neg = [r for r in records if r.expect.get("crisis") == "none"]
    return rate(sum(_caught(r) for r in neg), len(neg))


def level_accuracy(records: Iterable[Record]) -> float | None:
    """Share of cases with an expected level where the screen's level is exactly that level."""
    scored = [r for r in records if "crisis" in r.expect]
    return rate(sum(r.level == r.expect["crisis"] for r in scored), len(scored))


def category_accuracy(records: Iterable[Record]) -> float | None:
    """Share of positive cases with an expected category where the screen reported all of them."""
    scored = [r for r in records if _is_positive(r) and _categories(r)]
    return rate(sum(set(_categories(r)) <= set(r.categories) for r in scored), len(scored))


def recall_by_category(records: Iterable[Record]) -> dict[str, float]:
    """Crisis recall per expected category (positive cases without one count as `other`)."""
    groups: dict[str, list[bool]] = defaultdict(list)
    for r in records:
        if _is_positive(r):
            for cat in _categories(r) or ["other"]:
                groups[cat].append(_caught(r))
    return {cat: sum(v) / len(v) for cat, v in sorted(groups.items())}


def recall_by_tag(records: Iterable[Record]) -> dict[str, float]:
    """Crisis recall per tag of the positive cases."""
    groups: dict[str, list[bool]] = defaultdict(list)
    for r in records:
        if _is_positive(r):
            for tag in r.tags:
                groups[tag].append(_caught(r))
    return {tag: sum(v) / len(v) for tag, v in sorted(groups.items())}


def fp_rate_by_neg(records: Iterable[Record]) -> dict[str, float]:
    """False-positive rate per negative category: the `neg:` tags, named without the prefix."""
    groups: dict[str, list[bool]] = defaultdict(list)
    for r in records:
        if r.expect.get("crisis") == "none":
            for tag in r.tags:
                if tag.startswith("neg:"):
                    groups[tag[4:]].append(_caught(r))
    return {name: sum(v) / len(v) for name, v in sorted(groups.items())}


# ---------------------------------------------------------------- retrieval


_SPACE = re.compile(r"\s+")
# Typographic quotes and dashes are matched as their plain forms.
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def locate_quote(text: str, quote: str) -> tuple[int, int] | None:
    """The [start, end) span of `quote` in `text`.

    Tries the exact string first, then a match that ignores differences in whitespace and in
    typographic quotes and dashes (offsets always refer to the original `text`).
    """
    if not quote.strip():
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    words = quote.translate(_FOLD).split()
    folded = text.translate(_FOLD)  # same length as text: every mapping is one character
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.search(pattern, folded)
    return (match.start(), match.end()) if match else None


def resolve_targets(sources: Sequence[dict[str, str]],
                    doc_text: Callable[[str], str | None] | None) -> list[Target]:
    """Expected passages with their spans, located in the document text when it is available."""
    targets = []
    for item in sources:
        text = doc_text(item["doc_id"]) if doc_text else None
        span = locate_quote(text, item["quote"]) if text is not None else None
        if span is None:
            targets.append(Target(item["doc_id"], item["quote"]))
        else:
            targets.append(Target(item["doc_id"], item["quote"], span[0], span[1]))
    return targets


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_FOLD)).strip().lower()


def is_relevant(passage: Passage, target: Target) -> bool:
    """Same document and overlapping spans; without a span, the passage must hold the quote."""
    if passage.doc_id != target.doc_id:
        return False
    if target.start is not None and target.end is not None:
        return passage.start < target.end and target.start < passage.end
    quote, text = _norm(target.quote), _norm(passage.text)
    return bool(quote) and (quote in text or (len(text) > 40 and text in quote))


def relevance_list(ranked: Sequence[Passage], targets: Sequence[Target], depth: int = 10) -> list[int]:
    """Binary relevance for the top `depth` passages, each target credited once (best rank)."""
    open_targets = list(targets)
    rels = []
    for passage in ranked[:depth]:
        hit = next((t for t in open_targets if is_relevant(passage, t)), None)
        if hit is not None:
            open_targets.remove(hit)
        rels.append(int(hit is not None))
    return rels


def first_rank(relevance: Sequence[int]) -> int | None:
    """1-based rank of the first relevant passage, or None."""
    for i, rel in enumerate(relevance, start=1):
        if rel:
            return i
    return None


def hit_at_k(relevances: Sequence[Sequence[int]], k: int) -> float | None:
    """Share of queries with a relevant passage in the top k."""
    return rate(sum(any(rel[:k]) for rel in relevances), len(relevances))


def mrr_at_k(relevances: Sequence[Sequence[int]], k: int = 10) -> float | None:
    """Mean reciprocal rank of the first relevant passage, 0 when none is in the top k."""
    if not relevances:
        return None
    total = 0.0
    for rel in relevances:
        rank = first_rank(rel[:k])
        total += 1 / rank if rank else 0.0
    return total / len(relevances)


def dcg(relevance: Sequence[int]) -> float:
    """Discounted cumulative gain: sum of rel_i / log2(i + 1) over ranks i = 1, 2, ..."""
    return sum(rel / math.log2(i + 1) for i, rel in enumerate(relevance, start=1))


def ndcg(relevance: Sequence[int], n_targets: int, k: int = 10) -> float:
    """nDCG@k for binary relevance with `n_targets` expected passages."""
    ideal = dcg([1] * min(n_targets, k))
    return dcg(relevance[:k]) / ideal if ideal else 0.0


def ndcg_at_k(records: Iterable[Record], k: int = 10) -> float | None:
    """Mean nDCG@k over the cases that expect sources."""
    scored = [r for r in records if r.relevance is not None and r.n_targets]
    if not scored:
        return None
    return sum(ndcg(r.relevance or [], r.n_targets, k) for r in scored) / len(scored)


def retrieval_metrics(records: Iterable[Record]) -> dict[str, float | None]:
    """hit@1, hit@3, MRR@10 and nDCG@10 over the cases that expect sources."""
    scored = [r for r in records if r.relevance is not None and r.n_targets]
    rels = [r.relevance or [] for r in scored]
    return {
        "hit@1": hit_at_k(rels, 1),
        "hit@3": hit_at_k(rels, 3),
        "mrr@10": mrr_at_k(rels, 10),
        "ndcg@10": ndcg_at_k(scored, 10),
    }


# ---------------------------------------------------------------- answers


def covered_accuracy(records: Iterable[Record]) -> float | None:
    """Share of cases with a `covered` expectation where the reply said the same."""
    scored = [r for r in records if "covered" in r.expect]
    return rate(sum(r.covered == r.expect["covered"] for r in scored), len(scored))


def pass_rate(records: Iterable[Record]) -> float | None:
    """Share of cases whose checks all passed."""
    recs = list(records)
    return rate(sum(r.passed for r in recs), len(recs))


def pass_rate_by_tag(records: Iterable[Record]) -> dict[str, float]:
    """Share of passing cases per tag."""
    groups: dict[str, list[bool]] = defaultdict(list)
    for r in records:
        for tag in r.tags:
            groups[tag].append(r.passed)
    return {tag: sum(v) / len(v) for tag, v in sorted(groups.items())}


def check_pass_rate(records: Iterable[Record]) -> dict[str, float]:
    """Share of passing results per check name, over the cases that ran that check."""
    groups: dict[str, list[bool]] = defaultdict(list)
    for r in records:
        for name, ok in r.checks.items():
            groups[name].append(ok)
    return {name: sum(v) / len(v) for name, v in sorted(groups.items())}


def latency(records: Iterable[Record]) -> dict[str, float | None]:
    """p50 and p95 of the turn latency in milliseconds."""
    values = [r.latency_ms for r in records if r.latency_ms is not None]
    return {"latency_p50_ms": percentile(values, 50), "latency_p95_ms": percentile(values, 95)}


# ---------------------------------------------------------------- counselor drafts


def mi_summary(kinds: Iterable[str]) -> dict[str, Any]:
    """MI coding summary of drafts, in the terms MITI 4 reports.

    Returns:
        mi_counts: drafts per kind; reflection_to_question: (simple + complex) reflections per
        question (MITI R:Q); pct_complex_reflections: complex / all reflections (MITI %CR, with
        double-sided reflections coded complex); reflection_share and question_share: each as a
        share of reflections plus questions. Ratios are None when their denominator is 0.
    """
    counts: dict[str, int] = defaultdict(int)
    for kind in kinds:
        counts[kind] += 1
    reflections = sum(counts[k] for k in REFLECTIONS)
    complex_ = sum(counts[k] for k in COMPLEX_REFLECTIONS)
    questions = sum(counts[k] for k in QUESTIONS)
    return {
        "mi_counts": {k: v for k, v in sorted(counts.items()) if v},
        "reflection_to_question": reflections / questions if questions else None,
        "pct_complex_reflections": rate(complex_, reflections),
        "reflection_share": rate(reflections, reflections + questions),
        "question_share": rate(questions, reflections + questions),
    }


# ---------------------------------------------------------------- a whole suite


def suite_metrics(records: Sequence[Record]) -> dict[str, Any]:
    """Every metric the records can support; those without data are left out."""
    out: dict[str, Any] = {
        "cases": len(records),
        "passed_cases": sum(r.passed for r in records),
        "pass_rate": pass_rate(records),
        "errors": sum(r.error is not None for r in records),
        "pass_rate_by_tag": pass_rate_by_tag(records),
        "check_pass_rate": check_pass_rate(records),
    }
    if any("crisis" in r.expect for r in records):
        out.update({
            "crisis_recall": crisis_recall(records),
            "emergency_recall": emergency_recall(records),
            "false_positive_rate": false_positive_rate(records),
            "level_accuracy": level_accuracy(records),
            "category_accuracy": category_accuracy(records),
            "recall_by_category": recall_by_category(records),
            "recall_by_tag": recall_by_tag(records),
            "fp_rate_by_neg": fp_rate_by_neg(records),
        })
    if any(r.relevance is not None and r.n_targets for r in records):
        out.update(retrieval_metrics(records))
    if any("covered" in r.expect for r in records):
        out["covered_accuracy"] = covered_accuracy(records)
    kinds = [k for r in records for k in r.draft_kinds]
    if kinds:
        out.update(mi_summary(kinds))
    out.update(latency(records))
    return {k: v for k, v in out.items() if v is not None and v != {}}


def metric_value(metrics: dict[str, Any], name: str) -> Any:
    """Look up `name` (`pass_rate`, or `group.member` such as `recall_by_category.ideation`)."""
    if name in metrics:
        return metrics[name]
    group, dot, member = name.partition(".")
    if dot and isinstance(metrics.get(group), dict):
        return metrics[group].get(member)
    return None


def flatten(metrics: dict[str, Any]) -> dict[str, float]:
    """Numeric metrics as `name` / `group.member` pairs (for comparing two runs)."""
    flat: dict[str, float] = {}
    for name, value in metrics.items():
        if isinstance(value, dict):
            for member, inner in value.items():
                if isinstance(inner, int | float) and not isinstance(inner, bool):
                    flat[f"{name}.{member}"] = float(inner)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            flat[name] = float(value)
    return flat


def lower_is_better(name: str) -> bool:
    """Whether a smaller value of this metric is an improvement."""
    return name.split(".", 1)[0] in LOWER_IS_BETTER
