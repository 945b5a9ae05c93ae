"""The citation check, run on every answer from either answerer before it is shown.

1. Every [n] (also [1, 2], [1][2] and [1-3]) must name a passage that was retrieved; numbers that
   do not are removed, and a marker left with none is removed with the space before it.
2. Every quotation of at least MIN_QUOTE_WORDS words, in curly or straight double quotes, must be
   found word for word in a retrieved passage. The only differences allowed are whitespace, straight
   versus curly apostrophes and quotes, a trailing comma or full stop inside the closing quote mark,
   and a leading or trailing ellipsis. The passage searched is the citation right after the quote,
   else the citations of its sentence, else any passage.
   - Found in a cited passage: verified, with its exact offsets in the document.
   - Found only in another retrieved passage: verified, and its citation is corrected.
   - Found nowhere: it loses its quotation marks and is marked " (paraphrase, not a quote from the
     guidance)". Marking keeps the answer readable while never passing the words off as the
     guidance's own; the reader still has the cited passage to compare.
   Shorter quoted words (“fix”, "the crazy one") are left alone.

Pure string work with precompiled patterns: microseconds for a normal answer. It never raises.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from alongside.reply import Source

log = logging.getLogger("alongside.citations")

MIN_QUOTE_WORDS = 4
MAX_QUOTE_CHARS = 1500
PARAPHRASE_MARK = " (paraphrase, not a quote from the guidance)"
MAX_RANGE = 20  # [1-3] expands; a wider "range" is not a citation

# [1], [1, 2], [1;2], [1-3], [1–3]
_NUMBERS = r"\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?(?:\s*[,;]\s*\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?)*"
_MARKER = re.compile(r"\[\s*(" + _NUMBERS + r")\s*\]")
_MARKER_WITH_SPACE = re.compile(r"[ \t]*" + _MARKER.pattern)
# Adjacent markers ("[7][2]", "[1] [9]") are cleaned together so their spacing stays right.
_ANY_MARKER = r"\[\s*" + _NUMBERS + r"\s*\]"
_MARKER_RUN = re.compile(r"([ \t]*)(" + _ANY_MARKER + r"(?:[ \t]*" + _ANY_MARKER + r")*)([ \t]*)")
# A quoted span: curly pair first (it may hold straight quotes and a line break, not a blank line),
# then straight (one line), then mismatched pairs.
_N = MAX_QUOTE_CHARS
_QUOTE = re.compile(
    f"\u201c((?:[^\u201c\u201d\\n]|\\n(?!\\n)){{1,{_N}}})\u201d"
    f'|"([^"\\n]{{1,{_N}}})"'
    f"|\u201c([^\u201c\u201d\"\\n]{{1,{_N}}})\""
    f'|"([^"\u201c\u201d\\n]{{1,{_N}}})\u201d'
)
_SEPARATOR = re.compile(r"\s*[,;]\s*")
_RANGE = re.compile(r"(\d+)\s*[-\u2013]\s*(\d+)")
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
# Between a closing quote mark and "its" citation: only spaces and light punctuation.
_RIGHT_AFTER = re.compile(r"[ \t]*[,.;:]?[ \t]*(" + _MARKER.pattern + r")")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_LEADING_MARKERS = re.compile(r"^(?:\s*" + _MARKER.pattern + r")+")
_APOSTROPHES = "'\u2019\u2018\u02bc"
_DQUOTES = '"\u201c\u201d'
_TRAILING_PUNCT = ",.;:"
_ELLIPSIS = re.compile(r"^\s*(?:\.\.\.|\u2026)\s*|\s*(?:\.\.\.|\u2026)\s*$")


@dataclass(frozen=True)
class Quote:
    """A quotation found word for word in a passage, located in its document's clean text."""

    n: int  # the passage it was found in
    doc_id: str
    text: str  # the passage's own characters
    start: int  # offsets in the document: source.start + index in source.text
    end: int


@dataclass(frozen=True)
class CheckedAnswer:
    """An answer after the check: cleaned text, notices for the user, and the verified quotes."""

    text: str
    problems: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    unverified: int = 0


