"""Structure-first chunking: headings make sections; paragraphs, then sentences, make chunks.

Every chunk is an exact slice of the document's clean text (`text[start:end] == chunk.text`),
so answers can quote a chunk and the quote can be checked against the source.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from langchain_text_splitters import RecursiveCharacterTextSplitter

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
# Paragraphs first, then lines, then sentences and clauses; words only as a last resort.
SEPARATORS = ["\n\n", "\n", ". ", "? ", "! ", "; ", ": ", ", ", " ", ""]


@dataclass(frozen=True)
class Chunk:
    """A slice of a document's clean text and the heading trail above it."""

    index: int
    start: int
    end: int
    text: str
    section: tuple[str, ...]

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Section:
    start: int
    end: int
    trail: tuple[str, ...]


def sections(text: str) -> list[Section]:
    """Split Markdown-ish text at headings; each section runs from its heading to the next."""
    out: list[Section] = []
    trail: list[tuple[int, str]] = []
    starts = [(m.start(), len(m.group(1)), _clean_heading(m.group(2))) for m in _HEADING.finditer(text)]
    if not starts or starts[0][0] > 0:
        out.append(Section(0, starts[0][0] if starts else len(text), ()))
    for i, (pos, level, title) in enumerate(starts):
        while trail and trail[-1][0] >= level:
            trail.pop()
        trail.append((level, title))
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        # The document title (a lone level-1 heading) names the document, not a section.
        names = tuple(t for lvl, t in trail if not (lvl == 1 and _single_h1(starts)))
        out.append(Section(pos, end, names))
    return [s for s in out if text[s.start : s.end].strip()]


def _single_h1(starts: list[tuple[int, int, str]]) -> bool:
    return sum(1 for _, level, _ in starts if level == 1) == 1


def _clean_heading(raw: str) -> str:
    return re.sub(r"[*_`]+", "", raw).strip()


def chunk_text(text: str, chunk_size: int, chunk_overlap: int = 0) -> list[Chunk]:
    """Chunk a document's clean text by structure, keeping exact offsets."""
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=chunk_size,
        chunk_overlap=chunk_overlap,
        separators=SEPARATORS,
        keep_separator="end",
        strip_whitespace=True,
        add_start_index=True,
    )
    chunks: list[Chunk] = []
    for section in sections(text):
        body = text[section.start : section.end]
        cursor = 0
        for piece in splitter.split_text(body):
            if not piece.strip():
                continue
            # Locate the piece exactly; overlap means a piece may begin before the last one ended.
            found = body.find(piece, max(0, cursor - chunk_overlap - len(piece)))
            if found < 0:
                found = body.find(piece)
            if found < 0:  # the splitter altered the text: keep offsets honest by skipping it
                continue
            start = section.start + found
            end = start + len(piece)
            cursor = found + len(piece)
            if _heading_only(piece):
                continue
            chunks.append(Chunk(len(chunks), start, end, piece, section.trail))
    return chunks


def _heading_only(piece: str) -> bool:
    return all(_HEADING.fullmatch(line) or not line.strip() for line in piece.splitlines())


def embedding_text(title: str, chunk: Chunk) -> str:
    """What gets embedded and keyword-indexed: the chunk with its document title and heading trail.

    The stored passage stays the exact slice; this context only helps a short passage be found.
    """
    trail = " > ".join(chunk.section)
    head = f"{title}\n{trail}" if trail else title
    return f"{head}\n\n{chunk.text}"
