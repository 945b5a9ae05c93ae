"""Find documents on disk and load them into clean text with their metadata.

Markdown, plain text, HTML and PDF are read. Markdown may open with YAML front matter
(`id`, `title`, `publisher`, `author`, `date`, `audience`, `reviewed`); anything it leaves out
is derived from the file. A file that cannot be used raises `SkipFile` with a reason a person
can act on, so one bad file never stops an ingest run.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from alongside.errors import IngestError

_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
SUPPORTED_SUFFIXES = frozenset(_FORMATS)
AUDIENCES = ("family", "counselor", "general")
TITLE_MAX_CHARS = 120


@dataclass(frozen=True)
class Document:
    """One source document. Chunk offsets index into `text`."""

    doc_id: str
    title: str
    publisher: str
    author: str | None
    date: str | None
    audience: str
    reviewed: str | None
    source: str
    fmt: str
    text: str


class SkipFile(Exception):
    """A file that cannot be ingested; `reason` says why in plain words."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


# ---------------------------------------------------------------- discovery


def discover(paths: list[Path]) -> list[Path]:
    """Expand files and folders into the sorted list of documents to load.

    Folders are walked recursively; hidden files and folders and unsupported suffixes inside
    them are skipped. A file named explicitly is always returned, so that `load_document`
    can say why it is skipped instead of it vanishing silently.

    Raises:
        IngestError: a path does not exist.
    """
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise IngestError(f"no such file or folder: {path}")
        if path.is_dir():
            found.update(_walk(path))
        else:
            found.add(path)
    return sorted(found)


def _walk(root: Path) -> list[Path]:
    files = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(Path(folder) / name)
    return files


# ---------------------------------------------------------------- loading


def load_document(path: Path) -> Document:
    """Read one file into a `Document`.

    Raises:
        SkipFile: the file is empty, binary, unreadable, not UTF-8, has malformed front
            matter or an invalid audience, or is a PDF without text or that cannot be parsed.
    """
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise SkipFile(path, f"unsupported file type {path.suffix or '(none)'!r}; use {supported}")
    data = _read_bytes(path)
    if not data:
        raise SkipFile(path, "empty file")

    meta: dict = {}
    title_hint: str | None = None
    if fmt == "pdf":
        text, title_hint = _pdf_text(path, data)
    else:
        raw = _decode(path, data, html=fmt == "html")
        if not raw.strip():
            raise SkipFile(path, "empty file (only whitespace)")
        if fmt == "markdown":
            meta, raw = _split_front_matter(path, raw)
            text = clean_text(raw)
            if not text:
                raise SkipFile(path, "no text after the front matter")
        elif fmt == "html":
            try:
                text, title_hint = html_to_text(raw)
            except RecursionError:
                raise SkipFile(path, "HTML is nested too deeply to read") from None
            if not text:
                raise SkipFile(path, "no readable text in the HTML")
        else:
            text = clean_text(raw)
    return _build(path, fmt, text, meta, title_hint)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError:
        raise SkipFile(path, "unreadable: permission denied") from None
    except IsADirectoryError:
        raise SkipFile(path, "unreadable: is a folder, not a file") from None
    except FileNotFoundError:
        raise SkipFile(path, "unreadable: the file no longer exists") from None
    except OSError as exc:
        raise SkipFile(path, f"unreadable: {exc.strerror or exc}") from None


