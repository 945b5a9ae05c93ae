"""Eval suites: a YAML header plus cases, loaded and fully checked before anything runs.

A suite is found by name (`crisis.dev.v1` -> `evals/crisis.dev.v1.yaml`) or by path. Its cases
are listed inline (`cases:`) or in a JSONL or CSV file beside it (`cases_file:`). Every problem in
every suite is collected and raised together as one `SuiteError`, each line naming the file, the
case (id and line) and the field, so a broken suite never half-runs.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from alongside.errors import SuiteError

EVALS_DIR = Path(__file__).resolve().parent

KINDS = ("crisis", "retrieval", "answer", "counselor", "redteam")
LEVELS = ("none", "concern", "emergency")
AUDIENCES = ("family", "counselor")
ROLES = ("user", "assistant")
DRAFT_KINDS = (
    "simple_reflection",
    "complex_reflection",
    "double_sided_reflection",
    "open_question",
    "strategy",
)
TEXT_KEYS = ("contains", "not_contains", "icontains", "not_icontains", "regex", "not_regex")
REGEX_KEYS = ("regex", "not_regex")

HEADER_KEYS = ("name", "version", "kind", "description", "cases", "cases_file", "defaults",
               "thresholds", "targets")
CASE_KEYS = ("id", "message", "history", "audience", "tags", "expect", "note")
DEFAULT_KEYS = ("history", "audience", "tags", "expect")
DRAFTS_KEYS = ("min", "kinds", "reflections_are_statements", "strategies_cite",
               "not_icontains", "not_regex")

# Metrics a threshold may name. Group metrics take a member after a dot
# (`recall_by_category.ideation`, `check_pass_rate.not_regex`).
SCALAR_METRICS = (
    "cases", "passed_cases", "pass_rate", "errors",
    "crisis_recall", "emergency_recall", "false_positive_rate", "level_accuracy",
    "category_accuracy",
    "hit@1", "hit@3", "mrr@10", "ndcg@10",
    "covered_accuracy",
    "latency_p50_ms", "latency_p95_ms",
    "reflection_to_question", "pct_complex_reflections", "reflection_share", "question_share",
)
GROUP_METRICS = (
    "pass_rate_by_tag", "check_pass_rate", "recall_by_category", "recall_by_tag",
    "fp_rate_by_neg", "mi_counts",
)


@dataclass
class Case:
    """One scripted turn and what must be true of its reply."""

    id: str
    message: str
    history: list[dict[str, str]] = field(default_factory=list)
    audience: str = "family"
    tags: tuple[str, ...] = ()
    expect: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    line: int | None = None  # where the case starts in its file, for messages


@dataclass
class Suite:
    """A named, versioned set of cases with the thresholds that gate a release."""

    name: str
    version: int
    kind: str
    description: str
    path: Path
    cases: list[Case]
    thresholds: dict[str, dict[str, float]] = field(default_factory=dict)
    # Where the product should get to; reported beside the gates, never gating.
    targets: dict[str, dict[str, float]] = field(default_factory=dict)

    def select(self, tags: Iterable[str] | None) -> list[Case]:
        """The cases carrying any of `tags` (all cases when no tags are given)."""
        wanted = set(tags or ())
        if not wanted:
            return list(self.cases)
        return [c for c in self.cases if wanted.intersection(c.tags)]


# ---------------------------------------------------------------- finding suites


def available_suites(folder: Path = EVALS_DIR) -> list[str]:
    """Names of the suites that live in `folder`."""
    return sorted(p.stem for p in folder.glob("*.yaml"))


def resolve(name_or_path: str | Path, folder: Path = EVALS_DIR) -> Path:
    """Turn a suite name or a path into the suite's YAML file.

    Raises:
        SuiteError: nothing by that name or path exists.
    """
    text = str(name_or_path)
    path = Path(text)
    if path.suffix in (".yaml", ".yml") or path.parent != Path("."):
        if path.is_file():
            return path
        raise SuiteError(f"no suite file at {path}")
    candidate = folder / f"{text}.yaml"
    if candidate.is_file():
        return candidate
    known = ", ".join(available_suites(folder)) or "none"
    raise SuiteError(f"no suite named {text!r} in {folder} (available: {known})")


def load_suites(names: Iterable[str | Path], folder: Path = EVALS_DIR) -> list[Suite]:
    """Load and check every named suite, raising one `SuiteError` that lists all problems."""
    suites: list[Suite] = []
    problems: list[str] = []
    seen: set[Path] = set()
    for name in names:
        try:
            path = resolve(name, folder)
        except SuiteError as exc:
            problems.append(str(exc))
            continue
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        suite, found = _load(path)
        problems.extend(found)
        if suite is not None:
            suites.append(suite)
    if problems:
        raise SuiteError(_problem_message(problems))
    return suites


def load_suite(name_or_path: str | Path, folder: Path = EVALS_DIR) -> Suite:
    """Load and check one suite (see `load_suites`)."""
    return load_suites([name_or_path], folder)[0]


def _problem_message(problems: list[str]) -> str:
    noun = "problem" if len(problems) == 1 else "problems"
    lines = [f"eval suites are malformed ({len(problems)} {noun}); nothing was run:"]
    lines += [f"  - {p}" for p in problems]
    return "\n".join(lines)


# ---------------------------------------------------------------- loading one suite


class _Problems:
    """Collects `file: where: field: message` lines."""

    def __init__(self, path: Path):
        self.file = _display(path)
        self.items: list[str] = []

    def add(self, where: str, fld: str, message: str) -> None:
        parts = [self.file] + [p for p in (where, fld) if p] + [message]
        self.items.append(": ".join(parts))


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _load(path: Path) -> tuple[Suite | None, list[str]]:
    problems = _Problems(path)
    try:
        text = path.read_text(encoding="utf-8")
        header = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        problems.add(where, "", f"invalid YAML: {problem}")
        return None, problems.items
    except (OSError, UnicodeDecodeError) as exc:
        problems.add("", "", f"cannot read: {exc}")
        return None, problems.items
    if not isinstance(header, dict):
        problems.add("", "", "a suite must be a YAML mapping (name, version, kind, cases...)")
        return None, problems.items

    for key in header:
        if key not in HEADER_KEYS:
            problems.add("", str(key), f"unknown key (known: {', '.join(HEADER_KEYS)})")

    name = header.get("name")
    if not isinstance(name, str) or not name:
        problems.add("", "name", "required, a string")
    elif name != path.stem:
        problems.add("", "name", f"{name!r} does not match the file name {path.stem!r}")
    version = header.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        problems.add("", "version", "required, an integer")
    kind = header.get("kind")
    if kind not in KINDS:
        problems.add("", "kind", f"must be one of {', '.join(KINDS)} (got {kind!r})")
    description = header.get("description", "")
    if not isinstance(description, str):
        problems.add("", "description", "must be a string")
        description = ""

    defaults = header.get("defaults") or {}
    if not isinstance(defaults, dict):
        problems.add("", "defaults", "must be a mapping")
        defaults = {}
    else:
        for key, value in defaults.items():
            if key not in DEFAULT_KEYS:
                problems.add("", f"defaults.{key}", f"not a default (allowed: {', '.join(DEFAULT_KEYS)})")
                continue
            _check_field(key, value, lambda f, m: problems.add("", f"defaults.{f}", m))

    thresholds = _check_thresholds(header.get("thresholds"), problems)
    targets = _check_thresholds(header.get("targets"), problems, field_name="targets")

    raw_cases, case_problems = _raw_cases(path, header, text, problems)
    cases = _build_cases(raw_cases, defaults, case_problems)
    if case_problems is not problems:
        problems.items.extend(case_problems.items)

    if problems.items:
        return None, problems.items
    suite = Suite(
        name=name,
        version=version,
        kind=kind,
        description=description.strip(),
        path=path,
        cases=cases,
        thresholds=thresholds,
        targets=targets,
    )
    return suite, []


Rows = list[tuple[str, Any]]


def _raw_cases(path: Path, header: dict, text: str, problems: _Problems) -> tuple[Rows, _Problems]:
    """The cases as (where, raw mapping) pairs, and the collector for problems in them.

    Problems inside a cases file name that file, not the suite header.
    """
    inline = header.get("cases")
    cases_file = header.get("cases_file")
    if inline is not None and cases_file is not None:
        problems.add("", "cases", "give either `cases` or `cases_file`, not both")
        return [], problems
    if inline is None and cases_file is None:
        problems.add("", "cases", "required: inline `cases` or a `cases_file` beside the suite")
        return [], problems
    if inline is not None:
        if not isinstance(inline, list):
            problems.add("", "cases", "must be a list of cases")
            return [], problems
        lines = _inline_case_lines(text)
        rows = [(f"line {lines[i]}" if i < len(lines) else f"item {i + 1}", raw)
                for i, raw in enumerate(inline)]
        return rows, problems
    if not isinstance(cases_file, str) or not cases_file:
        problems.add("", "cases_file", "must be a file name")
        return [], problems
    case_path = path.parent / cases_file
    if not case_path.is_file():
        problems.add("", "cases_file", f"no file at {_display(case_path)}")
        return [], problems
    inner = _Problems(case_path)
    if case_path.suffix == ".jsonl":
        return _read_jsonl(case_path, inner), inner
    if case_path.suffix == ".csv":
        return _read_csv(case_path, inner), inner
    problems.add("", "cases_file", "must end in .jsonl or .csv")
    return [], problems


def _inline_case_lines(text: str) -> list[int]:
    """Line numbers (1-based) where each inline case starts, read from the YAML node tree."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if getattr(key, "value", None) == "cases" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _read_jsonl(path: Path, problems: _Problems) -> list[tuple[str, Any]]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        problems.add("", "", f"cannot read: {exc}")
        return []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rows.append((f"line {number}", json.loads(line)))
        except json.JSONDecodeError as exc:
            problems.add(f"line {number}", "", f"invalid JSON: {exc.msg} (column {exc.colno})")
    return rows


