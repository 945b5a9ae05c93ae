"""Counselor drafts: reflections, an open question and the strategies from the guidance that fit.

A counselor pastes what a client said and gets motivational-interviewing drafts to edit: a simple
reflection (the client's words turned to "you"), a complex reflection (the value or need under
them), a double-sided reflection (both sides of the ambivalence), one open question, and one to
three strategies, each quoting the retrieved guidance word for word.

Everything here is rule-based and offline (no model; a few milliseconds at most per statement),
so the same statement always gets the same drafts. The drafts keep the guidance's
stance: reflections are statements, questions are open, and nothing tells the client what to do,
warns, diagnoses, or advises on doses or on stopping medication.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from alongside.reply import Draft, Source

log = logging.getLogger("alongside.counselor")

__all__ = ["draft_responses", "render_drafts"]

MAX_REFLECTION_CHARS = 200
MAX_SIDE_CHARS = 120
MAX_INPUT_CHARS = 6000  # a pasted session note longer than this is read from its start
MAX_QUOTE_CHARS = 420

LABELS = {
    "simple_reflection": "Simple reflection",
    "complex_reflection": "Complex reflection",
    "double_sided_reflection": "Double-sided reflection",
    "open_question": "Open question",
}


def _words_of(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Words a reflection must never open with (it would read as a question).
QUESTION_STARTS = _words_of(
    "what why how when where who whom whose which do does did is are am was were can could "
    "would will should shall have has had may might must isn't aren't don't doesn't didn't "
    "won't wouldn't can't couldn't"
)
# Words an open question must never open with (they make it a yes/no question).
CLOSED_STARTS = _words_of(
    "do does did is are am was were can could would will should shall have has had may might "
    "isn't aren't don't doesn't didn't won't wouldn't can't couldn't"
)


# ---------------------------------------------------------------- text clean-up

_TYPOGRAPHY = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"',
    "\u2014": ", ", "\u2013": ", ", "\u2026": ". ", "\u00a0": " ",
})

# Contractions typed without their apostrophe (only the unambiguous ones), and chat shorthand.
_SHORTHAND = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "wont": "won't",
    "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "werent": "weren't",
    "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "wouldnt": "wouldn't",
    "couldnt": "couldn't", "shouldnt": "shouldn't", "aint": "ain't", "im": "i'm", "ive": "i've",
    "youre": "you're", "youve": "you've", "theyre": "they're", "theyve": "they've",
    "thats": "that's", "whats": "what's", "theres": "there's", "shes": "she's", "weve": "we've",
    "idk": "i don't know", "dunno": "don't know", "cuz": "because", "coz": "because",
    "bc": "because", "tho": "though", "thru": "through", "ppl": "people", "rn": "right now",
    "u": "you", "ur": "your", "w": "with",
}
_SHORTHAND_RE = re.compile(r"\b(" + "|".join(sorted(_SHORTHAND, key=len, reverse=True)) + r")\b",
                           re.IGNORECASE)

_FILLERS = [
    (_re(r"\b(?:u+m+|u+h+m*|e+r+m+|h+m+|u+g+h+|meh|lol|lmao|tbh|ngl|smh)\b[,.]?"), ""),
    (_re(r"\b(?:honestly|literally|basically|frankly|seriously)\b,?"), ""),
    (_re(r"(^|[,.;!?]\s*)(?:you know|i mean|like|so yeah|yeah|ok so|okay so|so|well|"
         r"anyway|anyways|look|listen|ok|okay)\s*,\s*"), r"\1"),
    (_re(r",\s*(?:you know|i mean|like)\s*(?=[,.;!?]|$)"), ""),
    (_re(r"\blike,\s*"), ""),
    (_re(r"\b(like)\s+\1\b"), r"\1"),
    (_re(r"(^|[.;!?]\s+)(?:i mean|so yeah|yeah|so|and|well|ok|okay|anyway)\s+(?=\w)"), r"\1"),
    (_re(r",?\s*\b(?:or whatever|and stuff|or something|whatever)\s*(?=[.;!?]|$)"), ""),
    (_re(r"(^|[.;!?])\s*like\s+(?=(?:i|i'm|it|it's|the|my|they|he|she|we)\b)"), r"\1 "),
    (_re(r",?\s+you know\s*(?=[.;!?]|$)"), ""),
]
_ABBREVIATIONS = _re(r"\b(dr|mr|mrs|ms|st|vs|etc|e\.g|i\.e)\.")


def _normalise(text: str) -> str:
    """Straight quotes, one space, apostrophes restored; an all-caps statement lowered."""
    text = text.translate(_TYPOGRAPHY)
    text = _ABBREVIATIONS.sub(lambda m: m.group(1).replace(".", ""), text)
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        text = text.lower()
    text = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(1).lower()], text)
    text = re.sub(r"\b'?cause\b(?=\s+(?:i|i'm|it|it's|they|he|she|my|the|we|you)\b)", "because",
                  text, flags=re.IGNORECASE)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n\s*", "\n", text)
    return text.strip()


def _strip_fillers(text: str) -> str:
    for pattern, repl in _FILLERS:
        text = pattern.sub(repl, text)
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r"(^|[.;!?\n]\s*),\s*", r"\1", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip(" ,")


# ---------------------------------------------------------------- themes

def _rx(*patterns: str) -> list[re.Pattern[str]]:
    return [_re(p) for p in patterns]


_SELF = r"(?:my ?self|her ?self|him ?self|them ?selves|them ?self)"
_POSS = r"(?:my|her|his|their)"
_OBJ = r"(?:me|her|him|them)"

RISK = _rx(
    r"\bsuicid", rf"\bkill(?:ing)? {_SELF}\b", rf"\bend (?:it all|{_POSS} life|things)\b",
    r"\b(?:want|wanted|wants|wanting) to die\b",
    r"\bwish (?:i|she|he|they) (?:was|were|wasn't|weren't) (?:dead|here|alive|around)\b",
    rf"\bbetter off (?:dead|without {_OBJ})\b",
    r"\b(?:don't|doesn't|do not|does not) want to (?:be here|live|be alive|wake up|exist)\b",
    r"\bno (?:reason|point) (?:to|in) (?:live|living|going on)\b",
    rf"\bhurt(?:ing)? {_SELF}\b", r"\bself[- ]?harm", r"\bcutting\b", r"\boverdos",
    rf"\bstockpil|\bsav(?:e|ing) up (?:{_POSS} |the )?(?:pills|meds)\b",
    r"\b(?:want|wants|going|gonna|could|might|will|'ll) (?:to )?(?:hurt|kill|harm) "
    r"(?:someone|somebody|people|him|her|them|everyone)\b",
    r"\bvoices (?:are |were )?(?:telling|told|tell|say|said)\b",
    r"\b(?:voices|hallucinations?) (?:are |were )?(?:back|again|worse|louder)\b",
    r"\bhear(?:ing)? voices again\b",
    r"\b(?:haven't|hasn't|not|hadn't) (?:slept|sleeping|eaten|eating) (?:in|for) "
    r"(?:days|a week|weeks|\d+ days)\b",
    rf"\bcan't (?:take care of|look after) {_SELF}\b",
    r"\b(?:getting|got|gets|gotten) (?:so much |a lot |much |way )?worse\b", r"\bworse and worse\b",
    r"\bcan't (?:go on|keep going|take (?:it|this) anymore|do this anymore)\b",
    r"\bgive up on (?:life|everything|living)\b", r"\bnot safe\b",
    r"\bup all night\b[^.]{0,30}\bdays\b",
    r"\b(?:isn't|is not|aren't|not|stopped|hasn't been) eating\b",
)

THEMES: dict[str, list[tuple[re.Pattern[str], float]]] = {}


def _theme(name: str, *patterns: str, weight: float = 1.0) -> None:
    THEMES.setdefault(name, []).extend((p, weight) for p in _rx(*patterns))


_theme("identity",
       rf"\b(?:feel|feels|feeling|felt|be|being) like {_SELF}\b", rf"\b(?:be|being) {_SELF}\b",
       rf"\bnot {_SELF}\b",
       r"\bnot me\b", r"\bthe real (?:me|her|him|them)\b",
       r"\bwho (?:i|she|he|they) (?:am|is|are|was|were)\b",
       rf"\b(?:lost|losing|lose|loses) {_SELF}\b", r"\bcreativ", r"\bpersonality\b",
       rf"\b{_POSS} spark\b", rf"\brecogni[sz]e {_SELF}\b", r"\bsomeone else\b",
       r"\b(?:a )?different person\b", r"\bnot the same (?:person|me)\b", r"\brobot\b",
       r"\bidentity\b", r"\bbest version of\b", r"\bboring\b",
       r"\bpaint|\bdraw(?:ing)?\b|\bmusic\b|\bwrit(?:e|ing)\b",
       rf"\bmiss {_POSS} (?:highs|energy|edge|old self)\b", r"\bmedicated (?:me|her|him|them)\b")
_theme("side_effects",
       r"\bfog(?:gy)?\b", r"\bflat\b|\bgr[ae]y\b", r"\bnumb\b", r"\bzombie", r"\bgroggy\b",
       r"\bdrows",
       r"\bsleepy\b|\bnodding off\b|\bsleep all\b",
       r"\btired\b(?! of)|\bno energy\b|\bsluggish\b|\blethargic\b",
       r"\bweight\b|\bpounds\b|\blbs\b|\bkilos\b|\bfat\b",
       r"\bnause|\bthrow(?:ing)? up\b|\bstomach\b",
       r"\bshak(?:e|es|y|ing)\b|\btremor", r"\bdizz", r"\bheadache", r"\bsex\b|\blibido\b",
       r"\bdull\b|\bdumb(?:er)?\b|\bstupid\b|\bslow(?:ed)?\b|\bcan't think\b", r"\bblunt",
       r"\bside[- ]?effects?\b", r"\bcan't (?:feel|cry|laugh)\b|\bdon't (?:cry|laugh)\b",
       r"\brestless\b|\bjittery\b", r"\bdry mouth\b")
_theme("control",
       rf"\b{_POSS} (?:own )?(?:choice|decision|call|right)\b",
       rf"\b(?:it's|it is) {_POSS} (?:life|body|brain|mind)\b",
       rf"\b{_POSS} body\b",
       r"\b(?:no one|nobody|noone) (?:can |gets to |is going to |will )?(?:tell|make|force|decide)",
       r"\bforc(?:e|ed|es|ing)\b|\bpushed\b|\bpushing\b|\bpressur", r"\bcontrol\b",
       r"\b(?:i|she|he|they) (?:get to )?decide\b", r"\bup to (?:me|her|him|them)\b",
       rf"\bmake {_OBJ} take\b", r"\bback off\b",
       rf"\b(?:counts|checks|watches|monitors) {_POSS} pills\b",
       r"\btold what to do\b|\bbossed\b", r"\bnag", r"\bnatural\b|\bsupplements?\b|\bherbal\b",
       rf"\b{_POSS} own way\b")
_theme("mistrust",
       r"\b(?:doctor|doc|psychiatrist|prescriber|pdoc|nurse|they|he|she|dr)\b[^.]{0,40}?\b"
       r"(?:doesn't|don't|didn't|never|won't|wouldn't)\s+(?:even\s+)?"
       r"(?:listen|care|hear|believe|ask)",
       r"\b(?:don't|doesn't|can't|never|didn't) trust\b", r"\bguinea pig\b|\blab rat\b",
       r"\b(?:big )?pharma\b", r"\bpill[- ]push",
       r"\b(?:five|5|ten|10|two|2|fifteen|15) minutes?\b",
       r"\bjust (?:ups?|upped|raises?|throws?|threw|pushes|pushed|wants? to drug)\b",
       rf"\bdrug {_OBJ} up\b|\bdrugged\b", r"\bnot listening\b|\b(?:nobody|no one) listens\b",
       r"\blie[ds]?\b|\blying\b", r"\bnobody told\b|\bno one told\b|\bnever told\b")
_theme("harm",
       rf"\binjected {_OBJ}\b", rf"\bheld {_OBJ} down\b", r"\brestrain", r"\bhandcuff",
       r"\bpolice\b|\bcops\b", r"\btraumati[sz]", r"\bcommitted\b|\b5150\b")
_theme("harm", r"\bhospital", weight=0.5)
_theme("mistrust", r"\b(?:doctor|psychiatrist|prescriber|pdoc|dr|nurse practitioner)\b", weight=0.5)
_theme("relationship",
       r"^\s*you(?:'re| are) (?:just )?like\b", r"\byou (?:only|just) care\b",
       r"\byou (?:don't|never) (?:get|understand|listen|care)\b", r"\byou (?:guys|people)\b",
       r"\b(?:will|would) you support\b", r"\bon my side\b", r"\blecture", r"\bjudg(?:e|ed|ing)\b",
       r"\byell")
_theme("stigma",
       r"\bcrazy\b", r"\bpsycho\b", r"\bnuts\b", r"\binsane\b", r"\blabel", r"\bdiagnos",
       r"\bschizo", r"\bbipolar\b", r"\bstigma", r"\bashamed\b|\bshame\b", r"\bembarrass",
       r"\bweak\b", r"\bbroken\b", r"\bfreak\b", r"\bnormal\b", r"\bin front of\b",
       r"\bin public\b",
       r"\bwhat (?:people|others|everyone) (?:think|thinks|will think|would think)\b",
       r"\bpeople (?:will|would) (?:think|know|find out|judge)\b",
       r"\bin (?:my|her|his|their) file\b",
       r"\btreat(?:ing|ed)? (?:me|her|him|them) differently\b", r"\bhide\b|\bhiding\b",
       r"\bmirror\b")
_theme("hopeless",
       r"\bpointless\b", r"\b(?:what's|what is) the point\b|\bno point\b",
       r"\bnothing (?:ever )?(?:works|helps|worked|helped|will help|is going to help)\b",
       r"\bhopeless", r"\bgive up\b|\bgave up\b|\bgiving up\b", r"\bwhy bother\b",
       r"\btried (?:everything|them all|all of them|so many|\w+ different)\b",
       r"\bnone of them (?:worked|helped)\b", r"\bnever get(?:ting)? better\b",
       r"\bwaste of time\b")
_theme("feeling_fine",
       r"\b(?:i'm|i am|she's|he's|they're|feel|feeling|felt|doing|been|is|are|was|were) "
       r"(?:totally |perfectly |completely |really |pretty |so much )?"
       r"(?:fine|great|good|ok|okay|better|stable|well)\b",
       r"\b(?:don't|doesn't|do not|does not) (?:think (?:i|she|he|they) )?needs? "
       r"(?:them|it|the|my|her|his|their|meds|medication|pills|any)\b",
       rf"\bnothing (?:is )?wrong with {_OBJ}\b", r"\bcured\b", r"\bnot sick\b",
       r"\bbetter (?:now|without)\b")
_theme("exhaustion",
       r"\b(?:tired|sick|exhausted|worn out|fed up) (?:of|from|with)\b", r"\bso tired\b",
       r"\bworn (?:out|down)\b", r"\bexhaust", r"\boverwhelm", r"\bhassle\b",
       r"\bhate taking\b")
_theme("forever",
       rf"\brest of {_POSS} life\b", r"\bforever\b", r"\bfor life\b", r"\blife-?long\b",
       r"\bnever (?:be able to )?(?:get|come) off\b")
_theme("ambivalence", r"\bbut\b|\bthough\b|\balthough\b", weight=0.5)
_theme("ambivalence",
       rf"\bpart of {_OBJ}\b", r"\bsometimes\b|\bsome days\b", r"\bon the other hand\b",
       r"\bnot sure\b|\bunsure\b", r"\b(?:i|she|he|they) (?:don't|doesn't) know\b", r"\btorn\b",
       r"\bmaybe\b", r"\bmixed\b", r"\bknows? (?:they|it) help")

_AMBIVALENCE = frozenset(p for p, _ in THEMES["ambivalence"])

# Ties go to the theme that says most about what the refusal protects.
PRIORITY = ("identity", "harm", "control", "relationship", "mistrust", "side_effects", "stigma",
            "hopeless", "feeling_fine", "forever", "exhaustion", "ambivalence")

_STOPPING = _re(
    r"\b(?:stop|stopped|stopping|quit|quitting|done with|not taking|haven't been taking|"
    r"won't take|refus\w*|flush\w*|off (?:my|the|her|his|their) (?:meds|pills|medication)|"
    r"don't want (?:to take )?(?:them|it|the|my|meds|pills|medication))\b")

_EFFECTS = [
    (_re(r"\bfog(?:gy)?\b"), "foggy"), (_re(r"\bflat\b|\bgr[ae]y\b"), "flat"),
    (_re(r"\bnumb\b"), "numb"), (_re(r"\bzombie"), "like a zombie"),
    (_re(r"\bgroggy\b"), "groggy"),
    (_re(r"\bdrows|\bsleepy\b|\bnodding off\b"), "sleepy"),
    (_re(r"\btired\b(?! of)|\bno energy\b|\bsluggish\b|\blethargic\b"), "tired"),
    (_re(r"\bdull\b|\bdumb(?:er)?\b|\bstupid\b|\bslow(?:ed)?\b"), "slowed down"),
    (_re(r"\bempty\b"), "empty"), (_re(r"\bshak|\btremor"), "shaky"),
    (_re(r"\bnause"), "sick to your stomach"), (_re(r"\bdizz"), "dizzy"),
    (_re(r"\brestless\b|\bjittery\b"), "restless"),
]
_WEIGHT = _re(r"\bweight\b|\bpounds\b|\blbs\b|\bkilos\b|\bfat\b")
_SEX = _re(r"\bsex\b|\blibido\b")


# ---------------------------------------------------------------- the medication, as named

@dataclass(frozen=True)
class Med:
    """How the client named the medication, and the word forms that agree with it."""

    noun: str = "the medication"
    plural: bool = False

    @property
    def has(self) -> str:
        return "have" if self.plural else "has"

    @property
    def it(self) -> str:
        return "they" if self.plural else "it"

    @property
    def them(self) -> str:
        return "them" if self.plural else "it"

    def verb(self, base: str) -> str:
        """`base` agreeing with the medication as subject ("take" -> "takes" for "it")."""
        if self.plural:
            return base
        return base + ("es" if base.endswith(("s", "sh", "ch", "x", "o")) else "s")


_MED_WORDS = _re(
    r"\b(meds|medications?|medicines?|pills|tablets|drugs|antidepressants?|antipsychotics?|"
    r"mood stabili[sz]ers?|injections?|shots?|lithium|seroquel|quetiapine|abilify|aripiprazole|"
    r"zyprexa|olanzapine|risperdal|risperidone|invega|haldol|clozapine|clozaril|depakote|"
    r"lamictal|lamotrigine|zoloft|sertraline|prozac|fluoxetine|lexapro|escitalopram|wellbutrin|"
    r"bupropion|effexor|venlafaxine|latuda|vraylar)\b")
_GENERIC_MEDS = {"lithium", "quetiapine", "aripiprazole", "olanzapine", "risperidone", "clozapine",
                 "lamotrigine", "sertraline", "fluoxetine", "escitalopram", "bupropion",
                 "venlafaxine"}


def _med(text: str) -> Med:
    m = _MED_WORDS.search(text)
    if not m:
        return Med()
    word = m.group(1).lower()
    if word in ("meds", "pills", "tablets"):
        return Med(f"the {word}", True)
    if word.startswith(("medication", "drug")):
        return Med("the medication")
    if word.startswith("medicine"):
        return Med("the medicine")
    if word.startswith(("antidepressant", "antipsychotic", "mood stabili")):
        return Med("the " + (word if word.endswith("s") else word + "s"), True)
    if word.startswith(("injection", "shot")):
        return Med("the injections", True)
    return Med("the " + (word if word in _GENERIC_MEDS else word.capitalize()))


# ---------------------------------------------------------------- who is speaking

_FP_STRONG = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"})
_FP_WEAK = frozenset({"we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"})
_CLIENT_NOUN = r"(?:(?:my|our|the|this|a)\s+)?(?:client|patient|pt)\b"
_REPORT_VERB = (r"(?:said|says|told me|tells me|reported|reports|stated|states|mentioned|mentions|"
                r"shared|shares|explained|explains|keeps saying|kept saying|is saying|was saying|"
                r"insists|insisted|admitted|admits|complained|complains|disclosed)")
_REPORT_PREFIX = _re(
    rf"^\s*(?:{_CLIENT_NOUN}(?:\s*\([^)]*\))?|(?P<pro>she|he|they))\s+{_REPORT_VERB}\s*"
    r"(?:to me\s*)?(?:that\s+)?[:,]?\s*")
_CLIENT_START = _re(rf"^\s*{_CLIENT_NOUN}")
_QUOTED = re.compile(r'"([^"]{3,})"')
_OTHER_PERSON = _re(
    r"\b(?:doctor|doc|dr|psychiatrist|prescriber|pdoc|nurse|therapist|counsel+or|mom|mum|mother|"
    r"dad|father|husband|wife|partner|boyfriend|girlfriend|brother|sister|son|daughter|friend|"
    r"boss|parents?)\b")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


@dataclass(frozen=True)
class Voice:
    """Whose words these are: "first" (the client's own), "third" (a counselor's description of
    the client, whose pronouns are `family`), "none" (no pronouns) or "foreign" (not English)."""

    person: str
    text: str
    family: str = ""  # "she" | "he" | "they" | "" for third person
    addressed: bool = False  # the client speaks to the counselor ("you only care whether...")


_ADDRESSED = _re(
    r"(?:^|[.!?]\s*)you(?:'re| are) (?:just |only )?(?:like|the same|one of)\b|"
    r"\byou (?:only|just|really|don't|never|all|guys|people) (?:care|want|get|understand|listen|"
    r"think)\b|\byou(?:'re| are) (?:just |only )?(?:like everyone|on their side|not listening)\b")


def _family_of(text: str) -> str:
    order = [(m.start(), f) for f, p in (("she", r"\b(?:she|her|hers|herself|she's)\b"),
                                          ("he", r"\b(?:he|him|his|himself|he's)\b"))
             for m in [re.search(p, text, re.IGNORECASE)] if m]
    if order:
        return min(order)[1]
    if re.search(r"\b(?:they|them|their|themselves|themself|they're)\b", text, re.IGNORECASE):
        return "they"
    return ""


def _voice(text: str) -> Voice:
    words = _words(text)
    strong = [w for w in words if w in _FP_STRONG]
    # A quoted first-person statement inside a counselor's description: reflect the quote.
    quotes = [q for q in _QUOTED.findall(text) if any(w in _FP_STRONG for w in _words(q))]
    outside = _QUOTED.sub(" ", text)
    if quotes and (_CLIENT_START.search(outside) or _REPORT_PREFIX.search(outside)
                   or re.search(r"\b(?:she|he|they)\s+" + _REPORT_VERB, outside, re.IGNORECASE)):
        joined = ". ".join(q.strip().rstrip(".") for q in quotes)
        return Voice("first", joined, addressed=bool(_ADDRESSED.search(joined)))
    m = _REPORT_PREFIX.match(text)
    if m:
        content = text[m.end():]
        family = (m.group("pro") or "").lower() or _family_of(content)
        if _first_person_leads(content, family):
            # "Client said: I'm done" quotes the client; "they told me I'll..." is the client
            # talking about someone else, so it is kept whole.
            kept = text if m.group("pro") else content
            return Voice("first", kept, addressed=bool(_ADDRESSED.search(kept)))
        return Voice("third", content, family)
    if _CLIENT_START.match(text):
        return Voice("third", text, _family_of(text))
    if strong:
        return Voice("first", text, addressed=bool(_ADDRESSED.search(text)))
    fam = _family_of(text)
    if fam in ("she", "he"):
        first = re.search(r"\b(?:she|her|he|him|his)\b", text, re.IGNORECASE)
        other = _OTHER_PERSON.search(text)
        if first and not (other and other.start() < first.start()):
            return Voice("third", text, fam)
    if any(w in _FP_WEAK for w in words):
        return Voice("first", text)
    return Voice("none", text, addressed=bool(_ADDRESSED.search(text)))


def _first_person_leads(content: str, family: str) -> bool:
    """In reported speech, does the client's own "I" come before any he/she for the client?"""
    third = {"she": ("she", "her", "she's"), "he": ("he", "him", "his", "he's"),
             "they": ("they", "them", "their", "they're")}.get(family, ())
    for w in _words(content):
        if w in _FP_STRONG:
            return True
        if w in third:
            return False
    return False


