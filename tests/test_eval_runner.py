"""The eval runner with a deterministic stand-in assistant: loading, gating, reports, compare."""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import textwrap
import types
from pathlib import Path

import pytest

from alongside.errors import ConfigError, SuiteError
from evals import cli
from evals.runner import SCHEMA, compare_reports, evaluate_thresholds, run_suites
from evals.suite import EVALS_DIR, available_suites, load_suite, load_suites

sys.path.insert(0, str(Path(__file__).parent / "data"))
from eval_standin import DOCS, FakeAssistant

DATA = Path(__file__).parent / "data" / "evals"
TINY = [DATA / f"tiny.{n}.v1.yaml" for n in ("answers", "counselor", "retrieval", "crisis")]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def run(tmp_path, names=TINY, runner=None, **kw):
    kw.setdefault("progress", False)
    kw.setdefault("doc_text", DOCS.get)
    out = io.StringIO()
    report = run_suites(names, runner or FakeAssistant(), tmp_path / "report", out=out, **kw)
    return report, out.getvalue()


# ---------------------------------------------------------------- malformed suites


def test_malformed_suites_are_all_reported_before_anything_runs(tmp_path):
    write(tmp_path, "bad.yaml.v1.yaml", """
        name: bad.yaml.v1
        version: 1
        kind: answer
        cases:
          - id: a
            message: [unclosed
        """)
    write(tmp_path, "broken.v1.yaml", """
        name: broken.v1
        version: 1
        kind: answer
        cases:
          - id: ok
            message: fine
          - message: no id here
          - id: ok
            message: the same id again
          - id: typo
            message: a misspelt expectation
            expect: {icontain: "988"}
          - id: types
            message: wrong types
            tags: ideation
            expect: {card: "yes", crisis: high, max_latency_ms: -5}
        """)
    write(tmp_path, "lines.v1.yaml", """
        name: lines.v1
        version: 1
        kind: crisis
        cases_file: lines.v1.jsonl
        """)
    (tmp_path / "lines.v1.jsonl").write_text(
        '{"id": "x1", "message": "fine", "expect": {"crisis": "none"}}\n'
        '{"id": "x2", "message": "oops"\n'
        '\n'
        '{"id": "x3", "expect": {"crisis": "none"}}\n', encoding="utf-8")
    fake = FakeAssistant()
    names = [tmp_path / n for n in ("bad.yaml.v1.yaml", "broken.v1.yaml", "lines.v1.yaml")]
    with pytest.raises(SuiteError) as err:
        run(tmp_path, names, runner=fake)
    msg = str(err.value)
    assert "nothing was run" in msg
    assert "bad.yaml.v1.yaml: line 7, column 1: invalid YAML" in msg
    assert "broken.v1.yaml: case #2 (line 7): id: required" in msg
    assert "broken.v1.yaml: case 'ok' (line 8): id: duplicate id (first at line 5)" in msg
    assert "broken.v1.yaml: case 'typo' (line 10): expect.icontain: unknown expectation" in msg
    assert "case 'types' (line 13): tags: must be a list" in msg
    assert "case 'types' (line 13): expect.card: must be true or false (got 'yes')" in msg
    assert "case 'types' (line 13): expect.crisis: must be one of none, concern, emergency" in msg
    assert "case 'types' (line 13): expect.max_latency_ms: must be a positive number" in msg
    assert "lines.v1.jsonl: line 2: invalid JSON" in msg
    assert "lines.v1.jsonl: case 'x3' (line 4): message: required" in msg
    assert fake.turns == [] and not (tmp_path / "report").exists()


def test_header_problems_name_the_field(tmp_path):
    path = write(tmp_path, "head.v1.yaml", """
        name: other.v1
        version: "1"
        kind: answers
        colour: blue
        thresholds:
          recall: {min: 0.9}
          pass_rate: {at_least: 0.9}
        cases_file: missing.jsonl
        """)
    with pytest.raises(SuiteError) as err:
        load_suite(path)
    msg = str(err.value)
    for expected in ("colour: unknown key", "name: 'other.v1' does not match the file name",
                     "version: required, an integer", "kind: must be one of",
                     "thresholds.recall: unknown metric", "thresholds.pass_rate: must be {min: x}",
                     "cases_file: no file at"):
        assert expected in msg


