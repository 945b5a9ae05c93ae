"""The citation check: citations must name retrieved passages, quotations must be word for word."""

from __future__ import annotations

import random
import time

import pytest

from alongside.citations import (
    PARAPHRASE_MARK,
    CheckedAnswer,
    Quote,
    check_citations,
    cited_numbers,
)
from alongside.reply import Source

DOC = (
    "# Listening first\n\n"
    "Listen without judging. Many people who refuse help feel unheard, so listening is where "
    "change begins. It\u2019s natural to want your loved one to get better.\n\n"
    "# Patience\n\n"
    "Change often takes many conversations, not one. He may say \u201cnothing is wrong with me\u201d "
    "for a long time. Keep the door open."
)
PARA_1 = DOC.split("\n\n")[1]
PARA_2 = DOC.split("\n\n")[3]


def _source(n: int, text: str) -> Source:
    start = DOC.index(text)
    return Source(n, f"doc#{n}", "doc", "Talking with a loved one", "Publisher", "family", (),
                  text, start, start + len(text), 0.5)


SOURCES = [_source(1, PARA_1), _source(2, PARA_2)]
REMOVED_1 = "1 citation pointed to a passage that was not retrieved and was removed."
MARKED_1 = "1 quotation could not be found word for word in the guidance, so it is marked as a paraphrase."


def test_real_quote_is_verified_with_absolute_offsets():
    text = "The guidance says \u201cMany people who refuse help feel unheard\u201d [1]."
    checked = check_citations(text, SOURCES)
    assert checked == CheckedAnswer(text, (), checked.quotes, 0)
    [quote] = checked.quotes
    words = "Many people who refuse help feel unheard"
    assert quote == Quote(1, "doc", words, DOC.index(words), DOC.index(words) + len(words))
    assert DOC[quote.start : quote.end] == quote.text
    assert quote.start == SOURCES[0].start + SOURCES[0].text.index(quote.text)


def test_fabricated_quote_loses_its_quotation_marks_and_is_marked():
    text = "It says \u201cAlways confront them firmly until they agree.\u201d [1] Then rest."
    checked = check_citations(text, SOURCES)
    assert checked.text == (
        f"It says Always confront them firmly until they agree{PARAPHRASE_MARK}. [1] Then rest."
    )
    assert checked.unverified == 1 and checked.quotes == ()
    assert checked.problems == (MARKED_1,)
    assert "\u201c" not in checked.text


def test_near_miss_is_not_a_quote():
    # One word changed: the words are no longer the guidance's own.
    checked = check_citations("\u201cMany people who refuse help feel ignored\u201d [1]", SOURCES)
    assert checked.unverified == 1 and PARAPHRASE_MARK in checked.text


@pytest.mark.parametrize(
    "quoted",
    [
        "\u201cIt's natural to want your loved one to get better.\u201d",  # straight apostrophe
        '"It\u2019s natural to want your loved one to get better."',  # straight quote marks
        "\u201cIt\u2019s  natural to want\nyour loved one to get better\u201d",  # whitespace
        "\u201cIt\u2019s natural to want your loved one to get better,\u201d",  # comma inside the marks
        "\u201c...natural to want your loved one to get better\u201d",  # leading ellipsis
        "\u201cHe may say \"nothing is wrong with me\" for a long time.\u201d",  # inner straight quotes
    ],
)
def test_tolerated_differences(quoted):
    n = 2 if "He may say" in quoted else 1
    checked = check_citations(f"The guidance says {quoted} [{n}]", SOURCES)
    assert checked.unverified == 0, checked.text
    assert checked.problems == ()
    quote = checked.quotes[0]
    assert DOC[quote.start : quote.end] == quote.text and quote.n == n


def test_short_quoted_words_are_left_alone():
    text = "He calls it a \u201cfix\u201d and calls himself \"the crazy one\" [1]."
    assert check_citations(text, SOURCES) == CheckedAnswer(text)


def test_out_of_range_citation_is_removed():
    checked = check_citations("Listen first [1]. Be patient [7].", SOURCES)
    assert checked.text == "Listen first [1]. Be patient."
    assert checked.problems == (REMOVED_1,)


@pytest.mark.parametrize(
    ("text", "cleaned", "removed"),
    [
        ("A [1, 2].", "A [1, 2].", 0),
        ("A [1, 7].", "A [1].", 1),
        ("A [7, 8].", "A.", 2),
        ("A [1][2].", "A [1][2].", 0),
        ("A [7][2].", "A [2].", 1),
        ("A [1] [9] b.", "A [1] b.", 1),
        ("A [1-2].", "A [1-2].", 0),
        ("A [1-3].", "A [1, 2].", 1),
        ("A [1;2].", "A [1;2].", 0),
        ("[9] A starts a line.\n[9] So does B.", "A starts a line.\nSo does B.", 2),
        ("The year [2023] is not a citation.", "The year [2023] is not a citation.", 0),
    ],
)
def test_grouped_and_adjacent_citations(text, cleaned, removed):
    checked = check_citations(text, SOURCES)
    assert checked.text == cleaned
    assert len(checked.problems) == (1 if removed else 0)
    if removed > 1:
        assert checked.problems[0].startswith(f"{removed} citations pointed to passages")


