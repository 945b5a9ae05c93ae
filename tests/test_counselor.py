"""Counselor drafts: MI-consistent reflections, open questions, and strategies quoting the guidance.

Sources are built from the real corpus files: each paragraph of a document body becomes a passage
with its exact offsets and heading trail, the way retrieval hands passages to the drafts.
"""

from __future__ import annotations

import logging
import random
import re
import time
from pathlib import Path

import pytest
import yaml

from alongside.counselor import draft_responses, render_drafts
from alongside.reply import Draft, Source

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

REFLECTIONS = ("simple_reflection", "complex_reflection", "double_sided_reflection")
CLIENT_FACING = (*REFLECTIONS, "open_question")
FIRST_FOUR = (*REFLECTIONS, "open_question")
QUESTION_WORDS = {
    "what", "why", "how", "when", "where", "who", "whom", "whose", "which", "do", "does", "did",
    "is", "are", "am", "was", "were", "can", "could", "would", "will", "should", "shall", "have",
    "has", "had", "may", "might", "must",
}
CLOSED_STARTS = {
    "do", "does", "did", "is", "are", "am", "was", "were", "can", "could", "would", "will",
    "should", "shall", "have", "has", "had", "may", "might", "don't", "doesn't", "isn't",
    "aren't", "won't", "wouldn't", "can't", "couldn't",
}
FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll|im|ive)\b", re.IGNORECASE)
# What the counselor would say must not direct, warn, threaten or label.
FORBIDDEN = [
    re.compile(p, re.IGNORECASE) for p in (
        r"\byou (?:really )?(?:should|need to|must|ought to)\b",
        r"\bhave to\b",
        r"\bwhy don't you\b",
        r"\byou(?:'ll| will| are going to|'re going to) (?:relapse|end up|get worse|regret)",
        r"\bif you stop\b",
        r"\bnon-?complian",
        r"\b(?:doctor|prescriber|psychiatrist) knows best\b",
        r"\b\d+\s?(?:mg|milligrams?|mcg)\b",
        r"\b(?:taper|reduce|lower|halve) (?:the |your )?dose\b",
    )
]


# ---------------------------------------------------------------- sources from the real corpus

def _corpus_sources(name: str) -> list[Source]:
    raw = (CORPUS / name).read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", raw, re.DOTALL)
    assert match
    meta = yaml.safe_load(match.group(1))
    body = raw[match.end():]
    out: list[Source] = []
    trail: list[tuple[int, str]] = []
    for para in re.finditer(r"[^\n](?:.|\n(?!\n))*", body):
        text = para.group(0)
        heading = re.match(r"(#+)\s+(.*)", text)
        if heading:
            level = len(heading.group(1))
            trail = [t for t in trail if t[0] < level] + [(level, heading.group(2).strip())]
            continue
        out.append(Source(
            n=0, chunk_id=f"{meta['id']}:{para.start()}", doc_id=meta["id"], title=meta["title"],
            publisher=meta["publisher"], audience=meta["audience"],
            section=tuple(t for lvl, t in trail if lvl > 1), text=text,
            start=para.start(), end=para.end(), score=0.0,
        ))
    return out


def _numbered(sources: list[Source]) -> list[Source]:
    return [Source(i + 1, s.chunk_id, s.doc_id, s.title, s.publisher, s.audience, s.section,
                   s.text, s.start, s.end, s.score) for i, s in enumerate(sources)]


MODALIA = _corpus_sources("modalia-medication-refusal.md")
AKIN = _corpus_sources("akin-refusing-treatment.md")
ALL_SOURCES = _numbered(MODALIA + AKIN)
BODIES = {
    name: (CORPUS / name).read_text(encoding="utf-8").split("\n---\n", 1)[1]
    for name in ("modalia-medication-refusal.md", "akin-refusing-treatment.md")
}


def _section(sources: list[Source], words: str) -> list[Source]:
    return [s for s in sources if any(words in part.lower() for part in s.section)]


# A realistic retrieval for a counselor: a few passages, the strategies among them.
RETRIEVED = _numbered(
    _section(MODALIA, "reading the message")[:2]
    + _section(MODALIA, "three strategies")
    + _section(MODALIA, "frequently asked")
)
AKIN_ONLY = _numbered(AKIN)


def test_sources_are_real_slices_of_the_corpus():
    bodies = "\n".join(BODIES.values())
    assert len(ALL_SOURCES) > 40
    for s in ALL_SOURCES:
        assert s.text in bodies
    assert any("Build a decisional balance" in part for s in RETRIEVED for part in s.section)


