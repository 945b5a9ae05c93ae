"""The crisis screen: what must fire, what must not, bad input, subject, conversations, suite."""

from __future__ import annotations

import pytest

from alongside import crisis
from alongside.crisis import (
    CATEGORIES,
    NO_CRISIS,
    Screening,
    normalize,
    screen,
    screen_conversation,
)
from alongside.crisis_report import check_thresholds, load_cases, run_case, summarize
from alongside.settings import REPO_ROOT

SUITE = REPO_ROOT / "evals" / "crisis.dev.v1.yaml"

# (message, level, category). Wordings differ from the dev suite.
MUST_FIRE = [
    # ideation: direct, passive, family reports, counselor notes, slang, typos, caps, Spanish
    ("my stepson told his girlfriend he wants to die", "concern", "ideation"),
    ("Honestly I just dont want to be alive", "concern", "ideation"),
    ("i wish i could fall asleep and not wake up", "concern", "ideation"),
    ("my wife keeps talking about killing herself", "concern", "ideation"),
    ("pt states 'i would be happier dead'", "concern", "ideation"),
    ("Client endorsed active SI today", "concern", "ideation"),
    ("thinking of unaliving myself ngl", "concern", "ideation"),
    ("I WANT TO DIE", "concern", "ideation"),
    ("i wnat to kil myself", "concern", "ideation"),
    ("he says hes gonna off himself", "concern", "ideation"),
    ("my brother keeps saying he'll top himself", "concern", "ideation"),
    ("me quiero matar", "concern", "ideation"),
    ("mi papa dice que se va a suicidar", "concern", "ideation"),
    ("i want to die\u2026 honestly", "concern", "ideation"),
    ("i want\u200b to die", "concern", "ideation"),
    ("I\u2019m going to kill myself", "concern", "ideation"),
    ("she said she is going to end her life tonight", "emergency", "ideation"),
    # hopelessness and burden
    ("my son says the family would be better off without him", "concern", "hopelessness"),
    ("i feel like such a burden to my kids", "concern", "hopelessness"),
    ("he told me there's no reason to keep living", "concern", "hopelessness"),
    ("I can't take this anymore", "concern", "hopelessness"),
    # plans, means, preparation
    ("my daughter has been saving up her sleeping pills", "concern", "plan_means"),
    ("he searched online for the easiest way to kill himself", "concern", "plan_means"),
    ("she's got a plan to end it", "concern", "plan_means"),
    ("my husband is on the roof and says he will jump", "emergency", "plan_means"),
    # farewell
    ("my son gave away his guitar and his games this week", "concern", "farewell"),
    ("she wrote goodbye notes to all of us", "concern", "farewell"),
    # self-harm
    ("my kid has been cutting his arms", "concern", "self_harm"),
    ("i keep hurting myself when i get upset", "concern", "self_harm"),
    # overdose and medical emergency
    ("my mother swallowed a whole bottle of her pills", "emergency", "overdose"),
    ("he's unresponsive and his lips are turning blue", "emergency", "overdose"),
    # harm to others
    ("my nephew threatened to stab his teacher", "concern", "harm_to_others"),
    ("he is attacking his father right now", "emergency", "harm_to_others"),
    # psychosis with danger
    ("the voices tell my daughter to hurt the baby", "concern", "psychosis_danger"),
    ("he is paranoid and carrying a knife everywhere", "concern", "psychosis_danger"),
    # abuse
    ("im 12 and my uncle hits me", "emergency", "abuse"),
    ("my partner beats me", "concern", "abuse"),
    # unable to care for themselves
    ("my father hasn't eaten anything in 5 days", "concern", "unable_to_care"),
    ("my mom is wandering outside in the snow and confused", "concern", "unable_to_care"),
    # recent attempts
    ("my son attempted suicide last month", "concern", "attempt"),
    ("she tried to take her own life yesterday", "concern", "attempt"),
    # a crisis sentence inside a long medication question
    (("We switched her from sertraline to escitalopram in the spring and she has had headaches "
     "and trouble sleeping. Her prescriber wants to raise the dose. Last night she told me she "
     "wishes she were dead. Should we ask for a different medication?"), "concern", "ideation"),
    # general families: wishes with agreeing pronouns, indifference to death, will-be-dead
    ("my uncle says he hopes a bus hits him on the way home", "concern", "ideation"),
    ("she doesnt care if she lives or dies anymore", "concern", "ideation"),
    ("he keeps saying he'll be in the ground before christmas", "concern", "ideation"),
    ("my cousin told me she doesn't expect to stick around much longer", "concern", "ideation"),
    ("i wanna vanish, no one would even miss me", "concern", "ideation"),
    # burden synonyms, means with a possessor, intent to swallow a supply, a date chosen
    ("my stepdad says the family would cope just fine without him", "concern", "hopelessness"),
    ("I'm nothing but dead weight to my kids", "concern", "hopelessness"),
    ("she keeps talking about ending things and she's got her grandpa's pistol", "emergency",
     "plan_means"),
    ("my niece is planning to swallow the whole bottle of her sleeping pills", "concern",
     "plan_means"),
    ("he picked a date and says after that he'll be gone for good", "concern", "plan_means"),
    # farewell phrases with a sign of leaving, papers, past-tense methods, poisoning, euphemisms
    ("my son texted 'sorry for everything, tell dad I love him' and his phone is off",
     "emergency", "farewell"),
    ("Mom has been showing me where her life insurance papers are, out of nowhere", "concern",
     "farewell"),
    ("my fiance shot himself last spring and survived, now he won't see anyone", "concern",
     "attempt"),
    ("my roommate drank bleach an hour ago", "emergency", "overdose"),
    ("he says he's going to take care of his ex for good and he bought a machete", "concern",
     "harm_to_others"),
    ("mi hermana se va a tirar del puente", "concern", "plan_means"),
    # indirect warning signs: finality, reunion with the dead, beyond help, paired weaker cues
    ("my aunt keeps saying she's ready to go be with uncle joe now, he died in the spring",
     "concern", "ideation"),
    ("he's been wrapping up his loose ends and asked me who would get his truck if something "
     "happened to him", "concern", "farewell"),
    ("my daughter says she's just ready for it all to stop", "concern", "ideation"),
    ("my son keeps telling his coach he's a lost cause", "concern", "hopelessness"),
    ("she said this is the last thanksgiving you'll have to put up with me", "concern",
     "farewell"),
    ("my brother says he wants out of everything, not just the job", "concern", "ideation"),
    ("mi abuelo dice que ya no quiere seguir aqui", "concern", "ideation"),
    ("he said after weeks of wanting out he's suddenly peaceful and has it all figured out",
     "concern", "farewell"),
    ("she cancelled her upcoming sessions and gave her journals to me for safekeeping",
     "concern", "farewell"),
    ("my husband is spinning his revolver and asking if anybody would even notice", "emergency",
     "plan_means"),
    # prayers, reasons for living, reunion, futures, points (wording of the sixth round)
    ("grandma says she begs god each night to take her", "concern", "ideation"),
    ("he hopes every single night never to see the morning", "concern", "ideation"),
    ("the only thing keeping her alive is the cat, she told me", "concern", "ideation"),
    ("my 7 year old said he'd like to go be with his papa in heaven", "concern", "ideation"),
    ("my son can't imagine any kind of future for himself", "concern", "hopelessness"),
    ("she says there's no point to anything at all", "concern", "hopelessness"),
    ("mi esposa siente que es una carga para la familia", "concern", "hopelessness"),
    ("four boxes of sleeping pills hidden in his sock drawer", "concern", "plan_means"),
    ("my aunt has been stockpiling her oxycodone", "concern", "plan_means"),
    ("pt googling painless methods at night, denies plan", "concern", "plan_means"),
    ("he told me he picked the date and there's a rope in the garage", "emergency",
     "plan_means"),
    ("she hugged me goodbye as if she wasn't coming home", "concern", "farewell"),
    ("please feed my dogs if anything happens to me, i've been so low", "concern", "farewell"),
    ("my nephew texted this is my last message, sorry, 5 minutes ago", "emergency",
     "farewell"),
    ("there are new cuts all over my son's forearms", "concern", "self_harm"),
    ("my niece cuts, and tonight it won't stop bleeding", "emergency", "self_harm"),
    ("I think mom took way too many of her sleeping pills on purpose", "emergency", "overdose"),
    ("he swallowed everything from the medicine cabinet", "emergency", "overdose"),
    ("she tried to end it this afternoon and refuses to go to the ER", "emergency", "attempt"),
    ("kid in my class wrote you will all die on monday", "concern", "harm_to_others"),
    ("my father keeps telling his sister she'll be sorry, and he knows where she lives",
     "concern", "harm_to_others"),
    ("my roommate grabbed a machete and says he will kill the landlord", "emergency",
     "harm_to_others"),
    ("the voices want him to walk into the ocean", "concern", "psychosis_danger"),
    ("a five year old in my group talks about special touching with her stepdad", "concern",
     "abuse"),
    ("my neighbour's girl has finger marks around her neck", "concern", "abuse"),
    ("pt (15M) reports stepfather hits him", "emergency", "abuse"),
    ("she hasn't got out of bed in four days, not even for water", "concern", "unable_to_care"),
    ("my grandpa refuses to eat and won't drink either", "concern", "unable_to_care"),
    ("mi hermana no come ni bebe desde hace dos dias", "concern", "unable_to_care"),
    ("her anorexia is worse and she fainted at school", "emergency", "unable_to_care"),
]

