"""The web app's handlers and start-up: plain functions that take what a page sends and yield
what it shows. `app.py` wires them into Gradio.

Nothing here keeps a conversation: each browser session carries its own in a `gr.State`
(a plain dict made by `new_conversation`), so one person's messages never reach another's page.
Message text is never logged.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import logging
import os
import re
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from alongside.errors import AlongsideError, ConfigError
from alongside.settings import REPO_ROOT, Settings

if TYPE_CHECKING:
    from alongside.reply import Reply, Source
    from alongside.resources import RegionResources, Resource
    from alongside.turn import Assistant

log = logging.getLogger("alongside.web")

# Gradio checks this when it is imported; set it before anything imports gradio.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

# Answers are CPU-bound (embedding and ranking); a few at once keeps each one quick while
# the queue holds the rest, so everyone is answered in turn.
CONCURRENCY = 4

# What the guidance covers: no insight, fear of a diagnosis, side effects, not ready for change,
# and where to turn in an emergency.
EXAMPLES = [
    "My son is in denial about his symptoms. What can I do?",
    "My sister is afraid of a diagnosis. How can I talk with her?",
    "He hates the side effects of his medication. How can I help?",
    "My daughter isn't ready for change. What small steps help?",
    "Who can we call in a mental health emergency?",
]
COUNSELOR_EXAMPLES = [
    ["I stopped taking my meds. I don't feel like myself on them.", ""],
    ["Everyone keeps telling me I need pills. It's my life, I'll decide.",
     "Third session; client was prescribed an antidepressant by their GP two months ago."],
]
DRAFT_KINDS = (
    "simple_reflection", "complex_reflection", "double_sided_reflection", "open_question",
)
DRAFT_LABELS = {
    "simple_reflection": "Simple reflection",
    "complex_reflection": "Complex reflection",
    "double_sided_reflection": "Double-sided reflection",
    "open_question": "Open question",
}
UNAVAILABLE = (
    "Alongside could not start its guidance library, so it cannot answer yet. "
    "The message at the top of the page says what went wrong and how to fix it."
)


# ---------------------------------------------------------------- start-up


@dataclass
class Startup:
    """What the app starts with: a loaded assistant, or the reason it could not load one."""

    settings: Settings
    assistant: Assistant | None = None
    error: str | None = None  # what went wrong and what to do, shown at the top of the page
    warning: str | None = None  # the index could not be refreshed (an older one may still serve)


def start(settings: Settings, progress: bool = True, out=None) -> Startup:
    """Bring the index up to date (a quick no-op when nothing changed), then load the assistant.

    An AlongsideError never stops the app: it is printed to the terminal with its fix, and the
    page shows it instead of answers.
    """
    from ingest.pipeline import ingest

    out = out or sys.stderr
    startup = Startup(settings)
    try:
        print(f"alongside: checking the guidance index in {settings.data_dir} ...", file=out,
              flush=True)
        summary = ingest(settings, progress=progress)
        if summary.changed or summary.skipped:
            print(summary.render(), file=out, flush=True)
    except AlongsideError as exc:
        startup.warning = f"The guidance index could not be updated: {exc}"
        print(f"alongside: warning: {startup.warning}", file=out, flush=True)
    try:
        from alongside.turn import Assistant

        startup.assistant = Assistant.load(settings)
    except AlongsideError as exc:
        startup.error = str(exc)
        print(f"alongside: error: {exc}", file=out, flush=True)
    return startup


def load_app_module():
    """The page's layout lives in the repository's app.py; `alongside serve` loads it by path."""
    path = REPO_ROOT / "app.py"
    if "app" in sys.modules and getattr(sys.modules["app"], "__file__", None) == str(path):
        return sys.modules["app"]
    if not path.is_file():
        raise ConfigError(f"the web page is missing ({path} not found): run Alongside from its "
                          "repository")
    spec = importlib.util.spec_from_file_location("app", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["app"] = module
    spec.loader.exec_module(module)
    return module


def serve(settings: Settings, *, port: int | None = None, progress: bool = True, app=None) -> int:
    """Start-up, build the page and serve until interrupted."""
    app = app or load_app_module()
    port = port if port is not None else settings.port
    # A malformed ALONGSIDE_AUTH or a busy port stops here, before the slow part.
    settings.auth_pairs()
    _check_port(settings.host, port)
    startup = start(settings, progress=progress)
    demo = app.build_app(startup)
    print(f"alongside: serving on http://{settings.host}:{port} (press Ctrl+C to stop)",
          file=sys.stderr, flush=True)
    app.launch(demo, settings, port=port, quiet=True)
    return 0


def _check_port(host: str, port: int) -> None:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will
        try:
            s.bind((host, port))
        except OSError as exc:
            raise ConfigError(
                f"cannot serve on {host}:{port} ({exc.strerror or exc}): stop whatever uses that "
                "port, or choose another with --port or ALONGSIDE_PORT"
            ) from None


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    if args.host or args.port:
        settings = settings.model_copy(update={k: v for k, v in
                                               (("host", args.host), ("port", args.port)) if v})
    return serve(settings, progress=not args.quiet)


def register(subparsers) -> None:
    """Add `alongside serve` to the command line."""
    p = subparsers.add_parser("serve", help="serve the web app (default http://127.0.0.1:7860)")
    p.add_argument("--host", help="address to bind (default: ALONGSIDE_HOST or 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default: ALONGSIDE_PORT or 7860)")
    p.add_argument("--quiet", action="store_true", help="no ingest progress bar")
    p.set_defaults(func=cmd_serve)


def free_port(host: str = "127.0.0.1") -> int:
    """A loopback port nobody is listening on right now."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- conversations


