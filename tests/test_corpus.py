"""The guidance corpus: front matter, no page chrome, and the guidance text kept word for word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
GUIDANCE = REPO.parent / "shared" / "guidance"

# corpus file -> the captured page it was made from
RAW_FILES = {
    "akin-refusing-treatment.md": "000_8a1c5df22f3871ec.txt",
    "modalia-medication-refusal.md": "003_05cb51defe91f8ca.txt",
}
EXPECTED = {
    "akin-refusing-treatment.md": {
        "id": "akin-refusing-treatment",
        "audience": "family",
        "author": "Linda Boulton",
        "date": "2023-06-14",
    },
    "modalia-medication-refusal.md": {
        "id": "modalia-medication-refusal",
        "audience": "counselor",
        "date": None,
    },
}
REQUIRED_KEYS = {"id", "title", "publisher", "date", "audience", "reviewed", "source"}

# Page chrome and marketing that must not reach the index (and so cannot reach an answer).
BANNED = [
    "Skip to content",
    "First month free",
    "Start for free",
    "Back to blog",
    "min read",
    "Get started",
    "Get the essential skills and tools",
    "We’ll guide you step-by-step",
    "Ready to jump in?",
    "Beyond the blog",
    "science-based training program",
    "Related articles",
    "References",
    "Akin Mental Health Blog",
    "Case Conceptualization",
    "Clinical & Counseling Team6",
    "This article was written and reviewed",
]

TABLE_ROWS = [
    ["Dimension", "Directive / Educational (not recommended)",
     "Motivational / Collaborative (recommended)"],
    ["Goal", "Compliance with the regimen",
     "Working alliance and an autonomous, informed choice (adherence)"],
    ["Clinician stance", "Expert authority; persuade and correct", "Curiosity, empathy, partnership"],
    ["View of resistance", "An obstacle to be removed", "Information and a signal to explore"],
    ["Signature move", "\"If you stop, you'll relapse.\" (threat/warning)",
     "\"What does stopping the medication mean for you?\" (open question)"],
    ["Likely result", "Brief compliance, a ruptured relationship, or false reporting",
     "Internal motivation, a deeper trust"],
]  # fmt: skip


def split_front_matter(text: str) -> tuple[dict, str]:
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    assert match, "corpus file must open with YAML front matter between '---' lines"
    return yaml.safe_load(match.group(1)), text[match.end() :]


def normalise(text: str) -> str:
    return " ".join(text.split())


def table_rows(body: str) -> list[list[str]]:
    rows = []
    for line in body.split("\n"):
        if line.startswith("|") and not re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", line):
            rows.append([cell.strip() for cell in line.strip().strip("|").split(" | ")])
    return rows


def text_blocks(body: str) -> list[str]:
    """Blocks of the body with Markdown markup removed; a table yields one block per cell."""
    blocks = []
    for block in re.split(r"\n\s*\n", body.strip()):
        lines = block.split("\n")
        if all(line.startswith("|") for line in lines):
            blocks += [cell for row in table_rows(block) for cell in row]
            continue
        plain = []
        for line in lines:
            if re.match(r"#{1,6}\s", line):
                # A step heading keeps its number: "### 1. Accept ..." reads "1. Accept ..." raw.
                plain.append(re.sub(r"^#{1,6}\s+", "", line))
                continue
            line = re.sub(r"^>\s?", "", line)
            plain.append(re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", line))
        text = normalise(" ".join(plain))
        if text:
            blocks.append(text)
    return blocks


CORPUS_FILES = sorted(RAW_FILES)


@pytest.fixture(params=CORPUS_FILES)
def corpus_file(request) -> tuple[str, dict, str]:
    path = CORPUS / request.param
    assert path.exists(), f"missing corpus file {path}"
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    return request.param, meta, body


def test_only_expected_corpus_files():
    assert sorted(p.name for p in CORPUS.glob("*.md")) == CORPUS_FILES


def test_front_matter(corpus_file):
    name, meta, _ = corpus_file
    assert REQUIRED_KEYS <= set(meta), f"{name}: missing {REQUIRED_KEYS - set(meta)}"
    assert meta["audience"] in ("family", "counselor")
    assert meta["reviewed"] == "2026-11-23"
    assert isinstance(meta["title"], str) and meta["title"]
    assert isinstance(meta["publisher"], str) and meta["publisher"]
    assert "http" not in str(meta["source"])
    for key, value in EXPECTED[name].items():
        assert meta[key] == value, f"{name}: {key} is {meta[key]!r}, expected {value!r}"


def test_title_heading_matches_front_matter(corpus_file):
    _, meta, body = corpus_file
    assert body.lstrip().split("\n")[0] == "# " + meta["title"]


def test_loader_reads_corpus_metadata(corpus_file):
    from ingest.loaders import load_document

    name, meta, body = corpus_file
    doc = load_document(CORPUS / name)
    assert doc.doc_id == meta["id"]
    assert doc.title == meta["title"]
    assert doc.audience == meta["audience"]
    assert doc.date == meta["date"]
    assert doc.text == body.strip("\n")


def test_no_marketing_or_chrome(corpus_file):
    name, _, body = corpus_file
    for banned in BANNED:
        assert banned not in body, f"{name} still contains {banned!r}"


def test_structure_has_headings(corpus_file):
    _, _, body = corpus_file
    headings = re.findall(r"^(#{1,3}) ", body, re.MULTILINE)
    assert headings.count("#") == 1
    assert headings.count("##") >= 5
    assert headings.count("###") >= 4


def test_akin_steps_are_numbered_headings():
    _, body = split_front_matter((CORPUS / "akin-refusing-treatment.md").read_text("utf-8"))
    steps = re.findall(r"^### (\d)\. ", body, re.MULTILINE)
    assert steps == ["1", "2", "3"] * 4
    assert "## Final Thoughts" in body
    assert "> “It makes sense that you’re feeling this way.”" in body


def test_modalia_table_is_six_rows_by_three_columns():
    _, body = split_front_matter((CORPUS / "modalia-medication-refusal.md").read_text("utf-8"))
    rows = table_rows(body)
    assert rows == TABLE_ROWS
    assert len(rows) == 6 and all(len(row) == 3 for row in rows)
    for question in (
        "Is medication refusal the same as non-compliance?",
        "When does medication refusal become a safety issue I have to act on?",
    ):
        assert f"\n### {question}\n" in body
    assert "## Key takeaway" in body and "## Frequently asked questions" in body


@pytest.mark.skipif(
    not GUIDANCE.is_dir(), reason=f"captured guidance pages not found at {GUIDANCE}"
)
def test_guidance_kept_word_for_word(corpus_file):
    name, _, body = corpus_file
    raw = normalise((GUIDANCE / RAW_FILES[name]).read_text(encoding="utf-8"))
    blocks = text_blocks(body)
    assert len(blocks) > 20
    missing = [block for block in blocks if block not in raw]
    assert not missing, f"{name}: not verbatim in the captured page: {missing[:3]}"


@pytest.mark.skipif(
    not GUIDANCE.is_dir(), reason=f"captured guidance pages not found at {GUIDANCE}"
)
def test_no_guidance_paragraph_lost(corpus_file):
    """Every long paragraph of the captured page is in the corpus, except the dropped chrome."""
    name, _, body = corpus_file
    # Compared without whitespace: the captured page runs the table cells together.
    plain = "".join(" ".join(text_blocks(body)).split())
    raw_lines = (GUIDANCE / RAW_FILES[name]).read_text(encoding="utf-8").split("\n")
    dropped = ("We’ll guide you", "Discover how to support", "This article was written")
    lost = [
        line
        for line in raw_lines
        if len(line) > 80 and not line.startswith(dropped) and "".join(line.split()) not in plain
    ]
    assert not lost, f"{name}: paragraphs missing from the corpus: {lost[:2]}"
