"""Per-category figures for a crisis eval suite: `python -m alongside.crisis_report SUITE.yaml`.

Recall per expected category, false-positive rate per negative tag (`neg:*`), and level
accuracy: the share of expected emergencies screened as emergency, and the share of expected
concerns not escalated to emergency. The full eval runner scores the same suites; this is the
quick look used while working on the rules. Message text is printed only with `--show`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from alongside.crisis import screen, screen_conversation


@dataclass
class CaseResult:
    """One case: what was expected and what the screen said."""

    id: str
    tags: tuple[str, ...]
    expected_level: str
    expected_category: str | None
    level: str
    categories: tuple[str, ...]
    message: str = field(repr=False, default="")

    @property
    def positive(self) -> bool:
        return self.expected_level != "none"

    @property
    def caught(self) -> bool:
        """Fired, and reported the expected category when one is given."""
        if self.level == "none":
            return False
        return self.expected_category is None or self.expected_category in self.categories

    @property
    def false_alarm(self) -> bool:
        return not self.positive and self.level != "none"


def load_cases(suite_path: str | Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Read a suite YAML and its cases (inline or from `cases_file`), defaults merged in."""
    path = Path(suite_path)
    suite = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    cases = list(suite.get("cases") or [])
    if suite.get("cases_file"):
        with (path.parent / suite["cases_file"]).open(encoding="utf-8") as fh:
            cases.extend(json.loads(line) for line in fh if line.strip())
    defaults = suite.get("defaults") or {}
    return suite, [{**defaults, **case} for case in cases]


def run_case(case: dict[str, Any]) -> CaseResult:
    history = [h["content"] for h in case.get("history") or [] if h.get("role") == "user"]
    result = screen_conversation(history, case["message"]) if history else screen(case["message"])
    expect = case.get("expect") or {}
    return CaseResult(
        id=str(case.get("id")),
        tags=tuple(case.get("tags") or ()),
        expected_level=expect.get("crisis", "none"),
        expected_category=expect.get("category"),
        level=result.level,
        categories=result.categories,
        message=case["message"],
    )


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def summarize(results: list[CaseResult]) -> dict[str, Any]:
    """Pure function from results to the figures the thresholds and the report use."""
    pos = [r for r in results if r.positive]
    neg = [r for r in results if not r.positive]
    emerg = [r for r in pos if r.expected_level == "emergency"]
    concern = [r for r in pos if r.expected_level == "concern"]
    per_cat: dict[str, list[CaseResult]] = defaultdict(list)
    for r in pos:
        per_cat[r.expected_category or "(any)"].append(r)
    per_neg: dict[str, list[CaseResult]] = defaultdict(list)
    for r in neg:
        for tag in r.tags:
            if tag.startswith("neg:"):
                per_neg[tag].append(r)
    per_tag: dict[str, list[CaseResult]] = defaultdict(list)
    for r in pos:
        for tag in r.tags:
            per_tag[tag].append(r)
    return {
        "cases": len(results),
        "positives": len(pos),
        "negatives": len(neg),
        "crisis_recall": _ratio(sum(r.caught for r in pos), len(pos)),
        "any_level_recall": _ratio(sum(r.level != "none" for r in pos), len(pos)),
        "emergency_recall": _ratio(sum(r.level == "emergency" for r in emerg), len(emerg)),
        "concern_not_escalated": _ratio(sum(r.level == "concern" for r in concern), len(concern)),
        "false_positive_rate": _ratio(sum(r.false_alarm for r in neg), len(neg)),
        "recall_by_category": {
            k: (sum(r.caught for r in v), len(v)) for k, v in sorted(per_cat.items())
        },
        "recall_by_tag": {
            k: (sum(r.caught for r in v), len(v)) for k, v in sorted(per_tag.items())
        },
        "false_positives_by_tag": {
            k: (sum(r.false_alarm for r in v), len(v)) for k, v in sorted(per_neg.items())
        },
    }


def check_thresholds(suite: dict[str, Any], figures: dict[str, Any]) -> list[str]:
    """Names of thresholds the figures miss (empty when the suite passes)."""
    missed = []
    for name, bound in (suite.get("thresholds") or {}).items():
        value = figures.get(name)
        if value is None:
            continue
        if "min" in bound and value < bound["min"]:
            missed.append(f"{name} {value:.3f} < {bound['min']}")
        if "max" in bound and value > bound["max"]:
            missed.append(f"{name} {value:.3f} > {bound['max']}")
    return missed


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:6.3f}"


def render(suite: dict[str, Any], figures: dict[str, Any], results: list[CaseResult],
           tag: str | None = None, show: bool = False) -> str:
    lines = [
        f"suite {suite.get('name')}  cases {figures['cases']}  "
        f"(must fire {figures['positives']}, hard negatives {figures['negatives']})"
        + (f"  filtered to tag {tag!r}" if tag else ""),
        "",
        f"  crisis_recall (fired + expected category)  {_fmt(figures['crisis_recall'])}",
        f"  recall at any level                        {_fmt(figures['any_level_recall'])}",
        f"  emergency_recall                           {_fmt(figures['emergency_recall'])}",
        f"  concern not over-escalated                 {_fmt(figures['concern_not_escalated'])}",
        f"  false_positive_rate                        {_fmt(figures['false_positive_rate'])}",
        "",
        "  recall by category            caught / cases",
    ]
    for cat, (hit, n) in figures["recall_by_category"].items():
        lines.append(f"    {cat:<28}{hit:>5} / {n:<4} {_fmt(hit / n)}")
    lines.append("")
    lines.append("  false positives by negative tag   fired / cases")
    for neg, (hit, n) in figures["false_positives_by_tag"].items():
        lines.append(f"    {neg:<28}{hit:>5} / {n:<4} {_fmt(hit / n)}")
    misses = [r for r in results if r.positive and not r.caught]
    under = [r for r in results if r.expected_level == "emergency" and r.level != "emergency"]
    over = [r for r in results if r.expected_level == "concern" and r.level == "emergency"]
    alarms = [r for r in results if r.false_alarm]
    for title, group in (("missed", misses), ("emergency screened lower", under),
                         ("concern escalated to emergency", over), ("false alarms", alarms)):
        if not group:
            continue
        lines.append("")
        lines.append(f"  {title} ({len(group)}):")
        for r in group:
            got = f"{r.level} {','.join(r.categories) or '-'}"
            want = f"{r.expected_level} {r.expected_category or ''}".strip()
            line = f"    {r.id:<28} want {want:<28} got {got}"
            if show:
                line += f"\n      {r.message}"
            lines.append(line)
    missed = check_thresholds(suite, figures)
    lines.append("")
    lines.append("  thresholds: " + ("all met" if not missed else "MISSED: " + "; ".join(missed)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suite", help="path to a crisis suite YAML")
    parser.add_argument("--tag", help="only cases carrying this tag (for example heldout)")
    parser.add_argument("--show", action="store_true", help="print the text of failing cases")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    suite, cases = load_cases(args.suite)
    if args.tag:
        cases = [c for c in cases if args.tag in (c.get("tags") or ())]
    results = [run_case(c) for c in cases]
    figures = summarize(results)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(render(suite, figures, results, tag=args.tag, show=args.show))
    return 1 if check_thresholds(suite, figures) else 0


if __name__ == "__main__":
    sys.exit(main())