_CSV_BOOL = {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}


def _read_csv(path: Path, problems: _Problems) -> list[tuple[str, Any]]:
    """CSV cases: id, message, audience, tags (`;`-separated), history (JSON), note, expect.<key>."""
    rows = []
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        problems.add("", "", f"cannot read: {exc}")
        return []
    with handle:
        reader = csv.DictReader(handle)
        for column in reader.fieldnames or []:
            base = column.split(".", 1)
            if column not in CASE_KEYS and not (base[0] == "expect" and len(base) == 2):
                problems.add("line 1", column, "unknown column (use id, message, audience, tags, "
                             "history, note or expect.<key>)")
        line = reader.line_num
        for row in reader:
            where = f"line {line + 1}"
            line = reader.line_num
            raw: dict[str, Any] = {}
            expect: dict[str, Any] = {}
            for column, cell in row.items():
                if column is None or cell is None or cell == "":
                    continue
                if column == "tags":
                    raw["tags"] = [t.strip() for t in cell.split(";") if t.strip()]
                elif column == "history":
                    try:
                        raw["history"] = json.loads(cell)
                    except json.JSONDecodeError as exc:
                        problems.add(where, "history", f"invalid JSON: {exc.msg}")
                elif column.startswith("expect."):
                    key = column.split(".", 1)[1]
                    expect[key] = _csv_expect_value(key, cell, lambda m, k=key, w=where:
                                                    problems.add(w, f"expect.{k}", m))
                elif column in CASE_KEYS:
                    raw[column] = cell
            if expect:
                raw["expect"] = expect
            rows.append((where, raw))
    return rows


