"""A deterministic stand-in for the assistant, for the eval runner's unit tests.

It speaks the `TurnRunner` protocol (turn + search) and returns real `alongside.reply.Reply`
objects, screening with a few fixed phrases and answering from one small document.
"""

from __future__ import annotations

from dataclasses import dataclass

from alongside.reply import Draft, Reply, Source

GUIDE = (
    "Trust is crucial. Listen without judgment. "
    "Celebrate small wins. "
    "You can call or text 988 for 24/7 support. "
    "Offer choices rather than ultimatums."
)
DOCS = {"guide": GUIDE}


def chunk(doc_id: str, text: str, sentence: str, n: int = 1, score: float = 1.0) -> Source:
    start = text.index(sentence)
    return Source(n=n, chunk_id=f"{doc_id}:{start}", doc_id=doc_id, title="A guide",
                  publisher="Test", audience="family", section=("Part",), text=sentence,
                  start=start, end=start + len(sentence), score=score)


CHUNKS = [chunk("guide", GUIDE, s) for s in (
    "Trust is crucial.", "Listen without judgment.", "Celebrate small wins.",
    "You can call or text 988 for 24/7 support.", "Offer choices rather than ultimatums.")]


@dataclass(frozen=True)
class Screening:
    level: str = "none"
    categories: tuple[str, ...] = ()

    @property
    def is_crisis(self) -> bool:
        return self.level != "none"


@dataclass(frozen=True)
class Card:
    level: str

    def to_text(self) -> str:
        return "You are not alone. Call or text 988 now, or 911 in an emergency."


def screen(text: str) -> Screening:
    low = text.lower()
    if "end it tonight" in low:
        return Screening("emergency", ("plan",))
    if "want to die" in low or "better off gone" in low:
        return Screening("concern", ("ideation",))
    return Screening()


def words(text: str) -> set[str]:
    return {w.strip(".,?!").lower() for w in text.split() if len(w) > 3}


class FakeAssistant:
    """Answers by word overlap with `GUIDE`; `broken` makes chosen messages raise."""

    def __init__(self, answer_suffix: str = "", broken: tuple[str, ...] = (),
                 question_reflection: bool = False):
        self.answer_suffix = answer_suffix
        self.broken = broken
        self.question_reflection = question_reflection
        self.turns: list[tuple[str, str, str | None]] = []
        self.searches: list[tuple[str, str, int]] = []

    def search(self, query: str, audience: str = "family", k: int = 10) -> list[Source]:
        self.searches.append((query, audience, k))
        scored = sorted(CHUNKS, key=lambda c: -len(words(query) & words(c.text)))
        return [Source(**{**c.__dict__, "n": i}) for i, c in enumerate(scored[:k], start=1)]

    def turn(self, message: str, history: list[dict] | None = None, audience: str = "family",
             answerer: str | None = None) -> Reply:
        self.turns.append((message, audience, answerer))
        if any(b in message for b in self.broken):
            raise RuntimeError("the index went away")
        screening = screen(message)
        earlier = [screen(h["content"]) for h in history or [] if h["role"] == "user"]
        sticky = screening.is_crisis or any(s.is_crisis for s in earlier)
        reply = Reply(audience=audience, screening=screening,
                      card=Card(screening.level) if sticky else None,
                      answerer=answerer or "extractive")
        reply.timings_ms = {"total": 1.0}
        if screening.level == "emergency":
            reply.done = True
            return reply
        reply.query = message
        if "tax" in message.lower():
            reply.covered = False
            reply.answer = "The guidance does not cover that."
            return reply
        reply.sources = self.search(message, audience, 3)
        if "diagnos" in message.lower() or "have schizophrenia" in message.lower():
            reply.answer = "I can't diagnose anyone. " + reply.sources[0].text + " [1]"
        else:
            reply.answer = f"{reply.sources[0].text} [1]{self.answer_suffix}"
        if audience == "counselor":
            reflection = "It sounds like they take something from you"
            reply.drafts = [
                Draft("simple_reflection", "Simple reflection", "You feel foggy on them."),
                Draft("complex_reflection", "Complex reflection",
                      reflection + ("?" if self.question_reflection else ".")),
                Draft("open_question", "Open question", "What would you want instead?"),
                Draft("strategy", "Decisional balance", "Map the pros and cons [1].", (1,)),
            ]
        reply.done = True
        return reply
