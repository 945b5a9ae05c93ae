"""Loaders: every supported format, metadata defaults, and a clear reason for every bad file."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from alongside.errors import IngestError
from ingest.loaders import (
    SUPPORTED_SUFFIXES,
    Document,
    SkipFile,
    clean_text,
    discover,
    load_document,
    slugify,
)


def make_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A minimal one-page PDF drawing `lines` in Helvetica; no lines gives a page with no text."""
    ops = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    ops.append("ET")
    content = "\n".join(ops).encode("latin-1") if lines else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
        ),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    if title:
        objects.append(b"<< /Title (" + title.encode("latin-1") + b") >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if title:
        trailer += b" /Info %d 0 R" % len(objects)
    out.write(trailer.join([b"trailer\n", b" >>\nstartxref\n%d\n%%%%EOF\n" % xref]))
    return out.getvalue()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# ---------------------------------------------------------------- formats


def test_markdown_with_front_matter(tmp_path):
    path = write(
        tmp_path / "Guide.md",
        "---\n"
        "id: my-guide\n"
        "title: Talking about meds\n"
        "publisher: Family Network\n"
        "author: [Ana, Ben]\n"
        "date: 2024-02-03\n"
        "audience: Counselor\n"
        "reviewed: '2026-11-23'\n"
        "---\n\n"
        "# Talking about meds\n\nFirst paragraph.\n",
    )
    doc = load_document(path)
    assert doc == Document(
        doc_id="my-guide",
        title="Talking about meds",
        publisher="Family Network",
        author="Ana, Ben",
        date="2024-02-03",
        audience="counselor",
        reviewed="2026-11-23",
        source=str(path),
        fmt="markdown",
        text="# Talking about meds\n\nFirst paragraph.",
    )


def test_markdown_without_front_matter_derives_defaults(tmp_path):
    path = write(tmp_path / "My Notes (2024).markdown", "Intro line\n\n# The Real Title\n\nBody.\n")
    doc = load_document(path)
    assert doc.doc_id == "my-notes-2024"
    assert doc.title == "The Real Title"
    assert (doc.publisher, doc.author, doc.date, doc.reviewed) == ("", None, None, None)
    assert doc.audience == "general"
    assert doc.fmt == "markdown"
    assert doc.text == "Intro line\n\n# The Real Title\n\nBody."


def test_markdown_front_matter_only_some_keys(tmp_path):
    path = write(tmp_path / "partial.md", "---\naudience: family\n---\nJust some words here.\n")
    doc = load_document(path)
    assert (doc.doc_id, doc.title, doc.audience) == ("partial", "Just some words here.", "family")
    assert doc.text == "Just some words here."


def test_plain_text_title_is_first_line_trimmed(tmp_path):
    long_line = "When my brother stopped his medication " * 6
    path = write(tmp_path / "notes.txt", "\n\n   \n" + long_line + "\n\nsecond paragraph\n")
    doc = load_document(path)
    assert doc.fmt == "text"
    assert len(doc.title) <= 120 and doc.title.startswith("When my brother stopped")
    assert doc.text.startswith("When my brother") and doc.text.endswith("second paragraph")


def test_text_without_any_title_falls_back_to_first_line(tmp_path):
    doc = load_document(write(tmp_path / "a.txt", "only line"))
    assert doc.title == "only line"


def test_clean_text_rules():
    raw = "\ufeffline one   \r\nline two\t\r\n\r\n\r\n\r\n\rline three\n\n\n"
    assert clean_text(raw) == "line one\nline two\n\nline three"
    assert clean_text("\n\n  a\n\n\nb\n") == "  a\n\nb"


def test_windows_newlines_and_bom_in_markdown(tmp_path):
    data = "\ufeff---\r\ntitle: BOM file\r\n---\r\n\r\nHello   \r\nworld\r\n".encode()
    doc = load_document(write(tmp_path / "bom.md", data))
    assert doc.title == "BOM file"
    assert doc.text == "Hello\nworld"


def test_utf16_text_with_bom_is_text(tmp_path):
    doc = load_document(write(tmp_path / "win.txt", "Notes from Windows\n".encode("utf-16")))
    assert doc.text == "Notes from Windows"


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Supporting a Loved One</title><style>p {color: red}</style>
<script>var tracking = "secret";</script></head>
<body>
<header><a href="/">Home</a> <a href="/signup">Sign up</a></header>
<nav><ul><li>Blog</li><li>Programs</li></ul></nav>
<main><article>
<h1>Supporting a   Loved One</h1>
<p>Listening without <em>judgment</em> builds&nbsp;trust.</p>
<h2>Small steps</h2>
<ul><li>Set small goals</li><li>Celebrate small wins</li></ul>
<table>
<tr><th>Approach</th><th>Result</th></tr>
<tr><td>Persuade</td><td>Defensiveness</td></tr>
<tr><td>Listen</td><td>Trust</td></tr>
</table>
</article></main>
<aside>Related articles</aside>
<form><input name="email"> Subscribe</form>
<footer>Copyright 2024</footer>
</body></html>
"""


def test_html_is_cleaned_into_markdown_text(tmp_path):
    doc = load_document(write(tmp_path / "page.html", HTML_PAGE))
    assert doc.fmt == "html"
    assert doc.title == "Supporting a Loved One"
    assert doc.doc_id == "page"
    assert doc.text == (
        "# Supporting a Loved One\n\n"
        "Listening without judgment builds trust.\n\n"
        "## Small steps\n\n"
        "- Set small goals\n- Celebrate small wins\n\n"
        "| Approach | Result |\n| --- | --- |\n| Persuade | Defensiveness |\n| Listen | Trust |"
    )
    for chrome in ("tracking", "Sign up", "Programs", "Related", "Subscribe", "Copyright", "red"):
        assert chrome not in doc.text


def test_html_title_from_h1_when_no_title_tag(tmp_path):
    path = write(tmp_path / "x.htm", "<body><div><h1>Heading One</h1><p>Text</p></div></body>")
    doc = load_document(path)
    assert doc.title == "Heading One"
    assert doc.text == "# Heading One\n\nText"


def test_html_with_declared_legacy_charset(tmp_path):
    html = '<html><head><meta charset="windows-1252"></head><body><p>It’s fine</p></body></html>'
    doc = load_document(write(tmp_path / "legacy.html", html.encode("cp1252")))
    assert doc.text == "It’s fine"


def test_pdf_text_and_metadata_title(tmp_path):
    path = write(
        tmp_path / "Family Guide.pdf",
        make_pdf(["Listening builds trust (really).", "Small steps help."], title="Family Guide"),
    )
    doc = load_document(path)
    assert doc.fmt == "pdf"
    assert doc.title == "Family Guide"
    assert doc.doc_id == "family-guide"
    assert "Listening builds trust (really)." in doc.text
    assert "Small steps help." in doc.text


def test_pdf_without_metadata_title_uses_first_line(tmp_path):
    doc = load_document(write(tmp_path / "untitled.pdf", make_pdf(["A heading line", "more"])))
    assert doc.title == "A heading line"


def test_pdf_written_by_matplotlib(tmp_path):
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig = plt.figure(figsize=(8.5, 11))
        fig.text(0.1, 0.9, "Validate feelings before problem solving.")
        path = tmp_path / "mpl.pdf"
        fig.savefig(path, format="pdf", metadata={"Title": "Validation"})
        plt.close(fig)
    doc = load_document(path)
    assert doc.title == "Validation"
    assert "Validate feelings before problem solving." in doc.text


# ---------------------------------------------------------------- bad files

BAD_FILES = [
    ("empty.md", b"", "empty file"),
    ("blank.txt", b"  \n\t\n \r\n", "empty file (only whitespace)"),
    ("binary.txt", b"abc\x00\x01\x02def", "binary content, not text"),
    ("latin1.md", "caf\xe9 au lait".encode("latin-1"), "not valid UTF-8 text"),
    ("unclosed.md", b"---\ntitle: x\n\nBody without a closing line\n", "malformed front matter"),
    ("badyaml.md", b"---\ntitle: [unclosed\n---\nBody\n", "malformed front matter"),
    ("listyaml.md", b"---\n- a\n- b\n---\nBody\n", "malformed front matter"),
    ("onlyfm.md", b"---\ntitle: x\n---\n\n\n", "no text after the front matter"),
    ("audience.md", b"---\naudience: teachers\n---\nBody\n", "invalid audience 'teachers'"),
    ("audnum.md", b"---\naudience: 3\n---\nBody\n", "invalid audience 3"),
    ("scanned.pdf", make_pdf([]), "PDF has no extractable text (scanned image?)"),
    ("corrupt.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "cannot parse PDF"),
    ("fake.pdf", b"this is not a pdf at all", "cannot parse PDF: not a PDF file"),
    ("nothing.html", b"<html><script>x()</script><nav>Menu</nav></html>", "no readable text"),
    ("image.jpg", b"\xff\xd8\xff\xe0", "unsupported file type '.jpg'"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_skipped_with_reason(tmp_path, name, data, reason):
    path = write(tmp_path / name, data)
    with pytest.raises(SkipFile) as info:
        load_document(path)
    assert info.value.reason.startswith(reason), info.value.reason
    assert info.value.path == path
    assert str(path) in str(info.value)


def test_malformed_yaml_reason_names_the_line(tmp_path):
    path = write(tmp_path / "bad.md", "---\nid: ok\ntitle: a: b\n---\nBody\n")
    with pytest.raises(SkipFile) as info:
        load_document(path)
    assert info.value.reason == (
        "malformed front matter: mapping values are not allowed here (line 3)"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without read permission")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.md", "words")
    path.chmod(0)
    try:
        with pytest.raises(SkipFile) as info:
            load_document(path)
        assert info.value.reason == "unreadable: permission denied"
    finally:
        path.chmod(0o644)


def test_unreadable_permission_error_is_reported(tmp_path, monkeypatch):
    path = write(tmp_path / "secret.md", "words")

    def deny(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(SkipFile) as info:
        load_document(path)
    assert info.value.reason == "unreadable: permission denied"


def test_folder_passed_as_file_is_skipped(tmp_path):
    folder = tmp_path / "looks.md"
    folder.mkdir()
    with pytest.raises(SkipFile) as info:
        load_document(folder)
    assert info.value.reason.startswith("unreadable")


# ---------------------------------------------------------------- discovery


def test_discover_walks_folders_sorted_and_skips_hidden_and_unsupported(tmp_path):
    root = tmp_path / "docs"
    for rel in (
        "b.md", "a.txt", "sub/c.html", "sub/deeper/d.PDF", "sub/e.htm",
        ".hidden.md", ".git/config.md", "sub/.cache/f.md", "image.png", "notes.docx",
    ):  # fmt: skip
        write(root / rel, "x")
    found = discover([root])
    assert [p.relative_to(root).as_posix() for p in found] == [
        "a.txt", "b.md", "sub/c.html", "sub/deeper/d.PDF", "sub/e.htm",
    ]  # fmt: skip


def test_discover_mixes_files_and_folders_without_duplicates(tmp_path):
    one = write(tmp_path / "one.md", "x")
    two = write(tmp_path / "folder" / "two.txt", "y")
    assert discover([one, tmp_path / "folder", two, one]) == sorted([one, two])


def test_discover_keeps_an_explicit_file_so_its_skip_reason_is_shown(tmp_path):
    doc = write(tmp_path / "report.docx", b"PK\x03\x04")
    assert discover([doc]) == [doc]
    with pytest.raises(SkipFile, match="unsupported file type"):
        load_document(doc)


def test_discover_missing_path_raises_ingest_error(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(IngestError) as info:
        discover([tmp_path, missing])
    assert str(info.value) == f"no such file or folder: {missing}"


def test_supported_suffixes():
    assert {".md", ".txt", ".html", ".htm", ".pdf"} <= SUPPORTED_SUFFIXES


@pytest.mark.parametrize(
    ("stem", "slug"),
    [
        ("My Notes (2024)", "my-notes-2024"),
        ("Ça va _bien_", "ca-va-bien"),
        ("already-a-slug", "already-a-slug"),
        ("--x--", "x"),
    ],
)
def test_slugify(stem, slug):
    assert slugify(stem) == slug


def test_slugify_never_empty():
    slug = slugify("日本語")
    assert slug.startswith("doc-") and len(slug) == 12
    assert slug == slugify("日本語")