_ENGLISH = _words_of(
    "i you he she it we they my your his her our their me him them the an and but or because so "
    "if when not don't do does did is are was were be been am have has had will would can can't "
    "could should to of in at for with about from just like feel feeling felt take taking took "
    "want need stop stopped meds medication pills doctor anymore that this what why how all any "
    "more too very really think know get got makes make made myself i'm it's won't there here now "
    "then out up off go going never always nothing everything tired sick hate fine said says "
    "client told feels since without them they're i've i'd i'll who which people day days time "
    "well good bad better worse mom dad she's he's"
)


def _is_foreign(text: str) -> bool:
    tokens = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)*", text)
    letters = "".join(tokens)
    if not letters:
        return False
    non_ascii = sum(1 for c in letters if not c.isascii()) / len(letters)
    if non_ascii > 0.3:
        return True
    if len(tokens) < 3:
        return False
    english = sum(1 for t in tokens if t.lower() in _ENGLISH)
    return english / len(tokens) < 0.2


# ---------------------------------------------------------------- first person -> second person

_FIRST_TO_SECOND = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "i'm": "you're",
    "i've": "you've", "i'd": "you'd", "i'll": "you'll", "we": "you", "us": "you", "our": "your",
    "ours": "yours", "ourselves": "yourselves", "we're": "you're", "we've": "you've",
    "we'd": "you'd", "we'll": "you'll",
}
# The client speaking to the counselor: their "you" is the counselor, who says "I" back.
_SECOND_TO_FIRST = {
    "your": "my", "yours": "mine", "yourself": "myself", "you're": "I'm", "you've": "I've",
    "you'd": "I'd", "you'll": "I'll",
}
_ADVERBS = _words_of(
    "really just still never always also only actually even sometimes often now no longer kind "
    "sort of honestly literally apparently supposedly definitely totally constantly usually "
    "already probably barely hardly rarely genuinely truly simply"
)
_ID_NEXT = _words_of("rather like be have never not just say love want stop take feel go")
_ILL_NEXT = _words_of(
    "be never just take stop go do try keep have get figure deal see feel lose end make start not "
    "probably always tell talk think quit"
)
_CONJ = _words_of("and but so or because if when that then")
_SUBJECT_NEXT = _words_of(
    "are were only just really don't didn't never always care want think know can can't will "
    "won't would could should do does did keep say said told get got act make"
)