class AskView(NamedTuple):
    """What the Ask tab shows after an update (in the order app.py wires the outputs)."""

    card: str  # crisis card HTML, "" when the conversation has had no crisis
    chat: list  # the messages shown, {"role", "content"}
    conversation: dict  # the session's state (see new_conversation)
    box: str  # what stays in the question box
    hint: str  # a gentle line under the box (empty message, start-up problem)


class CounselView(NamedTuple):
    """What the Counselor tab shows for one statement."""

    card: str
    simple_reflection: str
    complex_reflection: str
    double_sided_reflection: str
    open_question: str
    strategies: str  # HTML: the fitting strategies, with their sources
    hint: str


def new_conversation() -> dict[str, Any]:
    """One session's conversation: what the chat shows, what the turn sees, the crisis card."""
    return {"chat": [], "history": [], "card": ""}


def ask(assistant: Assistant | None, message: str,
        conversation: dict[str, Any] | None) -> Iterator[AskView]:
    """Answer a family question, streaming: each update is an `AskView`.

    The crisis card arrives with the first update of the turn, before any answer text; for an
    emergency it comes alone. A failure mid-turn still shows the card when one is due.
    """
    conv = _copy(conversation)
    if assistant is None:
        yield AskView(conv["card"], conv["chat"], conv, message, UNAVAILABLE)
        return
    message = message if isinstance(message, str) else ""
    earlier = conv["history"]
    if not message.strip():
        reply = next(assistant.stream(message, earlier, "family"))
        conv["card"] = card_html(reply) or conv["card"]
        yield AskView(conv["card"], conv["chat"], conv, "", reply.answer)
        return

    chat = [*conv["chat"], {"role": "user", "content": message}]
    history = [*earlier, {"role": "user", "content": message}]
    conv.update(chat=chat, history=history)
    yield _view(conv)  # the message at once; the answer follows
    bubble: dict[str, str] | None = None
    try:
        for reply in assistant.stream(message, earlier, "family"):
            conv["card"] = card_html(reply)
            if reply.screening.level == "emergency" or (reply.done and not reply.answer):
                break  # the card alone: nothing is answered for a message in danger
            if bubble is None:
                bubble = {"role": "assistant", "content": ""}
                chat.append(bubble)
            bubble["content"] = render_answer(reply) if reply.done else reply.answer
            if reply.done:  # the turn sees the plain answer; the page keeps its rendering
                history.append({"role": "assistant", "content": reply.answer})
            yield _view(conv)
    except Exception as exc:  # the page says so, and the card still shows when it is due
        yield _failed(assistant, conv, bubble, exc)
        return
    if bubble is None:
        yield _view(conv)


def _view(conv: dict[str, Any], hint: str = "") -> AskView:
    """A snapshot of the conversation for the page (later updates do not change it)."""
    snapshot = _copy(conv)
    snapshot["chat"] = [dict(m) for m in snapshot["chat"]]
    return AskView(snapshot["card"], snapshot["chat"], snapshot, "", hint)