MUST_NOT_FIRE = [
    # sixth-round look-alikes: media, refusal hyperbole, sibling idioms, sport, past and recovered
    "that album has a track about suicide and my son plays it on repeat",
    "my wife would rather die than go to the dentist, how do I get her to go",
    "my sister says mom will kill me if I tell mom about her boyfriend",
    "he wants to jump out of a plane, tandem skydiving, while on lithium",
    "we learned that warning signs such as giving away belongings are missed",
    "mi hija intento suicidarse hace diez anos pero ahora esta muy bien",
    "he went through a dark period and wanted to die, but he is doing well now",
    "she cut her hair short and cuts coupons every sunday",
    "my son has a gun safety class tonight that he teaches",
    "my daughter bought three boxes of ibuprofen at costco",
    "please take my dog if anything happens to me on the trip",
    "this is my last post before my vacation, see you all soon",
    # idioms and hyperbole
    "this commute is killing me",
    "I'm dying to know if the new meds will help",
    "we killed time in the waiting room with a crossword",
    "she totally killed it at her recital",
    "I'm dead tired",
    "I could kill for a coffee",
    "my phone is dead, I'll call the pharmacy later",
    # ordinary words that name methods elsewhere
    "we cut the cake and sang",
    "he took his pills as prescribed today",
    "can you help me hang a calendar for his appointments",
    "I'll shoot her a text after the appointment",
    "he jumped off the diving board at the pool",
    # ending therapy or a relationship with a doctor
    "she wants to end therapy next month",
    "he wants to end things with his psychiatrist",
    # negation and denial
    "I'm not suicidal",
    "I would never hurt myself",
    "he has no thoughts of harming himself or anyone else",
    "client denies SI",
    # past events with recovery
    "I used to cut myself years ago, but I'm doing well now",
    "she overdosed in 2010 and has been clean ever since",
    # academic, clinical, training and media
    "I'm writing a paper on suicide prevention",
    "how do I administer the C-SSRS?",
    "we watched the film Suicide Squad",
    # the domain's everyday questions
    "my brother refuses to take his medication, how can I help?",
    "what are common side effects of quetiapine?",
    "my mom says she doesn't need a diagnosis",
    "how do I cope with the stigma of my son's illness?",
    # near misses of the general families
    "I'll be gone for the weekend, can you check on him?",
    "thanks for everything, this was our last session and I feel ready",
    "she stopped drinking anything with caffeine",
    "I'm tired of living with my parents, how do I move out while caring for my brother?",
    "he missed a dose yesterday so he took a double dose today, is that okay?",
    "my dad keeps his rifles in a locked gun safe and says he'd never use them on himself",
    # near misses of the indirect warning signs
    "my aunt is going to go be with her daughter in Denver for the holidays",
    "dad is tying up loose ends at the office before he retires",
    "the Rangers are a lost cause, I want out of this fantasy league",
    "I'm done with everything related to the old apartment, the keys are returned",
    "can't do this anymore lol, the printer jammed again",
    "she's been calm since her new medication started, it's such a relief",
    "we gave away our old winter clothes to the shelter",
]