# ---------------------------------------------------------------- the table

# (statement, first person?, risk?)
CASES = [
    # side effects
    ("I stopped my meds, I don't feel like myself", True, False),
    ("It makes me foggy, like I'm dumber, like I'm not me anymore.", True, False),
    ("I've put on thirty pounds since I started these pills. I can't look at myself in the mirror.",
     True, False),
    ("I don't cry, I don't laugh, I just feel flat. I'd rather feel something, even if it's bad.",
     True, False),
    ("I'm so sleepy on them I almost got fired for nodding off at work. I can't afford that.",
     True, False),
    (("Honestly the meds have killed my sex drive and it's wrecking my relationship. "
      "I stopped two weeks ago."), True, False),
    # identity
    ("I'm done with the medication. When I take it, I don't feel like myself.", True, False),
    (("I used to paint every day. Since I started the lithium I haven't picked up a brush. "
      "That's who I am."), True, False),
    ("Everyone likes the medicated me better. But that's not the real me.", True, False),
    # control
    ("It's my body and my brain. Nobody gets to decide what I put in it but me.", True, False),
    ("My mom counts my pills every morning. I stopped just so she'd back off.", True, False),
    ("They told me I'll be on this for the rest of my life. I can't accept that.", True, False),
    # mistrust
    (("My psychiatrist sees me for ten minutes and just ups the dose. "
      "She never listens to what I say."), True, False),
    ("I feel like a guinea pig, they just keep changing my meds.", True, False),
    (("The last time I was in the hospital they held me down and injected me. "
      "I'm never going back on that stuff."), True, False),
    # stigma
    ("I'm not crazy. Crazy people take pills like that.", True, False),
    ("The moment they put schizophrenia in my file, everybody started treating me differently.",
     True, False),
    # feeling fine
    ("I've been fine for six months. I don't think I need them anymore.", True, False),
    ("I was fine before the pills and I am fine now.", True, False),
    # ambivalence
    (("Part of me knows they help, I sleep better and I don't crash as hard. "
      "But I just hate taking them."), True, False),
    (("I don't know. Some days I think I should go back on them and some days I think "
      "I'm better off without."), True, False),
    ("If I stop taking them I'll relapse, I know, but I hate them.", True, False),
    (("I've tried five different medications and none of them worked. "
      "What's the point of trying another?"), True, False),
    # missing apostrophes, lower-case i, all caps, fillers
    ("i dont want to take them anymore, im tired of feeling like a zombie", True, False),
    ("THE DOCTOR DOESNT LISTEN AND IM NOT TAKING THAT CRAP ANYMORE", True, False),
    ("honestly like i just feel like the meds make me feel like not me you know", True, False),
    # long and rambling
    (("So um, last week I was at my sister's place and we were talking about stuff and honestly I "
      "kind of realized I haven't taken my pills since like Tuesday, and I mean I feel okay?? but "
      "also kind of weird, like everything is far away, and my psychiatrist is on vacation anyway "
      "so whatever. My sister thinks I should call someone but I don't know, I hate making a big "
      "deal of things, and every time I bring it up with my husband he gets that worried look and "
      "then I feel like a patient instead of a person. I just want to feel normal again without "
      "pills running my life."), True, False),
    # questions inside the statement
    ("Why should I take something that makes me a zombie? I'm not sick.", True, False),
    (("I want to try something natural instead, like exercise and supplements. "
      "Will you support me or not?"), True, False),
    # third person: a counselor's description
    ("My client said she stopped her meds because she feels flat", False, False),
    ("Client stopped lithium 2 weeks ago due to weight gain, says he feels fine now.",
     False, False),
    (("The client reports that he doesn't trust his psychiatrist and thinks the meds are making "
      "him worse."), False, False),
    ("She's been refusing her injections since March and says they're trying to control her.",
     False, False),
    # rising risk
    ("Since I stopped my meds I keep thinking everyone would be better off without me.",
     True, True),
    ("I stopped the pills and now the voices are back, telling me to hurt myself.", True, True),
    (("He stopped his meds last month. His wife says he's been up all night for days and "
      "isn't eating."), False, True),
]


def _by_kind(drafts: list[Draft]) -> dict[str, list[Draft]]:
    out: dict[str, list[Draft]] = {}
    for d in drafts:
        out.setdefault(d.kind, []).append(d)
    return out


def _first_word(text: str) -> str:
    return re.match(r"[A-Za-z']+", text).group(0).lower()