def _failed(assistant: Assistant, conv: dict[str, Any], bubble: dict | None,
            exc: Exception) -> AskView:
    log.error("answering failed (%s)", type(exc).__name__)  # never the message text
    if bubble is not None:
        conv["chat"].remove(bubble)
    try:  # an empty turn over the conversation so far yields just its card, if it needs one
        conv["card"] = card_html(next(assistant.stream("", conv["history"], "family")))
    except Exception:  # noqa: BLE001
        log.error("the crisis screen failed too")
    return _view(conv, failure_text(exc))


def failure_text(exc: Exception) -> str:
    """What the page says when a turn fails: the error's own words when it is ours."""
    if isinstance(exc, AlongsideError):
        return f"Alongside could not answer: {exc}."
    return ("Alongside could not answer just now. Please ask again in a moment. If anyone is in "
            "danger, the crisis lines at the bottom of the page are there right now.")


def clear() -> AskView:
    """A fresh conversation: no messages, no card."""
    return AskView("", [], new_conversation(), "", "")


def counsel(assistant: Assistant | None, statement: str, context: str = "") -> CounselView:
    """Draft responses to what a client said.

    The optional context (a note on the client or the session) is used like an earlier message:
    it shapes the search, and it is screened too.
    """
    if assistant is None:
        return CounselView("", "", "", "", "", "", UNAVAILABLE)
    statement = statement if isinstance(statement, str) else ""
    context = context.strip() if isinstance(context, str) else ""
    history = [{"role": "user", "content": context}] if context else []
    try:
        reply = assistant.turn(statement, history, "counselor")
    except Exception as exc:  # the page says so, and the card still shows when it is due
        log.error("drafting failed (%s)", type(exc).__name__)
        try:
            card = card_html(assistant.turn("", [*history, {"role": "user", "content": statement}],
                                            "counselor"))
        except Exception:  # noqa: BLE001
            card = ""
        return CounselView(card, "", "", "", "", "", failure_text(exc))
    card = card_html(reply)
    if not statement.strip():
        return CounselView(card, "", "", "", "", "", reply.answer)
    if reply.screening.level == "emergency":
        return CounselView(card, "", "", "", "", "", (
            "This statement screens as an emergency: act on the safety card first. "
            "No drafts are offered for it."))
    drafts = {d.kind: d.text for d in reply.drafts}
    hint = "" if reply.covered else reply.answer
    if card:
        hint = ("This statement screens as a possible crisis: check safety first (see the card). "
                + hint).strip()
    return CounselView(card, *(drafts.get(k, "") for k in DRAFT_KINDS), render_strategies(reply),
                       hint)


# ---------------------------------------------------------------- rendering


def card_html(reply: Reply) -> str:
    """The crisis card for the page, or "" when the conversation has had no crisis."""
    if reply.card is None:
        return ""
    return f'<div class="al-card-wrap">{reply.card.to_html()}</div>'


def answerer_status(settings: Settings) -> str:
    """Which answerer serves, said plainly."""
    if settings.llm_enabled:
        return (f"Answers are written by the chat model <strong>{_e(settings.model or '')}"
                "</strong> from the guidance, with citations. If the model cannot be reached, "
                "Alongside quotes the guidance directly and says so.")
    return ("Answers quote the guidance word for word (offline; no chat model is configured), "
            "with the passages they come from.")


def render_answer(reply: Reply) -> str:
    """A finished family answer as one message: text, notices, sources, what was searched for."""
    parts = [reply.answer.strip()]
    meta = render_meta(reply)
    if meta:
        parts.append(meta)
    if reply.sources:
        parts.append(render_sources(reply.sources, reply.query))
    elif reply.query:
        parts.append(f'<p class="al-searched">Searched for: <q>{_e(reply.query)}</q></p>')
    return "\n\n".join(p for p in parts if p)


def render_meta(reply: Reply, who: bool = True) -> str:
    """Notices (fallbacks, cut messages, citation problems) and who answered."""
    items = [f'<li class="al-notice">{_e(n)}</li>' for n in reply.notices]
    if who and reply.covered and reply.sources:
        if reply.answerer == "extractive":
            by = "Quoted from the guidance (offline answer)."
        else:
            by = f"Written by the chat model {_e(reply.answerer)} from the passages below."
        items.append(f'<li class="al-who">{by}</li>')
    if not items:
        return ""
    return f'<ul class="al-meta" aria-label="About this answer">{"".join(items)}</ul>'


