"""One turn, one code path: the web UI, the CLI and the eval runner all call `Assistant.stream`.

message (+ history, audience)
  -> crisis screen (always first; an emergency gets the crisis card alone)
  -> standalone query (follow-ups rewritten using the conversation)
  -> hybrid retrieval -> answer (extractive, or a chat model) -> citation check -> reply
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from typing import Any

from alongside import crisis
from alongside.answer import Answerer, ExtractiveAnswerer, not_covered_text
from alongside.card import build_card
from alongside.citations import check_citations
from alongside.counselor import draft_responses
from alongside.reply import Reply, Source
from alongside.resources import load_resources
from alongside.retrieval import Retriever, is_covered
from alongside.rewrite import is_follow_up, rewrite_query
from alongside.settings import Settings

log = logging.getLogger("alongside.turn")

EMPTY_PROMPT = {
    "family": "Type a question about your loved one, for example: "
    "\u201cMy son says nothing is wrong with him. What can I do?\u201d",
    "counselor": "Paste what your client said, for example: "
    "\u201cI stopped taking my meds. I don't feel like myself on them.\u201d",
}
AUDIENCES = ("family", "counselor")
History = Sequence[dict[str, Any]]


def user_messages(history: History | None) -> list[str]:
    """The user's earlier messages, from Gradio-style {"role", "content"} history."""
    out = []
    for item in history or ():
        if isinstance(item, dict) and item.get("role") == "user":
            content = item.get("content")
            if isinstance(content, str):
                out.append(content)
            elif isinstance(content, list):  # multimodal content parts
                out.extend(p.get("text", "") for p in content if isinstance(p, dict))
    return out