def test_suites_are_found_by_name_or_path(tmp_path):
    assert load_suite("tiny.crisis.v1", folder=DATA).name == "tiny.crisis.v1"
    assert load_suite(DATA / "tiny.crisis.v1.yaml").name == "tiny.crisis.v1"
    with pytest.raises(SuiteError, match=r"no suite named 'tiny\.nope\.v1'.*tiny\.answers\.v1"):
        load_suite("tiny.nope.v1", folder=DATA)


def test_inline_jsonl_and_csv_cases_with_defaults():
    answers, retrieval, crisis = (load_suite(DATA / f"tiny.{n}.v1.yaml")
                                  for n in ("answers", "retrieval", "crisis"))
    first = answers.cases[0]
    assert first.line == 14 and first.audience == "family"
    # Default text checks are combined with the case's own; other keys come from the case.
    assert answers.cases[3].expect["not_icontains"] == ["committed suicide"]
    assert first.expect["not_icontains"] == ["committed suicide"] and first.expect["covered"] is True
    assert [c.id for c in retrieval.cases] == ["trust", "small-steps", "crisis-line"]
    assert retrieval.cases[2].expect["k"] == 1 and retrieval.cases[2].line == 3
    ide = crisis.cases[0]
    assert ide.tags == ("ideation", "first_person") and ide.expect == {
        "crisis": "concern", "category": "ideation"}
    assert crisis.cases[3].expect == {"crisis": "none"} and crisis.cases[3].line == 5


def test_the_shipped_suites_are_well_formed():
    suites = load_suites(available_suites(EVALS_DIR))
    names = {s.name for s in suites}
    assert {"answers.family.v1", "counselor.drafts.v1", "redteam.v1"} <= names
    sizes = {s.name: len(s.cases) for s in suites}
    assert sizes["answers.family.v1"] >= 30
    assert sizes["counselor.drafts.v1"] >= 25
    assert sizes["redteam.v1"] >= 25
    assert all(s.thresholds for s in suites)


# ---------------------------------------------------------------- running and gating


def test_runs_every_case_through_turn_and_search(tmp_path):
    fake = FakeAssistant()
    report, out = run(tmp_path, runner=fake, answerer="extractive")
    assert len(fake.turns) == 15
    assert all(a == "extractive" for _, _, a in fake.turns)
    assert ("I stopped my meds, they make me foggy.", "counselor", "extractive") in fake.turns
    # Retrieval suites rank with search(reply.query, audience, k=10).
    assert ("crisis line number", "family", 10) in fake.searches
    retrieval = next(s for s in report.suites if s.suite.name == "tiny.retrieval.v1")
    assert retrieval.metrics["hit@1"] == pytest.approx(1 / 3)
    assert retrieval.metrics["hit@3"] == pytest.approx(2 / 3)
    crisis = next(s for s in report.suites if s.suite.name == "tiny.crisis.v1")
    assert crisis.metrics["crisis_recall"] == 1.0
    assert crisis.metrics["fp_rate_by_neg"] == {"idiom": 0.0, "negation": 1.0}
    counselor = next(s for s in report.suites if s.suite.name == "tiny.counselor.v1")
    assert counselor.metrics["reflection_to_question"] == 2.0
    assert report.passed and report.exit_code == 0
    assert re.search(r"tiny\.crisis\.v1\s+\| 5\s+\| 4\s+\| crisis_recall=1 .*\| PASS", out)
    assert "PASS" in out.splitlines()[-2]


