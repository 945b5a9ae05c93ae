"""Answerers: one small interface; the extractive one (offline default) lives here.

The extractive answerer quotes the best sentences of the top passages word for word, with [n]
citations, under the guidance's own headings (the family document's numbered steps, for example).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from alongside.keyword import tokenize
from alongside.reply import Source

# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) and a space.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+")
_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+")
_QUOTES = ("\u201c", '"')
MAX_SENTENCES = 4
MIN_WORDS = 5

OPENING = {
    "family": "Here is what the guidance says that fits your question.",
    "counselor": "Here is what the guidance offers for this.",
}
CLOSING = {
    "family": (
        "Every family is different, so take what fits yours; the full passages are below. "
        "If you are ever worried about safety, call or text 988, also when the worry is about someone else."
    ),
    "counselor": "The full passages are below; adapt the wording to your client and your setting.",
}


class Answerer(Protocol):
    """Turns a query and numbered passages into answer text, streamed as it is produced."""

    name: str

    def stream(self, query: str, sources: list[Source], audience: str) -> Iterator[str]: ...


@dataclass(frozen=True)
class Sentence:
    source: Source
    start: int  # offset within source.text
    text: str
    position: int  # index of the sentence within its passage


def sentences(source: Source) -> list[Sentence]:
    """Quotable sentences of a passage, exact substrings of its text; headings and tables left out."""
    out: list[Sentence] = []
    text = source.text
    line_start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and not stripped.startswith(("#", "|")):
            markup = _MARKUP.match(line)
            body_start = line_start + (markup.end() if markup else 0)
            body = text[body_start : line_start + len(line)]
            pos = 0
            # Quoted speech (the guidance's example phrases) stays whole so quotes stay balanced.
            ends = [] if body.lstrip().startswith(_QUOTES) else list(_SENTENCE_END.finditer(body))
            for m in [*ends, None]:
                end = len(body) if m is None else m.start() + len(m.group(0).rstrip())
                piece = body[pos:end]
                lead = len(piece) - len(piece.lstrip())
                quote = piece.strip()
                if len(quote.split()) >= MIN_WORDS:
                    out.append(Sentence(source, body_start + pos + lead, quote, len(out)))
                pos = len(body) if m is None else m.end()
        line_start += len(line) + 1
    return out


def _score(sentence: Sentence, query_terms: dict[str, float], rank: int) -> float:
    terms = tokenize(sentence.text)
    if not terms:
        return 0.0
    hit = sum(query_terms.get(t, 0.0) for t in set(terms))
    # Favour higher-ranked passages and a passage's opening sentences (they state the point).
    return hit / math.sqrt(len(terms)) + 0.35 / (1 + rank) + 0.1 / (1 + sentence.position)


def select_sentences(query: str, sources: list[Source], limit: int = MAX_SENTENCES) -> list[Sentence]:
    """The most relevant sentences, at most two per passage, in reading order."""
    q = tokenize(query)
    if not sources:
        return []
    all_sents = [sentences(s) for s in sources]
    df: dict[str, int] = {}
    for group in all_sents:
        for term in {t for s in group for t in tokenize(s.text)}:
            df[term] = df.get(term, 0) + 1
    n = len(sources)
    weights = {t: 1.0 + math.log((n + 1) / (df.get(t, 0) + 0.5)) for t in set(q)}
    scored = []
    for rank, group in enumerate(all_sents[:3]):
        for s in group:
            scored.append((_score(s, weights, rank), rank, s))
    scored.sort(key=lambda t: -t[0])
    chosen: list[tuple[int, Sentence]] = []
    per_source: dict[int, int] = {}
    for _, rank, s in scored:
        if per_source.get(rank, 0) >= 2:
            continue
        chosen.append((rank, s))
        per_source[rank] = per_source.get(rank, 0) + 1
        if len(chosen) >= limit:
            break
    chosen.sort(key=lambda t: (t[0], t[1].start))
    return [s for _, s in chosen]


def _quoted(text: str) -> str:
    return text if text.startswith(_QUOTES) else f"\u201c{text}\u201d"


def heading_for(source: Source) -> str:
    """The guidance's own heading for a passage: the deepest section title."""
    return source.section[-1] if source.section else source.title