def _csv_expect_value(key: str, cell: str, bad: Callable[[str], None]) -> Any:
    cell = cell.strip()
    if key in ("card", "covered"):
        if cell.lower() in _CSV_BOOL:
            return _CSV_BOOL[cell.lower()]
        bad(f"must be true or false (got {cell!r})")
        return cell
    if key in ("k", "max_latency_ms"):
        try:
            return int(cell) if key == "k" else float(cell)
        except ValueError:
            bad(f"must be a number (got {cell!r})")
            return cell
    if key in ("sources", "drafts") or (cell.startswith("[") and key in (*TEXT_KEYS, "category")):
        try:
            return json.loads(cell)
        except json.JSONDecodeError as exc:
            bad(f"invalid JSON: {exc.msg}")
            return cell
    return cell


# ---------------------------------------------------------------- cases


def _build_cases(raw_cases: Rows, defaults: dict, problems: _Problems) -> list[Case]:
    cases: list[Case] = []
    first_seen: dict[str, str] = {}
    for index, (where, raw) in enumerate(raw_cases, start=1):
        if not isinstance(raw, dict):
            problems.add(where, "", "a case must be a mapping with id, message and expect")
            continue
        case_id = raw.get("id")
        if isinstance(case_id, str) and case_id.strip():
            label = f"case {case_id!r} ({where})"
            if case_id in first_seen:
                problems.add(label, "id", f"duplicate id (first at {first_seen[case_id]})")
            else:
                first_seen[case_id] = where
        else:
            label = f"case #{index} ({where})"
            problems.add(label, "id", "required, a non-empty string")

        def add(fld: str, message: str, label: str = label) -> None:
            problems.add(label, fld, message)

        for key in raw:
            if key not in CASE_KEYS:
                add(str(key), f"unknown case key (known: {', '.join(CASE_KEYS)})")
        message = raw.get("message")
        if not isinstance(message, str) or not message.strip():
            add("message", "required, a non-empty string")
        for key in ("history", "audience", "tags", "expect", "note"):
            if key in raw:
                _check_field(key, raw[key], add)

        merged = _merge(defaults, raw)
        line = int(where.split()[-1]) if where.startswith("line ") else None
        cases.append(
            Case(
                id=str(case_id),
                message=message if isinstance(message, str) else "",
                history=list(merged.get("history") or []),
                audience=merged.get("audience") or "family",
                tags=tuple(merged.get("tags") or ()),
                expect=dict(merged.get("expect") or {}),
                note=raw.get("note") or "",
                line=line,
            )
        )
    if not cases and not problems.items:
        problems.add("", "cases", "the suite has no cases")
    return cases