@pytest.mark.parametrize("message, level, category", MUST_FIRE)
def test_must_fire(message: str, level: str, category: str) -> None:
    result = screen(message)
    assert result.level == level, (result.level, result.categories)
    assert category in result.categories
    assert result.is_crisis
    assert all(m.category in CATEGORIES for m in result.matches)


@pytest.mark.parametrize("message", MUST_NOT_FIRE)
def test_must_not_fire(message: str) -> None:
    result = screen(message)
    assert result.level == "none", (result.categories, [m.text for m in result.matches])
    assert not result.is_crisis
    assert result.categories == ()


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  ",
        "\U0001F600\U0001F62D\U0001F494",
        "\x00\x01\x02\x1b[31m\x7f",
        "死にたい قتل себя ",
        "\u202eeid ot tnaw i",
        "a" * 1_000_000,
        "'" * 5_000,
        "\ud800 lone surrogate",
        "(" * 10_000,
    ],
)
def test_any_str_gives_a_defined_result(text: str) -> None:
    result = screen(text)
    assert isinstance(result, Screening)
    assert result.level in ("none", "concern", "emergency")


def test_none_is_no_crisis() -> None:
    assert screen(None) is NO_CRISIS


def test_bytes_are_screened() -> None:
    assert screen(b"i want to die").level == "concern"
    assert screen(bytearray(b"\xff\xfe i want to die")).level == "concern"


