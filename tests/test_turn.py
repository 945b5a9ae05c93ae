"""The turn the UI, CLI and evals share, on the real index with the offline answerer."""

from __future__ import annotations

import re

import pytest

from alongside.citations import check_citations
from alongside.errors import IndexCorruptError, IndexMissingError
from alongside.settings import Settings

CITATION = re.compile(r"\[(\d+)\]")
QUOTE = re.compile(r"\u201c([^\u201d]{20,})\u201d")


def test_family_question_gets_quoted_cited_answer(assistant):
    reply = assistant.turn("My son insists nothing is wrong with him and won't see anyone. What can I do?")
    assert reply.done and reply.covered and reply.card is None
    assert reply.sources and reply.answerer == "extractive"
    cited = {int(n) for n in CITATION.findall(reply.answer)}
    assert cited and cited <= {s.n for s in reply.sources}
    quotes = QUOTE.findall(reply.answer)
    assert quotes
    for quote in quotes:  # every quote is word for word in one of the returned passages
        assert any(quote in s.text for s in reply.sources), quote
    assert reply.query.startswith("My son insists")


def test_sources_are_exact_slices_with_metadata(assistant):
    from ingest.docstore import DocStore

    reply = assistant.turn("how do I handle her fear of being labeled with a diagnosis")
    docs = {d["doc_id"]: d["text"] for d in DocStore(assistant.settings.data_dir).all()}
    for s in reply.sources:
        assert docs[s.doc_id][s.start : s.end] == s.text
        assert s.title and s.publisher and s.section
    assert len({(s.doc_id, s.start) for s in reply.sources}) == len(reply.sources)


def test_streaming_grows_the_answer_and_ends_done(assistant):
    states = [(r.answer, r.done) for r in assistant.stream("she hates the side effects of her pills")]
    assert len(states) > 2
    assert not states[0][1] and states[-1][1]
    assert all(len(a) <= len(b) for (a, _), (b, _) in zip(states, states[1:]))


def test_follow_up_is_rewritten_with_the_conversation(assistant):
    history = [
        {"role": "user", "content": "My daughter refuses to take her medication because of the side effects."},
        {"role": "assistant", "content": "..."},
    ]
    reply = assistant.turn("what if she still says no?", history=history)
    assert "side effects" in reply.query and "still says no" in reply.query
    assert any("side effect" in s.text.lower() for s in reply.sources)


@pytest.mark.parametrize("question", [
    "What is a good vegetarian lasagna recipe I can freeze?",
    "What will the weather be in Boston this weekend?",
])
def test_questions_the_guidance_does_not_cover(assistant, question):
    reply = assistant.turn(question)
    assert reply.covered is False and reply.sources == []
    assert "does not cover" in reply.answer


@pytest.mark.parametrize("message", ["", "   ", "\n\t"])
def test_empty_message_gets_a_friendly_prompt(assistant, message):
    reply = assistant.turn(message)
    assert reply.done and reply.sources == [] and "Type a question" in reply.answer


def test_long_message_is_cut_for_retrieval_with_a_notice(assistant):
    long = "My brother refuses treatment and says the pills make him feel like a zombie. " * 400
    reply = assistant.turn(long)
    assert len(long) > assistant.settings.max_message_chars
    assert any("first" in n and "characters" in n for n in reply.notices)
    assert len(reply.query) <= assistant.settings.max_query_chars
    assert reply.sources


def test_counselor_gets_drafts_and_strategies(assistant):
    reply = assistant.turn("I stopped my meds, I don't feel like myself on them.", audience="counselor")
    kinds = [d.kind for d in reply.drafts]
    for kind in ("simple_reflection", "complex_reflection", "double_sided_reflection", "open_question"):
        assert kind in kinds
    for d in reply.drafts:
        if d.kind.endswith("reflection"):
            assert "?" not in d.text and "you should" not in d.text.lower()
    assert any(d.kind == "strategy" for d in reply.drafts)


def test_emergency_gets_the_card_alone(assistant):
    reply = assistant.turn("my son just took a whole bottle of pills and won't wake up")
    assert reply.screening.level == "emergency"
    assert reply.card is not None and reply.answer == "" and reply.sources == [] and reply.query == ""
    text = reply.card.to_text()
    assert "911" in text and "988" in text


def test_concern_gets_card_first_then_answer(assistant):
    reply = assistant.turn("my daughter keeps saying she wants to die and she stopped her meds, what do I do")
    assert reply.screening.level == "concern"
    assert reply.card is not None and reply.answer and reply.answerer == "extractive"


def test_card_stays_for_the_rest_of_the_conversation(assistant):
    history = [
        {"role": "user", "content": "honestly I just want to kill myself"},
        {"role": "assistant", "content": "..."},
    ]
    reply = assistant.turn("jk forget it, how do I get my mom to see a doctor?", history=history)
    assert reply.card is not None
    assert reply.screening.level == "none"  # this message itself is calm; the card is sticky


def test_citation_check_rejects_a_fabricated_quote(assistant):
    reply = assistant.turn("how do I build trust with my son")
    fake = reply.answer + ' \u201cFamilies should always insist firmly until he gives in.\u201d [1]'
    checked = check_citations(fake, reply.sources)
    assert "\u201cFamilies should always insist" not in checked.text
    assert checked.unverified >= 1


def test_no_index_says_run_ingest(tmp_path):
    from alongside.turn import Assistant

    with pytest.raises(IndexMissingError, match="alongside ingest"):
        Assistant.load(Settings(data_dir=tmp_path / "empty"))


def test_corrupt_keyword_index_is_a_clear_error(indexed_settings, real_embedder, tmp_path):
    import shutil

    from alongside.retrieval import Retriever

    copy = tmp_path / "copy"
    shutil.copytree(indexed_settings.data_dir, copy)
    meta = copy / "keyword" / indexed_settings.collection / "alongside.json"
    meta.write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexCorruptError, match="alongside ingest"):
        Retriever.load(Settings(data_dir=copy), embedder=real_embedder)


def test_cli_batch_prints_one_json_object_per_line(indexed_settings, monkeypatch, capsys, tmp_path):
    import json

    from alongside.cli import main

    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"id": "a", "message": "my husband thinks the meds dull his creativity", "audience": "family"}\n'
        '{"id": "b", "message": "I am done with the medication", "audience": "counselor"}\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("ALONGSIDE_DATA_DIR", str(indexed_settings.data_dir))
    assert main(["ask", "--batch", str(batch)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.strip()]
    assert [x["id"] for x in lines] == ["a", "b"]
    for item in lines:
        assert set(item) >= {"id", "crisis", "query", "answer", "sources"}
        assert {"level", "categories"} <= set(item["crisis"])
        for src in item["sources"]:
            assert {"doc_id", "title", "section", "text", "score"} <= set(src)
        scores = [s["score"] for s in item["sources"]]
        assert scores == sorted(scores, reverse=True)


def test_cli_batch_reports_a_bad_line(tmp_path, capsys):
    from alongside.cli import main

    batch = tmp_path / "bad.jsonl"
    batch.write_text('{"id": 1, "message": "ok"}\n{broken\n', encoding="utf-8")
    assert main(["ask", "--batch", str(batch)]) == 1
    assert "bad.jsonl:2" in capsys.readouterr().err