def _merge(defaults: dict, raw: dict) -> dict:
    """Defaults under a case: text checks are combined, other expectations the case overrides."""
    merged = {k: v for k, v in defaults.items() if k not in ("tags", "expect")}
    merged.update({k: v for k, v in raw.items() if k not in ("tags", "expect")})
    tags = list(_as_list(defaults.get("tags"))) + list(_as_list(raw.get("tags")))
    merged["tags"] = list(dict.fromkeys(t for t in tags if isinstance(t, str)))
    expect = dict(defaults.get("expect") or {}) if isinstance(defaults.get("expect"), dict) else {}
    own = raw.get("expect") if isinstance(raw.get("expect"), dict) else {}
    for key, value in own.items():
        if key in TEXT_KEYS and key in expect:
            expect[key] = list(dict.fromkeys(_as_list(expect[key]) + _as_list(value)))
        else:
            expect[key] = value
    merged["expect"] = expect
    return merged


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


# ---------------------------------------------------------------- field checks


Add = Callable[[str, str], None]


def _check_field(key: str, value: Any, add: Add) -> None:
    if key == "history":
        _check_history(value, add)
    elif key == "audience":
        if value not in AUDIENCES:
            add("audience", f"must be one of {', '.join(AUDIENCES)} (got {value!r})")
    elif key == "tags":
        if not isinstance(value, list) or not all(isinstance(t, str) and t for t in value):
            add("tags", "must be a list of non-empty strings")
    elif key == "note":
        if not isinstance(value, str):
            add("note", "must be a string")
    elif key == "expect":
        if not isinstance(value, dict):
            add("expect", "must be a mapping of expectations")
        else:
            check_expect(value, add)


def _check_history(value: Any, add: Add) -> None:
    if not isinstance(value, list):
        add("history", "must be a list of {role, content} turns")
        return
    for i, turn in enumerate(value):
        if not isinstance(turn, dict) or set(turn) != {"role", "content"}:
            add(f"history[{i}]", "must be a mapping with exactly `role` and `content`")
        elif turn["role"] not in ROLES:
            add(f"history[{i}].role", f"must be one of {', '.join(ROLES)} (got {turn['role']!r})")
        elif not isinstance(turn["content"], str):
            add(f"history[{i}].content", "must be a string")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_strings(fld: str, value: Any, add: Add, regex: bool) -> None:
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(s, str) and s for s in items):
        add(fld, "must be a non-empty string or a list of them")
        return
    if regex:
        for pattern in items:
            try:
                re.compile(pattern)
            except re.error as exc:
                add(fld, f"invalid regular expression {pattern!r}: {exc}")


