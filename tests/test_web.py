"""The web app: its handlers, and a real Gradio server asked through gradio_client.

Real parts throughout: the packaged embedding model, an embedded Chroma index built once per
test session in its own temp folder, and Gradio serving on a free loopback port.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import urllib.request
from typing import NamedTuple

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import pytest
from fake_openai import closed_port, llm_server_fixture  # noqa: F401  (the llm_server fixture)

from alongside import web
from alongside.errors import IndexCorruptError
from alongside.reply import Source
from alongside.settings import Settings, load_settings

pytestmark = [
    pytest.mark.slow,
    # Gradio's queue calls pandas options that pandas 3 deprecates; nothing Alongside can change.
    pytest.mark.filterwarnings("ignore:.*no_silent_downcasting"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]

FAMILY_Q = "My husband stopped his medication because of the side effects. How can I support him?"
COUNSELOR_Q = "I stopped taking my meds. I don't feel like myself on them."
EMERGENCY_Q = "My son just told me he is going to kill himself tonight."
FOLLOW_UP_Q = "What should I say to him about getting treatment?"


# ---------------------------------------------------------------- fixtures


def index_settings(tmp_path_factory, **overrides) -> Settings:
    """Settings on an index of the bundled corpus, built once per test session."""
    data = tmp_path_factory.getbasetemp() / "web-index"
    values = {"data_dir": data, "model": None, "chroma_url": None, "auth": None, "region": "US",
              "_env_file": None}
    values.update(overrides)
    return load_settings(**values)


@pytest.fixture(scope="module")
def startup(tmp_path_factory) -> web.Startup:
    st = web.start(index_settings(tmp_path_factory), progress=False)
    assert st.error is None, st.error
    return st


@pytest.fixture(scope="module")
def assistant(startup):
    return startup.assistant


def serve(startup: web.Startup):
    """Launch the page in this process on a free loopback port; returns (demo, url)."""
    app = web.load_app_module()
    demo = app.build_app(startup)
    port = web.free_port()
    app.launch(demo, startup.settings, port=port, prevent_thread_lock=True, quiet=True)
    return demo, f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="module")
def server(startup):
    demo, url = serve(startup)
    yield url
    demo.close()


def client(url: str, **kw):
    from gradio_client import Client

    return Client(url, verbose=False, analytics_enabled=False, download_files=False, **kw)


class Page(NamedTuple):
    """The Ask endpoint's outputs as gradio_client returns them (the session state stays put)."""

    card: str
    chat: list
    box: str
    hint: str


def ask_api(c, message: str) -> Page:
    return Page(*c.predict(message, api_name="/ask"))


