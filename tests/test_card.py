"""The crisis card and the crisis resources: words per speaker, links, safety, regions."""

from __future__ import annotations

import re
import textwrap
from dataclasses import replace

import pytest

from alongside.card import CATEGORY_LABELS, CrisisCard, Link, build_card
from alongside.crisis import CATEGORIES, Screening, screen, screen_conversation
from alongside.errors import ConfigError
from alongside.resources import (
    RESOURCES_FILE,
    Contact,
    known_regions,
    load_resources,
    resources_for,
)
from alongside.settings import load_settings

# Phrases a crisis card must never contain: method words and detail, "committed suicide",
# blame, and promises of secrecy. ("Overdose" may appear as a reason to call emergency
# services, as the resources list it; how or with what never does.)
FORBIDDEN = [
    r"commit(?:ted|s)? suicide", r"successful suicide", r"failed attempt", r"\bhang", r"noose",
    r"\brope", r"\bgun", r"firearm", r"\bshoot", r"bullet", r"jump", r"bridge", r"razor",
    r"blade", r"wrist", r"\bslit", r"poison", r"lethal", r"\bpills?\b", r"\bdose\b",
    r"how many", r"how much (?:of|to|would|does)",
    r"selfish", r"attention[- ]seeking", r"manipulat", r"coward", r"\bsecret",
    r"won.t tell anyone", r"confidential", r"just kidding",
]

SPEAKER_MESSAGES = {
    "self": "i want to die",
    "family": "my son says he wants to die",
    "unknown": "what's the most painless way to die",
}


def _all_text(card: CrisisCard) -> str:
    return " ".join((card.heading, *card.lines))


def _screening(level: str, category: str, subject: str) -> Screening:
    return Screening(level=level, categories=(category,), subject=subject)


# ---------------------------------------------------------------- words per speaker

def test_self_concern_card() -> None:
    card = build_card(screen("i want to die"), "family", "US")
    assert card is not None
    assert card.level == "concern" and card.speaker == "self"
    text = _all_text(card)
    assert "call or text 988" in text
    assert "911" in text
    assert "someone you trust" in text
    assert "worried about someone else" not in text


def test_family_concern_card_talks_about_the_other_person() -> None:
    card = build_card(screen("my son keeps saying he wants to die"), "family", "US")
    assert card is not None and card.speaker == "family"
    text = _all_text(card)
    assert "Ask them directly" in text
    assert "remove anything they could use to hurt themselves" in text
    assert "if it is safe to do so" in text
    assert "988 also takes calls from people worried about someone else" in text
    assert "If they are in danger now, call 911" in text


def test_counselor_card_is_clinical() -> None:
    card = build_card(screen("Client reports passive SI and has access to firearms"),
                      "counselor", "US")
    assert card is not None and card.speaker == "counselor"
    text = _all_text(card)
    assert "safety plan" in text
    assert "prescriber" in text and "care team" in text
    assert "emergency services (911)" in text
    assert "988" in text
    assert CATEGORY_LABELS["ideation"] in text


def test_unknown_subject_mentions_calls_about_someone_else() -> None:
    card = build_card(screen(SPEAKER_MESSAGES["unknown"]), "family", "US")
    assert card is not None and card.speaker == "self"
    assert "If you're writing about someone else" in _all_text(card)


@pytest.mark.parametrize("message, speaker", [
    ("I just took all my pills", "self"),
    ("my son took a whole bottle of pills and wont wake up", "family"),
])
def test_emergency_cards_lead_with_the_emergency_number_and_now(message: str, speaker: str
                                                               ) -> None:
    card = build_card(screen(message), "family", "US")
    assert card is not None and card.level == "emergency" and card.speaker == speaker
    assert "911" in card.heading and "now" in card.heading
    assert card.resources[0].role == "emergency"
    assert card.links[0].href == "tel:911"
    assert all(r.role != "support" for r in card.resources)


def test_emergency_counselor_card() -> None:
    card = build_card(screen("my client just called from the bridge and says she will jump"),
                      "counselor", "US")
    assert card is not None and card.level == "emergency"
    text = _all_text(card)
    assert "now" in card.heading and "911" in card.heading
    assert "Do not leave a person at imminent risk alone" in text


