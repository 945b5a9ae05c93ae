"""Per-case expectations: each key of a case's `expect` becomes one check with a small result.

Text checks read the reply as a person sees it: the crisis card (if shown), then the answer, then
the counselor drafts, so "the crisis lines are there" can be checked whichever of them carries it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from evals.metrics import Passage, Target, is_relevant

REFLECTION_SUFFIX = "_reflection"
CLIENT_FACING = ("simple_reflection", "complex_reflection", "double_sided_reflection",
                 "open_question")


@dataclass(frozen=True)
class CheckResult:
    """One expectation, whether it held, and what was seen when it did not."""

    name: str
    passed: bool
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "detail": self.detail}


def reply_text(reply: Any) -> str:
    """The reply as shown: card text, answer, then each draft, joined by blank lines."""
    parts = []
    if getattr(reply, "card", None) is not None:
        parts.append(reply.card.to_text())
    if reply.answer:
        parts.append(reply.answer)
    parts.extend(d.text for d in reply.drafts)
    return "\n\n".join(p for p in parts if p)


def _items(value: Any) -> list:
    return list(value) if isinstance(value, list | tuple) else [value]


def _excerpt(text: str, start: int, end: int, pad: int = 40) -> str:
    lo, hi = max(0, start - pad), min(len(text), end + pad)
    return ("…" if lo else "") + text[lo:hi].replace("\n", " ") + ("…" if hi < len(text) else "")


def check_text(name: str, patterns: Any, text: str) -> CheckResult:
    """contains / not_contains / icontains / not_icontains / regex / not_regex over `text`."""
    negate = name.startswith("not_")
    base = name[4:] if negate else name
    problems = []
    for pattern in _items(patterns):
        if base == "regex":
            match = re.search(pattern, text)
            span = (match.start(), match.end()) if match else None
        else:
            hay, needle = (text.lower(), pattern.lower()) if base == "icontains" else (text, pattern)
            at = hay.find(needle)
            span = (at, at + len(needle)) if at >= 0 else None
        if negate and span:
            problems.append(f"found {pattern} in “{_excerpt(text, *span)}”")
        elif not negate and not span:
            problems.append(f"missing {pattern}")
    return CheckResult(name, not problems, "; ".join(problems))


def check_crisis(expected: str, reply: Any) -> CheckResult:
    got = reply.screening.level
    return CheckResult("crisis", got == expected,
                       "" if got == expected else f"expected {expected}, screen said {got}")


def check_category(expected: Any, reply: Any) -> CheckResult:
    got = tuple(reply.screening.categories)
    missing = [c for c in _items(expected) if c not in got]
    detail = f"missing {', '.join(missing)}; screen reported {list(got) or 'none'}" if missing else ""
    return CheckResult("category", not missing, detail)


def check_card(expected: bool, reply: Any) -> CheckResult:
    shown = reply.card is not None
    if shown == expected:
        return CheckResult("card", True)
    return CheckResult("card", False, "crisis card shown" if shown else "no crisis card shown")


def check_covered(expected: bool, reply: Any) -> CheckResult:
    got = bool(reply.covered)
    if got == expected:
        return CheckResult("covered", True)
    said = "covers the question" if got else "does not cover the question"
    wanted = "covered" if expected else "not covered"
    return CheckResult("covered", False, f"reply says the guidance {said}; expected {wanted}")


def check_sources(targets: Sequence[Target], ranked: Sequence[Passage], k: int) -> CheckResult:
    """One of the expected passages overlaps one of the top k retrieved passages (hit@k).

    Several expected quotes are alternatives: any of them answers the question.
    """
    top = list(ranked)[:k]
    for rank, p in enumerate(top, start=1):
        if any(is_relevant(p, t) for t in targets):
            return CheckResult("sources", True, f"hit at rank {rank}")
    wanted = "; ".join(f"{t.doc_id}: {t.quote[:60]!r}"
                       + ("" if t.start is not None else " (not located; matched by text)")
                       for t in targets)
    got = ", ".join(f"{p.doc_id}[{p.start}:{p.end}]" for p in top) or "nothing"
    return CheckResult("sources", False, f"not in top {k}: {wanted}; got {got}")


def check_drafts(spec: dict[str, Any], reply: Any) -> CheckResult:
    """Counselor drafts: count, kinds present, reflections as statements, cited strategies,
    and patterns that must not appear in what the counselor would say to the client."""
    drafts = list(reply.drafts)
    problems = []
    if len(drafts) < spec.get("min", 1):
        problems.append(f"{len(drafts)} drafts, expected at least {spec.get('min', 1)}")
    kinds = {d.kind for d in drafts}
    missing = [k for k in spec.get("kinds", []) if k not in kinds]
    if missing:
        problems.append(f"no {', '.join(missing)}")
    if spec.get("reflections_are_statements"):
        for d in drafts:
            if d.kind.endswith(REFLECTION_SUFFIX) and "?" in d.text:
                problems.append(f"{d.kind} is a question: {d.text!r}")
    if spec.get("strategies_cite"):
        for d in drafts:
            if d.kind == "strategy" and not d.citations:
                problems.append(f"strategy without a citation: {d.label or d.text[:40]!r}")
    spoken = "\n\n".join(d.text for d in drafts if d.kind in CLIENT_FACING)
    for key in ("not_icontains", "not_regex"):
        if key in spec:
            result = check_text(key, spec[key], spoken)
            if not result.passed:
                problems.append(f"client-facing drafts: {result.detail}")
    return CheckResult("drafts", not problems, "; ".join(problems))


def check_latency(limit_ms: float, latency_ms: float) -> CheckResult:
    ok = latency_ms <= limit_ms
    return CheckResult("max_latency_ms", ok, "" if ok else f"{latency_ms:.0f} ms > {limit_ms:.0f} ms")


TEXT_CHECKS = ("contains", "not_contains", "icontains", "not_icontains", "regex", "not_regex")


def run_checks(
    expect: dict[str, Any],
    reply: Any,
    latency_ms: float,
    ranked: Sequence[Passage] = (),
    targets: Sequence[Target] = (),
) -> list[CheckResult]:
    """Run every expectation of a case against its reply, in the order the case lists them.

    Args:
        expect: the case's merged `expect` mapping (already validated).
        reply: the turn's `Reply`.
        latency_ms: wall time of the turn.
        ranked: the ranked passages `sources` is checked against (search results or shown sources).
        targets: the expected passages, with spans located (see `metrics.resolve_targets`).
    """
    text = reply_text(reply)
    results = []
    for key, value in expect.items():
        if key == "crisis":
            results.append(check_crisis(value, reply))
        elif key == "category":
            results.append(check_category(value, reply))
        elif key == "card":
            results.append(check_card(value, reply))
        elif key == "covered":
            results.append(check_covered(value, reply))
        elif key == "sources":
            results.append(check_sources(targets, ranked, int(expect.get("k", 3))))
        elif key == "drafts":
            results.append(check_drafts(value, reply))
        elif key == "max_latency_ms":
            results.append(check_latency(float(value), latency_ms))
        elif key in TEXT_CHECKS:
            results.append(check_text(key, value, text))
    return results
