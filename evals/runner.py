"""Run eval suites through the same turn function the UI calls, score them, and write reports.

`run_suites` loads and checks every suite first (a malformed suite stops the run before any turn),
plays each case through `runner.turn`, and for retrieval suites also ranks with `runner.search`.
It prints a summary table, writes `report.json` and a standalone `report.html`, and returns a
`Report` whose `exit_code` is non-zero when any gating threshold is missed.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TextIO

from alongside import __version__
from alongside.errors import AlongsideError, SuiteError
from evals import metrics as m
from evals.checks import CheckResult, run_checks
from evals.suite import Case, Suite, load_suites

SCHEMA = "alongside.eval-report/1"
SEARCH_K = 10
KEY_METRICS = {
    "crisis": ("crisis_recall", "emergency_recall", "false_positive_rate", "level_accuracy"),
    "retrieval": ("hit@1", "hit@3", "mrr@10", "ndcg@10"),
    "answer": ("pass_rate", "covered_accuracy", "latency_p95_ms"),
    "counselor": ("pass_rate", "reflection_to_question", "pct_complex_reflections",
                  "reflection_share"),
    "redteam": ("pass_rate", "latency_p95_ms"),
}
# Counts describe a run's size, not its quality: they are never "better" or "worse".
NEUTRAL_METRICS = ("cases", "passed_cases", "mi_counts")

DocText = Callable[[str], "str | None"]


class TurnRunner(Protocol):
    """What the eval runner needs from the assistant (`alongside.turn.Assistant` provides it)."""

    def turn(self, message: str, history: list[dict] | None = None, audience: str = "family",
             answerer: str | None = None) -> Any: ...

    def search(self, query: str, audience: str = "family", k: int = 10) -> list[Any]: ...


# ---------------------------------------------------------------- results


@dataclass
class CaseResult:
    """One case as it ran: its checks, the reply, what was ranked, how long it took."""

    case: Case
    checks: list[CheckResult]
    latency_ms: float | None
    reply: dict[str, Any] | None
    ranked: list[dict[str, Any]] | None = None
    record: m.Record = field(default_factory=lambda: m.Record(id=""))
    error: str | None = None

    @property
    def passed(self) -> bool:
        return self.error is None and all(c.passed for c in self.checks)

    def to_json(self) -> dict[str, Any]:
        c = self.case
        out: dict[str, Any] = {
            "id": c.id,
            "passed": self.passed,
            "message": c.message,
            "history": c.history,
            "audience": c.audience,
            "tags": list(c.tags),
            "note": c.note,
            "line": c.line,
            "expect": c.expect,
            "checks": [r.to_json() for r in self.checks],
            "latency_ms": None if self.latency_ms is None else round(self.latency_ms, 1),
            "error": self.error,
            "reply": self.reply,
        }
        if self.ranked is not None:
            out["ranked"] = self.ranked
        if self.record.relevance is not None:
            out["relevance"] = self.record.relevance
        return out


@dataclass(frozen=True)
class ThresholdResult:
    """A gate: the metric, its bounds, the value seen and whether it held."""

    metric: str
    min: float | None
    max: float | None
    value: float | None
    passed: bool
    note: str = ""

    def describe(self) -> str:
        bounds = " and ".join(b for b in (
            f">= {fmt(self.min)}" if self.min is not None else "",
            f"<= {fmt(self.max)}" if self.max is not None else "") if b)
        return f"{self.metric} {bounds}"

    def to_json(self) -> dict[str, Any]:
        return {"metric": self.metric, "min": self.min, "max": self.max, "value": self.value,
                "passed": self.passed, "note": self.note}


@dataclass
class SuiteResult:
    suite: Suite
    results: list[CaseResult]
    metrics: dict[str, Any]
    thresholds: list[ThresholdResult]
    targets: list[ThresholdResult] = field(default_factory=list)  # advisory, never gating

    @property
    def passed(self) -> bool:
        return all(t.passed for t in self.thresholds)

    def to_json(self) -> dict[str, Any]:
        s = self.suite
        return {
            "name": s.name,
            "version": s.version,
            "kind": s.kind,
            "description": s.description,
            "path": str(s.path),
            "passed": self.passed,
            "cases": len(self.results),
            "passed_cases": sum(r.passed for r in self.results),
            "metrics": self.metrics,
            "thresholds": [t.to_json() for t in self.thresholds],
            "targets": [t.to_json() for t in self.targets],
            "results": [r.to_json() for r in self.results],
        }


@dataclass
class Report:
    """A whole run. `exit_code` is 1 when any suite missed a threshold, else 0."""

    suites: list[SuiteResult]
    started: str
    duration_s: float
    answerer: str | None = None
    tags: list[str] = field(default_factory=list)
    comparison: dict[str, Any] | None = None
    json_path: Path | None = None
    html_path: Path | None = None

    @property
    def passed(self) -> bool:
        return all(s.passed for s in self.suites)

    @property
    def exit_code(self) -> int:
        return 0 if self.passed else 1

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "alongside_version": __version__,
            "started": self.started,
            "duration_s": round(self.duration_s, 2),
            "answerer": self.answerer,
            "tags": self.tags,
            "passed": self.passed,
            "suites": [s.to_json() for s in self.suites],
            "comparison": self.comparison,
        }


# ---------------------------------------------------------------- running


def run_suites(
    names: Sequence[str | Path | Suite],
    runner: TurnRunner,
    report_dir: Path | str,
    tags: Iterable[str] | None = None,
    answerer: str | None = None,
    progress: bool = True,
    doc_text: DocText | None = None,
    compare: Path | str | None = None,
    out: TextIO | None = None,
) -> Report:
    """Run suites, print a summary, write `report.json` and `report.html` into `report_dir`.

    Args:
        names: suite names (`crisis.dev.v1`), paths to suite files, or loaded `Suite`s.
        runner: the assistant (anything with `turn` and `search`).
        report_dir: folder for the reports; created if missing.
        tags: run only the cases carrying any of these tags.
        answerer: `extractive` or `llm`; None uses the configured default.
        progress: show a progress bar on stderr.
        doc_text: document id -> clean text, to locate expected quotes as spans. Without it,
            a retrieved passage counts for a quote when its text holds the quote.
        compare: an earlier `report.json` to list improvements and regressions against.
        out: where the summary is printed (stdout by default).

    Raises:
        SuiteError: a suite is malformed, or an expected quote is not in its document;
            raised before any case runs.
    """
    out = out or sys.stdout
    tags = list(tags or [])
    loaded = [n for n in names if isinstance(n, Suite)]
    to_load = [n for n in names if not isinstance(n, Suite)]
    suites = loaded + (load_suites(to_load) if to_load else [])
    if doc_text is not None:
        check_quotes(suites, doc_text)
    old = _read_old_report(compare) if compare else None

    selected = [(s, s.select(tags)) for s in suites]
    total = sum(len(cases) for _, cases in selected)
    started = dt.datetime.now(dt.UTC)
    t0 = time.perf_counter()
    bar = _progress(total, progress)
    suite_results = []
    try:
        for suite, cases in selected:
            bar.set_description(suite.name)
            results = []
            for case in cases:
                results.append(run_case(suite, case, runner, answerer, doc_text))
                bar.update(1)
            records = [r.record for r in results]
            metrics = m.suite_metrics(records)
            thresholds = dict(suite.thresholds)
            # A turn that raises is a defect whatever the suite's own gates say.
            thresholds.setdefault("errors", {"max": 0.0})
            gates = evaluate_thresholds(metrics, thresholds, partial=bool(tags))
            targets = evaluate_thresholds(metrics, suite.targets, partial=bool(tags))
            suite_results.append(SuiteResult(suite, results, metrics, gates, targets))
    finally:
        bar.close()

    report = Report(
        suites=suite_results,
        started=started.isoformat(timespec="seconds"),
        duration_s=time.perf_counter() - t0,
        answerer=answerer,
        tags=tags,
    )
    data = report.to_json()
    if old is not None:
        report.comparison = compare_reports(old, data, old_path=str(compare))
        data["comparison"] = report.comparison

    folder = Path(report_dir)
    folder.mkdir(parents=True, exist_ok=True)
    report.json_path = folder / "report.json"
    report.html_path = folder / "report.html"
    report.json_path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    from evals.report import render_html

    report.html_path.write_text(render_html(data), encoding="utf-8")

    print(format_summary(data), file=out)
    if report.comparison is not None:
        print(format_comparison(report.comparison), file=out)
    print(f"report: {report.html_path}  (data: {report.json_path})", file=out)
    return report


def run_case(suite: Suite, case: Case, runner: TurnRunner, answerer: str | None,
             doc_text: DocText | None) -> CaseResult:
    """Play one case through the turn function and check its reply."""
    targets = m.resolve_targets(case.expect.get("sources", []), doc_text)
    record = m.Record(id=case.id, tags=case.tags, expect=case.expect)
    t0 = time.perf_counter()
    try:
        reply = runner.turn(case.message, history=case.history or None, audience=case.audience,
                            answerer=answerer)
        latency_ms = (time.perf_counter() - t0) * 1000
        ranked: Sequence[Any] | None = None
        if suite.kind == "retrieval":
            ranked = runner.search(reply.query, audience=case.audience, k=SEARCH_K) if reply.query else []
        elif targets:
            ranked = reply.sources
    except AlongsideError:
        raise  # no index, bad settings: nothing else would run either
    except Exception as exc:  # noqa: BLE001 - one broken turn is a failed case, not a stopped run
        record.passed = False
        record.error = f"{type(exc).__name__}: {exc}"
        return CaseResult(case, [CheckResult("turn", False, record.error)], None, None,
                          record=record, error=record.error)

    checks = run_checks(case.expect, reply, latency_ms, ranked or (), targets)
    record.checks = {c.name: c.passed for c in checks}
    record.passed = all(c.passed for c in checks)
    record.level = reply.screening.level
    record.categories = tuple(reply.screening.categories)
    record.covered = bool(reply.covered)
    record.latency_ms = latency_ms
    record.draft_kinds = tuple(d.kind for d in reply.drafts)
    if targets:
        record.relevance = m.relevance_list(list(ranked or []), targets, SEARCH_K)
        record.n_targets = len(targets)
    return CaseResult(case, checks, latency_ms, _reply_json(reply),
                      ranked=[_passage_json(p) for p in ranked] if ranked is not None else None,
                      record=record)


def _reply_json(reply: Any) -> dict[str, Any]:
    data = reply.to_json()
    data["card_text"] = reply.card.to_text() if reply.card is not None else None
    data["timings_ms"] = {k: round(v, 1) for k, v in (reply.timings_ms or {}).items()}
    return data


def _passage_json(p: Any) -> dict[str, Any]:
    if hasattr(p, "to_json"):
        return p.to_json()
    return {"doc_id": p.doc_id, "start": p.start, "end": p.end, "text": p.text}


def _progress(total: int, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, file=sys.stderr, disable=not enabled, unit="case", dynamic_ncols=True)


def check_quotes(suites: Sequence[Suite], doc_text: DocText) -> None:
    """Every expected quote must be found in its document, or the run stops before it starts."""
    problems = []
    for suite in suites:
        for case in suite.cases:
            for i, src in enumerate(case.expect.get("sources", [])):
                where = f"{suite.path}: case {case.id!r}" + (f" (line {case.line})" if case.line else "")
                text = doc_text(src["doc_id"])
                if text is None:
                    problems.append(f"{where}: expect.sources[{i}].doc_id: "
                                    f"no document {src['doc_id']!r} in the corpus")
                elif m.locate_quote(text, src["quote"]) is None:
                    problems.append(f"{where}: expect.sources[{i}].quote: "
                                    f"not found in {src['doc_id']!r}: {src['quote'][:60]!r}")
    if problems:
        head = (f"eval suites expect passages the corpus does not have ({len(problems)}); "
                "nothing was run:")
        lines = [head] + [f"  - {p}" for p in problems]
        raise SuiteError("\n".join(lines))


# ---------------------------------------------------------------- thresholds


def evaluate_thresholds(metrics: dict[str, Any], thresholds: dict[str, dict[str, float]],
                        partial: bool = False) -> list[ThresholdResult]:
    """Check each threshold. A metric with no data fails, unless only some cases ran (`partial`)."""
    results = []
    for name, bound in thresholds.items():
        lo, hi = bound.get("min"), bound.get("max")
        value = m.metric_value(metrics, name)
        if not isinstance(value, int | float) or isinstance(value, bool):
            note = "no data in this selection" if partial else "no data: no case measures it"
            results.append(ThresholdResult(name, lo, hi, None, partial, note))
            continue
        ok = (lo is None or value >= lo) and (hi is None or value <= hi)
        results.append(ThresholdResult(name, lo, hi, float(value), ok))
    return results


# ---------------------------------------------------------------- comparing runs


def _read_old_report(path: Path | str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SuiteError(f"cannot read the report to compare with ({path}): {exc}") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise SuiteError(f"{path} is not an eval report.json (schema {SCHEMA})")
    return data


def _significant(name: str, old: float, new: float) -> bool:
    if "latency" in name:  # timing noise: only a 10% and 5 ms move counts
        return abs(new - old) > max(5.0, 0.1 * abs(old))
    return abs(new - old) > 1e-9


def compare_reports(old: dict[str, Any], new: dict[str, Any], old_path: str = "") -> dict[str, Any]:
    """What got better and what regressed between two report.json files.

    Returns:
        better / worse: metric moves ({suite, metric, old, new}); fixed / broken: cases whose
        pass/fail flipped ({suite, id}); added / removed: cases in only one run.
    """
    out: dict[str, Any] = {"old_report": old_path, "old_started": old.get("started"),
                           "better": [], "worse": [], "fixed": [], "broken": [],
                           "added": [], "removed": []}
    old_suites = {s["name"]: s for s in old.get("suites", [])}
    for suite in new.get("suites", []):
        prev = old_suites.get(suite["name"])
        if prev is None:
            continue
        before, after = m.flatten(prev.get("metrics", {})), m.flatten(suite.get("metrics", {}))
        for metric in sorted(set(before) & set(after)):
            if metric.split(".", 1)[0] in NEUTRAL_METRICS:
                continue
            a, b = before[metric], after[metric]
            if not _significant(metric, a, b):
                continue
            improved = (b < a) if m.lower_is_better(metric) else (b > a)
            row = {"suite": suite["name"], "metric": metric, "old": a, "new": b}
            out["better" if improved else "worse"].append(row)
        old_cases = {c["id"]: c["passed"] for c in prev.get("results", [])}
        new_cases = {c["id"]: c["passed"] for c in suite.get("results", [])}
        for case_id, ok in new_cases.items():
            if case_id not in old_cases:
                out["added"].append({"suite": suite["name"], "id": case_id})
            elif ok and not old_cases[case_id]:
                out["fixed"].append({"suite": suite["name"], "id": case_id})
            elif old_cases[case_id] and not ok:
                out["broken"].append({"suite": suite["name"], "id": case_id})
        out["removed"] += [{"suite": suite["name"], "id": i} for i in old_cases if i not in new_cases]
    return out


# ---------------------------------------------------------------- printing


def fmt(value: Any, name: str = "") -> str:
    """A metric value for people: rates to 3 places, latencies in ms, None as a dash."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if "latency" in name or "_ms" in name:
            return f"{value:.0f} ms" if abs(value) >= 10 else f"{value:.1f} ms"
        if value.is_integer() and abs(value) >= 2:
            return f"{value:.0f}"
        return f"{value:.3f}".rstrip("0").rstrip(".") if value else "0"
    return str(value)