def _quote_and_n(draft: Draft) -> tuple[str, int] | None:
    m = re.search(r"\u201c(.*)\u201d \[(\d+)\]$", draft.text, re.DOTALL)
    return (m.group(1), int(m.group(2))) if m else None


@pytest.mark.parametrize(("statement", "first_person", "risk"), CASES,
                         ids=[f"{i:02d}-{c[0][:30]}" for i, c in enumerate(CASES)])
@pytest.mark.parametrize("sources", [RETRIEVED, ALL_SOURCES], ids=["retrieved", "whole-corpus"])
def test_drafts_are_mi_consistent(statement, first_person, risk, sources):
    drafts = draft_responses(statement, sources)
    kinds = [d.kind for d in drafts]
    assert tuple(kinds[:4]) == FIRST_FOUR
    strategies = drafts[4:]
    assert 1 <= len(strategies) <= 3 and all(d.kind == "strategy" for d in strategies)

    for d in drafts[:4]:
        assert d.label and d.text.strip() and not d.citations
        for pattern in FORBIDDEN:
            assert not pattern.search(d.text), (d.kind, d.text)
    for d in drafts[:3]:
        assert "?" not in d.text, d.text
        assert _first_word(d.text) not in QUESTION_WORDS, d.text
        assert d.text.endswith(".")
    simple, question = drafts[0].text, drafts[3].text
    assert len(simple) <= 200
    if first_person:
        assert not FIRST_PERSON.search(simple), simple
    else:
        assert not re.search(r"\b(?:she|he|her|him|his|client)\b", simple, re.IGNORECASE), simple
    assert question.endswith("?") and question.count("?") == 1
    assert _first_word(question) not in CLOSED_STARTS, question

    by_n = {s.n: s for s in sources}
    for d in strategies:
        assert d.label.startswith("Strategy: ")
        assert len(d.citations) == 1, d  # the whole corpus holds every strategy
        quote, n = _quote_and_n(d)
        assert d.citations == (n,)
        assert quote in by_n[n].text
    labels = [d.label for d in strategies]
    assert ("Strategy: Safety planning" in labels) is risk
    if risk:
        assert labels[0] == "Strategy: Safety planning"


# ---------------------------------------------------------------- pronouns, word for word

@pytest.mark.parametrize(("statement", "expected"), [
    ("I stopped my meds, I don't feel like myself",
     "You stopped your meds, and you don't feel like yourself."),
    ("i dont want to take them anymore, im tired of feeling like a zombie",
     "You don't want to take them anymore, and you're tired of feeling like a zombie."),
    ("I'm done with the medication. When I take it, I don't feel like myself.",
     "You're done with the medication, and you don't feel like yourself when you take it."),
    ("My doctor never listens to me, I'm just a number to him.",
     "Your doctor never listens to you."),
    ("I was fine before the pills and I am fine now.",
     "You were fine before the pills, and you are fine now."),
    ("It's mine, my body, my choice.", "It's yours, your body, your choice."),
    ("It makes me foggy, like I'm dumber, like I'm not me anymore.",
     "It makes you foggy, like you're dumber, like you're not you anymore."),
    ("Everyone likes the medicated me better. But that's not the real me.",
     "Everyone likes the medicated you better, but that's not the real you."),
    (("I want to tell my doctor the side effects are bad, but I'm scared she'll just say I'm "
      "being difficult."),
     ("You want to tell your doctor the side effects are bad, but you're scared she'll just say "
     "you're being difficult.")),
    ("My client said she stopped her meds because she feels flat",
     "You stopped your meds because you feel flat."),
    ("He says the pills make him feel like a robot and his doctor doesn't listen.",
     "The pills make you feel like a robot and your doctor doesn't listen."),
    ("Pt reports she feels numb on sertraline and wants to come off it.",
     "You feel numb on sertraline and want to come off it."),
    ('My client told me: "I\'m not taking that poison anymore, it\'s my choice."',
     "You're not taking that poison anymore, and it's your choice."),
    ("Why should I take something that makes me a zombie? I'm not sick.",
     "You don't see why you'd take something that makes you a zombie, and you're not sick."),
    ("Do I really have to take these forever?",
     "You're wondering whether you're really expected to take these forever."),
    ("You're just like everyone else. You only care whether I take my meds.",
     "It feels like I only care whether you take your meds."),
])
def test_simple_reflection_turns_the_words_to_second_person(statement, expected):
    assert draft_responses(statement, RETRIEVED)[0].text == expected


def test_fillers_are_dropped_and_the_meaningful_clauses_kept():
    drafts = draft_responses(CASES[26][0], RETRIEVED)  # the long, rambling one
    simple = drafts[0].text
    for filler in ("um", "honestly", "like Tuesday", "I mean", "whatever"):
        assert filler.lower() not in simple.lower()
    assert "feel normal again" in simple