def check_expect(expect: dict, add: Add) -> None:
    """Check an `expect` mapping, reporting each problem as (field, message)."""
    for key, value in expect.items():
        fld = f"expect.{key}"
        if key == "crisis":
            if value not in LEVELS:
                add(fld, f"must be one of {', '.join(LEVELS)} (got {value!r})")
        elif key == "category":
            _check_strings(fld, value, add, regex=False)
        elif key in ("card", "covered"):
            if not isinstance(value, bool):
                add(fld, f"must be true or false (got {value!r})")
        elif key == "k":
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                add(fld, f"must be a whole number of at least 1 (got {value!r})")
        elif key == "max_latency_ms":
            if not _is_number(value) or value <= 0:
                add(fld, f"must be a positive number (got {value!r})")
        elif key in TEXT_KEYS:
            _check_strings(fld, value, add, regex=key in REGEX_KEYS)
        elif key == "sources":
            _check_sources(value, add)
        elif key == "drafts":
            _check_drafts(value, add)
        else:
            known = ", ".join(("crisis", "category", "card", "sources", "k", "covered",
                               *TEXT_KEYS, "drafts", "max_latency_ms"))
            add(fld, f"unknown expectation (known: {known})")


def _check_sources(value: Any, add: Add) -> None:
    if not isinstance(value, list) or not value:
        add("expect.sources", "must be a non-empty list of {doc_id, quote}")
        return
    for i, item in enumerate(value):
        fld = f"expect.sources[{i}]"
        if not isinstance(item, dict) or set(item) != {"doc_id", "quote"}:
            add(fld, "must be a mapping with exactly `doc_id` and `quote`")
            continue
        for key in ("doc_id", "quote"):
            if not isinstance(item[key], str) or not item[key].strip():
                add(f"{fld}.{key}", "must be a non-empty string")


def _check_drafts(value: Any, add: Add) -> None:
    if not isinstance(value, dict):
        add("expect.drafts", f"must be a mapping with any of {', '.join(DRAFTS_KEYS)}")
        return
    for key, item in value.items():
        fld = f"expect.drafts.{key}"
        if key == "min":
            if not isinstance(item, int) or isinstance(item, bool) or item < 0:
                add(fld, "must be a whole number")
        elif key == "kinds":
            if not isinstance(item, list) or not item or any(k not in DRAFT_KINDS for k in item):
                add(fld, f"must be a list drawn from {', '.join(DRAFT_KINDS)}")
        elif key in ("reflections_are_statements", "strategies_cite"):
            if not isinstance(item, bool):
                add(fld, "must be true or false")
        elif key in ("not_icontains", "not_regex"):
            _check_strings(fld, item, add, regex=key == "not_regex")
        else:
            add(fld, f"unknown drafts check (known: {', '.join(DRAFTS_KEYS)})")


# ---------------------------------------------------------------- thresholds


def _check_thresholds(value: Any, problems: _Problems,
                      field_name: str = "thresholds") -> dict[str, dict[str, float]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.add("", field_name, "must map metric names to {min: x} or {max: x}")
        return {}
    out: dict[str, dict[str, float]] = {}
    for metric, bound in value.items():
        fld = f"{field_name}.{metric}"
        if not is_known_metric(str(metric)):
            problems.add("", fld, "unknown metric (see evals/README.md for the names)")
            continue
        if not isinstance(bound, dict) or not bound or set(bound) - {"min", "max"}:
            problems.add("", fld, "must be {min: x}, {max: x} or both")
            continue
        if not all(_is_number(v) for v in bound.values()):
            problems.add("", fld, "bounds must be numbers")
            continue
        out[str(metric)] = {k: float(v) for k, v in bound.items()}
    return out


def is_known_metric(name: str) -> bool:
    """Whether a threshold may name this metric (a scalar, or `group.member`)."""
    if name in SCALAR_METRICS:
        return True
    group, dot, member = name.partition(".")
    return bool(dot and member) and group in GROUP_METRICS