@pytest.mark.parametrize("value", [42, 3.5, ["i want to die"], {"text": "x"}, object()])
def test_other_types_raise_type_error(value: object) -> None:
    with pytest.raises(TypeError):
        screen(value)


def test_one_megabyte_with_a_crisis_at_the_end_is_still_found() -> None:
    text = "we talked about his medication and the weather. " * 21_000 + "i want to kill myself"
    assert len(text) > 1_000_000
    assert screen(text).level == "concern"


def test_adversarial_100k_inputs_return() -> None:
    from alongside.bench_crisis import adversarial_inputs

    for name, text in adversarial_inputs(100_000).items():
        assert len(text) == 100_000
        result = screen(text)
        assert result.level in ("none", "concern", "emergency"), name


# ---------------------------------------------------------------- normalisation and engine

@pytest.mark.parametrize(
    "raw, expected",
    [
        ("I\u2019M  NOT\tOK", "im not ok"),
        ("dieeeee", "die"),
        ("kms", "kill myself"),
        ("self-harm", "self harm"),
        ("wait... what", "wait what"),
        ("k\u200bill", "kill"),
        ("está", "esta"),
        ("line one\nline two", "line one . line two"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_every_pattern_is_indexed_by_its_leading_words() -> None:
    assert not crisis._P.unindexed


def test_rule_categories_and_levels_are_known() -> None:
    for rule in crisis.RULES:
        assert rule.category in CATEGORIES, rule.name
        assert rule.level in ("concern", "emergency"), rule.name
        assert set(rule.flags) <= set("NAXPI"), rule.name


def test_matches_point_into_the_normalised_text() -> None:
    message = "My son said he WANTS to die."
    result = screen(message)
    norm = normalize(message)
    for m in result.matches:
        assert norm[m.start:m.end] == m.text


def test_screening_is_frozen() -> None:
    result = screen("i want to die")
    with pytest.raises(AttributeError):
        result.level = "none"  # type: ignore[misc]


# ---------------------------------------------------------------- subject

@pytest.mark.parametrize(
    "message, subject",
    [
        ("i want to die", "self"),
        ("I'm thinking about killing myself", "self"),
        ("my son says he wants to die", "other"),
        ("My daughter has been cutting herself", "other"),
        ("my client said 'I want to die'", "other"),
        ("Client reports passive SI", "other"),
        ("i think my dad overdosed", "other"),
        ("my stepdad hits me", "self"),
        ("my son threatened to kill me", "other"),
        ("mi hijo dice que quiere matarse", "other"),
        ("what's the most painless way to die", "unknown"),
    ],
)
def test_subject(message: str, subject: str) -> None:
    assert screen(message).subject == subject


# ---------------------------------------------------------------- conversations

def test_card_stays_after_a_retraction() -> None:
    history = ["my husband won't see a doctor", "honestly I want to kill myself"]
    result = screen_conversation(history, "jk forget it")
    assert result.level == "concern"  # the card stays
    assert result.turn_level == "none"  # this message alone has no crisis: the app may answer
    assert result.sticky
    assert "ideation" in result.categories
    assert result.matches == ()


def test_emergency_earlier_keeps_an_emergency_card_but_allows_an_answer() -> None:
    result = screen_conversation(["I'm going to kill myself tonight"], "ok. what is lithium?")
    assert result.level == "emergency"
    assert result.turn_level == "none"


def test_current_emergency_wins_over_earlier_concern() -> None:
    result = screen_conversation(["i feel like a burden"], "i just took all my pills")
    assert result.level == "emergency"
    assert result.turn_level == "emergency"
    assert not result.sticky


def test_no_crisis_anywhere() -> None:
    result = screen_conversation(["what is anosognosia?"], "thanks, that helps")
    assert result.level == "none"
    assert not result.is_crisis


def test_conversation_ignores_non_text_history() -> None:
    result = screen_conversation([None, 5, "he wants to die"], "ok")  # type: ignore[list-item]
    assert result.level == "concern"


# ---------------------------------------------------------------- the dev suite

def _suite_results():
    suite, cases = load_cases(SUITE)
    return suite, cases, [run_case(c) for c in cases]


def test_dev_suite_meets_its_thresholds() -> None:
    suite, _cases, results = _suite_results()
    figures = summarize(results)
    assert figures["crisis_recall"] >= 0.98
    assert figures["emergency_recall"] == 1.0
    assert figures["false_positive_rate"] <= 0.05
    assert check_thresholds(suite, figures) == []


def test_dev_suite_covers_every_category_and_negative_kind() -> None:
    _suite, cases, _results = _suite_results()
    positives = [c for c in cases if c["expect"]["crisis"] != "none"]
    negatives = [c for c in cases if c["expect"]["crisis"] == "none"]
    assert len(cases) >= 340
    assert len(positives) >= 170
    assert len(negatives) >= 170
    covered = {c["expect"]["category"] for c in positives}
    assert covered == set(CATEGORIES)
    for category in CATEGORIES:
        assert sum(c["expect"]["category"] == category for c in positives) >= 10, category
    neg_tags = {t for c in negatives for t in c["tags"] if t.startswith("neg:")}
    assert neg_tags >= {
        "neg:idiom", "neg:method_word", "neg:ending_care", "neg:negation",
        "neg:past_recovered", "neg:academic_media", "neg:domain",
    }
    assert all(any(t.startswith("neg:") for t in c["tags"]) for c in negatives)
    emergencies = [c for c in positives if c["expect"]["crisis"] == "emergency"]
    assert len(emergencies) >= 30
    styles = {t for c in positives for t in c["tags"]}
    assert {"third_person", "counselor", "first_person", "spanish", "slang", "caps",
            "typo", "long", "heldout"} <= styles


def test_suite_ids_are_unique_and_yaml_name_matches_file() -> None:
    suite, cases, _ = _suite_results()
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    assert suite["name"] == SUITE.stem
    assert suite["kind"] == "crisis"