def _first_to_second(words: list[str], out: list[str], addressed: bool) -> None:
    lw = [w.lower() for w in words]
    for i, w in enumerate(lw):
        prev = lw[i - 1] if i else ""
        prev2 = lw[i - 2] if i > 1 else ""
        nxt = lw[i + 1] if i + 1 < len(lw) else ""
        subject_i = prev == "i" or nxt == "i" or (prev in _ADVERBS and prev2 == "i")
        if addressed and w in _SECOND_TO_FIRST:
            out[i] = _SECOND_TO_FIRST[w]
        elif addressed and w == "you":
            as_subject = not prev or prev in _CONJ or nxt in _SUBJECT_NEXT or nxt in _ADVERBS
            out[i] = "I" if as_subject else "me"
        elif addressed and w in ("are", "were") and (prev == "you" or nxt == "you"):
            out[i] = "am" if w == "are" else "was"
        elif w in _FIRST_TO_SECOND:
            out[i] = _FIRST_TO_SECOND[w]
        elif w == "am" and subject_i:
            out[i] = "are"
        elif w in ("was", "wasn't") and subject_i:
            out[i] = "were" if w == "was" else "weren't"
        elif w == "id" and nxt in _ID_NEXT:
            out[i] = "you'd"
        elif w == "ill" and nxt in _ILL_NEXT and (not prev or prev in _CONJ):
            out[i] = "you'll"