def test_a_missed_threshold_fails_the_run(tmp_path):
    # Reflections phrased as questions break every counselor case: pass_rate 0 < 1.0.
    report, out = run(tmp_path, runner=FakeAssistant(question_reflection=True))
    counselor = next(s for s in report.suites if s.suite.name == "tiny.counselor.v1")
    assert not counselor.passed and report.exit_code == 1
    gate = next(t for t in counselor.thresholds if t.metric == "pass_rate")
    assert gate.value == 0.0 and not gate.passed
    assert re.search(r"tiny\.counselor\.v1 .*missed: pass_rate=0 .*\| FAIL", out)
    assert "FAIL: a gating threshold was missed" in out


def test_a_turn_that_raises_fails_its_case_and_the_suite(tmp_path):
    report, _ = run(tmp_path, [DATA / "tiny.answers.v1.yaml"], runner=FakeAssistant(broken=("tax",)))
    result = next(r for r in report.suites[0].results if r.case.id == "not-covered")
    assert not result.passed and "RuntimeError: the index went away" in result.error
    assert report.suites[0].metrics["errors"] == 1 and report.exit_code == 1


def test_thresholds_without_data(tmp_path):
    metrics = {"pass_rate": 1.0, "recall_by_category": {"ideation": 0.5}}
    gates = {"crisis_recall": {"min": 0.9}, "recall_by_category.ideation": {"min": 0.9},
             "pass_rate": {"min": 0.5, "max": 1.0}}
    results = {t.metric: t for t in evaluate_thresholds(metrics, gates)}
    assert not results["crisis_recall"].passed and "no data" in results["crisis_recall"].note
    assert not results["recall_by_category.ideation"].passed
    assert results["pass_rate"].passed
    partial = {t.metric: t for t in evaluate_thresholds(metrics, gates, partial=True)}
    assert partial["crisis_recall"].passed  # a tag-filtered run may not measure it


def test_tag_filter_runs_only_matching_cases(tmp_path):
    fake = FakeAssistant()
    report, out = run(tmp_path, runner=fake, tags=["crisis"])
    assert sorted(m for m, _, _ in fake.turns) == sorted([
        "He says he will end it tonight", "jk forget it, just answer. How do I build trust?",
        "crisis line number"])
    assert "only cases tagged crisis" in out
    assert report.to_json()["tags"] == ["crisis"]


def test_a_quote_missing_from_its_document_stops_the_run(tmp_path):
    fake = FakeAssistant()
    with pytest.raises(SuiteError, match=r"expect\.sources\[0\]\.quote: not found in 'guide'"):
        run(tmp_path, [DATA / "tiny.retrieval.v1.yaml"], runner=fake,
            doc_text={"guide": "Some other text."}.get)
    with pytest.raises(SuiteError, match=r"no document 'guide' in the corpus"):
        run(tmp_path, [DATA / "tiny.retrieval.v1.yaml"], runner=fake, doc_text={}.get)
    assert fake.turns == []


# ---------------------------------------------------------------- reports