def text_of(message: dict) -> str:
    """A chat message's text, whether it came back as a string or as content parts."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    return "".join(p.get("text", "") for p in content or () if isinstance(p, dict))


def answers(chat: list[dict]) -> list[str]:
    return [text_of(m) for m in chat if m.get("role") == "assistant"]


def searched_for(answer: str) -> str:
    m = re.search(r"Searched for: <q>(.*?)</q>", answer)
    return m.group(1) if m else ""


# ---------------------------------------------------------------- handlers


def test_ask_streams_the_answer_with_its_sources(assistant):
    updates = list(web.ask(assistant, FAMILY_Q, None))
    assert len(updates) >= 3  # the message at once, then the answer as it grows
    first, last = updates[0], updates[-1]
    assert first.chat == [{"role": "user", "content": FAMILY_Q}]
    assert first.box == "" and first.card == ""
    answer = text_of(last.chat[-1])
    assert last.chat[-1]["role"] == "assistant"
    assert "side effects" in answer.lower()
    assert '<details class="al-source">' in answer and "Akin Mental Health" in answer
    assert "Searched for:" in answer and "Quoted from the guidance" in answer
    # The turn sees plain text; the page keeps its own rendering.
    history = last.conversation["history"]
    assert history[0] == {"role": "user", "content": FAMILY_Q}
    assert "<details" not in history[1]["content"]


def test_emergency_gets_the_card_alone(assistant):
    view = list(web.ask(assistant, EMERGENCY_Q, None))[-1]
    assert 'role="alert"' in view.card
    assert "tel:988" in view.card and "sms:988" in view.card and "911" in view.card
    assert [m["role"] for m in view.chat] == ["user"]  # no answer text at all
    assert view.conversation["card"] == view.card
    # The card stays for the rest of the conversation.
    later = list(web.ask(assistant, FOLLOW_UP_Q, view.conversation))[-1]
    assert 'role="alert"' in later.card and "tel:988" in later.card
    assert later.chat[-1]["role"] == "assistant" and text_of(later.chat[-1])


def test_clear_resets_the_card_and_the_conversation(assistant):
    old = list(web.ask(assistant, EMERGENCY_Q, None))[-1].conversation
    fresh = web.clear()
    assert fresh == web.AskView("", [], web.new_conversation(), "", "")
    assert old["card"]  # the old one is untouched: it belongs to its own session
    assert list(web.ask(assistant, FAMILY_Q, fresh.conversation))[-1].card == ""


def test_empty_message_gets_a_gentle_prompt(assistant):
    view = list(web.ask(assistant, "   ", None))[-1]
    assert view.chat == [] and "question" in view.hint.lower()


def test_huge_paste_is_cut_with_a_notice(assistant):
    huge = (FAMILY_Q + " ") * 200
    assert len(huge) > assistant.settings.max_message_chars
    answer = text_of(list(web.ask(assistant, huge, None))[-1].chat[-1])
    assert 'class="al-notice"' in answer and "only its first" in answer


def test_dead_chat_model_falls_back_and_says_so(assistant):
    from alongside.llm import ChatModelAnswerer
    from alongside.turn import Assistant

    settings = assistant.settings.model_copy(update={
        "model": "test-model",
        "openai_base_url": f"http://127.0.0.1:{closed_port()}/v1",
        "llm_timeout": 2.0,
    })
    with_model = Assistant(settings, assistant.retriever, ChatModelAnswerer(settings))
    assert "test-model" in web.answerer_status(settings)
    answer = text_of(list(web.ask(with_model, FAMILY_Q, None))[-1].chat[-1])
    assert "chat model was unavailable" in answer
    assert "Quoted from the guidance" in answer


def test_a_named_chat_model_says_it_wrote_the_answer(assistant, llm_server):
    from alongside.llm import ChatModelAnswerer
    from alongside.turn import Assistant

    settings = assistant.settings.model_copy(update={
        "model": "fake-model", "openai_base_url": llm_server.base_url, "llm_timeout": 10.0})
    with_model = Assistant(settings, assistant.retriever, ChatModelAnswerer(settings))
    updates = list(web.ask(with_model, FAMILY_Q, None))
    answer = text_of(updates[-1].chat[-1])
    assert "Written by the chat model fake-model" in answer and "al-source" in answer
    assert len(llm_server.requests) == 1
    # A crisis never reaches the model: the card comes alone.
    crisis = list(web.ask(with_model, EMERGENCY_Q, None))[-1]
    assert crisis.card and len(llm_server.requests) == 1


def test_counsel_drafts_each_kind_with_strategies(assistant):
    view = web.counsel(assistant, COUNSELOR_Q)
    assert view.card == "" and view.hint == ""
    for draft in (view.simple_reflection, view.complex_reflection, view.double_sided_reflection,
                  view.open_question):
        assert draft.strip()
    assert view.open_question.rstrip().endswith("?")
    assert '<details class="al-source">' in view.strategies and "Modalia" in view.strategies
    assert 'class="al-quote"' in view.strategies


def test_counsel_flags_a_crisis_and_offers_no_drafts_in_an_emergency(assistant):
    view = web.counsel(assistant, "I am going to kill myself tonight.", "")
    assert 'role="alert"' in view.card and "988" in view.card
    assert not any(view[1:6]) and "emergency" in view.hint


def test_counsel_shows_the_card_and_drafts_for_a_concern(assistant):
    view = web.counsel(assistant, "I stopped my meds and I feel hopeless, nothing will change.")
    assert 'role="alert"' in view.card and "safety" in view.hint
    assert view.simple_reflection


def test_counsel_context_shapes_the_search(assistant):
    plain = assistant.turn("She won't take them.", [], "counselor").query
    with_context = assistant.turn(
        "She won't take them.",
        [{"role": "user", "content": "Client stopped her antidepressant because of side effects."}],
        "counselor",
    ).query
    assert plain != with_context
    view = web.counsel(assistant, "She won't take them.",
                       "Client stopped her antidepressant because of side effects.")
    assert "cover" not in view.hint


def test_without_an_assistant_the_page_says_so():
    view = list(web.ask(None, FAMILY_Q, None))[-1]
    assert view.hint == web.UNAVAILABLE and view.chat == []
    assert web.counsel(None, COUNSELOR_Q).hint == web.UNAVAILABLE


def test_message_text_is_never_logged(assistant, caplog, capsys):
    secret = "Zanzibar-7 my brother refuses his medication"
    with caplog.at_level(logging.DEBUG):
        list(web.ask(assistant, secret, None))
        web.counsel(assistant, secret)
    out = capsys.readouterr()
    assert "Zanzibar" not in caplog.text + out.out + out.err


def _source(text: str, **kw) -> Source:
    values = {"n": 1, "chunk_id": "d:1", "doc_id": "d", "title": "Title <b>",
              "publisher": "Pub & Co", "audience": "family", "section": ("Part", "Step <1>"),
              "text": text, "start": 0, "end": len(text), "score": 0.1, "similarity": 0.5}
    values.update(kw)
    return Source(**values)


def test_sources_are_escaped_expandable_and_one_block():
    html = web.render_sources([_source("## Heading\nLine <script>alert(1)</script>\n\n- item")],
                              "what <i>")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<details" in html and "<summary>" in html
    assert "\n" not in html  # Markdown must not split it
    assert "<strong>Heading</strong>" in html and "• item" in html
    assert "Part › Step &lt;1&gt;" in html and "Pub &amp; Co" in html
    assert "Searched for: <q>what &lt;i&gt;</q>" in html


def test_documents_list_shows_sections_and_dates(startup):
    records = web.documents(startup.settings)
    assert {r["doc_id"] for r in records} >= {"akin-refusing-treatment",
                                              "modalia-medication-refusal"}
    html = web.render_documents(records)
    assert "Akin Mental Health" in html and "Reviewed" in html and "2026-11-23" in html
    assert "Your loved one is afraid to be labeled with a diagnosis" in html
    assert "families" in html and "counselors" in html
    assert "No guidance is indexed" in web.render_documents([])


def test_document_sections_skip_the_title():
    text = "# Title\n\nIntro\n\n## One\n\ntext\n\n### One.a\n\n## Two ##\n"
    assert web.document_sections(text) == [(1, "One"), (2, "One.a"), (1, "Two")]


def test_resources_and_footer_name_the_lines(startup):
    from alongside.resources import load_resources

    html = web.render_resources(startup.assistant.resources)
    assert 'href="tel:988"' in html and 'href="sms:988"' in html and 'href="sms:741741"' in html
    assert "NAMI HelpLine" in html and "Checked" in html
    footer = web.footer_text(startup.assistant.resources)
    assert footer == ("Alongside is not a substitute for professional care. "
                      "In an emergency call 911, or call or text 988.")
    assert "call 999" in web.footer_text(load_resources("GB"))  # it follows the region
    assert "could not be loaded" in web.render_resources(None)


class _BrokenRetriever:
    size = 1

    def search(self, *args, **kwargs):
        raise IndexCorruptError("the index cannot be read: run `alongside ingest --rebuild`")


def test_a_failing_turn_says_so_and_still_shows_the_card(assistant):
    from alongside.turn import Assistant

    broken = Assistant(assistant.settings, _BrokenRetriever())
    worry = "My daughter said she wishes she could just disappear forever. What do I do?"
    view = list(web.ask(broken, worry, None))[-1]
    assert 'role="alert"' in view.card
    assert "alongside ingest --rebuild" in view.hint
    assert [m["role"] for m in view.chat] == ["user"]
    plain = list(web.ask(broken, FAMILY_Q, None))[-1]
    assert plain.card == "" and "could not answer" in plain.hint
    drafted = web.counsel(broken, "I stopped my meds and I feel hopeless, nothing will change.")
    assert 'role="alert"' in drafted.card and "could not answer" in drafted.hint


def test_start_without_an_index_or_corpus_reports_the_fix(tmp_path, capsys):
    settings = load_settings(data_dir=tmp_path / "empty", corpus_paths=[tmp_path / "missing"],
                             model=None, chroma_url=None, _env_file=None)
    st = web.start(settings, progress=False)
    assert st.assistant is None and st.error
    assert "alongside ingest" in st.error
    err = capsys.readouterr().err
    assert "alongside: error:" in err and "alongside ingest" in err
    page = web.problem_html(st)
    assert 'role="alert"' in page and "cannot answer" in page


def test_serve_refuses_a_busy_port_before_loading_anything(tmp_path):
    import socket

    from alongside.errors import ConfigError

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        settings = load_settings(data_dir=tmp_path / "data", _env_file=None)
        with pytest.raises(ConfigError, match=f"cannot serve on 127.0.0.1:{port}.*--port"):
            web.serve(settings, port=port, app=object())
    assert not (tmp_path / "data").exists()  # it stopped before the index was touched


def test_serve_is_a_subcommand():
    from alongside.cli import build_parser

    args = build_parser().parse_args(["serve", "--port", "7999", "--host", "127.0.0.1"])
    assert args.func is web.cmd_serve and args.port == 7999


# ---------------------------------------------------------------- a real server


def test_family_question_through_the_api(server):
    page = ask_api(client(server), FAMILY_Q)
    assert page.card == "" and page.box == ""
    assert [m["role"] for m in page.chat] == ["user", "assistant"]
    answer = answers(page.chat)[-1]
    assert "side effects" in answer.lower() and "al-source" in answer
    assert FAMILY_Q.split(".")[0] in searched_for(answer)


def test_counselor_statement_through_the_api(server):
    view = web.CounselView(*client(server).predict(COUNSELOR_Q, "", api_name="/counsel"))
    assert all(x.strip() for x in view[1:5])
    assert "al-source" in view.strategies


def test_crisis_then_follow_up_keeps_the_card(server):
    c = client(server)
    crisis = ask_api(c, EMERGENCY_Q)
    assert "988" in crisis.card and "911" in crisis.card and "tel:988" in crisis.card
    assert answers(crisis.chat) == []  # the card alone, no answer text
    follow_up = ask_api(c, FOLLOW_UP_Q)
    assert 'role="alert"' in follow_up.card and "tel:988" in follow_up.card  # it stays
    assert len(answers(follow_up.chat)) == 1
    # Another session never sees it.
    other = ask_api(client(server), FAMILY_Q)
    assert other.card == "" and len(other.chat) == 2
    # And "Start a new conversation" clears it.
    c.predict(api_name="/clear")
    fresh = ask_api(c, FAMILY_Q)
    assert fresh.card == "" and len(fresh.chat) == 2


QUESTIONS = {
    "My husband stopped his medication because of the side effects.": "side effects",
    "My sister is afraid of being labeled with a diagnosis.": "diagnosis",
    "My daughter is not ready for change and says she is fine as she is.": "ready for change",
    "My brother had bad experiences with treatment and expects the worst.": "bad experiences",
    "How can we build trust by listening and empathizing with my father?": "listening",
    "How do I find common ground with my partner about treatment?": "common ground",
    "Should I encourage small steps and gradual progress with my son?": "small steps",
    "Where can our family find crisis and emergency support?": "",
    "Is refusing mental health treatment common?": "",
    "How can we problem solve together to come up with next steps?": "problem solve",
}


def test_ten_sessions_at_once_each_get_their_own_answer(server):
    results: dict[str, Page] = {}
    errors: list[Exception] = []

    def one(question: str) -> None:
        try:
            results[question] = ask_api(client(server), question)
        except Exception as exc:  # surfaced below  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(q,)) for q in QUESTIONS]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    assert set(results) == set(QUESTIONS)
    for question, page in results.items():
        assert [text_of(m) for m in page.chat if m["role"] == "user"] == [question]
        answer = answers(page.chat)[-1]
        assert searched_for(answer).startswith(question.split(" ")[0])
        assert question.rstrip(".?")[:40] in searched_for(answer).replace("&#x27;", "'")
        section = QUESTIONS[question]
        if section:
            summaries = " ".join(re.findall(r'<span class="al-where">(.*?)</span>', answer))
            assert section in summaries.lower(), (question, summaries)


def test_page_shows_the_startup_error(tmp_path):
    settings = load_settings(data_dir=tmp_path / "empty", corpus_paths=[tmp_path / "missing"],
                             model=None, chroma_url=None, _env_file=None)
    st = web.start(settings, progress=False)
    demo, url = serve(st)
    try:
        config = urllib.request.urlopen(url + "config", timeout=30).read().decode()
        assert "cannot answer questions yet" in config and "alongside ingest" in config
        assert ask_api(client(url), FAMILY_Q).hint == web.UNAVAILABLE
    finally:
        demo.close()


def test_login_when_auth_is_set(startup):
    settings = startup.settings.model_copy(update={"auth": "family:s3cret-pass"})
    st = web.Startup(settings, startup.assistant)
    demo, url = serve(st)
    try:
        with pytest.raises(ValueError, match="(?i)login|auth"):
            client(url)
        page = ask_api(client(url, auth=("family", "s3cret-pass")), FAMILY_Q)
        assert answers(page.chat)
    finally:
        demo.close()


def test_startup_time_from_python_app_py():
    from alongside import bench_startup

    result = bench_startup.run()
    print(f"\nstart-up to first answer: cold {result['cold_seconds']:.1f} s (ingest included), "
          f"warm {result['warm_seconds']:.1f} s")
    assert 0 < result["warm_seconds"] < result["cold_seconds"] < bench_startup.TIMEOUT