def test_abuse_card_shows_abuse_lines() -> None:
    card = build_card(screen("im 13 and my stepdad hits me"), "family", "US")
    assert card is not None and card.level == "emergency"
    ids = [r.id for r in card.resources]
    assert ids[0] == "us-911"
    assert "us-childhelp" in ids and "us-domestic-violence" in ids
    assert "not your fault" in _all_text(card)
    plain = build_card(screen("i want to die"), "family", "US")
    assert plain is not None and "us-childhelp" not in [r.id for r in plain.resources]


def test_sticky_card_says_why_it_is_there() -> None:
    conv = screen_conversation(["honestly I want to kill myself"], "jk forget it")
    card = build_card(conv, "family", "US")
    assert card is not None
    assert card.lines[0].startswith("Something said earlier in this conversation")


def test_no_card_without_a_crisis() -> None:
    assert build_card(screen("what are the side effects of lithium?"), "family") is None


# ---------------------------------------------------------------- links

def test_us_links_are_tap_to_call_and_text() -> None:
    card = build_card(screen("i want to die"), "family", "US")
    assert card is not None
    hrefs = [link.href for link in card.links]
    for href in ("tel:988", "sms:988", "sms:741741", "tel:911"):
        assert href in hrefs
    html_out = card.to_html()
    for href in ("tel:988", "sms:988", "sms:741741", "tel:911"):
        assert f'href="{href}"' in html_out
    md = card.to_markdown()
    assert "(tel:988)" in md and "(sms:741741)" in md
    assert "tel:911" in card.to_text()


def test_html_is_an_alert_box() -> None:
    card = build_card(screen("he's going to kill himself tonight"), "family", "US")
    assert card is not None
    out = card.to_html()
    assert out.startswith("<div") and out.endswith("</div>")
    assert 'role="alert"' in out
    assert "border:3px solid" in out
    assert out.count("<div") == out.count("</div>")


def test_html_escapes_everything() -> None:
    card = build_card(screen("i want to die"), "family", "US")
    assert card is not None
    evil = "<script>alert('x')</script> & \"quotes\""
    hostile_resource = replace(
        card.resources[0], service=evil, hours=evil,
        contacts=(Contact("call", evil, 'tel:988"><script>x</script>'),),
    )
    hostile = replace(
        card, heading=evil, lines=(evil,), resources=(hostile_resource,),
        links=(Link(evil, 'tel:988" onclick="x()', hostile_resource.id),),
    )
    out = hostile.to_html()
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert 'onclick="x()' not in out
    assert "&quot;" in out
    md = hostile.to_markdown()
    assert "\\<script\\>" in md


# ---------------------------------------------------------------- safe messaging

def _every_card():
    for region in ("US", "CA", "GB", "IE", "AU"):
        resources = load_resources(region)
        for level in ("concern", "emergency"):
            for category in CATEGORIES:
                for subject in ("self", "other", "unknown"):
                    for audience in ("family", "counselor"):
                        card = build_card(_screening(level, category, subject), audience,
                                          resources)
                        assert card is not None
                        yield region, level, category, subject, audience, card


def test_no_card_uses_forbidden_phrases() -> None:
    pattern = re.compile("|".join(FORBIDDEN), re.IGNORECASE)
    count = 0
    for region, level, category, subject, audience, card in _every_card():
        text = _all_text(card)
        hit = pattern.search(text)
        assert hit is None, (region, level, category, subject, audience, hit.group())
        count += 1
    assert count == 5 * 2 * len(CATEGORIES) * 3 * 2


def test_every_card_gives_a_resource_and_a_next_step() -> None:
    for region, level, _category, _subject, _audience, card in _every_card():
        emergency = load_resources(region).emergency.short
        text = _all_text(card)
        assert emergency in text
        assert card.resources and card.links
        assert all(link.href.startswith(("tel:", "sms:", "https://")) for link in card.links)
        if level == "emergency":
            assert "now" in card.heading.lower() and emergency in card.heading
            assert card.resources[0].role == "emergency"
        else:
            assert card.resources[0].role == "crisis"