# ---------------------------------------------------------------- complex, double-sided, question

@pytest.mark.parametrize(("statement", "words"), [
    ("I stopped my meds, I don't feel like myself", "Being yourself matters a lot to you"),
    ("It's my body and my brain. Nobody gets to decide what I put in it but me.", "final say"),
    ("My psychiatrist sees me for ten minutes and just ups the dose.", "felt heard"),
    ("I'm not crazy. Crazy people take pills like that.", "not a label"),
    ("I've been fine for six months. I don't think I need them anymore.", "feeling well"),
    ("I've tried five different medications and none of them worked.", "put a lot into trying"),
    ("I stopped because they make me so foggy and flat.", "foggy and flat"),
])
def test_complex_reflection_names_the_need_under_the_words(statement, words):
    assert words in draft_responses(statement, RETRIEVED)[1].text


def test_double_sided_reflection_uses_both_sides_the_client_said():
    statement = "I hate how flat I feel but I don't want to end up back in the hospital."
    text = draft_responses(statement, RETRIEVED)[2].text
    assert text.startswith("On one hand, you hate how flat you feel, and on the other hand, ")
    assert "back in the hospital" in text
    paired = draft_responses("Sometimes I think I need them, sometimes I think they're poison.",
                             RETRIEVED)[2].text
    assert paired == "Sometimes you think you need them, and sometimes you think they're poison."


def test_double_sided_reflection_is_tentative_when_one_side_is_unsaid():
    text = draft_responses("I stopped my meds, I don't feel like myself", RETRIEVED)[2].text
    assert text.startswith("On one hand, ")
    assert "part of you may" in text  # a guess, not a fact about the client


def test_open_question_from_the_guidance_when_nothing_more_specific_fits():
    assert draft_responses("I stopped taking it last week.", RETRIEVED)[3].text == (
        "What does stopping the medication mean for you?")


# ---------------------------------------------------------------- strategies and their sources

def test_decisional_balance_quotes_its_own_section():
    drafts = draft_responses("Part of me knows they help. But I hate taking them.", RETRIEVED)
    strategy = next(d for d in drafts if d.label == "Strategy: Decisional balance")
    quote, n = _quote_and_n(strategy)
    source = next(s for s in RETRIEVED if s.n == n)
    assert source.section[-1].endswith("Build a decisional balance")
    assert quote == ("Sit down with the client and map, in specifics, the pros and cons of taking "
                     "the medication and of not taking it.")
    assert BODIES["modalia-medication-refusal.md"][source.start:source.end] == source.text


def test_side_effects_bring_the_bridge_to_the_prescriber():
    drafts = draft_responses("The pills make me so groggy I can't work.", RETRIEVED)
    assert drafts[4].label == "Strategy: Bridge to the prescriber"
    assert "prescrib" in _quote_and_n(drafts[4])[0]


def test_feeling_fine_brings_the_two_week_experiment():
    drafts = draft_responses("I feel fine now, I don't need them.", RETRIEVED)
    assert drafts[4].label == "Strategy: Two-week experiment"
    assert "two-week experiment" in _quote_and_n(drafts[4])[0]


def test_strategies_come_only_from_the_sources_given():
    drafts = draft_responses("I feel fine now, I don't need them.", AKIN_ONLY)
    for d in drafts[4:]:
        hit = _quote_and_n(d)
        if hit:
            quote, n = hit
            assert quote in AKIN_ONLY[n - 1].text
            assert AKIN_ONLY[n - 1].doc_id == "akin-refusing-treatment"


def test_a_sentence_that_is_a_quotation_keeps_one_pair_of_marks():
    drafts = draft_responses("I'm not crazy. Crazy people take pills like that.", AKIN_ONLY)
    strategy = next(d for d in drafts if d.citations)
    assert "\u201c\u201c" not in strategy.text and "\u201d\u201d" not in strategy.text
    quote, n = _quote_and_n(strategy)
    assert quote in AKIN_ONLY[n - 1].text


def test_no_sources_means_no_quotes_and_no_citations():
    drafts = draft_responses("It makes me foggy, like I'm not me.", [])
    strategies = drafts[4:]
    assert len(strategies) == 1
    assert not strategies[0].citations
    assert "\u201c" not in strategies[0].text and "[" not in strategies[0].text