class ExtractiveAnswerer:
    """Offline default: quotes the guidance word for word, with citations; no model involved."""

    name = "extractive"

    def stream(self, query: str, sources: list[Source], audience: str) -> Iterator[str]:
        picked = select_sentences(query, sources)
        if not picked:
            yield not_covered_text(audience)
            return
        notes = scope_notes(query, audience)
        yield (" ".join(notes) if notes else OPENING.get(audience, OPENING["family"])) + "\n\n"
        # Group under the guidance's headings, in the order they first appear.
        groups: dict[str, list[Sentence]] = {}
        for s in picked:
            groups.setdefault(heading_for(s.source), []).append(s)
        for i, (heading, group) in enumerate(groups.items()):
            yield ("\n\n" if i else "") + f"**{heading}**\n"
            yield " ".join(f"{_quoted(s.text)} [{s.source.n}]" for s in group)
        yield "\n\n" + CLOSING.get(audience, CLOSING["family"])


# Questions the assistant must not answer itself, whatever the passages say: changing, stopping or
# dosing medication, and naming a diagnosis. The answer still quotes the guidance, after a kind
# line that points to the right person.
_MEDICATION_CHANGE = re.compile(
    r"\b(?:stop|stopping|quit|quitting|skip|skipping|come off|coming off|taper\w*|wean\w*|"
    r"cold turkey|reduce|lower|increase|double|halve|dose|doses|dosage|how much|how many|mg|"
    r"milligrams?|switch\w*|change\w*)\b[^.?!]{0,60}\b(?:med\w*|pills?|lithium|antipsychotic\w*|"
    r"antidepressant\w*|tablets?|prescription|it|them)\b|"
    r"\b(?:med\w*|pills?|lithium|antipsychotic\w*|antidepressant\w*)\b[^.?!]{0,60}"
    r"\b(?:stop|quit|skip|taper\w*|dose|doses|dosage|cold turkey|safe to)\b",
    re.IGNORECASE,
)
_DIAGNOSIS = re.compile(
    r"\b(?:is|does|could|might|do you think)\b[^.?!]{0,40}\b(?:have|has|be|is)\b[^.?!]{0,20}"
    r"\b(?:bipolar|schizophreni\w*|psychosis|psychotic|depress\w*|borderline|personality disorder|"
    r"ocd|adhd|ptsd|autis\w*|anxiety disorder|manic)\b|\bdiagnos(?:e|is)\b[^.?!]{0,30}\b(?:him|her|them|my)\b|"
    r"\b(?:what(?:'s| is)|which) (?:wrong with|condition|disorder|illness)\b",
    re.IGNORECASE,
)
SCOPE_NOTES = {
    "medication": {
        "family": "Decisions about doses, or about stopping or changing a medication, belong with "
        "the prescriber, so I can't advise on that; the prescribing doctor or a pharmacist can. "
        "What the guidance offers is how to support your loved one around it.",
        "counselor": "Dose and stopping decisions sit with the prescriber; the guidance is about "
        "exploring the client's reasons and bridging to the prescribing clinician.",
    },
    "diagnosis": {
        "family": "I can't say whether someone has a particular condition; only a doctor or mental "
        "health professional who sees them can assess that. Here is what the guidance says about "
        "the situation you describe.",
        "counselor": "Alongside does not offer diagnostic opinions; the guidance below is about "
        "the conversation itself.",
    },
}


def scope_notes(question: str, audience: str) -> list[str]:
    """Kind lines for questions outside what Alongside may answer (doses, stopping, diagnosis)."""
    notes = []
    if _MEDICATION_CHANGE.search(question):
        notes.append(SCOPE_NOTES["medication"].get(audience, SCOPE_NOTES["medication"]["family"]))
    if _DIAGNOSIS.search(question):
        notes.append(SCOPE_NOTES["diagnosis"].get(audience, SCOPE_NOTES["diagnosis"]["family"]))
    return notes


CRISIS_NOT_COVERED = (
    "The guidance in this library is about treatment refusal and does not speak to this directly. "
    "The crisis resources above are the right place to start, right now."
)


def not_covered_text(audience: str, crisis: bool = False) -> str:
    """What to say when the guidance has nothing solid on the question."""
    if crisis:
        return CRISIS_NOT_COVERED
    if audience == "counselor":
        return (
            "No passage of the guidance closely matches this statement, so there is nothing to "
            "quote for it; the drafts are built from the client's own words. Your supervisor, the "
            "prescribing clinician or your service's guidelines can help with anything beyond them."
        )
    return (
        "The guidance I answer from does not cover that question, so I would rather not guess. "
        "Your loved one's doctor or care team, or a family support line such as the NAMI HelpLine "
        "(1-800-950-6264 in the US), can help with it. If anyone is in danger, call or text 988, "
        "or call 911."
    )