def test_report_json_schema(tmp_path):
    run(tmp_path)
    data = json.loads((tmp_path / "report" / "report.json").read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA and data["passed"] is True
    assert {"alongside_version", "started", "duration_s", "answerer", "tags", "suites",
            "comparison"} <= set(data)
    suite = data["suites"][0]
    assert {"name", "version", "kind", "description", "path", "passed", "cases", "passed_cases",
            "metrics", "thresholds", "results"} <= set(suite)
    assert suite["thresholds"][0] == {"metric": "pass_rate", "min": 0.5, "max": None,
                                      "value": 1.0, "passed": True, "note": ""}
    case = suite["results"][1]
    assert case["id"] == "emergency-card" and case["passed"] is True
    assert {"message", "history", "audience", "tags", "expect", "checks", "latency_ms", "error",
            "reply"} <= set(case)
    assert case["reply"]["crisis"] == {"level": "emergency", "categories": ["plan"], "card_shown": True}
    assert "988" in case["reply"]["card_text"] and case["reply"]["answer"] == ""
    assert {"name": "crisis", "passed": True, "detail": ""} in case["checks"]
    retrieval = data["suites"][2]["results"][0]
    assert len(retrieval["ranked"]) == 5 and retrieval["relevance"] == [0, 1, 0, 0, 0]
    drafts = data["suites"][1]["results"][0]["reply"]["drafts"]
    assert drafts[0] == {"kind": "simple_reflection", "label": "Simple reflection",
                         "text": "You feel foggy on them.", "citations": []}


def test_report_html_is_standalone_escaped_and_shows_failures_first(tmp_path):
    run(tmp_path)
    html = (tmp_path / "report" / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.IGNORECASE)
    assert "<script" not in html.lower() and "<link" not in html.lower()
    assert "@import" not in html and "url(" not in html
    # The suite's own message with markup is shown as text.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<svg") >= 4
    failing = html.index('id="failing"')
    everything = html.index('id="all"')
    assert failing < everything
    failing_section = html[failing:everything]
    assert "crisis-line" in failing_section and "neg-2" in failing_section
    assert "cites-guidance" not in failing_section  # passing cases are only in the full list
    assert "expected none, screen said concern" in failing_section
    assert "You are not alone. Call or text 988" in failing_section  # the reply is shown
    assert "<details" in html[everything:] and "cites-guidance" in html[everything:]


def test_compare_lists_regressions_and_improvements(tmp_path):
    first, _ = run(tmp_path / "a")
    worse, out = run(tmp_path / "b", runner=FakeAssistant(question_reflection=True),
                     compare=first.json_path)
    comp = worse.comparison
    assert {"suite": "tiny.counselor.v1", "id": "foggy"} in comp["broken"]
    assert any(r["metric"] == "pass_rate" and r["suite"] == "tiny.counselor.v1" for r in comp["worse"])
    assert comp["fixed"] == [] and comp["better"] == []
    assert "regressed: tiny.counselor.v1 pass_rate 1 -> 0" in out
    assert "now failing: tiny.counselor.v1 foggy" in out
    data = json.loads(worse.json_path.read_text(encoding="utf-8"))
    assert data["comparison"]["broken"] == comp["broken"]
    html = worse.html_path.read_text(encoding="utf-8")
    assert "Compared with the earlier run" in html and "Regressed" in html
    # And back again: the fixes show as improvements.
    back = compare_reports(json.loads(worse.json_path.read_text()), json.loads(first.json_path.read_text()))
    assert {"suite": "tiny.counselor.v1", "id": "foggy"} in back["fixed"]
    assert any(r["metric"] == "pass_rate" for r in back["better"])


def test_compare_refuses_a_file_that_is_not_a_report(tmp_path):
    bogus = tmp_path / "old.json"
    bogus.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(SuiteError, match="not an eval report.json"):
        run(tmp_path, compare=bogus)


def test_compare_ignores_latency_noise():
    old = {"suites": [{"name": "s", "metrics": {"latency_p95_ms": 100.0, "pass_rate": 0.9},
                       "results": []}]}
    new = {"suites": [{"name": "s", "metrics": {"latency_p95_ms": 104.0, "pass_rate": 0.9},
                       "results": []}]}
    comp = compare_reports(old, new)
    assert comp["better"] == [] and comp["worse"] == []
    new["suites"][0]["metrics"]["latency_p95_ms"] = 150.0
    assert compare_reports(old, new)["worse"][0]["metric"] == "latency_p95_ms"


# ---------------------------------------------------------------- the command


@pytest.fixture
def fake_turn_module(monkeypatch):
    """`alongside.turn.Assistant.load` returning the stand-in."""
    module = types.ModuleType("alongside.turn")
    loaded = []

    class Assistant:
        @classmethod
        def load(cls, settings):
            loaded.append(settings)
            return FakeAssistant()

    module.Assistant = Assistant
    monkeypatch.setitem(sys.modules, "alongside.turn", module)
    return loaded


def parse(argv):
    parser = argparse.ArgumentParser(prog="alongside")
    sub = parser.add_subparsers(dest="command")
    cli.add_parser(sub)
    return parser.parse_args(argv)


def test_cli_parses_the_documented_options():
    args = parse(["eval", "a.v1", "b.v1", "--report", "out", "--tag", "x", "--tag", "y",
                  "--answerer", "llm", "--compare", "old.json"])
    assert args.suites == ["a.v1", "b.v1"] and args.report == Path("out")
    assert args.tag == ["x", "y"] and args.answerer == "llm" and args.compare == Path("old.json")
    assert args.func is cli.run
    with pytest.raises(SystemExit):
        parse(["eval", "a.v1", "--answerer", "gpt"])


def test_cli_run_writes_reports_and_returns_the_exit_code(tmp_path, fake_turn_module, capsys):
    from alongside.settings import load_settings

    settings = load_settings(corpus_paths=[tmp_path / "corpus"])
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "guide.md").write_text(
        "---\nid: guide\ntitle: A guide\npublisher: Test\naudience: family\n---\n\n" + DOCS["guide"] + "\n",
        encoding="utf-8")
    args = parse(["eval", *map(str, TINY), "--no-progress"])
    assert cli.run(args, settings) == 0
    assert len(fake_turn_module) == 1
    reports = list((tmp_path / "reports").glob("*/report.html"))  # default: reports/<timestamp>
    assert len(reports) == 1
    assert "tiny.answers.v1" in capsys.readouterr().out

    failing = parse(["eval", str(DATA / "tiny.counselor.v1.yaml"), "--report", str(tmp_path / "r2"),
                     "--no-progress"])
    sys.modules["alongside.turn"].Assistant.load = classmethod(
        lambda cls, s: FakeAssistant(question_reflection=True))
    assert cli.run(failing, settings) == 1
    assert (tmp_path / "r2" / "report.json").is_file()