def test_a_source_without_any_strategy_is_never_quoted():
    unrelated = Source(1, "x:0", "x", "Notes", "Nobody", "counselor", ("Misc",),
                       "Bring snacks to the group on Thursday. The room is on the second floor.",
                       0, 70, 0.1)
    drafts = draft_responses("I stopped my meds, I don't feel like myself", [unrelated])
    assert all(not d.citations for d in drafts)


def test_safety_planning_only_with_rising_risk():
    calm = draft_responses("I stopped my meds and I feel great.", ALL_SOURCES)
    assert all(d.label != "Strategy: Safety planning" for d in calm)
    risky = draft_responses("Since I stopped my meds I just want to die.", ALL_SOURCES)
    assert risky[4].label == "Strategy: Safety planning"
    assert "safety planning" in _quote_and_n(risky[4])[0]
    assert risky[3].text.startswith("How safe")


def test_safety_planning_without_a_source_still_shows():
    drafts = draft_responses("I stopped the pills and want to kill myself.", [])
    assert drafts[4].label == "Strategy: Safety planning" and not drafts[4].citations


# ---------------------------------------------------------------- robustness

@pytest.mark.parametrize("statement", ["", "   ", "\n\t", "?!...", None, 42])
def test_nothing_to_reflect_gives_no_drafts(statement):
    assert draft_responses(statement, RETRIEVED) == []


@pytest.mark.parametrize("statement", [
    "No.", "meds", "Whatever.", "fine", "lithium",
    "No quiero tomar mis pastillas, no me siento yo misma.",
    "Ich will meine Tabletten nicht mehr nehmen.",
    "\u6211\u4e0d\u60f3\u5403\u836f",
    "\U0001f614\U0001f614\U0001f614 meds",
    "Do you think I should stop?",
    "What's the point?",
    "i i i i i",
    "my my my",
    "I" * 500,
    "I don't feel like myself. " * 400,
])
def test_odd_statements_still_get_sound_drafts(statement, caplog):
    with caplog.at_level(logging.ERROR, logger="alongside.counselor"):
        drafts = draft_responses(statement, RETRIEVED)
    assert not caplog.records  # read by the rules, not by the fallback
    assert tuple(d.kind for d in drafts[:4]) == FIRST_FOUR
    for d in drafts[:3]:
        assert "?" not in d.text and _first_word(d.text) not in QUESTION_WORDS
        assert len(d.text) <= 260
    assert not FIRST_PERSON.search(drafts[0].text)
    assert drafts[3].text.endswith("?")


def test_random_text_never_raises(caplog):
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyz     ,.?!'\"\n-IiMmYy\u00e9\u4e2d"
    words = ["I", "me", "my", "she", "her", "he", "his", "client", "said", "meds", "stop", "but",
             "part of me", "sometimes", "don't", "im", "dont", "feel", "like", "?", ",", "."]
    with caplog.at_level(logging.ERROR, logger="alongside.counselor"):
        for _ in range(300):
            if rng.random() < 0.5:
                text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 120)))
            else:
                text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
            drafts = draft_responses(text, RETRIEVED)
            assert drafts == [] or tuple(d.kind for d in drafts[:4]) == FIRST_FOUR
    assert not caplog.records


def test_a_very_long_statement_is_capped_and_fast():
    statement = ("I went to the store and then to work and my boss was annoying. " * 300
                 + "I stopped my meds because they make me feel like a zombie.")
    start = time.perf_counter()
    drafts = draft_responses(statement, RETRIEVED)
    assert (time.perf_counter() - start) < 0.5
    assert len(drafts[0].text) <= 200


def test_drafts_are_deterministic_and_fast():
    statements = [c[0] for c in CASES]
    first = [draft_responses(s, RETRIEVED) for s in statements]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        again = [draft_responses(s, RETRIEVED) for s in statements]
        best = min(best, (time.perf_counter() - start) / len(statements))
    assert again == first
    assert best < 0.005, f"{best * 1000:.2f} ms per statement"


# ---------------------------------------------------------------- rendering

def test_render_drafts_is_a_headed_list_with_quotes_and_citations():
    drafts = draft_responses("It makes me foggy, like I'm not me.", RETRIEVED)
    md = render_drafts(drafts)
    lines = md.splitlines()
    assert lines[0].startswith("**Draft responses**")
    for label in ("Simple reflection", "Complex reflection", "Double-sided reflection",
                  "Open question", "Strategy: "):
        assert f"- **{label}" in md
    quotes = [line for line in lines if line.startswith("  > \u201c")]
    assert quotes and all(re.search(r"\u201d \[\d+\]$", q) for q in quotes)
    assert render_drafts([]) == ""