@pytest.mark.parametrize("region, line, emergency", [
    ("CA", "9-8-8", "911"),
    ("GB", "Samaritans (116 123)", "999"),
    ("UK", "Samaritans (116 123)", "999"),
    ("IE", "Samaritans (116 123)", "112 or 999"),
    ("AU", "Lifeline (13 11 14)", "000"),
])
def test_regional_numbers_on_cards(region: str, line: str, emergency: str) -> None:
    card = build_card(screen("my brother says he wants to die"), "family", region)
    assert card is not None
    text = _all_text(card)
    assert line in text and emergency in text
    assert "988" not in text or region == "CA"
    urgent = build_card(screen("my brother took all his pills"), "family", region)
    assert urgent is not None and emergency in urgent.heading


# ---------------------------------------------------------------- resources file

def test_every_region_loads() -> None:
    assert known_regions() == ["AU", "CA", "GB", "IE", "UK", "US"]
    for code in known_regions():
        region = load_resources(code)
        assert region.emergency.role == "emergency"
        assert region.crisis_line.for_others
        for r in region.resources:
            assert r.contacts and r.hours and r.languages and r.serves and r.when
            assert str(r.last_verified) == "2026-11-23"
            for c in r.contacts:
                assert c.method in ("call", "text", "chat")
                assert c.href.startswith({"call": "tel:", "text": "sms:", "chat": "https://"}[
                    c.method])


def test_region_facts() -> None:
    us = load_resources("us")
    ids = {r.id: r for r in us.resources}
    assert us.emergency.contacts[0].href == "tel:911"
    lifeline = ids["us-988"]
    assert {c.href for c in lifeline.contacts} >= {"tel:988", "sms:988"}
    assert "Spanish" in lifeline.languages and lifeline.for_others
    assert ids["us-crisis-text-line"].contacts[0].value == "HOME to 741741"
    nami = ids["us-nami-helpline"]
    assert nami.contacts[0].value == "1-800-950-6264"
    assert "helpline to 62640" in [c.value for c in nami.contacts]
    assert "10am to 10pm ET" in nami.hours
    assert load_resources("GB").crisis_line.contacts[0].href == "tel:116123"
    assert load_resources("IE").crisis_line.contacts[0].value == "116 123"
    assert load_resources("AU").crisis_line.contacts[0].href == "tel:131114"
    assert load_resources("CA").crisis_line.contacts[0].href == "tel:988"


def test_unknown_region_names_the_known_ones() -> None:
    with pytest.raises(ConfigError) as err:
        load_resources("FR")
    message = str(err.value)
    assert "'FR'" in message and "ALONGSIDE_REGION" in message
    for code in ("AU", "CA", "GB", "IE", "US"):
        assert code in message


def test_region_comes_from_settings(monkeypatch) -> None:
    monkeypatch.setenv("ALONGSIDE_REGION", "gb")
    assert resources_for(load_settings()).code == "GB"
    monkeypatch.setenv("ALONGSIDE_REGION", "XX")
    with pytest.raises(ConfigError, match="known regions are AU, CA, GB, IE, US"):
        resources_for(load_settings())


@pytest.mark.parametrize("broken, problem", [
    ("href: \"tel:988\"", "href: \"http://example.org\""),
    ("role: crisis", "role: hotline"),
    ("last_verified: 2026-11-23", "last_verified: soon"),
])
def test_malformed_resources_are_config_errors(tmp_path, broken: str, problem: str) -> None:
    text = RESOURCES_FILE.read_text(encoding="utf-8").replace(broken, problem, 1)
    path = tmp_path / "resources.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError):
        load_resources("US", path=path)


def test_missing_fields_are_config_errors(tmp_path) -> None:
    path = tmp_path / "resources.yaml"
    path.write_text(textwrap.dedent("""\
        regions:
          US:
            name: United States
            resources:
              - id: x
                service: X
                role: emergency
    """), encoding="utf-8")
    with pytest.raises(ConfigError, match="missing"):
        load_resources("US", path=path)
