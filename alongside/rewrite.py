"""Follow-up rewriting: a short or referring follow-up becomes a standalone search query.

"what if he still says no?" after "my son refuses to see a doctor" is searched as both together,
so the passages match the conversation and not only the last few words.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z']+")
# Words that lean on something said before.
_REFERRING = re.compile(
    r"\b(he|him|his|she|her|hers|they|them|their|it|that|this|those|these|there|"
    r"still|again|instead|also|else|then|what if|what about|and if|how about|same|"
    r"the other|another|more|why)\b",
    re.IGNORECASE,
)
_STARTS_AS_FOLLOW_UP = re.compile(
    r"^\s*(and|but|so|or|also|what if|what about|how about|ok(ay)?|then|even if|if so|why)\b",
    re.IGNORECASE,
)
SHORT_WORDS = 8
CONTEXT_CHARS = 300


def is_follow_up(message: str) -> bool:
    """A message that cannot be searched well on its own."""
    words = _WORD.findall(message)
    if not words:
        return False
    if _STARTS_AS_FOLLOW_UP.match(message):
        return True
    return len(words) <= SHORT_WORDS and bool(_REFERRING.search(message))


def rewrite_query(message: str, earlier_user_messages: list[str], max_chars: int = 1000) -> str:
    """The query to search for: the message itself, or, for a follow-up, the topic it follows.

    The topic is the most recent earlier message that stands on its own (itself not a follow-up),
    trimmed, followed by the new message.
    """
    message = " ".join(message.split())
    if not earlier_user_messages or not is_follow_up(message):
        return message[:max_chars]
    topic = ""
    for previous in reversed(earlier_user_messages):
        previous = " ".join(previous.split())
        if previous and not is_follow_up(previous):
            topic = previous
            break
    if not topic:
        topic = " ".join(" ".join(m.split()) for m in earlier_user_messages[-2:])
    topic = topic[:CONTEXT_CHARS]
    return f"{topic} {message}"[:max_chars]