def key_metrics(suite: dict[str, Any]) -> list[tuple[str, Any]]:
    """The headline metrics for a suite's kind, those with data."""
    names = KEY_METRICS.get(suite["kind"], ("pass_rate",))
    return [(n, suite["metrics"][n]) for n in names if n in suite["metrics"]]


def format_summary(data: dict[str, Any]) -> str:
    """The summary table: suite | cases | passed | key metrics | thresholds | result."""
    header = ("suite", "cases", "passed", "key metrics", "thresholds", "result")
    rows = []
    for s in data["suites"]:
        gates = s["thresholds"]
        missed = [t for t in gates if not t["passed"]]
        if not gates:
            gate_text = "none set"
        elif missed:
            gate_text = "missed: " + ", ".join(
                f"{t['metric']}={fmt(t['value'], t['metric'])}" for t in missed)
        else:
            gate_text = f"{len(gates)}/{len(gates)} met"
        targets = s.get("targets") or []
        short = [t for t in targets if not t["passed"]]
        if short:
            gate_text += "; targets not yet reached: " + ", ".join(
                f"{t['metric']} {fmt(t['value'], t['metric'])} (target {_bound(t)})" for t in short)
        metrics = "  ".join(f"{n}={fmt(v, n)}" for n, v in key_metrics(s))
        rows.append((s["name"], str(s["cases"]), str(s["passed_cases"]), metrics, gate_text,
                     "PASS" if s["passed"] else "FAIL"))
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(header), "-+-".join("-" * w for w in widths)] + [line(r) for r in rows]
    verdict = "PASS" if data["passed"] else "FAIL: a gating threshold was missed"
    if data.get("tags"):
        verdict += f"  (only cases tagged {', '.join(data['tags'])})"
    out.append(verdict)
    return "\n".join(out)