def _decode(path: Path, data: bytes, *, html: bool) -> str:
    # Windows editors save "Unicode" text as UTF-16 with a BOM; that is text, not binary.
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise SkipFile(path, "not valid UTF-16 text") from None
    if b"\x00" in data:
        raise SkipFile(path, "binary content, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if html:
        # Saved web pages often declare a legacy charset; honour it rather than guess.
        from bs4.dammit import EncodingDetector

        declared = EncodingDetector.find_declared_encoding(data, is_html=True)
        if declared:
            try:
                return data.decode(declared)
            except (LookupError, UnicodeDecodeError):
                pass
    raise SkipFile(path, "not valid UTF-8 text")


def clean_text(text: str) -> str:
    """Normalise newlines, drop a BOM and trailing spaces, squeeze runs of blank lines to one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


# ---------------------------------------------------------------- front matter

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(.*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def _split_front_matter(path: Path, raw: str) -> tuple[dict, str]:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not re.match(r"---[ \t]*\n", raw):
        return {}, raw
    match = _FRONT_MATTER.match(raw)
    if match is None:
        raise SkipFile(path, "malformed front matter: no closing '---' line")
    try:
        meta = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError as exc:
        raise SkipFile(path, f"malformed front matter: {_yaml_problem(exc)}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise SkipFile(path, "malformed front matter: expected 'key: value' lines")
    return meta, raw[match.end() :]


def _yaml_problem(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    mark = getattr(exc, "problem_mark", None)
    if mark is not None:
        # +2: marks count from 0, and the file's first line is the opening '---'.
        return f"{problem} (line {mark.line + 2})"
    return problem


# ---------------------------------------------------------------- metadata


def _build(path: Path, fmt: str, text: str, meta: dict, title_hint: str | None) -> Document:
    audience = meta.get("audience")
    if audience is None or audience == "":
        audience = "general"
    elif not isinstance(audience, str) or audience.strip().lower() not in AUDIENCES:
        raise SkipFile(
            path, f"invalid audience {audience!r} in front matter; use family, counselor or general"
        )
    else:
        audience = audience.strip().lower()

    doc_id = _text_value(meta.get("id")) or slugify(path.stem)
    title = _text_value(meta.get("title")) or title_hint or _derived_title(text, fmt) or path.stem
    return Document(
        doc_id=doc_id,
        title=title,
        publisher=_text_value(meta.get("publisher")) or "",
        author=_text_value(meta.get("author")),
        date=_date_value(meta.get("date")),
        audience=audience,
        reviewed=_date_value(meta.get("reviewed")),
        source=str(path),
        fmt=fmt,
        text=text,
    )


def _text_value(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v).strip() for v in value if v is not None)
    value = str(value).strip()
    return value or None


def _date_value(value) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return _text_value(value)


def slugify(stem: str) -> str:
    """Lowercase ASCII letters, digits and hyphens; a stable hash when nothing is left."""
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_stem.lower()).strip("-")
    return slug or "doc-" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]


def _derived_title(text: str, fmt: str) -> str | None:
    lines = text.split("\n")
    if fmt in ("markdown", "html"):
        for i, line in enumerate(lines):
            heading = re.match(r"#\s+(.+?)(?:\s+#+)?\s*$", line)
            if heading:
                return _trim_title(heading.group(1))
            setext = i + 1 < len(lines) and re.fullmatch(r"=+\s*", lines[i + 1])  # "Title\n==="
            if fmt == "markdown" and line.strip() and setext:
                return _trim_title(line)
    for line in lines:
        plain = re.sub(r"^\s*(?:#+|>+|[-*+]|\d+[.)])\s+", "", line).strip()
        if plain:
            return _trim_title(plain)
    return None


def _trim_title(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= TITLE_MAX_CHARS:
        return title
    return title[:TITLE_MAX_CHARS].rstrip()


# ---------------------------------------------------------------- PDF


def _pdf_text(path: Path, data: bytes) -> tuple[str, str | None]:
    from pypdf import PdfReader

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise SkipFile(path, "cannot parse PDF: not a PDF file (no %PDF header)")
    # pypdf raises many exception types on damaged files; every one of them means "skip".
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SkipFile(path, "cannot parse PDF: it is password protected")
        pages = list(reader.pages)
    except SkipFile:
        raise
    except Exception as exc:  # noqa: BLE001
        raise SkipFile(path, f"cannot parse PDF: {_short(exc)}") from None
    texts, failure = [], None
    for page in pages:
        try:
            texts.append(clean_text((page.extract_text() or "").replace("\x00", "")))
        except Exception as exc:  # noqa: BLE001 - one damaged page should not cost the rest
            failure = failure or exc
    text = clean_text("\n\n".join(t for t in texts if t))
    if not text and failure is not None:
        raise SkipFile(path, f"cannot parse PDF: {_short(failure)}")
    if not text:
        raise SkipFile(path, "PDF has no extractable text (scanned image?)")
    return text, _pdf_title(reader)


def _pdf_title(reader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # noqa: BLE001 - a broken info dictionary only costs the title
        return None
    return _trim_title(str(title)) if title and str(title).strip() else None


def _short(exc: Exception) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message[:200]


# ---------------------------------------------------------------- HTML

_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form",
    "svg", "iframe", "button", "select", "textarea", "dialog", "head",
)  # fmt: skip
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = {
    "p", "div", "section", "article", "main", "body", "html", "header", "blockquote", "pre",
    "ul", "ol", "li", "table", "dl", "dt", "dd", "figure", "figcaption", "address",
    "details", "summary", "hr", "center", "fieldset", *_HEADINGS,
}  # fmt: skip
_BR = "\ue000"  # stands in for <br> until whitespace has been collapsed


def html_to_text(html: str) -> tuple[str, str | None]:
    """Turn an HTML page into Markdown-flavoured clean text and its title (or None)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    title = None
    if soup.title and soup.title.get_text(strip=True):
        title = _trim_title(soup.title.get_text(" ", strip=True))
    elif soup.find("h1") and soup.find("h1").get_text(strip=True):
        title = _trim_title(soup.find("h1").get_text(" ", strip=True))

    for tag in soup.find_all(list(_DROP_TAGS)):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        role = str(tag.get("role") or "").lower()
        # A page banner is chrome; an <article>'s own <header> carries its title and byline.
        page_header = tag.name == "header" and tag.find_parent("article") is None
        if page_header or role in _DROP_ROLES or tag.has_attr("hidden"):
            tag.decompose()

    blocks: list[str] = []
    _render(soup, blocks)
    return clean_text("\n\n".join(blocks)), title


def _render(node, out: list[str]) -> None:
    """Append the Markdown blocks of `node`'s children to `out`."""
    from bs4 import NavigableString
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    inline: list[str] = []

    def flush() -> None:
        text = _squash("".join(inline))
        inline.clear()
        if text:
            out.append(text)

    for child in node.children:
        if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            inline.append(str(child))
            continue
        name = child.name
        if name == "br":
            inline.append(_BR)
        elif name in _HEADINGS:
            flush()
            text = _squash(child.get_text(" ")).replace("\n", " ")
            if text:
                out.append("#" * _HEADINGS[name] + " " + text)
        elif name in ("ul", "ol"):
            flush()
            listing = _render_list(child)
            if listing:
                out.append(listing)
        elif name == "table":
            flush()
            out.extend(_render_table(child))
        elif name == "pre":
            flush()
            text = child.get_text().strip("\n")
            if text.strip():
                out.append(text)
        elif name == "blockquote":
            flush()
            inner: list[str] = []
            _render(child, inner)
            if inner:
                quoted = "\n\n".join(inner).split("\n")
                out.append("\n".join(("> " + line) if line else ">" for line in quoted))
        elif name in _BLOCKS or child.find(list(_BLOCKS)) is not None:
            flush()
            _render(child, out)
        else:
            inline.append(child.get_text())
    flush()


def _render_list(node) -> str:
    ordered = node.name == "ol"
    try:
        number = int(node.get("start", 1))
    except ValueError:
        number = 1
    items = []
    for li in node.find_all("li", recursive=False):
        inner: list[str] = []
        _render(li, inner)
        if not inner:
            continue
        marker = f"{number}. " if ordered else "- "
        number += 1
        body = "\n".join(inner).split("\n")
        pad = " " * len(marker)
        items.append(
            marker + body[0] + "".join("\n" + (pad + line if line else "") for line in body[1:])
        )
    return "\n".join(items)


def _render_table(table) -> list[str]:
    rows = []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        cells = tr.find_all(["th", "td"], recursive=False)
        if cells:
            rows.append(cells)
    if not rows:
        return []
    texts = [[_squash(c.get_text(" ")).replace("\n", " ") for c in row] for row in rows]
    simple = (
        table.find("table") is None
        and len({len(r) for r in rows}) == 1
        and all(str(c.get("colspan", "1")) == "1" and str(c.get("rowspan", "1")) == "1"
                for row in rows for c in row)
    )  # fmt: skip
    if not simple:
        # Spanning or ragged tables do not fit a pipe table; keep each row's words together.
        return [" | ".join(t for t in row if t) for row in texts if any(row)]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    width = len(texts[0])
    lines = [line(texts[0]), "| " + " | ".join(["---"] * width) + " |"]
    lines += [line(row) for row in texts[1:]]
    return ["\n".join(lines)]


def _squash(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("\xa0", " "))
    lines = [line.strip() for line in text.split(_BR)]
    return "\n".join(lines).strip()