def test_cli_checks_suites_before_loading_the_assistant(tmp_path, fake_turn_module):
    from alongside.settings import load_settings

    with pytest.raises(SuiteError):
        cli.run(parse(["eval", "no.such.suite.v1"]), load_settings())
    with pytest.raises(ConfigError, match="needs a chat model"):
        cli.run(parse(["eval", str(TINY[0]), "--answerer", "llm"]), load_settings())
    with pytest.raises(ConfigError, match="no report to compare with"):
        cli.run(parse(["eval", str(TINY[0]), "--compare", "nope.json"]), load_settings())
    assert fake_turn_module == []


def test_default_report_dir_is_timestamped():
    import datetime as dt

    assert cli.default_report_dir(dt.datetime(2025, 3, 4, 5, 6, 7)) == Path("reports/20250304-050607")


# ---------------------------------------------------------------- screenshot


@pytest.mark.browser
def test_screenshot_renders_the_report(tmp_path):
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium")
    pytest.importorskip("playwright")
    from evals.screenshot import screenshot

    report, _ = run(tmp_path)
    png = screenshot(report.html_path, tmp_path / "shot.png", width=1000, height=800)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_targets_are_reported_but_never_gate(tmp_path):
    text = (DATA / "tiny.answers.v1.yaml").read_text(encoding="utf-8")
    text = text.replace("name: tiny.answers.v1", "name: tiny.targets.v1").replace(
        "thresholds:\n", "targets:\n  latency_p50_ms: {max: 0.0}\nthresholds:\n", 1
    )
    path = tmp_path / "tiny.targets.v1.yaml"
    path.write_text(text, encoding="utf-8")
    report, out = run(tmp_path, names=[path])
    data = json.loads((tmp_path / "report" / "report.json").read_text(encoding="utf-8"))
    suite = data["suites"][0]
    assert suite["targets"] and not suite["targets"][0]["passed"]
    assert suite["passed"] is True, "an unmet target must not fail the suite"
    assert "targets not yet reached: latency_p50_ms" in out