def _bound(t: dict[str, Any]) -> str:
    parts = []
    if t.get("min") is not None:
        parts.append(f">= {fmt(t['min'], t['metric'])}")
    if t.get("max") is not None:
        parts.append(f"<= {fmt(t['max'], t['metric'])}")
    return " and ".join(parts)


def format_comparison(comp: dict[str, Any]) -> str:
    """What moved since the earlier report, regressions first."""
    lines = [f"compared with {comp.get('old_report') or 'the earlier report'}"
             + (f" ({comp['old_started']})" if comp.get("old_started") else "") + ":"]

    def moves(key: str, label: str) -> None:
        for row in comp[key]:
            lines.append(f"  {label}: {row['suite']} {row['metric']} "
                         f"{fmt(row['old'], row['metric'])} -> {fmt(row['new'], row['metric'])}")

    moves("worse", "regressed")
    lines += [f"  now failing: {c['suite']} {c['id']}" for c in comp["broken"]]
    moves("better", "better")
    lines += [f"  now passing: {c['suite']} {c['id']}" for c in comp["fixed"]]
    if comp["added"] or comp["removed"]:
        lines.append(f"  cases added: {len(comp['added'])}, removed: {len(comp['removed'])}")
    if len(lines) == 1:
        lines.append("  no metric moved and no case flipped")
    return "\n".join(lines)