# ---------------------------------------------------------------- third person -> second person

_IRREGULAR_3SG = {
    "is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
    "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't", "says": "say", "goes": "go",
}
_COMMON_3SG = _words_of(
    "says feels thinks wants hates refuses believes worries misses likes gets keeps takes stops "
    "skips reports complains insists claims knows needs tells goes does has is seems sleeps "
    "stopped tries loves worries doesn't isn't wasn't hasn't"
)
# After these, "her" is an object ("makes her feel"), otherwise a possessive ("her meds").
_OBJ_FOLLOW = _words_of(
    "feel feels think be do take want like and or but so to that the a an this those these "
    "some any up down out off in on at with about for from into over again anymore too because "
    "when if sick crazy tired worse better nothing anything everything something what how it i "
    "he she they we you is was has had will would can could just really still more less seem look "
    "sleepy foggy flat numb gain lose stop"
)
_HAVE_AFTER = _words_of("been got gotten had gone taken tried felt stopped started seen quit "
                        "put lost gained never always")


def _base_form(word: str) -> str:
    lw = word.lower()
    if lw in _IRREGULAR_3SG:
        return _IRREGULAR_3SG[lw]
    if "'" in lw or len(lw) < 4 or not lw.endswith("s") or lw.endswith(("ss", "us", "is", "ous")):
        return word
    if lw.endswith("ies"):
        return lw[:-3] + "y"
    if lw.endswith(("shes", "ches", "xes", "zes", "sses", "oes")):
        return lw[:-2]
    return lw[:-1]


def _third_to_second(words: list[str], out: list[str], family: str) -> None:
    lw = [w.lower() for w in words]
    subjects: list[int] = []
    contracted = False
    for i, w in enumerate(lw):
        nxt = lw[i + 1] if i + 1 < len(lw) else ""
        if w in ("xclientx",):
            out[i] = "you"
            subjects.append(i)
        elif w == "xclientsx":
            out[i] = "your"
        elif (family, w) in (("she", "she"), ("he", "he")):
            out[i] = "you"
            subjects.append(i)
        elif family == "they" and w == "they":
            out[i] = "you"
        elif (family == "she" and w == "she's") or (family == "he" and w == "he's"):
            out[i] = "you've" if nxt in _HAVE_AFTER else "you're"
            contracted = True
        elif (family, w) in (("she", "she'd"), ("he", "he'd"), ("they", "they'd")):
            out[i] = "you'd"
        elif (family, w) in (("she", "she'll"), ("he", "he'll"), ("they", "they'll")):
            out[i] = "you'll"
        elif family == "they" and w in ("they're", "they've"):
            out[i] = "you" + w[4:]
        elif family == "she" and w == "her":
            out[i] = "you" if (not nxt or nxt in _OBJ_FOLLOW) else "your"
        elif family == "he" and w == "him":
            out[i] = "you"
        elif family == "he" and w == "his":
            out[i] = "yours" if (not nxt or nxt in _OBJ_FOLLOW) else "your"
        elif family == "they" and w == "them":
            out[i] = "you"
        elif family == "they" and w == "their":
            out[i] = "your"
        elif (family, w) in (("she", "herself"), ("he", "himself"), ("they", "themselves"),
                             ("they", "themself")):
            out[i] = "yourself"
        elif (family, w) in (("she", "hers"), ("they", "theirs")):
            out[i] = "yours"
    for j in subjects:
        k = j + 1
        while k < len(lw) and lw[k] in _ADVERBS:
            k += 1
        if k < len(lw):
            out[k] = _base_form(words[k])
    # "stopped her meds and says she..." : a verb sharing the client as subject.
    if subjects or contracted:
        for k in range(1, len(lw)):
            if lw[k - 1] in ("and", "but", "or") and lw[k] in _COMMON_3SG:
                out[k] = _base_form(words[k])


_FAMILY_WORDS = {"she": "she|her", "he": "he|his", "they": "they|their", "": "xclientx"}