class Assistant:
    """Everything loaded once per process; `stream` and `turn` answer one message."""

    def __init__(
        self,
        settings: Settings,
        retriever: Retriever,
        llm: Answerer | None = None,
    ) -> None:
        self.settings = settings
        self.retriever = retriever
        self.resources = load_resources(settings.region)
        self.extractive = ExtractiveAnswerer()
        self.llm = llm

    @classmethod
    def load(cls, settings: Settings, retriever: Retriever | None = None) -> Assistant:
        """Load the model and open the index.

        Raises:
            IndexMissingError, IndexMismatchError, IndexCorruptError, ModelError, ConfigError.
        """
        retriever = retriever or Retriever.load(settings)
        llm = None
        if settings.llm_enabled:
            from alongside.llm import ChatModelAnswerer

            llm = ChatModelAnswerer(settings)
        return cls(settings, retriever, llm)

    @property
    def answerer_name(self) -> str:
        return self.llm.name if self.llm else self.extractive.name

    def search(self, query: str, audience: str = "family", k: int = 10) -> list[Source]:
        return self.retriever.search(query, audience, k)

    def turn(self, message: str, history: History | None = None, audience: str = "family",
             answerer: str | None = None) -> Reply:
        """Answer one message; the final state of `stream`."""
        *_, last = self.stream(message, history, audience, answerer)
        return last

    def stream(self, message: str, history: History | None = None, audience: str = "family",
               answerer: str | None = None) -> Iterator[Reply]:
        """Yield the reply as it grows; the last one has `done=True`.

        Args:
            message: what the user typed (any string; never logged).
            history: earlier turns as {"role": "user"|"assistant", "content": str}.
            audience: "family" or "counselor".
            answerer: "extractive" or "llm" to override the configured default.
        """
        t0 = time.perf_counter()
        audience = audience if audience in AUDIENCES else "family"
        message = message if isinstance(message, str) else ""
        earlier_messages = user_messages(history)
        screening = crisis.screen(message)
        # A crisis seen once keeps its card for the rest of the conversation.
        sticky = crisis.screen_conversation(earlier_messages, message) if earlier_messages else screening
        card = build_card(sticky, audience, self.resources) if sticky.is_crisis else None
        reply = Reply(audience=audience, screening=screening, card=card,
                      answerer=self.extractive.name)
        reply.timings_ms["screen"] = _ms(t0)

        if not message.strip():
            reply.answer = "" if card else EMPTY_PROMPT[audience]
            reply.done = True
            yield reply
            return
        if screening.level == "emergency":
            # The card alone: nothing is retrieved or generated for a message in danger.
            reply.done = True
            reply.timings_ms["total"] = _ms(t0)
            yield reply
            return

        text = message
        if len(text) > self.settings.max_message_chars:
            text = text[: self.settings.max_message_chars]
            reply.notices.append(
                f"Your message was long, so only its first {self.settings.max_message_chars:,} "
                "characters were used to search the guidance."
            )
        use_llm = self._use_llm(answerer, sticky)
        t1 = time.perf_counter()
        reply.query = self._standalone_query(text, earlier_messages, use_llm)
        if len(text) > self.settings.max_query_chars and len(reply.query) >= self.settings.max_query_chars:
            reply.notices.append("Only the start of your message was used as the search query.")
        reply.timings_ms["rewrite"] = _ms(t1)

        t2 = time.perf_counter()
        counselor = audience == "counselor"
        # Counselors get drafts whatever the retrieval score (they reflect the client's own words),
        # and their strategies may draw on a few more passages than are shown by default.
        wide = self.retriever.search(reply.query, audience, self.settings.top_k * (3 if counselor else 1))
        reply.timings_ms["retrieve"] = _ms(t2)
        sources = wide[: self.settings.top_k]
        reply.covered = is_covered(wide, self.settings)  # same best passage; keeps the search's evidence
        t3 = time.perf_counter()
        if counselor:
            reply.drafts = draft_responses(text, wide)
            cited = {n for d in reply.drafts for n in d.citations}
            reply.sources = [s for s in wide if s.n <= self.settings.top_k or s.n in cited]
        if not reply.covered:
            reply.answer = not_covered_text(audience, crisis=sticky.is_crisis)
            if not counselor:
                reply.sources = []
            reply.done = True
            reply.timings_ms["total"] = _ms(t0)
            yield reply
            return
        if not counselor:
            reply.sources = sources

        chosen: Answerer = self.llm if use_llm and self.llm else self.extractive
        reply.answerer = chosen.name
        try:
            for delta in chosen.stream(reply.query, sources, audience):
                reply.answer += delta
                yield reply
        except Exception as exc:  # any chat-model failure falls back to the offline answer
            if chosen is self.extractive:
                raise
            log.warning("chat model failed (%s); answering from the guidance directly", type(exc).__name__)
            reply.notices.append(_fallback_notice(exc))
            reply.answerer = self.extractive.name
            reply.answer = "".join(self.extractive.stream(reply.query, sources, audience))
        reply.timings_ms["answer"] = _ms(t3)
        checked = check_citations(reply.answer, sources)
        reply.answer = checked.text
        if checked.problems:
            reply.notices.extend(checked.problems)
        reply.done = True
        reply.timings_ms["total"] = _ms(t0)
        yield reply

    def _standalone_query(self, text: str, earlier: list[str], use_llm: bool) -> str:
        """Rule-based rewrite offline; the chat model's rewrite for follow-ups when it may be used."""
        limit = self.settings.max_query_chars
        if use_llm and self.llm is not None and earlier and is_follow_up(text):
            try:
                return self.llm.rewrite(text, earlier, limit)
            except Exception as exc:  # the rule-based rewrite is always there to fall back on
                log.info("chat-model rewrite failed (%s); using the rule-based one", type(exc).__name__)
        return rewrite_query(text, earlier, limit)

    def _use_llm(self, answerer: str | None, sticky: crisis.Screening) -> bool:
        if answerer == "extractive" or self.llm is None:
            return False
        # Crisis messages never reach a chat model, nor does a conversation that has had one.
        return not sticky.is_crisis


def _fallback_notice(exc: Exception) -> str:
    from alongside.llm import describe_failure

    return f"The chat model was unavailable ({describe_failure(exc)}), so this answer quotes the guidance directly."


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 3)
