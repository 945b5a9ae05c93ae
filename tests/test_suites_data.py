"""The retrieval eval data: well-formed cases whose expected quotes are real corpus text."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
EVALS = REPO / "evals"
CORPUS = REPO / "corpus"
DEV = "retrieval.dev.v1"
NOT_COVERED = "retrieval.notcovered.v1"
AUDIENCES = {"family", "counselor"}


def corpus_bodies() -> dict[str, str]:
    """doc_id -> the document body after its front matter."""
    bodies = {}
    for path in sorted(CORPUS.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
        assert match, f"{path.name}: no front matter"
        bodies[yaml.safe_load(match.group(1))["id"]] = text[match.end() :]
    return bodies


def load(name: str) -> tuple[dict, list[dict]]:
    header = yaml.safe_load((EVALS / f"{name}.yaml").read_text(encoding="utf-8"))
    assert header["name"] == name
    if "cases" in header:
        return header, header["cases"]
    lines = (EVALS / header["cases_file"]).read_text(encoding="utf-8").splitlines()
    return header, [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def bodies() -> dict[str, str]:
    return corpus_bodies()


@pytest.fixture(scope="module")
def dev() -> tuple[dict, list[dict]]:
    return load(DEV)


@pytest.fixture(scope="module")
def not_covered() -> tuple[dict, list[dict]]:
    return load(NOT_COVERED)


def check_common(cases: list[dict]) -> None:
    ids = [c["id"] for c in cases]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    messages = [" ".join(c["message"].lower().split()) for c in cases]
    assert len(set(messages)) == len(messages), "duplicate messages"
    for case in cases:
        assert set(case) <= {"id", "message", "history", "audience", "tags", "expect", "note"}
        assert isinstance(case["message"], str) and case["message"].strip(), case["id"]
        assert case["audience"] in AUDIENCES, case["id"]
        assert case["tags"] and all(isinstance(t, str) and t for t in case["tags"]), case["id"]


def test_dev_suite_header(dev):
    header, _ = dev
    assert header["kind"] == "retrieval"
    assert header["targets"] == {"hit@3": {"min": 0.9}, "mrr@10": {"min": 0.8}}
    assert set(header["thresholds"]) == {"hit@3", "mrr@10"}
    assert header["defaults"]["expect"] == {"covered": True}


def test_dev_cases_well_formed(dev):
    _, cases = dev
    assert len(cases) >= 80
    check_common(cases)
    for case in cases:
        sources = case["expect"]["sources"]
        assert 1 <= len(sources) <= 2, case["id"]
        assert case["expect"].get("covered", True) is True, case["id"]


def test_dev_audiences_both_well_represented(dev):
    _, cases = dev
    share = Counter(c["audience"] for c in cases)["family"] / len(cases)
    assert 0.45 <= share <= 0.65, f"family share {share:.2f}"


def test_every_quote_is_exact_unique_corpus_text(dev, bodies):
    _, cases = dev
    problems = []
    for case in cases:
        for src in case["expect"]["sources"]:
            body = bodies.get(src["doc_id"])
            if body is None:
                problems.append(f"{case['id']}: no document {src['doc_id']!r}")
            elif body.count(src["quote"]) != 1:
                found = body.count(src["quote"])
                problems.append(f"{case['id']}: quote found {found} times: {src['quote'][:60]!r}")
            elif src["quote"] != src["quote"].strip() or len(src["quote"]) < 15:
                problems.append(f"{case['id']}: quote too short or padded: {src['quote']!r}")
    assert not problems, "\n".join(problems)


def test_quotes_are_found_in_the_loaded_document_text(dev):
    """Spans are located in the loader's clean text, so quotes must survive loading."""
    from ingest.loaders import load_document

    texts = {d.doc_id: d.text for d in map(load_document, sorted(CORPUS.glob("*.md")))}
    _, cases = dev
    for case in cases:
        for src in case["expect"]["sources"]:
            assert src["quote"] in texts[src["doc_id"]], case["id"]


def test_every_section_of_the_corpus_is_asked_about(dev, bodies):
    _, cases = dev
    asked: dict[str, set[str]] = {doc_id: set() for doc_id in bodies}
    for case in cases:
        for src in case["expect"]["sources"]:
            body = bodies[src["doc_id"]]
            start = body.index(src["quote"])
            headings = re.findall(r"^#{1,3} (.+)$", body[:start], re.MULTILINE)
            asked[src["doc_id"]].add(headings[-1] if headings else "")
    for doc_id, body in bodies.items():
        sections = []
        for match in re.finditer(r"^#{1,3} (.+)$\n\n(?!#)", body, re.MULTILINE):
            sections.append(match.group(1))  # a heading with text of its own under it
        missing = [s for s in sections if s not in asked[doc_id]]
        assert not missing, f"{doc_id}: no question about {missing}"


def test_both_documents_asked_by_both_audiences(dev):
    _, cases = dev
    pairs = {(c["audience"], s["doc_id"]) for c in cases for s in c["expect"]["sources"]}
    assert {(a, d) for a in AUDIENCES for d in corpus_bodies()} <= pairs


def test_not_covered_suite(not_covered):
    header, cases = not_covered
    assert header["targets"] == {"covered_accuracy": {"min": 0.8}}
    assert set(header["thresholds"]) == {"covered_accuracy"}
    assert len(cases) >= 25
    check_common(cases)
    for case in cases:
        assert case["expect"] == {"covered": False}, case["id"]


def test_suites_do_not_share_questions(dev, not_covered):
    seen = {c["message"].lower() for c in dev[1]}
    assert not seen & {c["message"].lower() for c in not_covered[1]}
    assert not {c["id"] for c in dev[1]} & {c["id"] for c in not_covered[1]}


@pytest.mark.parametrize("name", [DEV, NOT_COVERED])
def test_suite_loads_with_the_eval_loader(name):
    suite_module = pytest.importorskip("evals.suite")
    suite = suite_module.load_suite(name)
    assert suite.name == name and suite.cases