def check_citations(text: str, sources: Sequence[Source]) -> CheckedAnswer:
    """Remove citations to passages that were not retrieved and verify every quotation.

    Args:
        text: the answer as generated (any string).
        sources: the passages it was generated from, numbered by `Source.n`.

    Returns:
        The cleaned text, short user-facing notices, the verified quotes and how many
        quotations could not be verified. Never raises.
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        by_n = {s.n: s for s in sources or () if isinstance(s, Source)}
        text, removed = _clean_markers(text, set(by_n))
        text, quotes, unverified, corrected = _check_quotes(text, by_n)
    except Exception as exc:  # noqa: BLE001 - the check must never take the answer down with it
        log.error("citation check failed (%s)", type(exc).__name__)  # the type only: no answer text
        return CheckedAnswer(text, ("The citations in this answer could not be checked.",))
    problems = []
    if removed:
        problems.append(
            "1 citation pointed to a passage that was not retrieved and was removed."
            if removed == 1
            else f"{removed} citations pointed to passages that were not retrieved and were removed."
        )
    if corrected:
        problems.append(
            "1 quotation was credited to the wrong passage; its citation was corrected."
            if corrected == 1
            else f"{corrected} quotations were credited to the wrong passage; their citations were corrected."
        )
    if unverified:
        problems.append(
            "1 quotation could not be found word for word in the guidance, so it is marked as a paraphrase."
            if unverified == 1
            else f"{unverified} quotations could not be found word for word in the guidance, "
            "so they are marked as paraphrases."
        )
    return CheckedAnswer(text, tuple(problems), tuple(quotes), unverified)


def cited_numbers(marker_body: str) -> list[int]:
    """The numbers in a marker's body: "1, 2" -> [1, 2]; "1-3" -> [1, 2, 3]."""
    if marker_body.isdigit():
        return [int(marker_body)]
    out: list[int] = []
    for part in _SEPARATOR.split(marker_body.strip()):
        m = _RANGE.fullmatch(part)
        if m is None:
            if part.isdigit():
                out.append(int(part))
            continue
        lo, hi = int(m.group(1)), int(m.group(2))
        # A reversed or very wide "range" keeps only its ends, so each is still checked.
        out.extend(range(lo, hi + 1) if 0 <= hi - lo <= MAX_RANGE else (lo, hi))
    return list(dict.fromkeys(out))


def _clean_markers(text: str, valid: set[int]) -> tuple[str, int]:
    """Drop numbers that name no retrieved passage; returns the text and how many were dropped."""
    if "[" not in text:
        return text, 0
    removed = 0

    def fix_run(run: re.Match[str]) -> str:
        nonlocal removed
        kept: list[str] = []
        dropped = 0
        for m in _MARKER_WITH_SPACE.finditer(run.group(2)):
            numbers = cited_numbers(m.group(1))
            keep = [n for n in numbers if n in valid]
            dropped += len(numbers) - len(keep)
            if len(keep) == len(numbers):
                kept.append(m.group(0).strip() if not kept else m.group(0))
            elif keep:
                lead = "" if not kept else m.group(0)[: m.group(0).index("[")]
                kept.append(lead + "[" + ", ".join(str(n) for n in keep) + "]")
        if not dropped:
            return run.group(0)
        removed += dropped
        if kept:
            return run.group(1) + "".join(kept) + run.group(3)
        at_line_start = run.start() == 0 or text[run.start() - 1] == "\n"
        return "" if at_line_start else run.group(3)

    return _MARKER_RUN.sub(fix_run, text), removed


_FLEX = str.maketrans(
    {**{c: "['\u2019\u2018\u02bc]" for c in _APOSTROPHES}, **{c: '["\u201c\u201d]' for c in _DQUOTES}}
)


@lru_cache(maxsize=512)
def _pattern(quote: str) -> re.Pattern[str] | None:
    """A pattern matching the quote's words with any whitespace and either kind of quote mark."""
    words = quote.split()
    if not words:
        return None
    # re.escape leaves quote marks and apostrophes alone and turns each space into "\ ".
    return re.compile(re.escape(" ".join(words)).translate(_FLEX).replace("\\ ", r"\s+"))


