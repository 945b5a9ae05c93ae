"""A whole turn with the chat model on a loopback server: the answer, the fallback, the crisis rule.

Retrieval is a stand-in returning fixed passages, so these tests exercise the turn's own logic
(crisis screen first, the chat model, the fallback to the extractive answer, the citation check)
without loading the embedding model.
"""

from __future__ import annotations

import json

import pytest
from fake_openai import closed_port, llm_server_fixture  # noqa: F401

from alongside.llm import ChatModelAnswerer
from alongside.reply import Source
from alongside.settings import Settings

Assistant = pytest.importorskip("alongside.turn", reason="alongside.turn does not import").Assistant

KEY = "sk-test-turn-0123456789abcdef"
QUESTION = "My son says nothing is wrong with him. What can I do?"
EMERGENCY = "I'm going to kill myself tonight, I have the pills right here"
CONCERN = "My son said he wishes he was dead"
PASSAGES = [
    (
        "Many people who refuse help feel unheard, so listening is where change begins. "
        "Ask what matters to your loved one and listen to the answer without arguing."
    ),
    (
        "Change often takes many conversations, not one. Keep the door open and stay patient "
        "with your loved one, even when they say no again and again."
    ),
]


class FixedRetriever:
    """Returns the same passages for every query, well above the relevance floor."""

    def __init__(self) -> None:
        self.queries: list[str] = []

    def search(self, query: str, audience: str = "family", k: int = 4) -> list[Source]:
        self.queries.append(query)
        out, start = [], 0
        for n, text in enumerate(PASSAGES, 1):
            out.append(Source(n, f"doc#{n}", "doc", "Talking with a loved one", "Publisher",
                              "family", ("Listening",), text, start, start + len(text), 0.5, 0.9))
            start += len(text) + 2
        return out[:k]


def _assistant(server_url: str, timeout: float = 0.5) -> Assistant:
    settings = Settings(model="fake-model", openai_base_url=server_url, openai_api_key=KEY,
                        llm_timeout=timeout)
    return Assistant(settings, FixedRetriever(), ChatModelAnswerer(settings))


def test_chat_model_answers_and_its_quote_is_verified(llm_server):
    reply = _assistant(llm_server.base_url).turn(QUESTION)
    assert reply.done and reply.answerer == "fake-model"
    assert "I was given passages [1], [2]." in reply.answer
    assert reply.notices == []
    assert len(llm_server.requests) == 1


def test_streaming_reply_grows(llm_server):
    replies = [(r.answer, r.done) for r in _assistant(llm_server.base_url).stream(QUESTION)]
    assert len(replies) >= 3 and replies[-1][1]
    assert all(not done for _, done in replies[:-1])


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [
        ("http_500", "the server returned an error (HTTP 500)"),
        ("http_401", "the API key was rejected (HTTP 401)"),
        ("slow", "timed out after 0.5 s"),
        ("drop", "the connection dropped before the answer was complete"),
        ("refusal", "the model declined to answer"),
    ],
)
def test_failure_falls_back_to_the_extractive_answer_with_a_notice(llm_server, behaviour, reason):
    llm_server.behaviour = behaviour
    assistant = _assistant(llm_server.base_url)
    reply = assistant.turn(QUESTION)
    assert reply.done and reply.answerer == "extractive"
    assert reply.notices[0] == (
        f"The chat model was unavailable ({reason}), so this answer quotes the guidance directly."
    )
    expected = assistant.turn(QUESTION, answerer="extractive").answer
    assert reply.answer == expected  # nothing the model streamed before failing is kept
    assert KEY not in json.dumps(reply.to_json())


def test_dead_endpoint_falls_back():
    reply = _assistant(f"http://127.0.0.1:{closed_port()}/v1", timeout=2).turn(QUESTION)
    assert reply.answerer == "extractive"
    assert "could not connect to http://127.0.0.1:" in reply.notices[0]


def test_fabricated_quote_is_marked_in_the_reply(llm_server):
    llm_server.behaviour = "fabricated"
    reply = _assistant(llm_server.base_url).turn(QUESTION)
    assert reply.answerer == "fake-model"
    assert "(paraphrase, not a quote from the guidance)" in reply.answer
    assert any("could not be found word for word" in n for n in reply.notices)


@pytest.mark.parametrize("message", [EMERGENCY, CONCERN])
def test_a_crisis_message_never_reaches_the_chat_model(llm_server, message):
    reply = _assistant(llm_server.base_url).turn(message)
    assert reply.card is not None
    assert llm_server.requests == []


def test_after_a_crisis_the_conversation_stays_off_the_chat_model(llm_server):
    history = [{"role": "user", "content": CONCERN}, {"role": "assistant", "content": "..."},
               {"role": "user", "content": "jk, forget it"}, {"role": "assistant", "content": "..."}]
    reply = _assistant(llm_server.base_url).turn(QUESTION, history)
    assert reply.card is not None and reply.answer
    assert llm_server.requests == []


def test_extractive_override_skips_the_chat_model(llm_server):
    reply = _assistant(llm_server.base_url).turn(QUESTION, answerer="extractive")
    assert reply.answerer == "extractive" and llm_server.requests == []