def render_sources(sources: list[Source], query: str = "") -> str:
    """The passages behind an answer, each expandable, with what was searched for.

    One line of HTML with no blank lines, so the chat's Markdown keeps it whole.
    """
    rows = []
    for s in sources:
        summary = (
            f'<span class="al-n">[{s.n}]</span> '
            f'<span class="al-where">{_e(s.section_label)}</span>'
            f'<span class="al-doc-line">{_e(s.title)} · {_e(s.publisher)}</span>'
        )
        rows.append(
            f'<details class="al-source"><summary>{summary}</summary>'
            f'<div class="al-passage">{passage_html(s.text)}</div></details>'
        )
    searched = (f'<p class="al-searched">Searched for: <q>{_e(query)}</q></p>' if query else "")
    return (f'<div class="al-sources"><p class="al-sources-head">Sources</p>'
            f'{"".join(rows)}{searched}</div>')


_HEADING = re.compile(r"^#{1,6}\s+")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def passage_html(text: str) -> str:
    """A passage as readable HTML: headings bold, line breaks kept, everything escaped."""
    lines = []
    for line in text.strip().splitlines():
        if not line.strip():
            lines.append("")
            continue
        if _HEADING.match(line):
            lines.append(f"<strong>{_e(_HEADING.sub('', line))}</strong>")
        elif _LIST.match(line):
            lines.append("• " + _e(_LIST.sub("", line)))
        else:
            lines.append(_e(line))
    out = "<br>".join(lines)
    return re.sub(r"(<br>){3,}", "<br><br>", out)


def render_strategies(reply: Reply) -> str:
    """The strategies from the guidance that fit, each with the passages it cites."""
    by_n = {s.n: s for s in reply.sources}
    items = []
    for d in reply.drafts:
        if d.kind in DRAFT_KINDS:
            continue
        when, *quotes = d.text.split("\n")
        said = "".join(f'<blockquote class="al-quote">{_e(q)}</blockquote>' for q in quotes if q)
        items.append(f'<li><div class="al-strategy-name">{_e(d.label)}</div>'
                     f'<div class="al-when">{_e(when)}</div>{said}</li>')
    head = ""
    if items:
        head = f'<ul class="al-strategies">{"".join(items)}</ul>'
    elif reply.answer and reply.covered:
        head = f'<div class="al-guidance">{passage_html(reply.answer)}</div>'
    cited = {n for d in reply.drafts for n in d.citations}
    shown = [by_n[n] for n in sorted(cited) if n in by_n] or reply.sources
    sources = render_sources(shown, reply.query) if shown else ""
    notices = render_meta(reply, who=False)
    return "".join(p for p in (head, notices, sources) if p)


def render_documents(records: list[dict]) -> str:
    """The indexed guidance as a browsable list (the Sources tab)."""
    if not records:
        return ('<p class="al-empty">No guidance is indexed yet. Run <code>alongside ingest</code> '
                "and restart.</p>")
    rows = []
    for r in records:
        sections = document_sections(r.get("text", ""))
        section_list = "".join(f'<li class="al-depth-{d}">{_e(t)}</li>' for d, t in sections)
        facts = [
            ("Publisher", r.get("publisher")),
            ("Written for", {"family": "families", "counselor": "counselors"}.get(
                r.get("audience", ""), r.get("audience"))),
            ("Author", r.get("author")),
            ("Published", r.get("date")),
            ("Reviewed", r.get("reviewed")),
        ]
        dl = "".join(f"<dt>{k}</dt><dd>{_e(str(v))}</dd>" for k, v in facts if v)
        rows.append(
            f'<details class="al-doc"><summary>'
            f'<span class="al-title">{_e(r.get("title", ""))}</span>'
            f'<span class="al-pub">{_e(r.get("publisher", ""))}</span></summary>'
            f'<dl class="al-facts">{dl}</dl>'
            f'<p class="al-sections-head">Sections</p><ul class="al-sections">{section_list}</ul>'
            "</details>"
        )
    return f'<div class="al-docs">{"".join(rows)}</div>'


