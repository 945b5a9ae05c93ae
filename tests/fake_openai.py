"""A loopback server speaking the OpenAI chat-completions protocol, for chat-model tests.

It listens on 127.0.0.1 on a free port, answers POST /v1/chat/completions (streamed as SSE or
as one JSON body), records every request it receives, and behaves as the test asks:

    normal          names the passages it was given, quotes passage 1 exactly and cites [1]
    slow            waits longer than the client's timeout before answering
    slow_stream     sends the first chunk, then stalls
    http_500        HTTP 500 with an error body
    http_401        HTTP 401 whose body echoes the key it was sent (as some servers do)
    refusal         "I'm sorry, but I can't help with that."
    content_filter  some text, then finish_reason "content_filter"
    drop            a few chunks, then the connection is cut mid-body
    no_finish       a few chunks, then a clean end with no finish_reason and no [DONE]
    fabricated      cites [1] with a quotation that is not in any passage
    empty           only whitespace
    think           a <think>...</think> block before the normal answer

Setting `reply_text` replaces the answer text of normal, slow_stream, drop and no_finish.

Use the `llm_server` fixture: `from fake_openai import llm_server_fixture  # noqa: F401`.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

BEHAVIOURS = (
    "normal", "slow", "slow_stream", "http_500", "http_401", "refusal", "content_filter",
    "drop", "no_finish", "fabricated", "empty", "think",
)
FABRICATED = "Always confront them firmly until they agree to every treatment."
_PASSAGE = re.compile(r"^\[(\d+)\] [^\n]*\n(.*?)(?=\n\n\[\d+\] |\n</passages>)", re.DOTALL | re.MULTILINE)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")


@dataclass
class Recorded:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]  # names lower-cased
    body: dict[str, Any]

    @property
    def text(self) -> str:
        """Every message's content, joined: what the model would have read."""
        return "\n".join(str(m.get("content", "")) for m in self.body.get("messages", []))


@dataclass
class FakeOpenAI:
    """The running server; set `behaviour` before a call, read `requests` after."""

    host: str = "127.0.0.1"
    port: int = 0
    behaviour: str = "normal"
    delay: float = 2.0  # how long `slow` and `slow_stream` stall
    reply_text: str | None = None  # when set, the answer text for every behaviour that answers
    requests: list[Recorded] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def start(self) -> FakeOpenAI:
        fake = self

        class Handler(_Handler):
            server_state = fake

        self._server = ThreadingHTTPServer((self.host, 0), Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


def normal_reply(body: dict[str, Any]) -> str:
    """Name the passages received and quote the first full sentence of passage 1 exactly."""
    user = next((m["content"] for m in body.get("messages", []) if m.get("role") == "user"), "")
    passages = {int(n): text for n, text in _PASSAGE.findall(user)}
    if not passages:
        return "The guidance passages were missing, so there is nothing to answer from."
    first = passages.get(1, next(iter(passages.values())))
    sentence = next((s.strip() for s in _SENTENCE.findall(first) if len(s.split()) >= 5),
                    first.strip())
    cited = ", ".join(f"[{n}]" for n in sorted(passages))
    return (
        f"Here is what the guidance says about this [1]. I was given passages {cited}. "
        f"In its own words: \u201c{sentence}\u201d [1] "
        "Take it one conversation at a time, and keep listening more than you talk [1]."
    )


def rewrite_reply(body: dict[str, Any]) -> str:
    """A plausible standalone query, with the label and quotes real models often add."""
    user = next((m["content"] for m in body.get("messages", []) if m.get("role") == "user"), "")
    latest = re.search(r"<latest>\n?(.*?)\n?</latest>", user, re.DOTALL)
    earlier = re.findall(r"^- (.*)$", user, re.MULTILINE)
    words = " ".join([*(earlier[-1:]), latest.group(1) if latest else ""]).strip()
    return f'Search query: "{words}"\n'


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_state: FakeOpenAI

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except ConnectionError:
            pass  # the client closed a kept-alive connection or gave up mid-answer

    def do_POST(self) -> None:
        fake = self.server_state
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b"{}"
        try:
            body = json.loads(raw)
        except ValueError:
            body = {}
        fake.requests.append(Recorded(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
        behaviour = fake.behaviour
        try:
            if self.path.rstrip("/") != "/v1/chat/completions":
                return self._json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})
            if behaviour == "slow":
                time.sleep(fake.delay)
            if behaviour == "http_500":
                return self._json(500, {"error": {"message": "The server had an error", "type": "server_error"}})
            if behaviour == "http_401":
                key = self.headers.get("Authorization", "").removeprefix("Bearer ")
                return self._json(401, {"error": {"message": f"Incorrect API key provided: {key}",
                                                  "type": "invalid_request_error",
                                                  "code": "invalid_api_key"}})
            if body.get("stream"):
                self._stream(behaviour, body)
            else:
                self._complete(behaviour, body)
        except ConnectionError:
            pass  # the client gave up (a timeout test); nothing to do

    def _text_for(self, behaviour: str, body: dict[str, Any]) -> tuple[str, str | None]:
        custom = self.server_state.reply_text
        if custom is not None and behaviour in ("normal", "slow_stream", "drop", "no_finish"):
            return custom, "stop"
        if behaviour == "refusal":
            return "I'm sorry, but I can't help with that request.", "stop"
        if behaviour == "empty":
            return "  \n ", "stop"
        if behaviour == "fabricated":
            return f"The guidance is clear: \u201c{FABRICATED}\u201d [1] That is the way.", "stop"
        if behaviour == "content_filter":
            return "Here is the start of an answer that", "content_filter"
        if behaviour == "think":
            return "<think>\nThe user asks about refusal. Passage 1 fits.\n</think>\n\n" + normal_reply(body), "stop"
        return normal_reply(body), "stop"

    def _complete(self, behaviour: str, body: dict[str, Any]) -> None:
        messages = body.get("messages", [])
        is_rewrite = bool(messages) and "standalone search query" in str(messages[0].get("content", ""))
        text, finish = self._text_for(behaviour, body)
        if is_rewrite and behaviour in ("normal", "slow") and self.server_state.reply_text is None:
            text = rewrite_reply(body)
        self._json(200, {
            "id": "chatcmpl-fake", "object": "chat.completion", "created": 0,
            "model": body.get("model", "fake"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": finish}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        })

    def _stream(self, behaviour: str, body: dict[str, Any]) -> None:
        text, finish = self._text_for(behaviour, body)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        model = body.get("model", "fake")
        self._event({"role": "assistant", "content": ""}, None, model)
        pieces = [text[i : i + 12] for i in range(0, len(text), 12)]
        for i, piece in enumerate(pieces):
            self._event({"content": piece}, None, model)
            if behaviour == "slow_stream" and i == 0:
                time.sleep(self.server_state.delay)
            if behaviour == "drop" and i == 3:
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
        if behaviour == "no_finish":
            self._chunk(b"")
            return
        self._event({}, finish, model)
        self._chunk(b"data: [DONE]\n\n")
        self._chunk(b"")

    def _event(self, delta: dict[str, Any], finish: str | None, model: str) -> None:
        payload = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0,
                   "model": model,
                   "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        self._chunk(f"data: {json.dumps(payload)}\n\n".encode())

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _json(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def closed_port() -> int:
    """A loopback port with nothing listening on it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(name="llm_server")
def llm_server_fixture():
    """A fresh fake OpenAI-compatible server for one test."""
    fake = FakeOpenAI().start()
    try:
        yield fake
    finally:
        fake.stop()