@pytest.mark.parametrize(
    ("body", "numbers"),
    [("1", [1]), ("1, 2", [1, 2]), ("2;1", [2, 1]), ("1-3", [1, 2, 3]), ("1\u20132", [1, 2]),
     ("3-1", [3, 1]), ("1, 1", [1])],
)
def test_cited_numbers(body, numbers):
    assert cited_numbers(body) == numbers


def test_quote_credited_to_the_wrong_passage_is_corrected():
    checked = check_citations("\u201cChange often takes many conversations, not one.\u201d [1]", SOURCES)
    assert checked.text == "\u201cChange often takes many conversations, not one.\u201d [2]"
    assert checked.quotes[0].n == 2 and checked.unverified == 0
    assert checked.problems == ("1 quotation was credited to the wrong passage; its citation was corrected.",)


def test_quote_uses_its_sentence_citation_then_any_passage():
    sentence_cited = "As \u201cChange often takes many conversations\u201d shows, be patient [2]."
    assert check_citations(sentence_cited, SOURCES).quotes[0].n == 2
    uncited = "Remember: \u201cChange often takes many conversations, not one.\u201d"
    checked = check_citations(uncited, SOURCES)
    assert checked.quotes[0].n == 2 and checked.problems == ()


def test_previous_sentence_citation_does_not_claim_the_quote():
    text = "Listen first [1]. \u201cChange often takes many conversations\u201d is worth remembering."
    checked = check_citations(text, SOURCES)
    assert checked.quotes[0].n == 2 and checked.problems == ()


def test_invalid_citation_after_a_quote_is_removed_and_the_quote_still_checked():
    checked = check_citations("\u201cListen without judging. Many people\u201d [7]", SOURCES)
    assert checked.text == "\u201cListen without judging. Many people\u201d"
    assert checked.problems == (REMOVED_1,) and checked.quotes[0].n == 1


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_text(text):
    assert check_citations(text, SOURCES) == CheckedAnswer(text)


def test_no_sources():
    checked = check_citations("It says \u201cListen without judging, always and forever\u201d [1].", [])
    assert checked.text == f"It says Listen without judging, always and forever{PARAPHRASE_MARK}."
    assert checked.problems == (REMOVED_1, MARKED_1)
    assert checked.unverified == 1


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["list"]])
def test_odd_inputs_do_not_raise(bad):
    checked = check_citations(bad, SOURCES)  # type: ignore[arg-type]
    assert isinstance(checked, CheckedAnswer)
    assert isinstance(check_citations("text [1]", bad), CheckedAnswer)  # type: ignore[arg-type]


def test_random_text_never_raises():
    rng = random.Random(7)
    alphabet = list("ab [],;-\u2013\"\u201c\u201d'\u2019.\n0123456789 ") + ["Listen", "without", "judging"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        checked = check_citations(text, SOURCES)
        assert isinstance(checked.text, str)


def test_extractive_style_answer_passes_clean():
    text = (
        "Here is what the guidance says that fits your question.\n\n**Listening first**\n"
        "\u201cMany people who refuse help feel unheard, so listening is where change begins.\u201d [1] "
        "\u201cIt\u2019s natural to want your loved one to get better.\u201d [1]\n\n**Patience**\n"
        "\u201cChange often takes many conversations, not one.\u201d [2]"
    )
    checked = check_citations(text, SOURCES)
    assert checked.text == text and checked.problems == () and len(checked.quotes) == 3


def test_fast_enough_to_run_on_every_answer():
    text = (
        "Here is what the guidance says [1]. \u201cMany people who refuse help feel unheard, so "
        "listening is where change begins.\u201d [1] Be patient, since \u201cChange often takes many "
        "conversations, not one.\u201d [2] Avoid arguing [1, 2]. He may call it a \u201cphase\u201d [2]. "
        "Try \u201cI am worried about you because I love you\u201d [1]. " * 2
    )
    check_citations(text, SOURCES)
    runs = []
    for _ in range(50):
        t0 = time.perf_counter()
        check_citations(text, SOURCES)
        runs.append(time.perf_counter() - t0)
    # The best run measures the check itself, not whatever else the machine is doing.
    assert min(runs) < 0.001