def document_sections(text: str) -> list[tuple[int, str]]:
    """(depth, heading) for a document's section headings below its title."""
    out = []
    for line in text.splitlines():
        m = re.match(r"^(#{2,4})\s+(.+?)\s*#*\s*$", line)
        if m:
            out.append((len(m.group(1)) - 1, m.group(2)))
    return out


ROLE_LABELS = {"emergency": "Emergency", "crisis": "Crisis line", "support": "Support line"}
_NEW_TAB = ' target="_blank" rel="noopener noreferrer"'


def render_resources(resources: RegionResources | None) -> str:
    """The crisis lines for the configured region (the Sources tab), with tap-to-call links."""
    if resources is None:
        return ('<p class="al-empty">The crisis lines for this region could not be loaded. '
                "In the US, call 911 in an emergency, or call or text 988.</p>")
    rows = []
    for r in resources.resources:
        links = "".join(
            f'<a class="al-reach" href="{_e(c.href)}"{_NEW_TAB if c.method == "chat" else ""}>'
            f"{_e(c.label)}</a>"
            for c in r.contacts
        )
        facts = [("When", r.when), ("Who", r.serves), ("Hours", r.hours),
                 ("Languages", ", ".join(r.languages)),
                 ("Checked", r.last_verified.isoformat())]
        dl = "".join(f"<dt>{k}</dt><dd>{_e(v)}</dd>" for k, v in facts if v)
        others = (' <span class="al-tag">also for worry about someone else</span>'
                  if r.for_others else "")
        rows.append(
            f'<li class="al-resource al-role-{_e(r.role)}"><div class="al-resource-head">'
            f'<span class="al-title">{_e(r.service)}</span> '
            f'<span class="al-tag">{_e(ROLE_LABELS.get(r.role, r.role))}</span>{others}</div>'
            f'<div class="al-reach-row">{links}</div><dl class="al-facts">{dl}</dl></li>'
        )
    return (f'<div class="al-resources"><p>{_e(resources.name)}</p>'
            f'<ul class="al-resource-list">{"".join(rows)}</ul></div>')


def footer_text(resources: RegionResources | None = None) -> str:
    """The line under every page, naming the region's emergency number and crisis line."""
    head = "Alongside is not a substitute for professional care."
    if resources is None:
        return f"{head} In an emergency call 911, or call or text 988."
    return (f"{head} In an emergency call {resources.emergency.short}, or "
            f"{_reach(resources.crisis_line)}.")


def _reach(resource: Resource) -> str:
    methods = {c.method for c in resource.contacts}
    verb = ("call or text" if {"call", "text"} <= methods
            else "text" if "text" in methods else "call")
    return f"{verb} {resource.short}"


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]).rstrip(".") + "." if text else ""


def _copy(conversation: dict[str, Any] | None) -> dict[str, Any]:
    conv = conversation if isinstance(conversation, dict) else {}
    return {
        "chat": list(conv.get("chat") or []),
        "history": list(conv.get("history") or []),
        "card": conv.get("card") or "",
    }


def _e(text: str) -> str:
    return html.escape(text or "", quote=True)



def documents(settings: Settings) -> list[dict]:
    """Every indexed document's record (title, publisher, audience, dates, clean text)."""
    from ingest.docstore import DocStore

    return DocStore(settings.data_dir).all()


def region_resources(settings: Settings) -> RegionResources | None:
    """The crisis resources for the configured region, when the assistant could not load."""
    from alongside.resources import load_resources

    try:
        return load_resources(settings.region)
    except AlongsideError:
        return None


def problem_html(startup: Startup) -> str:
    """The start-up problem, at the top of the page, with what to do about it."""
    if startup.error:
        cause = f"<br>{_e(startup.warning)}" if startup.warning else ""
        return (
            '<div class="al-problem" role="alert"><strong>Alongside cannot answer questions yet.'
            f"</strong>{_e(_sentence(startup.error))}{cause}<br>Fix that, then restart Alongside "
            "(<code>python app.py</code> or <code>alongside serve</code>). In an emergency, the "
            "crisis lines at the bottom of the page are always there.</div>"
        )
    if startup.warning:
        return (f'<div class="al-problem" role="status"><strong>Answering from the existing index.'
                f"</strong>{_e(startup.warning)}</div>")
    return ""