@lru_cache(maxsize=8)
def _report_mid(family: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"she says she...", "..., says she..." -> "she...": a report verb before the client's own
    pronoun, said by the client (not "his wife says he...")."""
    own = _FAMILY_WORDS.get(family, "xclientx")
    ahead = rf"(?:that\s+)?(?=(?:{own}|xclientx)\b)"
    return (_re(rf"\b(?:and\s+)?(?:{own}|xclientx)\s+{_REPORT_VERB}\s+{ahead}"),
            _re(rf"(^|[,;.]\s*|\band\s+){_REPORT_VERB}\s+{ahead}"))


def _second_person(text: str, voice: Voice) -> str:
    """The text as the counselor would say it back to the client."""
    if voice.person == "third":
        text = re.sub(rf"{_CLIENT_NOUN}'s", "xclientsx", text, flags=re.IGNORECASE)
        text = re.sub(_CLIENT_NOUN, "xclientx", text, flags=re.IGNORECASE)
        with_subject, bare = _report_mid(voice.family)
        text = bare.sub(r"\1", with_subject.sub("", text))
    parts = _WORD.split(text)
    words = _WORD.findall(text)
    out = list(words)
    if voice.person == "third":
        _third_to_second(words, out, voice.family)
    else:
        _first_to_second(words, out, voice.addressed)
    pieces = [parts[0]]
    for w, sep in zip(out, parts[1:], strict=True):
        pieces.extend((w, sep))
    return "".join(pieces)


# Clauses that lost their subject ("don't feel like myself", "stopped lithium in May").
_ELIDED_YOU = _words_of(
    "don't didn't can't won't wouldn't couldn't haven't hate hated love loved feel felt want "
    "wanted need needed stopped quit tried took take started skipped gained lost miss missed "
    "think thought know knew keep kept refuse refused say said get got"
)
_ELIDED_YOURE = _words_of("done tired sick scared afraid fine worried ashamed embarrassed "
                          "over finished")


def _add_subject(clause: str) -> str:
    m = _WORD.match(clause)
    if not m:
        return clause
    first = _base_form(m.group(0)).lower()
    if first in _ELIDED_YOU or m.group(0).lower() in ("feels", "says", "wants", "hates", "thinks"):
        return "you " + first + clause[m.end():]
    if first in _ELIDED_YOURE:
        return "you're " + clause
    return clause


# ---------------------------------------------------------------- picking what to reflect

_SUBORDINATE_LEAD = _re(
    r"^(?:when|whenever|if|after|before|while|once|although|though|since|because|until|unless|"
    r"the moment|the minute|the second|every time|each time|any time|anytime|as soon as|"
    r"ever since)\b")
_SUBORDINATE_TAIL = _re(
    r"^(?:like|which|that|especially|even|because|so|cause|telling|saying|making|leaving|"
    r"taking|feeling|trying|wanting|thinking|knowing|getting)\b")
_SPLIT = _re(
    r",\s*|\s+(?=(?:but|and)\s+(?:i|i'm|i've|i'd|i'll|my|it|it's|they|they're|she|he|we|you|"
    r"this|that|nothing|everything|nobody|no one|everyone|people|now)\b)")
_Q_SUBJECT = r"i|it|they|this|these|that|we|my \w+|the \w+"
_RHETORICAL = [
    (_re(r"^(?:so\s+)?why (?:would|should|do|will) i (?:even\s+)?(.+)$"),
     r"i don't see why i'd \1"),
    (_re(r"^(?:so\s+)?(?:what's|what is) the point(?: (?:of|in) (.+))?$"),
     lambda m: "i don't see the point" + (f" of {m.group(1)}" if m.group(1) else "")),
    (_re(r"^why bother$"), "it doesn't feel worth the bother"),
    (_re(r"^how am i supposed to (.+)$"), r"i don't know how i'm supposed to \1"),
    # "do I really have to take these forever?" -> "I'm wondering whether I really have to..."
    (_re(rf"^(?:do|does|did) ({_Q_SUBJECT}) (.+)$"), r"i'm wondering whether \1 \2"),
    (_re(rf"^(am|is|are|was|were|can|could|will|would|should|have|has) ({_Q_SUBJECT}) (.+)$"),
     r"i'm wondering whether \2 \1 \3"),
]
_MEANING = _rx(
    r"\b(?:feel|feels|felt|feeling)\b",
    r"\bmakes? (?:me|her|him|them)\b|\bmade (?:me|her|him|them)\b",
    r"\b(?:i'm|i am|i was|she's|he's|they're) (?:so )?(?:done|over|sick|tired|scared|afraid|"
    r"worried|fine|better|good|okay|not)\b", r"\bdone with\b",
    r"\b(?:stopped|quit|stop|stopping|quitting)\b",
    r"\b(?:don't|do not|won't|will not|never|doesn't) (?:want|take|need|going|think)\b",
    r"\bhate|\bcan't stand\b", r"\brefus", r"\b(?:can't|couldn't)\b", r"\bwant\b",
    r"\b(?:haven't|hasn't|not) (?:been )?taking\b",
    r"\bruin|\bwreck|\bdestroy|\bkill(?:s|ing) me\b",
)
_REASON = _re(r"\b(?:because|since|so)\b")
_OBLIGATION = _re(r"\b(?:have to|has to|need to|should|must|got to|gotta)\b")
_THREATISH = _re(r"\bif (?:i|she|he|they) (?:stop|quit|don't take)\b|\brelapse")


@dataclass
class Clause:
    """A clause of the statement, where it stood, and how much it says."""

    sentence: int
    index: int
    text: str
    score: float = 0.0


def _sentences(text: str, *, rewrite: bool = True) -> list[tuple[str, bool]]:
    """Sentences with whether each was a question; with `rewrite`, the client's own questions
    that carry a statement ("what's the point?", "do I have to...?") become statements."""
    out = []
    for m in re.finditer(r"[^.!?;\n]+[.!?;]*", text):
        raw = m.group(0).strip()
        body = raw.rstrip(".!?; ").strip(' "')
        if not re.search(r"[A-Za-z]", body):
            continue
        question = "?" in raw[len(body):] or "?" in raw
        if question and rewrite:
            for pattern, repl in _RHETORICAL:
                if pattern.match(body):
                    body = pattern.sub(repl, body)
                    question = False
                    break
        out.append((body, question))
    return out


def _clauses(text: str, *, rewrite: bool = True) -> list[Clause]:
    clauses: list[Clause] = []
    for s_i, (sentence, question) in enumerate(_sentences(text, rewrite=rewrite)):
        if question:
            continue
        pieces = [p.strip() for p in _SPLIT.split(sentence)]
        frags = [re.sub(r"^(?:and|then|plus)\s+", "", p, flags=re.IGNORECASE) for p in pieces if p]
        merged: list[str] = []
        pending = ""
        for frag in frags:
            short = len(_words(frag)) < 3
            if short and merged and not pending:
                merged[-1] = f"{merged[-1]}, {frag}"
                continue
            if short and not merged and not pending and len(frags) > 1:
                pending = frag
                continue
            if pending:
                merged.append(f"{pending}, {frag}")
                pending = ""
            elif _SUBORDINATE_LEAD.match(frag) and not merged:
                pending = frag
            elif _SUBORDINATE_TAIL.match(frag) and merged:
                merged[-1] = f"{merged[-1]}, {frag}"
            else:
                merged.append(frag)
        if pending:
            merged.append(pending)
        for c_i, frag in enumerate(merged):
            if re.search(r"[A-Za-z]{2,}", frag):
                clauses.append(Clause(s_i, c_i, frag))
    return clauses


def _score(clause: Clause, reading: Reading) -> float:
    """How much a clause says: feelings, reasons, decisions and themes count; questions, the
    counselor's own words, orders and warnings count against."""
    voice = reading.voice
    text = clause.text
    words = _words(text)
    score = 3.0 * sum(1 for p in _MEANING if p.search(text))
    score += sum(1.0 if p in _AMBIVALENCE else 2.0 for p in reading.hits if p.search(text))
    score += 2.0 if _REASON.search(text) else 0.0
    score += 1.0 if _MED_WORDS.search(text) else 0.0
    score += 4.0 if any(p.search(text) for p in reading.risk_hits) else 0.0
    if voice.person == "first" and any(w in _FP_STRONG for w in words):
        score += 1.5
    if voice.person == "third" and any(w in ("xclientx", "she", "he", "they") for w in words):
        score += 1.0
    if voice.person == "third" and any(w in _FP_STRONG for w in words):
        score -= 4.0  # the counselor's own "I", not the client's
    if not voice.addressed and re.match(r"you\b", text, re.IGNORECASE):
        score -= 2.0
    if _OBLIGATION.search(text):
        score -= 3.0
    if _THREATISH.search(text):
        score -= 3.0
    if len(words) < 2 or (len(words) < 3 and score < 4):
        score -= 2.0
    if len(text) > 160:
        score -= 2.0
    return score


_LEADING_CONDITION = _re(r"^(when|whenever|if|after|before|while|once)\s+([^,]+),\s*(.+)$")
_HAS_YOU = _re(r"\byou(?:r|'re|'ve|'d|'ll)?\b")


def _reorder(clause: str) -> str:
    """"when you take it, you feel flat" -> "you feel flat when you take it"."""
    m = _LEADING_CONDITION.match(clause)
    if m and len(m.group(3).split()) >= 2:
        return f"{m.group(3)} {m.group(1).lower()} {m.group(2)}"
    return clause


def _clip(text: str, limit: int) -> str:
    """Cut at a clause or word boundary before `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    comma = cut.rfind(", ")
    if comma > limit * 0.5:
        cut = cut[:comma]
    else:
        cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return re.sub(r"[\s,;]*\b(?:and|but|or|so|because|the|a|an|to|of|with|your|you)$", "",
                  cut, flags=re.IGNORECASE).rstrip(" ,;")


# ---------------------------------------------------------------- wording that stays MI-consistent

_SANITIZE = [
    (_re(r"\b(think|feel|wonder|wondering|know|knows) you (?:really )?should\b"),
     r"\1 it might be right to"),
    (_re(r"\byou (?:really )?(?:should|must|ought to)\b"), "it might be right to"),
    (_re(r"\byou don't (?:have|need) to\b"), "nobody can make you"),
    (_re(r"\byou (?:really )?need to\b"), "you feel a need to"),
    (_re(r"\b(would|will|might|could|may|'ll|'d|to) have to\b"), r"\1 be expected to"),
    (_re(r"\byou (really |still |just )?(?:have|'ve got|have got) to\b"),
     r"you're \1expected to"),
    (_re(r"\b(?:have) to\b"), "are expected to"),
    (_re(r"\byou(?:'ll| will| are going to|'re going to|'re gonna) (?:relapse|end up (?:back )?"
         r"in (?:the )?hospital|get (?:sick|worse)|regret it)(?: again)?\b"),
     "things could get worse again"),
    (_re(r"\bnon-?complian\w*"), "not taking it"),
]
_IF_STOP = _re(
    r"\bif you (?:stop|quit|come off|go off|skip|don't take)(?:\s+(?:taking|using))?"
    r"(?:\s+(?:them|it|the \w+|your \w+|meds|medication|pills))?")


def _sanitize(text: str, med: Med) -> str:
    for pattern, repl in _SANITIZE:
        text = pattern.sub(repl, text)
    return _IF_STOP.sub(f"without {med.noun}", text)


_KEEP_CASE = re.compile(r"^(?:I\b|I'|[A-Z]{2,}|Dr\b)")
# Sentence-opening words that read lower-case mid-sentence (names and drugs keep their capital).
_COMMON_OPENERS = _ENGLISH | _words_of(
    "everybody everyone nobody sometimes some part since crazy nothing it's that's there's "
    "everything the a"
)


def _lower_first(text: str) -> str:
    """"Your doctor..." -> "your doctor..." to continue a sentence; "Zoloft..." stays."""
    if not text or _KEEP_CASE.match(text):
        return text
    first = _WORD.match(text)
    if first and first.group(0)[0].isupper() and first.group(0).lower() in _COMMON_OPENERS:
        return text[0].lower() + text[1:]
    return text


def _statement(text: str, med: Med, limit: int = MAX_REFLECTION_CHARS) -> str:
    """A finished reflection: one statement, no question mark, not opening with a question word."""
    text = text.replace("?", "").replace("!", "").replace('"', "")
    text = re.sub(r"\s+", " ", text).strip(" ,;:.-")
    text = _sanitize(text, med)
    if not text:
        return ""
    first = (_WORD.match(text).group(0).lower() if _WORD.match(text) else "")
    if first in QUESTION_STARTS:
        text = "It sounds like " + _lower_first(text)
    text = _clip(text, limit - 1)
    text = text[0].upper() + text[1:]
    text = re.sub(r"\bi\b", "I", text)
    return text.rstrip(" ,;:.") + "."


# ---------------------------------------------------------------- reading the statement

@dataclass(frozen=True)
class Reading:
    """What the drafts are built from."""

    voice: Voice
    clean: str  # the statement, normalised and without fillers
    raw: str  # the statement, normalised
    themes: dict[str, float]
    primary: str
    risk: bool
    stopping: bool
    med: Med
    effects: tuple[str, ...]
    weight: bool
    sex: bool
    hits: tuple[re.Pattern[str], ...] = ()  # theme patterns found in the statement
    risk_hits: tuple[re.Pattern[str], ...] = ()


def _read(statement: str) -> Reading:
    text = _normalise(statement[:MAX_INPUT_CHARS])
    foreign = _is_foreign(text)
    clean = _strip_fillers(text)
    voice = Voice("foreign", clean) if foreign else _voice(clean)
    lowered = clean.lower()
    themes: dict[str, float] = {}
    hits: list[re.Pattern[str]] = []
    if not foreign:
        for name, patterns in THEMES.items():
            matched = [(p, w) for p, w in patterns if p.search(lowered)]
            if matched:
                themes[name] = sum(w for _, w in matched)
                hits.extend(p for p, w in matched if w >= 1)
    risk_hits = tuple(p for p in RISK if p.search(lowered))
    risk = bool(risk_hits)
    if risk:
        primary = "risk"
    else:
        strong = {t: s for t, s in themes.items() if s >= 1}
        primary = (max(strong, key=lambda t: (strong[t], -PRIORITY.index(t))) if strong
                   else "general")
    effects = tuple(dict.fromkeys(word for p, word in _EFFECTS if p.search(lowered)))[:2]
    return Reading(voice, clean, text, themes, primary, risk, bool(_STOPPING.search(lowered)),
                   _med(lowered), effects, bool(_WEIGHT.search(lowered)),
                   bool(_SEX.search(lowered)), tuple(hits), risk_hits)


# ---------------------------------------------------------------- the four client-facing drafts

_SHORT_REPLIES = {
    "no": "You're saying no to this, at least for now.",
    "nope": "You're saying no to this, at least for now.",
    "nah": "You're saying no to this, at least for now.",
    "whatever": "This doesn't feel worth getting into right now.",
    "fine": "You're doing fine.",
    "ok": "You're okay with where things are.",
    "okay": "You're okay with where things are.",
}


def simple_reflection(reading: Reading) -> str:
    """The client's own most meaningful words, said back in the second person."""
    voice, med = reading.voice, reading.med
    if voice.person == "foreign":
        return "You've said something important here, in your own words."
    bare = re.sub(r"[^a-z' ]", "", reading.raw.lower()).strip()
    if bare in _SHORT_REPLIES:
        return _SHORT_REPLIES[bare]
    if len(bare.split()) <= 2 and _MED_WORDS.search(bare):
        return f"{med.noun[0].upper()}{med.noun[1:]} {'are' if med.plural else 'is'} on your " \
               "mind right now."
    clauses = _clauses(voice.text, rewrite=voice.person != "third")
    if not clauses:
        return "There's a lot behind what you're saying, even in a few words."
    for c in clauses:
        c.score = _score(c, reading)
    ranked = sorted(clauses, key=lambda c: (-c.score, c.sentence, c.index))
    chosen = [ranked[0]]
    for c in ranked[1:]:
        has_subject = voice.person != "first" or any(w in _FP_STRONG for w in _words(c.text))
        if (c.score >= 3 and (has_subject or c.score >= 5)
                and (len(_words(c.text)) >= 4 or c.score >= 3.5)
                and len(ranked[0].text) + len(c.text) < MAX_REFLECTION_CHARS - 20):
            chosen.append(c)
            break
    chosen.sort(key=lambda c: (c.sentence, c.index))
    spoken = [_reorder(_add_subject(_second_person(c.text, voice).strip())) for c in chosen]
    spoken[0] = re.sub(r"^(?:but|and|so|yet|or)\s+", "", spoken[0], flags=re.IGNORECASE)
    if voice.addressed:
        spoken[0] = "it feels like " + _lower_first(spoken[0])
    text = spoken[0]
    if len(spoken) > 1:
        second = _lower_first(spoken[1])
        if re.match(r"(?:and|but|so|because|yet)\b", second, re.IGNORECASE):
            text = f"{text}, {second}"
        else:
            text = f"{text}, and {second}"
    if voice.person == "none" and not _HAS_YOU.search(text):
        text = "it sounds like " + _lower_first(text)
    if len(text) > MAX_REFLECTION_CHARS:
        text = spoken[0]
    return _statement(text, med)


def _effects_phrase(reading: Reading) -> str:
    return " and ".join(reading.effects)


# The value or need under the words, per theme; {noun} is how the client named the medication.
COMPLEX_BY_THEME = {
    "control": (
        "Having the final say over your own body and mind matters a lot to you, and it's "
        "important that this decision is yours"
    ),
    "relationship": (
        "You want to be seen as a whole person here, not only as someone who does or "
        "doesn't take medication"
    ),
    "harm": (
        "The way you were treated left a deep mark, and protecting yourself from going "
        "through that again matters a lot to you"
    ),
    "mistrust": (
        "You haven't felt heard by the people prescribing {noun}, and it's hard to go "
        "along with a plan when your side of it hasn't been listened to"
    ),
    "stigma": (
        "Taking {noun} seems to say something about you that you don't want to be true, "
        "and you want to be seen as a whole person, not a label"
    ),
    "hopeless": (
        "You've put a lot into trying, and it's wearing to keep going when so little "
        "seems to change"
    ),
    "feeling_fine": (
        "You're feeling well right now, and from where you stand it's hard to see what "
        "{noun} would still be doing for you"
    ),
    "forever": (
        "The idea of taking {noun} for the rest of your life feels like far too much to "
        "carry, and you want a say in how long this goes on"
    ),
    "exhaustion": (
        "You're worn out, not only by {noun} but by how much of your life managing all of "
        "this has taken up"
    ),
    "ambivalence": (
        "Part of you is ready to be done with {noun}, and another part of you isn't so "
        "sure yet"
    ),
    "risk": (
        "Things feel really heavy right now, and this is about a lot more than {noun}"
    ),
}


def complex_reflection(reading: Reading) -> str:
    """The value or need under the words, said as a statement (a guess the client can correct)."""
    m = reading.med
    t = reading.primary
    if reading.voice.person == "foreign":
        return "Your own experience of this matters, and you want it to be understood."
    if t == "identity":
        text = f"Being yourself matters a lot to you, and {m.noun} {m.has} felt like {m.it} " \
               f"{m.verb('take')} that away"
    elif t == "side_effects" and reading.effects:
        text = f"Feeling {_effects_phrase(reading)} has been a high price to pay for {m.noun}, " \
               "and you want to feel awake and present in your own life again"
    elif t == "side_effects" and reading.weight:
        text = f"The weight gain has been hard to live with, and it has made {m.noun} feel like " \
               f"{m.it} {m.verb('take')} more than {m.it} {m.verb('give')}"
    elif t == "side_effects" and reading.sex:
        text = f"The way {m.noun} {m.has} affected your sex drive reaches into the closest parts " \
               "of your life, and that's a real loss"
    elif t == "side_effects":
        text = "The side effects have been a high price to pay, and you want to feel well in " \
               "your body and your mind again"
    elif t in COMPLEX_BY_THEME:
        text = COMPLEX_BY_THEME[t].format(noun=m.noun)
    else:
        text = f"This decision about {m.noun} matters to you, and you want your own experience " \
               "of it to be understood"
    return _statement(text, m, limit=260)


_PIVOT = _re(r"\b(?:but|though|although|yet|on the other hand|at the same time|then again)\b")
_PAIRED = _re(
    r"^(?P<a>(?:part of (?:me|her|him|them)|sometimes|some days|other days|other times|maybe)"
    r"\b.+?)[,;]?\s+(?:and\s+|but\s+|or\s+)?(?:then\s+)?(?P<b>(?:(?:another|the other) part"
    r"(?: of (?:me|her|him|them))?|part of (?:me|her|him|them)|sometimes|some days|other days|"
    r"other times|maybe)\b.+)$")


def _side(text: str, voice: Voice, *, last: bool) -> str:
    """One side of the ambivalence in the client's words, short enough to hold in mind."""
    text = text.strip(" ,;")
    if len(text) > MAX_SIDE_CHARS:
        pieces = [p for p in re.split(r",\s*", text) if len(p.split()) >= 2]
        if pieces:
            text = pieces[-1] if last else pieces[0]
    text = _add_subject(_second_person(text, voice).strip())
    return _lower_first(_clip(text, MAX_SIDE_CHARS))


def _client_sides(reading: Reading) -> tuple[str, str, bool] | None:
    """Both sides of the ambivalence when the client said both, and whether they said them as a
    pair ("part of me ..., part of me ...")."""
    voice = reading.voice
    sentences = _sentences(voice.text, rewrite=voice.person != "third")
    for i, (sentence, question) in enumerate(sentences):
        if question:
            continue
        paired = _PAIRED.match(sentence)
        if paired:
            return paired.group("a"), paired.group("b"), True
        lead = re.match(r"^(?:but|though|yet|on the other hand|at the same time|then again)\b,?\s*",
                        sentence, re.IGNORECASE)
        if lead and i > 0 and not sentences[i - 1][1]:
            return sentences[i - 1][0], sentence[lead.end():], False
        tail = re.search(r",?\s*\bthough$", sentence, re.IGNORECASE)
        if tail and i > 0 and not sentences[i - 1][1]:
            return sentences[i - 1][0], sentence[: tail.start()], False
        lead_although = re.match(r"^(?:although|though|even though)\s+([^,]+),\s*(.+)$",
                                 sentence, re.IGNORECASE)
        if lead_although:
            return lead_although.group(1), lead_although.group(2), False
        m = _PIVOT.search(sentence)
        if m and m.start() > 0:
            return sentence[: m.start()], sentence[m.end():], False
    return None


_STOP_SIDE = {
    "identity": "stopping feels like a way to get yourself back",
    "control": "stepping away from {noun} is a way of making this decision your own",
    "relationship": "it feels like the people around you care more about {noun} than about you",
    "mistrust": "it's hard to trust a plan from people who haven't really listened to you",
    "harm": "staying away from {noun} feels like protecting yourself from going through that "
            "again",
    "stigma": "stepping away from {noun} keeps {them} from saying something about you that you "
              "don't accept",
    "hopeless": "it feels pointless to keep trying",
    "feeling_fine": "you're feeling well enough that {noun} {seem} unnecessary",
    "exhaustion": "you're worn out by all of it",
    "forever": "a lifetime of {noun} feels like too much",
    "ambivalence": "you're leaning toward being done with {noun}",
    "risk": "things feel really heavy right now",
    "general": "you have your own reasons for stepping back from {noun}",
}
_OTHER_SIDE = {
    "feeling_fine": "part of you may want to hold on to feeling this well",
    "hopeless": "part of you may still be hoping for something that helps",
    "risk": "part of you may be reaching out by talking about it",
    "relationship": "part of you may still want someone on your side in this",
}


def double_sided_reflection(reading: Reading) -> str:
    """Both sides of the ambivalence: the client's own when they said both, else the guidance's
    framing (the reasons to stop, and what they hoped the medication would help with),
    phrased tentatively."""
    m = reading.med
    sides = None if reading.voice.person == "foreign" else _client_sides(reading)
    if sides:
        left = _side(sides[0], reading.voice, last=True)
        right = _side(sides[1], reading.voice, last=False)
        if len(left.split()) >= 2 and len(right.split()) >= 2:
            if sides[2]:
                return _statement(f"{left}, and {right}", m, limit=260)
            return _statement(f"On one hand, {left}, and on the other hand, {right}", m, limit=260)
    t = reading.primary
    if t == "side_effects":
        if reading.effects:
            stop = "stopping feels like a way out of feeling " + _effects_phrase(reading)
        elif reading.weight:
            stop = "stopping feels like a way out of the weight gain"
        else:
            stop = "stopping feels like a way out of the side effects"
    else:
        stop = _STOP_SIDE.get(t, _STOP_SIDE["general"]).format(
            noun=m.noun, them=m.them, seem="seem" if m.plural else "seems")
    other = _OTHER_SIDE.get(
        t, f"part of you may still want what you hoped {m.noun} would help with")
    return _statement(f"On one hand, {stop}, and at the same time, {other}", m, limit=260)


_OPEN = {
    "identity": "What does feeling like yourself look like for you?",
    "side_effects": "What has been the hardest part of how {noun} {make} you feel?",
    "control": "What would it look like for this decision to feel fully yours?",
    "relationship": "What would it look like for me to really be on your side in this?",
    "mistrust": "What would you want your prescriber to really understand about your experience?",
    "stigma": "What does taking {noun} say about you, in your eyes?",
    "hopeless": "What has it been like to keep trying without seeing the change you hoped for?",
    "feeling_fine": "What has been helping you feel better lately?",
    "forever": "What feels heaviest about the idea of taking {noun} long term?",
    "exhaustion": "What would make all of this feel less exhausting for you?",
    "ambivalence": "What is pulling you in each direction?",
    "harm": "What would need to be different for treatment to feel safe for you?",
    "risk": "How safe are you feeling right now, with everything that's going on?",
}


def open_question(reading: Reading) -> str:
    """One open question (never yes/no) that fits the theme."""
    m = reading.med
    t = reading.primary
    if reading.voice.person == "foreign":
        return "What would you most like me to understand about this?"
    if t == "side_effects" and reading.weight and not reading.effects:
        return "What has the weight gain been like for you?"
    if t in _OPEN:
        q = _OPEN[t].format(noun=m.noun, make="make" if m.plural else "makes")
    elif reading.stopping:
        q = f"What does stopping {m.noun} mean for you?"
    else:
        q = f"What matters most to you as you think about {m.noun}?"
    return q[0].upper() + q[1:]


# ---------------------------------------------------------------- strategies from the guidance

@dataclass(frozen=True)
class Strategy:
    """A move from the guidance, when it fits, and the wording that finds it in a passage."""

    key: str
    label: str
    when: str
    how: str  # shown, in Alongside's words, only when no retrieved passage holds the strategy
    headings: tuple[str, ...]  # words in a section heading that is about this strategy
    phrases: tuple[str, ...]  # guidance wording that states it, best first (lower case)


STRATEGIES = {
    s.key: s for s in (
        Strategy(
            "safety", "Strategy: Safety planning",
            "Fits now: the statement suggests rising risk, so safety comes before autonomy work.",
            "Check on safety directly, coordinate promptly with the prescriber and the care team, "
            "and connect the client to a local or national crisis line or emergency services.",
            ("safety issue", "crisis", "emergency"),
            ("autonomy work gives way to safety planning", "safety planning", "crisis line",
             "crisis and emergency support are available")),
        Strategy(
            "decisional_balance", "Strategy: Decisional balance",
            "Fits when the client is weighing what the medication costs against what it gives, "
            "and both sides need to be heard.",
            "Map the pros and cons of taking the medication and of not taking it, hearing the "
            "reasons to stop in full before anything else.",
            ("decisional balance",),
            ("map, in specifics, the pros and cons", "only once the cons are genuinely heard",
             "core mechanism of a decisional balance", "decisional balance", "pros and cons")),
        Strategy(
            "experiment", "Strategy: Two-week experiment",
            "Fits when the decision feels all-or-nothing or lifelong, or the client isn't sure "
            "what the medication does for them.",
            "Offer a short self-observation project the client owns and runs, such as a mood "
            "log, and bring what they notice into the next session.",
            ("experiment",),
            ("two-week experiment", "self-observation project", "experiment")),
        Strategy(
            "bridge", "Strategy: Bridge to the prescriber",
            "Fits when side effects, or not feeling heard by the prescriber, are behind the "
            "refusal.",
            "With the client's consent, help carry their side effects and hesitations to the "
            "prescriber, or rehearse how they will raise them at the next appointment.",
            ("bridge to the prescriber", "prescriber"),
            ("help carry their specific side effects", "rehearse with them how to raise it",
             "communicate side effects and concerns to the prescribing",
             "express their concerns about side effects to their healthcare provider",
             "gives the client a sense of agency")),
        Strategy(
            "validation", "Strategy: Validation and a collaborative stance",
            "Fits when the refusal protects something that matters (control, identity, being "
            "understood) and needs to be heard before anything else.",
            "Validate the reasons to stop without arguing, and treat the refusal as information "
            "to explore together rather than an obstacle to remove.",
            ("validat", "collaborative", "persuasion", "resistance", "relationship"),
            ("fully validate the reasons the client wants to stop",
             "validation of feelings is not endorsement", "validate their experience",
             "turning a curious eye back on the therapeutic relationship",
             "treats resistance not as an obstacle", "it makes sense that you",
             "show them that you believe their feelings are real", "curiosity, empathy")),
    )
}

# How well each strategy fits each theme (from the guidance's own pairings).
FIT = {
    "identity": {"validation": 2, "decisional_balance": 2, "experiment": 1.5},
    "side_effects": {"bridge": 3, "decisional_balance": 2, "experiment": 1},
    "control": {"validation": 3, "decisional_balance": 1.5, "experiment": 1.5},
    "relationship": {"validation": 3, "bridge": 0.5},
    "mistrust": {"bridge": 3, "validation": 2},
    "harm": {"validation": 3, "bridge": 1.5},
    "stigma": {"validation": 3, "decisional_balance": 1},
    "hopeless": {"validation": 3, "experiment": 1.5},
    "feeling_fine": {"experiment": 3, "decisional_balance": 2},
    "forever": {"experiment": 3, "decisional_balance": 1},
    "exhaustion": {"validation": 2.5, "experiment": 1},
    "ambivalence": {"decisional_balance": 3, "experiment": 1},
    "general": {"decisional_balance": 2, "validation": 2, "bridge": 1},
}
MIN_FIT = 1.5
BASELINE_FIT = 1.0
MAX_STRATEGIES = 3

_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+[\"'\u201d\u2019)\]]*|$)")


@lru_cache(maxsize=2048)
def _lowered(text: str) -> str:
    return text.lower()


@lru_cache(maxsize=2048)
def _passage_sentences(text: str) -> tuple[tuple[int, int, str], ...]:
    """Sentence spans of a passage (headings and table rows left out) as exact offsets, each
    with its lower-cased text for matching."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        stripped = line.lstrip()
        if not stripped or stripped.startswith(("#", "|")):
            continue
        for m in _SENTENCE.finditer(line):
            a, b = start + m.start(), start + m.end()
            while a < b and (text[a].isspace() or text[a] in ">-*"):
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if 20 <= b - a <= MAX_QUOTE_CHARS:
                spans.append((a, b, text[a:b].lower()))
    return tuple(spans)


def _find_quote(strategy: Strategy, sources: Sequence[Source]) -> tuple[Source, str, bool] | None:
    """The best guidance sentence for a strategy: earliest phrase, then a source whose section
    is about it, then retrieval order."""
    best = None
    for order, source in enumerate(sources):
        if not any(phrase in _lowered(source.text) for phrase in strategy.phrases):
            continue
        label = source.section_label.lower()
        in_section = any(h in label for h in strategy.headings)
        for a, b, sentence in _passage_sentences(source.text):
            for rank, phrase in enumerate(strategy.phrases):
                if phrase in sentence:
                    key = (rank, not in_section, order)
                    if best is None or key < best[0]:
                        best = (key, source, source.text[a:b], in_section)
                    break
    if best is None:
        return None
    return best[1], best[2], best[3]


def strategies(reading: Reading, sources: Sequence[Source]) -> list[Draft]:
    """One to three strategies that fit the statement, each quoting the guidance when a retrieved
    passage holds it; safety planning only when the statement suggests rising risk."""
    sources = [s for s in sources if isinstance(getattr(s, "text", None), str)]
    fit: dict[str, float] = {}
    themes = dict(reading.themes)
    themes.setdefault(reading.primary, 1.0)
    for theme, score in themes.items():
        if theme not in FIT or score < 1:
            continue
        weight = 1.0 if theme == reading.primary else 0.5
        for key, value in FIT[theme].items():
            fit[key] = fit.get(key, 0.0) + value * weight
    if reading.risk:
        fit = {"safety": 10.0, "validation": 2.0}
    else:
        # Validating the reasons to stop is the guidance's stance for every refusal.
        fit["validation"] = max(fit.get("validation", 0.0), BASELINE_FIT)
    found = {key: _find_quote(STRATEGIES[key], sources) for key in fit}

    def rank(k: str) -> float:
        hit = found[k]
        return -(fit[k] + (1.5 if hit else 0.0) + (0.5 if hit and hit[2] else 0.0))

    ranked = sorted(fit, key=rank)
    quoted = [k for k in ranked if found[k] and fit[k] >= MIN_FIT]
    if reading.risk:
        chosen = ["safety"] + [k for k in quoted if k != "safety"][:1]
    elif quoted:
        chosen = quoted[:MAX_STRATEGIES]
    else:
        # No retrieved passage holds a well-fitting strategy: one that some passage holds, else
        # the best fit in Alongside's own words, never with an invented quote.
        chosen = [k for k in ranked if found[k]][:1] or ranked[:1]
    drafts = []
    for key in chosen:
        s = STRATEGIES[key]
        hit = found.get(key) or _find_quote(s, sources)
        if hit:
            source, quote, _ = hit
            # A sentence that is itself a quotation keeps its own marks rather than doubling them.
            if not (quote.startswith("\u201c") and quote.endswith("\u201d")):
                quote = f"\u201c{quote}\u201d"
            drafts.append(Draft("strategy", s.label, f"{s.when}\n{quote} [{source.n}]",
                                (source.n,)))
        else:
            drafts.append(Draft("strategy", s.label, f"{s.when}\n{s.how}"))
    return drafts


# ---------------------------------------------------------------- public entry points

def draft_responses(statement: str, sources: list[Source]) -> list[Draft]:
    """Draft motivational-interviewing responses to what a client said.

    Args:
        statement: the client's words as the counselor pasted them (first person, or a
            description such as "my client said she..."); any string, any length.
        sources: the passages retrieved for the statement; strategy quotes come only from these.

    Returns:
        Drafts in order: simple, complex and double-sided reflections, an open question, then
        one to three strategies. An empty statement gets no drafts. Never raises.
    """
    if not isinstance(statement, str) or not re.search(r"[^\W_]", statement):
        return []
    sources = list(sources or [])
    try:
        reading = _read(statement)
        drafts = [
            Draft("simple_reflection", LABELS["simple_reflection"], simple_reflection(reading)),
            Draft("complex_reflection", LABELS["complex_reflection"], complex_reflection(reading)),
            Draft("double_sided_reflection", LABELS["double_sided_reflection"],
                  double_sided_reflection(reading)),
            Draft("open_question", LABELS["open_question"], open_question(reading)),
        ]
        return drafts + strategies(reading, sources)
    except Exception as exc:  # a statement the rules cannot read still gets usable drafts
        # The type only: a traceback or exception text could carry the client's words.
        log.error("counselor drafts fell back to the general wording (%s)", type(exc).__name__)
        return _general_drafts(sources)


def _general_drafts(sources: Sequence[Source]) -> list[Draft]:
    reading = Reading(Voice("foreign", ""), "", "", {}, "general", False, False, Med(), (), False,
                      False)
    try:
        extra = strategies(reading, sources)
    except Exception as exc:  # malformed sources: the strategy in Alongside's own words
        log.error("counselor strategies fell back to the general wording (%s)", type(exc).__name__)
        extra = [Draft("strategy", STRATEGIES["validation"].label,
                       f"{STRATEGIES['validation'].when}\n{STRATEGIES['validation'].how}")]
    return [
        Draft("simple_reflection", LABELS["simple_reflection"],
              "You've said something important here, in your own words."),
        Draft("complex_reflection", LABELS["complex_reflection"], complex_reflection(reading)),
        Draft("double_sided_reflection", LABELS["double_sided_reflection"],
              double_sided_reflection(reading)),
        Draft("open_question", LABELS["open_question"],
              "What does the medication mean for you right now?"),
        *extra,
    ]


def render_drafts(drafts: list[Draft]) -> str:
    """The drafts as Markdown for the chat and the CLI: a headed list, strategies with their
    quote and citation."""
    if not drafts:
        return ""
    lines = ["**Draft responses** (edit before using)", ""]
    for d in drafts:
        first, *rest = d.text.split("\n")
        lines.append(f"- **{d.label}:** {first}")
        for extra in rest:
            lines.append(f"  > {extra}" if extra.startswith("\u201c") else f"  {extra}")
    return "\n".join(lines)