def _find(quote: str, source: Source) -> tuple[int, int] | None:
    """Where the quote is in the passage's text, tolerating whitespace and quote-mark style."""
    i = source.text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    pattern = _pattern(quote)
    m = pattern.search(source.text) if pattern else None
    return (m.start(), m.end()) if m else None


def _variants(quote: str) -> list[str]:
    """The quote as written, then without a leading/trailing ellipsis or trailing , or ."""
    out = [quote]
    bare = _ELLIPSIS.sub("", quote).strip()
    if bare != quote:
        out.append(bare)
    if bare and bare[-1] in _TRAILING_PUNCT:
        out.append(bare[:-1].rstrip())
    return [q for q in out if q]


def _candidates(text: str, q_start: int, q_end: int, valid: set[int]) -> tuple[list[int], re.Match[str] | None]:
    """The passages a quote claims: the marker right after it, else its sentence's markers."""
    after = _RIGHT_AFTER.match(text, q_end)
    if after:
        nums = [n for n in cited_numbers(after.group(2)) if n in valid]
        if nums:
            return nums, after
    # The rest of the sentence after the quote, with any markers that trail its full stop.
    end_m = _SENTENCE_END.search(text, q_end)
    s_end = end_m.end() if end_m else len(text)
    trail = _LEADING_MARKERS.match(text, s_end)
    s_end = trail.end() if trail else s_end
    nums = [n for m in _MARKER.finditer(text, q_end, s_end) for n in cited_numbers(m.group(1))]
    if not nums:
        # Before the quote, within its sentence; markers that close the previous sentence do not count.
        starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, q_start)]
        s_start = starts[-1] if starts else 0
        lead = _LEADING_MARKERS.match(text, s_start)
        s_start = lead.end() if lead else s_start
        nums = [n for m in _MARKER.finditer(text, s_start, q_start) for n in cited_numbers(m.group(1))]
    return [n for n in dict.fromkeys(nums) if n in valid], None


def _locate(variants: list[str], numbers: list[int], by_n: dict[int, Source]) -> tuple[int, int, int] | None:
    """The first passage (in the order given) holding one of the variants: (n, start, end)."""
    for n in numbers:
        for variant in variants:
            span = _find(variant, by_n[n])
            if span:
                return n, span[0], span[1]
    return None


def _as_paraphrase(inner: str) -> str:
    """The words without quotation marks, marked, with closing punctuation kept last."""
    words = inner.strip()
    if words and words[-1] in ",.;:!?":
        return words[:-1].rstrip() + PARAPHRASE_MARK + words[-1]
    return words + PARAPHRASE_MARK


def _check_quotes(text: str, by_n: dict[int, Source]) -> tuple[str, list[Quote], int, int]:
    if not any(ch in text for ch in _DQUOTES):
        return text, [], 0, 0
    valid = set(by_n)
    quotes: list[Quote] = []
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in `text`
    unverified = corrected = 0
    for m in _QUOTE.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if len(_WORD.findall(inner)) < MIN_QUOTE_WORDS:
            continue
        claimed, after = _candidates(text, m.start(), m.end(), valid)
        variants = _variants(inner)
        found = _locate(variants, claimed or list(by_n), by_n)
        is_claimed = found is not None
        if found is None and claimed:
            found = _locate(variants, [n for n in by_n if n not in claimed], by_n)
        if found is None:
            unverified += 1
            edits.append((m.start(), m.end(), _as_paraphrase(inner)))
            continue
        n, i, j = found
        src = by_n[n]
        quotes.append(Quote(n, src.doc_id, src.text[i:j], src.start + i, src.start + j))
        if not is_claimed:
            corrected += 1
            if after is not None:
                edits.append((after.start(1), after.end(1), f"[{n}]"))
            else:
                edits.append((m.end(), m.end(), f" [{n}]"))
    for start, end, repl in sorted(edits, reverse=True):
        text = text[:start] + repl + text[end:]
    return text, quotes, unverified, corrected
