"""The crisis screen: deterministic rules that run on every message before anything else.

No model, no network. The screen is rule tables (data, below) plus a small engine:

1. `normalize` folds case, apostrophes, quotes, accents, control and zero-width characters,
   letter runs ("dieeee"), common misspellings and chat slang ("kms", "rn", "wanna"), and
   pads punctuation so that every token is a clean word.
2. Every rule is a regular expression over the normalised text. No pattern scans the whole
   message: the words a pattern can start with are read from its parse tree at import, the
   message is indexed once by its tokens (and, after common words, token pairs), and each
   pattern is tried only where it could start. Quantifiers are bounded or run over disjoint
   tokens, and cue patterns are matched lazily, each candidate at most once per message, so
   the work grows linearly with the message.
3. Each candidate match is checked against suppressors scoped to its clause or sentence:
   idioms ("dying to know"), negation just before it ("I would never hurt myself"),
   academic/media/question context for topic words ("a paper on suicide prevention"),
   accidents ("cut herself shaving"), and distant past with recovery ("years ago ... doing well").
4. Surviving matches may be escalated to "emergency" by cues in the same sentence or message
   ("tonight", "right now", a weapon in hand, on the bridge, a child being abused, cannot be
   reached), or an overdose told in the past tense may be lowered to a recent attempt.

Levels: "emergency" means the app shows the crisis card alone; "concern" means the card first,
then the normal answer; "none" means no card (unless an earlier turn had one: see
`screen_conversation`).

Input contract: any `str` gives a defined result and never raises. `None` screens as "none".
`bytes`/`bytearray` are decoded as UTF-8 (undecodable bytes replaced) and screened, so that no
crisis text is skipped because of its type. Any other type raises `TypeError`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import KeysView
from dataclasses import dataclass
from itertools import accumulate, chain, compress, count, islice, repeat
from operator import add
from re import _constants as _c
from re import _parser as _sre_parser
from typing import Literal

Level = Literal["none", "concern", "emergency"]
Subject = Literal["self", "other", "unknown"]

LEVELS: tuple[str, ...] = ("none", "concern", "emergency")
_RANK = {name: i for i, name in enumerate(LEVELS)}

CATEGORIES: tuple[str, ...] = (
    "ideation",  # direct and passive wishes to die, intent, slang, Spanish statements
    "hopelessness",  # burden, no reason to live, cannot go on
    "plan_means",  # plans, methods, means, stockpiling, researching ways, places
    "farewell",  # goodbye letters, giving things away, affairs in order
    "self_harm",
    "overdose",  # overdose and medical emergency: unresponsive, not breathing, blue lips
    "harm_to_others",  # threats and violence toward others, homicidal ideation
    "psychosis_danger",  # command hallucinations, armed and paranoid, delusions with danger
    "abuse",  # abuse and domestic violence, a child being abused
    "unable_to_care",  # not eating or drinking for days, lost outside in the cold
    "attempt",  # recent attempts
)


@dataclass(frozen=True)
class Match:
    """One rule that fired. Offsets index the normalised text (see `normalize`)."""

    category: str
    level: str
    start: int
    end: int
    text: str
    rule: str = ""


@dataclass(frozen=True)
class Screening:
    """The screen's verdict on a message or a conversation.

    `level` is what the card shows. `turn_level` is the level of the current message alone:
    the app answers nothing when `turn_level` is "emergency", and shows the card first whenever
    `level` is not "none". For `screen`, both are equal; for `screen_conversation`, `level` is
    the strongest level seen in the conversation, so the card stays after a retraction.
    """

    level: str = "none"
    categories: tuple[str, ...] = ()
    matches: tuple[Match, ...] = ()
    subject: str = "unknown"
    turn_level: str | None = None

    def __post_init__(self) -> None:
        if self.turn_level is None:
            object.__setattr__(self, "turn_level", self.level)

    @property
    def is_crisis(self) -> bool:
        return self.level != "none"

    @property
    def is_emergency(self) -> bool:
        return self.level == "emergency"

    @property
    def sticky(self) -> bool:
        """True when the card level was carried over from an earlier turn."""
        return _RANK[self.level] > _RANK[self.turn_level or "none"]


NO_CRISIS = Screening()

# ---------------------------------------------------------------------------------------------
# Normalisation tables
# ---------------------------------------------------------------------------------------------

_CHAR_MAP: dict[int, str | None] = {}
for _cp in list(range(0x20)) + list(range(0x7F, 0xA0)):
    _CHAR_MAP[_cp] = " "
for _ch in "\n\r\x0b\x0c\u0085\u2028\u2029":
    _CHAR_MAP[ord(_ch)] = " . "  # a line break ends a sentence
for _ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e":
    _CHAR_MAP[ord(_ch)] = None  # zero-width and soft hyphen: "k\u200bill" reads "kill"
for _ch in "'\u2018\u2019\u201a\u201b\u02bc\u02bb\u0060\u00b4\u2032":
    _CHAR_MAP[ord(_ch)] = "'"
for _ch in '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033':
    _CHAR_MAP[ord(_ch)] = ' " '
for _ch in "-_\u2010\u2011\u2012\u2013\u2014\u2015\u2212~=+#@^<>|\\¿¡":
    _CHAR_MAP[ord(_ch)] = " "
for _ch in ".!?;,:()[]{}/&":
    _CHAR_MAP[ord(_ch)] = f" {_ch} "
for _src, _dst in zip("áàâäãåéèêëíìîïóòôöõúùûüñçÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇ",
                      "aaaaaaeeeeiiiiooooouuuuncAAAAAAEEEEIIIIOOOOOUUUUNC"):
    _CHAR_MAP[ord(_src)] = _dst
_TRANSLATE = str.maketrans(_CHAR_MAP)

_ELLIPSIS = re.compile(r"\.{2,}")  # "i want to... die": a pause, not a sentence end
_LETTER_RUN = re.compile(r"([a-z])\1{2,}")  # "dieeee" -> "die", "killlll" -> "kil" (folded below)
_OD_APOS = re.compile(r"(?<![a-z])od'(?:d|ed)(?![a-z])")  # "OD'd" before apostrophes go
_WITHOUT = re.compile(r"(?<![a-z0-9])w / o(?![a-z0-9])")

# Token-level folds: misspellings, letter swaps, chat slang and algospeak. Values may be phrases.
FOLD: dict[str, str] = {
    # suicide / suicidal
    **dict.fromkeys(
        ["sucide", "suicde", "suicid", "suiside", "sucicide", "suecide", "suacide", "siucide", "suicie", "sucidie", "suicdie", "suiicide", "su1cide", "suic1de", "s*icide", "su*cide", "sui*ide", "suicede", "suiced", "sewerslide", "suicidio", "suisaid"], "suicide"),
    **dict.fromkeys(
        ["sucidal", "suicdal", "suisidal", "suicidle", "sucicidal", "suicidial", "suicidel", "suacidal", "suiciadal", "suicial", "suicida", "suicdial"], "suicidal"),
    # reflexives
    **dict.fromkeys(["myslef", "mysef", "myelf", "mysefl", "myselfe", "mysel", "mself"], "myself"),
    **dict.fromkeys(["himslef", "himsef", "himelf", "hisself"], "himself"),
    **dict.fromkeys(["herslef", "hersef", "herelf"], "herself"),
    **dict.fromkeys(["themselfs", "theirselves", "themslves"], "themselves"),
    "slef": "self",
    # verbs
    **dict.fromkeys(["kil", "kll", "k1ll", "k*ll", "ki11", "kiil"], "kill"),
    **dict.fromkeys(["kiling", "killin", "kilin"], "killing"),
    **dict.fromkeys(["wnat", "wnt", "watn", "wan"], "want"),
    **dict.fromkeys(["wants2", "wantsto"], "wants to"),
    **dict.fromkeys(["wnats", "watns", "wnts", "wanst"], "wants"),
    **dict.fromkeys(["sed", "siad", "sadi"], "said"),
    **dict.fromkeys(["sez", "sayz", "syas"], "says"),
    **dict.fromkeys(["cuting", "cuttng", "cutitng", "cuttting"], "cutting"),
    **dict.fromkeys(["hurtting", "hurtng", "hutring"], "hurting"),
    **dict.fromkeys(["overdoesed", "overdoced", "overdoseed", "ovrdosed", "overdozd"], "overdosed"),
    **dict.fromkeys(["dieing"], "dying"),
    **dict.fromkeys(["suicied", "sucied"], "suicide"),
    **dict.fromkeys(["tonights", "2nights", "tonites"], "tonight is"),
    **dict.fromkeys(["wanna", "wana", "wan2", "wantto", "wannna"], "want to"),
    **dict.fromkeys(["gonna", "gunna", "gona", "finna", "goin2", "boutta"], "going to"),
    "tryna": "trying to",
    "gotta": "got to",
    **dict.fromkeys(["imma", "ima"], "im going to"),
    **dict.fromkeys(["thinkng", "thinkin", "thnking", "thiking", "thinknig"], "thinking"),
    "hurtin": "hurting", "cuttin": "cutting", "killin": "killing", "dyin": "dying",
    "goin": "going", "nothin": "nothing", "somethin": "something", "livin": "living",
    "cant": "cant", "cannt": "cant", "dnt": "dont", "doant": "dont", "dont": "dont",
    **dict.fromkeys(["overdossed", "overdozed", "ovedosed", "overdosd", "oded", "odeed"], "overdosed"),
    "overdosing": "overdosing", "odin": "overdosing", "oding": "overdosing",
    **dict.fromkeys(["pils", "pillz", "pilss"], "pills"),
    "medz": "meds",
    # slang and abbreviations
    "kms": "kill myself",
    "rn": "right now",
    **dict.fromkeys(["2nite", "2night", "tonite", "tonght", "tonigh", "toight", "tonihgt"], "tonight"),
    "2day": "today",
    "abt": "about", "bout": "about",
    "aff": "off", "deid": "dead", "doon": "down", "noo": "now", "tae": "to", "wi": "with",
    "himsel": "himself", "hersel": "herself", "masel": "myself", "mysel": "myself", "nae": "no",
    "greetin": "crying", "jist": "just", "gonnae": "going to", "dae": "do", "whit": "what",
    "oot": "out", "ower": "over", "hoose": "house", "auld": "old", "cannae": "cant",
    "wouldnae": "wouldnt", "didnae": "didnt", "disnae": "doesnt", "isnae": "isnt",
    "wisnae": "wasnt", "swallied": "swallowed", "aboot": "about", "anythin": "anything",
    "klap": "slap", "klaps": "slaps", "klapped": "slapped", "jus": "just",
    "everyweh": "everywhere",
    "wid": "with", "dem": "them", "fadda": "father", "mudda": "mother", "cyaan": "cant",
    "pickney": "children",
    "wks": "weeks", "wk": "week", "hrs": "hours", "hr": "hour", "mins": "minutes", "min": "minutes",
    "yrs": "years",
    "ppl": "people",
    **dict.fromkeys(["sum1", "some1"], "someone"),
    "every1": "everyone", "evry1": "everyone",
    **dict.fromkeys(["no1", "noone"], "no one"),
    **dict.fromkeys(["wud", "wuld", "woud"], "would"),
    "shud": "should", "cud": "could",
    **dict.fromkeys(["cuz", "coz", "bc", "bcuz", "becuz"], "because"),
    "idk": "i dont know", "idc": "i dont care",
    "jk": "just kidding",
    "u": "you", "ur": "your", "r": "are", "ya": "you", "yall": "you all",
    "tho": "though", "w": "with", "pls": "please", "plz": "please", "plss": "please",
    "anymore": "anymore", "anymroe": "anymore", "nymore": "anymore",
    "alive": "alive", "alvie": "alive",
}
# FOLD is completed below the rule tables, where the dropped-g forms of their -ing words are
# added and `_FOLD_KEYS` is built.

# ---------------------------------------------------------------------------------------------
# Rule tables
# ---------------------------------------------------------------------------------------------

# Fragments: <NAME> inside a pattern is replaced by the fragment's text before compiling.
FRAGMENTS: dict[str, str] = {
    "REFL": r"(?:myself|my self|meself|himself|him self|herself|her self|themselves|themself"
            r"|them self|ourselves)",
    "REFL3": r"(?:himself|him self|herself|her self|themselves|themself)",
    "POSS": r"(?:my|his|her|their|our)",
    "LIFE": r"(?:my|his|her|their|our) (?:own )?li(?:fe|ves)",
    "INTENT": r"(?:going to|will|ill|hell|shell|theyll|wants to|want to|wanted to|plan to|plans to"
              r"|planning to|planned to|about to|intends to|intend to|decided to|ready to|gon"
              r"|trying to|try to|threatening to|threatened to|threatens to|swore to|hed|shed"
              r"|id|would)",
    "PERSON": r"(?:son|sons|daughter|daughters|child|children|kid|kids|baby|babies|infant|toddler"
              r"|teen|teenager|boy|girl|husband|wife|partner|spouse|boyfriend|girlfriend|bf|gf"
              r"|fiance|fiancee|hubby|mom|mum|mother|mama|dad|father|papa|stepdad|stepfather"
              r"|stepmom|stepmother|stepson|stepdaughter|parents?|brother|sister|siblings?|twin"
              r"|grandsons?|granddaughters?|grandchild|grandchildren|grandkids?|grandma|grandmother|grandpa"
              r"|grandfather|aunt|uncle|cousin|nephew|niece|friends?|roommate|roomie"
              r"|coworkers?|co workers?|colleagues?|neighbors?|neighbours?|boss|manager|teacher"
              r"|teachers|principal|classmates?|students?|doctor|psychiatrist|therapist|nurse"
              r"|cops?|police|officers?|ex|exes|ex wife|ex husband|landlord|family|people|guy"
              r"|man|woman|lady|staff|coach|pastor|judge|girlfriends|boyfriends|dog|cat)",
    "OBJ": r"(?:you|me|us|him|her|them|someone|somebody|anyone|anybody|everyone|everybody"
           r"|people|others|all of (?:us|them|you)|(?:my|his|her|their|our|the|a|that|this|your)"
           r" (?:(?:little|baby|younger|older|big|new|own|whole|\w+s) )?<PERSON>)",
    "DRUG": r"(?:pills|pill|meds|medication|medications|medicine|medicines|tablets|capsules"
            r"|lithium|insulin|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|xanax"
            r"|valium|klonopin|ativan|benzos?|seroquel|quetiapine|ambien|zoloft|sertraline"
            r"|prozac|fluoxetine|lexapro|oxys?|oxycodone|oxycontin|fentanyl|heroin|opioids?"
            r"|painkillers|pain killers|sleeping pills|sleep aids?|benadryl|melatonin|nyquil"
            r"|antidepressants?|antipsychotics?|percocet|vicodin|morphine|methadone|drugs"
            r"|clozapine|olanzapine|risperidone|lamotrigine|depakote|trazodone|gabapentin"
            r"|sleeping meds|pastillas|cough syrup|robitussin|dxm|aspirinas|ibuprofeno|medicinas"
            r"|medicamentos|pildoras|co codamol|codeine|tramadol|amitriptyline|mirtazapine)",
    "NUMWORD": r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few"
               r"|a couple of|a couple|many|more than \w+|over (?:a|\d+|\w+)|almost \w+"
               r"|nearly \w+|about \w+)",
    "WEEKDAY": r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend"
               r"|last week|yesterday)",
    # Someone shut in a room, not an object locked away ("a locked box" is means safety).
    "LOCKED_IN": r"(?:(?:locked|locks|lock|barricaded|barricades|shut) (?:<REFL>|(?:the|his|her"
                 r"|my|their) (?:bathroom |bedroom |room |garage )?door)|(?:is|hes|shes|im|theyre"
                 r"|are|been) (?:locked|barricaded|shut) in|(?:wont|will not|refus\w* to|doesnt"
                 r"|wouldnt|wont even) (?:unlock|open) (?:the|his|her|my|their) (?:\w+ )?door"
                 r"|(?:wont|will not|refus\w* to|wouldnt) (?:come out|let (?:me|us|anyone) in)"
                 r"|(?:cant|cannot|can not|couldnt) (?:get|force) the (?:\w+ )?door open|door wont open)"
                 r"(?![a-z])",
    # A wish, and something that would strike or take the one wishing.
    "WISHV": r"(?:(?:just|really|sometimes|even|often|secretly|honestly|still|always|said|says"
             r"|keeps saying) )?(?:wish|wishes|wished|wishing|hope|hopes|hoped|hoping|pray|prays|prayed"
             r"|praying)(?: that)?",
    "STRIKE": r"(?:a|an|some|the|someone|somebody|something|lightning|god)(?: \w+){0,2}"
              r" (?:would |will |could |might |d )?(?:just )?(?:hit|hits|kill|kills|run|runs"
              r"|take|takes|crash|crashes|fall|falls|strike|strikes|shoot|shoots)(?: (?:into"
              r"|on|over))?",
    "NOCARE": r"(?:(?:really|honestly|truly|just|said|says|even) )?(?:wouldnt|would not|dont|doesnt|didnt|do not|does not|wont)"
              r" (?:even )?(?:mind|care)(?: (?:if|whether|about))?",
    # A few filler words allowed between a common word and what it governs.
    "FILL": r"(?:(?:been|even|really|had|have|got|gotten|any|much|anything|properly|regularly"
            r"|able to|been able to|willing to|wanting to|want to|bothered to|bothering to|still"
            r"|now|currently|actually|literally|just|also|repeatedly|badly|severely|constantly"
            r"|sexually|physically|emotionally|verbally) ){0,2}",
    "KIN": r"(?:grandma|grandpa|grandmother|grandfather|granny|nana|nan|papa|mama|mom|mum|mother"
           r"|dad|father|wife|husband|son|daughter|brother|sister|baby|twin|best friend|friend"
           r"|uncle|aunt|cousin|grandson|granddaughter|nephew|niece|grandpa \w+|grandma \w+"
           r"|fiance|fiancee|partner|boyfriend|girlfriend|late \w+|jesus|the lord|god|him|her"
           r"|them)",
    # Laughter and everyday annoyances that turn "can't do this anymore" into a figure of speech.
    "JOKE": r"(?:lol|lmao|lmfao|haha\w*|hehe\w*|rofl|\U0001f602|\U0001f923|\U0001f605|\U0001f643"
            r"|\U0001f644|\U0001f975|\U0001f62b|just kidding|kidding obviously|only joking|jk)",
    "MUNDANE": r"(?:homework|calculus|algebra|math|exams?|finals|essay|heat|weather|humidity"
               r"|traffic|commute|toddler|crayon|spreadsheet|paperwork|this (?:week|job|heat"
               r"|weather|traffic|class|course|semester|project|game|show|diet|cold|rain|snow"
               r"|printer|laptop|wifi|line|queue)|printer|wifi)",
    "GUN": r"(?:gun|guns|firearm|firearms|handgun|pistol|rifle|shotgun|revolver|weapon|weapons)",
    # Consciousness slipping: the signs that make an ingestion an emergency.
    "DROWSY": r"(?:drowsy|sleepy|so sleepy|really sleepy|very sleepy|out of it|slurring|slurred"
              r"|passed out|passing out|wont wake|cant wake|(?:hard|difficult|impossible) to"
              r" (?:wake|rouse)|barely (?:awake|conscious|responsive|breathing)|unresponsive"
              r"|wont respond|not responding|isnt responding|out cold|throwing up|vomiting"
              r"|cant keep (?:his|her|their|my) eyes open|nodding off|gurgling|snoring"
              r" (?:weird\w*|strange\w*|loud\w*|funny)|cant stand|can barely stand|collapsed)",
    # A body in acute trouble after taking something.
    "ACUTE": r"(?:<DROWSY>|shaking|seizing|seizure|convulsing|eyes (?:are )?rolling|foaming"
             r"|hallucinating|vomiting|throwing up|chest pain|heart (?:is )?racing|cant breathe"
             r"|struggling to breathe|breathing (?:weird|funny|strange\w*|slow\w*|shallow)"
             r"|(?:is|turning|gone|looks) (?:blue|grey|gray)|pale and sweaty|not making sense)",
    # Young enough that a will or a farewell is not ordinary planning.
    "YOUNG": r"(?:(?:only|just) (?:1\d|2\d|3\d|a teen\w*|a kid|in (?:his|her|their) (?:teens"
             r"|twenties|20s))|(?:hes|shes|im|he is|she is|i am|theyre) (?:1\d|2\d)(?![0-9])"
             r"|in perfect health|perfectly healthy|not sick|isnt sick|nothing wrong with"
             r" (?:him|her|them))",
    "WEAPON": r"(?:<GUN>|knife|knives|machete|blade|blades|razor|razors|bat|baseball bat|axe"
              r"|hammer|crossbow)",    # Anything held or swung to hurt someone.
    "WEAPON2": r"(?:<WEAPON>|sickle|cleaver|crowbar|golf club|hurley|iron bar|metal bar|pipe"
               r"|screwdriver|scissors|broken bottle|poker|shovel|spade|brick|chain|cuchillo|scalpel"
               r"|stanley knife|box cutter|cutlass|bolo|knuckle ?dusters|martillo"
               r"|pistola|escopeta|arma|navaja|bate|palo|kutsilyo|itak|baril|panga|sjambok|iron rod"
               r"|tire iron|tyre iron)",
    # Weather or a place that a person cannot survive for long without shelter.
    "COLDHEAT": r"(?:freezing|below (?:zero|freezing)|sub ?zero|minus \d+|\d+ ?c(?![a-z])"
                r"|(?:meant|supposed|going|forecast) (?:to be )?\d+|snow\w*|sleet\w*|blizzard"
                r"|frost\w*|icy|ice storm|hypotherm\w*|heat ?wave|heat ?stroke|\d+ degrees"
                r"|in the dark|its dark|(?:dark|night) now|bajo cero|nevando|helando|in (?:this|the) heat"
                r"|scorching|en la nieve|typhoon|hurricane|flooding|(?:going|get|gets|dropping|drop)"
                r" down to (?:minus )?\d+)(?![a-z])",
}

# Suppressor flags per rule:
#   N  negation just before the match (or a denial just after it)
#   A  academic, media, training or information-seeking context in the clause
#   X  accident context in the clause ("cut herself shaving", "fell and hurt himself")
#   P  distant past in the clause with recovery in the sentence
# Idioms always apply.


@dataclass(frozen=True)
class Rule:
    """One pattern in the table. `requires` must also match in `scope` for the rule to fire."""

    name: str
    category: str
    level: str
    pattern: re.Pattern[str]
    flags: str = "NP"
    requires: re.Pattern[str] | None = None
    scope: str = "sentence"  # where `requires` and `unless` are looked for: sentence | message
    unless: re.Pattern[str] | None = None


def _expand(pattern: str) -> str:
    for _ in range(3):  # fragments may name other fragments
        for name, text in FRAGMENTS.items():
            pattern = pattern.replace(f"<{name}>", text)
    return pattern


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(_expand(pattern))


C, E = "concern", "emergency"

# (name, category, level, pattern, flags, requires, scope, unless)
_RULE_ROWS: tuple[tuple, ...] = (
    # ---------------------------------------------------------------- ideation
    ("want_to_die", "ideation", C,
     (r"(?:feel like|feels like|felt like|feeling like|want|wants|wanted|wanting|wish|wishes|wished|wishing|ready|longing|long|would like"
     r"|d like|id like|prefer|prefers|need|needs)(?: (?:so|to|really|just|badly|honestly|"
     r"literally|truly|actually)){0,2} (?:to )?(?:just |simply |really |finally |go |quietly )?"
     r"(?:die|be dead|dying|not (?:be )?(?:alive|exist|live|wake up|be here anymore|be around)"
     r"|stop (?:existing|living|being alive)|disappear (?:forever|for good|permanently|and never"
     r" (?:come back|return|be found|wake up)|off the face of the earth)"
     r"|sleep forever|go to sleep forever|end it all|end (?:everything|it|things)(?! with)"
     r"|end <LIFE>|take <LIFE>|kill <REFL>|commit suicide|die by suicide|unalive|un alive"
     r"|off <REFL>|top <REFL>(?! up)|never wake up|be gone"
     r"|be done (?:with (?:life|living|it all|everything|this world|existing|being alive)|for good"
     r"|forever))(?![a-z])"), "NP"),
    ("intent_act", "ideation", C,
     (r"(?:going to|gon|will|ill|hell|shell|theyll|about to|plan to|plans to|planning to"
     r"|decided to|intend to|intends to|ready to|threatening to|threatened to|threatens to"
     r"|talking about|talks about|talked about|thinking about|thinks about|thought about"
     r"|thinking of|thoughts of|thoughts about|obsessed with|considering|contemplating"
     r"|fantasi[sz]ing about|dreaming about|joking about|jokes about|mentioned|mentions)"
     r"(?: (?:just|really|probably|maybe|seriously|actually|finally|literally|definitely)){0,2}"
     r" (?:kill(?:ing)? <REFL>|end(?:ing)? (?:it all|it|things|everything)(?! with| between)"
     r"|end(?:ing)? <LIFE>|tak(?:e|ing) <LIFE>|commit(?:ting)? suicide|suicide|dying"
     r"|die by suicide|unaliv(?:e|ing)(?: <REFL>)?|off(?:ing)? <REFL>|top(?:ping)? <REFL>"
     r"|do(?:ing)? <REFL> in|not being (?:here|alive|around)|being dead|death|killing"
     r"|(?:shoot|hang|drown|poison|stab|suffocat|electrocut|gass?)(?:e|ed|ing)? <REFL>"
     r"|jump(?:ing)? off)(?![a-z])"), "NP"),
    ("kill_self", "ideation", C,
     (r"(?:kill|kills|killing|unalive|unaliving|un alive|suicide|suicid(?:e|ing)) <REFL>"
     r"(?! laughing| (?:trying|working|at work|over (?:this|that|it|nothing)|for (?:this|that"
     r"|nothing|them|him|her)|to (?:get|keep|finish|pay|meet|help|please|support|make ends)))"
     r"(?![a-z])"), "NP"),
    ("end_life", "ideation", C,
     r"(?:end|ends|ending|take|takes|taking) <LIFE>(?![a-z])", "NP"),
    ("end_it_all", "ideation", C,
     r"end(?:ing)? it all(?![a-z])", "NP"),
    ("commit_suicide", "ideation", C,
     r"(?:commit|commits|committing|die by|dying by|death by) suicide(?![a-z])", "NP"),
    ("unalive", "ideation", C, r"(?:unalive|un alive)(?:d|ing)?(?: <REFL>)?(?![a-z])", "NP"),
    ("top_off_self", "ideation", C,
     r"(?:top|topping|off|offing) <REFL>(?! up)(?![a-z])|(?:do|doing) <REFL> in(?![a-z])", "NP"),
    ("suicidal", "ideation", C, r"(?:suicidal|suicidality)(?![a-z])", "NAP"),
    ("si_note", "ideation", C,
     (r"(?:passive|active|current|ongoing|endorses|endorsed|endorsing|reports|reported"
     r"|reporting|having|has|with|positive for|disclosed|disclosing|admits|admitted|expressed"
     r"|expressing|new|increased|worsening|chronic|intermittent) (?:passive |active )?(?:si|s i)"
     r"(?![a-z])"), "NP"),
    ("wish_dead", "ideation", C,
     (r"(?:wish|wishes|wished|wishing|hope|hopes|hoped|hoping)(?: that)? (?:i|he|she|they|id|hed"
     r"|shed|theyd)(?: (?:just|had|could|would|was|were|never|be|been|simply)){0,3}"
     r" (?:dead|die|dies|died|gone|never (?:been )?born|not (?:alive|here|born|exist|wake up)"
     r"|disappear|vanish|stop existing|sleep forever|not wake up|never wake up"
     r"|(?:doesnt|dont|didnt|wont|wouldnt|does not|do not|will not) (?:wake up|wake again"
     r"|survive the night|see (?:tomorrow|the morning|another day)))(?![a-z])"), "NP"),
    ("never_born", "ideation", C, r"never been born(?![a-z])", "NP"),
    ("check_out", "ideation", C,
     (r"(?:check|checks|checking|checked) out (?:for good|permanently|of (?:this|life|this life"
      r"|this world|the world))(?![a-z])"), "NP"),
    ("join_the_dead", "ideation", C,
     (r"(?:join|be with|see|meet) (?:his|her|my|their) (?:late|dead|deceased) \w+(?![a-z])"
      r"|(?:join|be with) (?:him|her|them|mom|dad|my \w+|his \w+|her \w+) (?:in heaven|on the"
      r" other side)(?![a-z])"), "NP"),
    ("drive_off", "ideation", C,
     (r"(?:drive|drives|driving|drove|crash|crashing|steer|steering) (?:\w+ )?(?:off (?:a|the)"
      r" (?:cliff|bridge|road|overpass)|into (?:a wall|a tree|traffic|oncoming traffic|a pole"
      r"|the river|the lake|a truck))(?![a-z])"), "NP",
     (r"(?:think\w*|thought|want\w*|going to|will|plan\w*|urge\w*|tempted|fantasi\w*|imagin\w*"
      r"|on purpose|deliberately|cant stop|keep|kept|talks? about|talking about|threaten\w*|might"
      r"|should|would|could just)"), "sentence"),
    ("god_take_me", "ideation", C,
     (r"(?:god|the lord|jesus|death|the angels) (?:would |will |to |could |should |would just "
     r"|to just |will just )?(?:take|call|come for|come get) (?:me|him|her|them)(?: (?:home|away"
     r"|already|now|soon|in (?:my|his|her) sleep))?(?![a-z])"), "NP",
     r"(?:wish\w*|pray\w*|hope\w*|ask\w*|begg\w*|want\w*|wants|ready|waiting|beg\w*)",
     "clause"),
    ("car_into", "ideation", C,
     (r"(?:driv\w*|crash\w*|steer\w*|swerv\w*|wrap\w*|ram\w*) (?:my|his|her|their|the|a)"
     r" (?:car|truck|van|bike|motorbike|motorcycle) (?:into|off|in front of|under)"
     r" (?:a |the |oncoming |an )?(?:wall|tree|pole|bridge|cliff|traffic|truck|lorry|train"
     r"|river|lake|barrier|overpass|semi)(?![a-z])"), "NP",
     (r"(?:think\w*|thought|want\w*|going to|will|plan\w*|urge\w*|tempted|fantasi\w*|imagin\w*"
     r"|on purpose|deliberately|cant stop|keep|kept|talks? about|talking about|threaten\w*|might)"),
     "sentence"),
    ("not_exist", "ideation", C,
     (r"(?:not exist|stop existing|cease to exist|cease existing|stop being alive"
     r"|disappear forever|disappear for good|vanish forever|disappear and never (?:come back"
     r"|return|be found))(?![a-z])"), "NP"),
    ("sleep_never_wake", "ideation", C,
     (r"(?:sleep|asleep|bed)(?: \w+){0,4} (?:and )?(?:never|not|wont|dont) (?:wake|waking) up"
     r"(?![a-z])"), "NP"),
    ("not_want_live", "ideation", C,
     (r"(?:dont|doesnt|didnt|do not|does not|no longer|not|never|dont even|doesnt even|dont really"
     r"|doesnt really|not sure (?:i|he|she|they)|dont know if (?:i|he|she|they)|dont think"
     r" (?:i|he|she|they)|not sure if (?:i|he|she|they)) (?:want|wants|wanna|wish|wishes|feel like)"
     r" to (?:live|be alive|exist|be around|go on|keep living|keep going|stay alive"
     r"|be on this earth|wake up|be here)(?! (?:with|in|at|near|there|alone|by|on|together|far"
     r"|close|under|abroad|back|home|for|next|until|till|when|if|at all with|today|tomorrow"
     r"|this|that|right now for|anymore with)(?![a-z]))(?![a-z])"), "P"),
    ("rather_dead", "ideation", C,
     (r"(?:rather|prefer to|prefers to) (?:be )?(?:dead|die)(?![a-z])|(?:happier|better|best"
     r"|easier) (?:being )?dead(?! (?:tired|serious|set|wrong|on|last|battery|phone))"
     r"(?![a-z])"), "NP"),
    ("deserve_die", "ideation", C,
     r"(?:i|me|myself|i just|i really) (?:deserve|deserves) to (?:die|be dead|not live)(?![a-z])",
     "NP"),
    ("wants_it_to_end", "ideation", C,
     (r"(?:want|wants|wanted|wish|wishes) (?:it all|everything|<LIFE>|all of it) to (?:end|be over"
     r"|stop)(?![a-z])"), "NP", None, "sentence",
     r"(?:renovation|drilling|noise|neighbou?rs|builders|construction|roadworks|the rain|meeting)"),
    ("think_death", "ideation", C,
     (r"(?:thinks|thinking|thought|thoughts|talks|talking|talked|obsessed|preoccupied)(?: a lot| so"
     r" much| constantly| all the time| a bunch){0,1} (?:about|of|with) (?:death|dying|being dead"
     r"|suicide|not being (?:here|alive|around)|ending it|killing <REFL>|wanting to die)"
     r"(?![a-z])"), "NAP"),
    ("spanish_die", "ideation", C,
     (r"(?:me quiero|quiero|se quiere|quiere|queria|quisiera|ganas de|deseo|desea) (?:morir"
     r"|morirme|morirse|matarme|matarse|suicidarme|suicidarse|estar muerto|estar muerta"
     r"|desaparecer|quitarme la vida|quitarse la vida)(?![a-z])"), "NP"),
    ("spanish_going", "ideation", C,
     (r"(?:me voy a|se va a|voy a|va a|pienso|piensa|pensando en|estoy pensando en|planeo|planea)"
     r" (?:matar(?! (?:a|al)(?![a-z]))|matarme|matarse|suicidar|suicidarme|suicidarse"
     r"|quitarme la vida|quitarse la vida|acabar con (?:mi|su) vida|el suicidio)(?![a-z])"), "NP"),
    ("spanish_me_mato", "ideation", C,
     (r"(?:me mato|me voy a matar|me quiero matar|se quiere matar|me quiero suicidar|se quiere"
     r" suicidar|me suicido|no quiero vivir|no quiere vivir|no quiero seguir viviendo|no quiere"
     r" seguir viviendo|ya no quiero vivir|ya no quiere vivir|no vale la pena vivir"
     r"|no aguanto mas la vida)(?![a-z])"), ""),
    # A wish that something would strike or kill the speaker: the pronoun after the wish is the
    # one before it ("he wishes a car would hit him"), so a wish aimed at someone else is left out.
    ("wish_struck", "ideation", C,
     (r"(?:i (?:<WISHV>) (?:<STRIKE>) (?:me|myself)|he (?:<WISHV>) (?:<STRIKE>) (?:him|himself)"
     r"|she (?:<WISHV>) (?:<STRIKE>) (?:her|herself)|they (?:<WISHV>) (?:<STRIKE>) (?:them"
     r"|themselves)|<PERSON> (?:<WISHV>) (?:<STRIKE>) (?:him|her|them))(?![a-z])"), "NP"),
    # Indifference to one's own death, subject and pronoun agreeing ("I wouldn't mind if I
    # didn't make it to next year", "he doesn't care if he lives or dies").
    ("indifferent_death", "ideation", C,
     (r"(?:i (?:<NOCARE>) i|he (?:<NOCARE>) he|she (?:<NOCARE>) she|they (?:<NOCARE>) they)"
     r" (?:died|die|dies|lived or died|live or die|lives or dies|was dead|were dead|ended up dead"
     r"|got hit|crashed|crashes|crash|got killed|drowned|fell|(?:didnt|dont|doesnt|never) (?:wake up|woke up|survive)|(?:didnt|dont|doesnt"
     r"|wouldnt|never) (?:make it|live|last|survive) (?:to|through|past|until|till) (?:next"
     r"|another|the (?:end|weekend|morning|night)|tomorrow|christmas|new year|(?:my|his|her"
     r"|their) (?:next )?birthday|\d+))(?![a-z])"
     r"|(?:wouldnt|would not|dont|doesnt|do not|does not) (?:mind|care about) (?:dying|being dead"
     r"|not waking up|not being (?:here|alive|around))(?![a-z])"), "NP"),
    # "if she just disappeared for good": a wish to vanish, told in the past subjunctive.
    ("vanish_for_good", "ideation", C,
     (r"(?:if|wish|wishes|wished|could|would|d|just) (?:i|he|she|they) (?:just |simply |could "
     r"|would )?(?:disappeared|vanished|disappear|vanish|went away|ceased to exist|stopped"
     r" existing) (?:forever|for good|permanently|and never (?:came|come) back|off the face of"
     r" the earth)(?![a-z])"), "NP"),
    # Death as a near certainty in the speaker's own future ("I'll be dead by Christmas").
    ("will_be_dead", "ideation", C,
     (r"(?:ill|hell|shell|theyll|i will|he will|she will|im going to|hes going to|shes going to"
     r"|i am going to|he is going to|she is going to|wont be long (?:before|until|till) (?:i|he"
     r"|she)(?:m|s)?) be (?:dead|six feet under|in the ground|in a box|in (?:my|his|her) grave"
     r"|in a better place|out of (?:your|everyones|the familys|their|our|his|her) (?:way|hair"
     r"|lives|life) (?:for good|forever|soon|permanently))(?![a-z])"), "NP", None, "sentence",
     (r"(?:by the time|at this rate|waiting|wait list|waitlist|on hold|in line|approv\w*"
     r"|insurance|paperwork|of (?:boredom|embarrassment|hunger|exhaustion)|laugh\w*|if (?:i|you"
     r"|we) (?:have to|eat|keep)|dead (?:tired|serious|on|wrong)|old|years from now|someday"
     r"|one day|eventually|before (?:they|the|insurance|this|that) )")),
    ("will_be_gone", "ideation", C,
     (r"(?:ill|hell|shell|theyll|i will|he will|she will|im going to|hes going to|shes going to"
     r"|i am going to|he is going to|she is going to|wont be long (?:before|until|till) (?:i|he"
     r"|she)(?:m|s)?) be gone(?! (?:for (?:a|the|two|three|four|five|\d+|several|some|most|about"
     r"|all|an|over)|on|to|at|from|camping|fishing|shopping|away|till|until|overnight|all)"
     r"(?![a-z]))(?![a-z])"), "NP",
     (r"(?:(?:set|picked|chose|has|have|got) a date|goodbye|good bye|die|dying|dead|suicid\w*|kill"
     r"\w* <REFL>|end (?:it|things|<LIFE>)|pills|<GUN>|rope|noose|note|better off|burden|miss"
     r" (?:me|him|her)|for good|forever|last time|love you|forgive|worry about me|problem"
     r"|no one will|nobody will|everyone will|wont have to)"), "message",
     (r"(?:trip|travel\w*|vacation|holiday|business|conference|camp\w*|college|deploy\w*"
     r"|visit\w*|moving|move|flight|surgery|rehab|work|job|shift|errand|store|gym|weekend away)")),
    # "go to sleep and not come back", "close my eyes and never open them again".
    ("sleep_no_return", "ideation", C,
     (r"(?:sleep|asleep|close (?:my|his|her|their) eyes) (?:and )?(?:never|not|wont|dont|doesnt"
     r"|didnt) (?:come back|return|open (?:them|my eyes|his eyes|her eyes) again|wake again"
     r"|be coming back)(?![a-z])"), "NP"),
    # "I'm going to do it now, I love you": an unnamed act announced with a farewell or a method.
    ("do_it_now", "ideation", C,
     (r"(?:going to|will|ill|hell|shell|about to|ready to|finally going to|gonna) (?:finally |just "
     r"|really )?do it (?:now|tonight|today|right now|this time|for real|soon)(?![a-z])"), "NP",
     (r"(?:love you|goodbye|good bye|bye|sorry|forgive|pills|<GUN>|rope|noose|bridge|die|dying"
     r"|dead|kill|suicid\w*|end it|not (?:answering|picking up|responding)|wont (?:answer|pick up"
     r"|respond)|voicemail|note|letter|last)"), "message"),
    # "I want to disappear" with a second sign in the message ("nobody would even notice").
    ("want_disappear", "ideation", C,
     (r"(?:want|wants|wanted|wish|wishes|wished|wanting|need|needs) to (?:just |simply )?"
     r"(?:disappear|vanish|fade away|not be here)(?![a-z])"), "NP",
     (r"(?:nobody|no one|miss|notice|burden|better off|die|dying|dead|gone|forever|for good|alive"
     r"|exist|point|anymore|any more|tired of|cant do this|cant go on|hate (?:my|his|her) life"
     r"|hopeless|worthless|sleep)"), "message"),
    # A past-tense method on oneself is an attempt ("slit her wrists", "hung himself").
    ("past_method_self", "attempt", C,
     (r"(?:(?:hung|hanged|shot|stabbed|poisoned|drowned|gassed|suffocated|strangled|electrocuted"
     r"|threw|set fire to) <REFL>|(?:slit|slashed|sliced) (?:open )?(?:his|her|my|their) (?:own )?"
     r"(?:wrists?|throat)|cut (?:open )?(?:his|her|my|their) (?:own )?throat)(?![a-z])"), "NPX",
     None, "sentence",
     (r"(?:by accident|accidentally|on (?:a|the) (?:can|glass|knife|fence|window)|shaving|cooking"
     r"|in the foot|laughing|in the kitchen|in the game|movie|film|show|book|character)")),
    ("spanish_god_take", "ideation", C,
     (r"(?:dios|el senor|la muerte|diosito) (?:se |me )?(?:la|lo|me|nos|los) (?:lleve|llevara"
     r"|llevaria|recoja|recogiera|llame)(?![a-z])"), "NP"),
    ("spanish_tired_life", "hopelessness", C,
     (r"(?:cansad[oa]s?|hart[oa]s?|agotad[oa]s?) de (?:vivir|la vida|estar viv[oa]|seguir"
     r" viviendo|existir)(?![a-z])"), "NP"),
    # ---------------------------------------------------------------- hopelessness / burden
    ("better_off_without", "hopelessness", C,
     (r"(?:better off|better|happier|easier) without (?:me|him|them|her)(?! (?:\w+ )?(?:boyfriend"
     r"|girlfriend|husband|wife|partner|ex|dad|mom|mother|father|job|friends?|drinking|meds"
     r"|medication|phone|car|money|help|support|stress|nagging|drama|constant)(?![a-z]))"
     r"(?![a-z])"), "NP",
     (r"(?:would|wd|d|will|be|all|everyone|everybody|world|family|kids|they|we|theyd|wed"
     r"|theyll|people|youd|you|would all|d all|be so much|be way|be a lot)(?: \w+){0,2}"
     r" (?:better off|better|happier|easier) without")),
    ("better_off_if_gone", "hopelessness", C,
     (r"if (?:i|he|she|they)(?: (?:just|was|were|wasnt|werent|had|never)){0,2} (?:dead|gone|died"
     r"|around|here|alive|disappeared|not here|not around|never born|born)(?![a-z])"), "NP",
     (r"(?:better off|better|happier|easier|fine|relieved|no different|less to (?:deal with"
      r"|worry about)|less (?:trouble|stress|hassle)|one less|simpler|cheaper)"), "clause"),
    ("easier_if_dead", "ideation", C,
     r"if (?:i|he|she|they)(?: (?:just|was|were|had))? (?:dead|died)(?![a-z])", "NP",
     r"(?:better off|better|happier|easier|fine|relieved|no different)", "clause"),
    ("better_off_dead", "ideation", C, r"better off dead(?![a-z])", "NAP"),
    ("nobody_miss", "hopelessness", C,
     (r"(?:no one|nobody|noone|no body|not a single person|not one person|none of them)"
     r" (?:would|will|wd|is going to|d)(?: even| really| ever){0,2} (?:miss|notice|care)"
     r"(?:(?: \w+){0,3} (?:if|when) (?:i|he|she|they)(?: \w+){0,2} (?:died|dead|gone"
     r"|disappeared|left|killed|wasnt|werent|was gone)| (?:me|him|her))(?![a-z])"), "P"),
    ("burden", "hopelessness", C,
     (r"(?:im|i am|am|feel|feels|felt|feeling|being|hes|shes|he is|she is|theyre|im just|i feel"
     r"|calls <REFL>|called <REFL>|such|just|only|nothing but) (?:like )?(?:such |just |only "
     r"|nothing but |a total |a huge |a big |one big )?(?:a )?burden(?:some)?(?! of| for the"
     r" (?:insurance|budget))(?![a-z])"), "NAP"),
    ("waste_space", "hopelessness", C,
     (r"(?:waste of (?:space|air|oxygen|life|a life)|world (?:would be|is|will be|d be)"
     r" (?:better|better off) without (?:me|him|her|them))(?![a-z])"), "NP"),
    ("no_reason_live", "hopelessness", C,
     (r"(?:no|not (?:any|a|one)|nothing|zero|no real|lost (?:all|any|every)|dont see (?:any|a|the)"
     r"|cant see (?:any|a|the)|doesnt see (?:any|a|the)|(?:dont|doesnt|cant|cannot|no longer|not"
     r"|never|didnt|hardly|barely) (?:really |even )?(?:see|sees|find|finds|has|have|feel|feels)"
     r" (?:any|a|the|much|one)) (?:point|reason|purpose|will)"
     r"(?: \w+){0,3} (?:in |to |of |for )?(?:living|live|life|going on|being alive|being here"
     r"|be alive|be here|stay alive|go on|get up|continue|carry on"
     r"|carrying on|keep going|keep living|keep on living|existing|exist|staying alive|stay alive"
     r"|wake up|waking up)(?![a-z])(?! to (?:\w+ )?(?:therapy|school|work|class|the|his|her"
     r"|appointments?|meetings?|church|group|sessions?|counseling|treatment|college|practice)"
     r"(?![a-z]))"), "P"),
    ("whats_the_point", "hopelessness", C,
     (r"whats the (?:point|use)(?: in| of)? (?:living|life|going on|being alive|anything|even"
     r" trying|it all|existing|waking up|any of (?:it|this)|of anything|of it all|me|trying)"
     r"(?![a-z])"), "P"),
    ("nothing_to_live_for", "hopelessness", C,
     (r"(?:nothing|no one|nobody|nothing left|nobody left|no one left|not much left|nothing more)"
     r" (?:left )?to live for(?![a-z])"), "NP"),
    ("not_worth_living", "hopelessness", C,
     (r"(?:not|isnt|aint|no longer|never) worth (?:living|it anymore|being alive|going on"
     r"|the effort anymore)(?![a-z])"), "P"),
    ("tired_of_fighting", "hopelessness", C,
     (r"(?:tired|sick|exhausted|done|worn out) (?:of|with|from) (?:fighting|trying|struggling"
      r"|having) to (?:stay alive|live|keep going|survive|be here|keep living|exist)(?![a-z])"),
     "NP"),
    ("tired_of_living", "hopelessness", C,
     (r"(?:tired|sick|exhausted|done|finished|fed up|over it) (?:of|with) (?:living(?! (?:with|in|at"
     r"|paycheck|on (?:my|his|her|a|the)|out of|under|near|next|so far|alone in)(?![a-z]))|life"
     r"(?! (?:admin|insurance|coach\w*|skills|lessons|stuff|goals|in (?:the|this) city|at (?:the"
     r"|this)|on (?:the|this)|as (?:a|an))(?![a-z]))|being alive|existing|everything(?! (?:related"
     r"|about|to do|connected|concerning|regarding|involving|from|at|for|in|on|with|that|he|she"
     r"|being|so|costing|going up"
     r"|they|his|her|their)(?![a-z]))|it all|this life|being here|waking up)(?![a-z])"), "NP"),
    ("cant_go_on", "hopelessness", C,
     (r"(?:cant|cannot|can not|couldnt|unable to|dont think (?:i|he|she) can|no way (?:i|he|she)"
     r" can|dont know how (?:i|he|she) can|cant even) (?:go on|keep going|carry on|do this"
     r" anymore|do this any more|take (?:it|this|much more|any more|anymore)(?: anymore| any"
     r" more)?|keep living|live like this|cope anymore|handle (?:it|this|life) anymore|keep doing"
     r" this|take the pain|face another day|face tomorrow|live with this)(?![a-z])"), "P",
     None, "sentence", r"(?:<JOKE>|<MUNDANE>)"),
    ("not_a_burden_much_longer", "hopelessness", C,
     (r"(?:wont|will not|not going to|isnt going to|wouldnt) be (?:a |your |anyones |everyones "
      r"|anybodys )?(?:problem|burden|bother|trouble|nuisance|pain|worry) (?:(?:for|to) (?:you"
      r"|anyone|everyone|them|us|the family|you guys|you all|my \w+|his \w+|her \w+) )?(?:for (?:much|any)"
      r" longer|much longer|for long|anymore|any more|soon|to anyone)(?![a-z])"), "NP",
     None, "sentence",
     (r"(?:agreed|agrees|agreeing|finally said yes|promised to|will start|starting (?:therapy"
      r"|treatment|meds|medication)|appointments?|sober|rehab|got (?:a|the) job|moved out)")),
    # "She doesn't plan on being around much longer": a negated expectation of staying alive.
    ("not_around_long", "ideation", C,
     (r"(?:plan|plans|planning|expect|expects|expecting|intend|intends|going|think|thinks|see"
     r"|sees)(?: (?:on|to))? (?:be|being|stay|staying|stick|sticking|live|living|hang|hanging"
     r"|last|lasting|make it|making it)(?: (?:around|here|alive|on))? (?:much longer|for much"
     r" longer|for long|very long|long enough|for (?:\w+ ){0,2}(?:birthday|christmas|graduation"
     r"|thanksgiving|next year)|past (?:\w+ ){0,2}(?:birthday|christmas|summer|this"
     r" year|next year|the weekend|graduation)|to see (?:\w+ ){0,2}(?:birthday|christmas|summer"
     r"|next year|graduation|another year))(?![a-z])"), "P",
     r"(?:dont|doesnt|not|wont|isnt|never|didnt|no)", "clause",
     (r"(?:hospice|terminal|cancer|palliative|prognosis|diagnos\w*|moving|lease|job|company|team"
     r"|town|city|country|school|program|apartment|house|relationship|marriage|visit|party)")),
    ("no_future", "hopelessness", C,
     (r"(?:dont|doesnt|cant|no longer|not|never|didnt) (?:really )?see (?:a|any) future"
      r"|no future for (?:me|him|her|them|myself|himself|herself)|(?:have|has|got) no future"
      r"(?![a-z])"), "P"),
    ("no_way_out", "hopelessness", C,
     (r"(?:no|dont see (?:a|any)|cant see (?:a|any)|never find (?:a|any)|theres no|only one) way"
     r" out(?! of (?:this|the|that) (?:traffic|jam|line|queue|lot|parking|meeting|contract|lease|deal"
     r"|building|maze|room|game|level|car park|class|course|subscription)(?![a-z]))(?![a-z])"),
     "NP"),
    ("never_get_better", "hopelessness", C,
     (r"(?:nothing|it|things|life|this|my life|his life|her life|i)(?: will| is going to| is ever"
     r" going to|ll)? (?:never|wont ever|will never|not ever|isnt ever going to|is never going to)"
     r" (?:get|be|going to get) (?:any )?better(?![a-z])"), "NP"),
    ("hopeless", "hopelessness", C,
     (r"(?:feel|feels|feeling|felt|im|i am|hes|shes|so|completely|totally|utterly) (?:so |very"
     r" |completely |totally |utterly )?(?:hopeless|worthless)(?![a-z])"), "NAP"),
    ("spanish_burden", "hopelessness", C,
     (r"(?:estarian mejor sin mi|estaria(?:n)? mejor sin (?:mi|el|ella)|soy una carga"
     r"|no tengo (?:razon|nada) para vivir|no hay razon para vivir|ya no puedo mas)(?![a-z])"),
     "N"),
    # "the family would manage fine without him"
    ("manage_without_me", "hopelessness", C,
     (r"(?:would|d|will|could|wd) (?:all |honestly |probably |really )?(?:be (?:fine|okay|ok|just"
     r" fine|relieved|free)|manage|cope|get by|get along|do (?:fine|better|just fine)|move on"
     r"|be better off|be happier|be better)(?: \w+){0,2} without (?:me|him|her|them)(?![a-z])"),
     "NP",
     (r"(?:say\w*|said|think\w*|thought|feel\w*|felt|believ\w*|convinced|keeps|kept|told|tells"
     r"|wrote|sure|because of (?:me|him|her)|i|im)"), "sentence",
     (r"(?:leave|vacation|trip|week|weekend|shift|while (?:i|he|she)|for a (?:few|couple|day|night)"
     r"|at work|office|team|meeting|party|dinner|game|car|phone|money|meds|medication|help)")),
    ("burden_synonyms", "hopelessness", C,
     (r"(?:im|i am|hes|shes|he is|she is|theyre|feel like|feels like|felt like|just|nothing but"
     r"|such|only|being|am|is) (?:just |only |such |nothing but |a |so much )*(?:dead weight"
     r"|a drain on|a weight (?:on|around)|a millstone|a liability to|a drag on|a waste of"
     r" (?:money|time|space|everyones \w+)|in everyones way|ruining (?:everyones|everything for"
     r"|their|your|our|the familys) (?:lives|life|everything)?)(?![a-z])"), "NP"),
    # ---------------------------------------------------------------- plan and means
    ("research_ways", "plan_means", C,
     (r"(?:googl\w*|search\w*|research\w*|look\w* up|looking (?:into|at|up)|read(?:ing)? about"
     r"|asking (?:about|how|me how)|asked (?:\w+ )?(?:about|how)|watching videos (?:on|about)"
     r"|looked into|look into|find(?:ing)? out)(?: \w+){0,3} (?:ways|how|methods?|the best way"
     r"|the easiest way|a painless way|the quickest way|what dose|which pills|how much|how many"
     r"|how long)(?: \w+){0,7} (?:to )?(?:die|kill|end (?:it|<LIFE>|things)|overdose|od|hang"
     r"|suicide|commit|be lethal|be fatal|is lethal|is fatal|kill someone)(?![a-z])"), "NP"),
    ("how_much_lethal", "plan_means", C,
     (r"(?:how (?:many|much)|what (?:dose|amount|number)|which (?:pills|meds|drugs))(?: \w+){0,6}"
     r" (?:kill (?:me|you|someone|a person|<REFL>)|to die|be lethal|is lethal|are lethal|be fatal"
     r"|is fatal|would it take|would kill|will kill|to end it|to overdose|to od|for an overdose"
     r"|to not wake up|to never wake up|(?:would|could|is|are|be|would be|is it) (?:too much"
     r"|too many|deadly|dangerous|an overdose|enough to \w+))(?![a-z])"), "NAP"),
    ("painless_way", "plan_means", C,
     (r"(?:painless|easiest|easy|quickest|quick|fastest|best|surest|least painful|simplest"
     r"|peaceful|most painless|most effective|reliable) (?:way|ways|method|methods) (?:to|of)"
     r" (?:die|dying|kill (?:<REFL>|someone|me|you)|end (?:it|it all|<LIFE>|things|everything)"
     r"|commit suicide|suicide|overdose|od|go to sleep forever|not wake up)(?![a-z])"), "NP"),
    ("how_long_die", "plan_means", C,
     (r"how long (?:\w+ ){0,4}(?:to die|to bleed out|to bleed to death|to drown|to suffocate"
      r"|before (?:you|someone|a person|he|she|i) (?:dies?|bleeds? out|pass(?:es)? out))(?![a-z])"),
     "NAP",
     (r"(?:hang|hanging|drown|overdose|pills|bleed|jump|gas|carbon|poison|suffocat|without"
     r" (?:food|water)|starve|cut|wrists|me|myself|you|someone|a person|takes)")),
    ("lethal_dose", "plan_means", C,
     r"(?:lethal|fatal|deadly|toxic) (?:dose|amount|overdose|quantity|number of)(?![a-z])",
     "NAP"),
    ("stockpile", "plan_means", C,
     (r"(?:stockpil\w*|hoard\w*|stash\w*|sav(?:e|es|ed|ing)(?! (?:money|on|\d|cash|a lot|some"
     r" money|for a|for the|for his car|for her car|up for)(?![a-z]))(?: up)?"
     r"|collect(?:ing|ed|s)?|squirrel\w* away|put(?:ting)? aside|setting aside|set aside)"
     r"(?: \w+){0,3} (?:<DRUG>)(?! (?:bottles?|containers?|cabinets?|box|boxes|labels?|caps"
     r"|packaging|samples)(?![a-z]))(?![a-z])"), "NP", None, "sentence",
     (r"(?:coupon|discount|money|cash|pharmacy|refill|pick(?:ed|ing)? up|copay|insurance|drop off"
     r"|disposal|dispose|take back|art|craft|project|recycl\w*|empty)")),
    ("stash_of_pills", "plan_means", C,
     (r"(?:stash|stockpile|hoard|pile|collection|hidden bag|hidden box|secret supply|supply"
     r" hidden) (?:of )?(?:\w+ )?(?:<DRUG>)(?![a-z])"), "NP", None, "sentence",
     r"(?:empties|empty|turned out|expired|dispos\w*|take back)"),
    ("buy_gun", "plan_means", C,
     (r"(?:bought|buying|buy|buys|purchased|purchasing|purchase|got|getting|get|obtained"
     r"|obtaining|ordered|ordering|borrowed|borrowing|acquired|picked up)(?: (?:a|an|another"
     r"|some|himself a|herself a|myself a|new|a new|his own|her own|a second))? <GUN>"
     r"(?![a-z])"), "NP", None, "sentence",
     (r"(?:hunting|hunt|range|target|season|license|licence|collector|skeet|sport|club|paintball"
     r"|nerf|water gun|squirt|glue gun|toy|video game|airsoft|staple gun|nail gun|heat gun"
     r"|spray gun|for (?:christmas|his birthday|her birthday))")),
    ("means_acquired_risk", "plan_means", C,
     (r"(?:rope|ropes|cord|noose|charcoal|razor blades|blades|ammo|ammunition|bullets|helium)"
     r"(?![a-z])"), "NP",
     (r"(?:die|dying|dead|death|suicid\w*|kill\w* <REFL>|end (?:it|things|<LIFE>)|not (?:being |be"
     r" )?(?:here|alive|around)|better off|goodbye|no point|hopeless|unalive|kms|want to go)"),
     "message"),
    ("noose", "plan_means", C, r"noose(?:s)?(?![a-z])", "NAP", None, "sentence",
     r"(?:knot|trailer|tie ?down|sailing|boat|scout\w*|prop|stage|musical|rehearsal|theatre|costume)"),
    ("access_means", "plan_means", C,
     (r"access to (?:a |his |her |their |my )?(?:<GUN>|lethal means|means|pills|stockpiled)"
     r"(?![a-z])"), "NAP"),
    ("suicide_plan", "plan_means", C,
     r"(?:suicide|suicidal) (?:plan|plans|note(?:s)? and (?:a )?plan|method|methods)(?![a-z])",
     "NP"),
    ("plan_to", "plan_means", C,
     (r"(?:plan|plans|planned|planning|a plan|my plan|his plan|her plan|the plan|a date|picked"
     r" (?:a|the) (?:date|day|time|way|method|spot|place)|chose (?:a|the) (?:date|day|way"
     r"|method)|set (?:a|the) date) (?:to|for|on|of|when) (?:kill(?:ing)? <REFL>|end(?:ing)?"
     r" (?:it all|it|things|everything|<LIFE>)(?! with)|die|dying|suicide|tak(?:e|ing) <LIFE>"
     r"|overdos\w*|od|jump\w*|hang\w*|shoot\w* <REFL>|do it|doing it)(?![a-z])"), "NP"),
    ("the_night", "plan_means", C,
     (r"(?:tonight|today|this weekend|tomorrow) is the (?:night|day)(?! (?:of|for|we|when|i|that"
     r"|before|after)(?![a-z]))(?![a-z])|(?:has|have|got|its|is) (?:everything|it all|all of it)"
     r" (?:ready|planned|worked out|figured out|set up|sorted)(?![a-z])"), "NP",
     (r"(?:tonight|today|die|dying|suicid\w*|kill|end it|goodbye|note|not (?:be )?here|pills"
     r"|<GUN>|rope|bridge|done|over|ready to go)"), "sentence",
     (r"(?:party|trip|move|wedding|dinner|concert|game|birthday|exam|surgery|appointment"
     r"|interview|holiday|christmas|vacation|date night|packing|packed)")),
    ("how_would_do_it", "plan_means", C,
     (r"how (?:i|he|she|they) (?:would|will|could|might|d|is going to|am going to|plans to|plan"
     r" to|wants to|want to) (?:do it|kill <REFL>|end it|end <LIFE>|die)(?![a-z])"), "NP"),
    ("method_intent", "plan_means", C,
     (r"(?:going to|will|ill|hell|shell|want to|wants to|planning to|about to|thinking (?:about"
     r"|of)|threatening to|threatened to|threatens to|says hes going to|said hed|said shed"
     r"|ready to|decided to) (?:just )?(?:shoot\w*|hang\w*|drown\w*|poison\w*|suffocat\w*"
     r"|electrocut\w*|gas\w*|stab\w*|slit\w*|overdos\w*|od|starve) (?:<REFL>|(?:my|his|her|their)"
     r" (?:wrists|throat))?(?![a-z])"), "NP", None, "sentence",
     (r"(?:shoot(?:ing)? (?:hoops|pool|photos|a video|a text|him a|her a|me a|you a|the breeze"
     r"|for)|hang(?:ing)? (?:out|up|on|in there|the|a|pictures|with)|drown(?:ing)? in (?:work"
     r"|paperwork|debt|bills|emails)|gas (?:up|station|prices|bill|stove)|overdos\w* on (?:coffee"
     r"|sugar|caffeine|chocolate|netflix|tv)|starve (?:the|a) )")),
    ("jump_intent", "plan_means", C,
     (r"(?:going to|will|ill|hell|shell|want to|wants to|planning to|about to|threatening to"
     r"|threatened to|threatens to|ready to|thinking (?:about|of)|talking about|talks about"
     r"|decided to|tried to|try to|trying to) (?:just )?jump(?:ing)?(?! (?:in the|into the"
     r" (?:pool|lake|shower|water|sea|ocean|car)|on (?:a|the) (?:call|bed|train to|plane|bus|zoom"
     r"|phone|bandwagon|trampoline)|start|rope|ahead|through|at the chance|the gun|back|right in"
     r"|over to|in|on board|the queue|the line|to conclusions|for joy|higher|around|up and down"
     r"|ship)(?![a-z]))(?: (?:off|from|in front of|into|out (?:of )?(?:a|the) window))?(?![a-z])"),
     "NP", None, "sentence",
     r"(?:skydiv\w*|parachut\w*|bungee|base jump\w*|paraglid\w*|out of a plane|tandem)"),
    ("jump_off_place", "plan_means", C,
     (r"(?:jump|jumps|jumping|leap|leaping|throw <REFL>|throwing <REFL>) (?:off|from|in front of"
     r"|into|out of) (?:a |the |this |that |some |his |her )?(?:bridge|building|roof|rooftop|cliff"
     r"|ledge|overpass|balcony|train|subway|bus|truck|car|traffic|window|tower|parking garage"
     r"|river|highway|freeway)(?![a-z])"), "NP", None, "sentence",
     (r"(?:diving board|pool|lake|trampoline|for fun|swimming|on vacation|as a kid|bungee"
     r"|skydiv|parachut|character|characters|novel|film|movie|episode|scene|the book|the story"
     r"|the show|the series|plot)")),
    ("at_the_edge", "plan_means", C,
     (r"(?:standing|sitting|stood|sat|climbing|climbed|perched|waiting|hanging) (?:\w+ ){0,2}(?:on"
     r"|at|off|over|up on|on top of|near) (?:the |a |this |that |some )?(?:ledge|bridge railing"
     r"|balcony railing|balcony ledge|balcony edge|window ledge|windowsill"
     r"|bridge|roof edge|rooftop edge|railing|edge of (?:the|a) (?:roof|bridge|cliff|building"
     r"|platform)|train tracks|railway tracks|railroad tracks|tracks|cliff edge|overpass)"
     r"(?![a-z])"), "NP", None, "sentence",
     r"(?:fishing|photo|picture|view|sunset|waiting for (?:the|a) (?:train|bus))"),
    ("at_place_intent", "plan_means", C,
     (r"(?:on|at|from|standing on|sitting on|near|up on|out on|on top of|onto) (?:the |a |this "
     r"|that |some )?(?:bridge|ledge|roof|rooftop|train tracks|railway tracks|railroad tracks"
     r"|tracks|cliff|cliffs|overpass|subway platform|platform edge)(?![a-z])"), "NAP",
     (r"(?:die|dying|dead|suicid\w*|kill\w* <REFL>|end (?:it|things|<LIFE>|everything)"
     r"|jump|goodbye|not (?:being |be )?(?:here|alive|around)|better off|unalive|let go|step (?:off|out"
     r"|in front)|throw (?:himself|herself|myself) off|go over)"), "message"),
    ("locked_in_with_blade", "self_harm", E,
     r"<LOCKED_IN>", "N",
     r"(?:razor|razors|blade|blades|knife|knives|scissors|glass)", "sentence"),
    ("locked_in_with_means", "plan_means", E,
     r"<LOCKED_IN>", "N",
     r"(?:<GUN>|pills|rope|noose|belt|cord|car running|engine running)", "sentence"),
    ("gun_to_head", "plan_means", E,
     (r"(?:<WEAPON>|barrel|muzzle) (?:to|against|at|in) (?:his|her|my|their|your) (?:own )?(?:head"
     r"|throat|chest|temple|mouth|neck|wrist|wrists)(?![a-z])"), "N"),
    ("car_running", "plan_means", E,
     r"(?:garage|car)(?: \w+){0,6} (?:engine|car|motor|exhaust) (?:running|on)(?![a-z])", "N",
     r"(?:locked|lock|shut|closed|sitting|sat|stuck|alone|wont come out|refus|door|found|pulled)",
     "sentence", r"(?:wide open|(?:door|doors) (?:is |are |s )?(?:open|up)|charg\w*|battery|jump ?start\w*)"),
    ("means_in_hand_intent", "plan_means", E,
     (r"(?:i|he|she|they|ive|hes|shes|im|theyre|i am|he is|she is) (?:have|has|got|ve got|s got"
     r"|holding|is holding|am holding|sitting with|standing with|got out|took out|is with"
     r"|have got|has got|loaded) (?:a |the |his |her |my |their |some |all (?:my|his|her|the) "
     r"|a bottle of |the bottle of |enough )?(?:\w+s )?(?:<WEAPON>|pills|rope|noose|bottle of pills"
     r"|bottle of \w+|pills ready|loaded gun)(?![a-z])"), "N",
     (r"(?:(?:going to|will|ill|hell|shell|ready to|about to|want to|wants to|plan to|planning to"
     r"|plan for|decided to|gon)(?: \w+){0,2} (?:do it|use (?:it|them)|take (?:them|it|all|my"
     r"|his|her)|end|go through|kill|shoot|hurt|jump|die|stab|overdose|od|swallow)|do it"
     r" (?:tonight|now|today|right now)|finally do it|doing it|(?:kill|shoot|stab) <REFL>"
     r"|end it|goodbye|to die|suicid\w*|plan to)")),
    ("sitting_with_pills", "plan_means", E,
     (r"(?:with|holding|have|has|got) (?:a|the|all (?:the|my|his|her)|my|his|her) (?:bottle of"
     r" (?:pills|\w+)|pills|knife|blade|razor|gun|rope)(?![a-z])"), "N",
     (r"(?:want to|wants to|going to|gon|will|ill|about to|ready to)(?: \w+){0,2} (?:take (?:them"
     r"|it|all)|swallow|use (?:it|them)|do it|end it|kill|die|overdose|cut|shoot)")),
    # Means laid out and ready, with a sign of intent anywhere in the message.
    ("means_laid_out", "plan_means", C,
     (r"(?:<DRUG>|<GUN>|rope|noose|cord|knife|knives|razor|razors|blades?) (?:\w+ ){0,2}(?:lined"
     r" up|laid out|counted out|set out|spread out|sorted out|all out|out and ready|ready (?:to"
     r" go|on the)|in a row|out on (?:the|his|her|my) (?:table|bed|counter|desk|floor|nightstand))"
     r"(?![a-z])"), "NP",
     (r"(?:tonight|die|dying|dead|suicid\w*|kill\w* <REFL>|end (?:it|things|<LIFE>)|goodbye"
     r"|the night|the day|note|not (?:be )?here|all of them|take them all|swallow|better off"
     r"|be gone|do it|last)"), "message",
     (r"(?:organi[sz]er|pill ?box|weekly|for the week|each (?:morning|night|day)|every (?:morning"
     r"|night|day)|dosette|pharmacy|prescri\w*|breakfast|dinner|lunch|range|hunting|cleaning"
     r"|sale|kitchen|chef|cook\w*|craft|garden|camping)")),
    # A date chosen, in a message that speaks of dying or leaving for good.
    ("date_set", "plan_means", C,
     (r"(?:set|picked|chose|chosen|has|have|got|circled|marked|already has) (?:a|the) (?:date"
     r"|day)(?![a-z])"), "NP",
     (r"(?:be gone|be dead|die|dying|kill\w* <REFL>|end (?:it|things|<LIFE>)|suicid\w*|goodbye"
     r"|not (?:be )?(?:here|around)|pills|<GUN>|rope|noose|better off|for good|forever)"), "message",
     (r"(?:wedding|party|surgery|appointment|court|hearing|trial|move|moving|trip|exam|interview"
     r"|meeting|vacation|start|launch|release|closing|baby|due|visit|intake|discharge|graduation)")),
    # Knowing the exact place or means ("he knows exactly which bridge he'd jump from").
    ("chosen_means", "plan_means", C,
     (r"(?:knows|know|knew|figured out|worked out|decided|picked|chose|chosen|found|scouted"
     r"|researched|told (?:me|us|her|him|them)) (?:exactly |already )?(?:which|what|where|the)"
     r" (?:bridge|building|roof|cliff|overpass|pills|meds|gun|rope|spot|place|tree|train|dose"
     r"|method|way|beam|location|day|date)(?: \w+){0,3} (?:hed|shed|id|theyd|he would|she would"
     r"|i would|to|he will|she will|ill|hell|shell|he is going to|she is going to|hes going to"
     r"|shes going to|im going to) (?:use|jump|take|hang|shoot|do it|end it|die|kill|overdose"
     r"|drown)(?![a-z])"), "NP"),
    ("would_jump", "plan_means", C,
     (r"(?:hed|shed|id|theyd|would|could|might|will|ill|hell|shell) (?:just |probably |simply )?"
     r"(?:jump|leap|throw <REFL>) (?:off|from|in front of|out of)(?![a-z])"), "NP",
     (r"(?:bridge|building|roof|cliff|overpass|train|window|balcony|ledge|tower|which|where"
     r"|exactly|highway|freeway|traffic|parking garage|tracks)"), "sentence",
     r"(?:pool|lake|trampoline|plane|parachut\w*|diving|for fun|for joy|chance|bandwagon)"),
    # Turning a weapon or means on oneself ("says he'll use it on himself").
    ("use_on_self", "plan_means", C,
     (r"(?:use|uses|using|turn|turns|turning|point|points|pointing) (?:it|them|that|the \w+"
     r"|his \w+|her \w+|my \w+|a \w+) (?:on|against|at) <REFL>(?![a-z])"), "NP",
     r"(?:<WEAPON>|pills|rope|noose|cord|belt|car|meds)", "message"),
    ("spanish_take_all", "plan_means", C,
     (r"(?:me las|me los|se las|se los) (?:voy a|va a|vas a|quiero|quiere|pienso|piensa|iba a)"
     r" (?:tomar|tragar) (?:todas|todos)|(?:voy a|va a|quiero|quiere|pienso|piensa|iba a)"
     r" (?:tomarme|tomarse|tragarme|tragarse) (?:todas|todos)|(?:tomarme|tomarse|tragarme"
     r"|tragarse) (?:todas|todos) (?:las|los|mis|sus)(?![a-z])"), "NP"),
    # Intent to swallow a whole supply ("planning to take a bottle of her mom's pills").
    ("intent_overdose", "plan_means", C,
     (r"(?:going to|will|ill|hell|shell|wants to|want to|wanted to|plan to|plans to|planning to"
     r"|planned to|about to|ready to|decided to|thinking (?:about|of)|talking about|talks about"
     r"|threatening to|threatened to|threatens to|threatening|gonna) (?:just )?(?:take|taking"
     r"|swallow|swallowing|down|downing|chug|chugging) (?:all|every one|every single one|the whole"
     r"|a whole|an entire|a bottle|the bottle|a bunch|a handful|a lot|a box|a pack|the rest|them all"
     r"|enough|too many|a fistful|\d{2,}) (?:\w+ ){0,4}?(?:<DRUG>|bottle|pills?|tablets|of (?:them"
     r"|it|those|these))(?![a-z])"), "NP", None, "sentence",
     r"(?:antibiotic\w*|course|as prescribed|prescribed|as directed|doctor said|finish|vitamins)"),
    ("means_photo", "plan_means", C,
     (r"(?:picture|pictures|photo|photos|pic|pics|video|snap|image|selfie)s? (?:of|with) (?:\w+ )"
     r"{0,3}(?:<DRUG>|<GUN>|rope|noose|razor|razors|blades?|knife|knives|a bridge|the bridge"
     r"|the ledge|the tracks)(?![a-z])"), "NP",
     r"(?:sent|send|sends|texted|posted|posts|snapped|snapchatted|messaged|shared)", "sentence",
     (r"(?:hunting|range|season|new|bought|pharmacy|prescription|refill|identify|what (?:pill|is)"
     r"|is this|which pill|collection|sale|selling|for sale|cake|art|class|skills|catering"
     r"|course|chef|cooking)")),
    # A weapon or supply held, in a message that speaks of ending things.
    ("means_held_ideation", "plan_means", C,
     (r"(?:i|he|she|they|ive|hes|shes|im|theyre) (?:have|has|got|ve got|s got|holding|is holding"
     r"|am holding|kept|keeps|hid|hidden|bought) (?:a |the |his |her |my |their |some )?(?:\w+s )?"
     r"(?:<GUN>|rope|noose|pills|stash|bottle of pills|razor|razors|blades)(?![a-z])"), "NP",
     (r"(?:ending it|end it|end(?:ing)? things|kill\w* <REFL>|suicid\w*|die|dying|better off"
     r"|goodbye|not (?:be )?here|unalive|end(?:ing)? <LIFE>|be gone|be dead|do it)"), "message",
     r"(?:hunting|range|season|collector|license|licence|gun safe|locked|lock box|lockbox|gun lock)"),
    ("spanish_jump", "plan_means", C,
     (r"(?:me voy a|se va a|voy a|va a|quiero|quiere|pienso|piensa|me quiero|se quiere)"
     r" (?:tirar|aventar|lanzar|arrojar|tirarme|tirarse|aventarme|aventarse|lanzarme|lanzarse)"
     r" (?:del|de un|de una|desde|al|a las|a la|por la|de la) (?:\w+ )?(?:puente|edificio|techo"
     r"|azotea|balcon|vias|tren|metro|precipicio|barranco|ventana|camion|carro)(?![a-z])"), "NP"),
    ("painless_go", "plan_means", C,
     (r"(?:painless|least painful|most painless|peaceful|surest|quickest|gentlest) (?:way|ways"
     r"|method|methods) to (?:go|pass|slip away|check out|not wake up)(?! (?:to|about|from|there"
     r"|home|back|through|into|for|with|over|on|in|out|up|down|forward|ahead|around|by|via|if"
     r"|when|is|would|here)(?![a-z]))(?![a-z])"), "NP"),
    # Something tied around the neck is an attempt under way or just interrupted.
    ("ligature", "attempt", E,
     (r"(?:ligature|ligatures|noose|cord|belt|rope|sheet|sheets|bedsheet|shoelace|shoelaces"
     r"|electrical cord|charger cord)s? (?:\w+ ){0,2}(?:around|round|on|to) (?:(?:his|her|my"
     r"|their|the|pt|patients) )?(?:own )?neck(?![a-z])"), "N", None, "sentence",
     (r"(?:necklace|lanyard|choker|collar|fashion|medal|headphones|stethoscope|costume|bow tie"
     r"|rope swing|swing|rope burn)")),
    # ---------------------------------------------------------------- farewell
    ("goodbye_note", "farewell", C,
     (r"(?:goodbye|good bye|farewell|suicide|last) (?:letter|letters|note|notes|message|messages"
     r"|text|texts|video|videos|post|email|emails|voicemail)(?![a-z])"), "NAP", None, "sentence",
     (r"(?:last (?:message|text|email|post|video|voicemail) (?:from|was|i|he|she|you|about|on"
     r"|of|before)|last (?:note|letter) (?:from|about|on|of)|youtube|followers|channel"
     r"|subscribers|quitting|retir\w*|old job|new job|coworkers|rehom\w*|dog|cat|puppy|kitten"
     r"|pet|horse|teacher|class)")),
    ("said_goodbyes", "farewell", C,
     (r"(?:say|says|said|saying|sayin) (?:my |his |her |their |our |all (?:my|his|her) )?goodbyes"
     r"(?![a-z])"), "NP", None, "sentence",
     (r"(?:emigrat\w*|moving|going away|leaving do|new job|farewell party|retir\w*|therapy"
     r"|therapist|psychologist|finished|flowers|airport|flight|holiday|trip|uni|college"
     r"|palliative|hospice|terminal|wonderful life)")),
    ("goodbye_everyone", "farewell", C,
     (r"(?:goodbye|good bye|bye|farewell) to (?:everyone|everybody|all of us|us"
     r"|people|all his|all her|all my|all their|the world|(?:his|her|my|their|the) (?:family|kids|friends"
     r"|children|loved ones|parents|siblings|cat|dog|pets))(?![a-z])"), "NP",
     r"(?:say|says|said|saying|texted|texting|messaged|posted|posting|wrote|called|calling)",
     "clause",
     (r"(?:transfer\w*|moving|move|graduat\w*|last day|new school|new job|program|class|camp"
     r"|retir\w*|vacation|trip|party|end of (?:the|term|year|school)|semester|leaving for(?!ever)"
     r"|movie|film|episode|novel|character|scene|going to war|went to war|deploy\w*|job|work"
     r"|coworkers|office|team|youtube|followers|channel|uni|university|college|off to|abroad)")),
    ("last_goodbye", "farewell", C,
     (r"(?:like|as if|as though) (?:it was|it were|its|it is|he was|she was) (?:the )?last time"
      r"|(?:say|says|said|saying) goodbye (?:\w+ ){0,3}(?:forever|for good|for the last time)"
      r"(?![a-z])"), "NP",
     r"(?:goodbye|bye|hug|hugged|kiss|kissed|told (?:me|us) (?:he|she) loves?|love you)",
     "sentence"),
    ("keeps_saying_goodbye", "farewell", C,
     (r"(?:keeps|kept|keep|been|started|start|suddenly|randomly) (?:saying|texting|calling"
     r"|messaging)(?: \w+){0,2} (?:goodbye|good bye|bye|farewell)(?![a-z])"), "NP"),
    ("texted_goodbye", "farewell", C,
     (r"(?:texted|text|texting|messaged|emailed|sent|wrote|posted|left|called)(?: (?:me|us|everyone"
     r"|her|him|them|his|my|her))?(?: a)? (?:goodbye|good bye|farewell)(?! (?:party|lunch|dinner"
     r"|card|gift|hug|kiss|drinks)(?![a-z]))(?![a-z])"), "NP", None, "sentence",
     (r"(?:youtube|followers|channel|subscribers|quitting|retir\w*|old job|new job|coworkers"
     r"|rehom\w*|dog|cat|puppy|kitten|pet|horse|teacher|class)")),
    ("note_sorry", "farewell", C,
     (r"(?:left|wrote|writes|writing|written|found|leaving) (?:\w+ ){0,2}(?:note|notes|letter"
     r"|letters)(?: \w+){0,10} (?:sorry|goodbye|good bye|love (?:you|us|them)|forgive|when (?:im"
     r"|hes|shes) gone|take care of)(?![a-z])"), "NP"),
    ("giving_away", "farewell", C,
     (r"(?:giving|gave|give|gives|given|handing|handed) (?:away )?(?:all (?:of )?)?(?:away"
     r" (?:his|her|my|their)|(?:his|her|my|their) (?:\w+ ){0,3}away|away (?:\w+ )?(?:belongings"
     r"|possessions|stuff|things|prized|valuables|pets?|dog|cat|guitar|games|clothes|jewelry"
     r"|collection))(?![a-z])"), "NP", None, "sentence",
     (r"(?:declutter|moving|move |the move|donat|charity|garage sale|yard sale|outgrown|outgrew"
     r"|downsiz|minimalis|too small|doesnt fit|spring clean|goodwill|thrift|textbooks|old books"
     r"|tomatoes|zucchini|vegetables|produce|garden|harvest|cookies|baked|samples|tickets|puppies"
     r"|kittens|to the (?:library|school|church|shelter|food bank)|free stuff|giveaway|moved"
     r"|retirement|no room)")),
    ("giving_stuff_away", "farewell", C,
     (r"(?:giving|gave|give|gives|given) (?:\w+ ){0,3}(?:stuff|things|belongings|possessions"
     r"|valuables|everything|it all|all of it) away(?![a-z])"), "NP", None, "sentence",
     (r"(?:declutter|moving|the move|donat|charity|garage sale|yard sale|outgrown|downsiz"
     r"|minimalis|spring clean|goodwill|thrift)")),
    ("wont_need", "farewell", C,
     (r"(?:wont|will not|wont be|will not be|not going to|isnt going to|wouldnt) (?:need|needing"
     r"|be needing|using|be using) (?:it|them|this|these|those|any of (?:it|this|them|that)"
     r"|my \w+|his \w+|her \w+)(?: \w+)? (?:soon|anymore|any more|where (?:im|hes|shes|i am)"
     r" going|much longer|after (?:tonight|today|this)|for long)(?![a-z])"), "P"),
    ("wont_be_around", "farewell", C,
     (r"(?:wont|will not|not going to|isnt going to|wouldnt) be (?:around|here|alive) (?:to see"
     r"|for (?:your|her|his|their|my|our|the kids|christmas|graduation|much longer|long)|much longer|anymore|any"
     r" more|next (?:year|week|month|christmas)|by (?:then|tomorrow|next|the (?:weekend|morning"
     r"|end of the week))|tomorrow|after (?:tonight|today|this week)|when (?:you|they|we)"
     r" (?:get back|wake up|come home|get home))(?![a-z])"), "NP",
     None, "sentence", (r"(?:moving|move|trip|deploy|travel|abroad|hospital for (?:surgery|a)"
     r"|(?:hes|shes|im|because (?:hes|shes|im)) (?:[89]\d|1[01]\d)|grin\w*|old age"
     r"|business|working|work|job|college|university|vacation|holiday)")),
    ("when_im_gone", "farewell", C,
     (r"(?:when|after|once|for when) (?:im|hes|shes|i am|he is|she is|theyre|i)(?: (?:finally"
     r"|really))? (?:gone|dead|not here anymore|not around anymore|no longer here)(?! (?:for|on"
     r"|to|away|at|from|camping|fishing|shopping|out|till|until|all|the|this|that|next|a)"
     r"(?![a-z]))(?![a-z])"), "NP", None, "sentence",
     r"(?:moves|moving|means when|terminal|hospice|palliative|cancer|diagnos\w*|joking|jokes"
     r"|joke)"),
    ("affairs_in_order", "farewell", C,
     (r"(?:affairs|things|everything|stuff|papers|finances|accounts) (?:are |is )?(?:all )?in"
     r" order(?![a-z])|(?:sorted|sorting|settled|settling) (?:out )?(?:all )?(?:my|his|her|their)"
     r" affairs(?![a-z])"), "NP",
     None, "sentence",
     (r"(?:terminal|hospice|palliative|cancer|surgery|dementia|retire|estate plan|lawyer said"
     r"|before (?:the|his|her|my) (?:move|trip|deployment|operation|surgery)|moving|tax)")),
    ("passwords", "farewell", C,
     (r"(?:gave|giving|give|gives|sent|handed|handing|told|telling|wrote down) (?:me|us|her|him"
     r"|them|my \w+)(?: all)?(?: of)? (?:his|her|their|my) (?:passwords|bank details|pin|pin"
     r" numbers|account details|accounts|will|life insurance)(?![a-z])"), "NP"),
    ("wrote_will_young", "farewell", C,
     (r"(?:wrote|writing|made|making|updated|updating|drafted|changed|rewrote|rewriting|redid"
     r"|redoing|finalized|finalised|finalizing|finalising|signed|finished|redone|rewritten)"
     r" (?:a|his|her|my|their) (?:new )?will"
     r"(?![a-z])"), "NP",
     (r"(?:healthy|not (?:sick|ill)|isnt (?:sick|ill)|(?:1\d|2\d|3\d|4\d) (?:and|year old|yo"
     r"|years old)|teen|young|out of nowhere|suddenly|gave|giving|goodbye)"), "message"),
    ("take_care_of_pet", "farewell", C,
     (r"(?:take care of|look after|feed|watch|keep) (?:my|his|her|their) (?:little |baby |younger"
     r" |big )?(?:cat|dog|kids|children|pets?|plants|fish|bird|son|daughter|brother|sister"
     r"|siblings|mom|dad)(?: \w+){0,3} (?:when|after|once|if) (?:im|hes|shes|i am|i|he|she)"
     r" (?:(?:is|am|was) )?(?:gone|dead|die|dies|not here|not around|isnt around|isnt here"
     r"|no longer (?:here|around))(?![a-z])"), "NP"),
    # Farewell phrases in a message, a post or a note, with another sign of leaving for good.
    ("farewell_phrase", "farewell", C,
     (r"(?:(?:thank you|thanks) for everything|(?:take care of|look after|be good to) (?:\w+ ){0,2}"
     r"for me|be good to (?:your|my) (?:mother|mum|mom|dad|father)|proud of you|sorry for"
     r" everything|(?:i love|love) you all|(?:goodbye|good bye|bye) (?:all|everyone|everybody"
     r"|world|cruel world|forever|for good|yall|you all)|please forgive me|forgive me for"
     r" (?:everything|this|what)|remember me|dont (?:be sad|cry|blame yourself) (?:for|about|over)"
     r" me|(?:its|this is|it is|this isnt|its not|it isnt|none of this is) (?:not )?your fault"
     r"|not your fault|you did your best"
     r"|tell (?:\w+ ){0,3}(?:i|he|she) (?:love|loved|loves) (?:them|him|her"
     r"|you))(?![a-z])"),
     "NP",
     (r"(?:answer\w*|respond\w*|pick(?:ing)? up|replying|reply|voicemail|phones? (?:is )?off"
     r"|location|on read|not at (?:her|his|their) (?:flat|house|place|work|desk)"
     r"|switched off|cant (?:reach|find)|missing|gone|note|letter|goodbye|good bye|suicid\w*"
     r"|die|dying|dead|kill|pills|<GUN>|rope|bridge|posted|hugged|forever|for good)"),
     "message",
     (r"(?:party|class|school|summer|camp|trip|vacation|office|team|graduation|last day|retir\w*"
     r"|wedding|birthday|gift|present|dinner|card|thank you card|holiday|christmas|new job"
     r"|moving|reunion|session|therapy|therapist|counsel\w*|program|appointment|group)")),
    # "You won't have to worry about me after this week."
    ("no_more_worry", "farewell", C,
     (r"(?:wont|will not|never|not going to) (?:have|need) to worry about (?:me|him|her|them)"
     r" (?:anymore|any more|much longer|again|soon|after \w+)|(?:dont|do not|no need to|stop)"
     r" worry(?:ing)? about (?:me|him|her) (?:after (?:this|tonight|today|tomorrow|next|i|im"
     r"|hes|shes)|when im gone|much longer|anymore after|for much longer)(?![a-z])"), "P"),
    # Telling someone where to find accounts, passwords, the will or the insurance papers.
    ("where_papers_are", "farewell", C,
     (r"(?:telling|told|tells|showing|showed|shows|explain\w*|wrote down|writing down|left)"
     r" (?:me|us|her|him|them|my \w+)(?: \w+){0,2} (?:where|how to (?:find|get into|access))"
     r" (?:\w+ ){0,2}(?:passwords|bank|accounts|will|insurance|life insurance|important papers"
     r"|documents|papers|pin|safe|deeds?|keys)(?![a-z])"), "NP", None, "sentence",
     (r"(?:forg[eo]t\w*|trip|travel|vacation|surgery|dementia|memory|in case (?:of|something"
     r" happens to (?:me|us) on)|deploy\w*|estate plan|lawyer)")),
    # ---------------------------------------------------------------- self-harm
    ("self_harm_word", "self_harm", C,
     (r"(?:self ?harm\w*|self ?injur\w*|self ?mutilat\w*|nssi|nsi|selfharm\w*|self ?destruct\w*"
     r" behavio\w*)(?![a-z])"), "NAPX"),
    ("harm_reflexive", "self_harm", C,
     (r"(?:cut|cuts|cutting|slash\w*|slit\w*|slice\w*|carv\w*|scratch\w*|burn|burns|burning"
     r"|burnt|burned|hit|hits|hitting|punch\w*|bang\w*|bit|bite|bites|biting|starv\w*|harm"
     r"|harms|harming|harmed|hurt|hurts|hurting|injur\w*|mutilat\w*|stab\w*|bruis\w*|whip\w*"
     r"|choke|choking|strangl\w*|pinch\w*|scald\w*|brand\w*|punish\w*) <REFL>(?![a-z])"), "NPX",
     None, "sentence",
     (r"(?:shaving|cooking|chopping|by accident|accidentally|on (?:a|the) (?:stove|oven|pan|iron"
     r"|kettle|glass|knife|can|paper|nail|fence)|slipped|tripped|fell|falling|playing|football"
     r"|soccer|basketball|hockey|at the gym|lifting|workout|working out|sports|skiing|at work"
     r"|in the kitchen|gardening|on the job|crash|accident|sunburn|in the sun|running|hiking"
     r"|laughing|from laughing|overwork|with (?:work|stress)|trying to)")),
    ("cut_body", "self_harm", C,
     (r"(?:cut|cuts|cutting|slash\w*|slit\w*|slice\w*|carv\w*|scratch\w*|burn\w*|pick\w*"
     r"|gouge\w*) (?:\w+ ){0,3}(?:into |on |at |up )?(?:my|his|her|their) (?:own )?(?:arms?"
     r"|wrists?|legs?|thighs?|skin|stomach|belly|body|hips?|chest|forearms?)(?![a-z])"), "NPX",
     None, "sentence",
     (r"(?:shaving|cooking|by accident|accidentally|fell|tripped|playing|sports|sunburn|rash"
     r"|eczema|itch|mosquito|bug bite|tattoo|surgery|lotion|cream|on the stove|oven)")),
    ("cuts_on_body", "self_harm", C,
     (r"(?:cuts|scars|burns|marks|scratches|wounds|slashes|lines) (?:all )?(?:on|over|up and down"
     r"|across|along|covering) (?:his|her|my|their|both) (?:arms|wrists|legs|thighs|stomach"
     r"|body|forearms|hips|skin)(?![a-z])"), "NPX", None, "sentence",
     (r"(?:fell|tripped|bike|cat|dog|rash|eczema|mosquito|bug|surgery|sports|accident|old scars"
     r"|tattoo)")),
    ("until_bleed", "self_harm", C,
     (r"(?:until|till|til|untill) (?:it|they|she|he|i|her \w+|his \w+|my \w+) (?:bleed|bleeds"
     r"|bled|start bleeding|starts bleeding|started bleeding)(?![a-z])"), "NPX", None, "sentence",
     r"(?:eczema|psoriasis|rash|itch\w*|mosquito|bug bites?|hives|scabies|dermatitis|acne|dry skin)"),
    ("head_banging", "self_harm", C,
     (r"(?:hit|hits|hitting|bang|bangs|banging|slam|slams|slamming|smash\w*) (?:his|her|my|their)"
     r" (?:own )?(?:head|fists?|hands?) (?:against|on|into|through)(?![a-z])"), "NPX"),
    ("urge_to_cut", "self_harm", C,
     (r"(?:urges?|want|wants|wanted|wanting|need|needs|craving|cravings|tempted|itching|desire)"
     r"(?: (?:so|really|badly|to|just)){0,2} (?:to )?(?:cut|self harm|selfharm|burn <REFL>|hurt"
     r" <REFL>|harm <REFL>)(?! (?:back|down|ties|out|off|class|school|costs?|hair|it|the|a|an"
     r"|some|corners|in|carbs|sugar|caffeine|him|her|them|my|his|their|your|our|up|this|that"
     r"|through|across|loose|short|costs|expenses|spending|the grass|grass|wood|paper|fabric"
     r"|cake|meat|onions|vegetables|bread|nails)(?![a-z]))(?![a-z])"), "NP"),
    ("relapse_cutting", "self_harm", C,
     (r"(?:relaps\w*|started|start|starting|back to|went back to|going back to|began|begun|resumed"
     r"|again)(?: \w+){0,2} (?:cutting|self harm\w*|selfharm\w*|burning <REFL>|hurting <REFL>)"
     r"(?![a-z])"), "NAPX"),
    ("cutting_again", "self_harm", C,
     r"(?:cutting|cut) again(?![a-z])", "NPX", None, "sentence",
     (r"(?:hair|grass|lawn|cake|class|school|wood|budget|back|down|costs|ties|coupons|bangs|nails"
     r"|fabric|paper|onions)")),
    ("spanish_self_harm", "self_harm", C,
     (r"(?:cortarme|cortarse|me corto|se corta|me estoy cortando|se esta cortando|hacerme dano"
     r"|hacerse dano|lastimarme|lastimarse)(?![a-z])"), "NP"),
    ("bleeding_heavy", "self_harm", E,
     (r"(?:wont|cant|can not|will not|isnt|not|doesnt|didnt) (?:stop|stopping) (?:the )?bleeding"
     r"|bleeding (?:a lot|heavily|badly|everywhere|out|so much|profusely|really bad)"
     r"|(?:lost|losing) (?:a lot of|so much) blood|blood everywhere|deep cuts?(?![a-z])"), "NX",
     None, "sentence",
     (r"(?:shaving|cooking|nose|nosebleed|period|gums|dentist|by accident|accidentally|fell"
     r"|tripped|bled a lot|dog|cat|paw|pet|match|game|hurl\w*|rugby|football|soccer|hockey"
     r"|boxing|strapped|played on|pitch|sideline|tackle|rose|bush\w*|thorn\w*|bramble\w*|warfarin"
     r"|blood thinner\w*|stopped with pressure)")),
    ("blade_to_body", "self_harm", E,
     (r"(?:knife|knives|blade|blades|razor|razors|scissors|glass|box cutter|shard) (?:\w+ )?(?:to"
     r"|against|on|at|into|across) (?:his|her|my|their) (?:own )?(?:wrists?|arms?|throat|skin"
     r"|neck|legs?|thighs?|stomach)(?![a-z])"), "NX", None, "sentence",
     r"(?:cooking|kitchen|shaving|chopping|surgeon|surgery|doctor|tattoo|accident\w*)"),
    # ---------------------------------------------------------------- overdose / medical
    ("took_pills", "overdose", E,
     # A supply someone only means to take is a plan (see intent_overdose), not an overdose.
     (r"(?<!going to )(?<!planning to )(?<!plans to )(?<!plan to )(?<!wants to )(?<!want to )"
     r"(?<!threatening to )(?<!threatened to )(?<!threatens to )(?<!thinking about )"
     r"(?<!thinking of )(?<!talking about )(?<!ready to )(?<!decided to )"
     r"(?:took|take|taken|taking|swallowed|swallow|swallows|swallowing|downed|ate|chugged|popped"
     r"|drank|injected|shot up) (?:\w+ ){0,3}?(?:(?:a |the |her |his |my )?(?:whole|entire"
     r"|full) (?:bottle|box|pack|packet|blister|strip|month|supply|container|jar)|(?:all|most"
     r"|half|the rest) (?:of )?(?:my|his|her|their|the|those|these) (?:\w+ )?(?:<DRUG>)|too"
     r" (?:many|much)(?: of)?(?: \w+){0,3} (?:<DRUG>)|(?:a )?(?:handful|bunch|lot|ton|load"
     r"|fistful|pile|heap|whole lot)s? (?:of )?(?:\w+ ){0,2}(?:<DRUG>|\w+ pills|\w+)"
     r"|(?:1\d|[2-9]\d|\d{3,}|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a"
     r" hundred|dozens) (?:of )?(?:\w+ ){0,2}(?:<DRUG>|\w+ pills)|(?:an|a massive|a huge|an intentional) overdose)"
     r"(?![a-z])"), "NIPX", None, "sentence",
     (r"(?:as prescribed|prescribed|by mistake|accidentally|on accident|forgot|in the morning"
     r"|with breakfast|with dinner|every day|every morning|every night|each day|daily"
     r"|a day\b|per day|for (?:his|her|my) headache|for the pain|vitamins|gummies|like the doctor"
     r"|as directed|doctor (?:said|told|wants|prescribed)|ice cream|chocolate|cake|pizza|crisps"
     r"|chips|sweets|candy|junk food|takeaway|biscuits|cookies)")),
    ("overdosed", "overdose", E,
     (r"(?:overdosed|overdosing|is overdosing|od ed|ods|od d|od)(?: (?:on|again|last night"
     r"|tonight|earlier|just now|this morning))?(?![a-z])"), "NPX", None, "sentence",
     (r"(?:on (?:coffee|sugar|caffeine|chocolate|netflix|tv|candy|love|cuteness)|overdosing on"
     r" (?:coffee|sugar|caffeine|tv))")),
    ("wont_wake", "overdose", E,
     (r"(?:wont|will not|isnt|is not|not|doesnt|cant|cannot|can not|couldnt|unable to|trying to"
     r"|tried to|try to) (?:wake|waking|rouse|rousing|wake (?:him|her|them|my \w+)(?: up)?"
     r"|get (?:him|her|them) to wake)(?: (?:up|him|her|them))*(?! (?:for|before|in time|on time"
     r"|in the morning|early|until|till|when|at|with|during|most|every|some|after|so|to go"
     r"|to take|and (?:go|get|take)|for school|for work)(?![a-z]))(?![a-z])"), "NX", None,
     "sentence",
     (r"(?:sleeps (?:all|in|late|until|till)|sleeping (?:all|in|late|a lot|until|till)|school"
     r"|work|alarm|weekends?|morning person|oversleep|lazy|on time|noon|every morning|mornings"
     r"|anaesth\w*|anesth\w*|put under|sedat\w*|(?:knee|hip) replacement|(?:its|it is) (?:done|over)"
     r"|(?:up|awake) (?:now|eating)|deep sleep|for a (?:minute|second|moment)|vet(?![a-z])|put to sleep"
     r"|teenager|wake up (?:early|on time|for)|cant wake up (?:early|in time)|the meds make"
     r"|groggy|drowsy in the morning|feel rested|wish\w*|hope\w*|pray\w*|want\w*|wanna"
     r"|(?:care|mind) if|mind not|better off not"
     r"|asleep and|sleep and|go to sleep|fall asleep|rather)")),
    ("unresponsive", "overdose", E,
     (r"(?:unresponsive|unconscious|not conscious|barely conscious|passed out and|not breathing"
     r"|stopped breathing|barely breathing|isnt breathing|hardly breathing|not breathing right"
     r"|breathing (?:is )?(?:(?:very|really|so|super|extremely|too|kind of) )?(?:slow|shallow"
     r"|weird|strange|funny|irregular|gurgling|raspy)|slumped over|gurgling|snoring and wont"
     r"|empty (?:pill )?bottles? of <DRUG>|empty pill bottles?|(?:lips"
     r"|face|skin|fingers|fingertips|nails) (?:are |is |look |looks |turned |turning |going"
     r" |gone )?(?:blue|grey|gray|purple)|blue lips|turning blue|foaming at the mouth|having a"
     r" seizure|is seizing|seizing|convulsing|having convulsions|pinpoint pupils|wont respond"
     r"|will not respond|not responding|isnt responding|doesnt respond|no pulse|cant find a"
     r" pulse|choking on (?:his|her|their) vomit|not moving and)(?! to (?:(?:my|our|the|his|her"
     r"|their|any) )?(?:texts?|messages?|calls?|emails?|treatment|medication|meds|therapy"
     r"|antidepressants?|\w+ (?:medication|meds|treatment)|anything i say|me|reason|questions"
     r"|letters|the (?:medication|meds|treatment|dose)|lithium)(?![a-z]))(?![a-z])"), "NX",
     None, "sentence",
     (r"(?:responding to (?:treatment|medication|meds|therapy)|not responding well|blue (?:shirt"
     r"|hair|dress|jeans)|lips are blue from|cold pool|swimming|popsicle|slushie|blueberr)")),
    ("mixed_pills", "overdose", E,
     (r"(?:mix\w*|combin\w*|took|swallowed|washed) (?:\w+ ){0,2}(?:<DRUG>) (?:with|and|down with)"
     r" (?:\w+ ){0,3}(?:alcohol|vodka|whiskey|whisky|booze|wine|beer|liquor|rum|tequila|drinks?"
     r"|other pills|\w+ pills|<DRUG>)(?![a-z])"), "NX",
     r"(?:on purpose|intentionally|deliberately|<DROWSY>)"),
    ("spanish_overdose", "overdose", E,
     (r"(?:se tomo|me tome|me tomo|tomo|tome|se trago|me trague) (?:\w+ ){0,2}(?:pastillas"
     r"|pildoras|medicinas|frasco|bote)|sobredosis|no respira|no despierta|no reacciona"
     r"|inconsciente|no responde|frasco vacio|labios morados|no se despierta|desmayad[oa]"
     r"(?![a-z])"), "NAP"),
    # A multiple of the usual dose with intent or with symptoms.
    ("dose_multiple", "overdose", E,
     (r"(?:took|take|taken|taking|swallowed|downed|ate|popped|doubled|tripled) (?:\w+ ){0,2}"
     r"(?:double|triple|quadruple|twice|two or three times|three or four times|(?:two|three"
     r"|four|five|ten|\d+) times|[2-9]x|10x) (?:the |his |her |my |their )?(?:usual |normal"
     r" |prescribed |daily )?(?:\w+ )?(?:dose|doses|dosage|amount|<DRUG>)(?![a-z])"), "NX",
     (r"(?:on purpose|intentionally|deliberately|to die|to end|wanted to|vomit\w*|throwing up"
     r"|shaking|tremor\w*|seiz\w*|confused|slurr\w*|passed out|drowsy|cant wake|wont wake"
     r"|unresponsive|not making sense|cant stand|collapsed)"), "sentence",
     r"(?:by mistake|accidentally|on accident|forgot|missed (?:a|his|her|my|the) dose)"),
    ("ingested_poison", "overdose", E,
     (r"(?:swallowed|drank|drunk|ate|ingested|took|chugged|downed|drinking|swallowing) (?:\w+ )"
     r"{0,2}(?:bleach|drain cleaner|antifreeze|rat poison|poison|pesticide|weed killer|cleaning"
     r" (?:fluid|products?)|lighter fluid|lye|detergent pods?|laundry pods?|windshield (?:washer )?"
     r"fluid|paint thinner|batteries|a battery|button batteries|mouthwash|hand sanitizer"
     r"|insecticide|rubbing alcohol)(?![a-z])"), "N"),
    # ---------------------------------------------------------------- harm to others
    ("threat_person", "harm_to_others", C,
     (r"(?:going to|gon|will|ill|hell|shell|theyll|wants to|want to|wanted to|plan to|plans to"
     r"|planning to|about to|threatening to|threatened to|threatens to|threats to|threat to"
     r"|threatening that|swore to|swears to|vowed to|hed|shed|theyd|id|would|feel like|feels"
     r" like|felt like|urge to|urges to|ready to|trying to|tried to|try to|gonna|wishes he could"
     r"|wants so badly to) (?:really |just |literally |actually |seriously )?(?:kill|killing|murder\w*"
     r"|hurt|hurting|harm|harming|stab|stabbing|shoot|shooting|strangle|strangling|choke"
     r"|choking|attack|attacking|beat(?: up)?|beating|burn|poison|poisoning|slit|smother|hit"
     r"|hitting|punch|punching|kick|slaughter|butcher|gut|end|break|destroy|get rid of|take out)"
     r" <OBJ>(?![a-z])(?! (?:creativity|personality|spirit|vibe|mood|buzz|drive|sex drive|libido|joy"
     r"|energy|spark|feelings|dreams|ambition|appetite|confidence|career|chances|music|art|writing"
     r"|sleep|motivation|soul|emotions|edge|focus|memory|brain|highs?|creative \w+)(?![a-z]))"),
     "NP", None, "sentence",
     (r"(?:(?:kill|hurt|murder) (?:me|us|you|him|her) (?:when|if) (?:he|she|they|you|mom|dad|my \w+)"
     r" (?:finds? out|sees?|hears?|gets? home|notices?|realizes?|reads?)|shoot (?:him|her|them"
     r"|me|you|us) (?:a |an )?(?:text|message|email|note|line|dm|msg|quick|photo)|hurt (?:his"
     r"|her|my|their|your) (?:feelings|chances|back|knee|ankle|pride|career|case|reputation)"
     r"|hit (?:me|us|him|her|them) (?:up|back)|beat (?:me|us|him|her|them) (?:at|in|to)"
     r"|break (?:his|her|my|their) (?:heart|record|habit|streak)|kill (?:me|us) with (?:kindness"
     r"|these|this|those)|end (?:it|things) with|call of duty|fortnite|headset|gaming|video game"
     r"|online game|in the game|play ?fight\w*|wrestl\w*|laughing|pillow fight|tickl\w*)")),
    ("homicidal", "harm_to_others", C,
     (r"(?:homicidal|homicide (?:ideation|thoughts|plan|threat)|violent (?:thoughts|urges"
     r"|fantasies) (?:about|toward|towards)|thoughts of (?:harming|hurting|killing|stabbing"
     r"|shooting|strangling|attacking)(?! <REFL>)|urges? to (?:harm|hurt|kill|attack|stab)"
     r"(?! <REFL>)|(?:reports?|endorses?|endorsed|reported|has|with|positive for|expressed)"
     r" (?:active |passive )?(?:hi|h i)(?![a-z]))(?![a-z])"), "NAP"),
    ("shoot_up_place", "harm_to_others", C,
     (r"(?:shoot|shooting|shot|bomb|bombing|blow|blowing) up (?:a |the |his |her |my |their |our )?"
     r"(?:old |former |new |local |whole |entire )?(?:\w+ )?(?:school|work|office|church|mall|place|class"
     r"|party|campus|workplace|building|store|job|factory|hospital|clinic|restaurant|gym|club"
     r"|concert|courthouse|station|mosque|synagogue|temple|warehouse|plant|company)"
     r"(?![a-z])"), "NAP"),
    ("deserve_to_die", "harm_to_others", C,
     (r"(?<!i )(?<!me )(?<!i just )(?<!i really )(?:deserves?|deserved) to (?:die|be killed"
     r"|be shot|suffer and die|be dead)(?![a-z])"),
     "NP"),
    ("next_time_you", "harm_to_others", C,
     (r"next time (?:it(?:ll| will| is going to) be|ill|i will|hell|he will|she will|shell)"
     r" (?:you|your \w+|my \w+|me|her|him|them|us|hit you|hurt you|kill you|your face)"
     r"(?![a-z])"), "NP"),
    ("use_it_on", "harm_to_others", C,
     (r"(?:use|using|used) (?:it|them|that|the \w+|his \w+|her \w+|a \w+) on (?:anyone|anybody"
     r"|someone|us|me|you|whoever|people|them|her|him|my \w+|the \w+|(?:his|her) \w+)(?![a-z])"),
     "NP", r"<WEAPON>", "message"),
    ("property_violence", "harm_to_others", C,
     (r"(?:punch\w*|kick\w*|smash\w*|put his fist|put her fist) (?:a hole|holes|his fist|her fist"
     r"|through) (?:in|through|into)? ?(?:the |a |our |my )?(?:wall|walls|door|doors|window"
     r"|windows)(?![a-z])"), "NP"),
    ("make_them_pay", "harm_to_others", C,
     (r"(?:make|makes|making) (?:them|him|her|you|us|everyone|everybody|all of (?:them|you|us)"
      r"|those \w+|the \w+)(?: all)? (?:pay|regret it|regret this|sorry)(?! (?:for (?:the"
      r" damage|it|rent|the bill|the repairs)|back)(?![a-z]))(?![a-z])"), "NP", None, "sentence",
     r"(?:lawsuit|sue|suing|court|lawyer|refund|bill|insurance|small claims|rent|invoice)"),
    ("burn_house", "harm_to_others", C,
     (r"(?:burn|burning|torch|torching) (?:the|our|this|my|his|her|their) (?:house|home|place"
     r"|apartment|building|car) down|set (?:the|our|this|my|his|her|their) (?:house|home|place"
     r"|apartment|building|car) on fire(?![a-z])"), "NP"),
    ("violence_progress", "harm_to_others", E,
     (r"(?:is|hes|shes|are|theyre|now|currently|keeps) <FILL>(?:attacking|stabbing|shooting at"
     r"|smashing (?:everything|things|the|windows|doors|up)|breaking (?:down the door|in|things"
     r"|everything)|kicking (?:down|in) the door|destroying (?:the house|everything|the place)"
     r"|throwing (?:things|knives|furniture|stuff) at|chasing (?:me|us|her|him|them) with"
     r"|coming at (?:me|us|her|him|them) with|waving (?:a|the|his|her) <WEAPON>"
     r"|pointing (?:a|the|his|her) <WEAPON>)(?![a-z])"), "N"),
    ("past_violence", "harm_to_others", C,
     (r"(?:punched|attacked|assaulted|stabbed|shot at|shot|beat up|strangled|choked|kicked|slapped"
     r"|headbutted|threw (?:\w+ ){1,2}at|tried to strangle|tried to choke|tried to stab"
     r"|pulled a <WEAPON> on|threatened) <OBJ>(?![a-z])"), "NAP", None, "sentence",
     (r"(?:shot (?:him|her|them|me) (?:a |an )?(?:text|message|look|email|glance|photo)"
     r"|in (?:the|a) (?:game|movie|show|video game|film|book)|playing|play fight|wrestl|tickl)")),
    ("getting_violent", "harm_to_others", C,
     (r"(?:is|hes|shes|been|getting|gets|got|became|becoming|becomes|turned|turning|was|more"
     r"|increasingly|very)(?: (?:so|very|really|more|increasingly|quite|extremely|super|getting"
     r"|physically|verbally|more and more|kind of|a bit|a little)){0,2} (?:violent|aggressive"
     r"|combative|threatening|menacing)"
     r"(?: (?:toward|towards|with|against) (?:me|us|her|him|them|(?:my|his|her|the) \w+))?"
     r"(?![a-z])"), "NAP", None, "sentence",
     (r"(?:video game|movie|film|show|music|tv|cartoon|book|dream|sport|football|hockey|rugby"
     r"|aggressive (?:treatment|cancer|driving|marketing|approach|schedule|plan|dose|taper)"
     r"|passive aggressive)")),
    # Talking or fantasising about harming someone ("keeps talking about hurting the neighbors").
    ("talks_harming", "harm_to_others", C,
     (r"(?:talking about|talks about|talked about|thinking about|thinks about|thought about"
     r"|thinking of|fantasi[sz]\w* about|obsessed with|dreams about|dreaming about|joking about"
     r"|jokes about|joked about|going on about|ranting about|threatening|obsessing about|plotting"
     r"|thoughts about|thoughts of|urges to|images of|fantasies about|fantasizes about"
     r"|fantasises about)"
     r" (?:\w+ )?(?:killing|murdering|hurting|harming|stabbing|shooting|strangling|choking"
     r"|pushing|drowning|dropping|throwing|shaking|suffocating|kill|hurt|harm|stab|strangle"
     r"|smother|drown|push|poison"
     r"|attacking|beating up|poisoning|smothering|torturing|getting back at|revenge on) <OBJ>"
     r"(?![a-z])"), "NAP", None, "sentence",
     r"(?:shooting (?:him|her|them|me|you) (?:a|an) |in (?:the|a) (?:game|movie|show|book|story))"),
    ("spanish_threat", "harm_to_others", C,
     (r"(?:voy a|va a|vas a|van a|quiero|quiere|amenaza con|amenazo con|piensa|pienso)"
     r" (?:matar|lastimar|herir|golpear|apunalar|disparar|acuchillar) a (?:mi|su|tu|la|el|los"
     r"|las|alguien|todos|un|una|sus|mis)|(?:voy a|va a|quiero|quiere) (?:matarla|matarlo"
     r"|matarlos|matarlas|matarte|matarnos|lastimarla|lastimarlo|lastimarnos)(?![a-z])"), "NP"),
    # Euphemistic threats ("he's going to deal with them"), with a weapon or a grudge nearby.
    ("euphemistic_threat", "harm_to_others", C,
     (r"(?:going to|will|ill|hell|shell|wants to|want to|plan to|plans to|planning to|about to"
     r"|has to|have to|needs to|need to|gonna|ready to|threatened to|threatening to) (?:finally )?"
     r"(?:deal with|take care of|get even with|settle (?:the score|things) with|teach (?:\w+ ){0,2}"
     r"a lesson|get rid of|handle|sort out|take out|finish (?:off )?|shut (?:\w+ ){0,2}up for good"
     r"|make (?:them|him|her|everyone) sorry) (?:them|him|her|everyone|everybody|all of them"
     r"|(?:my|his|her|their|the|that|those) \w+)(?![a-z])"), "NP",
     (r"(?:<WEAPON>|ammo|ammunition|plotting|against (?:him|her|me)|out to get|revenge|hurt|kill"
     r"|blood|paranoi\w*|threat\w*|hate|hates|map|address|where (?:he|she|they) lives?|follow\w*"
     r"|stalk\w*|poison\w*|spying|delusion\w*|psychotic|voices)"), "message",
     r"(?:paperwork|bills|mess|laundry|dishes|insurance|taxes|the car|the house|problem|issue)"),
    ("forced_sex", "abuse", C,
     (r"(?:forced|forces|forcing|made|makes|pressured|coerced|pushed) (?:me|her|him|them|my \w+)"
     r" (?:to have sex|into (?:sex|having sex)|to (?:do|perform) (?:sexual|oral|things)|to touch"
     r" (?:him|her|them))(?![a-z])|had sex with (?:me|her|him) (?:when|while) (?:i|she|he) (?:was"
     r"|were) (?:asleep|drunk|passed out|unconscious|out of it)(?![a-z])"), "NP"),
    ("spanish_abuse_past", "abuse", C,
     (r"me (?:pega|pego|golpea|golpeo|maltrata|maltrato|amenaza|amenazo|ahorca|ahorco|empuja"
     r"|empujo|viola|violo|abusa|abuso|quema|quemo|patea|pateo|cachetea|cacheteo|encierra|encerro"
     r"|amenazaron|golpearon|violaron)(?![a-z])"), "NP"),
    # ---------------------------------------------------------------- psychosis with danger
    ("command_voices", "psychosis_danger", C,
     (r"(?:voices?|hallucinations?|the voice|a voice|command hallucinations?) (?:\w+ ){0,3}"
     r"(?:tell\w*|told|say\w*|said|command\w*|order\w*|instruct\w*|want\w*|urg\w*|make\w*"
     r"|made|demand\w*|insist\w*) (?:\w+ ){0,3}(?:to |should |must |has to |have to |needs to )?"
     r"(?:kill|hurt|harm|die|jump|stab|attack|punish|cut|burn|shoot|drown|poison|sacrifice|end"
     r"|strangle|choke|run into|walk into|set fire|hang|finish (?:it|him|her|things|himself"
     r"|herself|myself))(?![a-z])"), "NAP"),
    ("voices_told_to", "psychosis_danger", C,
     (r"(?:voices?|the voice|a voice|hallucinations?) (?:\w+ ){0,2}(?:tell|tells|told|telling"
     r"|command|commands|commanded|order|orders|ordered|made|make|makes) (?:him|her|me|them)"
     r" to(?: do it)?(?: \.| ,| !| $|$| and)"), "NAP"),
    ("command_hallucinations", "psychosis_danger", C,
     r"command (?:hallucinations?|auditory hallucinations?|voices|ah)(?![a-z])", "NAP"),
    ("delusional_command", "psychosis_danger", C,
     (r"(?:god|the devil|devil|satan|lucifer|jesus|angels?|demons?|the spirits?|spirits|aliens?"
     r"|the tv|the radio|the government|the chip|the universe|a higher power|the lord"
     r"|the voices?) (?:\w+ ){0,2}(?:is |are |keeps? |has been )?(?:tell\w*|told|command\w*"
     r"|order\w*|want\w*|wants|instruct\w*|chose|chosen|sent|sending|show\w*|says) (?:\w+ ){0,3}"
     r"(?:to |should |must |has to |needs to )?(?:kill|hurt|harm|sacrifice|punish|die|cut|burn"
     r"|drown|jump|attack|stab|shoot|end|cleanse|purify|destroy|poison)(?![a-z])"), "NAP"),
    ("evil_inside_out", "psychosis_danger", C,
     (r"(?:devil|demon|demons|satan|evil|something|a chip|chips|a tracker|trackers|a bug|bugs"
     r"|poison|a spirit|spirits|snakes|worms|a device|the implant|implants) (?:\w+ ){0,2}(?:inside"
     r"|in|under) (?:him|her|me|them|his|my|their|the)(?: \w+){0,7} (?:cut|burn|get|rip|tear"
     r"|dig|kill|bleed|carve|claw|scratch)(?: (?:it|them|him|her))? out(?![a-z])"), "NAP"),
    ("armed_paranoid", "psychosis_danger", C,
     r"(?:<WEAPON>|armed)(?![a-z])", "NAP",
     (r"(?:paranoi\w*|delusion\w*|psychotic|psychosis|hallucinat\w*|hearing voices|hears voices"
     r"|voices|(?:government|fbi|cia|police|neighbou?rs|they|someone|satan|demons?) (?:\w+ )?"
     r"(?:poison\w*|spy\w*|spies|watch\w*|track\w*|follow\w*|implant\w*|bugg\w*|after (?:him"
     r"|her|me|us))|chip in (?:his|her|my) (?:head|brain|body)|(?:thinks|believes|convinced|sure"
     r"|insists|certain|claims|says|said|swears)(?: that)? (?:\w+ ){0,5}"
     r"(?:after (?:him|her|me)|following|watching|spying|spies|poison\w*|demons?|devils?"
     r"|imposters?|impostors?|out to get|plotting|tracking|bugged|chip|aliens|government|fbi|cia"
     r"|cops are|enemies|possessed|satan|replaced|being followed|being watched|being poisoned)"
     r"|being (?:followed|watched|poisoned|tracked|spied on|hunted|targeted)|to protect"
     r" (?:himself|herself|myself|themselves) from)"), "message"),
    ("delusion_about_person", "psychosis_danger", C,
     (r"(?:is|are|was|s) (?:the |a |an )?(?:devil|demon|satan|evil|possessed|imposter|impostor"
     r"|robot|the antichrist|antichrist|not (?:really )?(?:my|his|her|their) (?:real )?(?:baby"
     r"|child|son|daughter|wife|husband|mother|mom|dad|father|kids?))(?![a-z])"), "NP",
     (r"(?:get rid of|kill|hurt|harm|destroy|drown|sacrifice|cast \w+ out|burn|punish|stop (?:it"
     r"|him|her|them)|smother|exorcis\w*|take care of (?:it|him|her|them))"), "sentence"),
    ("can_fly", "psychosis_danger", C,
     (r"(?:thinks|believes|convinced|says|insists|sure|certain)(?: that)? (?:he|she|i|they)"
     r" (?:can|could|is able to|are able to|will) (?:fly|survive (?:the|a) (?:fall|jump|fire"
     r"|train)|not die|never die|walk on water|stop (?:cars|trains|bullets|traffic)"
     r"|breathe underwater)(?![a-z])|(?:thinks|believes|convinced|says) (?:hes|shes|he is|she is"
     r"|im|theyre) (?:invincible|immortal|bulletproof|god|jesus|the messiah|a god)(?![a-z])"),
     "NAP"),
    ("psychotic_traffic", "psychosis_danger", C,
     (r"(?:walk\w*|ran|run\w*|jump\w*|step\w*|wander\w*|dart\w*|lay|lying|lie|laid) (?:out )?"
     r"(?:into|in front of|onto|in|across|down in|down on) (?:the )?(?:traffic|the road|a car|cars"
     r"|a train|a truck|the street|the highway|the freeway|oncoming traffic|the tracks)(?![a-z])"),
     "NP",
     (r"(?:voices?|told (?:him|her|me) to|psychotic|psychosis|delusion|paranoi|hallucinat|manic"
     r"|mania|on purpose|because|said (?:he|she) (?:wanted|wants)|wants to die|god|devil)"),
     "message"),
    ("spanish_voices", "psychosis_danger", C,
     (r"(?:las voces|una voz|voces) (?:\w+ ){0,3}(?:dicen|dice|le dicen|me dicen|ordenan|piden)"
     r" (?:\w+ ){0,3}(?:matar|lastimar|morir|saltar|hacer dano)(?![a-z])"), "NP"),
    # ---------------------------------------------------------------- abuse
    ("abused_victim", "abuse", C,
     (r"(?:hits|hit|hitting|beats|beat|beating|beaten|kicks|kicked|kicking|slaps|slapped|slapping"
     r"|punches|punched|punching|chokes|choked|choking|strangles|strangled|strangling|burns"
     r"|burned|burnt|whips|whipped|whipping|molests|molested|molesting|rapes|raped|raping|abuses"
     r"|abused|abusing|pushed|pushes|pushing|shoves|shoved|shoving|smacks|smacked|smacking|throws"
     r"|threw|bit|bites|locks|locked|strangle|choke|starves|starved|threatens|threatened"
     r"|threatening|hurts|hurt|hurting|touches|touched|touching|grabs|grabbed|drags|dragged"
     r"|sexually abused|sexually assaulted|assaulted|assaults|beats up|beat up) (?:me|us"
     r"|(?:my|our|his|her) (?:little |baby |younger |older |big |twin |step )?(?:brother|sister"
     r"|son|daughter|kids?|children|child|baby|siblings?|mom|mother|mum|grandma|grandmother)"
     r"|her|him|them)(?![a-z])"), "NAPX", None, "sentence",
     (r"(?:(?:it|this|that|which|what|words|reality|the news|the car|a car|the ball|a ball|truck"
     r"|bus|the door|the heat|the sun|the cold|lightning|the wave) (?:\w+ )?(?:hits?|hurts?|burns?"
     r"|beat|threw|locked|pushed|touched|touches|grabbed|grabs)|(?:hurts?|hurt|touched|touches"
     r"|burns?|kicked|threw|pushed|pushing|push|pushes|locked|grabs|grabbed) (?:me|us|him|her"
     r"|them) (?:away|to see|when"
     r" (?:he|she|they) (?:said|says|left|didnt)|that|so much|emotionally|deeply|inside|out|up"
     r"|back|off|in (?:the|a) (?:game|match)|to (?:the|a|his|her) (?:game|airport|store)|with"
     r" (?:the news|questions|a (?:question|bill))|by accident|accidentally)|beat (?:me|us|him|her"
     r"|them) (?:at|in|to)|hit (?:me|us) (?:up|that|how|hard)|touched (?:me|him|her) (?:deeply"
     r"|so much)|(?:threatened|threatens|threatening) (?:me|us|him|her|them) with (?:a|the)"
     r" (?:lawsuit|divorce|eviction|fine|ticket)|pushed (?:me|him|her|them|us) (?:to|into)"
     r" (?:get|go|see|try|take|talk)|whipped cream|locked (?:me|us|him|her|them) (?:out)"
     r"|(?:hug|hugs|hugged|kissed|kisses) (?:me|him|her))")),
    ("being_abused", "abuse", C,
     (r"(?:being|been|was|am|is|are|were|getting|get|gets|got) <FILL>(?:abused|molested|raped"
     r"|beaten|assaulted|trafficked|groomed|sexually abused|physically abused|hit by (?:my|his"
     r"|her|their|our|mom|dad|mum)|beaten up|choked|strangled)(?![a-z])"), "NAP"),
    ("touching_secret", "abuse", C,
     (r"touch\w* (?:me|her|him|them|my \w+|his \w+|her \w+)(?: \w+){0,3} (?:when (?:no one|nobody"
     r"|mom|dad|my mom|my dad|(?:his|her|my) (?:mom|dad|mother|father)) (?:is|isnt|goes|leaves"
     r"|around|home)|inappropriately|down there|private|privates|in (?:places|bad places|a bad"
     r" way)|at night|and (?:says|said|tells|told)|where (?:he|she|i|they) shouldnt|under"
     r" (?:my|her|his) (?:clothes|shirt|pants|skirt))(?![a-z])"), "NP"),
    ("private_parts", "abuse", C,
     (r"(?:touch\w*|show\w*|made (?:me|him|her) touch|rub\w*|grab\w*) (?:\w+ ){0,2}(?:private"
     r" parts|privates|genitals|down there|crotch|breasts?|butt)(?![a-z])"), "NP", None,
     "sentence", r"(?:doctor|pediatrician|exam|checkup|bath time|diaper|potty)"),
    ("dont_tell", "abuse", C,
     (r"(?:(?:i|we) (?:cant|can not|cannot|shouldnt|better not|mustnt|am not allowed to"
     r"|not allowed to|will get in trouble if i|will get hurt if i)|not to) tell (?:anyone"
     r"|anybody|mom|dad|my mom|my dad|the teacher|no one|nobody|or)(?![a-z])"
     r"|our (?:little )?secret(?![a-z])"), "NP",
     (r"(?:hurt|hurts|hit|hits|touch|touches|touched|beat|beats|kiss|kisses|bruise|burn|scare"
     r"|scared|afraid|punish|belt|lock|secret|naked|bed|bath|room)"), "message"),
    ("throat_grab", "abuse", C,
     (r"(?:grabbed|grabs|grabbing|squeezed|squeezes|squeezing|put (?:his|her|their) hands?"
      r" (?:around|on)|had (?:his|her) hands? (?:around|on)|pinned) (?:my|her|his|their|me by"
      r" the|her by the|him by the) (?:throat|neck)(?![a-z])"), "NP"),
    ("controlling", "abuse", C,
     (r"(?:wont|doesnt|will not|does not|never|refuses to) let (?:me|her|him|us) (?:leave (?:the"
     r" house|home|him|her)|go out|see (?:my|her|his) (?:family|friends|kids)|have (?:money|a phone"
     r"|my phone|keys)|use the phone|eat|sleep|call (?:anyone|the police|911|my family))"
     r"(?![a-z])"), "NP"),
    ("dv_words", "abuse", C,
     (r"(?:domestic (?:violence|abuse)|intimate partner violence|abusive (?:relationship|partner"
     r"|husband|wife|boyfriend|girlfriend|marriage|home|household|parent|parents|father|mother"
     r"|dad|mom|stepdad|stepfather|ex)|violent (?:relationship|partner|husband|wife|boyfriend"
     r"|girlfriend|marriage|home|household)|child abuse|sexual abuse|sexually abusing"
     r"|physically abusing|emotionally abusing)(?![a-z])"), "NAP"),
    ("spanish_abuse", "abuse", C,
     (r"(?:me pega|me golpea|me pegan|me golpean|me maltrata|me toca|me viola|me abusa|abusa de mi"
     r"|le pega a mi|golpea a mi)(?![a-z])"), "NP"),
    # ---------------------------------------------------------------- unable to care for self
    ("no_food_no_water", "unable_to_care", C,
     (r"(?:not|isnt|hasnt|havent|hadnt|wont|refus\w*|stopped|barely|hardly|no|without|cant|doesnt"
     r"|didnt|nothing to) <FILL>(?:(?:all|any|his|her|their) )?(?:eat\w*|ate|food)(?: (?:anything|much|properly|a thing))?"
     r"(?: ,| (?:or|and|nor|n|or even)) (?:stopped |quit |no )?<FILL>(?:drink\w*|drank|drunk|water"
     r"|fluids|liquids)(?![a-z])"),
     "AP", None, "sentence",
     r"(?:stomach bug|flu|virus|improving|getting better|after (?:the|her|his) surgery|fasting|ramadan)"),
    ("no_food_days", "unable_to_care", C,
     (r"(?:eat\w*|ate|food|meals?|(?<!a )drink\w*|drank|(?<!a )drunk|water|fluids|anything)"
     r"(?: \w+){0,4} (?:in|for|since|over|the (?:last|past)) (?:like |about |around |almost "
     r"|nearly |over |at least |maybe |literally )?(?:(?:<NUMWORD>|the (?:last|past"
     r"|whole)|all)(?: \w+)? ?(?:days?|weeks?|week|whole week)|days|weeks|<WEEKDAY>|(?:two|three"
     r"|four|five|\d+) days)(?![a-z])"), "AP",
     (r"(?:not|hasnt|havent|hadnt|wont|isnt|stopped|refus\w*|no|without|doesnt|didnt|nothing"
     r"|barely|hardly)"), "clause",
     (r"(?:sugar|meat|gluten|dairy|carbs|junk|fast food|candy|alcohol|beer|wine|a drink|fasting"
     r"|ramadan|lent|diet|soda|coffee|caffeine|sober|sobriety|clean for|surgery|colonoscopy"
     r"|procedure|blood test|drinking (?:alcohol|again))")),
    ("stopped_eating_duration", "unable_to_care", C,
     (r"(?:stopped|refus\w*|wont|will not|not|hasnt|isnt|quit) <FILL>(?:eating|eat|drinking"
     r"|drink|food|water)(?![a-z])"), "AP",
     (r"(?:(?:\d+|two|three|four|five|six|seven|several|a few|many) (?:days|weeks)|a (?:whole )?week"
     r"|all week|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend"
     r"|last week)|for days|in days)"), "message",
     (r"(?:sugar|meat|gluten|dairy|carbs|junk|fast food|candy|alcohol|beer|wine|a drink|fasting"
     r"|ramadan|lent|diet|soda|coffee|caffeine|sober|sobriety|drinking (?:alcohol|again)"
     r"|drinking so much|drinking (?:more|less)|stopped drinking)")),
    ("exposure", "unable_to_care", C,
     (r"(?:wander\w*|lost|sleeping|sleeps|slept|living|lives|stuck|stranded|barefoot|confused"
     r"|disoriented|walking around|roaming|outside|outdoors) (?:\w+ ){0,10}(?:in the (?:cold"
     r"|snow|freezing|storm|rain|heat)|cold|snow|snowing|freezing|below (?:zero|freezing)"
     r"|blizzard|storm|hypotherm\w*|frostbite|heatstroke|no coat|without (?:a )?(?:coat|jacket"
     r"|shoes)|in his pajamas|in her pajamas|in pajamas|in the middle of the night|slippers"
     r"|(?:his|her|a) (?:nightgown|bathrobe|robe|underwear)|at night|barefoot)(?![a-z])"),
     "NAP",
     (r"(?:wander|lost|sleeping|sleeps|slept|living|lives|stuck|stranded|barefoot|confused"
     r"|disoriented|roaming|doesnt know where|wont come (?:in|inside|home)|refus|no coat|without"
     r" (?:a )?(?:coat|jacket|shoes)|not answering|cant find|missing|dementia|psychotic|manic)"),
     "sentence",
     (r"(?:played|playing|skiing|snowman|sledding|hiking|camping trip|ski trip|vacation|for fun"
     r"|enjoy|loves? the|went for a walk|walk the dog|cold (?:medicine|meds|symptoms|sore|turkey"
     r"|feet|shoulder)|caught a cold|has a cold|had a cold|with a cold)")),
    ("doesnt_know_where", "unable_to_care", C,
     (r"(?:doesnt|dont|didnt|does not) (?:know|remember|recogni[sz]e) (?:where (?:he|she|they|i)"
     r" (?:is|are|am|was|lives?)|who (?:i am|he is|she is|we are)|his own name|her own name"
     r"|his way home|her way home)(?![a-z])"), "NP"),
    ("cant_care_self", "unable_to_care", C,
     (r"(?:cant|can not|cannot|unable to|isnt able to|not able to|no longer able to|incapable of"
     r"|cant even|no longer|doesnt|does not|stopped|wont|will not|not) (?:take care of|care for"
     r"|look after|feed|bathe|wash|dress|clean) (?:<REFL>)(?![a-z])"), "NP"),
    ("soiling", "unable_to_care", C,
     (r"(?:soil\w*|wetting|peeing|pooping) (?:<REFL>|his pants|her pants|the bed)(?![a-z])"
     r"|(?:urinat\w*|pees|peeing|pee) in (?:bottles|buckets)(?![a-z])"), "NAP",
     None, "sentence", r"(?:toddler|potty|kid|child|baby|years old|yo|as a kid|bedwetting)"),
    ("stove_on", "unable_to_care", C,
     (r"(?:leaves|left|leaving|keeps leaving) (?:the )?(?:stove|oven|gas|burner|burners|hob)s?"
     r" on(?![a-z])"), "NP"),
    ("not_bathing_eating", "unable_to_care", C,
     (r"(?:not|isnt|hasnt|stopped|wont|no longer) (?:bathing|showering|washing)(?: or| and)"
     r" (?:eating|drinking)(?![a-z])"), "NP"),
    ("severe_dehydration", "unable_to_care", C,
     (r"(?:severely|dangerously|extremely|badly|seriously|very) (?:dehydrated|malnourished"
     r"|emaciated|underweight)|(?:not|isnt|wont|refus\w*|stopped|unable to|cant) (?:taking in"
     r"|keeping down|keep down|take in|keep) (?:any )?(?:fluids|food|water|liquids)(?![a-z])"),
     "NAP"),
    ("wasting_not_eating", "unable_to_care", C,
     (r"(?:lost|losing|dropped|dropping|down) (?:\w+ ){0,2}(?:pounds|lbs|kilos|kg|stone|weight)"
     r"(?![a-z])"), "NAP",
     (r"(?:stopped eating|not eating|wont eat|barely eat\w*|hardly eat\w*|refus\w* (?:to eat"
     r"|food)|isnt eating|hasnt eaten|can barely (?:stand|walk|get up)|skin and bones|too weak)"
     r"(?! (?:breakfast|lunch|dinner|meat|sugar|dairy|junk|out|well|healthy|sweets|carbs)(?![a-z]))"),
     "message",
     (r"(?:diet|gym|keto|trying to lose|on purpose|goal|running|workout|glp|ozempic|wegovy"
     r"|since (?:starting|he started|she started|they started)|side effect\w*|new med\w*)")),
    ("not_drinking_any", "unable_to_care", C,
     (r"(?:stopped|not|isnt|wont|refus\w*|hasnt been|has not been|quit) (?:drinking|taking)"
     r" (?:anything|any (?:water|fluids|liquids)|fluids|liquids)(?! (?:with|but|except|other than"
     r"|alcoholic|caffeinated|sugary|fizzy|after)(?![a-z]))(?![a-z])"), "NAP", None,
     "sentence", r"(?:soda|coffee|juice|only drinks|instead|alcohol\w*|booze|beer|wine)"),
    ("danger_wandering", "unable_to_care", C,
     (r"(?:wander\w*|walk\w*|running|standing|lying|sitting|roaming|pacing) (?:\w+ ){0,2}(?:along"
     r"|on|down|in the middle of|across) (?:the |a )?(?:highway|freeway|interstate|motorway"
     r"|middle of the road|train tracks|railway tracks|railroad tracks)(?![a-z])"), "NP",
     (r"(?:slept|sleep|confused|shouting|yelling|screaming|talking to (?:himself|herself)|psychotic"
     r"|manic|paranoi\w*|barefoot|is lost|got lost|seems lost|lost and|doesnt know|wont come|at night|middle of the night|dementia"
     r"|drunk|high|voices)(?![a-z])"), "message"),
    # ---------------------------------------------------------------- attempts
    ("tried_to", "attempt", C,
     (r"(?:tried|tries|try|trying|attempted|attempting|attempt|attempts) (?:again )?(?:to )?"
     r"(?:kill <REFL>|end (?:it|it all|<LIFE>|things)(?! with)|take <LIFE>|commit suicide"
     r"|suicide|hang <REFL>|overdose|od|shoot <REFL>|jump (?:off|from|in front of)|drown <REFL>"
     r"|cut (?:his|her|my|their) (?:wrists|throat)|slit (?:his|her|my|their) (?:wrists|throat)"
     r"|unalive <REFL>|poison <REFL>|suffocate <REFL>|gas <REFL>|die)(?![a-z])"), "NP"),
    ("attempted_when", "attempt", C,
     (r"(?:attempted|attempt|made an attempt|another attempt|had an attempt|tried again)"
     r"(?: suicide)?(?= (?:again|this|last|yesterday|today|earlier|on (?:monday|tuesday"
     r"|wednesday|thursday|friday|saturday|sunday|the weekend)|in (?:january|february|march"
     r"|april|may|june|july|august|september|october|november|december|the spring|the summer"
     r"|the fall|the winter)|over the weekend|\w+ (?:days|weeks|months) ago|a (?:week|month)"
     r" ago|recently))"), "NP"),
    ("suicide_attempt", "attempt", C,
     (r"(?:suicide attempts?|suicidal attempts?|attempted suicide|attempt on (?:my|his|her|their)"
     r" (?:own )?life|attempts on (?:my|his|her|their) (?:own )?lives|survived (?:an?|the|his|her"
     r"|my) (?:overdose|suicide attempt|attempt|od)|(?:his|her|my|their|sons|daughters"
     r"|brothers|sisters|husbands|wifes|moms|mums|dads|clients|partners|patients|recent|last"
     r"|latest|previous|prior|another|first|second|third) (?:suicide )?attempts?(?! (?:to|at"
     r"|of)(?![a-z])))(?![a-z])"), "NAP"),
    ("discharged_after", "attempt", C,
     (r"(?:discharged|released|home|back) (?:\w+ ){0,3}(?:after|following|from) (?:an?|the|his"
     r"|her|my|their) (?:overdose|od|suicide attempt|attempt)(?![a-z])"), "NAP"),
    ("spanish_attempt", "attempt", C,
     (r"(?:intento|intentaron|trato de|intente) (?:suicidarse|suicidarme|matarse|matarme"
     r"|quitarse la vida|quitarme la vida)(?![a-z])"), "NP"),
    # ---------------------------------------------------------------- indirect warning signs
    # Families of understated constructions: finality, reunion with the dead, leaving things in
    # order, a future that stops, being beyond help. Each is tied to a person and keeps the usual
    # suppressors; weaker cues are in WARNING_CUES below and count only in pairs.
    ("loose_ends", "farewell", C,
     (r"(?:tying|tied|tie|ties|wrapping|wrapped|wrap|tidying|tidied) up (?:all )?(?:of )?(?:his"
     r" |her |my |their |the |some |a few |any )?(?:last )?loose ends(?![a-z])"), "NP",
     None, "message",
     (r"(?:work|job|retir\w*|office|project|before (?:the|his|her|my|our) (?:move|trip|leave"
     r"|vacation|surgery|deployment|wedding)|moving|move\w* (?:to|out|away|abroad|house)|relocat\w*"
     r"|semester|business|estate plan\w*|lawyer"
     r"|taxes|house sale|closing|wedding|baby|the case|contract|thesis|season)")),
    ("who_gets_my_things", "farewell", C,
     (r"who (?:would|will|should|is going to|gets|can|could|d) (?:get|have|inherit|keep"
     r"|end up with) (?:his|her|my|their) (?:\w+ ){1,3}(?:if|when|after"
     r"|once) (?:something|anything) (?:happens|happened|were to happen|was to happen|ever"
     r" happened) to (?:him|her|me|them)(?![a-z])"), "NP", None, "message",
     (r"(?:surgery|operation|trip|travel\w*|flight|deploy\w*|military|estate plan\w*|lawyer"
     r"|diagnos\w*|cancer|hospice|terminal|chemo|life insurance agent|(?:[7-9]\d|1\d\d) (?:years"
     r"|year old)|(?:hes|shes|is|are|im|i am) (?:[7-9]\d|1\d\d)(?![0-9]))")),
    # Joining someone who has died ("ready to go be with grandpa now ... he died in March").
    ("reunion_with_dead", "ideation", C,
     (r"(?:be with|join|be back with|be reunited with|reunite with|go be with|go to"
     r" be with|go join) (?:my |his |her |their |our )?(?:<KIN>)(?: \w+){0,1}? (?:again|now|soon|in"
     r" heaven|on the other side|up there|already|finally|once and for all|where (?:he|she|they)"
     r" (?:is|are))(?![a-z])"
     r"|(?:ready|wants|want|wanted|wanting|longs|long|longing|wishes|wish|waiting|cant wait"
     r"|tired of waiting|praying|prays) to (?:go |finally )?(?:be with|join|be reunited with"
     r"|see) (?:my |his |her |their |our )?(?:<KIN>)(?![a-z])"), "NP",
     (r"(?:died|dead|passed|passing|death|funeral|late|lost (?:him|her|them|my|his|their)"
     r"|in heaven|buried|grave|killed|anniversary of|widow\w*|murio|fallecio)"), "message",
     (r"(?:this (?:weekend|week|summer|month|christmas)|next (?:weekend|week|month|summer)|for (?:the"
     r" )?(?:winter|summer|holidays|christmas|thanksgiving|weekend|week|day)|visit\w*|flight"
     r"|drive (?:up|down|over)|lives (?:in|with|near)|trip|at the (?:hospital|nursing home)"
     r"|in (?:the hospital|florida|hospice))")),
    # "waiting to go home to the Lord", "the Lord can take her any time now".
    ("home_to_the_lord", "ideation", C,
     (r"(?:go|going|be called|be taken|get to go) home to (?:the lord|god|jesus|heaven|glory)"
     r"(?![a-z])|(?:ready|waiting|wants|want|tired of waiting|praying|prays|wishes|wish|hoping"
     r"|asking|asks|begging|begs) (?:for (?:god|the lord|jesus) )?to (?:be )?(?:called|taken)"
     r" home(?![a-z])|(?:god|the lord|jesus|the good lord) (?:can|could|may|should|is welcome to)"
     r" (?:just |go ahead and )?(?:take|call) (?:me|him|her|them)(?: home)? (?:any ?time|anytime"
     r"|whenever|any day|right now|now|already)(?![a-z])"), "NP", None, "sentence",
     (r"(?:hospice|terminal|cancer|palliative|dying of|passed|died|funeral|memorial|eulogy"
     r"|obituary)")),
    ("wants_out_of_everything", "ideation", C,
     (r"(?:want|wants|wanted|wanting|needs|need) out (?:\. |, |of it |and )?(?:out )?of"
     r" (?:everything|it all|life|this life|this world|existence|all of it|being alive"
     r"|everything for good)(?![a-z])"), "NP"),
    ("ready_for_it_to_stop", "ideation", C,
     (r"(?:ready|waiting|praying|wish|wishes|wishing) for (?:it all|everything|all of it|it|life"
     r"|this life|existence|the pain|my life|his life|her life) to (?:stop|end|be over)(?![a-z])"
     r"|(?:want|wants|wanted|need|needs|just want|just wants) (?:for )?(?:everything|all of it"
     r"|life|existence|the pain|the hurting) to (?:stop|end|be over)(?: for good| forever| now)?"
     r"(?![a-z])"), "NP", None, "sentence",
     (r"(?:week|semester|meeting|class|game|movie|shift|school year|rain|noise|construction"
     r"|heat|season|war|fighting|arguing|argument|drama|lockdown|headache|migraine|contractions"
     r"|labor|cramps|itching|toothache)")),
    # "soon none of this will matter", "won't matter after Friday".
    ("nothing_will_matter", "ideation", C,
     (r"soon (?:none of (?:this|it)|nothing|it) (?:will|is going to|wont) (?:matter|be a problem)"
     r"(?![a-z])|(?:none of (?:this|it)|nothing) (?:will|is going to) matter (?:soon|much longer"
     r"|anymore|after (?:tonight|today|tomorrow|this|friday|monday|saturday|sunday))(?![a-z])"
     r"|(?:wont|will not|isnt going to|doesnt|wouldnt) matter (?:after|by|past|come) (?:tonight"
     r"|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this week|this weekend"
     r"|next week|then)(?![a-z])"), "NP", None, "sentence",
     (r"(?:deadline|grade|exam|test|sale|warranty|ticket|lease|election|offer|game|score|vote"
     r"|interview|results|diet|weather|forecast|price|traffic|in (?:a|ten|a hundred|five) years"
     r"|grand scheme|long run)")),
    # Beyond help, told of oneself or reported ("he says he's not worth saving").
    ("beyond_help", "hopelessness", C,
     (r"(?:im|i am|i feel like|i feel|im just|(?:says|said|thinks|believes|convinced|feels"
     r"|keeps saying|insists|decided|(?:told|tells|telling) \w+(?: \w+)?)(?: that)? (?:hes|shes"
     r"|he is|she is|hes just"
     r"|shes just|theyre|he was|she was|im|i am|i was)) (?:just |such |a total |completely"
     r" |totally )?(?:a lost cause|a hopeless case|beyond (?:help|saving|repair)|past (?:saving"
     r"|helping)|not worth (?:saving|helping|fighting for|the trouble|the effort|keeping alive"
     r"|anyones time|the air)|too far gone|unsalvageable|unfixable|broken beyond repair)"
     r"(?![a-z])"), "NP", None, "sentence",
     (r"(?:when it comes to|at (?:math|cooking|sports|spelling|golf|chess)|in the kitchen"
     r"|with (?:money|technology|computers|plants)|team|season|league|car|phone|laptop|house"
     r"|garden|lawn|project)")),
    # "you won't have to put up with me much longer", "the last Christmas you'll have to deal
    # with me".
    ("wont_have_to_deal", "farewell", C,
     (r"(?:wont|will not|never|not going to|dont|do not) (?:have|need) to (?:put up with|deal"
     r" with|look after|take care of|bother with|see|hear from|pay for|carry|clean up after)"
     r" (?:me|him|her) (?:much longer|for much longer|for long|anymore|any more|again|soon|after"
     r" (?:this|tonight|today|tomorrow|friday|christmas|\w+))(?![a-z])"
     r"|(?:last|final) (?:christmas|birthday|thanksgiving|easter|summer|holiday|holidays|year"
     r"|anniversary|time) (?:that |which )?(?:you|youll|you will|theyll|they will|well|we will"
     r"|anyone|everyone|you all|yall)(?: ever| all)? (?:have to |need to |get to |will have to"
     r" )?(?:deal with|put up with|spend with|see|celebrate with|have with|hear from|worry about"
     r"|look at) (?:me|him|her)(?![a-z])"), "NP", None, "sentence",
     (r"(?:moving|move out|graduat\w*|college|new job|leaving for|trip|deploy\w*|rehab|treatment"
     r"|lease|contract|semester|retir\w*)")),
    ("checked_out_of_life", "ideation", C,
     r"(?:checked|checking|check|checks) out(?: \S+){0,8} of (?:life|this life|this world)(?![a-z])",
     "NP"),
    # A future that stops ("don't really see myself getting older").
    ("no_older", "hopelessness", C,
     (r"(?:dont|doesnt|cant|cannot|never|not|no longer|didnt|couldnt) (?:really |even |ever )?"
     r"(?:see|picture|imagine|pictured|imagined|saw) (?:myself|himself|herself|themselves)"
     r" (?:getting older|growing old|growing up|getting old|living (?:past|to|long|much longer)"
     r"|making it (?:to|past)|being around (?:in|for|long)|in (?:five|ten|\d+|a few|twenty)"
     r" years|at (?:\d+|thirty|forty|fifty|twenty)|turning (?:\d+|thirty|twenty|eighteen"
     r"|forty)|as an adult|old)(?![a-z])"), "P"),
    ("own_funeral", "farewell", C,
     (r"(?:picturing|pictures|imagining|imagines|planning|planned|plans|talking about|talks"
     r" about|talked about|thinking about|thinks about|thought about|describing|described"
     r"|fantasi[sz]\w*|writing|wrote|choosing songs for|picked (?:the )?songs for|picking songs"
     r" for) (?:\w+ )?(?:his|her|my|their) (?:own )?funeral(?![a-z])"), "NP", None, "message",
     (r"(?:hospice|terminal|cancer|palliative|diagnos\w*|prepa\w*|pre pa\w*|prearrang\w*|cheerful"
     r"|(?:hes|shes|is) [89]\d|funeral"
     r" home|burial insurance|estate plan\w*|(?:[7-9]\d|1\d\d) (?:years|year old)|(?:hes|shes|is"
     r"|im) (?:[7-9]\d|1\d\d)(?![0-9])|late to (?:his|her|my) own)")),
    ("drew_self_dead", "ideation", C,
     (r"(?:drew|draws|drawing|drawn|drawings|picture|pictures|sketch\w*|painted|paints|painting)"
     r" (?:\w+ ){0,3}(?:himself|herself|themselves|myself|themself) (?:hanging|dead|dying|in a"
     r" (?:coffin|casket|grave)|with a (?:gun|noose|rope|knife)|being (?:shot|hanged|buried)"
     r"|jumping|bleeding|on fire|shot)(?![a-z])"), "NP"),
    # Means kept without a reason ("a rope in her trunk and she doesn't camp or climb").
    ("unexplained_means", "plan_means", C,
     (r"(?:<GUN>|rope|noose|razor blades|charcoal|helium tank|ammo|ammunition|bullets|pills)"
     r" (?:\S+ ){0,8}(?:and|but|though|yet) (?:he|she|they|my \w+) (?:doesnt|dont|does not"
     r"|has never|never|hasnt ever|isnt into|doesnt even) (?:\w+ )?(?:camp|climb|hunt|fish|sail"
     r"|shoot|go camping|go hunting|go climbing|boat|do crafts|own|need)"), ""),
    ("research_place", "plan_means", C,
     (r"(?:reading|read|looking|looked|searching|searched|googl\w*|research\w*|asking|asked"
     r"|checking|checked) (?:up |about |into |at |for |online |on )?(?:which|what|the tallest"
     r"|the highest) (?:bridges?|buildings?|cliffs?|overpass(?:es)?|parking garages?|roofs?"
     r"|rooftops?|towers?|train lines?|trains?)(?: \w+){0,4} (?:dont|do not|have no|without"
     r"|arent|lack|with no|no|are high enough|are tall enough) ?(?:have |any )?(?:barriers?"
     r"|fences?|nets?|railings?|cameras?|security|guard ?rails?|to)?(?![a-z])"), "NP"),
    ("pills_it_would_take", "plan_means", C,
     (r"how (?:many|much) (?:\w+ ){0,3}(?:<DRUG>) (?:\w+ ){0,2}(?:it|they|would|will) (?:would"
     r" |will |d )?take(?! (?:to (?:work|kick in|start|help|feel|notice|see|clear|get (?:his|her"
     r"|my) levels)|for (?:them|it) to)(?![a-z]))(?![a-z])"), "NAP"),
    ("note_says_sorry", "farewell", C,
     (r"(?:a|the) (?:note|letter|text|message|card) (?:that |which )?(?:just |only )?(?:says|said"
     r"|saying|reads|read|that says) (?:\w+ ){0,3}(?:sorry|goodbye|good bye|i love you|forgive"
     r"|take care of)(?![a-z])"), "NP", None, "sentence",
     r"(?:ate|borrowed|running late|forgot|yogurt|parking|dent|store|groceries|be back)"),
    ("drove_to_end_it", "plan_means", C,
     (r"(?:going|went|headed|heading|drove|driving|left|gone|walked|walking) (?:to|for|out to"
     r"|down to) (?:the|a) (?:\w+ ){1,2}to (?:end it|end (?:his|her|my|their) life|kill"
     r" (?:himself|herself|myself)|die|do it|jump|end things)(?![a-z])"), "NP"),
    ("threat_regret", "harm_to_others", C,
     (r"(?:youd|youll|you would|you will|youre going to|id|ill|hed|hell|shed|shell|theyll|theyd"
     r"|he would|she would|they would|i would) (?:really |definitely )?regret (?:it|this|that"
     r"|crossing (?:me|him|her))(?![a-z])"), "NP",
     (r"(?:<WEAPON>|kill|hurt|where (?:i|you|she|he|we|they) lives?|knows where|find (?:you|me"
     r"|her|him)|beat|bury|watch (?:your|my|her|his) back)"), "message"),
    ("night_visits_child", "abuse", C,
     (r"(?:(?:stepdad|stepfather|dad|father|uncle|grandpa|grandfather|brother|cousin|babysitter"
     r"|boyfriend|mom|mother|stepmom|coach|teacher|partner|lodger|neighbou?r|man)(?: \w+)?|he"
     r"|she) (?:comes|came|keeps coming"
     r"|sneaks|sneaked|snuck|gets|got|climbs|climbed) (?:into|in) (?:my|her|his|their) (?:room"
     r"|bed|bedroom)(?![a-z])"), "NP",
     (r"(?:at night|touch\w*|secret|who to tell|tell anyone|scared|afraid|dont want him|hurts"
     r"|naked|(?:im|i am|shes|hes) (?:[5-9]|1[0-7])(?![0-9]))"), "message"),
    ("no_sleep_days", "unable_to_care", C,
     (r"(?:hasnt|havent|hadnt|not|isnt|hasnt really|barely|hardly|no) (?:slept|sleeping|been"
     r" sleeping|had any sleep|sleep)(?: at all)? (?:in|for) (?:like |almost |nearly |over |about"
     r" |at least )?(?:<NUMWORD>) (?:days|nights|day|week)(?![a-z])|(?:awake|up) (?:for"
     r" |in )?(?:like |almost |nearly |over |about )?(?:three|four|five|six|seven|several|\d) days"
     r"(?: straight| and nights| now)?(?![a-z])|(?:awake|up) for (?:almost |nearly |like |over )?a"
     r" (?:whole )?week(?![a-z])"), "NAP", None, "sentence",
     (r"(?:baby|newborn|jet lag|night shift|finals|exams|deadline|party|festival|gaming|road trip"
     r"|flight|hospital (?:shift|rotation)|residency|on call)")),
    # Spanish: understated finality and reunion.
    ("spanish_finality", "ideation", C,
     (r"(?:ya )?no (?:quiere|quiero|queria|quisiera) seguir(?: (?:aqui|en este mundo|viviendo"
     r"|adelante|con vida))?(?! (?:con|en el|en la|estudiando|trabajando|tomando)(?![a-z]))"
     r"(?![a-z])|(?:ya )?no (?:tengo|tiene|tenia|hay) (?:razon|razones|motivos?|nada) para"
     r" (?:seguir|vivir|quedarme|quedarse)(?![a-z])|ya no (?:aguanta|aguanto|puede|soporta"
     r"|soporto) mas(?![a-z])|(?:pronto )?(?:ya )?no (?:va a|voy a|vamos a) (?:ser un problema"
     r"|ser una carga|estar para (?:navidad|su cumpleanos|mi cumpleanos)|estar aqui mucho"
     r"|molestar mas)(?![a-z])|(?:ya )?no (?:lo|la|me|nos) (?:vamos a|van a|vas a|va a) (?:ver"
     r"|volver a ver) (?:nunca|mas)(?![a-z])|(?:ya )?no lo vamos a ver(?![a-z])"
     r"|(?:ya )?no (?:van|vamos|vas|va) a tener que preocupar\w* por (?:mi|el|ella)(?![a-z])"
     r"|(?:estamos|estariamos|estan|estarian|estaran|estaras|estarias) mejor sin (?:el|ella|mi)"
     r"(?![a-z])|(?:se esta|me estoy|esta|anda) despidiendo de todos(?![a-z])"), "NP",
     None, "sentence",
     r"(?:mudanza|se muda|me mudo|viaje|trabajo nuevo|escuela nueva|vacaciones|fiesta)"),
    ("spanish_reunion", "ideation", C,
     (r"(?:estar|reunirse|reunirme|irse|irme|ir) con (?:mi|su) (?:mama|papa|abuela|abuelo|esposo"
     r"|esposa|hijo|hija|madre|padre|hermano|hermana)(?![a-z])"), "NP",
     r"(?:murio|fallecio|muerte|fallecid[oa]|en el cielo|que en paz descanse|difunt[oa])",
     "message"),
    # ---------------------------------------------------------------- wider wording
    # A prayer or plea not to wake, or for God to take the speaker ("prays every night not to
    # wake up", "asks God every night to take him").
    ("pray_not_wake", "ideation", C,
     (r"(?:pray|prays|prayed|praying|wish|wishes|wished|wishing|hope|hopes|hoping|begs|begged"
     r"|begging)(?: \w+){0,3} (?:not|never) to (?:wake up|wake|see (?:the )?(?:morning|tomorrow"
     r"|another day))(?![a-z])"), "NP"),
    ("ask_god_take", "ideation", C,
     (r"(?:ask|asks|asked|asking|beg|begs|begged|begging|pray|prays|prayed|praying|tell|tells"
     r"|told|telling) (?:god|the lord|jesus|the angels)(?: \w+){0,3} to (?:take|call|come for"
     r"|come get) (?:me|him|her|them)(?![a-z])"), "NP"),
    # What alone keeps someone alive ("if it wasn't for his dog he'd have checked out long ago").
    ("only_reason_alive", "ideation", C,
     (r"(?:if it (?:wasnt|werent|was not|were not|hadnt been|had not been) for|(?:the )?only"
     r" (?:thing|reason|one|ones) (?:keeping|that keeps|that kept|stopping|that stops|holding))"
     r" (?:\S+ ){0,6}?(?:(?:i|he|she|they)(?:d| would)(?: have)?(?: \w+)? (?:checked out(?! of"
     r" (?:the|a|his|her|my) )|been gone(?! from| for)|ended it|done it|killed (?:myself|himself"
     r"|herself|themselves)|not be (?:here|alive|around)|be (?:dead|gone)|gone through with it"
     r"|left (?:this|the) world)|(?:me|him|her|them) (?:alive|from (?:doing it|ending it"
     r"|killing)))(?![a-z])"), "NP"),
    # A child or adult speaking of going to the dead ("wants to go see grandma in heaven soon").
    ("go_to_heaven", "ideation", C,
     (r"(?:go|going|get|gets|wants to go|want to go|to go) (?:to )?(?:see|be with|visit|join"
     r"|meet) (?:\w+ ){0,2}in heaven(?![a-z])|(?:go|going|get|gets) to heaven (?:soon|now|early"
     r"|already|to be with|to see)(?![a-z])"), "NP", None, "sentence",
     r"(?:someday|some day|one day|when (?:we|i|you|they) (?:die|are old|get old)|eventually)"),
    ("cant_picture_future", "hopelessness", C,
     (r"(?:cant|cannot|can not|couldnt|doesnt|dont|unable to|no longer) (?:even |really )?"
     r"(?:picture|imagine|see|envision) (?:any|a|her|his|my|their|much of a|any kind of|any sort"
     r" of|a single|a good|a better) future(?! (?:without|with|for (?:the|this|that|our)"
     r"|together|in (?:this|that|the))(?![a-z]))(?![a-z])"), "P"),
    ("no_point_anything", "hopelessness", C,
     (r"no (?:point|use|reason) (?:to |in |of )?(?:even )?(?:anything|any of it|everything"
     r"|life|living|going on|getting up|finishing (?:school|anything|college)|doing anything"
     r"|trying(?= ?(?:\.|,|!|$| anymore| at all)))(?: (?:anymore|at all|else))?(?![a-z])"), "P"),
    ("point_of_being_alive", "hopelessness", C,
     (r"(?:whats|what is|theres no|there is no|no|see no|sees no) (?:the )?(?:point|use|reason)"
     r"(?: in| of| to)?(?: even| really)? (?:being alive|living|staying alive|existing|going on"
     r"|being here|waking up)(?![a-z])"), "P"),
    ("spanish_burden_third", "hopelessness", C,
     (r"(?:es|soy|sea|ser|somos|eres) una carga para(?![a-z])|(?:se siente|me siento|siente que"
     r" es|siento que soy|dice que es|dice que soy) una carga(?![a-z])|(?:dice que|siente que"
     r"|cree que|yo|el|ella) no (?:tengo|tiene) (?:ningun )?futuro(?![a-z])"), "N"),
    # Means hidden away with a reason that is no reason ("three bottles of Tylenol under her
    # bed, her 'insurance' for when things get bad").
    ("hidden_supply", "plan_means", C,
     (r"(?:\d+|two|three|four|five|six|several|multiple|extra|a few|lots of|a bunch of|tons of"
     r"|a stack of|a pile of) (?:\w+ )?(?:bottles|boxes|packs|packets|blister packs|strips"
     r"|containers) of (?:\w+ )?<DRUG>(?![a-z])"), "NP",
     (r"(?:hid\w*|hiding|under (?:his|her|their|the) (?:bed|mattress|pillow)|in (?:his|her|their)"
     r" (?:closet|drawer|backpack|car|sock drawer|room)|stash\w*|insurance|just in case|in case"
     r"|for when|for later|secret\w*)"), "sentence",
     r"(?:costco|sale|bulk|coupon|flu season|cold season|travel|first aid)"),
    ("hoarding_meds", "plan_means", C,
     r"(?:hoard\w*|stockpil\w*) (?:\w+ ){0,3}<DRUG>(?![a-z])", "NP", None, "sentence",
     r"(?:coupon|discount|sale|bulk|disposal|dispose|take back|recycl\w*|shortage|empties"
     r"|turned out)"),
    ("research_lethal", "plan_means", C,
     (r"(?:research\w*|googl\w*|search\w*|look\w* up|looking (?:up|into|at)|read\w* (?:about|up"
     r" on)|watch\w* videos (?:on|about)) (?:\w+ ){0,2}(?:lethal|suicide|deadly|fatal|painless)"
     r" (?:methods?|means|ways|doses?|dosages?|amounts?|combinations?)(?![a-z])"), "NP", None,
     "sentence",
     (r"(?:counsel\w*|safety|restriction|reduction|training|thesis|paper|class|course|study"
     r"|policy|prevention|storage)")),
    # An unnamed act with means in the message ("said that's when he'll do it").
    ("when_do_it", "plan_means", C,
     (r"(?:when|where|how|then|thats when) (?:hell|shell|ill|he will|she will|i will|hes going to"
     r"|shes going to|im going to|theyll|he would|she would|hed|shed) (?:finally |just )?do it"
     r"(?![a-z])"), "NP",
     (r"(?:<GUN>|pills|rope|noose|bridge|die|dying|kill\w*|suicid\w*|end it|end (?:his|her|my)"
     r" life|goodbye|note)"), "message"),
    ("care_if_anything_happens", "farewell", C,
     (r"(?:look after|take care of|take|keep|have|raise|watch|feed) (?:my|his|her|their) (?:\w+ )"
     r"{0,2}(?:cat|cats|dog|dogs|pets?|kids|children|son|daughter|plants|fish|bird|horse) (?:if"
     r"|in case|when) (?:anything|something) (?:ever )?(?:happens|happened|were to happen|should"
     r" happen) to (?:me|him|her|them)(?![a-z])"), "NP",
     (r"(?:low|depress\w*|sad|hopeless|suicid\w*|wont see|stopped|off (?:his|her|their|my)"
     r" (?:meds|medication)|refus\w*|not (?:herself|himself)|giving|goodbye|struggling|dark|down"
     r" lately|worried)"), "message",
     (r"(?:will|estate|lawyer|attorney|guardian\w*|surgery|deploy\w*|trip|flight|travel\w*"
     r"|military|vacation|operation)")),
    ("goodbye_not_coming_back", "farewell", C,
     (r"(?:goodbye|good bye|bye|hugged|hugs|hugging) (?:\S+ ){0,5}?(?:like|as if|as though)"
     r" (?:he|she|they|i) (?:wasnt|werent|was not|were not|wouldnt be|would not be|isnt|is not"
     r"|wont be|will not be|was never) (?:coming back|coming home|going to see (?:us|me|them|you)"
     r" again|seeing (?:us|me|them|you) again)(?![a-z])"), "NP"),
    ("last_post", "farewell", C,
     (r"(?:this is|this will be|thats|that was|posted|wrote|texted) (?:my|his|her|their) last"
     r" (?:post|message|text|video|goodbye|words|story)(?![a-z])"), "NP", None, "sentence",
     r"(?:before (?:my|his|her|the|we|i)|for (?:today|tonight|the (?:day|week|year|night))|about|on this topic|vacation|break|trip|hiatus)"),
    ("fresh_marks", "self_harm", C,
     (r"(?:fresh|new|deep|recent|healing|more|lots of|a lot of|several|multiple|cigarette"
     r"|lighter) (?:cuts|scars|cut marks|burns|burn marks|scratches|slashes|wounds|lines)"
     r" (?:on|all over|up and down|across|along) (?:(?:my|his|her|their|both|the) )?(?:\w+ )?"
     r"(?:backs of (?:his|her|their|my) )?(?:arms?|wrists?|legs?|thighs?|stomach|belly|body"
     r"|forearms?|hips?|skin|hands?|ankles?)(?![a-z])"), "NP", None, "sentence",
     (r"(?:surgery|work|job|kitchen|garden\w*|thorns?|roses|cat|dog|kitten|puppy|fell|tripped"
     r"|bike|sports|rash|eczema|mosquito|tattoo|sunburn|oven|stove)")),
    ("cuts_intransitive", "self_harm", C,
     (r"(?:he|she|they|i|friend|daughter|son|sister|brother|kid|child|teen|gf|bf|girlfriend"
     r"|boyfriend|roommate) (?:still |has been |started |starts |is |keeps |kept |was )?(?:cuts"
     r"|cutting|cut|burns|burning|self harms|self harming)(?= ?(?:\.|,|!|\?|and |again"
     r"|sometimes|$))"), "NP", None, "sentence",
     (r"(?:paste|pastes|color\w*|colour\w*|glue|hair|paper|fabric|wood|grass|lawn|vegetables"
     r"|meat|onions|class|coupons|deals|scissors|cards|deck|cake|bread|in line|corners|the line)")),
    ("took_extra_on_purpose", "overdose", E,
     (r"(?:took|taken|taking|take|injected|swallowed|used) (?:\w+ ){0,2}(?:extra|too much|too many"
     r"|a lot of|lots of|a bunch of|a handful of|a ton of|way too much|way too many|double"
     r"|triple) (?:of )?(?:(?:his|her|my|their|the) )?(?:\w+ )?<DRUG>(?![a-z])"), "NX",
     (r"(?:on purpose|deliberately|intentionally|to (?:die|end it|kill)|confused|unresponsive"
     r"|not making sense|wont wake|cant wake|passed out|vomiting|throwing up|seiz\w*)"), "message"),
    ("took_everything", "overdose", E,
     (r"(?:took|swallowed|taken|downed|ate|drank) (?:everything|all the pills|whatever (?:was"
     r"|he found|she found|i found)|all of (?:it|them)|every pill|all (?:his|her|my|their)"
     r" (?:pills|meds)) (?:in|from) (?:the|his|her|my|their) (?:medicine )?(?:cabinet|cupboard"
     r"|bottle|drawer|bathroom|kitchen)(?![a-z])"), "NX"),
    ("die_on_day", "harm_to_others", C,
     (r"(?:they|you|everyone|everybody|all of (?:you|them)) (?:all )?(?:will |are going to |gonna "
     r"|going to |shall )?(?:all )?die (?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday"
     r"|saturday|sunday|tomorrow|tonight|soon)(?![a-z])"), "NP"),
    ("hit_list", "harm_to_others", C,
     r"(?:hit list|kill list|death list|list of (?:names|people|targets))(?![a-z])", "NAP",
     (r"(?:die|dead|kill|shoot|hurt|pay|<GUN>|bomb|revenge|sorry|hate|target)"), "message"),
    ("threat_sorry", "harm_to_others", C,
     (r"(?:youll|youre going to|shell|hell|theyll|you will|she will|he will|they will|youd|shed"
     r"|hed) (?:\w+ )?be sorry(?![a-z])"), "NP",
     (r"(?:<WEAPON>|kill|hurt|where (?:i|you|she|he|we|they) lives?|knows where|find (?:you|me"
     r"|her|him)|beat|bury|watch (?:your|my|her|his) back|make (?:you|her|him) pay)"), "message"),
    ("run_over", "harm_to_others", C,
     r"<INTENT> (?:just )?run (?:<OBJ>) over(?! to| for| there| here| at)(?![a-z])", "NP"),
    ("spanish_voices_command", "psychosis_danger", C,
     (r"voces? (?:que )?(?:le|me|les) (?:dicen|dice|ordenan|ordena|piden|pide|mandan|manda)"
     r" que (?:se |me |lo |la )?(?:tire|mate|lastime|corte|haga dano|avente|lance|muera"
     r"|suicide|ahorque)(?![a-z])"), "NP"),
    ("voice_go_into", "psychosis_danger", C,
     (r"(?:voices?|the voice|a voice) (?:\w+ ){0,3}(?:tell\w*|told|want\w*|order\w*|command\w*"
     r"|urg\w*) (?:him|her|me|them) to (?:go|walk|step|jump|run|swim) (?:into|in front of|off)"
     r"(?![a-z])"), "NP"),
    ("secret_touch", "abuse", C,
     (r"(?:secret|special|private) (?:touching|touches|touch|cuddles|cuddling|games?|bath ?time"
     r"|sleepovers?)(?![a-z])"), "NP",
     (r"(?:uncle|dad|father|stepdad|stepfather|grandpa|grandfather|brother|cousin|babysitter"
     r"|boyfriend|coach|teacher|neighbor|neighbour|pastor|priest|man|he|bedtime|at night"
     r"|grader|kindergart\w*|preschool\w*|(?:[1-9]|1[0-7]) (?:years? old|yo))"), "message"),
    ("handprint_bruises", "abuse", C,
     (r"bruis\w* (?:\w+ ){0,2}(?:shaped like|in the shape of|that look like|like) (?:a |an )?"
     r"(?:hand|handprints?|fingers?|fingerprints?|fingermarks|belt|belt marks|cord|loop)"
     r"(?![a-z])|(?:handprints?|finger marks|fingermarks|belt marks|grab marks|choke marks"
     r"|strangulation marks) (?:on|around) (?:her|his|their|my)(?![a-z])"), "NP"),
    ("spanish_weapon_threat", "abuse", C,
     (r"amenaz\w* con (?:el|un|una|la|su) (?:cuchillo|pistola|arma|navaja|machete|escopeta)"
     r"(?![a-z])"), "NP"),
    ("bedridden_days", "unable_to_care", C,
     (r"(?:hasnt|has not|hasnt been|not|wont|cant|hadnt|havent|didnt) (?:gotten|got|get|been"
     r"|getting) (?:out of|up from|up out of) bed (?:in|for) (?:<NUMWORD>) (?:days|weeks)"
     r"(?![a-z])|not even (?:to )?(?:get |drink |have |for )?(?:water|a drink|a glass of water"
     r"|to drink|to use the bathroom|to pee)(?![a-z])"), "NP",
     r"(?:bed|days|room|water|drink|lips|pee|bathroom)", "message"),
    ("refuses_eat_and_drink", "unable_to_care", C,
     (r"(?:refus\w* to|wont|will not|not|stopped|isnt|hasnt|doesnt) (?:<FILL>)(?:eat|eating)"
     r"(?![a-z])"), "AP",
     (r"(?:wont|will not|refus\w* to|not|stopped|isnt|hasnt|doesnt) (?:<FILL>)(?:drink|drinking)"
     r"(?! (?:alcohol|beer|wine|coffee|soda|milk|booze|liquor|juice)(?![a-z]))(?![a-z])"),
     "sentence",
     (r"(?:vegetables|veggies|meat|sugar|gluten|dairy|carbs|junk|fast food|candy|alcohol|beer"
     r"|wine|fasting|ramadan|lent|diet|soda|coffee|caffeine|sober|breakfast|lunch|dinner at"
     r"|school lunch|picky)")),
    ("spanish_no_food", "unable_to_care", C,
     (r"no (?:come|quiere comer|ha comido|esta comiendo) ni (?:bebe|toma agua|quiere beber|ha"
     r" bebido|agua)(?![a-z])|no (?:come|bebe|ha comido|ha bebido) (?:nada )?desde hace"
     r" (?:\w+ )?dias(?![a-z])"), "NP"),
    ("eating_disorder_danger", "unable_to_care", C,
     r"(?:anorexi\w*|eating disorder|bulimi\w*)(?![a-z])", "NAP",
     (r"(?:(?:heart rate|pulse|bpm)(?: \w+){0,3} (?:[1-3]\d)(?![0-9])|(?:potassium|electrolytes)"
     r" (?:\w+ ){0,2}(?:low|dangerous)|fainting|fainted|passed out|collapsed|refus\w* (?:to go )?"
     r"(?:inpatient|hospital|treatment|to eat))"), "message"),
    # ---------------------------------------------------------------- euphemisms and errands
    # Euphemisms, denied futures, unexplained means, farewell errands and warning behaviours,
    # each in its general form.
    ("euphemism_suicide", "ideation", C,
     (r"(?:eat|eats|eating|ate|suck|sucking|swallow|swallowing) (?:a |his |her |my |their |the )?"
     r"(?:gun|bullet|shotgun|pistol|barrel|revolver)(?![a-z])"
     r"|(?:take|takes|taking|took|taken) (?:the )?(?:cowards|coward|permanent) way out(?![a-z])"
     r"|self (?:delet\w*|destruct\w*|terminat\w*)|delet(?:e|ing|ed) <REFL>(?! from)"
     r"|(?:ctrl|control) alt (?:delete|del) <REFL>|yeet(?:ing|ed)? <REFL>(?! into (?:the )?(?:pool"
     r"|lake|bed|couch|water))|become (?:a|another|just another) statistic(?![a-z])"
     r"|(?:only way out|way out|leave|leaving|go out|end up|ends up|come home) (?:\w+ ){0,2}in a"
     r" (?:box|body bag|coffin|casket|pine box)(?![a-z])"
     r"|(?:check|checking|checked|clock|clocking|clocked|tap|tapping|tapped) out (?:for good"
     r"|permanently|early from life|of (?:life|this world|this life|existence))(?![a-z])"
     r"|end (?:my|his|her|their) (?:story|chapter|journey) (?:\w+ ){0,2}(?:for good|soon|this"
     r" (?:year|week|month)|tonight|today|now)(?![a-z])"), "NAP", None, "sentence",
     r"(?:book|novel|writing|write|blog|podcast|instagram|snapchat|series|game|level|season|show"
     r"|hotel|library|store|shift|grocer\w*)"),
    ("easy_way_out", "ideation", C,
     r"(?:take|takes|taking|took|find|finding) (?:the )?(?:easy|quick|only) way out(?![a-z])", "NAP",
     (r"(?:thinking about|thinks about|thought about|talks about|talking about|talked about"
     r"|considering|considered|wants to|want to|going to|planning|plans to|tempted|ready to"
     r"|decided)(?![a-z])"), "sentence",
     r"(?:pizza|order\w*|cheat\w*|exam|test|diet|shortcut|homework|store bought|takeout|argument)"),
    ("euphemism_death_wish", "ideation", C,
     (r"(?:push\w* up (?:the )?daisies|dirt nap|six feet under|swim with the fishes"
     r"|kick(?:ing)? the bucket|bite the dust|the big sleep|eternal sleep|sleep (?:forever"
     r"|for good|permanently)|stay asleep (?:forever|for good|permanently)|(?:fall|falling|go"
     r"|going) to sleep and (?:never|not|stay asleep)(?![a-z]))"), "NAP",
     (r"(?:soon|want|wants|wanted|wish|wishes|wished|ready|rather|talking about|talks about"
     r"|talked about|joking about|jokes about|joked about|going to|planning|longs?|longing"
     r"|looking forward|cant wait|hope|hopes|hoping|pray\w*|dream\w* (?:of|about))(?![a-z])"),
     "sentence"),
    ("future_denied", "ideation", C,
     (r"(?:wont|will not|isnt going to|is not going to|not going to|doesnt expect to|dont expect"
     r" to|does not expect to|doesnt think (?:hell|shell|he will|she will)|dont think (?:ill"
     r"|i will)|never going to) (?:make it|be (?:here|around|alive)|still be (?:here|around"
     r"|alive)|live|see) (?:to|for|until|till|by|at|past|through|on|another|next) (?:(?:his|her|my"
     r"|their|the|next|this) ){0,2}(?:birthday|christmas|thanksgiving|new year\w*|\d+|thirty|forty"
     r"|twenty|eighteen|graduation|summer|spring|winter|fall|end of|year|week|month|holidays"
     r"|anniversary)(?![a-z])"
     r"|(?:doesnt|dont|cant|cannot|does not|do not|never) (?:see|picture|imagine|expect) (?:<REFL>"
     r"|him|her|them|me) (?:being |still |living |getting )?(?:alive|around|here|old|older|living"
     r"|to (?:\d+|thirty|forty|twenty|old age|grow old))(?![a-z])"
     r"|(?:this time|by this time|by) next (?:week|month|year) (?:i|he|she|they)(?:ll| will)?"
     r" (?:wont|will not|not|no longer) be (?:here|around|alive)(?![a-z])"), "NP", None, "sentence",
     r"(?:vacation|trip|travel\w*|moving|move|work|conference|office|town|deploy\w*|college|job"
     r"|hospital stay|in person|shift|season|game|concert|party|class)"),
    ("no_reason_to_keep_going", "hopelessness", C,
     (r"no (?:reason|point|use) (?:to|in) (?:keep(?:ing)? )?(?:trying|going|living|fighting"
     r"|go on|going on|being here|staying alive|being alive|waking up|getting up)(?![a-z])(?! to"
     r" (?:\w+ )?(?:therapy|school|work|class|the|his|her|appointments?|meetings?|church|group"
     r"|sessions?|counseling|treatment|college|practice))"
     r"|nothing (?:will|is going to|is ever going to) ever (?:get|be) (?:any )?better(?![a-z])"
     r"|(?:had|has|have|had) (?:enough|it) (?:of|with) (?:life|living|being alive|this life"
     r"|existing|everything|it all)(?![a-z])"
     r"|(?:tired|sick|exhausted|weary) of (?:fighting|trying|living|existing|being here|being"
     r" alive|waking up|breathing)(?! (?:with|for|about|over|the|this|that|my|his|her|insurance"
     r"|traffic))(?![a-z])"
     r"|(?:doesnt|dont|does not|do not) want to (?:do this|keep doing this|go on|keep going"
     r"|be here|keep living|keep fighting) (?:anymore|any longer|any more)(?![a-z])"
     r"|(?:envy|envies|envied|jealous of) (?:people|those|anyone|someone|the ones) (?:who|that)"
     r" (?:die|died|dies|get to die|are dead|pass away|passed away)(?![a-z])"), "NAP", None,
     "sentence", r"(?:<MUNDANE>|<JOKE>|job|boss|diet|class|school work|gym|team)"),
    ("not_wanting_to_wake", "ideation", C,
     (r"(?:thoughts?|thinking|feelings?|talks?|talking|talked|ideas?|fantasi\w*) (?:of|about)"
     r" (?:not|never) (?:wanting to )?(?:wake up|waking up|being alive|living|existing|being here)"
     r"(?![a-z])"), "NAP", None, "sentence",
     r"(?:school|early|work|class|morning|alarm|monday|shift)"),
    ("wouldnt_mind_dying", "ideation", C,
     (r"if (?:i|he|she|they) (?:got|get|gets|was|were|did|didnt|never) (?:hit|run over|killed"
     r"|wake up|woke up|die|died) (?:\w+ ){0,5}(?:i|he|she|they|it) (?:wouldnt|would not|wont"
     r"|will not|doesnt|dont) (?:even )?(?:mind|care|matter)(?![a-z])"
     r"|(?:wouldnt|would not) (?:even )?(?:mind|care) if (?:i|he|she|they) (?:died|got hit|was hit"
     r"|were hit|didnt wake|never woke|got killed|was killed|were gone)(?![a-z])"), "NP"),
    ("plan_waiting", "plan_means", C,
     (r"(?:has|have|got|made|making|having|with) (?:a |the )?plans? (?:\w+ ){0,6}(?:waiting for"
     r" the right (?:time|moment|day)|just waiting|when the time (?:is right|comes)|wont (?:tell|say)"
     r" (?:me|us|anyone|what))(?![a-z])"), "NP", None, "sentence",
     r"(?:business|college|career|vacation|trip|wedding|party|retire\w*|garden|renovat\w*)"),
    ("asking_heights", "plan_means", C,
     (r"(?:asking|asked|asks|looked up|looking up|looks up|googled|googling|searched|searching"
     r"|wants to know|wanted to know|researching|researched) (?:\w+ ){0,4}(?:the )?(?:tallest"
     r"|highest) (?:building|bridge|point|floor|parking (?:garage|structure)|cliff)(?![a-z])"),
     "NP", None, "sentence",
     r"(?:view|photo\w*|trip|tour|project|homework|sightseeing|architect\w*|visit\w*|hike|hiking)"),
    ("pills_hidden", "plan_means", C,
     (r"(?:dozens|hundreds|a bag|bags|a stash|a pile|piles|a jar|jars|a bunch|a lot|a ton|tons"
     r"|bottles|handfuls|a handful|boxes|a box|a shoebox|a sock) (?:full )?of (?:\w+ )?(?:<DRUG>)"
     r"(?![a-z])"), "NP",
     r"(?:hid|hidden|hiding|stashed|tucked|under (?:his|her|their|the) (?:bed|mattress)"
     r"|in (?:his|her|their) (?:closet|drawer|sock drawer|car|backpack|room|boots?))", "sentence",
     r"(?:pharmacy|prescribed|donat\w*|expired|disposal|take back|recycl\w*)"),
    ("keeps_going_to_the_edge", "plan_means", C,
     (r"(?:keeps|kept|been|has been|started|starts|goes|went) (?:driving|going|walking|going"
     r" back|sitting|standing|parking|hanging out|staring) (?:\w+ ){0,3}(?:to|at|on|by|near"
     r"|over) (?:the|a) (?:bridge|cliffs?|tracks|train tracks|railway|overpass|ledge|edge|dam"
     r"|roof|rooftop)(?![a-z])"), "NP",
     r"(?:for hours|staring|looking down|alone|at night|every (?:day|night)|again and again|sitting)",
     "sentence", r"(?:fishing|train\w* to|photo\w*|painting|sketch\w*|commute|work|job|construction)"),
    ("gone_after_date", "plan_means", C,
     (r"(?:hell|shell|ill|he will|she will|i will|hes going to|shes going to|im going to) be gone"
     r" (?:after|by|before|once) (?:that|then|(?:his|her|my|the|this) \w+)(?![a-z])"), "NP", None,
     "sentence",
     r"(?:trip|vacation|work|deploy\w*|travel\w*|college|school|moving|move|business|conference"
     r"|flight|camp|shift|road|visit|semester|summer job)"),
    ("young_will", "farewell", C,
     (r"(?:wrote|writing|written|made|making|drew up|drawing up|drawn up|updated|updating"
     r"|finished) (?:a|his|her|my|their|out a|out his|out her) (?:will|living will|last will)"
     r"(?![a-z])"), "NP", r"<YOUNG>", "message",
     r"(?:lawyer|attorney|house|mortgage|baby|married|wedding|estate planning|deployment)"),
    ("remember_me", "farewell", C,
     (r"remember (?:me|him|her|them) (?:the way|as|like|how) (?:i|he|she|they) (?:was|were|am"
     r"|is|used to be)(?![a-z])|(?:wants?|wanted) (?:me|us|you|everyone) to remember (?:him|her"
     r"|them|me) (?:as|the way|like)(?![a-z])"), "NP", None, "sentence",
     r"(?:dementia|alzheimer\w*|memory loss|photo\w*|album|funeral|memorial|obituary)"),
    ("rehomed_pet_low", "farewell", C,
     (r"(?:rehomed|rehoming|rehome|rehomes|found a new home for|finding a new home for|gave away"
     r"|giving away|gave up|giving up) (?:his|her|their|my) (?:dog|cat|pets?|puppy|kitten|bird"
     r"|rabbit|hamster|horse|fish)(?![a-z])"), "NP",
     (r"(?:down|low|depressed|sad|withdrawn|not (?:herself|himself)|quiet|hopeless|empty|numb"
     r"|wont say why|wont tell|no reason|doesnt need)"), "message",
     r"(?:allerg\w*|moving|landlord|new baby|apartment|lease|afford|vet|deploy\w*|travel\w*)"),
    ("sharpener_apart", "self_harm", C,
     (r"(?:pencil )?sharpeners? (?:\w+ ){0,2}(?:taken apart|broken apart|apart|missing (?:its|the)"
     r" blades?|with the blades? (?:out|removed|missing))(?![a-z])|(?:took|taken|taking|takes)"
     r" (?:apart )?(?:a |the |her |his )?(?:pencil )?sharpeners? apart(?![a-z])"
     r"|(?:bloody|blood stained|bloodstained|blood soaked) (?:tissues|towels?|sheets|sleeves|socks"
     r"|band ?aids|paper towels|clothes|underwear|shirts?)(?![a-z])"), "NP", None, "sentence",
     r"(?:nosebleed|nose bleed|period|shaving|dentist|gums|nose|skinned|scraped|fell)"),
    ("until_it_bleeds", "self_harm", C,
     (r"(?:until|till|so hard|so much|to the point) (?:that )?(?:\w+ ){0,3}(?:bleeds?|bleeding|bled"
     r"|is raw|are raw|raw|bloody|breaks the skin|broke the skin|leaves? marks|left marks"
     r"|bruises|bruised)(?![a-z])"), "NP",
     (r"(?:snap\w*|scratch\w*|pick\w*|bit|bites|biting|punch\w*|hit|hits|hitting|bang\w*|rub\w*"
     r"|pull\w*|claw\w*|dig\w*|pinch\w*|burn\w*|slap\w*)(?![a-z])"), "sentence",
     r"(?:fell|accident|dog|cat|eczema|rash|itch\w*|mosquito|bug bites?|allerg\w*|acne|hives)"),
    ("took_too_much_down", "overdose", E,
     (r"(?:took|swallowed|had|taken|downed|drank) (?:way )?too (?:much|many)(?: of)?"
     r"(?: (?:something|her|his|their|my|the) \w+| <DRUG>| something)?(?![a-z])"
     r"|(?:swallowed|took|downed|drank|finished) (?:the |all the )?rest of (?:the|her|his|their|my)"
     r" (?:bottle|pack|packet|box|pills|<DRUG>)(?![a-z])"), "NX", r"<DROWSY>", "message"),
    ("jumped_from_height", "attempt", C,
     (r"(?:jumped|leapt|leaped|threw (?:<REFL>)|flung (?:<REFL>)|stepped) (?:off|from|in front of)"
     r" (?:a|the|his|her|their|my|an) (?:\w+ )?(?:bridge|roof|building|overpass|balcony|cliff"
     r"|train|car|bus|truck|parking (?:garage|structure)|window|tower|ledge|subway)(?![a-z])"),
     "NP", None, "sentence",
     r"(?:diving|pool|swim\w*|dare|bungee|base jump\w*|parachut\w*|skydiv\w*|stunt|movie|film"
     r"|game|trampoline|for fun|lake with|into the (?:lake|river|water) (?:for|with))"),
    ("crashed_on_purpose", "attempt", C,
     (r"(?:drove|crashed|swerved|steered|rammed|drive|driving|crashing|wrapped) (?:his|her|their"
     r"|my|the|a) (?:car|truck|motorcycle|bike|van) (?:\w+ ){0,3}(?:into|off) (?:\w+ ){0,3}(?:on"
     r" purpose|deliberately|intentionally|to (?:die|kill <REFL>|end it))(?![a-z])"
     r"|(?:on purpose|deliberately|intentionally) (?:drove|crashed|swerved|steered|rammed)"
     r" (?:\w+ ){0,3}(?:into|off)(?![a-z])"), "NP"),
    ("weapon_to_school", "harm_to_others", C,
     (r"(?:bring|bringing|brings|brought|take|taking|took|carry|carrying|carries|sneak|sneaking)"
     r" (?:a|his|her|their|my|\w+s|the) (?:\w+s )?<WEAPON> (?:to|into) (?:school|class|work|the"
     r" office|church|the party|the mall|the game|campus|the meeting|court)(?![a-z])"), "NP",
     None, "sentence",
     r"(?:culinary|cooking|chef|kitchen|for (?:his|her|a|the) class|allowed|policy|rules|project)"),
    ("put_in_the_ground", "harm_to_others", C,
     (r"(?:<INTENT>|swore|swears|threatened|threatens) (?:to )?(?:put|send) (?:him|her|them|you"
     r"|(?:my|his|her|their|the|that) \w+) (?:in the ground|in a (?:box|body bag|coffin|grave"
     r"|wheelchair)|six feet under|to (?:the )?(?:morgue|grave|hospital))(?![a-z])"), "NP"),
    ("whats_coming_to_them", "harm_to_others", C,
     (r"(?:deserve|deserves|deserved|will get|going to get|gonna get|are going to get|is going to"
     r" get) (?:whats|what is|exactly whats) coming (?:to (?:them|him|her|you))?(?![a-z])"), "NP",
     (r"(?:<GUN>|ammo|ammunition|bullets|knife|knives|weapon\w*|bomb|list|names|pay|revenge|kill"
     r"|hurt|soon|plan\w*|threat\w*)"), "message"),
    ("list_to_hurt", "harm_to_others", C,
     (r"(?:list|names) (?:\w+ ){0,5}(?:he|she|they|i) (?:wants? to|going to|plans? to|will|is going"
     r" to|would like to|is planning to) (?:hurt|kill|shoot|stab|attack|beat up|make pay"
     r"|get back at|punish)(?![a-z])"), "NP"),
    ("sexual_images_minor", "abuse", C,
     (r"(?:sending|sent|sends|asking for|asked for|asks for|requesting|requested|wants|demanding)"
     r" (?:her|him|them|me|my \w+|our \w+)? ?(?:naked|nude|sexual|explicit|inappropriate|dirty"
     r"|private) (?:pictures|pics|photos|images|videos|selfies|messages|texts)(?![a-z])"
     r"|(?:sending|sent|sends|asking for|asked for|asks for) (?:her|him|them|me|my \w+)? ?nudes"
     r"(?![a-z])"), "NP",
     (r"(?:daughter|son|kid|child|student|teen\w*|minor|girl|boy|grandkid|niece|nephew|(?:1[0-7]|[5-9])"
     r"(?: years? old| yo)?|coach|teacher|tutor|pastor|youth|uncle|stepdad|stepfather)(?![a-z])"),
     "message"),
    ("insulin_given_up", "unable_to_care", C,
     (r"(?:stopped|stopping|refus\w* (?:to take )?|not taking|isnt taking|wont take|quit|quitting"
     r"|skipping|given up|gave up) (?:taking )?(?:his|her|their|my) insulin(?![a-z])"), "NP",
     (r"(?:depress\w*|isnt eating|not eating|stopped eating|doesnt care|dont care|gave up|given up"
     r"|giving up|hopeless|wont eat|no point|wants to die|ready to go)"), "message"),
    ("fainting_weight_loss", "unable_to_care", C,
     (r"(?:faints|fainted|fainting|passes out|passed out|blacks out|blacked out|collapsed"
     r"|collapses)(?![a-z])"), "NP",
     (r"(?:lost so much weight|weight loss|skin and bones|not eating|stopped eating|barely eats"
     r"|hardly eats|starving|hair is falling out|hair falling out|wasting away|refuses food"
     r"|wont eat)"), "message"),
    ("ready_to_check_out", "ideation", C,
     (r"(?:ready|wants?|wanted|going|planning|about|time) to check out(?= ?(?:\.|,|!|\?|\"|and |but"
     r" |$|for good|soon|early|permanently|tonight|already|now))"), "NP", None,
     "sentence",
     (r"(?:store|cart|hotel|library|register|groceries|shopping|online|order|book\w*|motel"
     r"|airbnb|hospital|rehab|program|new|place|show|movie|restaurant|bar|cafe|website|app)")),
    ("praying_to_die", "ideation", C,
     (r"(?:praying|prays|prayed|pray|asking god|asks god|asked god|begging god|begs god|begged"
     r" god) (?:every night |each night |daily )?(?:to die|for death|to be taken|to take (?:him|her"
     r"|me|them)|to not wake up|not to wake up|that (?:he|she|i|they) (?:dies|die|wont wake up"
     r"|doesnt wake up|doesnt wake|wont wake))(?![a-z])"), "NP"),
    ("spanish_better_without", "hopelessness", C,
     (r"(?:estan|estarian|estariamos|somos|seriamos|estamos|vivirian|viviriamos|seria) mejor(?:es)?"
     r" sin (?:el|ella|mi)(?![a-z])|no (?:sirvo|sirve) para nada(?![a-z])|soy una carga"
     r"|es una carga(?![a-z])"), "NP"),
    ("nothing_left_here", "hopelessness", C,
     (r"nothing (?:left )?for (?:me|him|her|them) (?:here|anymore|in this world|in this life"
     r"|on this earth)(?![a-z])"), "NP", None, "sentence",
     r"(?:job|town|city|work|career|school|college|move|moving|jobs|this (?:town|city|area))"),
    ("picked_place_and_time", "plan_means", C,
     (r"(?:picked|chose|chosen|decided on|settled on) (?:out )?(?:the|a) (?:bridge"
     r"|method|way|building|spot|place|location|rope|gun|overpass|cliff)(?![a-z])"), "NP",
     r"(?:day|date|time|when|night|weekend|tonight|tomorrow)(?![a-z])", "sentence",
     (r"(?:wedding|party|venue|restaurant|vacation|trip|meeting|reunion|picnic|photos?|ceremony"
     r"|birthday|date night|camp\w*|hike|hiking|dinner|lunch|shoot)")),
    ("make_them_pay", "harm_to_others", C,
     (r"(?:make|makes|making) (?:him|her|them|everyone|(?:my|his|her|their|the|that) \w+) pay"
     r"(?! (?:for (?:the|his|her|dinner|it|rent)|child|rent|back|his|her|their|the)(?![a-z]))"
     r"(?![a-z])"), "NP",
     (r"(?:follow\w*|stalk\w*|watching|tracking|knows where|<WEAPON>|threat\w*|revenge|hurt|kill"
     r"|ammo|list)(?![a-z])"), "message"),
    ("exorcise_person", "psychosis_danger", C,
     (r"(?:get|getting|gets|drive|driving|cast|casting|beat|beating|burn|burning|cut|cutting"
     r"|force|forcing|starve|starving) (?:it|the (?:devil|demons?|evil|spirit)|them|him|her)"
     r" out of (?:him|her|them|my|his|her|their)(?![a-z])"), "NP",
     r"(?:devil|demons?|evil|possessed|spirit|satan|exorcis\w*)(?![a-z])", "message"),
    ("child_bruises", "abuse", C,
     (r"(?:kids?|children|child|son|daughter|boy|girl|baby|toddler|students?|stepson|stepdaughter"
     r"|grandkids?|nephew|niece)(?: \w+){0,3} (?:always |constantly |often |keeps? |keep showing"
     r" up )?(?:covered in|has|have|with|showing up with|comes? to school with) (?:\w+ ){0,2}"
     r"(?:bruises|welts|burns|black eyes?|a black eye)(?![a-z])"), "NP", None, "sentence",
     (r"(?:soccer|football|hockey|sports|fell|falls|bike|playground|trampoline|climbing|rough ?hous"
     r"\w*|wrestling|leukemia|anemi\w*|clumsy|karate|rugby|skateboard\w*|blood disorder|eczema"
     r"|vaccin\w*|shots?|fenc\w*|judo|boxing|martial|lacrosse|netball|cricket|bouts?)")),
    # ---------------------------------------------------------------- happening now
    ("bulk_or_unknown_ingestion", "overdose", E,
     (r"(?:took|swallowed|drank|chugged|downed|ate|taken|had|popped) (?:\w+ ){0,2}(?:something"
     r"|a (?:whole )?bottle of|the (?:whole )?bottle of|a bunch of|a handful of|handfuls of"
     r"|(?:way )?too (?:many|much)|all (?:of )?(?:her|his|their|my|the)|every|(?:[2-9]\d|\d{3})"
     r" (?:of )?(?:her|his|their|my|the)?)(?![a-z])"), "NX", r"<ACUTE>", "message",
     (r"(?:last (?:week|month|year)|years ago|months ago|weeks ago|as a teen|in (?:19|20)\d\d"
     r"|as prescribed|like the doctor|as directed|doctor (?:said|told|wants|prescribed)|something"
     r" for (?:her|his|the|a|my) \w+)")),
    ("blood_in_the_bath", "attempt", E,
     (r"(?:blood|bleeding) (?:\w+ ){0,2}(?:in the (?:water|tub|bath|bathtub|sink|shower)|all over"
     r" (?:the|her|his|their) (?:floor|bathroom|bed|sheets|room)|everywhere)(?![a-z])"), "NP", None,
     "sentence", (r"(?:nosebleed|nose bleed|nose|period|shaving|dog|cat|paint|ketchup|movie|game"
     r"|match|hurl\w*|rugby|football|soccer|hockey|boxing|strapped|played on|pitch|knuckles|rose"
     r"|thorn\w*|bramble\w*|warfarin|blood thinner\w*|stopped with pressure)")),
    ("found_hanging", "attempt", E,
     (r"(?:is|was|found (?:him|her|them)|hes|shes|theyre|saw (?:him|her|them)) hanging (?:from|in"
     r"|off|by)(?! (?:a|the) (?:wall|thread))(?![a-z])|(?:cut|got|pulled|lifted) (?:him|her|them)"
     r" down(?![a-z])"), "NP", r"(?:hang\w*|rope|belt|cord|noose|neck|closet|door|beam|ceiling)",
     "sentence",
     (r"(?:picture|plant|poster|painting|pictures|curtains|lights|decorations|laundry|out with"
     r"|with friends|monkey bars|upside down|by a thread|on the phone|on to)")),
    ("caught_in_the_act", "attempt", E,
     (r"(?:walked in on|caught|found|stopped|pulled) (?:\w+ ){0,3}(?:trying to|about to|in the"
     r" middle of|attempting to) (?:hang|kill|cut|overdose|jump|shoot|drown|stab|suffocate|end)"
     r"(?![a-z])"), "NP"),
    ("wrists_now", "attempt", E,
     (r"(?:slit|slitting|slashed|slashing|sliced|slicing|cut open|opened) (?:her|his|their|my)"
     r" (?:own )?wrists?(?![a-z])"), "NP", None, "sentence",
     (r"(?:ago|last (?:week|month|year|spring|summer|fall|winter)|yesterday|in (?:19|20)\d\d"
     r"|back in|when (?:she|he|i) was|years|months|weeks|stitches|recovered|survived|scars?"
     r"|(?:on|last|this past) <WEEKDAY>|hospital|discharged|stitched)")),
    ("armed_and_alone", "plan_means", C,
     (r"(?:sitting|sat|alone|locked|parked|standing|waiting|hiding|holed up) (?:\w+ ){0,4}with"
     r" (?:a|his|her|their|my|the) (?:loaded )?(?:<GUN>|rope|noose)(?![a-z])"), "NP", None,
     "sentence",
     r"(?:range|hunting|class|cleaning|safe|store|shop|licen\w*|deer|season|duck|blind)"),
    ("wont_come_down", "plan_means", E,
     (r"(?:wont|will not|refus\w* to|doesnt want to|not) (?:come|get|climb|step) (?:down|off|back"
     r" inside|back in|away from (?:the )?edge)(?![a-z])"), "NP",
     (r"(?:roof|rooftop|ledge|bridge|railing|edge|balcony|tower|cliff|top of|overpass|window"
     r"|crane|parking (?:garage|structure))(?![a-z])"), "sentence",
     r"(?:cat|kitten|tree|ladder|gutters|shingles|repair|fixing|christmas lights|antenna|solar)"),
    ("by_the_time_you_read", "farewell", E,
     (r"by the time (?:you|anyone|u|someone|somebody) (?:read|reads|see|sees|get|gets|find"
     r"|finds) (?:this|it|these|my \w+) (?:\w+ ){0,3}(?:ill|i will|hell|shell|he will|she will"
     r"|im|i am|hes|shes|ill already) (?:already )?(?:be )?(?:gone|dead|not here|no longer here"
     r"|at peace)(?![a-z])"), "NP"),
    ("do_it_tonight", "ideation", C,
     (r"(?:going to|gonna|will|ready to|decided to|planning to|about to|hell|shell|ill) (?:finally )?"
     r"(?:do it|end it|go through with it)(?: \w+)? (?:tonight|today|now|right now|this weekend"
     r"|tomorrow|soon)(?![a-z])"), "NP",
     (r"(?:crying|sobbing|goodbye|hung up|cant (?:go on|take)|done|suicid\w*|die|kill|hopeless"
     r"|pills|<GUN>|rope|bridge|note|letter|worthless|burden|scared|worried|afraid)(?![a-z])"),
     "message",
     r"(?:homework|laundry|dishes|taxes|paperwork|project|essay|chores|workout|surgery|test)"),
    ("saying_goodbye", "farewell", C,
     (r"(?:saying|said|says|posted|posting|streaming|live ?stream\w*|texted|texting|sent|sending)"
     r" (?:\w+ ){0,4}(?:goodbye|goodbyes|final goodbye|last goodbye)(?![a-z])"), "NP",
     (r"(?:everyone|everybody|all of us|us all|forever|for good|final|last goodbye|coming back"
     r"|live|stream\w*|instagram|tiktok|facebook|snapchat|discord|video)(?![a-z])"), "sentence",
     (r"(?:airport|party|graduation|move|moving|trip|vacation|school|camp|visit|flight|station"
     r"|wedding|reunion|deploy\w*|college|semester|funeral|memorial|house|new job|kiss|session"
     r"|therapist|group|retir\w*|program|transfer\w*|movie|film|show|episode|sold|war|class|job"
     r"|work|coworkers|office|team|youtube|followers|channel)")),
    ("weapon_attack_now", "harm_to_others", E,
     (r"(?:chasing|chased|came at|coming at|going after|went after|lunged at|threatening|attacking"
     r"|swinging at|stabbing at|cornered) (?:\w+ ){0,5}with (?:a|the|his|her|their|my) (?:kitchen"
     r" |big |loaded |baseball )?<WEAPON>(?![a-z])"), "NP"),
    ("dangerous_road_psychosis", "psychosis_danger", C,
     (r"(?:on|in|onto|into|walking (?:on|along|down|in|into)|standing (?:on|in)|running (?:on|into"
     r"|across)|directing) (?:the )?(?:highway|freeway|interstate|middle of the road|median"
     r"|traffic|train tracks|railroad tracks)(?![a-z])"), "NP",
     (r"(?:voice\w*|god|jesus|mission|sent (?:him|her|me)|psycho\w*|delusion\w*|manic|paranoi\w*"
     r"|demons?|angels?|chosen|invincible|cant die|signs?|messages?)(?![a-z])"), "message"),
    ("fire_setting", "harm_to_others", E,
     (r"(?:set|setting|sets|lit|lighting|started|starting) (?:a )?fires? (?:to|in|on)(?![a-z])"
     r"|(?:set|setting|sets|lit|lighting) (?:the|her|his|their|my|our) \w+ (?:\w+ )?on fire"
     r"(?![a-z])"), "NP", None, "sentence",
     (r"(?:years ago|last (?:year|month)|when (?:he|she) was|as a kid|campfire|fireplace|bonfire"
     r"|candle|bbq|grill|fire pit|stove|oven|accident\w*|cooking|movie|game)")),
    ("wandered_into_the_cold", "unable_to_care", C,
     (r"(?:walked|wandered|went|ran|got|left) (?:out|off|away|outside)(?: \w+){0,4} (?:in|into)"
     r" (?:the )?(?:snow|cold|freezing|rain|storm|night|dark)(?![a-z])"), "NP",
     (r"(?:dementia|alzheim\w*|confused|psychotic|pajamas|pyjamas|nightgown|barefoot"
     r"|(?:[6-9]\d|1[01]\d) (?:years? old|yo))"),
     "message"),
    # ---------------------------------------------------------------- said outright
    ("threatens_suicide", "ideation", C,
     (r"(?:threaten\w*|threats? of|joked about|jokes about|joking about|jokes? about) (?:\w+ ){0,2}"
     r"(?:suicide|killing (?:<REFL>)|hanging (?:<REFL>)|shooting (?:<REFL>)|jumping off"
     r"|overdosing|ending (?:it|<LIFE>))(?![a-z])"), "NP"),
    ("die_soon_saying", "ideation", C,
     (r"(?:says|said|saying|keeps saying|tells|told|telling) (?:\w+ ){0,2}(?:hes|shes|im|he is|she"
     r" is|i am|they are|theyre) (?:going to|gonna|about to) die soon(?![a-z])"), "NP", None,
     "sentence",
     r"(?:cancer|sick|ill|illness|hospice|terminal|diagnos\w*|heart|surgery|old age|dementia)"),
    ("so_they_can_die", "ideation", C,
     r"so (?:that )?(?:he|she|i|they) (?:can|could|will|would|might) (?:just )?(?:die|be dead|not wake up)(?![a-z])",
     "NP"),
    ("wants_to_disappear", "ideation", C,
     (r"(?:want|wants|wanted|wanting|wish|wishes|wished) (?:to )?(?:just )?disappear(?![a-z])"
     r"(?! (?:for (?:a|the) (?:while|bit|weekend|day|week|few)|on (?:a )?(?:vacation|trip)|to"
     r" (?:a|an|the) \w+|into (?:my|his|her|their) (?:room|bed)|under)(?![a-z]))"), "NAP", None,
     "sentence", r"(?:vacation|trip|holiday|beach|island|lol|haha|embarrass\w*|party|class)"),
    ("been_cutting", "self_harm", C,
     (r"(?:has been|have been|hes been|shes been|been|started|keeps|is|was) cutting(?: again)?"
     r" (?:x ?\d+|for (?:\d+|a few|two|three|several|a couple of) (?:days|weeks|months)|since"
     r"|again|every (?:day|night)|at night|in secret|daily)(?![a-z])"), "NP", None, "sentence",
     r"(?:hair|class|school|grass|lawn|carbs|sugar|back on|costs?|corners|wood|paper|fabric|onions)"),
    ("all_better_off", "hopelessness", C,
     (r"(?:everyone|everybody|you all|yall|the family|the world|people|you guys|all of you)"
     r" (?:would|will|d|are going to) be (?:so much |much |way )?better off(?= ?(?:\.|,|!|\?|\"|$))"),
     "NP"),
    # ---------------------------------------------------------------- what a witness sees
    # Behaviour told by a witness: violence under way, marks with a story, a weapon carried to
    # someone, means gathered and hidden, commands from a voice, the body failing, leave-taking.
    ("violence_ongoing", "abuse", C,
     (r"(?:is|s|are|re|keeps|kept|been|started|starts|was|were) (?:\w+ )?(?:beating|hitting"
     r"|punching|kicking|slapping|choking|strangling|battering|smacking|whipping|throwing things"
     r" at|shoving|dragging) (?:up )?(?:<OBJ>|the door (?:in|down)|(?:a|the|his|her|their|my|our)"
     r" (?:little |baby |old |elderly )?(?:kid|kids|child|children|boy|girl|son|daughter|baby"
     r"|wife|husband|mum|mom|mother|dad|father|resident|residents|patient|patients)|mum|mom|mam"
     r"|mama|dad|nan|gran|grandma|grandpa)(?![a-z])"),
     "NP", None, "sentence",
     (r"(?:chess|game|cards|fortnite|race|golf|tennis|at (?:\w+ )?(?:pool|darts|cards)"
     r"|puberty|the gym|the books|the bottle|the sack|pinata|pillow fight|play ?fight\w*"
     r"|wrestl\w*|tickl\w*|boxing|martial|karate|judo|sparring|tantrum|toddler)")),
    ("violence_bare", "abuse", C,
     (r"(?:stepdad|stepfather|dad|father|husband|boyfriend|bf|partner|uncle|brother|mum|mom"
     r"|mother|he|she|hes|shes|got \w+ up against \w+ \w+) (?:is |s |keeps |now )?(?:beating|hitting|punching|kicking|slapping"
     r"|choking|strangling|battering|smacking|shaking) (?:up )?(?:<OBJ>|mum|mom|mam|mama|dad"
     r"|nan|gran|the baby|baby)(?![a-z])(?! up)"), "NP", None, "sentence",
     r"(?:chess|game|cards|ball|puberty|the gym|pinata|play ?fight\w*|wrestl\w*|tickl\w*)"),
    ("spanish_violence", "abuse", C,
     (r"(?:esta|estan|le esta|la esta|lo esta|los esta|me esta|nos esta) (?:golpeando|pegando"
     r"|ahorcando|lastimando|maltratando|pateando|abusando|empujando)(?![a-z])"
     r"|(?:le|la|lo|les|los) (?:pega|pego|golpea|golpeo|empujo|empuja|encierra|encerro|quema"
     r"|quemo|patea|pateo|ahorca|ahorco|maltrata|maltrato|quita el dinero)(?: con (?:el|la|un"
     r"|una) \w+| contra| delante| cuando| a (?:mi|su|la|el))(?![a-z])"), "NP", None, "sentence",
     r"(?:camisa|color|ropa|estilo|musica|cancion|pelota|balon)"),
    ("neck_grab", "abuse", C,
     (r"(?:hands?|fingers) (?:round|around|on) (?:my|her|his|their) (?:neck|throat)(?![a-z])"
     r"|(?:grabbed|grabs|grabbing|had|held|holds|squeez\w*|pinned) (?:\w+ ){0,4}by (?:the|my|her"
     r"|his|their) (?:throat|neck)(?![a-z])|(?:marks|bruises|bruising|red marks) (?:on|around"
     r"|round) (?:my|her|his|their) (?:neck|throat)(?![a-z])"), "NP"),
    ("suspicious_marks", "abuse", C,
     (r"(?:look|looks|looked|looking) like (?:finger ?marks|finger ?prints|cigarette burns|bite"
     r" marks|hand ?prints|a hand|belt marks|someone (?:grabbed|hit|choked|squeezed|slapped"
     r"|punched|bit) (?:her|him|them))(?![a-z])|(?:cigarette|cig) burns(?![a-z])"
     r"|(?:black eye|split lip|bruis\w*|marks|burns|welts|fractures?|broken (?:arm|wrist|ribs?"
     r"|nose)|moretones) (?:\S+ ){0,10}?(?:said|says|claims|claimed|told (?:me|us)|insists|dice"
     r"|dijo) (?:\S+ ){0,3}?(?:fell|a fall"
     r"|walked into|a door|a cupboard|the door|the heater|clumsy|an accident|bumped|se cayo"
     r"|from (?:a|the) (?:door|cupboard|stairs))(?![a-z])"
     r"|(?:black eye|bruis\w*|marks) (?:\w+ ){0,4}(?:hiding|hides|hid|covering|covers|covered)"
     r" (?:it |them )?with (?:makeup|concealer|foundation|scarves|a scarf)(?![a-z])"), "NP", None,
     "sentence",
     (r"(?:football|soccer|rugby|hockey|sport\w*|bike|skat\w*|trampoline|playground|practice"
     r"|match|climbing|gym|blood thinners?|warfarin|anemi\w*)")),
    ("grooming", "abuse", C,
     (r"(?:asked|asking|asks|wants|pressur\w*|begging|begs|tells|told|getting) (?:him|her|them"
     r"|my \w+) (?:to )?(?:send|for|to send) (?:him |her )?(?:pics|pictures|photos|nudes|naked"
     r" \w+|videos|selfies|images)(?![a-z])|(?:send|sends|sending|sent) (?:him|her|them)"
     r" (?:money|gifts|presents|vouchers|gift cards)(?: \w+){0,6} (?:meet|meet up|pics|photos"
     r"|secret)(?![a-z])|(?:man|guy|woman|adult|stranger) (?:in (?:his|her) (?:20s|30s|40s|50s"
     r"|twenties|thirties|forties|fifties)|online|(?:he|she) met online)(?: \w+){0,8}"
     r" (?:send\w*|pics|photos|meet|gifts|money)(?![a-z])"), "NP",
     (r"(?:1[0-7]|[5-9]|teen\w*|minor|child|kid|son|daughter|school|grade|year \d)"), "message"),
    ("punishment_abuse", "abuse", C,
     (r"(?:lock\w*|shut\w*|tie\w*|tied|keep\w*|kept|makes?|made) (?:\S+ ){0,5}(?:in|to) (?:the|a)"
     r" (?:basement|cellar|shed|closet|cupboard|attic|garage|chair|dog crate|cage)(?: \S+){0,5}"
     r" (?:as (?:a )?punishment|for hours|for days|all night|overnight|without food)(?![a-z])"
     r"|(?:withhold\w*|withheld|denies|denied|refuses|refused|takes away|took away) (?:\w+ )?"
     r"(?:meals|food|water|medication|meds|insulin) (?:as (?:a )?punishment|to punish)(?![a-z])"
     r"|as (?:a )?punishment (?:\w+ ){0,3}(?:locked|lock|tied|hit|hits|beat|burn\w*|starv\w*)"
     r"|tied to a chair|thats what happens (?:to me )?when (?:i|you) (?:wet|cry|spill|tell|talk"
     r"|am bad|misbehave)|makes? (?:me|her|him|them) (?:kneel|sleep in the shed|sleep outside"
     r"|sleep on the floor)(?![a-z])"), "NP"),
    ("throws_at", "abuse", C,
     (r"(?:throws|threw|throwing|hurls|hurled) (?:things|stuff|objects|plates|mugs|glasses"
     r"|bottles|knives|furniture|chairs|a chair|a mug|a plate|a bottle|a glass|boiling water|hot"
     r" water|a knife|a lamp) at (?:him|her|me|us|them|the (?:kids|child|baby|children)|(?:his"
     r"|her|their|my|our) (?:\w+ )?(?:kids|child|baby|son|daughter|wife|husband|\d+ ?yo|mum|mom"
     r"|dad))(?![a-z])"), "NP"),
    ("armed_pursuit", "harm_to_others", C,
     (r"(?:going at|went at|goes at) <OBJ> (?:\w+ ){0,3}with (?:a|an|the|his|her) (?:\w+ )?<WEAPON2>"
     r"(?![a-z])|(?:chasing|chased|chases|going after|went after|goes after|came at|coming at|comes at"
     r"|went for|going for|lunged at|threatening|threatened|threatens|swinging|swung|waving"
     r"|brandishing) (?:<OBJ> |it |them |people |everyone )?(?:\w+ ){0,4}(?:with|around) (?:a|an"
     r"|the|his|her|their|my|un|una|el|la) (?:\w+ )?<WEAPON2>(?![a-z])"
     r"|(?:outside|at|in front of|waiting (?:outside|at|for)|round at) (?:(?:my|his|her|their|our"
     r"|the) )?(?:\w+ ){0,2}(?:house|home|door|flat|apartment|work|office|school|place|car|gate)"
     r" (?:\w+ ){0,3}with (?:a|an|the|his|her) (?:\w+ )?<WEAPON2>(?![a-z])"
     r"|(?:heading|going|driving|walking|on (?:my|his|her) way) (?:to|round to|over to) (?:his|her"
     r"|their|the) (?:\w+ ){0,2}(?:house|place|flat|door|work)(?: \S+){0,4} (?:brought|bringing|with"
     r"|got) (?:the|a|his|my) (?:\w+ )?<WEAPON2>(?![a-z])"
     r"|(?:at|outside) (?:her|his|their|my|the|our) (?:\w+ )?(?:door|house|flat|place|work|gate)"
     r" (?:\w+ ){0,2}with (?:a|an|the|his|her) (?:\w+ )?<WEAPON2>(?![a-z])"
     r"|(?:loaded|loading|grabbed|took|got) (?:\w+ ){0,2}<GUN> (?:\w+ ){0,6}(?:going|heading"
     r"|walking|went|go) (?:next door|over there|round|to (?:his|her|their|the) (?:\w+ )?(?:house"
     r"|place|door))(?![a-z])"
     r"|(?:in|out in|at|on) the (?:garden|yard|kitchen|street|compound|hallway|driveway|road"
     r"|landing|stairs) with (?:a|an|the|his|her) (?:\w+ )?<WEAPON2>(?: \w+){0,3} (?:screaming"
     r"|shouting|yelling|threatening|saying|swearing|raging|ranting)(?![a-z])"), "NP", None,
     "sentence",
     (r"(?:hunting|range|practice|chopping|firewood|wood|garden\w*|pruning|barbecue|bbq|cooking"
     r"|fishing|game|movie|film|costume|halloween|cosplay|nerf|toy|water ?gun|baseball game)")),
    ("spanish_kill_threat", "harm_to_others", C,
     (r"(?:si|cuando) (?:\S+ ){1,8}(?:lo|la|los|las) (?:mato|matare|voy a matar)(?![a-z])|(?:va|van|voy|iba|vamos) a (?:matar|lastimar|apunalar|balear|disparar|quemar)(?:le|la|lo"
     r"|les|los|las)? (?:a|al)(?![a-z])|(?:ya |you )?sabe donde vive(?![a-z])|de (?:este|esta)"
     r" (?:fin de semana|semana|noche|mes) no pasa(?![a-z])"), "NP", None, "sentence",
     r"(?:si se entera|si (?:ve|sabe)|jaja\w*|broma)"),
    ("bullet_in", "harm_to_others", C,
     (r"(?:put|putting|puts|stick|sticking) (?:a |one |an |the )?(?:bullet|bullets|knife|blade)"
     r" (?:in|into|through|between) (?:whoever|him|her|them|someone|anyone|everyone|that|the"
     r"|his|their)(?![a-z])"), "NP", None, "sentence",
     r"(?:target|deer|rabbit|paper|tin can|the ground|book|movie|film|game|cake|bread|butter)"),
    ("bullet_self", "ideation", C,
     (r"(?:put|putting|puts) (?:a )?(?:bullet|bullets) (?:in|into|through) (?:my|his|her|their)"
     r" (?:own )?(?:head|brain|skull|mouth|heart)(?![a-z])"), "NP"),
    ("smother_threat", "harm_to_others", C,
     (r"(?:pillow|hand|bag|plastic bag|blanket) (?:over|on) (?:his|her|their|the babys|its)"
     r" (?:face|head|mouth|nose)(?![a-z])|(?:put|hold|holding|held|press\w*) (?:a |the )?(?:pillow"
     r"|blanket|plastic bag) (?:over|on) (?:him|her|them|the baby|my baby|the kid)(?![a-z])"
     r"|(?:smother\w*|suffocat\w*|drown\w*) (?:baby|the baby|my baby|her baby|his baby|the kid"
     r"|the"
     r" child|him|her)(?![a-z])"), "NP",
     (r"(?:think\w*|thought|going to|gonna|will|want\w*|urge\w*|tempted|imagin\w*|pictures?"
     r"|images?|easy it would be|if (?:he|she|it) doesnt stop|threat\w*|said|says|keeps|scared)"),
     "sentence", r"(?:safe sleep|sids|swaddl\w*|video|movie|class|training)"),
    ("intrusive_harm", "harm_to_others", C,
     (r"(?:thoughts|pictures|images|visions|urges|fantas\w*|dreams?|thinking) (?:in (?:her|his|my)"
     r" head )?(?:of|about) (?:dropping|hurting|drowning|smothering|stabbing|shaking|harming"
     r"|throwing|killing|pushing|strangling|poisoning|suffocating) (?:him|her|them|baby|the baby|my"
     r" baby|our baby|the kids|my \w+|his \w+|her \w+|their \w+)(?![a-z])"), "NAP"),
    ("animal_cruelty", "harm_to_others", C,
     (r"(?:hurting|torturing|tortured|tortures|strangl\w*|drown\w*|stabbed|stabbing|burning"
     r"|burned|burnt|held|holding) (?:the |our |his |her |a |my |their )(?:family |\w+s )?(?:cat"
     r"|dog"
     r"|kitten|puppy|pets?|hamster|rabbit|bird|guinea pig)(?![a-z])"), "NXP",
     (r"(?:on purpose|deliberately|under (?:the )?water|underwater|laugh\w*|enjoy\w*|for fun"
     r"|again|keeps|has been|been|started|same to|next|do the same)"), "message",
     (r"(?:vet|accident\w*|ran over|run over|by mistake|sick|illness|put down|put to sleep"
     r"|euthan\w*|old age|bath time|brush\w*|groom\w*|cuddl\w*)")),
    ("violent_fantasy", "harm_to_others", C,
     (r"(?:draw\w*|drew|dream\w*|fantasi\w*|talk\w* about|imagin\w*) (?:about )?(?:himself"
     r" |herself |themselves |of )?(?:stabbing|shooting|killing|hurting|strangling|burning|driving"
     r" into|running over|pushing|blowing up) (?:<OBJ>|(?:his|her|their|the) (?:teacher|teachers"
     r"|classmates?|sister|brother|mum|mom|dad|baby|kids|class|school|principal|coach)|people"
     r"|kids)(?![a-z])"), "NAP",
     (r"(?:for real|real life|wants to|going to|will|plan\w*|route|time|specific|described|knows"
     r" where|list|names)"), "message"),
    ("threat_finish", "harm_to_others", C,
     (r"(?:going to|gonna|will|is going to|hes going to|shes going to|hell|shell|ill|theyll"
     r"|swore (?:he|she)d"
     r"|says (?:he|she)ll) (?:\w+ )?(?:pay|finish (?:it|him|her|them|the job)|do (?:the lot of"
     r" us|us all|them all|him|her) in|do the lot of us|take (?:them|him|her|us) (?:all )?(?:out"
     r"|with (?:him|her|me))|take (?:them|us) all with (?:him|her|me)|glass (?:him|her|the \w+"
     r"|that \w+)|cut (?:me|her|him|them|you)|sort (?:him|her|them) out for good|get (?:him|her"
     r"|them) (?:first|before))(?![a-z])"
     r"|(?:tonight|today|tomorrow) (?:i|he|she|ill|hell|shell) (?:will )?finish (?:it|this)"
     r" (?:with|for) (?:him|her|them)(?![a-z])"
     r"|(?:going|went|heading|drove|gone) (?:\w+ ){0,5}to (?:finish (?:it|him|her|them)|sort"
     r" (?:him|her|them) out|teach (?:him|her|them) a lesson)(?![a-z])"), "NP", None,
     "sentence",
     (r"(?:bill|bills|rent|fee|fees|fine|invoice|price|tab|taxes|pay (?:for|back|off|up|it|me"
     r"|us|you)|debt|puzzle|project|homework|essay|hair|grass|lawn|paint|game|level|book|series"
     r"|show|race|course|paper|cake|bread|tag|onions|in (?:the|a) queue)")),
    ("veiled_threat", "harm_to_others", C,
     (r"(?:(?:she|he|they|you)(?:ll| will) (?:find out|see|learn) what happens (?:when|if)"
     r"|(?:shes|hes|theyre|youre|is|are) next if)(?![a-z])|(?:knows|found out|worked out|figured"
     r" out) (?:where (?:she|he|they) (?:lives|drinks|works|goes)|(?:her|his|their) (?:new )?"
     r"(?:address|shift pattern|shifts|schedule|route)|where (?:she|he|they) (?:parks|sleeps)"
     r"|when (?:she|he|they) (?:leaves|finishes"
     r"|gets off))(?![a-z])"), "NP",
     (r"(?:ex|exes|ex partner|ex wife|ex husband|ex girlfriend|ex boyfriend|boss|manager|fella"
     r"|revenge|threat\w*|parking outside|hurt|pay|kill|glass|sacked|fired|what happens|assault"
     r"|violence|gbh|snitch\w*|grudge)"), "message"),
    ("push_down_stairs", "harm_to_others", C,
     (r"(?:push|pushing|pushed|throw|throwing|drop|dropping) (?:<OBJ>|(?:his|her|my|the) (?:baby "
     r"|little |younger )?(?:sister|brother|baby|son|daughter|mum|mom|dad|nan|gran)) (?:down|off"
     r"|out) (?:of )?(?:the|a) (?:stairs|balcony|window|cliff|bridge)(?![a-z])"), "NXP"),
    ("threat_disclosed", "harm_to_others", C,
     (r"(?:duty to warn|tarasoff|duty to protect|(?:made|making|voiced|expressed|verbali[sz]ed"
     r"|issued) (?:a |an )?(?:(?:specific|credible|direct|explicit|verbal|clear|serious) )*threats?"
     r" (?:against|toward|towards|to (?:kill|harm|hurt))|(?:hi|homicidal ideation) (?:with|w)"
     r" (?:a )?(?:plan|intent|target|named))(?![a-z])"), "NAP"),
    ("hit_list_marks", "harm_to_others", C,
     (r"(?:list|names) (?:\S+ ){0,12}(?:crossed out|crossed off|ticked off|deserves? it)(?![a-z])"
     r"|people who deserve it(?![a-z])|(?:how to make|making) (?:a |pipe )?(?:pipe )?bombs?(?![a-z])"
     r"|(?:into|obsessed with|watching|watches|researching) (?:\w+ ){0,3}(?:school shoot\w*|mass"
     r" shoot\w*|columbine|shooters)(?![a-z])"), "NAP"),
    ("seeking_weapon", "plan_means", C,
     (r"(?:how to |how (?:do|can) (?:you|i) |where to |where (?:can|do) (?:you|i) |ways to )(?:get"
     r"|buy|obtain|make|build) (?:a |an |some )?(?:<GUN>|bomb|pipe bomb|explosives?|poison"
     r"|cyanide|ghost gun)(?! licen| permit| safe| lock| class| course| test)(?![a-z])"), "NP",
     r"(?:search\w*|looked up|looking up|googl\w*|asked|asking|asks|history|wants to know|found)",
     "sentence", r"(?:legally|hunting|range|permit|for work|safety course|class|ranch|farm)"),
    ("command_source", "psychosis_danger", C,
     (r"(?:voices?|voces|the voice|a voice|god|dios|the devil|el diablo|devil|satan|jesus|angels"
     r"|the angels|spirits?|the (?:tv|telly|television|radio|signal|microwave)|la (?:tele"
     r"|television|radio)|someone who isnt there|avh|ah) (?:\w+ ){0,2}(?:told|tells|telling|tell"
     r"|command\w*|order\w*|orden\w*|want|wants|wanted|asked|asking|asks|said|says|saying|dicen"
     r"|dice|dijo|pidio|pide|mandan|manda|instruct\w*|calling|will (?:show|catch|protect|save"
     r"|carry))(?: (?:to|that))?"
     r" (?:him|her|me|them|le|les|que|you)(?![a-z])|(?:voces|dios|el diablo|la (?:tele|television"
     r"|radio)) (?:le|les|me|lo|la) (?:dicen|dice|dijo|pidio|pide|ordena|ordenan|ordeno|manda"
     r"|mandan)(?![a-z])"), "NP",
     (r"(?:fly|jump|kill|hurt|harm|burn|fire|fuego|sacrific\w*|stab|cut|drown|walk into|walk out"
     r"|drive|step (?:off|out|into)|steps off|sea|ocean|river|lake|traffic|train|tracks|stop"
     r" (?:eating|drinking water|taking (?:his|her|their) (?:insulin|meds|medication|tablets))"
     r"|not (?:eat|drink)|starve|punish|cleans\w*|purif\w*|pure|demons?|evil|the (?:kids|baby"
     r"|children) (?:are|is)|poison\w*|die|dead|weapon|knife|gun|matar|lastimar|quemar|demonios"
     r"|saltar|limpiar|sacar\w*|ojos|eyes|pliers|teeth|when to act|the chip|dig|insulin"
     r"|cuchillo|machete|catch (?:him|her)|not eating|by not|temple|window)"), "sentence",
     (r"(?:game|movie|film|tv show|a show|the show|book|novel|podcast|character|song|lyrics"
     r"|forgive|stop drinking"
     r"|quit drinking|sober|lent|ramadan|fast(?:ing)? for|church|pray)")),
    ("delusion_danger_act", "psychosis_danger", C,
     (r"(?:<WEAPON2>|lighter fluid|petrol|gasoline|gas can|lighter|set fire|burn (?:the|it|him"
     r"|her|them|down)|pliers|scalpel|stanley knife|box cutter|freezing water|ice ?cold water"
     r"|the (?:motorway|highway|freeway|hard shoulder)|ran (?:\w+ )?(?:red lights|reds)|on the roof"
     r"|waist deep|walk into the (?:sea|ocean|river|lake|water)|to the river|to the sea"
     r"|(?:stop|stopped|stopping) (?:eating|drinking|her insulin|his insulin)|block (?:the )?(?:boiler"
     r" )?flue|foil over (?:every|the|all the) vents?|get (?:it|him|her|them) out (?:of (?:her|him)"
     r" )?before|roof terrace|rooftop|pull(?:ing)?"
     r" (?:them|her teeth|his teeth) out|gas cooker|gas pipe|taped over (?:all )?the (?:vents"
     r"|windows)|dig (?:\w+ ){0,3}out|cut (?:it|them) out|staring at (?:him|her|them) (?:\w+ ){0,3}"
     r"with|deal with (?:it|him|her|them) before|get (?:him|her|them) before|(?:wont|isnt|not"
     r"|refuses to) feed(?:ing)? (?:him|her|the baby)|sent back|went at (?:them|him|her) with"
     r"|fuego|quemad\w*|(?:has to|have to|must|needs to|tiene que) (?:kill|destroy|burn|sacrifice"
     r"|limpiar|matar|quemar)|pull(?:ing)? out (?:his|her|their) (?:own )?teeth|to sacrifice"
     r"|sacrific\w* (?:something|someone|the baby|the child|him|her)|driving (?:super |really |very"
     r" )?fast|speeding|martillo)(?![a-z])"), "NAP",
     (r"(?:paranoi\w*|delusion\w*|psychotic|psychosis|hallucinat\w*|voices|voces|avh|schizo\w*"
     r"|lewy|little people|seeing things|someone who isnt there|been chosen|(?:the )?(?:evil|demons?"
     r"|devil) (?:out|inside|in (?:him|her|them|the house|the baby))|(?:are|is) (?:a )?(?:demons?"
     r"|the devil|possessed)|(?:dice|cree|piensa) que (?:los|las|el|la|le|su) (?:\w+ ){0,4}(?:mandan"
     r"|vigila\w*|persigu\w*|espia\w*|envenen\w*|microondas)|el diablo (?:esta )?dentro|put a chip"
     r"|chip in (?:my|his|her)|can hear them through|duppy|seh|transmitter|cameras? in the walls"
     r"|venenos\w*|(?:thinks|believes|convinced|insists"
     r"|sure|reckons"
     r"|says|saying|claims|cree|dice)(?: that| que)? (?:\S+ ){0,7}(?:poison\w*"
     r"|envenenad\w*|following|watching|spying|spies|demons?|devils?|evil|chosen|bugged"
     r"|tracker\w*|chips?|replaced|robot|imposter|swapped|mi5|cia|fbi|government|signals?"
     r"|reads? (?:her|his) thoughts|brujeria|pumping gas|through the walls|out to get|after (?:him"
     r"|her)|can fly|cant touch|invincible)|(?:mi5|cia|fbi) (?:are|is) (?:coming|after"
     r"|watching))"), "message",
     (r"(?:remitted|in remission|training scenario|scenario for|handbook|vignette|video game"
     r"|horror game|movie|film|cooking (?:again|dinner|for)|chopp\w*|curry|onions|stable on"
     r"|proud of (?:him|her)|renovat\w*|tiles|diy|like a man possessed)")),
    ("exposure_vulnerable", "unable_to_care", C,
     (r"(?:sleeping (?:rough|outside|out|in (?:the|a|his|her) (?:park|car|street|doorway|tent))"
     r"|slept (?:rough|outside|out)|sleeps (?:rough|outside)|in (?:her|his|their|just|only) (?:a )?"
     r"(?:nightie|nightgown|nightdress|pyjamas|pajamas|pjs|slippers|underwear|dressing gown"
     r"|bathrobe|t shirt|tshirt|shorts|nappy|diaper|socks)|barefoot|no (?:coat|shoes|jacket"
     r"|socks)|without (?:a |her |his )?(?:coat|shoes|jacket)|out in the (?:yard|garden|street"
     r"|snow|cold)|(?:walked|wandered|went|got|slipped) out|se salio|solo lleva (?:una camisa"
     r"|pijama)|en pijama|descalz[oa]|living in (?:his|her|their|a) car"
     r"|windows up|on the balcony|outside for hours)(?![a-z])"), "NP",
     r"<COLDHEAT>", "message",
     (r"(?:camping|ski\w*|sledg\w*|snowball|snowman|holiday|vacation|festival|sauna|beach"
     r"|pool|for fun|to play|shovel\w*|clear\w* the|grit\w*|walk\w* the dog|bins|get the"
     r" (?:mail|post|paper)|stubborn)")),
    ("gone_confused", "unable_to_care", C,
     (r"(?:walked out|wandered off|wandered out|went missing|has gone missing|gone missing|got"
     r" out again|took the car|drove off|left the house|slipped out|se salio de la casa)(?![a-z])"),
     "NP",
     (r"(?:dementia|alzheimer\w*|confus\w*|memory loss|lewy|doesnt know where|no idea where"
     r"|(?:[7-9]\d|1[01]\d) ?(?:yo|years? old))"), "message",
     r"(?:years ago|used to|before (?:she|he) was diagnosed|care home now|settled)"),
    ("vital_meds_stopped", "unable_to_care", C,
     (r"(?:stopped|stopping|quit|refus\w*|not taking|isnt taking|wont take|no se pone|dejo"
     r"|skipping|given up|gave up|not had any|hasnt had (?:any|her|his)|hasnt taken (?:any|her"
     r"|his)|binned|flushed) (?:\w+ ){0,2}(?:insulin|insulina|dialysis|dialisis|heart (?:meds"
     r"|medication|tablets|pills)|seizure (?:meds|medication|tablets)|epilepsy (?:meds"
     r"|medication|tablets)|transplant (?:meds|medication)|anti ?rejection \w+)(?![a-z])"), "NP",
     None, "sentence",
     (r"(?:(?:doctor|gp|surgeon|cardiologist|consultant|nurse|team|hospital|specialist)"
     r" (?:\w+ ){0,3}(?:stopped|said|told|advised|switched|took (?:him|her) off)|before"
     r" (?:the |her |his )?(?:surgery|procedure|operation)|switched|changed to|pump|instead)")),
    ("no_food_water", "unable_to_care", C,
     (r"(?:lleva|llevan|tiene|hace) (?:\w+ ){0,2}(?:dias|semanas|una semana) (?:sin (?:comer"
     r"|tomar agua|beber|tomar nada)|tomando solo agua)|sin (?:comer|tomar agua|beber)"
     r" (?:hace|desde hace|por) (?:\w+ )?(?:dias|semanas)|(?:dejo|ha dejado) de comer"
     r"|(?:had|eaten|drunk|drinking|drinks|eating) (?:nothing but|only) (?:water|one \w+ of \w+"
     r"|from the (?:bathroom )?tap|dry cereal)(?: \w+){0,5} (?:for|in) (?:a week|days|weeks|\d+"
     r" days)|(?:drinks|drinking) only from the (?:bathroom )?tap|refus\w* (?:\w+ ){0,3}(?:and|&)"
     r" (?:her |his |all )?(?:food|meals|fluids)|refus\w* (?:all )?(?:food and water|food and"
     r" drink|fluids|to eat or drink)|(?:stopped|stops|refuses|refusing|refused) eating(?="
     r" (?:\.|,|!|and|because|cos|since|hides|says|$))"), "NP",
     (r"(?:dias|semana|flaco|confundid\w*|no come|lost \d+ ?(?:kg|kilos|pounds|lbs|stone)"
     r"|hides (?:his|her) food|thin|skin and bone|bmi|faint\w*|confused|weak|dehydrat\w*|no food"
     r"|days|week|weeks|poison\w*|tap|dementia|refus\w*)"), "message",
     r"(?:meat|sugar|gluten|dairy|carbs|junk|diet|ramadan|lent|fasting|vegan|vegetarian)"),
    ("body_failing", "unable_to_care", C,
     (r"(?:toe|toes|foot|feet|leg|legs|wound|finger|fingers) (?:has |have |is |are )?(?:gone"
     r"|turned|going|turning) (?:black|green)(?![a-z])|gangren\w*|(?:bmi|b m i) (?:of |around"
     r" |about |is |at |under |below |estimated at )*(?:1[0-5]|[0-9])(?![0-9])"
     r"|(?:fainted|collapsed|passed out) (?:\w+ ){0,2}(?:twice|three times|again|several"
     r" times|\d+ times)(?![a-z])|skin and bones?(?![a-z])|(?:sat|sitting|been|lying|lain|laid)"
     r" in (?:her|his|their) own (?:wee|urine|pee|poo|faeces|feces|mess|waste|filth)(?![a-z])"
     r"|living in (?:her|his|their) own (?:filth|mess|waste)(?![a-z])|(?:hasnt|has not|not|wont"
     r"|cant) (?:got|gotten|get|been) (?:up )?(?:out of|off) (?:the|her|his|their) (?:chair|bed"
     r"|floor|sofa|couch) (?:for|in|since) (?:\w+ )?(?:days|two days|three days|this morning"
     r"|yesterday)(?![a-z])|(?:on|lying on) the (?:\w+ )?floor (?:since|for) (?:this morning"
     r"|last night|yesterday|hours|\d+ hours)(?![a-z])"), "NXP", None, "sentence",
     r"(?:years ago|when (?:he|she) was|diet|gym|goal|proud|yoga|stretch\w*|nap|play\w*)"),
    ("farewell_instructions", "farewell", C,
     (r"(?:look after|cuide (?:a|al)|cuida (?:a|al)|cuidar (?:a|al)) (?:(?:your|my|the|mi|tu|el"
     r"|la|su|our) )?(?:\w+ )?(?:mum|mom|mother|dad|kids|children|sister|brother|dog|cat|perro|gato"
     r"|hermanito|hermanita|mama|papa|hijos|each other)(?: for me| por mi)?(?![a-z])"
     r"|look after each other(?![a-z])"), "NP",
     (r"(?:not (?:answering|picking)|isnt answering|no contesta|wont answer|phone (?:is )?off|dio"
     r"|regalo|paid off|debts"
     r"|location (?:is )?off|voicemail|goodbye|despid\w*|bye|sorry|perdon\w*|love (?:you|them)"
     r"|quiere mucho|crying|drove off|not home|no esta|last|note|letter|never|hung up|deleted"
     r"|gave|giving|wont you|good run)"), "message",
     (r"(?:holiday|vacation|trip|away for|while (?:im|i am|hes|shes) (?:away|gone|out|at)"
     r"|weekend|conference|hospital for|surgery|deploy\w*|business|babysit\w*)")),
    ("spanish_farewell", "farewell", C,
     (r"(?:despidiendose|se despidio|se esta despidiendo|para despedirse)(?![a-z])"
     r"|adios ?, perdoname|perdoname ?, (?:ya|you) no puedo"
     r"|(?:manana|hoy|pronto) (?:ya |you )?no (?:va|voy) a estar(?![a-z])|(?:ya |you )?no (?:va"
     r"|voy) a estar (?:aqui|mas|para)(?![a-z])|que (?:la|lo|me) perdone(?: por todo)?(?![a-z])"
     r"|(?:deje|dejo|dejado) todo arreglado(?![a-z])|perdoname por todo|diles que (?:los|las)"
     r" (?:quise|quiero)|(?:left|leaving) the (?:\w+ )?door unlocked for (?:me|you|us)(?![a-z])|(?:cartas?|una carta) para cada uno"
     r"(?![a-z])"), "NP", None, "sentence",
     r"(?:se va a vivir|se muda|mudanza|fiesta|viaje|trabajo|vacaciones|aeropuerto|vuelo)"),
    ("last_day", "farewell", C,
     (r"(?:today|tonight|tomorrow) (?:is|will be|was) (?:my|his|her|their) last (?:day|night)"
     r"(?! (?:at|of|in|on|with|before|off)(?![a-z]))|(?:my|his|her) last day on (?:earth|this"
     r" earth)(?![a-z])"), "NP", None, "sentence",
     (r"(?:work|job|school|term|holiday|vacation|shift|office|contract|internship|placement|trip"
     r"|camp|uni|college)")),
    ("watching_over", "farewell", C,
     (r"(?:will|ll|always|gonna|going to) (?:always )?(?:be )?watch\w* over (?:you|them|the kids"
     r"|us)(?![a-z])|once (?:im|i am) not (?:your|a) (?:worry|burden|problem) anymore(?![a-z])"
     r"|(?:now|then) my (?:duty|job|work) is (?:over|done|finished)(?![a-z])|dont cry for me(?![a-z])"
     r"|no llores por mi(?![a-z])|so (?:you|youll|you will|you can) manage without me(?![a-z])"),
     "N", None, "sentence", r"(?:grandma|grandpa|angel|heaven|hospice|terminal)"),
    ("instructions_left", "farewell", C,
     (r"(?:told|telling|showed|showing|explained|explain\w*|left|leaving|wrote|written|writes"
     r"|rang \w+ of us to explain) (?:\w+ ){0,4}(?:where (?:the|his|her|my) (?:spare key|key|keys"
     r"|will|cat food|dog food|insurance|papers|documents|passwords|bank details|bank passwords)"
     r"|what to do with (?:the house|his things|her things|my things|the dog|the cat|everything"
     r"|his stuff|her stuff)|instructions for (?:the|everything)|who (?:gets|should get) (?:what"
     r"|his|her|my))(?![a-z])|(?:told|telling|tells) (?:me|us|her|him) (?:that )?(?:the )?(?:spare"
     r" key|key|keys|cat food|dog food|will|passwords|papers|insurance \w+|bank \w+) (?:is|are)"
     r" (?:in|under|on|with|at|behind)(?![a-z])|(?:labels?|stickers|post its|notes) (?:\w+ ){0,4}(?:with the names"
     r" of|of who gets|saying who gets)(?![a-z])|who (?:he|she) should leave the keys with"
     r"(?![a-z])"), "NP",
     (r"(?:after|apologi\w*|sorry|goodbye|gone|without me|never|calm|strange|weird|voicemail|no"
     r" answer|not answering|straight to|unusual|hasnt|wont|refus\w*|out of nowhere|young|only"
     r" \d+|not engaging|no point)"), "message",
     (r"(?:holiday|vacation|trip|travel\w*|surgery|operation|hospital stay|deploy\w*|moving"
     r"|business|house ?sit\w*|pet ?sit\w*|babysit\w*|terminal|hospice|cancer)")),
    ("funeral_planned", "farewell", C,
     (r"(?:prepaid|pre paid|prepay\w*|arranged|planned|planning|booked|sorted|picked|chose)"
     r" (?:out )?(?:his|her|their|my|a|the) (?:own )?(?:funeral|burial|cremation|plot"
     r"|headstone)(?: plan)?(?![a-z])"), "NP",
     (r"(?:only|young|never|out of nowhere|weird|strange|refus\w*|stopped|no point|depress\w*"
     r"|lithium|meds|tablets)"), "message",
     (r"(?:terminal|hospice|cancer|diagnos\w*|[89]\d|old age|retire\w*|insurance (?:salesman"
     r"|agent)|dying|palliative|good health|(?:his|her|their) age|a lot of people)")),
    ("wont_need_item", "farewell", C,
     (r"(?:wont|will not|not going to|isnt going to|wouldnt) be (?:needing|using|wearing)"
     r" (?:\w+ ){0,3}(?:this (?:year|winter|christmas|summer)|anymore|any more|again|where"
     r" (?:im|hes|shes) going)(?![a-z])"), "NP", None, "sentence",
     r"(?:grown|outgrown|too small|too big|new one|moving|warm|hot|climate|florida|spain|abroad)"),
    ("means_stash", "plan_means", C,
     (r"(?:\d+|a dozen|dozens of|twelve|loads of|a load of|a stack of|a pile of|stacks of|piles"
     r" of|heaps of|a heap of|so many|a bag full of|a drawer full of|a box full of|a huge amount"
     r" of|un frasco de|un monton de|muchas) (?:\w+ )?(?:(?:boxes|packs|packets|bottles|strips"
     r"|blister packs|tubs|pens|frascos|cajas) (?:of |de )?)?(?:<DRUG>|panadol|amitriptyline"
     r"|pastillas)(?![a-z])|(?:contadas|guardadas|escondidas) (?:las|sus) (?:pastillas|que ya"
     r" guardo)|las que (?:ya|you) guardo|(?:<DRUG>|panadol|pills|tablets|pastillas) (?:packs |boxes |packets"
     r" |bottles )?(?:\w+ ){0,2}(?:hidden|stashed|hoarded|squirrelled away|tucked away"
     r"|guardad\w*|escondid\w*|in (?:her|his|their) (?:handbag|backpack|mochila|wardrobe|closet"
     r"|sock drawer))(?![a-z])|(?:bought|buying|got|gets|getting) (?:\w+ ){0,3}(?:<DRUG>"
     r"|panadol|sleeping tablets) from (?:\d+|two|three|four|several|different|multiple|various)"
     r" (?:different )?(?:chemists|pharmacies|shops|stores|supermarkets|doctors)(?![a-z])"), "NP",
     (r"(?:hidden|hid|hiding|stash\w*|wardrobe|closet|under (?:his|her|the) bed|drawer|handbag"
     r"|backpack|mochila|escondid\w*|guardad\w*|just in case|weird|secret\w*|why"
     r"|wont let|theyre for|they are for|es para|no le creo|busco|how many|cuantas|enough|grin"
     r"|strange|chemists|pharmacies)"), "message",
     (r"(?:pharmacist|pharmacy tech|work at|stock ?take|first aid kit|expired|dispos\w*"
     r"|dosette|organi[sz]er|empties|empty|turned out)")),
    ("take_all_intent", "plan_means", C,
     (r"(?:<INTENT>|going to|will|gonna) (?:take|swallow|down) (?:them |it |every one of them"
     r" |the lot )?(?:all)(?: (?:of them|at once|together|tonight|at the same time))?(?![a-z])"
     r"|se (?:lo|la|las|los) va a tomar(?![a-z])|(?:tomar|tomarse) (?:el |la |las |todo el"
     r" )?(?:veneno|raticida)(?![a-z])"), "NP",
     r"(?:<DRUG>|pastillas|veneno|raticida|tablets|pills|medicine|meds|packs|boxes|bottles)",
     "message", r"(?:as prescribed|with food|in the morning|every day|daily|vitamins?|course of)"),
    ("poison_bought", "plan_means", C,
     (r"(?:bought|buying|got|has|compro|tiene|consiguio) (?:some |a bottle of |una botella de )?"
     r"(?:rat poison|veneno(?: para ratas)?|raticida|weed ?killer|paraquat|antifreeze|cyanide"
     r"|pesticide)(?![a-z])"), "NP",
     r"(?:drink|take|tomar|tomarse|hoy|tonight|esta noche|dice|said|says|why|weird)", "message",
     (r"(?:(?:rats|mice|ratones|ratas) (?:in|en) (?:the|el|la|our|la casa)|garden\w*|allotment"
     r"|farm|exterminat\w*|pest control)")),
    ("knows_how", "plan_means", C,
     (r"(?:knows?|figured out|worked out|decided|planned) (?:exactly |already )?(?:how|when"
     r"|where) (?:hed|shed|id|theyd|he would|she would|i would|hell|shell|ill|he will|she will"
     r"|i will|hes going to|shes going to|im going to|to) (?:do it|end it|go through with it)"
     r"(?![a-z])|(?:ya |you )?sabe (?:como|cuando|donde) (?:lo )?va a (?:hacer(?:lo)?|ser)"
     r"(?![a-z])|(?:ya |you )?sabe (?:que|lo que) (?:va a )?hacer con (?:ellas|ellos|las"
     r" pastillas|la pistola)(?![a-z])|cuando llegue el momento(?![a-z])"), "NP", None,
     "sentence",
     (r"(?:renovat\w*|kitchen|business|project|wedding|garden\w*|build\w*|proposal|party|exam"
     r"|speech|presentation|trip|recipe)")),
    ("how_many_enough", "plan_means", C,
     (r"(?:knows?|know|looked up|looking up|searched|searching|busco|googled|asked|asking)"
     r" (?:\w+ ){0,3}(?:how many|how much|cuantas|cuantos|cuanto) (?:\w+ ){0,2}(?:it takes|it"
     r" would take|hacen falta|se necesitan|are enough|would be enough|is enough|son suficientes"
     r"|to do it|would do it|to)(?![a-z])|(?:dose|amount|number) (?:\w+ ){0,3}(?:that )?(?:would"
     r"|will) be enough(?![a-z])|(?:done|did) the (?:math|maths)(?![a-z])"), "NP",
     (r"(?:<DRUG>|amitriptyline|insulin|pens|pastillas|tablets|pills|paracetamol|dose|doses)"),
     "message",
     (r"(?:recipe|paint|tiles|flour|cups|loaves|guests|budget|money|savings|pizza|food|bags"
     r"|calories|mortgage|rent)")),
    ("height_research", "plan_means", C,
     (r"(?:which|what) (?:\w+ ){0,2}(?:bridge|building|car park|parking garage|multi storey"
     r"|tower|cliff|block|overpass) (?:\w+ ){0,5}(?:is )?(?:the )?(?:highest|tallest)(?![a-z])"
     r"|(?:tallest|highest) (?:car park|parking garage|bridge|building|multi storey|cliff)"
     r"(?: \w+){0,2} near (?:me|him|her|here)(?![a-z])|(?:looked up|looking up|checked|checking"
     r"|knows) (?:the )?(?:tides?|how deep)(?: \w+){0,6} (?:deepest|pier|bridge|cliffs?)(?![a-z])"
     r"|when (?:its|it is|the tide is) (?:deepest|highest)(?![a-z])"), "NAP", None, "sentence",
     (r"(?:project|homework|school|essay|trivia|quiz|tour|tourist|visit\w*|holiday|vacation"
     r"|sightseeing|photo\w*|view|architecture|engineer\w*|fishing|surf\w*|swim\w*|boat\w*"
     r"|sail\w*|diving|snorkel\w*)")),
    ("edge_looking_down", "plan_means", C,
     (r"(?:stands?|standing|stood|sitting|sits|sat|leaning|leans|leant|leaned|lean|climb\w*)"
     r" (?:\w+ ){0,2}(?:at|on|near|over|right over|off) (?:the )?(?:edge|ledge|railing|rail"
     r"|parapet|wall|drop|side)(?: \w+){0,4} (?:looking|staring|peering|gazing) (?:down|over)"
     r"(?![a-z])|(?:looking|staring|peering|gazing|looked|stared|stares) (?:down|over) (?:at )?"
     r"(?:the )?(?:drop|edge|ledge)(?![a-z])|(?:lean\w*|leant) (?:right )?over(?: the)?"
     r" (?:edge|railing|rail|parapet|wall|side)?(?: \w+){0,3} (?:twice|again|several times|\d+"
     r" times)(?![a-z])|because the (?:wall|railing|fence|barrier) is low(?![a-z])|(?:working"
     r"|building|psyching) (?:himself |herself |myself )?up to it(?![a-z])"), "NAP",
     (r"(?:bridge|roof|car park|multi storey|parking|top level|top floor|cliff|gap|drop|edge"
     r"|ledge|tracks|station|platform|balcony|tower|building|quarry|pier|viaduct)"), "message",
     (r"(?:view|sunset|photo\w*|hik\w*|tour\w*|sightsee\w*|climbing wall|gym|diving board|pool"
     r"|vertigo|afraid of heights|scared of heights|fear of heights)")),
    ("exhaust_seal", "plan_means", C,
     (r"(?:hose|hosepipe|tube) (?:\w+ ){0,4}(?:exhaust|tailpipe)(?![a-z])|(?:exhaust|tailpipe)"
     r" (?:\w+ ){0,3}(?:hose|hosepipe|tube)(?![a-z])|hose(?:pipe)? attached(?![a-z])"
     r"|(?:carbon|charcoal|cinta) (?:\w+ ){0,4}(?:para sellar|to seal|seal the)(?![a-z])"
     r"|sealing (?:the )?(?:car|room|windows|doors) (?:with|and) (?:tape|towels)(?![a-z])"),
     "NP", None, "sentence",
     (r"(?:garden\w*|watering|plants|lawn|pool|car wash|washing the car|mechanic|repair|fix\w*"
     r"|leak\w*|bbq|barbecue|grill|draught|draft|insulat\w*)")),
    ("gun_out_distress", "plan_means", C,
     (r"(?:has|had|got|taken|took|pulled|sitting with|sits with) (?:his|her|their|my|the|a)"
     r" (?:\w+ )?<GUN> (?:out|down)(?![a-z])|<GUN> (?:is |was )?(?:out )?(?:on|in) (?:the|his"
     r"|her) (?:kitchen |bedside )?(?:table|desk|lap|nightstand|drawer)(?![a-z])"), "NP",
     (r"(?:done|says|said|saying|crying|drunk|drinking|wont put|goodbye|over|anymore|no point"
     r"|exit|cant|sorry|end|finished|pointless|burden|tired|told me to|low|for the night)"), "sentence",
     (r"(?:clean\w*|hunting|range|season|gun safe|locked|cabinet|safety|license|licence"
     r"|inherit\w*|sell\w*|sold)")),
    ("means_unexplained", "plan_means", C,
     (r"(?:rope|noose|belt|hose|cable|cord)s? (?:\w+ ){0,3}(?:that )?(?:wasnt|was not|isnt|is not"
     r"|hadnt been|not) (?:there|his|hers|theirs|ours)(?![a-z])|(?:looking|staring|stares"
     r"|looked|stared) up at the (?:beam|beams|rafters|banister|loft hatch|hook)(?![a-z])"
     r"|(?:practi[sc]\w*) (?:tying )?(?:knots|nooses|a noose)(?![a-z])|which (?:beam|branch"
     r"|hook|rafter) (?:\w+ ){0,4}(?:strongest|would hold|hold (?:his|her|my) weight)(?![a-z])"
     r"|(?:rope|noose)(?: \S+){0,14} (?:going|heading|drove|gone|went|walk\w*|drive) (?:\w+ )?"
     r"(?:to|into) the (?:woods|forest|bush|hills|quarry)(?![a-z])"), "NP", None, "sentence",
     (r"(?:boat|sail\w*|scout\w*|climb\w*|camping|tire swing|tyre swing|hammock|swing|tow\w*"
     r"|tent|knitting|macrame|fishing|horse|dog lead|leash|crafts?|allotment (?:is|was) real)")),
    ("asks_means_location", "plan_means", C,
     (r"(?:asked|asking|asks|wants to know|wanted to know|pregunt\w*) (?:\w+ ){0,6}(?:where"
     r" (?:\w+ ){0,3}(?:<GUN>|cartridges|ammo|ammunition|bullets|shells|gun safe key|pills"
     r"|tablets)|(?:if|whether) (?:\w+ ){0,5}(?:<GUN>|cartridges|ammo|bullets|shells) (?:\w+ ){0,4}"
     r"(?:still|work|works|loaded|there))(?![a-z])"), "NP", None, "message",
     (r"(?:hunting|range|season|sell\w*|sold|clay|shooting club|licen[cs]e|insurance|inventory"
     r"|clear\w* out|estate)")),
    ("everything_needed", "plan_means", C,
     (r"(?:i|he|she|they|ive|hes|shes) (?:have|has|got|ve got|s got) everything (?:i|he|she|they)"
     r" needs?(?= ?(?:\.|,|!|$|now|lined up|ready|sorted|in the))|(?:got|have|has) enough (?:\w+ )?"
     r"(?:at home )?(?:for|to do it) tonight|(?:use (?:it|them)|do it) properly this time"
     r"|(?:intends?|going|gonna|plans?) to use (?:it|them) (?:as soon as|when|once|tonight)|(?:solo|only) falta el dia(?![a-z])|one way ticket(?![a-z])"),
     "NP",
     (r"(?:date|picked|plan|day|the \d+(?:st|nd|rd|th)|cliff\w*|bridge|edge|end it|never coming"
     r"|tonight|asleep|blade|rope|loft|pills|paracetamol|gun|knife|bathroom|alone"
     r" back|nobody|listens|no one)"), "message",
     r"(?:trip|holiday|vacation|packing|camping|school|recipe|party|wedding|move|moving|job)"),
    ("spanish_height", "plan_means", C,
     (r"(?:en|desde|arriba de) (?:la|el) (?:azotea|techo|puente|tejado|cornisa|vias del tren|via del"
     r" tren|barandal)(?![a-z])"), "NP",
     r"(?:decidio|no me acerque|aventar|saltar|tirar(?:se)?|(?:ya|you) no aguanta|despid\w*|se va a)",
     "message"),
    ("window_exit", "plan_means", C,
     (r"(?:get out|jump|climb out|go out|step out) (?:\w+ )?(?:through|out of|from) the window"
     r"(?![a-z])"), "NP",
     r"(?:floor|storey|story|high|voices|told me|they told|theyve told|tonight|fly)", "message",
     r"(?:fire|fire drill|smoke|locked out|keys|burglar)"),
    ("spanish_hopeless", "hopelessness", C,
     (r"para que (?:seguir|vivir|intentar|sigo|luchar)(?![a-z])|(?:ya |you )?no (?:tiene|tengo)"
     r" (?:ningun )?futuro(?![a-z])|todo esta perdido(?![a-z])|no (?:tiene|tengo) sentido (?:vivir"
     r"|seguir)(?![a-z])|no vale la pena (?:vivir|seguir)(?![a-z])|(?:ya |you )?no (?:aguanta"
     r"|aguanto) mas(?![a-z])"), "NP"),
    ("never_lift", "hopelessness", C,
     (r"(?:it|this|the (?:darkness|depression|pain|sadness))(?:ll| will| is) never (?:going to )?"
     r"(?:lift|end|get better|go away|improve)(?![a-z])|nothing (?:ahead|left|to look forward to)"
     r" (?:for|of|in) (?:me|him|her|them|life)(?![a-z])|(?:feels|feel|says|said|felt) (?:so )?"
     r"trapped(?: (?:in (?:her|his|my) (?:own )?(?:head|life|mind)|with no way out|forever))?"
     r"(?= ?(?:\.|,|!|and|$))"), "NP", None, "sentence",
     (r"(?:traffic|job|elevator|rain|winter|weather|queue|paperwork|lease|contract|lol|haha|game"
     r"|level|puzzle|cold|flu|cough|renovation|building work|move|moving|relocat\w*|here in"
     r"|this town|this city)")),
    ("cutting_now", "self_harm", C,
     (r"(?:is|s|keeps|been|was|are|re|shes|hes|im|theyre) (?:in (?:the|her|his) (?:bathroom"
     r"|room|bedroom|toilet) )?cutting(?= (?:again|herself|himself|themselves|and (?:theres|there"
     r" is|blood)|right now|in the (?:bathroom|toilet|bedroom)|\.|,|$))"),
     "NP", None, "sentence",
     (r"(?:hair|class|school|grass|lawn|carbs|sugar|costs?|corners|wood|paper|fabric|onions"
     r"|vegetables|veg|cake|coupons|hedge|wires?|cheese|bread|teeth|in line|back|down|out)")),
    ("marks_on_limbs", "self_harm", C,
     (r"(?:fresh|new|neat|straight|red|deep|raw|healing|parallel|loads of|lots of|rows of)"
     r" (?:\w+ )?(?:lines|cuts|scratches|slashes|marks|scars|nicks) (?:\w+ )?(?:up|on|along"
     r"|across|all over|down) (?:his|her|their|my|the inside of (?:his|her|my)) (?:fore)?(?:arms?"
     r"|wrists?|thighs?|legs|stomach|hips?|belly|ankles?)(?![a-z])|(?:round|circular|small round)"
     r" burns (?:on|up|along) (?:his|her|their|my) (?:arms?|wrists?|thighs?|legs|hands?)"
     r"(?![a-z])"), "NXP", None, "sentence",
     (r"(?:cat|kitten|dog|puppy|shaving|surgery|fell|bike|sports|rash|eczema|garden\w*|brambles"
     r"|thorns|rugby|football|climb\w*|bbq|oven|cooking|iron|chickenpox|mosquito|bites|allergy"
     r"|psoriasis|kitchen|chef|stretch marks)")),
    ("next_time_secret", "attempt", C,
     (r"next time (?:i|he|she|they)(?:ll| will)? (?:wont|will not|not) (?:tell|let) (?:anyone"
     r"|anybody|you|them|us|me)(?![a-z])|next time (?:i|he|she)(?:ll| will) (?:do it|get it)"
     r" right(?![a-z])"), "NP"),
    ("attempted_by", "attempt", C,
     (r"(?:attempted|tried) (?:suicide )?(?:by|via|with) (?:hanging|overdose|od|cutting|jumping"
     r"|drowning|a gun|gunshot|carbon monoxide)(?![a-z])"), "NP"),
    ("the_day_itself", "plan_means", C,
     (r"(?:today|tonight) (?:was|is) the (?:day|night)(?![a-z])|(?:tonight|today|tomorrow|this"
     r" weekend) (?:i|he|she|ill|hell|shell|im going to|hes going to|shes going to) (?:will )?end"
     r" (?:it|it all|things|everything)(?![a-z])|(?:<DRUG>|pills|tablets|pastillas) (?:\S+ ){0,6}"
     r"(?:lined up|laid out|spread out|counted out)(?![a-z])"), "NP", None, "sentence",
     r"(?:wedding|birthday|exam|interview|party|game|match|trip|move|surgery|appointment|dosette"
     r"|organi[sz]er|pharmacy|chart|week ahead|concert|show|gig|first|date|premiere|big night"
     r"|opening|recital|luck|prom|graduation)"),
    ("road_chosen_es", "psychosis_danger", C,
     (r"(?:en medio de la|en la|en el medio de la) (?:carretera|autopista|calle|via)(?: \S+){0,10}"
     r" (?:elegido|no lo pueden tocar|no la pueden tocar|inmortal|dios)(?![a-z])"), "NP"),
    ("baby_not_theirs", "psychosis_danger", C,
     (r"(?:baby|bebe|the baby) (?:is not|isnt|no es) (?:hers|his|ours|mine|nuestro|suyo|mio|theirs)"
     r"(?![a-z])|(?:swapped|cambiaron) (?:the |al )?(?:baby|bebe)(?![a-z])|(?:lo|la) cambiaron y que"
     r" es un impostor"), "NP", None, "sentence", r"(?:hospital mix|dna test|ivf|donor|adopt\w*)"),
    ("wish_gone_more", "ideation", C,
     (r"(?:seria|es) mejor no existir|better off with the (?:life )?insurance(?: money)?"
     r"|(?:lying|buried) next to (?:him|her|dad|mum|mom) in the (?:cemetery|ground|grave)|worth more"
     r" (?:\w+ ){0,3}dead|not planning on being around(?![a-z])|(?:you wont|wont) need to (?:call"
     r"|worry about|visit) me (?:after|anymore)(?![a-z])"), "NP"),
    ("hopeless_more", "hopelessness", C,
     (r"no point pretending|no road back|no way forward|no fight left(?: in (?:him|her|me))?"
     r"|(?:cant|cyaan) see (?:no|any) way forward|nutten nah go change|(?:deserves|deserve)"
     r" (?:someone|a mum|a mother|a dad|a father) better|(?:will|is going to) never get easier"),
     "NP", None, "sentence", r"(?:<JOKE>|<MUNDANE>|game|team|match|job|traffic|renovation)"),
    ("burn_on_purpose", "self_harm", C,
     (r"(?:stove|hob|iron|pan|kettle|flame|lighter|candle|cigarette|hot water|boiling water|ring)"
     r"(?: \S+){0,4} on purpose(?![a-z])|rows of (?:\w+ ){0,3}(?:lines|cuts|scratches|marks)"
     r"(?![a-z])|(?:takes|took|taking|removed?|removing) (?:the )?(?:\w+ )?blades? out of (?:her|his"
     r"|the) (?:pencil )?sharpeners?(?![a-z])"), "NXP",
     r"(?:arms?|wrists?|thighs?|legs|sleeves|skin|smell|screaming|hurt|again|blood|bleed\w*|hidden"
     r"|tissues|plasters)", "message", r"(?:cooking|recipe|baking|art|craft|diy)"),
    # A few direct statements in Tagalog and Hindi, common among families this product serves.
    ("other_language_ideation", "ideation", C,
     (r"(?:magpakamatay|mamatay na (?:ako|siya)|gusto (?:ko|niya) nang mamatay|sana kunin na (?:ako"
     r"|siya)|(?:main|mai) mar (?:jaun|jaunga|jaungi|jau)|marna (?:chahta|chahti|chahte)|khudkushi"
     r"|aatmahatya|jaan de (?:dunga|dungi|doon))(?![a-z])"), "NP"),
    ("other_language_harm", "abuse", C,
     (r"(?:sinasaktan|binubugbog|sinampal|ginugulpi|maar(?:ta|ti|te) (?:hai|hain)|peet(?:ta|ti)"
     r" (?:hai|hain))(?![a-z])"), "NP"),
    ("other_language_poison", "overdose", C,
     r"(?:uminom ng (?:lason|gamot)|nilunok|zeher (?:kha|pi) (?:liya|lia|li))(?![a-z])", "NP"),
    ("letters_for_later", "farewell", C,
     (r"(?:wrote|written|writing|left|leaving|sealed|escribio|dejo) (?:\S+ ){0,3}(?:letters?|notes?"
     r"|cartas?) (?:\S+ ){0,12}?(?:for when (?:they|you|we|she|he|i) need|for when (?:im|hes|shes)"
     r" gone|para despues|para cuando|for after|to be opened (?:after|later|when)|in a drawer"
     r"|one for each of us|una para cada uno|with our names on"
     r"|en el (?:buro|cajon))(?![a-z])"), "NP", None, "sentence",
     r"(?:birthday|christmas|graduation|wedding|anniversary|thank you|valentine\w*|holiday|trip)"),
    ("doses_added_up", "plan_means", C,
     (r"(?:amounts|doses|pills|tablets|meds) (?:\w+ ){0,3}(?:added up|counted up|totalled|totaled)"
     r"(?![a-z])|(?:added|counted|adding|counting) up (?:\w+ ){0,3}(?:pills|tablets|meds|amounts"
     r"|doses)(?![a-z])"), "NP", None, "sentence",
     r"(?:pharmac\w*|dosette|organi[sz]er|refill|nurse|carer|insurance|chart|rota|schedule)"),
    ("si_with_plan", "plan_means", C,
     (r"(?:si|s i|suicidal ideation|ideation) with (?:a )?(?:specific |clear )?(?:plan"
     r"|intent|means)(?![a-z])"), "NP"),
    ("kids_hungry", "unable_to_care", C,
     (r"(?:kids|children|the baby|her kids|his kids|the kids) (?:\w+ ){0,3}(?:went|go|going|have"
     r" gone|been going) (?:to (?:school|bed) )?hungry(?![a-z])"), "NP", None, "sentence",
     r"(?:forgot|packed lunch|lunchbox|fasting|ramadan|picky|fussy)"),
    ("lost_driving", "unable_to_care", C,
     (r"(?:keeps getting|getting|got|gets|ended up) lost (?:\w+ ){0,3}(?:driving|in the car|on"
     r" the way|walking)(?![a-z])|ended up (?:\w+ ){0,4}with no idea (?:where|how)(?![a-z])"),
     "NP",
     (r"(?:[7-9]\d|1[01]\d|dementia|alzheimer\w*|confus\w*|memory|no idea where|wont hand over"
     r"|refuses to (?:hand over|give up) the keys)"), "message"),
    # ---------------------------------------------------------------- what was taken or done
    # What was taken, done or found, told by the one who found it; hopelessness and wishes said
    # in everyday metaphor.
    ("ingested_amount", "overdose", C,
     (r"(?:took|taken|taking|swallowed|swallowing|chugged|drank|downed|consumed|ingested|popped"
     r"|se tomo|se tomaron|tomo|se trago|se inyecto|injected) (?:like |about |maybe |around"
     r" |nearly |almost )?(?:all|every one|the whole|a whole|an entire|the entire|the rest|what"
     r" was left|whats left|\d+|twenty|thirty|forty|fifty|a handful|handfuls|a box|a bottle|a"
     r" packet|a tub|a weeks worth|todas|todo el|una caja entera|una caja|un frasco|no se cuantas"
     r"|a lot|too many|loads|heaps|several|both) (?:of )?(?:the |his |her |my |their |de |las"
     r" |los |\w+s )?(?:\w+ ){0,2}(?:pills|tablets|meds|medication|medicine|stash|tub|bottle"
     r"|packet|pack|packets|pens?|patches|sleeping tablets|painkillers|pastillas|caja|frasco|pen"
     r"|insulina|insulin|morphine|them|<DRUG>)(?![a-z])"), "NP",
     (r"(?:on purpose|intentional\w*|a proposito|deliberately|to die|bye|done|empty|empties|popped"
     r"|vomit\w*|being sick|been sick|sleepy|drowsy|slurr\w*|unconscious|wont wake|hard to wake|breath\w*|respira"
     r"|seizure|shak\w*|convuls\w*|sweat\w*|sudando|temblando|confus\w*|muddled|not making sense"
     r"|racing|pinpoint|froth|foam|blue|tired of|burden|isnt diabetic|doesnt drink|ambulance|911"
     r"|999|000|poison control|hospital|icu|stomach|lavado|a and e|a e|spinning|dizzy|mareada?"
     r"|mucho sueno|muy dormida?|no contesta|nodding|drooling|hallucinat\w*|talking to people"
     r"|seeing|earlier|ago|tonight)"), "message",
     (r"(?:as prescribed|prescribed dose|with (?:breakfast|food|dinner)|every (?:day|morning"
     r"|night)|daily|by mistake|accidentally|dog|cat|vet|puppy|poison control said (?:\w+ )?fine"
     r"|vitamins|gummies|dosette|set them out|like the doctor said|as (?:the )?(?:doctor|gp|nurse|pharmacist) (?:said"
     r"|told)|(?:morning|evening|night ?time|bedtime) (?:meds|pills|tablets|dose))")),
    ("containers_emptied", "overdose", C,
     (r"(?:blister packs?|packets?|bottles?|tubs?|pens|frasco|boxes|wrappers|strips) (?:\S+ ){0,5}"
     r"(?:empty|empties|popped|vacio|half gone|all gone|gone)(?![a-z])|(?:empty|vacio) (?:\w+ )?"
     r"(?:bottle|frasco|packet|tub|box|blister pack) (?:of |de )?(?:<DRUG>|\w+)"
     r"|(?:frasco|bottle|tub|packet) (?:\w+ ){0,3}(?:vacio|empty) al lado(?![a-z])"), "NP",
     (r"(?:<DROWSY>|<ACUTE>|vomit\w*|vomitando|sleepy|drowsy|slurr\w*|shaky|muddled|confus\w*"
     r"|sweat\w*|froth|breath\w*|sick|le duele|dormid\w*|wont wake|not making sense|took|taken"
     r"|tomo|swallow\w*)"), "message",
     r"(?:recycl\w*|refill|pharmacy|expired|dispos\w*|old bottles|cleaning out)"),
    ("poison_swallowed", "overdose", C,
     (r"(?:drank|drink|drunk|swallowed|chugged|consumed|ingested|tomo|bebio|se tomo|half gone"
     r"|mug of) (?:\w+ ){0,4}(?:bleach|jik|antifreeze|weed ?killer|rat poison|paraquat|drain"
     r" cleaner|pesticide|lejia|cloro|veneno|raticida|poison paste|insecticide|bush tea wid)"
     r"(?![a-z])|(?:antifreeze|bleach|weed ?killer|rat poison) (?:\w+ ){0,4}half gone(?![a-z])"),
     "NP", None, "sentence", r"(?:by mistake|accidentally|dog|cat|toddler|smelled|fumes)"),
    ("attempt_by_act", "attempt", C,
     (r"(?:tried|try|trying|tries|attempted|try fi|tried w) (?:to )?(?:go(?: off)?|end it|throw"
     r" <REFL>|go out|step|walk|drive off|go under)(?= (?:last|again|off|on (?:the|friday"
     r"|saturday|sunday|monday|tuesday|wednesday|thursday)|\.|,|$|from|into|in front))"
     r"|(?:stood|standing|stand|sat|sitting|climbed|is|s|hes|shes) (?:on )?(?:the )?(?:outside of"
     r" the|wrong side of the|over the) (?:railing|railings|rail|parapet|barrier|fence|balcony)"
     r"(?![a-z])|(?:lying|lay|laid|lies) (?:down )?(?:across|on) the (?:train |railway )?(?:tracks"
     r"|line|rails)(?![a-z])|(?:stones|rocks|piedras) (?:in (?:his|her|their|my) pockets|en (?:la"
     r"|su) mochila|in (?:his|her) (?:backpack|bag))(?![a-z])|(?:feet|legs) (?:not|werent|were"
     r" not) touching the (?:floor|ground)(?![a-z])|(?:plastic )?bag over (?:his|her|my|their) head"
     r"(?![a-z])|rope (?:was )?already tied(?![a-z])|se (?:tiro|aventó|avento|lanzo) (?:del|de la"
     r"|desde el|desde la|al) \w+(?![a-z])|se colgo(?![a-z])|lo baje yo|la baje yo"
     r"|(?:hairdryer|hair dryer|toaster|radio|heater) in the (?:bath|water|tub)(?![a-z])"
     r"|(?:in the car|sitting in (?:his|her) car) in the (?:locked )?garage(?![a-z])"
     r"|(?:ran|running|run) the (?:car|engine) in the (?:shut |closed |locked )?garage(?![a-z])"
     r"|(?:car|engine) (?:was |is )?running in the (?:shut |closed |locked )?garage(?![a-z])|(?:jumped|stepped"
     r"|walked|drove|went|threw (?:himself|herself)) (?:\w+ ){0,4}(?:off|into|in front of|out of"
     r" (?:the |her |his |a )?(?:\w+ )?window|onto|under) (?:\w+ ){0,3}(?:on purpose|deliberately"
     r"|a proposito)(?![a-z])|held (?:herself|himself) under(?![a-z])"
     r"|s p (?:ligature|od|overdose|attempt|hanging)|(?:ligature|noose) (?:to|on|from|round)"
     r" (?:the|a|his|her) \w+(?![a-z])|(?:after|since) what (?:she|he|they) did (?:on|last|to"
     r" (?:herself|himself|themselves))(?![a-z])|the thing"
     r" with the rope(?![a-z])|(?:wanted|want) it (?:all )?over(?= ?(?:\.|,|!|\"|$))|went deep on (?:my|his"
     r"|her) (?:wrist|arm)|the water is (?:all )?red(?![a-z])|walked into the (?:river|sea|lake"
     r"|ocean|water) (?:\w+ ){0,3}(?:clothes on|stones|on purpose|not swimming)"), "NP", None,
     "sentence",
     (r"(?:rope swing|swing|rope burn|gym|climbing|abseil\w*|magic trick|game|movie|film|stunt"
     r"|dare|parkour|diving|swimming lesson|bungee|skydiv\w*|fire drill|costume)")),
    ("self_injury_until", "self_harm", C,
     (r"(?:punch\w*|bang\w*|hitting|smash\w*|scratch\w*|pick\w*|pull\w*|burn\w*|bit\w*|biting"
     r"|pressing|rasca\w*|arrancando|rubbing|tying) (?:\S+ ){0,7}(?:till|until|hasta|til) (?:\w+ ){0,2}"
     r"(?:they |it |she |he |the skin )?(?:bleed\w*|split\w*|raw|open|sangrar|blister\w*|bruised"
     r"|numb|go numb|scab\w*)(?![a-z])|(?:scratch\w*|rub\w*) (?:her|his|their|my) (?:\w+ )?raw"
     r"(?![a-z])|(?:putting|puts|put|stubbing) (?:cigarettes|cigs|a cigarette|lighters?) out on"
     r" (?:his|her|their|my)(?![a-z])|bite marks (?:\S+ ){0,6}(?:his|her|their|my) own teeth(?![a-z])|(?:hair straighteners"
     r"|a hot (?:pan|iron|coin|spoon)|a heated \w+|the kettle|a lighter) (?:\w+ ){0,3}(?:on|over)"
     r" (?:his|her|their|my) (?:own )?(?:\w+ )?(?:arm|arms|forearm|hand|hands|leg|legs|thigh|skin)"
     r"(?![a-z])|on purpose (?:\w+ ){0,4}(?:skin|burn\w*|blood|bleed\w*)|(?:se hizo|me hice|me"
     r" corte|se corto|me cort\w*) (?:\w+ ){0,3}(?:cortes|el brazo|la muneca|las munecas|el cuello"
     r"|las piernas)?(?![a-z])|cuchillo con sangre|(?:blade|blades) (?:\w+ ){0,2}(?:unscrewed"
     r"|taken out)|(?:razor )?blades (?:\w+ ){0,6}(?:is |are )?missing|swallowed (?:\w+ ){0,2}"
     r"(?:razor blades|blades|batteries|glass|nails|pins|screws) to hurt"
     r"|(?:elastic bands|shoelace|string|hair tie) (?:\w+ ){0,2}(?:tied )?(?:tight )?(?:round|around)"
     r" (?:his|her|their|my) (?:\w+ )?(?:fingers|arm|wrist|neck)(?![a-z])|heridas abiertas"
     r"|hasta sangrar"), "NXP", None, "sentence",
     (r"(?:eczema|mosquito|bites|rash|itch\w*|spots|acne|hangnail|cuticle|nails|guitar|boxing|practi[cs]\w*"
     r"|volleyball|serve|netball|climbing|violin|cello"
     r"|training|bag|gym|cooking|kitchen|oven|baking|iron(?:ing)? (?:shirts|clothes)|pottery"
     r"|garden\w*|diy|tattoo|piercing|chickenpox|allerg\w*)")),
    ("hopeless_said", "hopelessness", C,
     (r"whats the point(?: anymore)?(?= ?(?:\.|,|!|\?|\"|$))|(?:nothing|nada) (?:ever )?(?:changes"
     r"|matters|works on me|va a cambiar)(?: for me| anymore| nunca)(?= ?(?:\.|,|!|\"|$|anyway))"
     r"|nothing matters(?= ?(?:\.|,|!|\"|$))|no point"
     r" (?:anymore|in anything|fighting|in fighting)(?![a-z])|no point trying(?= ?(?:\.|,|!|\"|$|anymore))|(?:ya |you )?se (?:rindio|dio por vencid[oa])(?![a-z])|(?:given|giving|gave|ya se|you se)"
     r" (?:up|rindio) (?:on (?:getting better|life|everything|himself|herself|myself|living))"
     r"(?![a-z])|(?:its|it is) over for (?:me|him|her)(?![a-z])|(?:my|his|her) (?:whole )?life is"
     r" (?:over|a failure|spoilt|spoiled|ruined|finished|pointless|meaningless|un fracaso)"
     r"(?![a-z])|(?:su|mi) vida es un fracaso|dead (?:man|woman) walking|dead inside(?![a-z])"
     r"|(?:im|hes|shes|i am|he is|she is) (?:just )?taking up space(?![a-z])|surplus to requirements|outlived (?:my|his|her)"
     r" usefulness|(?:a|an) (?:write off|waste of space)(?![a-z])|not fixable|beyond (?:repair"
     r"|saving|help)(?![a-z])|no (?:coming back|getting better)(?![a-z])|nothing (?:left )?(?:out"
     r" there|left) for (?:me|him|her)(?![a-z])|nothing left (?:inside|to save|to look forward to)"
     r"(?![a-z])|nothing to look forward to(?![a-z])|(?:im|hes|shes|i am|he is|she is) (?:just )?"
     r"(?:cooked|done for|broken)(?= ?(?:\.|,|!|\"|$|and|her life|his life))|(?:cant|cannot)"
     r" see (?:a|any) (?:future|way out|point)(?![a-z])|no (?:veo|ve) (?:salida|futuro)(?![a-z])"
     r"|(?:le |me )?ve futuro a nada|waiting out the clock|why bother(?= ?(?:\.|,|!|\?|\"|$))|(?:so )?tired of"
     r" (?:all of it|it all)(?![a-z])|(?:god|dios) (?:has forgotten|se olvido de) (?:me|him|her|mi)"
     r"|nobody(?:s| is) coming(?![a-z])|stopped hoping(?![a-z])|hollowed out(?![a-z])|(?:never|not)"
     r" (?:ever )?(?:feel|be|going to feel|going to be) (?:okay|ok|happy|better|normal) again"
     r"(?![a-z])|black wall|bottom of a well|(?:the )?depression always wins|every door is"
     r" (?:shut|closed)|dead end with no|no version of my life|no more hope|(?:there is|theres)"
     r" no (?:more )?hope for (?:me|him|her)|(?:ya )?no tiene caso|(?:ya|you) me canse de todo|(?:ya|you) no"
     r" (?:tengo|tiene) ganas de nada|(?:ya|you) no (?:me|le) queda nada|(?:ya|you) para que|(?:nadie|no one|nobody)"
     r" (?:me|lo|la) puede ayudar|(?:no one|nobody) can help (?:me|him|her)(?= ?(?:\.|,|!|\"|$))|que para que sigue|nada"
     r" tiene sentido|(?:life|vida) (?:has|tiene) no (?:meaning|sentido)|my life has no meaning"
     r"|only suffering for nothing|(?:im|i am|hes|shes) not worth (?:keeping around|it|saving)"
     r"|no version of (?:my life|the future|a future)|nothing (?:is )?(?:going to|will) (?:get"
     r" better|change|be any different)|nothing (?:ever )?improves|no (?:realistic )?(?:prospect"
     r"|expectation) of (?:anything changing|improvement)|a blank wall|done trying(?: things)?"
     r"|everything is pointless|going through the motions|run out of road|whats the point in"
     r" (?:planning|anything|trying)|nothing left to wait for|(?:ya )?no hay nada para mi|mi vida"
     r" (?:ya |you )?se acabo|reason (?:fi|to) wake up|tired of being tired"
     r"|not (?:going to|gonna) stop being tired|stopped caring about anything|(?:nothing|none of it)"
     r" (?:i do )?matters(?![a-z])|were finished anyway|(?:it )?wont matter soon(?: anyway)?"),
     "NP", None, "sentence",
     (r"(?:<JOKE>|<MUNDANE>|expensive|prices|cost|bills|rent|petrol|groceries|diet|team|game"
     r"|(?:pills|meds|medication|tablets|it|they) (?:\w+ ){0,3}(?:make|makes|made) (?:him|her|me)"
     r"|side effects?|move|moving|here in|relocat\w*|this town|this city"
     r"|match|season|league|printer|phone|car|laptop|job application|renovation|argument|arguing"
     r"|debate|lol|haha|jaja|meme|the show|series|episode|plants|garden|weeds|stain|the ref|halloween"
     r"|referee)")),
    ("wish_gone_said", "ideation", C,
     (r"(?:wouldnt|would not|didnt|doesnt|wont) (?:care|mind) if (?:i|he|she) (?:just )?(?:didnt"
     r"|did not|never|dont|doesnt) wake up|(?:dormirse|dormir|dormirme) (?:y no despertar|para"
     r" siempre)|(?:sleep|go to sleep) for a (?:really )?long time,? like forever|(?:better|lighter"
     r"|easier|happier|freer) (?:off )?(?:without|with a \w+ who isnt|with a \w+ that isnt)"
     r" (?:me|him|her|broken)|(?:hit|run over|killed) by a (?:bus|car|truck|train) (?:\S+ ){0,4}"
     r"(?:favou?r|fine|relief|blessing)|ojala (?:la|lo|me) (?:atropell\w*|mat\w*)|(?:says|said"
     r"|keeps saying) (?:that )?(?:hes|shes|im|he is|she is|i am) (?:ready|waiting)"
     r" to go(?: now)?(?= ?(?:\.|,|!|\"|$|and|but))|only waiting now|let (?:her|him|me) (?:just )?"
     r"slip away|(?:not|isnt|im not|hes not|shes not) (?:scared|afraid) of dying|cant do another"
     r" (?:winter|year|christmas|summer)|(?:dont|doesnt) want to (?:still )?be here (?:when|by|for"
     r"|next)|(?:world|life) (?:would|will|d) (?:keep spinning|go on|spin) (?:fine |better )?without"
     r" (?:him|her|me)|hoping the plane|(?:plane|flight) (?:goes|would go|went|crashes) down"
     r"|(?:be|go) with (?:his|her|my|your) (?:birth |late |dead )?(?:mum|mom|mother|dad|father|wife"
     r"|husband) in heaven|go to be with (?:your|my|his|her) (?:mother|father|mum|dad|mom|wife"
     r"|husband)|happily (?:cark|die|kick the bucket|go)(?: it)? tomorrow|log off permanently"
     r"|worth more dead(?: than alive)?|lived long enough|rather it (?:just )?ended|waan dead"
     r"|only still here because of|(?:le )?pide a dios que se lo lleve|should never have been"
     r" born|counting down (?:till|until|to) (?:i|he|she) can (?:finally )?rest|draw stumps|good"
     r" innings|(?:in|lying in) a coffin|steering into (?:the )?(?:median|traffic|a wall|oncoming)"
     r"|(?:itd|it would|thatd|that would) be so easy(?= ?(?:\.|,|!|\"|$))|better (?:if|that)"
     r" (?:i am|im|i was|he is|hes|she is|shes) not in this world|whats the use of my life|better i"
     r" finish it|wont wait around for it|(?:quisiera|quiero|quiere) (?:dormirse|desaparecer|no"
     r" despertar)|(?:manage|cope|do) (?:\w+ ){0,2}(?:fine|well|better) without (?:him|her|me)"
     r"|not existing (?:anymore|any more)|(?:seria|sería) (?:mas facil|mejor) no estar|piensa en no"
     r" estar|(?:point|use) (?:is )?of sticking around|finally (?:gets? to )?rest|when (?:im|i am"
     r"|hes|shes) out of the way|(?:think|thinking|thought) about checking out|join (?:their|her|his"
     r"|my) (?:husband|wife) (?:a little )?early|better if (?:god|the lord|jesus) takes (?:me|him"
     r"|her)|if i disappeared would anyone|se acaba todo|acabar con (?:todo|mi vida|su vida)"
     r"|si se muere nadie (?:lo|la) va a extranar|pa que sigue aqui|(?:no|ya no|you no)"
     r" (?:quiero|quiere) estar aqui|part of me wants to(?= ?(?:\.|,|!|\"|$))|(?:ya|you) no puedo mas(?![a-z])"),
     "NP", None, "sentence",
     (r"(?:<JOKE>|lmao|meme|game|boss|level|concert|party|exam|team|match|queue|meeting|traffic"
     r"|renovation|noise|drilling|neighbou?rs? (?:are|is)|palliative|hospice|terminal|[89]\d"
     r"|halloween|vampire|costume|film|movie|dracula"
     r"|dnr|resuscitat\w*|at (?:her|his|my) age|old age)")),
    # ------------------------ signs told plainly: marks, errands, set-ups, acts
    # Abuse told by its signs: secrets an adult makes a child keep, marks nobody explains,
    # punishment by confinement or hunger, dowry violence, beating with an object.
    ("adult_secrets", "abuse", C,
     (r"(?:not allowed to tell|(?:special|our little) secrets?|(?:money|sweets|gifts|presents"
     r"|candy|treats) (?:\w+ ){0,2}not to tell|(?:does|did|doing) (?:\w+ )?things to (?:her|him"
     r"|me|them)(?= ?(?:\.|,|!|\"|$|at|when|in|and)))"), "NP", None, "sentence",
     r"(?:surprise|party|present for|birthday|christmas|recipe|santa|gift for|nice|kind|sweet|lovely)"),
    ("unexplained_marks", "abuse", C,
     (r"bruis\w* (?:\S+ ){0,5}?(?:that |which )?(?:(?:he|she|they|nobody|no one) (?:cant|can not"
     r"|cannot|wont|doesnt|couldnt|will not)|(?:nobody|no one) can) explain|unexplained (?:bruis\w*|marks|injur\w*|burns|welts)"
     r"|(?:bruis\w*|marks) (?:\S+ ){0,9}like (?:finger\w*|hands?|a hand|grip marks)"
     r"|finger ?(?:tip )?(?:shaped )?(?:bruis\w*|marks)|grip marks|welts? (?:on|pon|all over)"
     r"|(?:has|had|have|with|got) welts|(?:dejo|deja) (?:un |unos )?moret\w*"), "NP", None,
     "sentence",
     (r"(?:fell|fall|falls|falling|football|rugby|hockey|sport|blood thinner|anticoagul\w*"
     r"|warfarin|apixaban|clopidogrel|easily|leuka?emia|platelet\w*|bumps? into|clumsy)")),
    ("punished_by_deprivation", "abuse", C,
     (r"(?:lock\w*|shut\w*|withh\w*|starv\w*|(?:not|no) (?:giving|letting)|tied|ties|tie|left"
     r"|kept) (?:\w+ ){0,6}(?:as|for) (?:a )?(?:punishment|castigo)(?![a-z])|dowry"
     r" (?:harass\w*|tortur\w*|death|demands?)|(?:beat\w*|hit\w*|harass\w*|tortur\w*|burn\w*)"
     r" (?:\w+ ){0,3}(?:for|over) dowry|(?:cannot|cant|can not|not allowed to|isnt allowed to"
     r"|doesnt let (?:her|him)|dont let (?:her|him)|wont let (?:her|him)) (?:to )?(?:leave|go"
     r" out of|step out of) (?:the )?(?:house|home|room|flat)(?: \w+){0,2} without (?:his |her"
     r" |their )?permission|locked in (?:the|a|her|his) room (?:most of|all|the whole) (?:the )?"
     r"day|(?:make|makes|made) (?:her|him) work (?:\w+ ){0,3}without (?:food|eating|rest)"),
     "NP", None, "sentence",
     (r"(?:phone|ipad|tablet|xbox|playstation|switch|screen|tv|wifi|internet|dessert|pudding"
     r"|pocket money|allowance|grounded|game|console|car keys|history|film|novel|book)")),
    ("beaten_with_object", "abuse", C,
     (r"(?:beat|beats|beating|beaten|whip\w*|hit|hits|hitting|lash\w*|flog\w*|thrash\w*)"
     r" (?:\w+ ){0,3}(?:with|wid) (?:a |an |the |his |her |their )?(?:electric |electrical"
     r" |leather |phone |metal )?(?:wire|cord|cable|belt|stick|hanger|coat hanger|buckle"
     r"|hose|slipper|chappal|broom|rod|cane|whip|extension lead|charger)(?![a-z])"), "NP", None,
     "sentence",
     (r"(?:ball|golf|hockey|cricket|baseball|pinata|drum|nail|carpet|rug|dust|eggs|cream"
     r"|batter|mixture|recipe|game|tennis)")),
    ("kin_burned_them", "abuse", C,
     (r"(?:burned|burnt|scalded|branded) (?:her|his|their) (?:\w+ )?(?:hand|hands|arm|arms|face"
     r"|leg|legs|back|skin) with (?:a |an |the )?(?:hot|boiling|iron|cigarette|lighter|tawa"
     r"|pan|kettle)(?![a-z])"), "NP", None, "sentence",
     r"(?:<REFL3>|cooking|baking|ironing|accident\w*|by mistake)"),
    ("pinned_by_neck", "abuse", C,
     (r"(?:has|got|had|have) (?:her|him|them|me|my \w+|mum|mom|dad) (?:\w+ ){0,2}(?:pinned"
     r"|held) (?:down|on|against|to)|(?:hands?|arm) (?:\w+ )?(?:on|around|round) (?:her|his"
     r"|my|their) (?:neck|throat)"), "NP", None, "sentence",
     r"(?:wrestl\w*|judo|jiu|bjj|mma|martial|play\w*|tickl\w*|massag\w*|hug\w*|choker|scarf)"),
    # Attempts told by what was found, what was said after, or a rescue.
    ("already_done_it", "attempt", C,
     r"(?:already|just) (?:done|did) it(?= ?(?:\.|,|!|\"|$))|tried (?:\S+ ){0,6}it (?:didnt|did not) work",
     "NP", (r"(?:pills|tablets|bleach|sorry|overdos\w*|took|rope|cut|cutting|not answering"
            r"|isnt answering|dont make a big deal|im ok now|im okay now|goodbye|still here"
            r"|nobody knows|no one knows|how i feel about)"), "message"),
    ("walked_into_water", "attempt", C,
     (r"walk\w* (?:out )?into (?:the )?(?:sea|ocean|river|lake|waves|water|loch|surf|canal)(?![a-z])"),
     "NP", None, "sentence",
     (r"(?:swim\w*|paddl\w*|surf\w*|cool off|bodyboard\w*|snorkel\w*|fishing|dip|holiday"
      r"|beach day|wetsuit|wading|waders|baptis\w*|photo\w*|dog|film|movie|novel|book|series"
      r"|show|scene|character|story)")),
    ("pulled_back_from_edge", "attempt", C,
     (r"(?:pulled|dragged|talked|coaxed|grabbed|brought) (?:\w+ ){0,2}(?:back )?(?:from|off|down"
     r" from) (?:the )?(?:\w+ )?(?:edge|ledge|railing|parapet|tracks|platform edge|cliff edge"
     r"|bridge|rooftop)(?![a-z])|found (?:\w+ ){0,6}(?:at|on) (?:the )?(?:cliff edge|edge of the"
     r" cliff|edge of the bridge|parapet|railway line|ledge)(?![a-z])|coastguard (?:brought"
     r"|found|pulled|rescued|picked)|(?:intento|quiso|trato de) (?:aventarse|tirarse|lanzarse"
     r"|arrojarse)|changed (?:his|her|my|their) mind (?:halfway|half way|at the last (?:minute"
     r"|second)|midway)(?![a-z])"), "NP", None, "sentence",
     r"(?:dog|cat|puppy|kid|toddler|child|photo\w*|hike|hiking|climb\w*|recipe|essay|job|holiday)"),
    ("jumped_from_height", "attempt", C,
     (r"(?:jumped|jumps|threw (?:<REFL3>|herself)|has jumped|leapt) (?:off|from|out of) (?:\w+ ){0,3}"
     r"(?:balcony|window|roof|bridge|building|car park|overpass|(?:second|third|\w+) floor"
     r"|multi ?storey|motorway bridge)(?![a-z])|se (?:aviento|tiro|lanzo) (?:del|de la|por la)"
     r" (?:balcon|ventana|azotea|puente|techo|edificio)"), "NP", None, "sentence",
     (r"(?:kid|child|as a (?:kid|child|boy|girl)|trampoline|pool|shed|skate\w*|parkour|stunt"
     r"|dare|film|movie|game|cat|dog|fire drill|fire escape|paraglid\w*|bungee|parachut\w*"
     r"|novel|book|character|story|chapter|scene|series|writing|writer|news|article|report)")),
    ("neck_marks_ligature", "attempt", C,
     (r"(?:marks|bruis\w*|red lines?|rope burns?|ligature marks?|a line) (?:\w+ ){0,2}(?:round"
     r"|around) (?:her|his|their|my) neck|ligature (?:attempt|marks?|round|around|found)"
     r"|(?:post|after|following) (?:a )?ligature|(?:tied|tying|wrapped|put|has tied) (?:\w+ ){0,3}"
     r"(?:round|around) (?:his|her|their) (?:own )?neck|se (?:colgo|ahorco)(?![a-z])|intento"
     r" ahorcarse|(?:lo|la) (?:baje|bajamos|descolgue)(?![a-z])"), "NP", None, "sentence",
     (r"(?:hickey\w*|love bites?|necklace|collar|rash|allerg\w*|eczema|sunburn|seatbelt|car seat"
     r"|lanyard|scarf for|bow tie|necktie|costume|medal|audit|assessment|point|points|fitting"
     r"|fittings|policy|training|anti)")),
    ("admitted_after_act", "attempt", C,
     (r"(?:admitted|hospitali[sz]ed|in hospital|in the icu|sectioned|taken to (?:a ?& ?e|the er"
     r"|hospital)|in a ?& ?e|discharged) (?:\w+ ){0,4}(?:after|following) (?:cutting|slitting"
     r"|taking (?:an overdose|too many|all)|swallowing|overdos\w*|hanging|an attempt"
     r"|(?:she|he) tried|jumping|drinking (?:bleach|poison))"), "NP",
     (r"(?:yesterday|last (?:night|week|weekend|month)|(?:\d+|two|three|few|a few) (?:days|weeks)"
     r" ago|this (?:week|month)|refus\w*|declin\w*|wont|doesnt want|discharged|since)"), "message",
     r"(?:(?:\d+|eighteen|six|twelve|nine) months ago|years ago|discharge summary|historical|in 20\d\d)"),
    # Farewell: letters to each person, things to hand out later, goodbyes that come with an
    # apology or thanks, "don't look for me".
    ("letters_to_each", "farewell", C,
     (r"(?:wrote|written|writing|write|writes|left|escribio|escribiendo|sealed) (?:\w+ ){0,3}"
     r"(?:letters?|cartas?|notes) (?:to|for|a|para) (?:each|every|all|cada|todos|both)(?![a-z])"),
     "NP", None, "sentence",
     (r"(?:christmas|xmas|thank|thanks|birthday|wedding|holiday|santa|pen ?pal|class|school"
     r"|homework|councillor|mp|council|newspaper|editor|complaint|cover letter|job|application"
     r"|valentine|teacher|reference|campaign|petition|residents|turn \d+|when they (?:turn|are"
     r"|grow)|all clear|therapist suggested|legacy|memory box)")),
    ("hand_out_later", "farewell", C,
     (r"(?:hand|give|post|send|open|read|deliver)(?: them| it)?(?: out)? (?:only )?(?:later"
     r"|when (?:im|i am|hes|shes|he is|she is) gone|once (?:im|hes|shes) gone)(?= ?(?:\.|,|!"
     r"|\"|$|wont|and))|(?:shouldnt|should not|mustnt|not to|dont|do not) (?:\w+ ){0,2}(?:go"
     r"|be (?:posted|sent|opened|read)|open (?:it|them)|post (?:it|them)|send (?:it|them))"
     r"(?: out)? (?:until|till|til|before) (?:after|later|next)(?![a-z])"), "NP",
     r"(?:letters?|notes?|envelopes?|cartas?|sealed|cards?)", "message"),
    ("goodbye_sent", "farewell", C,
     (r"(?:email\w*|text\w*|messag\w*|voice ?note|voicemail|posted|sent|video|card|dm\w*"
     r"|wrote)(?: \S+){0,14} (?:goodbye|good bye|bye|farewell|adios|despedida)(?![a-z])"
     r"|(?:goodbye|farewell|despedida) (?:message|text|email|letter|note|post|video|voice ?note"
     r"|voicemail|mensaje|carta)"), "NP",
     (r"(?:sorry|love you|(?:not|isnt) (?:my|your|anyones) fault|dont blame|take care of|forgive"
     r"|thank\w* (?:\w+ )?for|honou?r|crying|last|not answering|isnt answering|wont answer"
     r"|not picking up|cant (?:reach|get)|phone (?:is )?(?:off|dead)|car is gone|voicemail"
     r"|left (?:me )?on read)"), "message",
     (r"(?:flight|plane|airport|boarding|trip|holiday|vacation|travel\w*|moving|leaving (?:for"
     r"|to)|new job|retir\w*|last day (?:at|of)|camp|uni|college|abroad|overseas|party|wedding"
     r"|lol|haha|ghost\w*|block\w*|breakup|broke up|dumped|club|team|class|therapist|counsel\w*"
     r"|session|group|therapy|service)")),
    ("not_your_fault_farewell", "farewell", C,
     (r"(?:its|it is|it was|this is) not (?:your|my|anyones|anybodys) fault|(?:dont|do not"
     r"|never) blame (?:yourself|yourselves|urself)|no (?:fue|es) (?:tu|su) culpa|no te culpes"
     r"|no se culpen"), "NP",
     (r"(?:bye|goodbye|letter|note|voice ?note|voicemail|text\w*|message|email\w*|sorry"
     r"|love you|take care of|last|posted)"), "sentence",
     (r"(?:therapist|counsel\w*|doctor|psychiatrist|gp|nurse|course|class|group|book|article"
     r"|told me|reminded me|keep telling|keeps telling|lol)")),
    ("note_says_sorry_more", "farewell", C,
     (r"(?:letter|note|message|text|email|card|carta|nota) (?:\w+ ){0,6}(?:says|said|saying|dice)"
     r" (?:that )?(?:hes|shes|he is|she is|im|i am|he was|she was)? ?(?:sorry|lo siente)"
     r"|(?:should|shouldnt|should not|not to|dont|do not) (?:\w+ ){0,2}look for (?:me|him|her"
     r"|them)(?![a-z])|(?:should|shouldnt|should not|not to|dont|do not) (?:\w+ ){0,2}search for (?:me"
     r"|him|her|them)(?![a-z])|no (?:me|lo|la) busquen"), "NP", None, "sentence",
     (r"(?:late|cancel\w*|miss\w*|couldnt (?:come|make it)|forgot|party|dinner|broke|damage"
     r"|noise|parking|delivery|landlord|teacher|office|work|shop|store|game|hide and seek)")),
    ("thanks_and_goodbye", "farewell", C,
     (r"thank\w* (?:me|us|you|everyone|everybody|all of us|the team|people|all) for (?:trying"
     r"|everything|putting up with|being (?:there|my|his|her|so)|all (?:you|the)|making (?:the"
     r"|my|his|her|life))|its been an honou?r|gracias (?:a todos|por todo)"), "NP",
     (r"(?:goodbye|bye|farewell|sorry|letter|voicemail|voice ?note|not answering|isnt answering"
     r"|cant (?:reach|get)|gone|last|despedida|2am|3am|1am|4am|midnight)"), "message",
     r"(?:party|dinner|gift|present|wedding|retir\w*|leaving do|new job|promotion|birthday)"),
    ("remember_me_well", "farewell", C,
     (r"remember (?:me|us) (?:the good way|well|as|like|when|fondly|for)|remember (?:that )?i"
     r" (?:always )?lov\w* you|recuerd\w* (?:que )?(?:te|los|las) (?:quiero|ame|amo)"
     r"|recuerdame"), "NP", None, "sentence", r"(?:<JOKE>|to your|ago|at school|from)"),
    ("sudden_will", "farewell", C,
     (r"(?:made|wrote|hizo|redacto|updated|changed|did) (?:a |his |her |su |their )?(?:will"
     r"|testamento) (?:\w+ )?(?:de repente|suddenly|out of the blue|all of a sudden)"
     r"|(?:transferred|moved|signed over|put|putting|transferring|signing over) (?:\w+ ){0,3}"
     r"(?:savings|property|house|accounts?|money|car|deeds|papers|pension) (?:\w+ ){0,2}(?:into"
     r"|in|to|over to) (?:my|our|his|her) names?(?![a-z])"), "NP",
     (r"(?:depress\w*|low|refus\w*|declin\w*|turned down|stopped|wont|no quiere|not eating"
     r"|since (?:mum|mom|dad|my|his|her)|after (?:mum|mom|dad|my|his|her)|letters?|cartas"
     r"|sealed|remember)"), "message",
     (r"(?:terminal|cancer|diagnos\w*|surgery|operation|baby|wedding|married|divorce|solicitor"
     r"|lawyer|accountant|inheritance tax|care home fees|mortgage|estate planning)")),
    # Threats and stalking, weapons bought or shown, targets listed.
    ("coming_for_them", "harm_to_others", C,
     (r"(?:hes|shes|theyre|he is|she is|hell|shell|is) (?:coming|going to come) (?:for|after)"
     r" (?:me|us|you|her|him|them|my|his|her)(?![a-z])|knows? where (?:we|i|you|she|he|they)"
     r" (?:live|lives|work|works|sleep)(?![a-z])"), "NP",
     (r"(?:ex|threat\w*|scared|afraid|frightened|restraining|protection order|police|warn\w*"
     r"|gun|knife|weapon|kill|hurt|pay|sort|see you soon|coming for)"), "message",
     r"(?:santa|tickle|joke|game|lol|haha|tag|rent|debt|bill|pick (?:me|us|you) up|lift|ride)"),
    ("stalking_home", "harm_to_others", C,
     (r"(?:following|follows|followed|stalking|stalks|stalked) (?:him|her|them|me|my \w+|his"
     r" \w+|her \w+) (?:\w+ ){0,2}(?:home|to (?:work|school|his house|her house))|(?:sits?"
     r"|sitting|sat|parked|parks|waits?|waiting) outside (?:his|her|their|my|our) (?:house|flat"
     r"|home|apartment|work|place) (?:at night|every night|for hours|all night)"), "NP", None,
     "sentence",
     (r"(?:cat|dog|kitten|puppy|pet|duck|school bus|paparazzi|instagram|twitter|tiktok"
     r"|social media|online|uber|taxi|lift)")),
    ("harm_fantasy", "harm_to_others", C,
     (r"(?:fantasi[sz]\w*|dream\w*|obsess\w*|thinking|thinks|talks?|talking|keeps? going on)"
     r" (?:about|of) (?:hurting|killing|stabbing|shooting|attacking|strangling|beating up|poisoning"
     r"|running over|getting back at|making \w+ pay|torching|burning down|setting fire to)"
     r" (?:his|her|their|my|the|a|that|those|this"
     r"|someone|people|him|her|them|everyone)(?![a-z])"), "NP", None, "sentence",
     (r"(?:weeds|plants|time|game|character|zombies|level|spiders|ants|bugs|mice|rats|wasps"
     r"|slugs|mosquito\w*|flies|novel|story|script|villain|dnd|d&d)")),
    ("weapon_acquired", "harm_to_others", C,
     (r"(?:bought|buying|got|carries|carrying|ordered|ordering) (?:\w+ ){0,2}(?:knuckle ?dusters"
     r"|brass knuckles|a baton|a taser|a crossbow|a machete|a stun gun|a katana|throwing knives"
     r"|a flick ?knife|a switchblade|a knuckleduster)(?![a-z])|(?:how to make|making|researching"
     r"|watching videos (?:about|on)|videos on how to make) (?:\w+ ){0,2}(?:pipe ?bombs?|bombs?"
     r"|explosives|napalm|ghost guns?|3d printed guns?)(?![a-z])|(?:hit|kill|death) list|hitlist|killlist"
     r"|(?:list|note|names) (?:\w+ ){0,4}(?:people|kids|students|those) who (?:deserve|have it"
     r" coming|will pay|are going to pay|need to pay|must pay)|photos? of (?:his|her|a|the)"
     r" (?:<GUN>|knife|knives|machete|blade) (?:\w+ ){0,4}(?:caption\w*|see you|texting|sending)"),
     "NP", None, "sentence",
     (r"(?:film|movie|song|album|band|series|book|netflix|show|episode|spotify|playlist"
     r"|history|documentary|chemistry class|fireworks|bucket|halloween|costume|cosplay|larp)")),
    ("spanish_threat_kill", "harm_to_others", C,
     (r"si (?:lo|la|me|le|los) (?:dejo|dejas|deja|dejamos) (?:\w+ ){0,4}(?:mata|matara|va a"
     r" matar)|(?:va a|voy a|van a) matar(?:me|te|la|lo|nos|los|les)?(?![a-z])|(?:nos|me|la"
     r"|lo|los) (?:va a|van a) matar|(?:le|te|me) (?:va a|voy a|vas a) (?:partir|romper"
     r"|reventar) (?:la cara|la madre|el alma|la cabeza)|amenaz\w* con (?:un|una|el|la) (?:palo"
     r"|bate|machete|cuchillo|arma|tubo|martillo|fierro|pistola)"), "NP", None, "sentence",
     (r"(?:de risa|de la risa|preguntas|chistes|bromas|de hambre|el calor|la espalda|los pies"
     r"|jaja\w*|<JOKE>|la tarea|el trafico|si no (?:lavas|limpias|haces|recoges)|cucaracha"
     r"|mosca|mosquito|raton|zancudo|examen\w*|uni|universidad|trabajo|estres\w*|escuela|colegio)")),
    ("smother_child", "harm_to_others", C,
     (r"(?:pillow|cushion|hand|hands|blanket) (?:\w+ ){0,3}(?:over|on|onto|down on) (?:the |her"
     r" |his |my |our )?(?:babys|baby s|siblings|sisters|brothers|little \w+s|newborns) (?:face"
     r"|mouth|nose)"), "NP"),
    ("arson_threat", "harm_to_others", C,
     (r"(?:pour\w*|splash\w*|soak\w*) (?:\w+ ){0,2}(?:petrol|gasoline|lighter fluid|paraffin"
     r"|kerosene|diesel|accelerant)(?: \w+){0,3} (?:on|over|around|in|all over|through)"
     r"(?![a-z])|(?:trying to|tried to|wants to|going to|threatening to|threatens to|threatened"
     r" to) (?:burn|set fire to|torch) (?:down )?(?:the|his|her|our|my|their) (?:house|home|flat"
     r"|apartment|car|room|curtains|walls|cameras)(?![a-z])"), "NP", None, "sentence",
     (r"(?:bbq|barbecue|bonfire|lawnmower|mower|generator|chainsaw|fire pit|campfire|garden"
     r" waste|leaves|weeds|calories|fat|film|game)")),
    ("ex_house_weapon", "harm_to_others", C,
     (r"(?:outside|at|near|to|of) (?:my |his |her |their )?(?:exs|ex s|ex wifes|ex husbands"
     r"|ex partners|ex girlfriends|ex boyfriends) (?:house|place|flat|home|work|apartment|door)"),
     "NP", r"<WEAPON2>|petrol|gasoline|jerry can|acid", "message"),
    # Hopelessness and ideation in plain words the tables missed.
    ("hopeless_more_2", "hopelessness", C,
     (r"no (?:sirve|sirvo|sirves) (?:pa|para) nada|nada va a cambiar|(?:no|any) light (?:at the"
     r" end|at all|anywhere|left)|(?:cant|cannot|can not|couldnt) see (?:a|any) way (?:through"
     r"|forward)|(?:its|it is) too late for (?:someone|somebody|people|a person) like (?:me|him"
     r"|her)|too late for (?:me|him|her)(?= ?(?:\.|,|!|\"|$|now|anyway))|how many more (?:years"
     r"|days|decades) (?:of this|do i have to|must i)|whats the point (?:ill|hell|shell) never"
     r"|(?:ill|hell|shell) never (?:need|use) (?:it|them|one) (?:again|anyway|where)"),
     "NP", None, "sentence",
     (r"(?:apply|application|deadline|register|enrol\w*|sign up|tickets|booking|flu jab"
     r"|vaccine|room|basement|bulb|power|outage|lamp|electric\w*|printer|<JOKE>)")),
    ("ideation_more_2", "ideation", C,
     (r"no (?:quiero|quiere|queria|quisiera) (?:despertar|amanecer|seguir (?:viviendo"
     r"|aqui|vivo|viva|en este mundo))(?![a-z])|ojala no (?:amanezca|amanecer|despierte"
     r"|despertar)|(?:be around|be here|exist\w*) (?:\w+ ){0,4}in (?:any|every) sense|(?:swerv\w*|steer\w*"
     r"|veer\w*) (?:\w+ )?into (?:the |a |an )?(?:divider|median|barrier|central reservation"
     r"|lorry|truck|bridge|oncoming|wall|tree|pole)(?![a-z])"), "NP", None, "sentence",
     (r"(?:escuela|colegio|temprano|la alarma|trabajo|school|job|marriage|relationship|contract"
     r"|lease|deal|group chat|team|band|course|deer|dog|fox|pothole|ice|icy|skid\w*|avoid\w*)")),
    ("research_dying", "plan_means", C,
     (r"(?:does it hurt to|how long (?:until|till|til|does it take to|before you|before someone"
     r"|to)) (?:die|stop breathing|pass out|bleed out|lose consciousness|drown|suffocate)"
     r"|what happens (?:after|when) (?:you|we|people|someone) (?:die|dies) (?:\w+ ){0,4}(?:hurts?"
     r"|painful)"), "NP", None, "sentence",
     (r"(?:swim\w*|diving|freediv\w*|breath holding|holding your breath|cpr|first aid|exam"
     r"|biology|class|course|lesson|nursing|vet|fish|hamster|pet)")),
    # Ingestion: patches chewed, household poisons drunk, whole supplies taken at once,
    # misuse to switch off, empty packets around a person, opioid signs after relapse.
    ("ingested_poison", "overdose", C,
     (r"(?:chew\w*|suck\w*|ate|eating|swallow\w*) (?:\w+ ){0,2}(?:fentan\w*|buprenorph\w*"
     r"|nicotine|pain) patch\w*|(?:drank|drunk|swallowed|drinking|has drunk|consumed|drink|ate)"
     r" (?:\w+ ){0,5}(?:bleach|floor cleaner|phenyl|phenol|detergent|antifreeze|weedkiller|weed"
     r" killer|rat poison|pesticide|insecticide|paraquat|lye|drain cleaner|disinfectant|sniper"
     r"|kerosene|paint thinner|dettol|harpic|acid|lason|veneno|cloro|raticida|insecticida"
     r"|matarratas)(?![a-z])|(?:drank|drunk|swallowed|has drunk) (?:\w+ ){0,3}(?:from|out of)"
     r" (?:under the sink|the cleaning cupboard)|(?:uminom|ininom) ng lason|(?:tomo|bebio|se"
     r" tomo|se bebio) (?:\w+ ){0,2}(?:cloro|veneno|raticida|insecticida|lejia)"), "NP", None,
     "sentence",
     r"(?:accident\w*|by mistake|poison control said|was fine|turned out fine|as a (?:kid|child|toddler)|dog|cat|puppy)"),
    ("whole_supply_taken", "overdose", C,
     (r"(?:took|taken|swallowed|consumed|has taken|downed|tomo|se tomo) (?:\w+ ){0,2}(?:whole"
     r"|entire|full) (?:\w+ )?(?:week|weeks|months?|box|strip|bottle|pack|packet|supply|blister"
     r"|sheet|prescription|tub)(?![a-z])|se (?:tomo|trago|bebio|metio) (?:como |like |unas? "
     r"|unos |mas de |todas? (?:las|sus) |todo el |toda la )?(?:\d+|todas|un frasco|una caja"
     r"|el frasco|la caja|el bote|aspirinas|pastillas)(?![a-z])|(?:took|taken|swallowed)"
     r" (?:\w+ ){0,4}(?:at once|in one go|all at once|in one sitting)(?![a-z])"), "NP", r"<DRUG>|tylenol|paracetamol|aspirin\w*|clozapine|lithium|quetiapine|pastillas|aspirinas|xanax|sleeping", "sentence",
     (r"(?:course|antibiotic\w*|as prescribed|finished (?:the|her|his) course|completed"
     r"|instructed|told to|doctor said|pharmacist|dosette|like the|vitamin\w*)")),
    ("misuse_to_switch_off", "overdose", C,
     (r"knock (?:<REFL>) out|(?:taking|takes|took|using|uses|toma|tomando|se toma) (?:\w+ ){0,2}"
     r"(?:way |much |far |a lot |loads )?more (?:\w+ ){0,2}than (?:the box says|prescribed"
     r"|the label|(?:hes|shes) supposed to|(?:he|she) should|recommended|the dose|allowed)"
     r"|mas de lo (?:recetado|que le (?:recetaron|dijeron))|(?:took|taking|takes) (?:a few )?extra"
     r" (?:\w+ ){0,3}to (?:get through|sleep|knock|switch off|not (?:think|feel))"), "NP",
     (r"(?:switch off|knock|not (?:have to )?(?:think|feel)|numb|escape|blank out|zone out"
     r"|sleep through|get through|cant wake|wont wake|despertar|alcohol|drinking|booze|vodka"
     r"|wine|beer|leave me)"), "message",
     r"(?:boxing|punch\w*|walked into|door|cupboard|laugh\w*|beauty|eyelash)"),
    ("empty_packets_found", "overdose", C,
     (r"(?:empty|emptied|opened) (?:\w+ ){0,3}(?:bottles?|packets?|boxes|blister packs?|strips"
     r"|wrappers|foils) (?:\w+ ){0,2}(?:around|next to|beside|near|all over|on) (?:him|her|them"
     r"|the floor|the bed|his bed|her bed)(?![a-z])|found (?:him|her|them|my \w+) (?:\w+ ){0,2}"
     r"(?:with|next to|beside|surrounded by) (?:\w+ ){0,2}(?:empty|opened) "), "NP"),
    ("opioid_signs", "overdose", C,
     (r"(?:pupils?|pupilas) (?:\w+ ){0,2}(?:tiny|pinpoint|pinned|like pinpricks)"
     r"|nodd\w* off (?:mid|in the middle|while|during|at the)"), "NP", None, "sentence",
     (r"(?:\bold\b|elderly|[89]\d|dementia|narcolep\w*|apno?ea|night shift|baby|newborn"
     r"|jet lag|eye drops|optician|eye test|lecture|film|movie|church)")),
    ("mixing_to_pass_out", "overdose", C,
     (r"(?:mezcla|mixing|mixes|mixed|combining|combina) (?:\w+ ){0,3}(?:pastillas|<DRUG>|xanax"
     r"|valium|benzos?|oxy\w*|opioids|painkillers|sleeping pills) (?:\w+ ){0,4}(?:con|with)"
     r" (?:alcohol|vodka|wine|beer|tequila|booze|drink|cerveza)"), "NP",
     (r"(?:cant wake|no (?:lo|la) (?:podemos|puedo) despertar|passes out|passed out|wont wake"
     r"|every night|casi todas las noches|most nights|on purpose|to (?:sleep|knock|forget|not"
     r" feel)|barely awake|pass out)"), "message"),
    # Plans: the step off a height, charcoal or a hose, a stash being saved, heights and
    # poisons researched, a date picked, a gun brought out, "dont come".
    ("step_off_height", "plan_means", C,
     (r"(?:step|stepping|steps|walk|walking|roll|lean|leaning|let|letting|jump|jumping)"
     r" (?:off|go)(?= ?(?:\.|,|!|\"|$))|(?:ya )?lo (?:decidio|decidi)(?![a-z])"), "NP",
     (r"(?:roof|ledge|bridge|balcony|railing|edge|cliff|platform|parapet|window|building|tower"
     r"|car park|overpass|azotea|puente|techo|cornisa)"), "sentence"),
    ("fumes_set_up", "plan_means", C,
     (r"hose ?(?:pipe)? (?:\w+ ){0,4}(?:exhaust|car window|to the car|in the garage)"
     r"|(?:exhaust|tailpipe) (?:\w+ ){0,3}(?:hose|pipe|tube|into the car)|(?:charcoal|bbq"
     r"|barbecue|barbeque|uling|hibachi|disposable grill)(?: \w+){0,4} (?:in|inside|sa loob ng)"
     r" (?:his|her|their|the|a|my)? ?(?:room|bedroom|bathroom|car|tent|flat|kwarto)(?![a-z])"
     r"|(?:with|got|has) the hose ?pipe (?:\w+ ){0,3}(?:doing it|tonight|when)"), "NP", None,
     "sentence", r"(?:wash\w* the car|pool|paddling|camping trip|cook\w*|grill\w* (?:burgers|sausages))"),
    ("stash_saved", "plan_means", C,
     (r"(?:saving|saved|stashing|stashed|saving up|squirrel\w* away)"
     r" (?:\w+ ){0,2}(?:up )?(?:<DRUG>|paracetamol|tylenol|painkillers|sleeping pills)(?![a-z])"
     r"|(?:<DRUG>|paracetamol|tablets) (?:\w+ ){0,4}(?:been )?(?:saving|stashing|collecting"
     r"|hoarding) (?:up|them)|popped out of (?:the|their|its) (?:packets|blister\w*|foil)"
     r"|(?:guarda|guardando|guardo|junta|juntando|junto|acumula\w*) (?:\w+ ){0,2}(?:pastillas"
     r"|medicinas|pildoras)|pastillas (?:\w+ ){0,4}(?:guardadas|escondidas|acumuladas)"
     r"|(?:contadas|cuenta) las (?:pastillas|que (?:ya )?(?:guardo|junto))"), "NP",
     (r"(?:sav\w*|stash\w*|squirrel\w*|popped|hoard\w*|guard\w*|junt\w*|acumul\w*|escondidas"
     r"|contadas|cuenta)"), "sentence",
     r"(?:coupon|money|points|vitamin\w*|recycl\w*|pharmacy return|return them|dispos\w*)"),
    ("drug_gone_missing", "plan_means", C,
     (r"(?:bottle|box|packet|pack|strip|supply) of (?:\w+ ){0,2}(?:<DRUG>|morphine|oxy\w*|fentanyl"
     r"|insulin|paracetamol|tramadol|codeine|sleeping pills) (?:is |was |has )?(?:gone|missing"
     r"|disappeared)|(?:morphine|painkillers|sleeping pills|oxy\w*|insulin) (?:are|is|have|has)"
     r" (?:gone|gone missing|missing|disappeared)"), "NP", None, "sentence",
     (r"(?:found (?:them|it)|turned up|left (?:them|it) at|lost|misplaced|pharmacy|delivery"
     r"|refill|at work|in the car|dog|stolen from (?:the|his|her) car)")),
    ("research_heights", "plan_means", C,
     (r"(?:how (?:high|tall)|tallest|highest) (?:\w+ ){0,3}(?:buildings?|roofs?|rooftops?"
     r"|bridges?|car parks?|multi ?storeys?|cliffs?|towers?|drop)(?![a-z])|(?:rooftops?|roofs?"
     r"|bridges?|car parks?|walkway) (?:\w+ ){0,3}(?:accessible|open|unlocked|lock|locked) (?:after"
     r" hours|at night|overnight)|(?:bridges?|buildings?|roofs?|car parks?|cliffs?|towers?)"
     r" (?:\w+ ){0,4}(?:highest|tallest)(?![a-z])|how (?:high|tall) (?:they|it) (?:are|is)(?![a-z])"
     r"|what time (?:they|the \w+) lock (?:the )?(?:bridge|roof|car"
     r" park|gate|walkway|station)"), "NP",
     (r"(?:looking up|look up|looked up|research\w*|googl\w*|search\w*|asked|asking|asks"
     r"|disclosed|history)"), "sentence",
     (r"(?:architect\w*|tourism|tour|view|sightseeing|photograph\w*|school project|homework"
     r"|travel|trip|visit|engineer\w*|lego|minecraft|record)")),
    ("date_picked", "plan_means", C,
     (r"(?:picked|set|chosen|chose|circled|decided on) (?:a|the) (?:date|day)(?= ?(?:\.|,|!|\""
     r"|$|\(|for it|to do it|already|and))|(?:today|tonight) (?:is|was|would be) the"
     r" (?:day|night)(?= ?(?:\.|,|!|\"|$))|(?:hoy|esta noche) es (?:el dia|la noche)"
     r"|(?:has|have|got) a plan (?:for when|if) (?:it|things|life) (?:gets|get|becomes)"
     r" (?:too|unbearable)"), "NP", None, "sentence",
     (r"(?:wedding|party|holiday|trip|move|moving|surgery|operation|appointment|court|exam"
     r"|graduation|birthday|interview|launch|release|retirement|baby|due|match|game|race"
     r"|marathon|concert|sale|first day|big day)")),
    ("poison_bought_no_need", "plan_means", C,
     (r"(?:bought|buying|buys|got|ordered) (?:\w+ ){0,2}(?:rat poison|weedkiller|weed killer"
     r"|pesticide|insecticide|paraquat|antifreeze|cyanide|raticida|veneno para ratas)"
     r" (?:\w+ ){0,4}(?:though|but|even though|when|and) (?:we|he|she|they) (?:dont|do not|doesnt"
     r"|does not|have no|has no|no longer|hasnt)|(?:asking|asked|looking|searching|googl\w*"
     r"|research\w*) (?:\w+ ){0,5}(?:strongest|most (?:toxic|lethal|deadly)) (?:\w+ )?(?:weedkiller"
     r"|poison|pesticide|painkiller\w*|sleeping pill\w*|tablets)"), "NP"),
    ("gun_brought_out", "plan_means", C,
     (r"<GUN> (?:\w+ ){0,3}(?:out of (?:the|his|her|its) (?:safe|case|cabinet|locker|cupboard)"
     r"|(?:lying|sitting|laid out|left) (?:\w+ ){0,2}on (?:the|his|her) (?:kitchen )?(?:table"
     r"|bed|desk|counter|seat))|(?:hid|hidden|hides|hiding) (?:\w+ ){0,3}(?:<GUN>|razor blades"
     r"|blades|rope|a noose|cord)(?![a-z])|(?:cord|rope|noose|ligature) (?:\w+ ){0,3}hidden"
     r"|(?:having|likes having|keeping) (?:my |his |her )?options(?= ?(?:\.|,|!|\"|$))"), "NP",
     None, "sentence",
     (r"(?:clean\w*|hunt\w*|range|shoot\w* club|season|licen[cs]e|inspection|police check|sell\w*"
     r"|sold|(?:i|we|ive|weve) (?:\w+ ){0,2}hid|toddler|grandkids|christmas|present|costume"
     r"|lego|toy|nerf|water gun|open)")),
    ("dont_come_means", "plan_means", C,
     (r"(?:dont|do not) (?:come|try to (?:stop|find) me|call (?:anyone|mum|mom|dad|the police|911))(?= ?(?:\.|,|!|\"|$|over"
     r"|here|home|in|after me))|properly this time|(?:do it|get it) right this time"
     r"|(?:wont|will not) (?:fail|mess (?:it )?up|screw (?:it )?up) (?:this|next) time"), "NP",
     (r"(?:<WEAPON>|pills|rope|bath|bridge|note|tablets|cord|belt|blade|gun|tonight|goodbye"
     r"|sorry|ledge|roof)"), "message",
     r"(?:exam|test|driving|recipe|cake|homework|job|interview|diet|paint|essay|audition|game)"),
    ("tracks_at_night", "plan_means", C,
     (r"(?:drives|driving|drove|goes|going|went|walks|walking) (?:\w+ ){0,2}to the (?:train"
     r" tracks|tracks|railway|level crossing|bridge|cliffs?|quarry|vias) (?:\w+ ){0,3}(?:at night"
     r"|por la noche|and (?:just )?(?:sits?|stands)|alone|every night)|(?:lets?|letting|watching)"
     r" (?:\w+ ){0,2}trains? (?:go by|go past|pass)(?![a-z])|waiting for the (?:fast|express"
     r"|right|next fast) (?:one|train)|(?:freight|train) (?:train )?(?:times|timetables?"
     r"|schedules?) (?:\w+ ){0,4}(?:tracks|crossing|notes|phone)"), "NP", None, "sentence",
     r"(?:commute|work|school|trip|travel|catch|journey|ticket|spotting|trainspott\w*|hobby|photo\w*|model)"),
    # Psychosis: beliefs of invulnerability or of a swapped person, a chosen sacrifice.
    ("invulnerable_belief", "psychosis_danger", C,
     (r"(?:thinks|believes|says|saying|convinced|sure) (?:that )?(?:he|she|they|i) (?:can|could"
     r"|is able to) (?:fly|breathe underwater|walk on water|stop (?:the )?(?:cars|trains|bullets)"
     r"|survive (?:anything|the fall))(?![a-z])|(?:cars|trains|bullets) (?:cant|can not|wont"
     r"|will not) (?:touch|hurt|hit|harm) (?:him|her|me|them)|los (?:carros|coches|autos) no (?:lo"
     r"|la|me) (?:pueden|van a) (?:tocar|hacer nada)|god will stop the (?:cars|trains)"), "NP", None, "sentence",
     r"(?:film|movie|novel|series|show|game|comic|scene|script|cliche|line|song|lyric\w*)"),
    ("swapped_impostor", "psychosis_danger", C,
     (r"(?:swapped|replaced|switched) (?:\w+ ){0,2}(?:for|by|with) (?:a |an )?(?:clone|impostor"
     r"|imposter|double|robot|fake|body double|lookalike|look alike|android|alien)(?![a-z])"
     r"|(?:babys|baby|baby s|kids|children|son|daughter) (?:has been|been|was|were|got|have been)"
     r" (?:swapped|switched|replaced)(?![a-z])|chosen to (?:die|be sacrificed|be the sacrifice)"
     r"|day of the (?:offering|sacrifice)|has to (?:die|be sacrificed) (?:to|for) (?:save|protect"
     r"|cleanse)"), "NP", None, "sentence",
     r"(?:at birth|hospital mix|film|movie|novel|series|show|game|phone|battery|insurance|comic"
     r"|scene|script|cliche)"),
    # Self-harm told by the act: burns pressed on, head banging, digging and carving,
    # marks in rows, objects swallowed, cuts made with broken glass.
    ("burn_pressed_on", "self_harm", C,
     (r"(?:press\w*|held|holding|hold\w*|put\w*|stuck) (?:her|his|their|my) (?:own )?(?:\w+ )?"
     r"(?:arm|arms|hand|hands|forearm|leg|legs|wrist|wrists|skin|fingers?) (?:\w+ )?(?:on|onto"
     r"|against|to|under|in) (?:the |a )?(?:hot |boiling |burning )?(?:stove|hob|ring|iron"
     r"|kettle|oven|radiator|flame|fire|candle|lighter|hot (?:water|tap|pan|plate)|boiling water"
     r"|cooker|stove ring)(?![a-z])|(?:a lighter|a hot spoon|a hot knife|a heated \w+) (?:\w+ ){0,2}"
     r"(?:to|onto|against) (?:his|her|their|my) (?:\w+ )?(?:arm|arms|forearm|hand|leg|legs|thigh"
     r"|skin|wrist)(?![a-z])"), "NP", None, "sentence",
     r"(?:accident\w*|by mistake|didnt mean|slipped|oops|warm (?:up|them)|cold hands)"),
    ("head_banging", "self_harm", C,
     (r"bang\w* (?:her|his|their) head (?:off|on|against|into) (?:the )?(?:\w+ )?(?:wall|walls"
     r"|doorframe|door|floor|table|desk|window|radiator|mirror)|(?:hitting|hits|hit|punching"
     r"|punches|punched|slapping|slaps) (?:<REFL3>) (?:in the (?:head|face)|over and over"
     r"|repeatedly|hard)|se golpea la cabeza|se (?:pega|da) (?:\w+ ){0,2}(?:golpes|cabezazos)"
     r"|se arranca el pelo|pulling (?:her|his|their) (?:own )?hair out"), "NP", None, "sentence",
     (r"(?:toddler|baby|tantrum|autis\w*|nonverbal|(?:2|3|two|three) year old|headbang\w* to"
     r"|music|concert|metal|figurative\w*|trying to|with (?:this|him|her|them|the)|over (?:this"
     r"|it|how)|feels like|feel like|homework|maths|exam|stress)")),
    ("dig_carve_skin", "self_harm", C,
     (r"(?:dig\w*|carv\w*|scratch\w*|gouge\w*|jab\w*) (?:\w+ ){0,3}(?:into|in|on) (?:his|her|their"
     r"|my) (?:own )?(?:\w+ )?(?:arm|arms|forearm|forearms|wrist|wrists|leg|legs|thigh|thighs"
     r"|skin|stomach|hand|hands|chest|ankle)(?![a-z])|(?:the thing|it) with (?:the|a|her|his)"
     r" (?:compass|blade|razor|scissors|lighter|sharpener)|(?:sacapuntas|pencil sharpener"
     r"|sharpener|disposable razor|shaving razor|razor cartridges?|razors?) (?:\w+ ){0,3}(?:desarmad\w*"
     r"|taken apart|broken apart|dismantled|unscrewed|smashed|snapped|pried|prised)"), "NP", None,
     "sentence",
     (r"(?:splinter|tick|ingrown|eczema|itch\w*|mosquito|nails? (?:into|in) (?:his|her) palm"
     r"|tattoo|needle|injection|insulin|blood test|cannula|toddler|baby|child|kid|cat|dog"
     r"|puppy|kitten|pumpkin|wood|soap)")),
    ("marks_in_rows", "self_harm", C,
     (r"(?:parallel|neat|straight|evenly spaced|rows? of|lines of) (?:\w+ ){0,2}(?:marks|cuts"
     r"|scratches|lines|scars|burns|lacerations)(?![a-z])|(?:marks|cuts|burns|scars|cigarette"
     r" burns|burn marks) (?:\w+ ){0,6}in (?:a row|rows|neat lines|straight lines)(?![a-z])"
     r"|cigarette (?:burns?|marks)|marcas de (?:queimadura|quemadura|cigarr\w*)|(?:cuts|scars"
     r"|burns) (?:she|he|they) (?:made|did|gave) (?:<REFL3> )?(?:with|using)|(?:broken|smashed)"
     r" (?:bit of |piece of |pieces of )?(?:mirror|glass|bottle) (?:\w+ ){0,3}(?:to cut|cut)"
     r"|(?:new|fresh|recent|superficial|deep|multiple) (?:\w+ )?(?:cuts|lacerations|burns"
     r"|scratches) (?:on|to|across) (?:her|his|their|both|the)? ?(?:\w+ )?(?:arm|arms|forearm"
     r"|forearms|wrist|wrists|thigh|thighs|leg|legs|stomach|ankle|ankles|hips?|chest)(?![a-z])"),
     "NP", None, "sentence",
     (r"(?:bike|fell|fall|football|rugby|sport|garden\w*|cat|dog|surgery|operation|biopsy"
     r"|stitches from|shaving|brambles|skate\w*|hockey|stretch marks|pen(?![a-z])|marker|biro|felt tip"
     r"|drawing|carpet|sofa|car seat|clothes|jumper|shirt|table|desk|ash|wood|paint|tattoo)")),
    ("ongoing_self_harm", "self_harm", C,
     (r"(?:ongoing|active|current|regular|daily|weekly|nightly) (?:self ?harm\w*|cutting|burning"
     r"|self ?injur\w*)(?![a-z])|(?:swallow\w*) (?:\w+ ){0,3}(?:batteries|button batter\w*"
     r"|magnets|razor blades|nails|pins|screws|small objects)(?![a-z])|(?:hiwa|sugat) sa"
     r" (?:braso|pulso|hita)|(?:tiene|tenia|le vi|con) (?:unos |muchos |varios )?(?:cortes"
     r"|cortadas|quemaduras|heridas) en (?:el|la|los|las|sus) (?:brazo|brazos|muneca|munecas"
     r"|pierna|piernas|tobillo|tobillos|muslo|muslos|panza|estomago)"), "NP", None, "sentence",
     (r"(?:budget|costs|funding|staff|hours|services|benefits|hair|toddler|baby|infant"
     r"|accident\w*|by accident|dog|puppy|cat|accidente|cocina|jardin|bicicleta|se cayo|caida"
     r"|futbol|gato|perro)")),
    ("knuckles_split", "self_harm", C,
     (r"(?:punch\w*|hit\w*|smash\w*) (?:the |a |walls?|brick|doors?|windows?|mirrors?)(?: \S+){0,5}"
     r" (?:until|till|and|,) (?:\w+ ){0,2}(?:knuckles|hands?|fists?) (?:are |were )?(?:split"
     r"|bleed\w*|raw|swollen|broken|cut)"), "NP", None, "sentence",
     r"(?:bag|gym|boxing|training|sparring|class|movie|film)"),
    ("doing_it_again", "self_harm", C,
     r"(?:doing it|at it) again(?![a-z])", "NP",
     (r"(?:bandages|plasters|cuts|cutting|marks|self ?harm\w*|blood|razor|blade|scars|burns"
     r"|long sleeves|hoodie)"), "message"),
    # Inability to care: Spanish self-neglect, a house full of rubbish.
    ("neglect_spanish", "unable_to_care", C,
     (r"no (?:se )?(?:bana|come|bebe|duerme|toma agua) (?:ni (?:se )?(?:bana|come|bebe|duerme"
     r"|sale)|hace (?:dias|semanas|meses)|desde hace)|(?:dejo|ha dejado) de (?:comer|banarse"
     r"|ponerse la insulina|tomar agua)|no ha comido (?:en|hace|desde)|(?:casa|cuarto) (?:esta )?"
     r"(?:llena|lleno) de (?:basura|moscas|ratas|cucarachas)"), "NP", None, "sentence",
     r"hace (?:\d+|unos|muchos|varios|dos|tres|cuatro|cinco) anos"),
    # ---------------- told sideways: metaphor, dialect spellings, hurried texts
    ("violence_told_more", "abuse", C,
     (r"(?:laying into|laid into|belting|belted|battering|battered|beating on|knocking (?:her|him"
     r"|them) about|smacking (?:her|him|them) around) (?:her|him|them|his \w+|her \w+|my \w+"
     r"|the \w+)(?![a-z])|(?:throwing|threw|slamming|slammed|shoving|shoved) (?:her|him|his \w+"
     r"|her \w+|my \w+) (?:\w+ )?(?:against|into|down) (?:the )?(?:wall|floor|stairs|door"
     r"|ground)(?![a-z])|(?:got|has|had|grabbed) (?:\w+ ){0,2}by the (?:throat|neck)(?![a-z])"
     r"|(?:screaming|crying|sobbing) (?:\w+ ){0,3}(?:stop|no|please|help me)(?: stop| no)?"
     r"(?= ?(?:\.|,|!|\"|$|and))|(?:yelling|shouting|screaming) and (?:thudding|thumping"
     r"|banging|smashing|crashing)|(?:slaps|hits|beats|punches|kicks|smacks|pinches|klaps)"
     r" (?:her|him|them) (?:when|if|whenever|every time)|(?:hides|hid|hiding|withholds|takes)"
     r" (?:her|his) (?:meds|medication|tablets|pills|insulin) (?:\w+ ){0,3}(?:so (?:she|he)"
     r"|to (?:punish|control|make))|le (?:rompio|quebro|fracturo) (?:el|la) (?:brazo|nariz"
     r"|pierna|mano|costilla|mandibula)|no (?:la|lo|me) deja salir|(?:makes|made|forces|forced)"
     r" (?:her|him|them|me) (?:to )?(?:sleep|stay|stand|sit|wait) (?:in|outside|on) (?:the )?"
     r"(?:car|garden|shed|yard|street|balcony|cold|porch|garage)(?![a-z])|(?:it hurts|hurts me)"
     r" when (?:he|she|they) (?:visits|comes|touches|baths|bathes|tucks)|(?:told|tell|tells)"
     r" (?:her|him|them) (?:not|nuh) (?:to|fi) tell (?:nobody|anyone|anybody)"), "NP", None,
     "sentence",
     (r"(?:toddler|baby|autis\w*|tantrum|dog|cat|ball|game|film|tv|movie|nightmare|video"
     r"|camping|festival|tent|road trip|wrestl\w*|play\w*|tickl\w*)")),
    ("keep_it_secret_adult", "abuse", C,
     r"keep (?:\w+ ){0,2}(?:friendship|relationship|texts|messages|chats) (?:a )?secret", "NP",
     (r"(?:leader|coach|teacher|adult|uncle|man|older|priest|tutor|stepdad|stepfather|boss"
     r"|instructor|neighbour|neighbor)"), "message"),
    ("threat_more", "harm_to_others", C,
     (r"(?:will|going to|threaten\w* to|said hed|says hell|hell) finish (?:her|him|you|me|my \w+)"
     r"(?= ?(?:\.|,|!|\"|$|if|when|off))|(?:break|snap) (?:her|his|your|my) (?:neck|legs|arms?"
     r"|jaw) (?:next time|if|when)|(?:throw|throwing|threw|pour|pouring) acid (?:on|at|in)"
     r"|come back with (?:a |something|\w+ )?(?:<WEAPON2>|something|a weapon)? ?and (?:sort"
     r"|deal with|finish|do)|(?:take|taking|took) out (?:a couple of |some |those |the |all"
     r" the )?(?:kids|people|students|teachers|classmates|lads|bullies) (?:\w+ ){0,3}(?:who"
     r"|that|from)|(?:brought|bringing|carrying|has) (?:a |the |his |her )?(?:\w+ )?<WEAPON2>"
     r" (?:in|into school|to school|to class)(?![a-z])|deserves? whats coming|wont be breathing"
     r"|(?:waving|pointing|swinging|brandishing) (?:a |the |his |her |it |el |la )?(?:\w+ )?"
     r"(?:<WEAPON2>|it) (?:\w+ )?at (?:\w+)"), "NP", None, "sentence",
     (r"(?:pizza|takeaway|bins|trash|rubbish|for (?:lunch|dinner|ice cream|a walk)|bowling|cinema"
     r"|film|game|lol|culinary|cooking|food tech\w*|home ec\w*|chef|catering|for (?:his|her) (?:\w+ )?class)")),
    ("ideation_more_3", "ideation", C,
     (r"better off not (?:waking up|being here|being alive|existing)|(?:wouldnt|would not|dont"
     r"|doesnt) mind not waking up|seria mejor (?:estar muert[oa]|morir\w*|no (?:estar|despertar|existir)|dormir\w* y"
     r" (?:ya |you )?no despertar)|better off in the ground|(?:wish|wishes|wished) (?:\w+ ){0,3}"
     r"(?:drop dead|keel over)|(?:in the car|in (?:the|a) garage) with the engine running"
     r"|(?:turn|turning|jerk|jerking|yank\w*) the wheel|(?:thinking|thought|think|wondering) about"
     r" how (?:id|hed|shed|i would|he would|she would|theyd) do it|(?:id|would|hed|shed) rather"
     r" (?:just )?(?:not wake up|be dead|die|not be here|not exist)(?! than)|(?:take|taking) (?:one|a)"
     r" step (?:forward|off)(?= ?(?:\.|,|!|\"|$))|(?:staring|stare|looking) at the (?:traffic"
     r"|trains|water|river|drop) (?:\w+ ){0,3}(?:wondering|thinking|imagining)|reasons to (?:stay"
     r" alive|live|keep going) (?:\w+ ){0,5}(?:shorter|smaller|fewer|running out)|who would"
     r" (?:actually |even )?(?:notice|care|miss (?:me|him|her)) if (?:i|he|she) (?:stopped"
     r"|was gone|wasnt|died|disappeared)"), "NP", None, "sentence",
     r"(?:<JOKE>|parking|driving lesson|learner|test|game|steering|party|meeting|class|gym)"),
    ("hopeless_more_3", "hopelessness", C,
     (r"nothing (?:will|is going to) ever change|everythings pointless|(?:ive|i have|hes|shes"
     r"|has|have) ruined (?:my|his|her) (?:whole )?life|beyond fixing|(?:had|have|has) enough of"
     r" (?:\w+ ){0,3}(?:living|life|being alive)|(?:nothing|no reason) (?:left )?"
     r"(?:worth )?(?:getting up|waking up) for|tired of being (?:the|a) (?:problem|burden)"
     r"|(?:dont|doesnt|cant|cannot) see (?:it|things|anything) (?:ever )?getting better|better"
     r" off raised by|deserve a better (?:mother|father|mum|mom|dad|wife|husband|parent|son"
     r"|daughter)|better (?:off )?(?:on|with) the (?:life )?insurance"
     r"|(?:dead weight|a burden|a drain|a millstone) (?:around|round|on) (?:our|your|their|my)"
     r" necks?"), "NP", None, "sentence",
     r"(?:haircut|tattoo|<JOKE>|phone|cake|outfit|car|game|team|season|match|job|exam|weather)"),
    ("plan_more_2", "plan_means", C,
     (r"take (?:the lot|them all|all of them|the whole lot)(?= ?(?:\.|,|!|\"|$|once|when|tonight))"
     r"|finish(?:ing)? (?:it|this|things)(?: all)? (?:tonight|today|now)|painless (?:ways?"
     r"|methods?)|(?:asking|asked|wants to know) (?:\w+ ){0,3}where (?:i|we|you) keep (?:the )?"
     r"(?:key|keys|combination|code) (?:for|to) (?:the )?(?:gun|rifle|shotgun|firearm|medicine"
     r"|meds|pills?)|for when (?:i|he|she) decide|(?:several|multiple|different|three|two)"
     r" (?:different )?(?:pharmacies|chemists|drugstores)|(?:would|youd|you would|could)"
     r" (?:definitely )?(?:not )?survive (?:it|that|the fall|a fall|a jump)|(?:ask\w*|buy)"
     r" (?:\w+ ){0,3}sniper"), "NP", None, "sentence",
     r"(?:game|film|movie|show|video|plane crash|car crash|cancer|surgery|operation|prices|cheaper|insurance)"),
    ("overdose_more_2", "overdose", C,
     (r"(?:\d+|several|a few|many|lots) instead of (?:\d+|one|two|the)|(?:swallowed|taken|took) (?:all of"
     r" them|the rest|the lot|them all|the whole lot)(?![a-z])|(?:pile|handful|load|heap|bunch"
     r"|fistful) of (?:\w+ )?(?:<DRUG>|sleeping tablets|painkillers)|too many (?:\w+ ){0,3}on"
     r" purpose|(?:intentional|deliberate) (?:\w+ )?overdose|(?:tablet|pill|dosette|medication)"
     r" (?:organi[sz]er|box|tray) (?:\w+ ){0,2}(?:completely |totally )?empty|(?:shot up|used"
     r"|took|did) (?:way |much |a lot )?more than usual|(?:drank|drink|drunk|downed) (?:off )?(?:a"
     r" |the )?whole bottle of (?:cough syrup|<DRUG>|pills|tablets|medicine|calpol)|(?:drank"
     r"|drink|drunk|drinking) sniper|swallowed (?:a |the |half a |some )?(?:bottle|jar) of"
     r" (?:something|chemicals)"), "NP", r"<DRUG>|sleeping|dose|overdose|sniper|syrup|tablet|pill|shot up|swallowed|something", "sentence",
     (r"(?:doctor|prescribed|told to|increase\w*|upped|raised|course|antibiotic\w*|refill|missed"
     r"|forgot|catch up|make up"
     r"|pharmacy|collect|order\w*|vitamin\w*|coffee|espresso|price|cost)")),
    ("psychosis_more_2", "psychosis_danger", C,
     (r"(?:is|s|are) (?:a )?(?:witch|possessed)(?![a-z])|(?:el diablo|un demonio|el demonio)"
     r" (?:esta )?(?:dentro del?|en el) (?:bebe|nino|nina|nene)|(?:needs?|has|have) to (?:sacrifice"
     r"|purify|cleanse|exorcise) (?:\w+ ){0,2}(?:something|someone|him|her|them|the baby|the kids)"
     r"|(?:told|tells|telling|ordered) (?:him|her|them|me) to (?:take out|gouge|cut (?:off|out)"
     r"|pluck out|burn) (?:his|her|their|my)|(?:dig|cut|carve|pick|get) (?:it|them|the (?:chip"
     r"|camera|tracker|implant|bugs?)) out (?:of (?:his|her|my) (?:\w+ )?)?with|(?:says|saying"
     r"|shouting|screaming|convinced|thinks) (?:that )?(?:i|we|you|she|he|they|people|the"
     r" neighbours?) (?:\w+ )?(?:poisoned|are poisoning|is poisoning) (?:him|her|them|me)"
     r"|(?:is|s|are) (?:an? )?(?:impostor|imposter|clone|robot)(?![a-z])|replaced by (?:some |an? )?"
     r"(?:impostor|imposter|clone|robot|double)"), "NP", None, "sentence",
     r"(?:film|movie|novel|series|show|game|comic|halloween|costume|play|joke|<JOKE>|witch hunt)"),
    ("self_harm_more_2", "self_harm", C,
     (r"(?:lines|marks|cuts|scratches) (?:all )?(?:up|down|along|across) (?:her|his|their)"
     r" (?:arm|arms|forearm|forearms|legs?|thighs?|wrists?)(?![a-z])|(?:blades?|razors?|razor"
     r" blades) (?:\w+ ){0,2}(?:hidden|stashed|taped|wrapped) (?:in|under|inside|behind)"
     r"|(?:burns?|marks?) (?:\w+ ){0,4}(?:consistent with|from|like) (?:a )?(?:lighter|cigarette"
     r"|lighters)|small round (?:burns|marks|scars)|(?:slicing|slashing|slices|slashes|sliced"
     r"|slashed) (?:her|his|their|my) (?:own )?(?:leg|legs|arm|arms|wrist|wrists|thigh|thighs"
     r"|skin|stomach)|cutting again|self ?harm\w* again|relapsed (?:\w+ ){0,2}(?:cutting|self"
     r" ?harm\w*)|(?:covered in|full of|loads of|lots of) (?:cuts|scars|burns)(?![a-z])"
     r"|(?:wrists?|throat) (?:\w+ )?(?:cut|slit|slashed|sliced)(?: open)?(?![a-z])"
     r"|se (?:esta )?golpeando la cabeza|burn\w* (?:her|his|their|my) (?:own )?(?:\w+ )?(?:hand"
     r"|arm|arms|leg|legs|skin|wrist|thigh|thighs) with (?:a )?(?:hot|lighter|cigarette)"),
     "NP", None, "sentence",
     (r"(?:pen|marker|ink|henna|tattoo|drawing|rash|eczema|stretch|toolbox|shed|workshop|craft"
     r"|hair|costs|budget|carbs|sugar|grass|hedge|paper|fabric|bike|fell|brambles|garden|roses"
     r"|surgery|chickenpox|mosquito|bites|acne|glass|accident\w*|kitchen|tin|cooking|oil"
     r"|ironing|baking|by mistake|chart|graph)")),
    ("attempt_more_2", "attempt", C,
     (r"(?:jumped|jumps|has jumped|leapt) into (?:the )?(?:river|sea|canal|water|lake|harbour"
     r"|ocean)(?![a-z])|(?:climb|climbing|climbed|trying to get) out (?:of )?(?:the|a|her|his)"
     r" window|pulled out of (?:the )?(?:canal|river|sea|lake|water|harbour)|now (?:youll|you"
     r" will|theyll|you all) believe me"), "NP", None, "sentence",
     (r"(?:swim\w*|pool|holiday|vacation|trip|dare|summer|jetty|pier jump\w*|fire|locked out|keys|cat|dog"
     r"|burglar|kid|toddler|film|movie|novel)")),
    ("farewell_more_2", "farewell", C,
     (r"(?:youll|you will) (?:look after|take care of) (?:\w+ ){0,2}(?:, )?wont you|(?:look after"
     r"|take care of) (?:\w+ ){0,3}after me(?= ?(?:\.|,|!|\"|$))|(?:one by one|each of us"
     r"|everyone|everybody) (?:\w+ ){0,4}(?:to say|saying) (?:sorry|goodbye|forgive|she loves"
     r"|he loves|i love)|forgive (?:him|her|me) for (?:anything|everything)|(?:going|go"
     r"|gone) (?:very )?far away(?= ?(?:\.|,|!|\"|$|but|and|soon))|scatter (?:her|his|my) ashes"
     r"|(?:it|i) (?:wont|will not) be (?:long|here long|around long) now|tidying up"
     r"(?= ?(?:\.|,|!|\"|$))|sorted everything out now|(?:sent|gave|giving|sending) money to"
     r" (?:all of us|everyone|each of us)|(?:handed|gave|giving) (?:me|us) (?:her|his) (?:spare )?"
     r"key"), "NP", None, "sentence",
     (r"(?:holiday|vacation|trip|travel\w*|moving|move|job|study|studies|uni|college|abroad"
     r"|terminal|hospice|cancer|palliative|party|christmas|birthday|house ?sit\w*|while (?:im|hes"
     r"|shes|were) away|room|desk|garage|kitchen|new job)")),
    ("neglect_more", "unable_to_care", C,
     (r"(?:fallen|fell) (?:\w+ ){0,3}(?:and )?(?:cant|can not|cannot|couldnt) get up|lying on"
     r" (?:her|his|the) (?:\w+ )?floor (?:\w+ ){0,6}(?:not moving|wont answer|not answering"
     r"|cant get up)|gone walkabout|(?:not|hasnt|havent|hadnt) (?:eaten|eating) or (?:drunk"
     r"|drinking|drank)"), "NP", None, "sentence",
     r"(?:bug|flu|virus|cold|covid|surgery|operation|improving|getting better|much)"),
    ("signs_more_3", "abuse", C,
     (r"(?:thumps|thuds|bangs|crashes|slaps) (?:against|on) the (?:wall|floor|door)(?![a-z])"
     r"|flinch\w* (?:when|if|whenever|every time) (?:she|he|they|anyone|someone) (?:\w+ ){0,3}"
     r"(?:raises|shouts|comes|moves|walks|lifts)|(?:la|lo) (?:toca|toco|tocaba|manosea\w*)"
     r" (?:when|cuando|en|donde|por)"), "NP", r"(?:screaming|crying|shouting|yelling|scared"
     r"|frightened|afraid|money|carer|nina|nino|sobrina|sobrino|hija|hijo|\d+)", "message",
     (r"(?:film|movie|tv|game|music|party|neighbours? (?:diy|renovat\w*)|drill\w*|used to|years ago"
     r"|im safe|remarried|i (?:still |sometimes )?flinch)")),
    ("farewell_more_3", "farewell", C,
     (r"(?:out of the blue|suddenly|randomly) (?:\w+ ){0,3}(?:to say|saying|said) (?:that )?(?:he"
     r"|she|they) (?:loves?|loved)|(?:youll|you will|you) (?:need|use|want) (?:these|this|them|it)"
     r" more than (?:me|i (?:will|do))|if anything (?:ever )?happens,? (?:\w+ ){0,5}(?:not|no fue"
     r"|wasnt) (?:your|tu) (?:fault|culpa)|si (?:algo|me) pasa,? (?:\w+ ){0,4}no fue tu culpa"
     r"|(?:and|,) not coming back(?= ?(?:\.|,|!|\"|$))"), "NP", None, "sentence",
     r"(?:<JOKE>|holiday|trip|uni|college|moving|abroad|job|film|movie|gift|present)"),
    ("threat_more_2", "harm_to_others", C,
     (r"sort (?:out )?(?:his|her) ex(?![a-z])|sort (?:him|her|them) out(?= ?(?:\.|,|!|\"|$))"
     r"|knows? where (?:theyre|shes|hes|they are|she is|he is) (?:living|staying)|parked outside"
     r" (?:his|her|their|my \w+s|the \w+s) (?:house|flat|home|place|work)(?![a-z])"), "NP",
     r"(?:ex|knows where|<WEAPON2>|meds|threat\w*|drinking|petrol|acid)", "message",
     r"(?:<JOKE>|taxes|paperwork|bills|garden|car|computer|room)"),
    ("hopeless_metaphor_3", "hopelessness", C,
     (r"(?:im|hes|shes|i am|he is|she is) (?:a|like a) (?:candle|match|battery|light|fire)"
     r" (?:thats|that is|that has|thats been)? ?(?:burnt|burned|run|gone|going) (?:right )?"
     r"(?:down|out)|(?:life|story) is (?:a closed chapter|finished|over)(?![a-z])|(?:turning"
     r"|reading) the last pages|last chapter of (?:my|his|her) life|lights are going"
     r" out|tunnel (?:with )?(?:no|and no) (?:light|end|way out)|no light (?:\w+ ){0,2}(?:coming"
     r"|at the end|come)|waiting for the clock to run out|nothing left to (?:fix|light|save|give"
     r"|live for)|whats even the point(?![a-z])|let (?:it|me|him|her) sink(?= ?(?:\.|,|!|\"|$"
     r"|and|tbh))|(?:wouldnt|would not|doesnt|does not|wont) matter if (?:i|he|she) (?:wasnt|werent"
     r"|was not|were not|died|disappeared|was gone)|(?:stopping|ending|stop|end) (?:everything"
     r"|it all|it)(?: ,)? (?:permanently|for good|forever)|(?:would|will|d) (?:tick along|carry on"
     r"|keep turning|manage) (?:\w+ )?(?:fine|better|just fine) without (?:him|her|me)"),
     "NP", None, "sentence",
     r"(?:car|house|bike|renovation|phone|laptop|job|contract|subscription|app|account|<JOKE>|boat trip|show|series|book)"),
    ("plan_more_3", "plan_means", C,
     (r"(?:worked out|figured out|planned|decided) (?:\w+ ){0,2}how and (?:\w+ )?when|not going to"
     r" do it yet|(?:wont|will not) do it yet|(?:bought|buying|buys) (?:a |some )?(?:length of"
     r" |coil of |bit of )?(?:rope|cord)(?: \S+){0,6} (?:no|not (?:a|any)) (?:\w+ )?project"
     r"|(?:gun|firearms?|shotgun) licen[cs]e (?:\w+ ){0,2}(?:quick\w*|fast|asap|urgently)"
     r"|(?:never|not) (?:once )?(?:been )?interested in (?:shooting|guns|hunting)"), "NP", None,
     "sentence", r"(?:<JOKE>|exam|test|essay|recipe|party|wedding|holiday)"),
    ("took_all_of_them", "overdose", C,
     (r"(?:i|he|she|they|ive|hes|shes) (?:just )?(?:took|taken|swallowed|have taken|has taken)"
     r" (?:all of them|them all|the lot|the whole lot|the rest)(?= ?(?:\.|,|!|\"|$))|to see what"
     r" it (?:would )?feel\w* like"), "NP", None, "sentence",
     r"(?:course|antibiotic\w*|vitamin\w*|photos|pictures|kids|dogs|home|out|shopping|school|ride|rollercoaster|drive|car|tattoo|piercing|vape|dare)"),
    ("danger_road_water", "unable_to_care", C,
     (r"(?:walking|standing|sitting|lying|wandering|running) (?:up |down |along |in |across"
     r" |into )?(?:the )?(?:middle of (?:the )?)?(?:motorway|highway|freeway|interstate|dual"
     r" carriageway|carriageway)(?![a-z])|(?:in|into|out in) the (?:surf|sea|ocean|waves|river)"
     r" (?:\w+ ){0,2}(?:in (?:his|her|their) clothes|fully clothed|at (?:night|midnight))"
     r"|(?:ocean|sea|river|waters?)s? (?:is )?calling (?:him|her|me)"), "NP", None, "sentence",
     r"(?:traffic jam|bus|car|drive|driving|commute|film|song|poem|holiday|surf\w* lesson|swim\w*)"),
    ("bath_red", "attempt", C,
     (r"(?:bath|tub)(?: \S+){0,6} (?:waters?|water is) (?:all )?(?:red|pink|bloody)(?![a-z])"
     r"|(?:bath ?water|tub) (?:is |s )?(?:all )?(?:red|pink|bloody)(?![a-z])|(?:acaba de|acababa"
     r" de) (?:tirarse|aventarse|lanzarse|cortarse|ahorcarse)"), "NP", None, "sentence",
     r"(?:bath bomb|dye|paint|bath toy|fizz\w*|glitter|henna|food colou?ring|beetroot)"),
    ("double_dose_intent", "overdose", C,
     (r"(?:took|taken|swallowed|taking|takes) (?:a |the )?(?:double|triple|quadruple|twice|three"
     r" times)(?: or (?:double|triple))? (?:\w+ )?(?:dose|the dose|amount)"), "NP",
     (r"(?:on purpose|deliberately|intentional\w*|to (?:sleep|knock|numb|forget|switch off|not"
     r" feel|feel nothing)|after (?:a |the )?(?:fight|row|argument)|slept for|wouldnt wake|wont go"
     r"|refus\w*|strips|finishing too fast|running out|hiding)"), "message",
     r"(?:doctor said|prescribed|told to|missed|forgot|catch up|make up|by mistake|accident\w*)"),
    ("neglect_more_2", "unable_to_care", C,
     r"casi no come|no come nada|vive en la calle", "NP"),
    # -------------------------- understatement, research, threats told sideways
    ("abuse_more_4", "abuse", C,
     (r"(?:beating|hitting|punching|kicking|slapping|whipping|belting|flogging) (?:a|the|his|her"
     r"|their) (?:little )?(?:child|kid|boy|girl|son|daughter|baby|toddler|house ?girl|pikin)"
     r"(?![a-z])|(?:mother|father|brother|sister) in laws? (?:\w+ ){0,2}(?:hit|hits|beat|beats"
     r"|slapped|slaps|burned|burnt|kicked|pushed)(?![a-z])|(?:not|arent|isnt|dont|doesnt)"
     r" (?:giving|feeding) (?:her|him) (?:\w+ )?(?:food|meals)|twist\w* (?:her|his|my) arm"
     r"|(?:does|do|dey|did) touch (?:she|her|him|am)(?![a-z])|(?:swollen|black|bruised) (?:eye"
     r"|lip|face|cheek|jaw) (?:\w+ ){0,6}(?:husband|boyfriend|partner|wife|girlfriend|he|she)"
     r" (?:gets|got|was) (?:cross|angry|mad|drunk|jealous)|(?:black eye|swollen eye|burst lip"
     r"|split lip) (?:most|every) (?:mondays?|weekends?|week)|belt (?:across|on) (?:her|his|the)"
     r" (?:back|legs|bum|face)|gets? physical (?:when|with)"), "NP", None, "sentence",
     r"(?:wrestl\w*|play\w*|judo|tickl\w*|surgery|fasting|operation|procedure|nil by mouth|diet|game|film)"),
    ("attempt_more_3", "attempt", C,
     (r"tried (?:\S+ ){0,4}(?:\. )?(?:it )?(?:didnt|did not|doesnt) work(?= ?(?:\.|,|!|\"|$|obviously))"
     r"|attempt (?:by|via|with) (?:hanging|overdose|od|cutting|ligature|jumping|drowning"
     r"|carbon monoxide|co)(?![a-z])|(?:\d+(?:st|nd|rd|th)|second|third|another|previous|recent"
     r"|prior) attempt(?![a-z])|(?:wasnt|was not|werent) supposed to survive|(?:thinks|think"
     r"|thought|said) it was an accident(?: \S+){0,6} (?:it wasnt|it was not|on purpose)"
     r"|(?:plastic bag|bag) (?:\w+ ){0,3}(?:over|beside|around|on|next to) (?:her|his|their)"
     r" (?:head|bed)|(?:go|get|climb|going|getting|climbing|went|tried to go) (?:over|out (?:on"
     r"|onto)) (?:the|a|her|his) (?:balcony|railing|ledge|parapet|edge)(?![a-z])"),
     "NP", None, "sentence",
     (r"(?:test|exam|driving|recipe|ivf|baking|audition|interview|pass\w*|bread|cake|marathon"
     r"|record|goal|shot|kick|penalty|climb\w*|summit|diet|app|password|login|print\w*|game)")),
    ("overdose_disclosed_recent", "attempt", C,
     (r"(?:reports?|reported|disclosed) (?:an |a )?(?:intentional |deliberate )?overdose(?![a-z])"),
     "NP", (r"(?:days? ago|weeks? ago|last (?:week|night|weekend)|yesterday|this week|not (?:medically )?"
            r"treated|told no one|refus\w*|declin\w*|untreated)"), "message"),
    ("rescued_from_water", "attempt", C,
     (r"(?:pulled|dragged|fished|rescued) (?:him|her|them) out(?! of bed)(?![a-z])"
     r"|did it on purpose|(?:crashed|crash|swerved|drove) (?:\w+ ){0,4}on purpose"), "NP",
     r"(?:sea|river|canal|lake|water|harbour|loch|reservoir|surf|waves|crash\w*|car|pills|jumped|fell)",
     "sentence", r"(?:swim\w*|kayak\w*|boat|capsiz\w*|ice|fishing|dog|pool|lifeguard|lesson|joke|prank|lol)"),
    ("farewell_more_4", "farewell", C,
     (r"(?:it was|its been|been) nice knowing (?:you|u|yall|y all|everyone)|dont be sad(?= ?(?:\.|,"
     r"|!|\"|$|when|about|for me))|last thing on (?:the|my) list|read (?:like|as) (?:a )?goodbyes?"
     r"|(?:letters?|pages|notes) addressed to (?:me|us|each|the kids|everyone)|(?:see|visit|hug"
     r"|call|ring|say bye to) (?:\w+ ){0,3}one last time|one last (?:visit|look|hug|goodbye)"
     r"|(?:sorry|apolog\w*) (?:\w+ ){0,4}(?:such a |a )?(?:let ?down|disappointment|burden)"
     r"|(?:gave|given|giving|left|handed) (?:\w+ ){0,3}(?:cat|dog|pet|kitten|puppy|rabbit|bird"
     r"|guitar|pc|ps5|console) to (?:\w+ ){1,3}(?:for safekeeping|just for a (?:bit|while)|to look"
     r" after)|(?:help|make|let) (?:me|him|her) (?:\w+ )?sleep (?:for good|forever|and not wake)"),
     "NP", None, "sentence",
     (r"(?:<JOKE>|before (?:the |we |they )?(?:move|moving|sell|sold|demoli\w*|renovat\w*)|house"
     r"|shop|store|restaurant|stadium|holiday|trip|vacation|hospital stay|surgery|work trip|away"
     r" for|wedding|late|match|team|party|game|cake|dinner|show|series|season|uniform)")),
    ("harm_more_4", "harm_to_others", C,
     (r"(?:wont|will not|isnt going to|not going to) (?:see|live to see) (?:the end of|another"
     r"|next) (?:the )?(?:month|week|year|christmas|summer|birthday)|make the news|(?:hed|shed|id|would|gonna|going to|he will|she will) finish (?:her|him"
     r"|them) off|(?:going to|gonna|will|hell|ill) (?:bash|batter|glass|deck|knock out|stab|shank"
     r"|do in) (?:the|that|this|his|her|my|him|them)(?![a-z])|(?:ill|hell|going to|gonna|will"
     r"|threaten\w* to|said hed) put (?:him|her|them|you) in (?:the )?(?:hospital|ground|a"
     r" wheelchair|intensive care)|(?:outside|at) (?:\w+ ){0,2}(?:house|door|flat|gate) with (?:a"
     r" |an |his |her )?(?:\w+ )?<WEAPON2>|(?:le |les |te )?(?:va a|voy a|van a) hacer (?:dano"
     r"|mal) a|(?:coming|be coming|im coming) back with (?:something|a \w+)|(?:going to|gonna"
     r"|will|hell) (?:handle|sort|deal with|take care of|teach) (?:the|that|this|those|him|her"
     r"|them|my|his) (?:\w+ ){0,3}(?:who|that|a lesson)|teach (?:\w+ ){0,3}a lesson"
     r"|(?:cornering|cornered) (?:his|her|my|the) (?:\w+ )?(?:brother|sister|mum|mom|dad|son"
     r"|daughter|wife|husband|kids?)"), "NP",
     (r"(?:<WEAPON2>|rod|iron bar|ex|threat\w*|sort\w*|revenge|neighbou?r|bought|drink\w*|break in"
     r"|get in|locked (?:in|inside)"
     r"|meds|anger|angry|rage|refus\w*|meant it|serious|knows where|address|works|lives"
     r"|shift|college|school)"), "message",
     (r"(?:chef|cook\w*|kitchen knife block|whetstone|hobby|carving|woodwork|lawnmower|budget"
     r"|money|pay|salary|rent|stock|milk|terminal|hospice|cancer|palliative|prognosis|<JOKE>"
     r"|game|movie|film|dog|puppy|homework|exam|maths|lesson plan|teacher)")),
    ("sharpening_with_threat", "harm_to_others", C,
     (r"sharpen\w* (?:a |the |his |her |my )?(?:\w+ )?(?:machete|knife|knives|blade|cutlass|panga|axe"
     r"|sword|bayonet)(?![a-z])"), "NP",
     (r"(?:sort\w*|revenge|threat\w*|ex|neighbou?r|kill|hurt|deal with|handle|finish|lesson|angry"
     r"|rage|paranoid|voices|off (?:his|her) meds|stopped (?:his|her) meds|at midnight|every night"
     r"|put (?:her|him) in the ground|we dont have|doesnt have)"), "message",
     r"(?:chef|cook\w*|dinner|carpet|diy|whetstone|hobby|carving|woodwork|lawnmower|<JOKE>)"),
    ("hopeless_more_4", "hopelessness", C,
     (r"(?:hallway|corridor|tunnel|room|maze) (?:with|and) no (?:doors|way out|exit|light|end)"
     r"|running out the clock|run(?:ning)? down the clock|ghost (?:that|who) (?:forgot|hasnt"
     r"|didnt) (?:to )?leave|waste of (?:air|oxygen)|(?:dont|doesnt|cant|cannot) see how"
     r" (?:this|it|any of this) (?:ends|could end|will end) (?:well|okay|ok)|(?:life|story)"
     r" (?:was|is) already over|(?:cant|can not|cannot|couldnt) (?:picture|see|imagine)"
     r" (?:myself|himself|herself|themselves) (?:still )?(?:being )?(?:here|alive|around)"
     r" (?:by|at|for|in|next)|(?:im|hes|shes|a) lost cause|had (?:my|his|her) innings"
     r"|(?:cant|cannot|can not|couldnt) (?:see|think of|find) (?:a |one |a single |any )?reasons?"
     r" to (?:keep going|go on|live|carry on|get up|stay|walk back)|(?:never|not ever)"
     r" (?:going to|gonna) get (?:any )?better(?= ?(?:\.|,|!|\"|$|for))"), "NP", None,
     "sentence",
     (r"(?:<JOKE>|maths|math|cooking|team|knee|acl|surgery|injur\w*|phone|laptop|car|printer"
     r"|game|level|exam|grades?|drama queen|moping|season|match|league|fantasy|football|club"
     r"|project|business|case)")),
    ("ideation_more_4", "ideation", C,
     (r"(?:pray|prays|praying|hope|hopes|hoping) (?:at night |every night )?(?:that )?(?:the lord"
     r"|god|jesus|allah|dios) (?:will |would )?(?:takes?|call|calls) (?:me|him|her) (?:home )?"
     r"(?:in (?:my|his|her) sleep|soon|tonight|home)|(?:going|go|slip\w*) under and (?:staying"
     r"|stay|not coming up)|if (?:i|he|she) (?:\w+ ){0,2}(?:rolled|crashed|died|got hit|drove off|fell"
     r"|went under|was gone|wasnt here|didnt wake up|didnt come home)(?: \S+){0,6} (?:wouldnt|would not"
     r"|wont) be the worst thing"
     r"|(?:how long|before) (?:\w+ ){0,5}(?:anyone|anybody|someone|people) (?:would )?(?:notice"
     r"|noticed|realise|found) (?:i|he|she) (?:was|were|am|is) (?:gone|missing|dead)|pienso"
     r" (?:mucho )?en no estar|pensando en no estar|thinking (?:daily|constantly|often|a lot|all"
     r" the time|every day) about (?:ending|killing|dying)|drift\w* into (?:the |a )?(?:barrier"
     r"|median|traffic|oncoming|wall|river)|(?:wont|will not|not going to) see (?:the )?"
     r"(?:morning|tomorrow|sunrise|another day)|so what if (?:i|he|she) (?:dont|doesnt|never)"
     r" wake up|(?:dont|doesnt) care (?:if|whether) (?:i|he|she) (?:wake|wakes) up"
     r"|(?:be with|go to|join) the light"), "NP", None, "sentence",
     r"(?:<JOKE>|terminal|hospice|palliative|cancer|exam|meeting|deadline|party|game|film|movie|song)"),
    ("voices_say_rest", "psychosis_danger", C,
     r"(?:can rest now|rest now|join them|come with them|time to go)(?![a-z])", "NP", r"voices?",
     "sentence", r"(?:<JOKE>|film|movie|game|song|choir|singing)"),
    ("overdose_more_3", "overdose", C,
     (r"(?:took|taken|swallowed|taking|take) (?:\w+ ){0,5}after (?:a |the )?(?:fight|row"
     r"|argument|breakup|break up)|(?:taking|take|took) (?:a few |a lot )?extra (?:\w+ ){0,2}"
     r"(?:every time|whenever|when the)|(?:next to|beside|surrounded by|around) (?:\w+ ){0,2}"
     r"(?:empty|opened) (?:\w+ ){0,2}(?:bottles?|packets?|boxes|blister packs?|strips|wrappers)"
     r"|(?:stash|supply|pile|collection) is (?:big|large) enough|saving (?:mine|them|it|my \w+"
     r"|his \w+|her \w+) up(?: instead)?"), "NP", None, "sentence",
     r"(?:doctor|prescribed|pain flare|migraine|vitamin\w*|coupon|points|recycl\w*)"),
    ("plan_more_4", "plan_means", C,
     (r"(?:in|inside) the (?:shed|garage|barn|car|bathroom|bedroom|woods) with (?:a |the |his"
     r" |her )?(?:\w+ )?<GUN>|(?:on|at|from) the top (?:deck|floor|level) (?:of )?(?:the |a )?"
     r"(?:multi ?storey|car park|parking)|(?:research\w*|look\w* up|googl\w*|search\w*|reading"
     r" up on) (?:\w+ ){0,3}(?:rope strength|beam heights?|breaking strain)|(?:which|what|how"
     r" many|how much) (?:\w+ ){0,5}(?:would be|is|are) (?:fatal|lethal|deadly|enough to (?:die"
     r"|kill))|(?:which|what) (?:\w+ ){0,2}(?:reservoir|lake|river|quarry|dam|loch) is (?:the )?"
     r"deepest|(?:car|van) (?:would )?sink (?:fast|quickly)|(?:cuerda|soga|cinturon|lazo)"
     r" (?:\w+ ){0,2}escondid[oa]|escond\w* (?:una |la )?(?:cuerda|soga)|(?:figured|worked) out"
     r" when and how|si (?:with|w) (?:/ )?plan|(?:co|carbon monoxide) (?:via|from|through) (?:the )?"
     r"(?:car )?exhaust|(?:worked out|picked|found) (?:the|a) (?:spot|place)(?= ?(?:\.|,|!|\"|$|near|by|at|on"
     r"|where|to do))|(?:car|garage"
     r"|room|tent) (?:\w+ ){0,4}(?:windows?|vents?|gaps|doors?) (?:\w+ )?(?:taped|sealed)"
     r"|(?:going|go|gone|went) over (?:the (?:edge|side|cliff|railing|barrier|balcony)"
     r"|tonight)"), "NP", None, "sentence",
     (r"(?:dog|cat|pet|child ?proof|toddler|kids|accidental\w*|poison control|nurse|class|exam"
     r"|pharmacology|fishing|diving|swim\w*|kayak\w*|boat|geography|trivia|quiz|homework"
     r"|hunting|season|range|clean\w*|picnic|camping|holiday|paint\w*|draught|hurricane|storm"
     r"|budget|the report|the plan)")),
    ("psychosis_more_3", "psychosis_danger", C,
     (r"(?:baby|child|kid) (?:isnt|is not|aint) (?:ours|mine|hers|his)(?![a-z])|(?:burning|burn"
     r"|set fire to|setting fire to) (?:the |his |her |a )?(?:\w+ )?(?:mattress|sofa|couch|bed"
     r"|curtains|clothes) (?:\w+ ){0,2}(?:inside|indoors|in the (?:flat|apartment|house|bedroom))"
     r"|standing on (?:the )?(?:terrace|roof|balcony|building|window) (?:edge|ledge|railing"
     r"|parapet|wall)|(?:invincible|invulnerable|cant die|cannot die|immortal|bulletproof)"
     r"(?: \S+){0,8} (?:test|prove|jump|drive|driving|show)|(?:must|has to|have to|needs? to)"
     r" fast (?:until|till|til) |ran (?:out )?(?:onto|into|across) (?:the )?(?:\w+ )?(?:road"
     r"|motorway|highway|freeway|traffic|n\d+|m\d+)(?![a-z])|(?:do|doing) something drastic"
     r"|(?:get|got|pull|pulling) (?:one|it|them) out with (?:pliers|a knife|tweezers|a needle)"), "NP",
     r"(?:voices?|possessed|demon\w*|devil|spirits?|god|jesus|tracking|cameras?|bugged|signal|manic|psycho\w*|meds|medication|chosen|prophet|watching|controlling|tower|isnt ours|not ours|poison\w*|deal with it)",
     "message", r"(?:<JOKE>|film|movie|game|novel|dentist said|comedy)"),
    ("self_harm_more_3", "self_harm", C,
     (r"(?:the thing|it) again with (?:the|a|her|his|my) (?:compass|blade|razor|scissors|lighter"
     r"|sharpener)|burn\w* (?:her |his |their |my )?(?:own )?(?:forearms?|arms?|wrists?|legs?"
     r"|thighs?|hands?|skin|stomach) (?:with|w) (?:/ )?(?:a )?(?:lighter|cigarettes?|lit \w+)"
     r"|(?:putting|puts|put|stubbing|stubs|stubbed) out (?:cigarettes|cigs|a cigarette|his"
     r" cigarettes|her cigarettes) on (?:his|her|their|my)|plasters (?:up|on|all (?:up|over))"
     r" (?:her|his|their) (?:wrists?|arms?|forearms?)|(?:disclosed|reports?|reported) cutting"
     r"|(?:cutting|burning|self ?harm\w*) (?:approx |about |around |roughly )?(?:\d+|once|twice"
     r"|three times) (?:a |per )?(?:week|weekly|day|daily|month)|pulls? (?:her|his|their) (?:own )?"
     r"hair out"), "NP", None, "sentence",
     r"(?:cooking|baking|campfire|bbq|barbecue|smoking|ashtray|accident\w*|by mistake|hairdress\w*|stylist|plait\w*)"),
    ("self_harm_not_deep", "self_harm", C,
     r"not (?:too |that |very )?deep(?= ?(?:\.|,|!|\"|$|whatever|but|this time|though))", "NP",
     r"(?:relapsed|relapse|cut|cutting|blade|razor|\U0001fa79|clean|again)", "message",
     r"(?:water|pool|snow|lake|river|puddle|voice|sleep|thinker|conversation|paper|glass|tin|can|kitchen|cooking)"),
    ("neglect_more_3", "unable_to_care", C,
     (r"no come,? (?:y )?no se bana|no se bana,? (?:y )?no come|(?:soaked|wet) (?:through|to the"
     r" (?:skin|bone))(?: \S+){0,6} (?:shaking|shivering|confused)|(?:\d+|nine|ten|five|six|seven"
     r"|eight) days (?:now )?(?:she|he) (?:nah|not|hasnt|doesnt) eat"), "NP"),
    # ------------------------------------ first-person reports and consequences
    ("abuse_more_5", "abuse", C,
     (r"(?:comes?|coming|came) (?:in|into) my (?:bed)?room at night|(?:dont|do not|doesnt|does not"
     r"|wont|will not) give (?:me|her|him) (?:any )?food (?:until|unless|till)|beats? (?:me|her"
     r"|him) (?:if|when|whenever) (?:i|she|he) (?:complain|answer|say|talk|refuse)\w*|not allowed"
     r" to (?:call|see|talk to|phone|visit) (?:my|her|his) (?:parents|family|mum|mom|friends)"
     r"|(?:carer|caregiver|care worker|nurse|staff member) (?:\w+ )?(?:slapped|hit|hits|pushed"
     r"|pinched|shoved|kicked)|(?:wont|will not|doesnt) let (?:her|him|me) out of (?:her|his|my"
     r"|the) room|dragg\w* (?:\w+ ){0,3}by (?:her|his|the) hair|locks? (?:her|him|my \w+|me)"
     r" (?:in|inside) (?:the|her|his|their|our) (?:house|flat|room|home)|(?:flushes|flushed"
     r"|throws away|threw away) (?:her|his) (?:meds|antidepressants|medication|pills|tablets)"
     r"|threatens? to (?:share|post|send|leak) (?:\w+ ){0,2}(?:pics|pictures|photos|images"
     r"|videos|nudes|them)|finger ?marks?(?: \w+)? bruis\w*|backed (?:\w+ ){0,2}into (?:a|the)"
     r" (?:corner|kitchen|wall|room) with|pinning (?:\w+ ){0,3}against (?:a|the) wall"),
     "NP", None, "sentence",
     r"(?:<JOKE>|film|movie|game|wrestl\w*|play\w*|tickl\w*|toddler|puppy|dog|cat|diet|fasting|surgery)"),
    ("attempt_more_4", "attempt", C,
     (r"(?:i|he|she) tried (?:last (?:night|week|month|weekend)|on \w+day|yesterday|again)(?= ?(?:\."
     r"|,|!|\"|$|and (?:woke|failed|it didnt)))|tried to (?:go|leave|end it|check out|do it)"
     r" (?:\w+ ){0,4}(?:by|with) (?:taking|swallowing|cutting|jumping|hanging)|self ?inflicted"
     r" (?:gunshot|gsw|wound|injur\w*|stab\w*|overdose)|told (?:\w+ ){0,2}it was an accident"
     r"(?: \S+){0,6} (?:it wasnt|it was not|on purpose)|se (?:corto|rajo) (?:el cuello|las venas"
     r"|la garganta)|(?:jumping|after jumping) (?:into|off) (?:the )?(?:\w+ )?(?:river|sea|canal"
     r"|water|lake|harbour|well|dam|quarry|bridge)|jumped into (?:the )?(?:well|dam|quarry)"
     r"|(?:wrong side|outside|other side) of the (?:railing|barrier|fence|parapet)"), "NP", None,
     "sentence",
     (r"(?:<JOKE>|swim\w*|pool|holiday|dare|game|film|movie|fence (?:post|panel)|garden|football|ball"
     r"|novel|book|character|story|ends with|series|show|documentary)")),
    ("farewell_more_5", "farewell", C,
     (r"(?:phoned|called|rang|rung|texted|messaged|visited) (?:\w+ ){0,5}(?:each|every one|everyone"
     r"|all) of (?:\w+ ){1,2}(?:\w+ ){0,3}(?:just )?to say (?:(?:he|she|they|that he|that she)"
     r" (?:loves?|is proud|was proud|appreciates)|(?:that )?(?:hes|shes|theyre) proud)|so (?:nobody|no one|you|they|the kids)"
     r" (?:has|have|wont have|doesnt have|dont have) to (?:deal with|sort|clean)|(?:everythings"
     r"|everything is|its all) (?:in order|sorted|taken care of) now|(?:sent|gave|texted) (?:me|us)"
     r" (?:his|her|their) (?:bank )?(?:pin|passwords?|pin number|login)|need you to be strong"
     r"|(?:voice ?(?:message|note|mail)|voicemail|message|text) (?:\w+ ){0,3}saying (?:she|he"
     r"|they) (?:loves?|is sorry|s sorry)|(?:no|not any|isnt any|there is no|theres no|has no|got"
     r" no) (?:travel|trip|move|ticket|journey|job|flight)(?: \w+)? (?:planned|booked|that i"
     r" know of)|(?:but|yet) (?:\w+ ){0,4}(?:isnt|is not|hasnt|has not) (?:leaving|got another job"
     r"|going anywhere|moving)|(?:wont|will not) be (?:around|here) to (?:look after|see|water"
     r"|feed|use|need)|(?:wrote|written|writing) (?:\w+ ){0,2}letters to (?:my|his|her) (?:kids"
     r"|children|family|parents|sons|daughters|wife|husband)|see (?:you|u|yall|ya) on the other"
     r" side|(?:thanking|thanked) (?:everyone|everybody|all of us|us all|each of us)(?= ?(?:\.|,"
     r"|!|\"|$|and|by))|while (?:i|he|she) (?:can still|still can) give|(?:soon|soon be) gone"
     r"(?= ?(?:\.|,|!|\"|$))|(?:closed|closing|emptied) (?:all )?(?:of )?(?:his|her|their|my)"
     r" (?:bank )?accounts|(?:perdon\w*)(?: \w+)?(?: ,)? (?:ya |you )?no aguanto"), "NP", None, "sentence",
     (r"(?:<JOKE>|christmas|xmas|birthday|thank ?you cards?|holiday|vacation|trip|moving|move"
     r"|house|downsiz\w*|estate|tax|wedding|surgery|exams?|flight|festival|season|new year|game"
     r"|retir\w*|new job|graduat\w*|party|anniversary|camp|deploy\w*|abroad|uni|college|work"
     r" trip|business trip|santa|time capsule|open (?:them )?when|when (?:they|theyre|they are)"
     r" (?:\d+|older|grown)|18th|21st)")),
    ("finally_at_peace", "farewell", C,
     r"(?:finally|is|now) at peace(?= ?(?:\.|,|!|\"|$|now|and))", "NP",
     r"(?:letter|post|message|note|goodbye|sorry|nobody knows|not answering|car is gone)", "message",
     r"(?:passed|died|funeral|hospice|late|rest in peace|rip|buried)"),
    ("harm_more_5", "harm_to_others", C,
     (r"(?:going to|gonna|will|hell) (?:deal with|sort out|handle|take care of) (?:his|her|my|the)"
     r" (?:\w+ ){0,3}(?:tonight|today|now|exs?|boss|neighbou?r|bf|boyfriend|girlfriend|gf|husband"
     r"|wife|partner)(?![a-z])|wait (?:til|till|until|for) (?:the \w+|him|her|they|he|she)"
     r"(?:s| is| are)? alone|threaten\w* to (?:break|smash|crack|bash|split) (?:his|her|your|my)"
     r" (?:head|face|skull|legs|neck)|deserves? to (?:suffer|die|pay|be hurt|get hurt)(?![a-z])"
     r"|(?:bring|bringing) something (?:to|into) school|make sure nobody (?:has|gets|sees) (?:them"
     r"|the kids|her|him)|(?:think|thinking|thoughts) about (?:stabbing|killing|hurting|shooting"
     r"|attacking) (?:ppl|people|strangers|random|someone|everyone|kids|anyone)|(?:photos?|pics?"
     r"|pictures?) of (?:his |her |a |the )?(?:<GUN>|guns|knife|knives|machete|blade)s?(?: \S+){0,3}"
     r" (?:caption\w*|someones getting|see you)|<GUN> in (?:his|her|their) (?:waistband|pocket"
     r"|bag|backpack|jacket)|make sure (?:the whole|everyone|they all|the) (?:\w+ )?(?:remembers?"
     r"|never forgets?)|set (?:<REFL3>|herself) (?:on fire|alight|ablaze)|amenaz\w* a (?:\w+ ){1,2}con"
     r" (?:un|una|el|la) (?:cuchillo|navaja|machete|pistola|arma|palo|bate)|driving past (?:her|his"
     r"|their) (?:house|place|flat) (?:late )?at night|went for (?:the|a|his|her) \w+ with"),
     "NP", None, "sentence",
     (r"(?:<JOKE>|character|villain|show|film|movie|book|politician|team|game|call of duty"
     r"|licensed|police officer|security guard|range|hunting|bbq|campfire|pizza|homework)")),
    ("hopeless_more_5", "hopelessness", C,
     (r"no future (?:where|in which) (?:im|i am|he is|hes|she is|shes) (?:alive|around|here)"
     r"|no future for (?:someone|somebody|people) like (?:me|him|her)|(?:no tengo|no tiene|no hay)"
     r" nada (?:por|para) (?:que|qué) vivir|nadie por quien vivir|no version of the next|nothing"
     r" ever will(?= ?(?:\.|,|!|\"|$))|no vale la pena (?:nada|vivir|seguir)"
     r"|(?:dont|cant) see why (?:the next|anything|it) (?:\w+ ){0,3}(?:would|will) be (?:any )?"
     r"different|(?:cant|can not|cannot|dont think i can|not sure i can) hold on(?= ?(?:\.|,|!|\"|$"
     r"|tonight|much|any))|(?:what is|whats) the use of me|(?:only|just) a burden (?:on|to) "
     r"|not doing another (?:winter|year|christmas)"), "NP", None, "sentence",
     r"(?:<JOKE>|team|game|season|league|phone|laptop|car|printer|exam|job (?:market|hunt))"),
    ("ideation_more_5", "ideation", C,
     (r"(?:would|d|youd|theyd|wed|hed|shed)(?: all)? (?:have|be) (?:more money|better off|easier|happier"
     r"|richer|fine) (?:\w+ ){0,3}if"
     r" (?:i|he|she) (?:wasnt|werent|was not|were not) (?:around|here|alive)|if (?:i|he|she)"
     r" (?:didnt|did not|never) wake up(?! (?:on time|early|in time|for))|(?:whether|if) it hurts"
     r" to (?:drown|die|hang|bleed out|suffocate)|how long it takes to (?:die|drown|bleed out)"
     r"|(?:im|hes|shes|i am) done for good|think about (?:not being (?:here|alive|around)|being"
     r" dead|dying|not existing)|sleep and never (?:get up|wake up|wake)|no (?:quiere|quiero)"
     r" estar en este mundo|not turning the wheel|what it would be like if (?:i|he|she) (?:was"
     r"|were) (?:just )?(?:gone|dead|not here|not around)|(?:easier|better|simpler) if (?:i|he"
     r"|she) (?:just )?(?:got|get|was|were) (?:hit|run over|killed)|(?:everyone|everybody|they)"
     r" would be (?:fine|ok|okay|better|happier) (?:without|sin) (?:me|mi|him|her)|if (?:i|he|she)"
     r" had the (?:guts|nerve|courage|balls)(?: \S+){0,3} (?:id|hed|shed|i would|he would|she"
     r" would) (?:be gone|have done it|do it|be dead)|life insurance (?:\w+ ){0,5}(?:pay out|pays"
     r" out|cover) (?:\w+ ){0,3}(?:if|for) (?:something happened|suicide|he died|she died|i died)"
     r"|walk in and keep (?:going|walking)|(?:easy|easier) to just (?:walk in|step off|let go"
     r"|drive off)|how (?:long|many days) (?:\w+ ){0,4}(?:to be found|before (?:\w+ ){0,2}found)"
     r"|(?:wish|wishes|wished|hope|hopes) (?:\w+ ){0,2}(?:get|got|had) (?:cancer|a terminal|an"
     r" illness)(?: \S+){0,6} (?:die|dying)"), "P", None, "sentence",
     (r"(?:<JOKE>|alarm|school|on time|sleep in|lie in|exam|test|film|movie|game|song|swim\w*"
     r"|lesson|cpr|first aid|biology|pet|fish|hamster|dog)")),
    ("overdose_more_4", "overdose", C,
     (r"(?:necked|necking|chugged) (?:a |the )?(?:full |whole )?(?:box|bottle|packet|strip|pack)"
     r"|(?:injected|swallowed|shot up|used) (?:\w+ ){0,2}everything (?:he|she|i|they) had"
     r"|(?:keeps|kept) (?:\w+ )?(?:accidentally )?taking (?:far |way )?too many|(?:\d+|several)"
     r"(?: \d+)? at a time|(?:\dx|\d+ times|double|triple) (?:his|her|my|the) (?:normal|usual"
     r"|prescribed) (?:dose|insulin|amount)|double (?:my|his|her|their) (?:\w+ )?dose|took double"
     r" doses|(?:going down|running out|disappearing|finishing) (?:\w+ )?(?:faster|quicker|too fast)"
     r" than|make (?:the|it) (?:night|day|pain|thoughts?) go away|(?:wanted|want|wants) to be"
     r" (?:totally |completely )?out of it|more (?:\w+ ){0,4}than (?:im|hes|shes|i am) (?:meant|supposed)"
     r" to"), "NP",
     (r"(?:<DRUG>|sleeping|insulin|dose|box|bottle|tablets?|pills?|paracetamol|everything|shot up"
     r"|methadone|adderall|adhd)"), "sentence",
     r"(?:doctor (?:said|told|upped)|prescribed|vitamin\w*|coffee|pain flare|migraine|pharmacist said)"),
    ("plan_more_5", "plan_means", C,
     (r"(?:printout|print out|searches|searched|videos?|looking up|looked up) (?:\w+ ){0,2}(?:about"
     r" |on |how to tie )?(?:knots|nooses?|hanging)(?![a-z])|(?:tide|train) times|this is where"
     r" (?:im|i am|hes|shes) (?:doing it|going to do it)|(?:purchased|bought|got) (?:\w+ ){0,2}"
     r"(?:rat poison|weedkiller|pesticide|poison|paraquat|cyanide) (?:\w+ ){0,3}(?:kept|keeping"
     r"|hidden|hid|stored|cupboard|even though|though)|(?:pills|tablets) (?:counted out|lined up"
     r"|laid out)|times (?:when )?the house (?:is|will be) empty|(?:check|find out|work out) when"
     r" (?:\w+ )?(?:is|are|will be) (?:on nights|out|away|at work)|charcoal,? (?:and )?tape|tape,?"
     r" (?:and )?charcoal|timing (?:\w+ ){0,2}(?:trains?|when they come)|(?:standing|sitting|stood"
     r"|sat) on (?:the )?(?:edge of (?:the )?)?(?:roof|ledge|railing|parapet) of (?:my|the|a|this)"
     r" \w+|just to look(?= ?(?:\.|,|!|\"|$|at it))|(?:is|are) high enough|(?:got|have) (?:the|a|my) (?:belt|rope|cord|pills|knife|blade|gun) ready|knows?"
     r" (?:which|the) (?:tree|bridge|building|spot|place)(?= ?(?:\.|,|!|\"|$|and|to))"
     r"|(?:se lo|me lo) va a (?:clavar|enterrar)|(?:va a|voy a) (?:clavarse|clavarme|cortarse"
     r"|cortarme|matarse|matarme)|would be too (?:much|many)"), "NP",
     (r"(?:rope|cord|belt|knots?|noose|tide|train|tracks|railway|crossing|coast|cliff|bridge|roof"
     r"|floors?|storeys?|gorge|quarry|poison|pills|tablets|charcoal|tape|list|note|car park|high"
     r"|ready|sorry|clavar|cortar|matar|house is empty|pharmacist|heart)"), "message",
     (r"(?:scouts? (?:still|now)|sailing|boat|camping|climbing wall|knot tying class|fishing"
     r"|commute|holiday|trip|travel|surf\w*|tide pools?|beach day|photo\w*|view point|lookout"
     r"|architecture|school project|homework|roof (?:repair|tiles|leak)|gutter\w*|painting)")),
    ("psychosis_more_4", "psychosis_danger", C,
     (r"want (?:blood|me dead|me to die)|have to pay for what (?:i|he|she) did|get rid of (?:my|his"
     r"|her) body|leave (?:my|his|her) body|(?:el diablo|un demonio|el demonio) vive en (?:nuestro"
     r"|mi|su) (?:hijo|hija|bebe)|(?:needs?|have|has) to be (?:purified|cleansed|sacrificed"
     r"|exorcised)|chosen to cleanse|(?:irse|ir) con dios pronto|(?:caminando|camina|parad[oa])"
     r" (?:\w+ )?(?:por|en) (?:la|el) (?:autopista|carretera)|(?:gas|hob|rings?|burners?|hornillas)"
     r" (?:\w+ ){0,3}(?:turned on|on) (?:with(?:out)? (?:a |no )?(?:flame|lighting)|unlit)"
     r"|(?:sleeping|sleeps) with (?:a |the |his |her )?(?:\w+ )?<WEAPON2> (?:under|by|next to"
     r"|beside)|(?:i have|ive got|im holding) (?:the|a|my) (?:\w+ )?<WEAPON2>(?: \S+){0,14} (?:one"
     r" of them|in the walls|get them out|demons?|agents?)"), "NP", None, "sentence",
     (r"(?:<JOKE>|film|movie|game|novel|song|lyric\w*|bible study|sermon|church service|yoga|detox tea"
     r"|fictional|case presentation|student|textbook)")),
    ("voices_order_harm", "psychosis_danger", C,
     (r"(?:telling|tell|told|tells) (?:him|her|me|them) to (?:\w+ ){0,2}(?:cleanse|purify|hurt|kill"
     r"|cut|burn|drink|jump|punish)(?![a-z])"), "NP", r"(?:voices?|hallucinations?)", "sentence",
     r"(?:<JOKE>|film|movie|game|novel|fictional|case presentation|student|textbook)"),
    ("self_harm_more_4", "self_harm", C,
     (r"blades? (?:taken|removed|prised|pried) out of (?:a |the |her |his )?(?:pencil )?sharpeners?"
     r"|(?:slicing|slashing|sliced|slashed) (?:her|his|their|my) (?:own )?(?:hands?|fingers?|palms?)"
     r"|in (?:a )?neat rows?|plasters (?:on|up) both (?:wrists|arms|forearms)|(?:bash\w*|smash\w*"
     r"|slam\w*) (?:her|his|their) head (?:off|on|against|into)|(?:using|uses|used) (?:a )?(?:lighter"
     r"|razor|blade|compass|sharpener|scissors) (?:on (?:<REFL3>|herself)|on (?:her|his|their)"
     r" (?:\w+ )?(?:arm|leg|skin|thigh)|when (?:overwhelmed|upset|stressed|angry|sad))"
     r"|(?:\d+|twenty|ten|dozens of) cuts(?: \S+){0,4} (?:fresh|new|healing|scabbed)|some of them"
     r" (?:fresh|new)|some (?:look|looked|are|were) fresh|quemaduras (?:\w+ ){0,4}cigarr\w*"
     r"|scratched (?:\S+ ){0,5}(?:into|on) (?:her|his|their) (?:\w+ )?(?:arm|arms|leg|legs|wrist"
     r"|thigh|skin)"), "NP", None, "sentence",
     r"(?:<JOKE>|cooking|kitchen|garden\w*|bike|fell|football|rugby|sport|cat|dog|tattoo|pen(?![a-z])|marker|woodwork|glass recycling)"),
    ("neglect_more_4", "unable_to_care", C,
     (r"(?:hasnt|has not|hadnt|not) eaten (?:\S+ ){0,6}(?:in|for) (?:\d+|two|three|four|five|six"
     r"|seven|eight|nine|ten) (?:days|weeks)|on (?:the|her|his) (?:\w+ )?floor,? (?:\S+ ){0,3}not"
     r" moving|diabetic (?:\S+ ){0,12}(?:confused|sweaty|shaking|not making sense|slurring|drowsy"
     r"|cant (?:properly )?wake)|refus\w* (?:\w+ ){0,2}(?:food|to eat) (?:and|or) (?:his|her)"
     r" insulin|casi no como|no me he banado|(?:stop|stopped) eating and drinking"), "NP", None,
     "sentence", r"(?:bug|flu|virus|surgery|operation|fasting|ramadan|lent|improving|procedure|colonoscopy)"),
    # ------------------------- what a witness finds, invented metaphors, lives under strain
    ("abuse_more_6", "abuse", C,
     (r"twist\w* (?:her|his|my|their) arms? (?:\S+ ){0,2}(?:behind|back|until|till)"
     r"|(?:round|circular|cigarette) burns? (?:on|all over)|flinch\w* (?:\S+ ){0,6}(?:when|whenever"
     r"|if|every time) (?:\S+ ){0,5}(?:walks?|walked|comes?|came|raise\w*|lifts?|lifted|reach\w*"
     r"|moves?|moved|near)(?![a-z])|belt ?marks?|(?:la|lo) (?:toca|tocaba|manosea|manoseaba)(?: \S+){0,10}"
     r" secreto|asking to meet (?:her|him|my \w+) (?:\S+ ){0,3}without (?:telling|me knowing"
     r"|us knowing)|lets? (?:her|him|me) (?:leave|out of) (?:the|di|da) (?:house|flat|home) without"
     r" (?:him|her|me)(?![a-z])|takes? (?:my|her|his) (?:car )?keys and (?:my|her|his) phone"
     r"|takes? (?:my|her|his) phone and (?:my|her|his|the) (?:car )?keys"), "NP", None, "sentence",
     (r"(?:<JOKE>|dog|cat|puppy|kitten|horse|seat ?belt|film|movie|game|martial|judo|wrestl\w*"
     r"|karate|tattoo|cooking|oven|sunburn|curling iron|straighteners|used to|years ago|voice"
     r"|remarried|safe now)")),
    ("abuse_now_more", "abuse", E,
     (r"esta (?:pegando|golpeando|ahorcando|pateando) a|(?:when|once|if|the second|as soon as)"
     r" (?:he|she) gets? (?:in|through (?:the|that) door)(?: \S+){0,3} (?:im|i am|were|we are"
     r"|youre|shes|hes) (?:done|dead|finished)(?![a-z])"), "NP"),
    ("attempt_more_5", "attempt", C,
     (r"tried to (?:drown|hang|strangle|poison|gas|suffocate|electrocute|starve|smother|shoot)"
     r" (?:<REFL3>|myself)|meant to stay (?:in|under|down)(?![a-z])|tried (?:a few|a couple of"
     r"|couple of|two|three|some|\d+) (?:weeks|months|days) ago(?: \S+){0,3} (?:didnt|did not)"
     r" work|trying to (?:get|be) (?:hit|run over)(?![a-z])|se (?:tiro|lanzo|aviento|arrojo) (?:de"
     r"|desde) (?:un|el|la|una|su) (?:puente|edificio|balcon|azotea|techo|ventana|piso)"
     r"|ligature marks?|(?:mark|marks|bruis\w*|welts?) (?:all the way )?(?:round|around) (?:his|her|their)"
     r" neck"), "NP", None, "sentence",
     (r"(?:<JOKE>|film|movie|game|novel|character|story|series|show|documentary|necklace"
     r"|lanyard|collar|seat ?belt|tan line|rash|eczema|dog|cat|audit|risk assessment|exam|study"
     r"|studying|training|forensic|lecture)")),
    ("attempt_now_more", "attempt", E,
     (r"(?:engines?|cars?|motors?|trucks?) (?:is )?(?:still )?running (?:\S+ ){0,8}(?:garage|door (?:is )?"
     r"(?:down|shut|closed))|garage (?:\S+ ){0,8}(?:engines?|cars?|trucks?|motors?) (?:is )?(?:still )?"
     r"running|(?:car|truck|van|ute) in the garage(?: \S+){0,3} (?:the )?(?:door|doors) (?:down|shut"
     r"|closed)|locked (?:in )?(?:\S+ ){0,8}(?:choking|gasping|gurgling)|(?:choking|gasping"
     r"|gurgling) (?:\S+ ){0,8}(?:door (?:is )?locked|locked door|door wont open)|(?:smell\w* of"
     r" gas|gas smell|smells? like gas) (?:\S+ ){0,6}(?:under|from|behind) (?:the|her|his|their)"
     r" (?:door|room|flat|bedroom)"), "NP", None, "message",
     (r"(?:<JOKE>|wide open|door (?:is |was )?open|charg\w*|warm\w* (?:it )?up|battery|mechanic"
     r"|fix\w*|tune|rev\w*|food|toddler|baby|dog|cat|fish bone|neighbou?rs? flat|gas leak|panic|asthma|inhaler"
     r"|boiler|landlord)")),
    ("farewell_more_6", "farewell", C,
     (r"(?:labels?|labelled|labeled|stickers?|tags?) (?:\S+ ){0,10}who gets (?:what|which)"
     r"|(?:goodbye|farewell) tour|(?:say|said|saying) (?:\S+ ){0,3}(?:no hard feelings|all square"
     r"|squared away)(?![a-z])|(?:need|needs|needing) (?:them|it|either|any of (?:it|them)|those)"
     r"(?: \S+){0,2} (?:where (?:hes|shes|im|i am|he is|she is|theyre) (?:going|headed|heading|off"
     r" to)|after (?:today|tonight))|(?:va a|voy a|vas a) necesitar (?:\S+ ){0,3}(?:donde|a donde"
     r"|adonde) (?:va|voy|vas)|ya no (?:las|los|lo|la) (?:va a|voy a) necesitar|(?:wont|will not"
     r"|not going to) be needing (?:either|them|it|any|those)|(?:keep|look after) (?:them|these|it"
     r"|this) (?:safe )?for after(?![a-z])|caption\w* (?:\S+ ){0,2}(?:last one|goodbye|bye for"
     r" now|the end|forgive me|see you on the other side)|(?:dont|do not) think (?:ill|i will|hell"
     r"|shell|he will|she will) be (?:about|around|here) (?:for|at|by) (?:christmas|easter|the"
     r" \w+|his \w+|her \w+|my \w+|summer|spring|next \w+)|(?:letters|notes|envelopes) (?:\S+ ){0,3}one"
     r" for each of|one for each of (?:the kids|them|us|my \w+|his \w+|her \w+)(?: \S+){0,4}"
     r" (?:with their names|sealed|names on)|(?:escrituras|joyas|testamento)(?: \S+){0,12} cuando"
     r" (?:me vaya|ya no este|me muera)|left (?:his|her) (?:wedding )?ring(?: \S+){0,6} (?:letter"
     r"|note)|re ?homed (?:both |her |his |their |the )?(?:cats?|dogs?|pets?)(?: \S+){0,12}"
     r" (?:will|cancel\w*|passwords|funeral|gave away|giving away)|(?:sorted|put) (?:all )?(?:my"
     r"|his|her) passwords (?:into|in) a (?:doc|document|file|list|folder) for|(?:dont|do not) let"
     r" (?:the kids|my kids|the children|mum|mom|her|him|them) (?:find|see) (?:me|him|her)"
     r"(?![a-z])|perdonenme todos(?: \S+){0,8} (?:los quiero|las quiero|ya no puedo|adios)"),
     "NP", None, "sentence",
     (r"(?:<JOKE>|christmas party|holiday|vacation|trip|moving|move house|downsiz\w*|estate sale"
     r"|wedding|surgery|flight|festival|game|d ?& ?d|character|deploy\w*|abroad|work trip"
     r"|business trip|time capsule|open (?:them )?when|18th|21st|garage sale|yard sale|car boot|summer|last day|season|finale"
     r"|when (?:i|she|he|they) (?:die|dies|pass|passes|am gone|is gone)|hilarious|morbid)")),
    ("harm_more_6", "harm_to_others", C,
     (r"(?:wont|will not|not going to|isnt going to|aint gonna) see (?:christmas|the new year"
     r"|another (?:birthday|christmas|week|month)|next (?:week|month|year)|(?:his|her) next"
     r" birthday)|(?:getting|its|becoming) less (?:and less )?(?:of )?a joke|(?:va a|voy a|vamos a"
     r"|lo va a|la va a) (?:desaparecer|eliminar|quitar de en medio) a|(?:see to|sort out|deal"
     r" with) (?:her|him|them)(?: out)? if (?:she|he|they) (?:ever )?(?:touches|touched|comes"
     r" near|goes near|takes)|(?:bayonet|machete|knife|axe|hatchet|<GUN>|bat) (?:\S+ ){0,3}by"
     r" (?:the|his|her) bed(?: \S+){0,8} (?:sleeping with|threat\w*|see to|after (?:him|her|them)"
     r"|paranoi\w*|dementia)|i know where (?:he|she|they) (?:parks|works|lives|sleeps)(?: \S+){0,3}"
     r"(?: \.)?$|(?:hes|shes|youre|theyre|he is|she is) a dead man(?= ?(?:\.|,|!|\"|$))"),
     "NP", None, "sentence",
     (r"(?:<JOKE>|cancer|hospice|terminal|dying|illness|weeks to live|months to live|film|movie"
     r"|game|show|series|book|novel|character|team|season|plant|tree|dog|cat|car|phone|game of"
     r" thrones|walking)")),
    ("harm_now_more", "harm_to_others", E,
     (r"loaded (?:his|her|the|a) (?:<GUN>|gun|rifle|shotgun|pistol)(?: \S+){0,12} (?:drunk|exs?"
     r"(?![a-z])|sort (?:it|him|her) out|driving (?:round|over|to)|kill|threat\w*|rage)|(?:street"
     r"|road|yard|front garden|park|car park|parking lot|shop|store|school|playground) with"
     r" (?:a|the|his|her) (?:knife|machete|axe|<GUN>|bat|blade)(?: \S+){0,4} (?:yelling|shouting"
     r"|screaming|threatening|waving|swinging)|(?:<GUN>|knife|weapon)(?: \S+){0,10} list of"
     r" (?:names|people|kids|students)|list of (?:names|people|kids|students)(?: \S+){0,10}"
     r" (?:<GUN>|knife|weapon)|(?:<GUN>|knife|machete) on the (?:front |passenger )?seat(?: \S+){0,10}"
     r" (?:driving|drove|heading|going|dead man)|(?:taken|took|grabbed|got) (?:the|his|her|a)"
     r" (?:\w+ ){0,2}(?:<GUN>|knife|machete|axe|bat)(?: \S+){0,10} (?:going|gone|headed|heading"
     r"|driving|drove) (?:up |over |round |back )?to (?:the house|his|her|their|sort|get|find|deal)"
     r"|(?:todays|today is) the day(?: \S+){0,8} (?:<GUN>|school|shoot\w*)|(?:<GUN>|school)(?: \S+){0,12}"
     r" (?:todays|today is) the day|beating (?:my |our )?(?:dad|mum|mom|mother|father|brother"
     r"|sister|wife|husband|her|him|grandma|grandad|nan)(?: \S+){0,6} (?:not moving|unconscious"
     r"|im hiding|blood|wont stop)|pointed (?:it|the gun|the rifle|a gun|his gun|the shotgun) at"
     r" (?:the|my|our|his|her|a|me|us)"), "NP", None, "sentence",
     (r"(?:<JOKE>|range|hunting|deer|clay|target|licen[cs]ed|film|movie|game|nerf|water pistol"
     r"|toy|paintball|airsoft|cartoon|fortnite|cod|call of duty|finally|exam|wedding|birthday"
     r"|launch|match|final)")),
    ("hopeless_more_6", "hopelessness", C,
     (r"(?:im|i am|hes|shes|he is|she is|only|just) (?:\S+ ){0,2}taking up (?:a chair|space|room"
     r"|oxygen|air)(?![a-z])|past (?:my|his|her) (?:use ?by|sell ?by|best ?before|expiry) date"
     r"|no (?:more )?road (?:left )?(?:in front of|ahead of|ahead for|left for) (?:me|him|her)"
     r"|(?:cant|cannot|can not|dont|doesnt|couldnt) (?:see|picture|imagine|think of) (?:\S+ ){0,10}"
     r"(?:want to be around for|worth (?:sticking|staying|being) around|(?:reason|point) to (?:stay"
     r"|keep going|be here))|(?:cant|cannot|can not) see any tomorrow|no tomorrow for (?:me|him"
     r"|her)|nothing left (?:that )?(?:needs|for) me|nobody needs (?:me|him|her) (?:anymore|any"
     r" more|now)|nadie (?:me|la|lo) necesita|waiting for the end(?= ?(?:\.|,|!|\"|$))|just waiting to die|(?:my|his"
     r"|her) (?:life is|lifes) (?:over|finished|a waste|waste|worthless)(?![a-z])|life (?:nah|not"
     r"|aint|isnt|is not) worth (?:nuttin|nothing|anything|it)|nothing (?:will|is going to|ever)"
     r" (?:ever )?(?:come right|work out|get better|be right)(?: for (?:me|him|her))?(?= ?(?:\.|,|!"
     r"|\"|$))|(?:just|only) (?:ballast|a passenger|furniture|dead wood|deadwood|a spare part)"
     r"(?: now)?(?= ?(?:\.|,|!|\"|$))|(?:have|has) (?:so )?(?:much )?more (?:elbow room|room|space"
     r"|money|peace) without (?:me|him|her)(?![a-z])|(?:dont|do not) fancy (?:many|any) more"
     r" (?:winters|years|christmases|birthdays)|no (?:use|point) of me"), "NP", None, "sentence",
     (r"(?:team|game|season|league|phone|laptop|car|printer|exam|job (?:market|hunt)|bus|train"
     r"|queue|traffic|government|council|politic\w*|boxes|clutter|sofa|couch)")),
    ("ideation_more_6", "ideation", C,
     (r"better off with (?:a |an |another )?(?:mom|mum|mother|dad|father|parent|wife|husband"
     r"|someone|somebody)(?: \S+){0,3} (?:who|that) (?:actually )?(?:wants?|wanted) to be (?:here"
     r"|alive|around)|(?:theyd|they would|kids would|she would|hed|shed|they d) be better off without"
     r" (?:a |any |their )?(?:part ?time |useless |crap |broke )?(?:dad|mum|mom|father|mother"
     r"|parent)|nobody (?:would|will|d|wud) (?:even )?miss (?:one more|another|an old|a washed)"
     r"|if (?:i|he|she) (?:just|simply|only) (?:didnt|did not|never|dont|do not) wake up(?! (?:on"
     r" time|early|in time|for))|(?:hope|hoping|hopes|wish) (?:my|his|her) heart (?:just )?(?:gives"
     r" out|stops|packs in|gives up)|(?:assisted dying|assisted suicide|euthanasia|dignitas)(?: \S+){0,20}"
     r" (?:myself|qualify|if not)|better (?:if |that )?(?:i|he|she) (?:am|is|was) not alive"
     r"|(?:working out|work out|calculating|doing the maths on) how long (?:it would take|before)"
     r" (?:anyone|anybody|people|someone) (?:to )?(?:notice|noticed|find|found)|(?:quedarse"
     r"|quedarme) dormid[oa] y no despertar|(?:no le encuentr\w*|no encuentr\w*|no le veo|no le ve)"
     r" sentido a (?:la vida|vivir|seguir)|reasons (?:to stay alive|to live|to keep living|to stay"
     r"|not to die)(?= ?(?:\.|,|!|\"|:|$))|(?:a )?(?:day|break|rest|holiday|time) off from (?:being )?"
     r"(?:awake|alive|conscious|existing|life)(?![a-z])|not sure (?:im|i am|ill|i will|hes|shes)"
     r" (?:going|coming|be going|be coming) (?:back )?home(?: tonight| again| ever)?(?= ?(?:\.|,|!|\"|$))|(?:wont|will not|not) be (?:here|around"
     r"|about) (?:for|by|at|to see) (?:\w+ ){0,2}(?:results day|results|graduation|birthday|christmas"
     r"|easter|summer|winter|spring|calving|harvest|wedding|season)(?![a-z])"), "NP", None,
     "sentence",
     (r"(?:<JOKE>|film|movie|game|novel|song|lyric\w*|debate|bill|parliament|law|documentary|essay"
     r"|trip|abroad|holiday|vacation|away|working|work|shift|travel\w*|deploy\w*|flight|visit\w*"
     r"|moving|uni|college)")),
    ("funeral_planning", "farewell", C,
     r"(?:plan|planning|planned|plans) (?:my|his|her) (?:own )?funeral(?: playlist)?", "NP", None,
     "sentence", r"(?:<JOKE>|pre ?paid|prepaid|insurance|will and|solicitor|lawyer|diagnos\w*"
     r"|cancer|terminal|hospice)"),
    ("insurance_plan", "plan_means", C,
     (r"(?:insurance|policy|life cover)(?: \S+){0,8} (?:if something happens to me|if anything happens"
     r" to me|pays? out (?:after|if|for)|exclusion period|suicide clause)|(?:if (?:something|anything)"
     r" happens to me)(?: \S+){0,8} (?:insurance|policy)|suicide (?:clause|exclusion)"), "NP", None,
     "sentence", r"(?:<JOKE>|agent|broker|course|exam|training|work as|my job)"),
    ("overdose_more_6", "overdose", E,
     (r"washed (?:the rest|the lot|them all|it all|the whole \w+|all \w+)(?: \S+){0,4} down with"
     r"|(?:a|two|three) (?:weeks?|months?|fortnights?) (?:worth )?of (?:her|his|my|their) (?:\S+ ){0,2}"
     r"in one go|(?:packs?|bottles?|boxes|strips?|blisters?|blister packs) (?:\S+ ){0,3}(?:all )?empty"
     r"(?: \S+){0,4} (?:was|were) (?:full|new)|empty(?: \S+){0,5} (?:it|they) (?:was|were) full"
     r"|ingest\w* (?:\S+ ){0,4}(?:tablets|pills|capsules|acetaminophen|paracetamol|tylenol|\d+ ?mg)"
     r"|(?:weedkiller|weed killer|paraquat|pesticide|herbicide|antifreeze|rat poison|insecticide)"
     r"(?: \S+){0,12} (?:drank|drunk|swallowed|drinking) (?:some|it)|se (?:tomo|bebio|trago) (?:el |un"
     r" |una )?(?:cloro|lejia|veneno|raticida|insecticida|anticongelante)|(?:took|taken|swallowed)"
     r" (?:them|it|the lot|all of them)(?: all)? (?:about |around |like )?(?:an hour|half an hour"
     r"|\d+ (?:mins?|minutes|hours?)|a few minutes|twenty minutes|ten minutes) ago"), "NP", None,
     "sentence", r"(?:<JOKE>|prescribed|as directed|doctor said|dog|cat|vet|recycl\w*|garden center)"),
    ("overdose_more_7", "overdose", C,
     (r"(?:took|take|taken|taking) (?:a few|some|a couple of|two|three|\d+) extra (?:of )?(?:my|his"
     r"|her) (?:sleepers|sleeping pills|sleeping tablets|tablets|pills)(?: \S+){0,12} (?:day off"
     r"|not wake|knock me out|sleep through|again tonight|do it again)|(?:wanted|want|wants|needed)"
     r" (?:a |to have a )?(?:good )?long sleep(?: \S+){0,6} (?:pills|tablets|packs|empty|took)"
     r"|(?:already|just) did it(?: \.)? took them"), "NP", None, "sentence",
     r"(?:<JOKE>|prescribed|as directed|doctor said)"),
    ("long_sleep_pills", "overdose", C,
     r"(?:wanted|want|wants|needed|needs) (?:a |to have a )?(?:good )?long sleep(?![a-z])", "NP",
     r"(?:pills|tablets|packs|blister|empty|took|taken|swallowed)", "message",
     r"(?:<JOKE>|prescribed|as directed|doctor said|holiday|weekend|lie ?in)"),
    ("plan_more_6", "plan_means", C,
     (r"moved (?:the|his|her) (?:<GUN>|gun|shotgun|rifle|pistol) (?:\S+ ){0,6}(?:under|beside|next"
     r" to|into) (?:his|her|the) (?:bed|pillow|car|truck|bedroom)|asked (?:the )?(?:chemist|pharmacist"
     r"|pharmacy|doctor|gp) for (?:a )?(?:bigger|larger|extra|early|double) (?:supply|prescription"
     r"|script|refill)(?: \S+){0,16} (?:funeral|will(?![a-z])|wishes|jewell?ery|letters?|goodbye"
     r"|never needed)|titled (?:how|ways|methods|exit|the end|options)(?![a-z])|found a rope in"
     r" (?:the|his|her|my) (?:truck|car|van|bag|wardrobe|closet|shed|room|backpack)|(?:enough|how"
     r" much) carbon monoxide|(?:put|putting) (?:animals|dogs|pets|horses|a dog|a horse) to sleep"
     r"(?: \S+){0,10} (?:how fast|how quick|does it hurt|whether it hurts|what dose|painless)"
     r"|(?:how fast|how quick\w*|does it hurt|whether it hurts|what dose)(?: \S+){0,8} (?:put|putting"
     r"|puts) (?:animals|dogs|pets|horses|a dog|a horse|cats) to sleep"
     r"|(?:pricing|priced|measuring|measured|working out) (?:up )?how (?:much|long) (?:rope|cord"
     r"|drop)|catch the (?:early|last|final) train(?: \S+){0,12} (?:date|circled|relief|not telling"
     r"|calendar)|lethal (?:\w+ )?doses?|(?:pesticide|weedkiller|weed killer|rat poison|paraquat)"
     r"(?: \S+){0,8} (?:no garden|dont have a garden|doesnt have a garden|no rats)"
     r"|(?:boxes|packs|packets) of (?:paracetamol|acetaminophen|tylenol|panadol|ibuprofen|aspirin"
     r"|sleeping pills)(?: \S+){0,12} (?:vodka|whisky|whiskey|gin|rum|wine|alcohol)"),
     "NP", None, "sentence",
     (r"(?:<JOKE>|camping|climbing|boat|sailing|tow\w*|horse|swing|hammock|gym|detector|alarm"
     r"|boiler|heater|furnace|safety|vet appointment|(?:is|was) (?:sick|old|dying)|study|nursing"
     r"|pharmacology|exam|course)")),
    ("plan_now_more", "plan_means", E,
     (r"(?:service pistol|service weapon|<GUN>)(?: \S+){0,12} (?:saying|says|said) (?:hes|shes|im|he"
     r" is|she is) done|(?:in|out in|at) the (?:\w+ )?(?:shed|barn|garage|woods|car|truck|ute"
     r"|paddock|attic|basement) with (?:the|his|her|a) (?:<GUN>|gun|rifle|shotgun|pistol)(?: \S+){0,20}"
     r" (?:done|wanted (?:someone|you|me) to know|slurr\w*|drunk|bolted|locked|wont come out"
     r"|goodbye|sorry|line went dead|not answering|hugged)|rope (?:tied|knotted|hanging|looped) (?:to"
     r"|from|over|around|round) (?:the )?(?:\w+ ){0,2}(?:hatch|ladder|beam|rail|banister|bannister"
     r"|tree|door|rafter|loft)|(?:tipped|poured|emptied|spread) (?:out )?(?:all )?(?:her|his|the"
     r"|their) (?:\w+ )?(?:pills|tablets|meds|lithium|capsules)(?: \S+){0,6} (?:counting|piles|on the"
     r" (?:bed|duvet|table|floor))|(?:pills|tablets|meds|lithium|capsules|medication) (?:all )?(?:tipped"
     r"|poured|emptied|spread) out(?: \S+){0,12} (?:counting|piles|on the (?:bed|duvet|table|floor))"
     r"|counting (?:out )?(?:the |her |his |their |my |all )?(?:\w+ )?(?:pills|tablets|meds|capsules) into (?:little )?(?:piles|rows"
     r"|groups)|taped (?:over|up|around) (?:the )?(?:\w+ )?(?:window|windows|vents?|gaps?|door)"
     r"(?: \S+){0,12} (?:charcoal|barbecue|bbq|heater|generator)|(?:charcoal|barbecue|bbq)(?: \S+){0,12}"
     r" taped (?:over|up)|(?:intends?|intending|plans?|planning) to (?:take|swallow|use) (?:them|the"
     r" pills|it)(?: all)? (?:when|once|after|as soon as) (?:he|she|they|i) (?:leaves?|gets? home|is"
     r" alone|are alone)|tiene (?:una|la|el|un) (?:soga|cuerda|pistola|arma|cuchillo|navaja) en"
     r" (?:las|la|sus) manos?|(?:looped|tied|hooked|knotted|wrapped) (?:his|her|their|a|the) (?:belt"
     r"|cord|cable|rope|scarf|sheet|tie|lead|dressing gown cord) (?:around|round|to|over|on) (?:the"
     r"|a) (?:\w+ )?(?:rail|beam|hook|banister|bannister|door|handle|pipe|rafter|hatch|bar)"
     r"|(?:chair|stool|box|ladder) (?:\S+ ){0,4}(?:against|up to|next to|by) the (?:railing"
     r"|railings|balcony edge|parapet|barrier|ledge)(?: \S+){0,10} (?:wont|will not|refus\w*"
     r"|told me)"), "NP", None, "message",
     (r"(?:<JOKE>|rabbits|foxes|hunting|deer|pest|vermin|clean\w*|range|target|swing|tyre|tire"
     r"|hammock|boat|tent|washing|clothes ?line|climbing|dosette|organi[sz]er|pill box|weekly"
     r"|pharmacist|painting|plants|sunbath\w*|crafts?|curtain|christmas lights)")),
    ("psychosis_more_6", "psychosis_danger", C,
     (r"(?:leaving|left|turning|turned) the gas (?:hob |rings? |burners? )?on (?:\S+ ){0,4}(?:to smoke"
     r"|to gas|to kill|to get rid)|to smoke them out|(?:cleansed|purified|purged) (?:\S+ ){0,2}(?:with"
     r"|by) fire|(?:prove|proving) (?:<REFL3>|myself)(?: \S+){0,10} (?:voices?|told (?:him|her))"
     r"|voices? (?:\S+ ){0,10}prove (?:<REFL3>|myself)|(?:standing|stood) (?:next to|over|by|beside)"
     r" (?:our|my|the|their) bed(?: \S+){0,3} (?:watching|staring|at night|in the dark)|(?:with"
     r"|holding) (?:a |the |his |her )?(?:knife|machete|axe|bat|<GUN>)(?: \S+){0,3} (?:for"
     r" protect\w*|to protect (?:<REFL3>|us|me))|(?:knife|machete|axe|bat|<GUN>) for (?:protection"
     r"|protect)(?![a-z])|(?:devil|demon|evil|satan|spirit)s? (?:is |are )?(?:inside|in) (?:our|my|her"
     r"|his|the) (?:little |baby )?(?:boy|girl|baby|son|daughter|child|kid|grandson|granddaughter)"
     r"|(?:diablo|demonio) (?:esta|estan|vive) (?:en|dentro de) (?:su|mi|el|la) (?:\w+ )?(?:nieto"
     r"|nieta|hijo|hija|bebe|nino|nina)|(?:agua caliente|hot water|boiling water)(?: \S+){0,4}"
     r" (?:bless|baptis\w*|cleanse|purify)|(?:bless|baptis\w*|cleanse|purify) (?:\S+ ){0,4}(?:with"
     r"|con) (?:agua caliente|hot water|boiling water)"), "NP", None, "sentence",
     (r"(?:<JOKE>|film|movie|game|novel|fictional|church|priest|exorcist|kitchen|camping|burglar"
     r"|burglaries|break ?ins?|neighbou?rhood|wasps?|bees|hornets?|rats|mice|pests?|ants|hive)")),
    ("psychosis_now_more", "psychosis_danger", E,
     (r"(?:pulling|ripping|tearing) (?:\S+ ){0,2}(?:wires|cables) out of (?:the )?(?:walls?"
     r"|sockets?)|turned on (?:all )?(?:the )?(?:gas|hob|rings?|burners?|gas rings?)(?: \S+){0,3}"
     r" without lighting|(?:has to|needs to|going to|gonna|must|trying to) (?:get|drive|cast|beat"
     r"|burn|cut|force) (?:it|the (?:devil|demon|evil)) out(?: of (?:him|her|the baby|them))?"
     r"(?: \S+){0,14} (?:door|bedroom|room|alone|locked)|barricaded (?:<REFL3>) (?:in|inside)"
     r" (?:\S+ ){0,4}with (?:the|her|his|their|my|our) (?:\w+ )?(?:kids|children|baby|little ones"
     r"|son|daughter|boy|girl)|(?:drove|driven|driving|took|taken) (?:off |away )?with the (?:kids"
     r"|children|baby)(?: \S+){0,12} (?:end it|end it all|be together|the only way|going to heaven)"
     r"|(?:flashback|being overrun|the enemy|enemy (?:is|are) (?:in|at|coming))(?: \S+){0,12}"
     r" (?:<GUN>|knife|weapon)|(?:<GUN>|knife|weapon)(?: \S+){0,12} (?:flashback|being overrun"
     r"|the enemy|enemy (?:is|are))"), "NP", None, "sentence",
     (r"(?:<JOKE>|film|movie|game|novel|fictional|paintball|airsoft|electrician|renovat\w*"
     r"|rewir\w*|cod|call of duty|fortnite|ptsd (?:book|film)|documentary)")),
    ("self_harm_more_5", "self_harm", C,
     (r"press\w* (?:\S+ ){0,4}(?:hot )?iron (?:on|against|to) (?:my|his|her|their) (?:\w+ )?(?:leg"
     r"|arm|skin|thigh|hand)|(?:smash\w*|hit\w*|bash\w*|pound\w*|slam\w*) (?:\S+ ){0,2}own (?:hand"
     r"|hands|arm|leg|head|fist|fingers|foot|knee)|(?:hitting|hit|bashing) (?:it|(?:his|her|my)"
     r" (?:bad |own )?(?:leg|arm|hand|knee|thigh)) with (?:a|the|his|her) (?:hammer|bat|brick|rock"
     r"|stone|hammer handle|wrench)|(?:tearing|tore|ripping|ripped|clawing|picking) (?:at|open)"
     r" (?:the |her |his |my )?(?:scar|stitches|wound|incision|sutures)|keeps (?:accidentally"
     r" |accidently )?(?:catching|cutting|burning|hurting|injuring|slicing) (?:his|her|their|my)"
     r" (?:\w+ )?(?:hand|arm|fingers?|leg|wrist)|(?:arm|arms|wrist|wrists|thigh|thighs|legs?)"
     r" (?:\S+ ){0,3}(?:all|covered in|full of) (?:lines|scratches|cuts|scars|marks)(?![a-z])"),
     "NP", None, "sentence",
     (r"(?:<JOKE>|cat|kitten|dog|puppy|brambles|thorns|garden\w*|rash|eczema|mosquito\w*|toddler"
     r"|baby|football|rugby|gym|ironing|clothes|shirt|nail|nails|thumb|carpent\w*|woodwork|tattoo"
     r"|healing well|surgeon|doctor removed|oven|cooking|kitchen|stove|hospital|iv(?![a-z])|drip"
     r"|blood tests?|cannula|injections?|sport\w*|training)")),
    ("self_harm_now_more", "self_harm", E,
     (r"dragg\w* (?:his|her|their|my) (?:arm|wrist|hand|arms) (?:across|along|over|through) (?:the )?"
     r"(?:glass|blade|broken)|cut (?:\S+ ){0,2}deeper than (?:i|he|she) (?:meant|wanted|intended"
     r"|usually)|(?:gone|went|going) at (?:his|her|their|my) (?:own )?(?:\w+ )?(?:leg|arm|wrist|wrists"
     r"|face|throat|neck|stomach|chest) with|(?:lot of|lots of|so much|pool of|covered in) blood"
     r"(?: \S+){0,10} (?:leave me alone|wont let (?:me|us)|wont open|locked|deserves?)"), "NP", None,
     "sentence", r"(?:<JOKE>|film|movie|game|nosebleed|period|dentist|tooth|butcher|hunting|deer)"),
    ("neglect_more_5", "unable_to_care", C,
     (r"(?:living|sleeping|slept|sleeps) (?:rough|in (?:his|her|their|a) (?:truck|car|van|tent)|in a"
     r" stairwell|on the street|in (?:a|the) (?:park|doorway|stairwell))(?: \S+){0,12} (?:freezing"
     r"|cold|winter|snow|lost (?:a lot of )?weight|not eating|isnt eating|feet)|(?:no|without) (?:heat"
     r"|heating|electricity|power|food)(?: \S+){0,10} (?:in (?:december|january|february|winter)"
     r"|freezing|talking to <REFL3>)|(?:heating|heat) (?:is |was )?off(?: \S+){0,8} (?:window"
     r" open|windows open|shivering|freezing)|(?:cattle|stock|sheep|livestock|animals) (?:are |is"
     r" )?(?:starving|not being fed)|(?:piled (?:high )?with|piling up|piled up) (?:\w+ )?(?:rubbish"
     r"|takeaway|empty bottles|garbage|trash)|(?:dog|dogs|cats?) (?:is |are |isnt |arent )?not being"
     r" fed|bottles of (?:urine|pee|piss)"
     r"|(?:windows?|room) (?:\S+ ){0,2}(?:blacked out|covered) (?:with|in) (?:foil|tin ?foil|bin"
     r" bags|newspaper)|(?:hasnt|has not|havent|not) (?:left|come out of|been out of) (?:her|his"
     r"|their|the|my) (?:room|flat|bed|house|apartment) (?:in|for) (?:\d+|two|three|four|five|six"
     r"|a few|several) (?:weeks|months)|(?:havent|hasnt|not) eaten properly since(?! (?:breakfast|lunch|dinner|tea|this morning|yesterday|the op\w*|the surgery|the flu))"
     r"|no come(?: \S+){0,3} no se (?:bana|levanta|viste)|no se (?:bana|levanta)(?: \S+){0,3} no"
     r" come|(?:not|no|nah|doesnt|dont) (?:eat|eating|eats)(?: ,)? (?:\S+ ){0,4}(?:not|no|nah"
     r"|doesnt|dont|is not) (?:wash|washing|bathe|bathing|shower|showering)|forgets? to feed (?:the"
     r" baby|him|her|the kids)|(?:hasnt|has not|not) (?:collected|picked up|taken in) (?:his|her"
     r"|the) (?:mail|post|paper|papers|bins?)(?: \S+){0,4} (?:in|for) (?:a fortnight|weeks|\d+"
     r" (?:days|weeks)|days)|(?:hasnt|has not|not) (?:taken|had|done) (?:her|his|their|any) insulin"
     r" (?:in|for) (?:days|\d+ days|a week|two days|three days)|(?:on|off) the floor(?: \S+){0,8}"
     r" (?:since (?:the night before|last night|yesterday|this morning)|for hours|all night)"),
     "NP", None, "sentence",
     (r"(?:<JOKE>|bug|flu|virus|surgery|operation|covid|quarantine|isolat\w*|broken (?:leg|ankle"
     r"|hip)|cast|crutches|snow\w*|storm|weather|lockdown|recover\w*|fasting|ramadan|camping|festival|holiday|renovat\w*|moving"
     r"|diet|exam|revision|gaming|game|toddler|puppy|sale|collect\w* (?:stamps|bottles))")),
    ("neglect_now_more", "unable_to_care", E,
     (r"(?:gone|went|wandered|walked) (?:out|off) in (?:his|her|their|only|just) (?:pyjamas|pajamas"
     r"|pjs|nightie|nightgown|nightdress|dressing gown|underwear|pants|slippers)(?: \S+){0,8}"
     r" (?:\d+|minus|freezing|below|snow|cant find|missing|night|cold)|passed out (?:\S+ ){0,4}(?:in"
     r" the snow|outside|in the cold|on the ice)|(?:stopped|stop) shivering|(?:on the (?:\w+ )?floor"
     r"|lying there)(?: \S+){0,4} (?:cold and confused|confused and cold|freezing|cant get up"
     r"|cant move)|cant tell (?:me|us) how long (?:shes|hes|she has|he has) been there|(?:breath"
     r"|breathe) (?:\S+ ){0,3}(?:smells?|smelling) (?:like|of) (?:pear drops|nail polish|acetone"
     r"|fruit)|pear drops"), "NP", None, "sentence",
     r"(?:<JOKE>|bath|blanket|warm\w* up|inside now|fire|heater|hot water bottle|sweets|candy|perfume)"),
    # ------------------------------------- reported in the moment, and what was left behind
    ("abuse_more_7", "abuse", C,
     (r"(?:taken over|took over|taking over|control\w* of) (?:his|her|their) (?:bank )?(?:account"
     r"|accounts|money|finances|pension|cards?)(?: \S+){0,10} (?:wont let|doesnt let|not allowed"
     r"|scared|afraid|frightened|cant see)|(?:said|says|swore|threatened|threatens) (?:\S+ ){0,2}"
     r"(?:hed|shed|he would|she would|he will|hell|shell|to) (?:break|smash) (?:my|your|his|her)"
     r" (?:jaw|legs|neck|face|skull|nose|arms?)|burn (?:down )?(?:the|her|his|their|our) (?:house"
     r"|flat|home|car)(?: down)? with (?:her|him|them|us|me|the kids) (?:inside|in it)"),
     "NP", None, "sentence", r"(?:<JOKE>|film|movie|game|novel|character|lyrics?|song)"),
    ("abuse_now_more_2", "abuse", E,
     (r"esta (?:pegando|golpeando|ahorcando|pateando)(?:le|la|lo)? a|(?:carer|caregiver|care worker"
     r"|aide|nurse|staff member|staff|carers) (?:\S+ ){0,4}(?:is|are) (?:shaking|slapping|hitting"
     r"|pushing|dragging|pinching|kicking|punching|choking|shoving)|locked (?:\S+ ){0,6}(?:outside|out)"
     r" in the (?:snow|cold|rain|freezing|dark)"), "NP", None, "sentence",
     r"(?:<JOKE>|film|movie|game|dog|cat|locked out of|keys)"),
    ("attempt_more_6", "attempt", C,
     (r"(?:\d+|a few|few|two|three|four|five|six|ten) (?:days|weeks) post (?:attempt|overdose|od)(?![a-z])"
     r"|(?:dont|doesnt|do not|does not) want to wake up (?:tomorrow|again|anymore|any more|in the"
     r" morning)|(?:wont|will not|not going to) (?:come|get|make it) out (?:of (?:here|there|this|the"
     r" \w+) )?alive|(?:better off|rather be) (?:six (?:foot|feet) under|in the ground|in a box"
     r"|pushing up daisies)"), "NAP", None, "sentence",
     r"(?:<JOKE>|film|movie|game|course|training|lecture|exam|essay|holiday|party|gig)"),
    ("attempt_now_more_2", "attempt", E,
     (r"(?:one |a )?(?:leg|legs|foot) over the (?:ledge|railing|railings|edge|balcony|parapet|barrier"
     r"|side|sill|window ?sill)|jumped (?:off|from|into) (?:\S+ ){0,4}(?:pier|jetty|bridge|cliff"
     r"|harbour wall|dock|quay)(?: \S+){0,10} (?:isnt|is not|not|hasnt|has not) (?:swimming|moving"
     r"|coming up|surfaced|come up)"), "NP", None, "sentence",
     (r"(?:<JOKE>|pool|swimming|swim|dare|holiday|summer|horse|bike|stile|gate|fence|sunbath\w*"
     r"|film|movie|game)")),
    ("farewell_more_7", "farewell", C,
     (r"(?:sorry|love (?:you|them|her|him))(?: \S+){0,6} (?:its|it is|it was|it wasnt) (?:not )?"
     r"(?:her|his|your|their|anyones) fault|(?:gave|handed) (?:me|us|him|her) (?:her|his) (?:wedding )?"
     r"ring(?: \S+){0,8} (?:deeds|will|keys|be good|walked out)|(?:envelopes|letters|notes|cards)"
     r" (?:\S+ ){0,6}(?:with (?:our|their|my) names on|for each of us|on all our beds)|(?:room|flat"
     r"|desk|locker)s? (?:is |has been |all )?cleared out(?: \S+){0,6} (?:car|phone|gone|note|letter)"
     r"|(?:ringing|calling|phoning|visiting|rang|called|visited) (?:\S+ ){0,4}(?:old )?friends (?:\S+ ){0,2}"
     r"to make peace|(?:sorted|sorting|worked) out who (?:gets|will get|takes|will take|has) (?:the|my"
     r"|her|his) (?:cat|dog|kids|pets|house|things|stuff|car)|thank\w* (?:\S+ ){0,3}(?:everyone|all of"
     r" us|us all|each of us|you all|everybody) for being in (?:her|his|my|their) life"), "NP", None,
     "sentence",
     (r"(?:<JOKE>|wedding|engagement|christmas|birthday|holiday|moving|move house|new job|retir\w*"
     r"|leaving do|graduat\w*|surgery|hospice|terminal|cancer|dying|estate|divorce settlement"
     r"|heartbreak|breakup|the drama)")),
    ("harm_more_7", "harm_to_others", C,
     (r"wants? to (?:hurt|kill|stab|shoot|attack|get back at|beat up) (?:his|her|my|their|the) (?:old"
     r" |ex |former )?(?:teacher|boss|neighbou?r|coach|ex|stepdad|stepmum|stepfather|stepmother"
     r"|classmates?|teachers|manager|supervisor|landlord)|(?:talking|talks|going on) about sorting"
     r" out (?:the|his|her|my) \w+|urges? to (?:push|hurt|kill|stab|attack|strangle|harm|drown)"
     r" (?:strangers|people|someone|somebody|my|his|her|the baby|kids|children)|(?:story|writing|essay"
     r"|piece|poem|drawing|comic) (?:\S+ ){0,3}about (?:killing|shooting|stabbing|hurting)"
     r" (?:\S+ ){0,3}(?:named|real|actual) (?:classmates|students|teachers|people|kids)"),
     "NP", None, "sentence",
     r"(?:<JOKE>|game|fortnite|film|movie|intrusive thoughts? (?:ocd|therapy)|lyrics?|song)"),
    ("hopeless_more_7", "hopelessness", C,
     r"trapped with no (?:exit|way out|escape)|no (?:exit|way out) (?:from|for) (?:me|him|her)(?![a-z])",
     "NP", None, "sentence", r"(?:<JOKE>|game|escape room|film|movie|job|contract|lease)"),
    ("ideation_more_7", "ideation", C,
     r"ready to find out(?= ?(?:\.|,|!|\"|$))", "NP", r"(?:die|dying|death|dead|after (?:you|we) die)",
     "sentence", r"(?:<JOKE>|exam|results|test|baby|gender|film|movie)"),
    ("overdose_more_8", "overdose", E,
     (r"(?:was|were) full (?:yesterday|this morning|last night|on \w+|at \w+|earlier)(?: \S+){0,4}"
     r" (?:and )?(?:its|it is|theyre|they are|now)(?: all)? empty|<DROWSY>(?: \S+){0,12} (?:empty"
     r" (?:bottle|box|pack|packet|strip)|(?:bottle|box|pack|packet|strip) (?:is |was )?empty)"
     r"|empty (?:bottle|box|pack|packet|strip)(?: \S+){0,12} <DROWSY>"), "NAP", None, "sentence",
     r"(?:<JOKE>|case study|exam|scenario|vignette|dog|cat|vet)"),
    ("plan_more_7", "plan_means", C,
     (r"(?:<GUN>|gun|pistol|rifle|shotgun) (?:\S+ ){0,6}(?:for himself|for herself|for myself|for"
     r" themselves)(?![a-z])|(?:says|said) (?:its|it is|it was|its just) for (?:climbing|work"
     r"|camping|the boat|a swing|the garden)(?: \S+){0,3} (?:he|she|they) (?:doesnt|does not|dont"
     r"|has never|have never|dont even|doesnt even)|(?:charcoal|hose|hosepipe)(?: \S+){0,6}"
     r" (?:duct tape|gaffer tape)|(?:duct tape|gaffer tape)(?: \S+){0,4} (?:charcoal|hose|hosepipe)"),
     "NP", None, "sentence",
     (r"(?:<JOKE>|camping|bbq|barbecue|garden|hunting|range|licen[cs]ed|safe|cabinet|club|self"
     r" defen[cs]e|tent|hammock|grill)")),
    ("plan_now_more_2", "plan_means", E,
     (r"(?:garage|shed|barn|loft|attic|basement|woods) with (?:a|the|his|her) (?:rope|cord|cable|belt"
     r"|hose|hosepipe)(?: \S+){0,20} (?:locked|had enough|wont come out|done|goodbye|sorry|not"
     r" answering|cant get in|stepladder|ladder|chair)|(?:hes|shes|is|im) loading (?:it|the gun|his"
     r" gun|her gun|the rifle|the shotgun|a gun|the pistol)|(?:level crossing|railway crossing|train"
     r" tracks|the tracks|railway line)(?: \S+){0,10} waiting for (?:the )?(?:next |a )?train"
     r"|waiting for (?:the )?(?:next |a )?train(?: \S+){0,10} (?:level crossing|tracks|railway"
     r" line)|(?:photo|pic|picture) of (?:a |the )?(?:bottle of )?(?:bleach|pills|tablets|rope|<GUN>"
     r"|knife|razor|blade|noose)(?: \S+){0,10} (?:no words|no message|no caption|not answering"
     r"|talked about this)"), "NP", None, "sentence",
     (r"(?:<JOKE>|range|hunting|clay|target|station|platform|commut\w*|delayed|cancelled|train"
     r" driver|climbing|boat|tent|camping|sailing|cleaning|recipe)")),
    ("psychosis_more_7", "psychosis_danger", C,
     (r"(?:messages|instructions|orders|signs) (?:\S+ ){0,4}about (?:a|his|her|the) (?:secret )?mission"
     r"|(?:a|his|her) mission from (?:god|the tv|the voices)|(?:cut|dig|rip|get) (?:out )?the (?:chip"
     r"|tracker|implant|device|microchip)s? (?:out )?(?:of|in|from|they)"), "NP", None, "sentence",
     r"(?:<JOKE>|mission trip|church|missionary|space|game|film|movie|vet|dog|cat|phone|sim)"),
    ("psychosis_now_more_2", "psychosis_danger", E,
     (r"(?:esta )?quemando (?:cosas|la casa|papeles|ropa)(?: \S+){0,10} (?:humo|fuego|diablo|sacar)"
     r"|hay humo por todas partes|(?:chip|tracker|implant|microchip)(?: \S+){0,12} (?:knife|blade|razor"
     r"|scissors) (?:is )?in (?:his|her|their|my) hand|(?:wandering|walking|standing) (?:along|on|in)"
     r" the (?:motorway|highway|freeway|dual carriageway|hard shoulder|verge)(?: \S+){0,8} (?:nightie"
     r"|pyjamas|pajamas|confused|talking to|cars|traffic)"), "NP", None, "sentence",
     r"(?:<JOKE>|film|movie|game|barbecue|bbq|bonfire)"),
    ("self_harm_more_6", "self_harm", C,
     (r"clawing (?:at )?(?:his|her|their|my) (?:own )?(?:face|arms?|skin|legs?|neck)|(?:razor )?blades?"
     r" (?:\S+ ){0,2}hidden (?:in|under|inside)|hid(?:ing|den)? (?:\S+ ){0,3}(?:razor )?blades"),
     "NP", None, "sentence",
     r"(?:<JOKE>|craft|stanley|work|shaving|dad s|mosquito|eczema|itch\w*|chicken ?pox|rash)"),
    ("self_harm_now_more_2", "self_harm", E,
     r"se esta (?:cortando|quemando|lastimando|haciendo dano|golpeando)", "NP",
     (r"(?:ahora|ahorita|en este momento|la oigo|lo oigo|en (?:el|su|la) (?:bano|cuarto|habitacion|cocina)"
     r"|puerta|sangr\w*|right now|now)"), "message"),
    ("neglect_more_6", "unable_to_care", C,
     (r"(?:full of|covered in) (?:rotting|rotten|mouldy|moldy) (?:food|rubbish|trash|garbage)"
     r"|rotting food|(?:hasnt|has not|havent|not) (?:showered|washed|bathed|changed (?:his|her|their)"
     r" clothes) (?:in|for) (?:weeks|months|\d+ (?:weeks|days)|days)"), "NP", None, "sentence",
     r"(?:<JOKE>|fridge broke|power cut|moved out|camping|festival|cast|broken|surgery|hospital|landlord)"),
    ("neglect_now_more_2", "unable_to_care", E,
     (r"(?:sleeping|slept|living) rough(?: \S+){0,12} (?:t ?shirt|no coat|tonight|freezing)"
     r"|on the (?:\w+ )?floor(?: \S+){0,12} (?:cold and confused|confused and cold|cant get up)"),
     "NP", None, "sentence", r"(?:<JOKE>|film|movie|charity|sleep ?out|fundrais\w*)"),
)


def _rules(rows: tuple[tuple, ...]) -> tuple[Rule, ...]:
    return tuple(
        Rule(
            name=row[0],
            category=row[1],
            level=row[2],
            pattern=_re(row[3]),
            flags=row[4] if len(row) > 4 else "NP",
            requires=_re(row[5]) if len(row) > 5 and row[5] else None,
            scope=row[6] if len(row) > 6 and row[6] else "sentence",
            unless=_re(row[7]) if len(row) > 7 and row[7] else None,
        )
        for row in rows
    )

# Weaker warning signs: each alone is too common to act on ("suddenly calm", "cancelled her
# appointments", "just in case"), but two different ones in one message raise a concern.
# Same row format as _RULE_ROWS; the same suppressors apply to each cue.
_CUE_ROWS: tuple[tuple, ...] = (
    ("cue_sudden_calm", "farewell", C,
     (r"(?:suddenly|strangely|weirdly|eerily|oddly|unusually|surprisingly|almost too|super)"
     r" (?:\w+ )?(?:calm|peaceful|at peace|serene|cheerful|upbeat|content|relieved)(?![a-z])"
     r"|(?:feel|feels|felt|feeling|is|seems|seemed) (?:so )?(?:calm|peaceful|at peace) for the"
     r" first time(?![a-z])|(?:calm|peaceful)(?: and (?:peaceful|happy|calm|quiet))? (?:the|these)"
     r" (?:last|past) (?:few |couple of )?(?:days|weeks)(?![a-z])"), "NP", None, "sentence",
     r"(?:therapy|medication|meds|treatment|since (?:starting|he started|she started)|after (?:the|his|her) (?:session|appointment))"),
    ("cue_wants_out", "ideation", C,
     r"(?:want|wants|wanted|wanting) out(?= ?(?:\.|,|!|\?|\"|and |but |$))", "NP"),
    ("cue_figured_out", "farewell", C,
     (r"(?:got|have|has|had) (?:it|everything) all figured out(?![a-z])|(?:finally|now) (?:figured"
     r"|worked|sorted) (?:it|everything) (?:all )?out(?![a-z])"), "NP"),
    ("cue_made_peace", "farewell", C,
     (r"made (?:my|his|her|their) peace(?![a-z])|at peace with (?:dying|death|it all|everything"
     r"|going|leaving)(?![a-z])"), "NP"),
    ("cue_thanks_farewell", "farewell", C,
     (r"(?:thanks|thank you) for (?:being|everything|all (?:the|these) years|always being)(?![a-z])"
     r"|(?:wanted|want) (?:to say|you to know) (?:thanks|thank you|i love you|that i love you"
     r"|how much)(?![a-z])|i love you and (?:im|i am) sorry(?![a-z])|sorry for (?:all of it|all"
     r" of this|everything)(?![a-z])"), "NP"),
    ("cue_apologizing", "farewell", C,
     (r"(?:apologiz\w*|apologis\w*|saying sorry|says sorry|said sorry) (?:to (?:everyone"
     r"|everybody|people|all|us|them|old friends)|for (?:everything|all of it|old))(?![a-z])"
     r"|(?:calling|called|texting|texted|reaching out to|messaging|ringing|rang|phoning)"
     r" (?:round )?(?:people|everyone|old"
     r" friends|friends|relatives) (?:he|she|they|i) (?:hasnt|havent|hadnt|has not|had not)"
     r" (?:talked|spoken) to(?![a-z])"), "NP", None, "message",
     r"(?:amends|12 step|twelve step|step 9|step nine|sponsor|aa meeting|na meeting|reunion)"),
    ("cue_unreachable", "farewell", C,
     (r"(?:hasnt|has not|havent|not|wont|isnt|stopped) (?:replied|answered|responded|picked up"
     r"|been home|come home|answering|replying|responding)(?![a-z])|(?:turned|switched) (?:his|her"
     r"|their|my) phone off(?![a-z])|(?:his|her|their) (?:car|truck) is gone(?![a-z])|(?:hes|shes"
     r"|he is|she is) not home(?![a-z])"), "", None, "sentence",
     (r"(?:work|school|shift|class|game|store|gym|busy|asleep|napping|clinic|office|doctor"
     r"|therapist|psychiatrist|nurse|teacher|landlord|boss|pharmacy|insurance|email|ghost\w*"
     r"|dating|not worried)")),
    ("cue_dont_look", "farewell", C,
     (r"dont (?:come )?(?:look|looking|search\w*) for (?:me|him|her)(?![a-z])|dont come looking"
     r"|(?:should not|shouldnt|not to) look for (?:him|her|me)(?![a-z])"
     r"(?![a-z])|dont try to (?:find"
     r"|stop|reach|call) (?:me|him|her)(?![a-z])|by the time (?:you|anyone) (?:read|see|find|get)"
     r" (?:this|it)(?![a-z])"), ""),
    ("cue_wont_need", "farewell", C,
     (r"(?:wont|will not|not going to|isnt going to|wouldnt) (?:be )?(?:need|needing|using|use)"
     r" (?:it|them|this|these|those|any of (?:it|this|them))(?![a-z])"), "P"),
    ("cue_cancelled", "farewell", C,
     (r"(?:cancel\w*|called off) (?:all )?(?:of )?(?:his |her |my |their )?(?:future |upcoming"
     r" |remaining |next |other )?(?:appointments|sessions|plans|subscriptions|reservations"
     r"|phone contract|contract|gym|gym membership|memberships?|lease|tenancy)(?![a-z])"), "NP",
     None, "sentence",
     (r"(?:flu|sick|ill|covid|cold|weather|snow|storm|insurance|moved|reschedul\w*|vacation|trip"
     r"|conflict|work|surgery|car broke)")),
    ("cue_safekeeping", "farewell", C, r"for safe ?keeping(?![a-z])", "NP"),
    ("cue_giving_to", "farewell", C,
     (r"(?:giving|gave|give|gives|handing|handed) (?:away )?(?:his|her|my|their) (?:\w+ ){0,2}"
     r"(?:jewel\w*|watch|guitar|rings?|collection|belongings|possessions|valuables|savings|tools"
     r"|guns?|medals|journals|diaries|photos|pets?|dog|cat|records|vinyl|laptop|bike|truck|games"
     r"|console|things|stuff) (?:to|out to)(?![a-z])"), "NP", None, "sentence",
     r"(?:birthday|christmas|graduation|wedding|outgr\w*|upgrade|new one|declutter|moving)"),
    ("cue_bequest", "farewell", C,
     (r"you can (?:have|keep) (?:my|his|her) \w+(?![a-z])|(?:wants|want|wanted) (?:you|me|us|him"
     r"|her) to have (?:my|his|her) \w+(?![a-z])"), "P"),
    ("cue_if_not_here", "farewell", C,
     (r"if (?:something|anything) (?:ever )?happens to (?:me|him|her)(?![a-z])"
     r"|if (?:im|i am|hes|he is|shes|she is|i|he|she) (?:not|isnt|arent|no longer|ever not)"
     r" (?:here|around)(?![a-z])|just in case(?= ?(?:\.|!|$))|in case (?:i|he|she) (?:dont|doesnt"
     r"|am not|is not|isnt|dont make it|doesnt make it|dont come back|doesnt come back)(?![a-z])"),
     "P"),
    ("cue_letters_to_family", "farewell", C,
     (r"(?:wrote|writing|written|write|left|leaving|recorded|recording) (?:\w+ ){0,2}(?:letters?"
     r"|notes?|videos?|messages?) (?:to|for) (?:each of )?(?:my|his|her|their|our|the) (?:kids"
     r"|children|family|parents|wife|husband|son|daughter|sons|daughters|mom|dad|mother|father"
     r"|siblings|brother|sister|grandkids)(?![a-z])"), "NP", None, "sentence",
     r"(?:birthday|christmas|graduation|camp|school|lunch|thank you|holiday)"),
    ("cue_who_would_care", "hopelessness", C,
     (r"(?:would|will|does|do) (?:anyone|anybody) (?:even )?(?:care|notice|miss)(?![a-z])"
     r"|(?:anyone|anybody) would (?:even )?(?:care|notice|miss)(?![a-z])"), "NP"),
    ("cue_weapon_handling", "plan_means", C,
     (r"(?:playing|plays|played|fiddling|spinning|cleaning|loading|loaded|holding|waving|staring"
     r" at|sleeping with|carrying) (?:with )?(?:his|her|my|their|a|the) (?:loaded )?<GUN>"
     r"(?![a-z])"), "NP", None, "message",
     r"(?:hunting|range|season|club|class|license|licence|competition)"),
    ("cue_covered_up", "self_harm", C,
     (r"long sleeves (?:\w+ )?(?:in|during|all) (?:\w+ )?(?:july|june|august|summer|the heat|hot"
     r" weather|heat)(?![a-z])|(?:hiding|hides|hid|covering|covers) (?:her|his|their|my) (?:arms"
     r"|wrists|legs|thighs)(?![a-z])"), "NP"),
    ("cue_blood_found", "self_harm", C,
     (r"(?:blood|bloody) (?:on|in) (?:her|his|their|my|the) (?:\w+s )?(?:towels?|sheets|sleeves|tissues"
     r"|bathroom|clothes|pillow)(?![a-z])|(?:razor|pencil sharpener) blades? (?:missing|hidden"
     r"|in (?:her|his) (?:room|drawer|backpack))(?![a-z])"), "NP", None, "sentence",
     r"(?:nosebleed|nose bleed|period|shaving|dentist|gums)"),
    ("cue_nothing_changes", "hopelessness", C,
     (r"nothing (?:is|s) (?:ever )?going to change(?![a-z])|(?:it|things|nothing) (?:will|is)"
     r" never (?:going to )?change(?![a-z])|(?:ive|i have|hes|shes|has|have) accepted (?:it|that"
     r"|my fate|the end)(?![a-z])"), "NP"),
    ("cue_stop_helping", "hopelessness", C,
     r"stop (?:trying to )?(?:help\w*|sav\w*|fight\w* for) (?:me|him|her)(?![a-z])", "NP"),
    ("cue_research_bare", "plan_means", C,
     (r"(?:looking|looked|look|reading|read|searching|searched|googl\w*|research\w*) (?:at |up |into"
     r" |about |for )?(?:ways|methods|options)(?: online| on the internet| on my phone)?(?="
     r" ?(?:\.|,|!|$))"), "NP"),
    ("cue_picked_one", "plan_means", C,
     (r"(?:picked|chosen|chose|decided on|settled on) (?:one|a (?:method|way|date|day|place"
     r"|spot))(?![a-z])"), "", None, "sentence",
     (r"(?:wedding|party|surgery|appointment|court|hearing|trial|move|moving|trip|exam|interview"
     r"|meeting|vacation|launch|release|closing|baby|due|visit|graduation|restaurant|movie|color"
     r"|colour|dress|name|school|college|paint|outfit)")),
    ("cue_over_soon", "ideation", C,
     (r"(?:itll|it will|this will|everything will|its going to|it is going to|it all will) (?:all"
     r" )?be over soon(?![a-z])"), "NP", None, "sentence",
     r"(?:exam|test|week|semester|surgery|procedure|labor|storm|winter|season|shift|trial)"),
    ("cue_life_insurance", "farewell", C,
     (r"(?:life insurance|insurance (?:money|payout|policy|papers)|(?:get|collect|have|cash)"
     r" the insurance)(?![a-z])"), "NP"),
    ("cue_youd_be_fine", "hopelessness", C,
     (r"(?:youd|you would|youll|you will|yall|everyone would|everyone will|you all|theyd"
     r"|they would|the kids would|the family would) (?:all )?be (?:fine|better|ok|okay|better"
     r" off|set|taken care of)(?![a-z])"), "NP"),
    ("cue_need_soon", "farewell", C,
     (r"(?:youll|you will|youre going to|youd) need (?:this|these|it|them|to know this) (?:soon"
     r"|when (?:im|hes|shes|i am|he is|she is) gone|after)(?![a-z])"), "NP"),
    ("cue_open_later", "farewell", C,
     (r"(?:dont|not to|never|do not|shouldnt|not) open (?:it|them|this|these|the \w+|those)"
     r" (?:until|till|before|unless) (?:later|after|im gone|hes gone|shes gone|(?:i|he|she)"
     r" (?:am|is|m|s) gone|something happens|the time comes|its time)(?![a-z])"), "NP",
     None, "sentence", r"(?:christmas|birthday|graduation|wedding|anniversary|party)"),
    ("cue_self_worthless", "hopelessness", C,
     (r"(?:calls?|calling|called) <REFL> (?:a )?(?:lost cause|worthless|useless|a waste|a failure"
     r"|a burden|a mistake|garbage|trash|not worth (?:it|keeping|saving))(?![a-z])"
     r"|not worth (?:keeping|saving|loving|the trouble)(?![a-z])"), "NP"),
    ("cue_hot_weather_cover", "self_harm", C,
     (r"(?:long sleeves|hoodies?|sweatshirts?|sweaters?|jackets?) (?:\S+ ){0,6}?(?:july|june"
     r"|august|summer|the heat|hot out|so hot|heat|\d\d degrees?|heatwave)(?![a-z])"), "NP"),
    ("cue_deserves_pain", "self_harm", C,
     (r"(?:deserve|deserves|deserved) (?:the |these |those |this |to )?(?:marks|cuts|pain|scars"
     r"|bruises|to hurt|to bleed|to suffer|to feel pain|the pain)(?![a-z])"), "NP"),
    ("cue_bruises", "abuse", C,
     (r"bruis\w* (?:on|all over|up and down|around) (?:her|his|their|my) (?:\w+ )?(?:arms?|face"
     r"|neck|legs?|back|wrists?|body|ribs|eyes?)(?![a-z])|(?:new|fresh|more|unexplained) bruis\w*"
     r"(?![a-z])|moretones(?![a-z])"), "NP", None, "sentence",
     r"(?:fell|fall|sports|soccer|football|hockey|rugby|bike|blood thinner|anemi\w*|leukemia)"),
    ("cue_afraid_of_him", "abuse", C,
     (r"flinch\w*(?![a-z])|(?:scared|afraid|terrified) (?:of (?:him|her|them|my \w+|his \w+|her"
     r" \w+)|to go home|to be home)(?![a-z])"), "NP"),
    ("cue_controls_money", "abuse", C,
     r"controls? (?:all )?(?:of )?(?:her|his|their|my) (?:money|finances|phone|bank\w*)(?![a-z])",
     "NP"),
    ("cue_squalor", "unable_to_care", C,
     (r"(?:full of|covered in|piles of|pile of|buried in) (?:\w+ )?(?:garbage|trash|rotting food"
     r"|rotten food|feces|urine|filth)(?![a-z])|rotting food(?![a-z])|living in (?:filth|squalor)"
     r"(?![a-z])"), "NP"),
    ("cue_weight_loss", "unable_to_care", C,
     (r"lost (?:a lot of|so much) weight|so much weight gone|lost (?:about |almost |over |like"
     r" |nearly |at least )?(?:\d+|twenty|thirty|forty|fifty)"
     r" ?(?:lbs|pounds|kilos|kg|stone|st)(?![a-z])|(?:visibly|visible) (?:lost weight|weight loss)"
     r"|muy flac[oa](?![a-z])|(?:significant|marked|rapid|dramatic) weight loss|weight loss (?:of )?\d+ ?(?:kg"
     r"|kilos|lbs|pounds)|lose so much weight|lost (?:so much|a lot of"
     r"|a load of|loads of|heaps of) weight|lost (?:maybe|roughly|around|about) (?:\d+|twenty|ten|fifteen)"
     r" ?(?:kilos|kg|pounds|lbs|stone)"), "NP", None, "sentence",
     r"(?:diet|gym|surgery|proud|goal|ozempic|workout|running)"),
    ("cue_no_hygiene", "unable_to_care", C,
     (r"(?:hasnt|hadnt|not|wont|doesnt|havent) (?:showered|bathed|washed|changed (?:his|her"
     r"|their) clothes) (?:in|for) (?:weeks|months|a month|a week|over a week|(?:<NUMWORD>)"
     r" (?:weeks|months|days))(?![a-z])|not bathing (?:for )?(?:one|a|\d+) (?:month|week)s?|same clothes (?:\w+ ){0,3}(?:for|in|as|all) (?:days|weeks|a week|week|month"
     r"|a month|the week before|last week)(?![a-z])|no se bana(?![a-z])|doesnt (?:bathe|wash)"
     r"(?= ?(?:\.|,|!|\"|$|and))|(?:hasnt|not) (?:showered|washed|bathed) in (?:days|ages)"), "NP"),
    ("cue_spanish_goodbyes", "farewell", C,
     r"se despidio de (?:todos|todo el mundo|sus amigos|toda la familia|nosotros)(?![a-z])", "NP"),
    ("cue_spanish_gave_away", "farewell", C,
     r"regalo (?:\w+ ){0,2}(?:perro|gato|cosas|ropa|guitarra|mascota|juegos)(?![a-z])", "NP"),
    # Errands and acquisitions that mean little alone.
    ("cue_log_off", "farewell", C,
     (r"(?:log|logging|logged|sign|signing|signed) off (?:for good|forever|permanently|for the"
     r" last time)(?![a-z])"), "NP", None, "sentence",
     r"(?:facebook|instagram|social|app|twitter|tiktok|discord|game|account|work|laptop|email)"),
    ("cue_wiped_accounts", "farewell", C,
     (r"(?:deleted|deleting|deactivated|deactivating|wiped|wiping|closed|shut down|cleared)"
     r" (?:all )?(?:of )?(?:his|her|their|my) (?:social media|socials|accounts|instagram|facebook|snapchat"
     r"|tiktok|profiles?|photos|posts|phone)(?![a-z])"), "NP"),
    ("cue_handed_over", "farewell", C,
     (r"(?:gave|giving|gives|give|handed|handing|left|leaving) (?:away )?(?:me |us |him |her )?"
     r"(?:his|her|their|my) (?:\w+ ){0,2}(?:to (?:his|her|their|my|a|the) (?:\w+ )?(?:cousin"
     r"|friend|brother|sister|neighbou?r|roommate|nephew|niece|kid|son|daughter|coworker|friends"
     r"|classmate|best friend)|for (?:me|us|you) to keep)(?![a-z])"
     r"|(?:gave|gives|handed) (?:me|us) (?:his|her|their) (?:watch|ring|necklace|guitar|keys"
     r"|medals|journal|savings|jewel\w*|bike|car|dog|cat)(?![a-z])"), "NP", None, "sentence",
     r"(?:birthday|christmas|graduation|wedding|outgr\w*|upgrade|new one|declutter\w*|moving"
     r"|borrow\w*|lend|lent|for the weekend|while (?:he|she|they)|vacation|trip)"),
    ("cue_calling_to_say_love", "farewell", C,
     (r"(?:calling|called|calls|texting|texted|texts|messaging|messaged|hugging|hugged|visiting"
     r"|visited) (?:everyone|everybody|all (?:of )?(?:us|her friends|his friends|the family"
     r"|her family|his family|their friends)|each of us|every one of us|people|relatives|old"
     r" friends) (?:\w+ ){0,3}(?:to say|saying|and saying|and telling|to tell|telling) (?:\w+ ){0,2}"
     r"(?:loves?|love you|goodbye|bye|sorry|thanks?|thank you)(?![a-z])"), "NP"),
    ("cue_debts_settled", "farewell", C,
     (r"(?:paid off|paying off|settled|settling|closing|closed|cleared) (?:all )?(?:of )?(?:his|her"
     r"|their|my) (?:debts|bills|loans|accounts|affairs)(?![a-z])"), "NP", None, "sentence",
     r"(?:bonus|raise|promotion|inheritance|tax refund|lottery|won|sold the house|retire\w*)"),
    ("cue_passwords", "farewell", C,
     (r"(?:gave|give|giving|left|leaving|wrote down|writing down|write down|sent|shared|sharing"
     r"|showed|showing) (?:me |us |her |him )?(?:a (?:folder|list|note|file|envelope|binder) (?:with|of) )?"
     r"(?:all )?(?:of )?(?:his|her|their|my|the) (?:passwords|pins|pin numbers|bank details|account"
     r" details|logins?|login details|account numbers)(?![a-z])"), "NP", None, "sentence",
     r"(?:hospital|surgery|trip|vacation|travel\w*|deploy\w*|dementia|emergency file)"),
    ("cue_letters_to_friends", "farewell", C,
     (r"(?:wrote|writing|written|mailed|mailing|sent|sending|left|leaving) (?:\w+ ){0,2}(?:letters?"
     r"|notes?|cards?) (?:to|for) (?:all |each of )?(?:(?:his|her|their|my|our) )?(?:friends"
     r"|everyone|everybody|us|people|teachers|coworkers|exes)(?![a-z])"), "NP", None, "sentence",
     r"(?:birthday|christmas|graduation|camp|thank you|holiday|wedding|invitations?|valentine\w*)"),
    ("cue_open_after", "farewell", C,
     (r"(?:dont|not to|never|do not|shouldnt|not) (?:open|read) (?:it|them|this|these|the \w+"
     r"|those) (?:until|till|unless) (?:next \w+|tomorrow|<WEEKDAY>|(?:after|a (?:week|month)"
     r" from) \w+|(?:she|he|i) (?:says|said|tells?)|later)(?![a-z])"), "NP", None, "sentence",
     r"(?:christmas|birthday|graduation|wedding|anniversary|party|surprise|gift|present)"),
    ("cue_means_bought", "plan_means", C,
     (r"(?:bought|buying|buys|ordered|ordering|purchased|purchasing|picked up|got|getting|has"
     r"|compro|consiguio|tiene|escondio)"
     r" (?:a |some |more |new |a lot of |lots of |a bag of |bags of |extra )?(?:rope|noose|gun"
     r"|rifle|handgun|pistol|shotgun|ammo|ammunition|bullets|charcoal|helium|razor blades"
     r"|blades|tarp|(?:una |un )?(?:soga|cuerda|pistola|arma))(?![a-z])"), "NP", None, "sentence",
     r"(?:hunting|range|camping|grill\w*|bbq|barbecue|tire swing|boat|climbing|gym|class|license"
     r"|licence|party|balloons|garden\w*|shaving|deer|season|for work|farm|ranch)"),
    ("cue_no_reason_to_have", "plan_means", C,
     (r"no reason (?:for (?:him|her|them|me) )?to (?:have|own|need|buy|get) (?:it|one|that|them"
     r"|this|any|a \w+)(?![a-z])|(?:never|doesnt|does not|dont|has never|hasnt ever) (?:even )?"
     r"(?:hunts?|hunted|camps?|camped|grills?|grilled|barbecues?|shot a gun|owned a gun|own a gun"
     r"|fish(?:es)?|went hunting|go hunting|been hunting)(?![a-z])|no sabemos (?:para|por) que"
     r"|sin (?:ninguna )?razon(?![a-z])"), "N"),
    ("cue_burden_talk", "hopelessness", C,
     (r"(?:doesnt|dont|does not|do not|didnt|never) want to be a burden (?:anymore|any longer|to"
     r" (?:anyone|us|you|everyone|the family|her kids|his kids|my kids))?(?![a-z])"), "P"),
    ("cue_money_taken", "abuse", C,
     (r"(?:account (?:is )?(?:nearly |almost )?empty|emptied (?:his|her|their) account|keeps my"
     r" money|(?:le|me) quita el dinero)(?![a-z])"
     r"|(?:taking|took|takes|stealing|stole|steals|draining|drained|using|taken over|took over"
     r"|handling|has control of) (?:all )?(?:of )?(?:his"
     r"|her|their|my) (?:\w+s )?(?:money|bank card|savings|pension|checks|cheques|social security|benefits"
     r"|card)(?![a-z])"), "NP", None, "sentence", r"(?:power of attorney|to pay (?:his|her) bills)"),
    # Signs of control, of a life shutting down, of leave-taking.
    ("cue_isolating", "abuse", C,
     (r"(?:wont|doesnt|does not|will not|never) let (?:her|him|me|us|them) (?:go (?:anywhere"
     r"|out|to (?:the )?\w+)|see (?:her|his|my|their|anyone|us|friends|family|a doctor|the \w+)"
     r"|visit|leave(?: the house)?|have (?:her|his|my) own|talk to|work|drive)(?![a-z])"
     r"|no (?:la|lo|me|nos|les) deja (?:salir|ver|hablar|trabajar|ir)(?![a-z])"), "NP", None,
     "sentence",
     (r"(?:curfew|grounded|homework|school night|sick|covid|flu|contagious|ward|hospital rules"
     r"|doctor said|\d+ ?(?:yo|years? old)|teen\w*)")),
    ("cue_checks_phone", "abuse", C,
     (r"(?:checks|checking|goes through|reads|monitors|tracks|tracking|took|takes|smashed"
     r"|controls) (?:all )?(?:her|his|my|their) (?:phone|messages|texts|location|emails"
     r"|whatsapp)(?![a-z])"), "NP", None, "sentence",
     r"(?:parental|screen time|grounded|for school|lost|\d+ ?(?:yo|years? old)|teen\w*|dementia)"),
    ("cue_degrading", "abuse", C,
     (r"(?:calls?|calling|called) (?:her|him|me|them) (?:worthless|useless|stupid|fat|ugly|a whore"
     r"|a slut|pathetic|nothing)(?![a-z])|makes? (?:her|him|me|them) (?:kneel|beg|sleep in|eat"
     r" off|stand outside)(?![a-z])|(?:shouts|screams|yells) at (?:him|her|me) (?:all the time"
     r"|constantly|every day)(?![a-z])|(?:gets|get) (?:rough|cross with me|angry with me)"
     r"(?![a-z])|(?:get|got|have) (?:her|him|me) locked up if(?![a-z])"), "NP"),
    ("cue_fear_hushed", "abuse", C,
     (r"(?:dont|do not|not to|no) (?:tell|le digas|digas) (?:anyone|anybody|nada|nadie)(?![a-z])"
     r"|dont make (?:him|her|them) (?:angry|cross|mad)(?![a-z])|le tiene miedo(?![a-z])"
     r"|(?:afraid|scared|frightened) (?:to (?:report|tell|leave)|of losing custody)(?![a-z])"),
     "NP", None, "sentence", r"(?:surprise|party|present|gift|birthday|christmas)"),
    ("cue_love_all", "farewell", C,
     (r"(?:i love|love) you all(?![a-z])|(?:ur|youre|you are) the best (?:person|brother|sister"
     r"|mum|mom|dad|friend)(?![a-z])|dont (?:ever )?forget (?:that|me)(?![a-z])|good run(?![a-z])"
     r"|look after each other(?![a-z])|take care of each other(?![a-z])|(?:las )?gracias por"
     r" todo(?![a-z])|birthday cards? for next year|remember me(?![a-z])|(?:thanks|thank you) for being (?:in"
     r"|part of) my life"
     r"(?![a-z])|te quiero mucho(?![a-z])|los quiero (?:mucho|a todos)(?![a-z])|(?:hugged|hugging)"
     r" (?:\w+ ){0,3}for ages(?![a-z])|how proud (?:she|he|i) (?:is|am) of (?:me|you)(?![a-z])"),
     "NP"),
    ("cue_location_off", "farewell", C,
     (r"location (?:is )?(?:off|turned off|switched off|disabled)(?![a-z])|(?:turned|switched)"
     r" off (?:her|his|their) location(?![a-z])|(?:left|phone is|phone was) (?:\w+ ){0,3}"
     r"(?:behind|at home|on the (?:\w+ )?table)(?![a-z])|(?:not|isnt) at work(?![a-z])"
     r"|(?:no esta|ya no esta|you no esta) en su casa(?![a-z])|(?:ahora )?no contesta(?![a-z])"), "NP"),
    ("cue_rehomed", "farewell", C,
     (r"(?:rehom\w*|re homed|found a new home for) (?:his|her|their|my|the) (?:\w+ )?(?:dog|cat"
     r"|pets?|horse|bird|parrot|rabbit)(?![a-z])|(?:gave|giving) (?:his|her) (?:\w+ ){0,2}(?:and"
     r" (?:his|her) (?:dog|cat)) to(?![a-z])"), "NP", None, "sentence",
     r"(?:allerg\w*|moving|landlord|new baby|rental|no pets)"),
    ("cue_sold_things", "farewell", C,
     (r"(?:sold|selling) (?:his|her|their|my) (?:\w+ ){0,4}(?:for no reason|no reason|out of"
     r" nowhere)(?![a-z])|(?:sold|selling) (?:his|her) (?:\w+ ){0,3}this (?:month|week)"
     r"(?![a-z])"), "NP", None, "sentence", r"(?:upgrade|new one|moving|debt|rent|bills|money)"),
    ("cue_amends_tour", "farewell", C,
     (r"(?:ringing|calling|phoning|texting|messaging|visiting|rang|called|texted|messaged"
     r"|visited) (?:round |around )?(?:everyone|everybody|all the people|people) (?:he|she|they|i)"
     r" (?:\w+ ){0,3}(?:fell out with|argued with|hurt|wronged|owed)(?![a-z])|(?:paid|paying|pays)"
     r" (?:me |us |her |him |everyone )?back (?:\w+ ){0,6}(?:from years ago|out of nowhere|he owed"
     r"|she owed)(?![a-z])|(?:posted|sent|gave|giving|returning|returned) back (?:everything|all"
     r" the (?:things|stuff)|all (?:her|his) \w+) (?:she|he|they) (?:borrowed|had borrowed)"
     r"(?![a-z])|prepaid (?:\w+ ){0,2}(?:months|weeks) (?:of )?rent(?![a-z])"), "NP", None,
     "sentence", r"(?:amends|12 step|twelve step|step 9|step nine|sponsor|moving|emigrat\w*)"),
    ("cue_no_basics", "unable_to_care", C,
     (r"(?:electric\w*|power|heating|gas|water) (?:\w+ ){0,2}(?:cut off|shut off|was off|been"
     r" off|disconnected)(?![a-z])|(?:heating|heat) (?:was |is )?off in (?:november|december"
     r"|january|february|winter)(?![a-z])|no (?:heating|heat|food|electricity|power) in the"
     r" (?:flat|house|fridge|apartment)(?![a-z])|no food (?:at all|in the (?:flat|house|fridge"
     r"|apartment))(?![a-z])|(?:food|meals?) (?:\w+ ){0,2}rotting(?![a-z])|(?:mouldy|moldy) food"
     r"(?![a-z])|(?:pizza boxes|rubbish|trash|garbage) (?:stacked|piled)(?![a-z])"
     r"|(?:flat|house|home) has no (?:heating|heat|electric\w*|power)|no heating(?![a-z])"
     r"|unopened (?:letters|post|mail)|insulin (?:pens )?(?:still )?boxed"
     r"|curtains (?:closed|drawn) for (?:days|weeks)|bills (?:\w+ )?unpaid|unpaid bills|(?:hasnt|not)"
     r" paid (?:a bill|any bills)|utilities (?:\w+ )?(?:disconnected|cut off)|(?:heatings?|powers?)"
     r" (?:\w+ ){0,3}(?:off|cut off)|(?:hasnt|not)"
     r" paid (?:the |her |his )?(?:bills|rent|mortgage)|no electricity"
     r"|room full of (?:rubbish|trash|garbage)(?![a-z])|(?:you can )?smell it from the"
     r" (?:hallway|street|door)(?![a-z])"), "NP", None, "sentence",
     r"(?:power cut|outage|storm|moving|renovat\w*|camping|candle\w*|movie|film)"),
    ("cue_no_food", "unable_to_care", C,
     (r"fridge (?:\w+ ){0,2}(?:empty|bare)|(?:mouldy|moldy) (?:milk|bread|food)|living on (?:crisps"
     r"|chips|biscuits|tea|toast)|unwashed and hungry|not bothering (?:with|to) (?:meals|eat\w*"
     r"|food|cook\w*)|wasting away|(?:not|isnt|hasnt been|doesnt|wont|stopped) (?:eating|drinking)"
     r" (?:enough|properly|anything|much)(?![a-z])|(?:isnt|not|hasnt been|stopped|doesnt|wont)"
     r" (?:eating|drinking)(?= ?(?:\.|,|!|\"|$|and|or|for))|(?:only|sirf) (?:chai|tea)(?![a-z])"
     r"|(?:stopped|stopping|gave up) (?:\w+ )?feeding (?:her|his|their|the) (?:kids|children"
     r"|baby)|forget\w* to eat|(?:barely|hardly) (?:eating|drinking|eats|eat)|stop eating|eating (?:only )?"
     r"(?:dry )?cereal|(?:eat|eats|eating)"
     r" (?:only |just )?(?:biscuits|crisps|toast)(?: mostly| only)?(?![a-z])|eating from (?:the )?bins|(?:hasnt|has not|havent)"
     r" (?:got|had) any food in|doesnt eat unless|eating out of (?:dumpsters|bins|the bin|the garbage)"
     r"|feeding (?:his|her|their) (?:little )?(?:sisters|brothers|siblings) (?:\w+ ){0,2}for"
     r" (?:tea|dinner|supper)|no food(?= ?(?:\.|,|!|\"|$|in|at))"), "NP", None, "sentence",
     r"(?:diet|fast\w*|ramadan|lent|surgery|operation|procedure|scan|colonoscopy|picky|fussy|toddler|sick bug|stomach bug|flu)"),
    ("cue_squalor_more", "unable_to_care", C,
     (r"(?:flies|maggots|rats|mice|mould|mold|rubbish|garbage|trash) (?:\w+ ){0,2}everywhere"
     r"|(?:house|flat|room|place|apartment|caravan) (?:\w+ )?(?:reeks|stinks|smells (?:awful"
     r"|terrible|of urine|of rot))|(?:casa|cuarto) (?:esta )?(?:llena|lleno) de (?:basura|moscas)"
     r"|no paga la luz|(?:strong |bad |awful |terrible )?smell (?:coming )?from the (?:flat|house|apartment|room)"
     r"|(?:terrible|awful|horrible) smell"
     r"|(?:peeing|urinating) in (?:bottles|buckets)"), "NP", None, "sentence", r"(?:bin day|strike|party|teen|teenager|student)"),
    ("cue_lost_track", "unable_to_care", C,
     (r"(?:doesnt|does not|didnt) know what day it is|(?:lose|loses|losing|lost) track of (?:which"
     r"|what) day|(?:living|sleeping|lives|sleeps) in (?:his|her|their|a|the) (?:car|van|caravan)"
     r"(?![a-z])|(?:not|isnt|stopped|hasnt been) taking (?:his|her) (?:insulin|meds|medication"
     r"|tablets)(?= ?(?:\.|,|!|\"|$|and|or|for))|taking (?:his|her) insulin erratically"
     r"|(?:hasnt|has not|not) (?:left|been out of) (?:the|his|her) (?:house|flat|bed) (?:in|for)"
     r" (?:days|weeks)|(?:incontinent|bedbound|bed ?bound|pressure sores)(?![a-z])"
     r"|(?:wont|doesnt|refuses to) let (?:anyone|anybody|us|me) help|cant manage the stairs"
     r"|sleeping in (?:the|an|her|his|my) (?:arm ?chair|chair)|wets? the bed rather than|sleeping rough"
     r"|living in the dark|sits? in (?:a )?dark room|sleeping (?:under|on)"
     r" (?:the|a) (?:bridge|street|streets|road)|not leaving (?:the |his |her )?"
     r"(?:flat|house)|(?:isnt|not|hasnt been|stopped) (?:buying|collecting) (?:food|his (?:grant"
     r"|pension|money)|her (?:grant|pension))|(?:not been|hasnt been) seen (?:outside )?(?:in|for) (?:\w+ )?(?:days|weeks)"), "NP", None, "sentence",
     r"(?:holiday|camping|road trip|festival|van life|vanlife|on purpose|choice)"),
    ("cue_home_hazard", "unable_to_care", C,
     (r"exits (?:are )?blocked(?![a-z])|smell of gas(?![a-z])|only a path|using buckets|toilet"
     r" (?:doesnt|does not) work|(?:two|three|\d+) falls (?:this|last) (?:month|week)|fell twice"
     r"(?![a-z])|estufa prendida|hob (?:\w+ ){0,2}(?:used )?as storage"
     r"(?![a-z])|hoarding (?:\w+ ){0,4}(?:blocked|fire|unsafe)(?![a-z])"
     r"|(?:leave|leaves|left|leaving) the (?:stove|gas|hob|oven|cooker) on|stove (?:left )?on all"
     r"(?![a-z])"), "NP"),
    ("cue_withdrawn", "unable_to_care", C,
     (r"(?:sitting|sits|sat|lying|lies) (?:in bed )?in the dark(?![a-z])|(?:stays|staying|stayed) in bed"
     r" (?:all day|for days|for weeks)(?![a-z])|(?:wont|doesnt|hasnt) (?:get|got) out of bed"
     r" (?:for|in) (?:days|weeks|ages)(?![a-z])|(?:its|it is) better that way(?![a-z])"), "NP", None,
     "sentence", r"(?:power cut|outage|migraine|movie|film|flu|covid)"),
    ("cue_leave_taking_es", "farewell", C,
     (r"(?:hizo|escribio|cambio) su testamento|cartas a cada uno|por si acaso(?= ?(?:\.|,|!|\"|$))"
     r"|(?:promise|promised|told me to|wants me to) (?:\w+ ){0,3}remarry|where the (?:important )?"
     r"papers are|transferred (?:his|her) (?:property|house|savings|papers) (?:\w+ ){0,3}(?:to|into)"
     r" my name|(?:voicemail|message|text) (?:\w+ ){0,3}saying goodbye(?![a-z])"), "NP", None,
     "sentence", r"(?:lawyer said|estate plan|holiday|trip|surgery|moving)"),
    ("cue_door_unanswered", "unable_to_care", C,
     (r"(?:hasnt|has not|hadnt|not|no) (?:opened|answered) (?:the|her|his|their) door (?:in|for)"
     r" (?:\w+ )?(?:days|weeks)(?![a-z])|no abre la puerta(?![a-z])|(?:mail|post|letters"
     r"|newspapers|correo) (?:\w+ ){0,3}(?:piling up|piled up|acumulad\w*|stacking up)(?![a-z])"
     r"|(?:sale un|hay un) olor(?![a-z])|(?:hasnt|not) (?:been seen to )?(?:leave|left) the (?:flat|house) in (?:two|\d+|a few)"
     r" (?:weeks|days)|smell (?:noticeable )?from the (?:corridor|hallway)"
     r"|(?:hasnt|not) (?:come|been) out of (?:his|her|their)"
     r" room in (?:like |about )?(?:a week|days|weeks|\d+ days)(?![a-z])"), "NP"),
    ("cue_means_hidden", "plan_means", C,
     (r"(?:a |the )?(?:rope|noose|hose|charcoal) (?:in|at) (?:his|her|their|the|dads|mums|my)"
     r" (?:\w+ )?(?:car|boot|trunk|shed|garage|backpack|bag|closet|wardrobe|room)(?![a-z])"
     r"|(?:a )?date (?:\w+ ){0,3}circled(?![a-z])|circled (?:a|the) date(?![a-z])"), "NP", None,
     "sentence", r"(?:boat|camping|tow\w*|garden\w*|birthday|holiday|appointment|wedding)"),
)

RULES: tuple[Rule, ...] = _rules(_RULE_ROWS)
WARNING_CUES: tuple[Rule, ...] = _rules(_CUE_ROWS)
# "sittin", "sayin": a long -ing word the rules use also matches with its g dropped.
FOLD.update(
    (word[:-1], word)
    for word in sorted(set(re.findall(r"[a-z]{4,}ing(?![a-z])", " ".join(
        rule.pattern.pattern for rule in RULES + WARNING_CUES))))
    if word[:-1] not in FOLD
)
_FOLD_KEYS = frozenset(FOLD)
CUES_TO_FIRE = 2  # distinct weaker cues in one message that raise a concern

# ---------------------------------------------------------------------------------------------
# Suppressors and escalators (data)
# ---------------------------------------------------------------------------------------------

# Idioms and hyperbole: a candidate overlapping one of these spans is dropped.
IDIOMS: re.Pattern[str] = _re(
    r"(?:me|nos) va a matar de (?:un )?(?:disgusto|susto|coraje|la risa|risa|preocupacion)|"
    r"(?:kill|kills|killing|ruin|ruins) (?:us|me|him|her|them) financially|kill (?:me|us|you)"
    r" for (?:telling|saying|sharing|posting|asking|this|that)|(?:kill|killing) (?:myself|yourself|himself"
    r"|herself|ourselves) (?:with|from) (?:the )?(?:fumes|work|stress|exercise|kindness|overtime)|rather"
    r" (?:drink bleach|eat glass|chew glass|swallow glass) than|shot (?:\w+ ){1,2}(?:a |an )?(?:text|message|email|dm|note|line|look|glance"
    r"|smile|wave)(?![a-z])|"
    r"(?:die|died|dying|dead) (?:of|from) (?:embarrassment|shame|laughter|laughing|boredom"
    r"|cuteness|curiosity|jealousy|envy|happiness|excitement|suspense|old age|thirst|hunger)"
    r"|(?:die|died|dying) laughing|laughing to death|bored to death|scared to death|worried to"
    r" death|(?:so|too) (?:tired|hungry|bored|happy|embarrassed|excited|full|sleepy|hot|cold)"
    r" (?:that )?(?:i|he|she|you) (?:could|would|might) (?:just )?die|dying to (?:know|see|meet"
    r"|hear|try|get|go|find|tell|ask|read|watch|eat|visit|have)|kill(?:ing|ed)? (?:time|it"
    r"|the (?:lights|engine|music|mood|vibe|bill|idea|deal|app|process|game)|two birds)"
    r"|(?:could|would|d) kill for|killing (?:it|me softly)|(?:kill|killing|killed) <REFL>"
    r" laughing|shoot <REFL> in the foot|top <REFL> up|to die for|over my dead body|do or die"
    r"|never say die|cross my heart|hope to die|dead (?:tired|serious|set|wrong|right|silent"
    r"|last|center|end|weight(?!(?: \w+){0,2} (?:to|for|on|around) (?:my|his|her|their|our|the|this)"
    r" (?:family|families|kids|parents|wife|husband|everyone))|beat|on)|beat(?:ing)? a dead horse"
    r"|drop dead gorgeous"
    r"|(?:kill|murder|shoot|strangle|end|skin) (?:me|him|her|us|you)(?: \w+){0,2} if (?:i|we|he"
    r"|she|you) (?:ever )?(?!(?:leave|leaves|left) (?:him|her|them|me|us|home|the house|for good)"
    r"|tell|tells|told|report|call|calls|go to|goes to|talk|talks|speak|testify|press|dont (?:stay"
    r"|come back|give|pay|do what)|try to leave|run|see (?:him|her|them|you) again)[a-z]+"
    r"|(?:going to|gonna) (?:literally )?(?:kill|murder) (?:me|us)(?: \S+){0,2} (?:i|we) (?:crashed"
    r"|broke|lost|forgot|failed|spent|dented|missed|spilled|scratched|ruined)"
    r"|(?:kill|killing|kills) (?:me|us) with (?:the|these|this|those|her|his|their|your|all"
    r" (?:the|these)) (?!(?:\w+ )?(?:<WEAPON2>|hands|bare hands|car|poison|pills|fists))"
    r"|if (?:\w+ ){1,4}(?:spoils|spoiled|eats|ate|touches|touched|finishes|uses my|wears my"
    r"|reads my|breaks my)(?: \S+){0,5} (?:ill|i will|im going to|im gonna) (?:\w+ )?(?:kill"
    r"|murder|end|strangle) (?:him|her|them)"
    r"|(?:me|nos) va a matar(?: \S+){0,3} (?:rompi|perdi|choque|olvide|gaste|si se entera)"
    r"|(?:se quiere|me quiero|quiere|quieren) morir cada vez que"
    r"|(?:want|wants|wanted) to die (?:\S+ ){0,2}(?:because|cos|cause|when) (?:i|you|my \w+|mum"
    r"|mom|dad|he|she) (?:posted|showed|sang|danced|said|wore|told)"
    r"|(?:hit|hits|bumped|banged|stubbed) (?:her|his|my|their) (?:own )?(?:thumb|finger|toe|head on"
    r"|knee|elbow|shin|funny bone)"
    r"|overdos\w* on (?:coffee|espresso|caffeine|sugar|candy|chocolate|netflix|tv|work|memes"
    r"|energy drinks|tiktok|social media|screens?|youtube|games|gaming|reality tv|carbs)"
    r"|(?:obby|roblox|minecraft|fortnite|video game|the game|level|improv|cartoon|avatar) (?:\S+ ){0,8}"
    r"jump off (?:a|the) \w+"
    r"|(?:rather|sooner) (?:jump off (?:a|the) \w+|shoot (?:myself|herself|himself)) than"
    r"|(?:thought|think|thinks) (?:someone|somebody) (?:was|is) (?:hitting|hurting|beating) (?:him|her)"
    r"(?: \S+){0,6} (?:blood thinner|warfarin|bruises easily)"
    r"|push(?:ing)? (?:her|him|them) to (?:move|get|go|find|try|take|do|apply|see)"
    r"|being a burden(?: \S+){0,16} (?:running joke|big grin|with a grin|joke)"
    r"|when (?:im|i am) dead(?: \S+){0,2} (?:lol|haha|jaja)"
    r"|(?:ill|i will) be dead soon anyway(?: \S+){0,14} (?:sense of humou?r|joke|always said|since"
    r" (?:she|he) was)"
    r"|(?:se quiere|me quiero|quiere|se muere|me muero) (?:morir )?de (?:la )?(?:verguenza|risa|pena"
    r"|aburrimiento)"
    r"|(?:want|wanted|wants) to die (?:\S+ ){0,3}(?:about|over|because of) (?:my|the|a|his|her)"
    r" (?:\w+ )?(?:test|exam|homework|quiz|class|grade|presentation|teacher)"
    r"|disappear for (?:a|the|\d+|one|two) (?:week|day|weekend|while|bit|month)s?"
    r"|(?:poem|song|story|essay|book|chapter) (?:called|titled|named) (?:\S+ ){0,2}goodbye"
    r"|(?:stockpil\w*|hoard\w*) (?:\w+ ){0,3}(?:pills|tablets)(?: \S+){0,3} (?:vitamins|fish oil"
    r"|supplements)"
    r"|(?:said|saying|say) (?:his|her|their|my) goodbyes (?:\S+ ){0,6}(?:rehab|ward|staff|graduation"
    r"|ceremony|discharge|nurses|team)"
    r"|giving (?:\w+ ){0,3}away (?:\S+ ){0,4}(?:since (?:he|she) lost weight|to the grandkids|to"
    r" (?:his|her) grandchildren)|giving away (?:his|her) old clothes since"
    r"|tired of everything (?:\S+ ){0,6}(?:renovation|builders|lol|haha|expensive|prices)"
    r"|(?:want|wants|wanted) to die (?:every time|whenever|when) (?:he|she|i|they) (?:sees?|hears?"
    r"|has to|have to|gets|does)"
    r"|(?:touch|eat|take|use|borrow) my \w+ (?:again |one more time )?and (?:ill|i will|im going to)"
    r" (?:kill|murder|end) you"
    r"|(?:rather|sooner) (?:die|be dead) than (?:go back to|see (?:that|the|another)|stop|give up|go"
    r" in(?:to)? a home|share|lose)"
    r"|no es que (?:\w+ )?(?:quiera|quiere|quieras) (?:hacerse|morir|matarse)"
    r"|(?:dog|cat|puppy|kitten|the baby|toddler) (?:\w+ ){0,2}(?:ate|swallowed|got into|chewed)"
    r" (?:\w+ ){0,4}"
    r"|(?:kms|kill (?:myself|himself|herself)|kys) if (?:\w+ ){0,4}(?:lose|loses|lost|bottle\w*"
    r"|win|wins|score\w*|arsenal|united|city|team|game|match|league|cup)"
    # "doing the carving herself": by herself, not to herself.
    r"|(?:doing|do|did|does) (?:the|all the|her own|his own) \w+ <REFL>"
    # Embarrassment, a dented car, borrowed jeans: hyperbole about small things.
    r"|(?:want|wanted|wants) to die(?: \w+){0,10} (?:embarrass\w*|cringe\w*|mortified|awkward)"
    r"|(?:going to|gonna) (?:literally )?(?:kill|murder) (?:me|us)(?: \w+){0,2} (?:i|we) (?:crashed"
    r"|broke|lost|forgot|failed|spent|dented|missed|spilled|scratched|ruined)"
    r"|(?:kill|murder|strangle) (?:\w+ ){1,3}(?:because|cos|cause|for|if) (?:\w+ ){0,3}(?:borrowed"
    r"|borrows|ate|eats|wore|wears|spoiled|spoils|brings|brought|finished|touched|touches|reads)"
    r"|(?:warning signs?|red flags?|signs) of (?:\w+ ){1,3}\( (?:\w+ ){0,2}(?:giving away|writing"
    r"|talking|saying goodbye|settling)"
    r"|if (?:my )?(?:mom|mum|mother|dad|father|parents|boss|teacher|coach|grandma|grandpa|nan)"
    r" (?:ever )?(?:finds? out|sees?|hears? about|notices?)(?: \w+){0,8} (?:shes|hes|theyre"
    r"|she is|he is|they are|theyll|shell|hell|is going to|are going to)(?: literally| actually)?"
    r" (?:going to |gonna )?(?:kill|murder) (?:me|us)(?![a-z])"
    r"|(?:is|are|its|thats) killing (?:me|him|her|us)(?! (?:with (?:a|his|her)|right now))|suicide (?:squad|mission|doors?|run|runs|drill|sprints?|pass"
    r"|king|blonde|forest|watch)|(?:kill|killing|slay|slaying) (?:the|this|that|an?) "
    r"(?:exam|test|interview|presentation|game|performance|audition)|could have killed (?:him"
    r"|her|them)|kill (?:me|us) now|shoot me now|(?:is|are|will be) the death of me|knock(?:ed|s)? (?:\w+ )?dead|going to die (?:of|from) (?:embarrassment|laughter)"
    # A song, film or book about the subject is media, not a disclosure.
    r"|(?:song|songs|lyrics|movie|film|book|poem|show|video|meme|episode|album|rap|track)"
    r" (?:\w+ )?(?:about|called|titled|named) (?:wanting to die|suicide|killing (?:yourself"
    r"|myself|himself|herself|themselves)|dying|death|self harm|cutting)"
    # Listing the signs to look for is information seeking.
    r"|(?:warning signs?|red flags?|risk factors?|signs|symptoms) (?:\w+ ){0,3}(?:like|such as"
    r"|including|include) (?:\w+ ){0,2}(?:giving away|talking about|saying goodbye|withdraw\w*"
    r"|self harm\w*|cutting|hopelessness|suicid\w*|wanting to die|death)(?: \w+){0,3}"
    # "He'd rather die than sit through group": a refusal, told as hyperbole.
    r"|(?:rather|sooner) (?:die|be dead) than (?:sit|be seen|wear|eat|watch|listen|attend|talk"
    r"|admit|ask|apologi\w*|sing|dance|spend|miss|go to (?:the |a |another )?(?:dentist|party"
    r"|wedding|mall|gym|school|work|church|class|meeting|session|group|reunion|game|concert))"
    # "If I have to sit through one more meeting I'll shoot myself": a chore, in hyperbole.
    r"|if (?:i|he|she|they|we) (?:ever )?(?:have|has|had) to (?:\w+ ){1,7}(?:ill|hell|shell|theyll"
    r"|i will|he will|she will|im going to|hes going to|shes going to|id|hed|shed) (?:just |literally"
    r" |actually )?(?:shoot|kill|hang|stab|off) <REFL>"
    # A sibling's "he'd kill me if I told mom about his girlfriend".
    r"|(?:hed|shed|theyd|would|will|hell|shell|theyll|is going to|are going to|gonna|going to)"
    r" (?:literally |actually |totally |so )?(?:kill|murder) (?:me|us|you)(?: \w+){0,2} if (?:i"
    r"|we|you) (?:ever )?(?:told|tell) (?:mom|mum|dad|our (?:mom|mum|dad|parents)|(?:his|her|my)"
    r" (?:mom|mum|dad|parents|girlfriend|boyfriend|wife|husband)) about"
)

NEGATION_CUES: frozenset[str] = frozenset(
    ["not", "never", "no", "dont", "doesnt", "didnt", "wont", "wouldnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt", "aint", "nobody", "none", "neither", "nor", "denies", "denied", "deny", "denying", "nunca", "jamas", "tampoco", "nope", "niega", "nego", "niegan", "nadie", "ni", "ninguna", "ningun", "ninguno"]
)
# A negation word followed by one of these does not negate what comes after ("can't stop
# thinking about it", "not only").
PSEUDO_NEGATION_NEXT: frozenset[str] = frozenset(
    ["stop", "stops", "stopped", "quit", "help", "only", "doubt", "matter", "shut", "just", "know", "care", "understand", "sure", "mind", "remember"]
)
# The negation window ends at these tokens (clause-ish boundaries inside a sentence).
WINDOW_STOPS: frozenset[str] = frozenset(
    [",", "so", "because", "cause", "then", "that", "if", "whether", "why", "how", "when", "until", "unless", "since", "while", "who", "which", '"', ":", "que", "pero", "porque"]
)
_SUBJECT_AFTER_AND: frozenset[str] = frozenset(
    ["he", "she", "i", "they", "we", "now", "then", "my", "it", "his", "her", "you", "im", "hes", "shes", "theyre"]
)
NEGATION_WINDOW = 4  # tokens

# A denial after the match ("asked her if she was thinking of suicide and she said no").
_POST_DENIAL: re.Pattern[str] = _re(
    r"(?:(?:said|says|answered|replied|told (?:me|us)|swore) (?:no|nope|not really|never|that"
    r" (?:he|she|they) (?:wasnt|isnt|werent))(?! one| body|body| point| reason| way| more"
    r" pills)(?![a-z])|(?:denied|denies) (?:it|that|this|any)(?![a-z])|(?:me |le )?dijo (?:que )?no"
    r"(?= ?(?:\.|,|!|\"|$|tranqui|para nada))|(?:he|she) said no ,|(?:honestly|and|answer is) no ,? not"
    r" (?:once|ever|at all)(?![a-z])|god no(?![a-z]))"
)
_ASKED: re.Pattern[str] = _re(
    r"(?:asked|ask|asking|screened|checked|pregunte|pregunto|le pregunte)(?![a-z])")

# Teaching and writing: a message that builds a vignette, a role play, a quiz or a policy, or
# drafts fiction, quotes crisis words without anyone being in danger. Concern-level matches in
# such a message are dropped; emergency-level ones still fire.
# An older person putting affairs in order while well: old age stated, and signs that all is well
# or that the planning is ordinary. Both together drop a farewell concern (nothing else).
ELDER_AGE: re.Pattern[str] = _re(
    r"(?:(?:hes|shes|is|aged?|im|i am|turned|turning|mum|dad|mom|mother|father|nan|gran\w*|aunty"
    r"|auntie|aunt|uncle|,|\() (?:7[5-9]|[89]\d|1[01]\d)(?![0-9])|(?:7[5-9]|[89]\d) ?(?:years? old"
    r"|yo|yrs? old)|in (?:his|her|their) (?:late seventies|eighties|nineties|80s|90s))"
)
ELDER_WELL: re.Pattern[str] = _re(
    r"(?:in (?:great|good|perfect|fine) (?:health|spirits|form)|healthy|cheerful|still drives"
    r"|booked a (?:cruise|holiday|trip)|planning (?:a|her|his) (?:trip|holiday|\w+ tournament)"
    r"|so (?:we|you|they) (?:dont|do not|wont) have to|save us the (?:bother|fuss|trouble)"
    r"|hanging over us|squabbl\w*|estate planning|gift tax|inheritance tax|just being organi[sz]ed"
    r"|see (?:us|them|you) enjoy|always talks like that|busy)(?![a-z])"
)
META_FRAME: re.Pattern[str] = _re(
    r"(?:vignettes?|role ?play\w*|roleplay\w*|quiz|simulation|the scenario|crime novelist|novelist"
    r"|my character|rage ?quit\w*|boss (?:fight|killed me)|in (?:the )?game(?![a-z])"
    r"|for research|(?:character|personaje) (?:\w+ ){0,3}(?:se suicida|takes (?:her|his|their) own"
    r" life|dies|kills)|club de teatro|handouts?|template|flowchart|trainees|multiple"
    r" choice|case study for|practice scenario|training scenario|script for|mhfa|asist|safetalk"
    r"|for (?:our|the|my|a|tomorrows) (?:training|course|module|class|workshop|policy|handbook"
    r"|curriculum|lecture|seminar|charity)|writing a (?:\w+ )?(?:novel|book|story|screenplay|script|play"
    r"|policy)|(?:novel|screenplay|short story) (?:where|in which|about)|training question|(?:series|show|film|movie|book|novel|game) (?:\w+ ){0,5}where"
    r" (?:a|the|this) (?:\w+ )?character)(?![a-z])"
)
_POST_CLINICAL_NEG: re.Pattern[str] = _re(
    r"^ ?:? ?(?:denied|denies|none|negative|neg|absent|no|nil)(?![a-z])"
)

# Academic, clinical, training, media and general information-seeking context.
ACADEMIC: re.Pattern[str] = _re(
    r"(?:paper|essay|thesis|dissertation|study|studies|studying|research(?:er|ers)?|trabajo sobre"
    r"|ask (?:\w+ ){0,3}(?:directly )?about|warning signs"
    r"|estudiante de|tesis|investigacion sobre"
    r"|article|journal|class|course|lecture|training|trainings|workshop|webinar|seminar"
    r"|conference|presentation|curriculum|syllabus|module|statistics|stats|rates?|epidemiolog\w*"
    r"|prevalence|prevention|awareness|campaign|walkathon|walk (?:for|to raise|in memory)|fundraiser|charity|movie|film|show|series"
    r"|episode|season|documentary|podcast|book|books|novel|(?<!long )(?<!her )(?<!his )(?<!my )(?<!our )(?<!their )(?<!insta )stor(?:y|ies)(?! short)|character|characters"
    r"|memoir|memoirs|biography|autobiography|play|musical|opera|painting|exhibit|museum"
    r"|song|songs|lyrics|album|poem|scene|news|headline|reporting|media|safe messaging|scale"
    r"|screening|screener|questionnaire|assessment|assess|item|score|scored|scoring|c ssrs"
    r"|cssrs|columbia|phq|asq|qpr|asist|safetalk|risk factors?|warning signs?|signs of|guideline"
    r"|guidelines|guidance|policy|protocol|definition|define|defined|difference between|what is"
    r"|what are|whats the difference|criteria|law|laws|legal|statute|therapeutic|textbook"
    r"|exam|homework|project|school project|report on|thesis|literature|evidence|meta analysis"
    r"|trial|clinical trial|how (?:do|can|should|would) (?:i|we|you|counselors|clinicians|parents"
    r"|families) (?:talk|ask|bring|approach|recognize|spot|tell|know|help|support|respond|handle"
    r"|screen|assess|score|document|explain|teach|discuss)|how to (?:talk|ask|recognize|spot"
    r"|support|respond|handle|screen|assess|help)|is it (?:normal|common|true)|how common"
    r"|what to do if|lethal means counseling|myths?|facts? about|teach|teaching|educat\w*"
    r"|volunteer|survivors?|loss|memorial|anniversary|vigil|education session|plain (?:language"
    r"|english)|descriptions? of|can you explain|explain the|scenario|handbook|vignette|role ?play"
    r"|model answer|cpd|references|horror game|video game|game where|in the game|documental"
    r"|en la clase|pelicula|black box warning|form asks|intake form|school form|textbook)(?![a-z])"
)
# Distant past, for the past-with-recovery suppressor (looked for in the match's clause).
DISTANT_PAST: re.Pattern[str] = _re(
    r"(?:used to|years ago|\d+ (?:years|yrs) ago|hace (?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho"
    r"|nueve|diez|unos|muchos|varios) anos|(?:a few|few|several|two|three) (?:winters|summers"
    r"|christmases) ago|(?:1[2-9]|[2-9]\d|eighteen|eighteen) months ago|a decade ago|decades ago|long ago|long time ago"
    r"|a long time|in (?:high school|college|university|my teens|his teens|her teens|my twenties"
    r"|his twenties|her twenties|my thirties|the (?:70s|80s|90s|seventies|eighties|nineties))"
    r"|in (?:19\d\d|200\d|201\d)|as a (?:teen|teenager|kid|child|young (?:man|woman|adult)"
    r"|student)|when (?:i|he|she|they) (?:was|were) (?:a teen|a teenager|young|younger|a kid"
    r"|a child|in (?:high school|college)|\d+)|back in|in the past|once|(?:ten|twenty|five|six"
    r"|seven|eight|nine|fifteen|a few|several|many) years ago|after (?:my|his|her) divorce (?:\w+ )?years"
    r"|went through a (?:\w+ )?(?:period|phase|time|stretch|patch)|that was (?:in )?(?:19|20)\d\d"
    r"|hace (?:muchos|varios|unos|\d+|dos|tres|cuatro|cinco|seis|diez|quince|veinte) anos"
    r"|(?:\d+|many|several|a few|two|three|four|five) years (?:clean|sober|ago|free)"
    r"|(?<![0-9])(?:19\d\d|200\d|201\d|202[0-3])(?![0-9])|last year|old and faded|back when"
    r"|hace mucho|en (?:19|20)\d\d|cuando (?:yo )?(?:era|iba en la) (?:nina|nino|chica|chico|joven"
    r"|adolescente|prepa|secundaria)|(?:\d+|a few|several|six|seven|eight|nine|ten|eleven) months ago|(?:scars|marks) (?:are|were)"
    r" (?:old|faded|healed))(?![a-z])"
)
RECOVERY: re.Pattern[str] = _re(
    r"(?:(?:is|s|are) eating (?:\w+ ){0,3}again|now after (?:\w+ ){0,3}(?:treatment|therapy)"
    r"|(?:fine|well|good|ok|okay|stable|clean) (?:for|since) (?:\d+|six|five|four|three|two|many) years"
    r"|esta (?:feliz|bien|estable|mejor)|sali\w* adelante|settled in"
    r"|clean|sober|recovered|recovering well|recovery|stable|doing (?:(?:really|so|very|pretty"
    r"|quite|much) )?(?:well|great|good|better"
    r"|fine|ok|okay)|better now|much better|fine now|good place|better place|thriving|healthy now"
    r"|well since|been well|not anymore|no longer|hasnt (?:since|in)|havent (?:since|in|had)"
    r"|hasnt (?:had|done|tried|felt)|got help|got better|got out|safe now|im safe|i am safe"
    r"|proud|volunteer\w*|peer (?:specialist|support|counselor|counsellor|mentor|worker)|processed"
    r"|free (?:of|from) (?:it|that|self harm|cutting|them)|(?:\d+|many|several|a few|two|three|four"
    r"|five|ten) years (?:free|clean|sober|now)|for (?:\d+|many|several|a few) years now|helped|works as|happy now|okay"
    r" now|its been (?:years|a long time|ages)|(?:hes|shes|im|theyre) (?:[2-9]\d) now"
    r"|(?:ahora |ya )?esta (?:muy |mucho )?(?:bien|mejor|estable)|se recupero|okay"
    r" now|ok now|since then|ever since|in remission|well now|well for|settled|remitted"
    r"|agrees (?:hes|shes|theyre|im) (?:doing )?well|faded|healed|talks about it openly"
    r"|its been (?:\d+|many|several|a few|ten|five) years|remarried|no contact since|married"
    r"|doing (?:brilliantly|amazing\w*|fantastic|grand|great|brilliant)|estoy bien|(?:ya|you) no ,"
    r"|graduated|finished (?:his|her|a) degree|(?:has|got) a job|job (?:she|he) loves|(?:a|an) (?:dad"
    r"|mum|mom|nurse|teacher) now|now a (?:nurse|teacher|dad|mum|mom)|resolved|no (?:si|symptoms"
    r"|episodes) since|not in a crisis|its different now|working (?:at|as|again)|limpio|limpia"
    r"|desde entonces|esta super bien|super bien)(?![a-z])"
)

# Immediacy: a concern-level match in the same sentence becomes an emergency.
_ALL = None
_SUICIDAL = frozenset({"ideation", "hopelessness", "plan_means", "farewell", "self_harm",
                       "attempt", "overdose"})
_DANGER = frozenset({"ideation", "plan_means", "self_harm", "harm_to_others",
                     "psychosis_danger", "attempt", "abuse", "farewell", "hopelessness"})

# Each cue is a pattern, or a tuple of patterns that must all be found (rarest first).
ESCALATORS: tuple[tuple[str, object, frozenset[str] | None, str], ...] = (
    ("weapon_readied", _re(
        r"(?:cleaning|loading|loaded|oiling|sharpening|carrying) (?:his|her|their|my|a|the)"
        r" (?:\w+ )?<WEAPON>(?![a-z])"),
     frozenset({"harm_to_others"}), "message"),
    ("psychotic_intent", _re(
        r"(?:going to|about to|will|hell|shell|wants to|trying to|tried to|ready to) (?:just )?"
        r"(?:walk|run|jump|step|drive|lie down) (?:out )?(?:into|in front of|off|onto)(?![a-z])"
        r"|just (?:ran|run|walked|stepped) (?:out )?(?:into|in front of|onto)(?![a-z])"
        r"|(?:going to|about to|will|hell|shell) jump out(?= ?(?:\.|,|!|$|of|to|the))"),
     frozenset({"psychosis_danger"}), "message"),
    ("immediate", _re(
        r"(?:tonight|right now|as we speak|this (?:very )?(?:minute|second|moment|instant)"
        r"|about to|in (?:a few|a couple of|\d+|the next|five|ten|two) (?:minutes|mins|seconds)"
        r"|esta noche|ahora mismo|ahorita|right this minute|at this moment|currently on"
        r"|ahora (?:esta|va|se esta) (?:subiendo|caminando|saliendo|manejando|arriba|en el techo)"
        r"|on (?:his|her|my|their|the) way to (?:do it|end it|the bridge|jump)"
        r"|today (?:is|was) the day)(?![a-z])"),
     _ALL, "sentence"),
    ("today", (_re(r"(?:today|now)(?![a-z])"), _re(
        r"(?:going to|will|ill|hell|shell|do it|doing it|end it|kill <REFL>|end <LIFE>"
        r"|decided|ready|planning)(?: (?!(?:and|but|so|since|until|till|from|by|then)(?![a-z]))\w+){0,3}"
        r" (?:today|now)(?![a-z])")),
     _SUICIDAL, "sentence"),
    ("just_did", _re(
        r"(?:acaba de|acababa de) (?:tirarse|aventarse|lanzarse|cortarse|ahorcarse|tomar\w*)"
        r"|just (?:tried|attempted|took|swallowed|cut|did it|jumped|overdosed|drank|slit|hung)"
        r"(?![a-z])"),
     frozenset({"attempt", "overdose", "self_harm", "plan_means"}), "sentence"),
    ("rescue", _re(
        r"(?:cut|got|pulled|took) (?:him|her|them) down|pulled (?:him|her|them) out(?! of bed)|just now"
        r"|breathing but|found (?:him|her|them) (?:hanging|unconscious|unresponsive)|ambulance is"
        r" (?:on the way|coming|here)|(?:called|calling) (?:911|an ambulance)(?: just)? now"
        r"|(?:ambulance|paramedics|police) (?:isnt|is not|hasnt|has not|arent|are not|havent|not)"
        r" (?:here|arrived|come) yet|(?:la )?ambulancia no (?:llega|viene)|ambulance (?:\w+ ){0,3}slow"
        r"|(?:ive |i have |just |weve )?(?:rung|called|phoned|rang) (?:999|911|000|112|an ambulance)"
        r"(?![a-z])|(?:do|should) (?:i|we) (?:ring|call|phone) (?:999|911|000|112|an ambulance"
        r"|the police|the cops)"),
     frozenset({"attempt", "plan_means", "self_harm", "overdose"}), "message"),
    ("final_words", _re(
        r"(?:this is it|this is goodbye|its time|its over|im done|i am done|hes done|shes done"
        r"|he is done|she is done|see you on the other side|no turning back|(?:this is )?my last"
        r" (?:message|post|text)(?: to (?:anyone|everyone|you))?|tell (?:my|her|his|them|mum|mom|dad)"
        r" (?:\w+ )?(?:im|i am|that im) sorry)(?= ?(?:\.|,|!|\?|\"|$))"),
     frozenset({"plan_means", "farewell", "ideation"}), "message"),
    ("location", _re(
        r"(?:on|at|from|standing on|sitting on|near|by|up on|out on|on top of|under|onto|to)"
        r" (?:the |a |this |that |some )?(?:car park |multi ?storey |parking garage |hospital"
        r" |apartment |building |school )?(?:bridge|ledge|roof|rooftop|edge of (?:the|a) (?:roof"
        r"|bridge|cliff|building)|train tracks|railway|railroad tracks|tracks|cliff|cliffs"
        r"|overpass|top of (?:a|the) (?:building|parking garage|bridge|tower|multi ?storey|car park)"
        r"|subway platform"
        r"|platform edge|balcony railing|balcony ledge|balcony edge|window ledge|balcony rail)(?![a-z])"
        r"|(?:en|sobre|arriba de) (?:la |el )?(?:azotea|techo|puente|cornisa|barandal|orilla del"
        r"|borde del|vias del tren)(?![a-z])"),
     frozenset({"ideation", "plan_means", "hopelessness", "farewell", "attempt", "self_harm"}),
     "message"),
    ("means_at_hand", _re(
        r"(?:i|he|she|they|ive|hes|shes|im) (?:have|has|got|ve got|s got|am holding|is holding"
        r"|holding|sitting with|standing with) (?:a |the |his |her |my |a loaded |the loaded )?"
        r"(?:\w+s )?(?:\w+ )?(?:<WEAPON>|rope|noose|bottle of pills|pills ready)(?![a-z])"
        r"|(?:pills|tablets) (?:\w+ )?(?:counted out|lined up|laid out)|(?:belt|rope|cord) ready"
        r"|(?:<WEAPON>|knife|pills) in (?:my|his|her|their) hands?(?![a-z])"
        r"|(?:playing with|spinning|waving|staring at|sleeping with)"
        r" (?:his|her|my|their|a|the) (?:loaded )?<GUN>(?![a-z])|protect (?:himself|herself"
        r"|myself|themselves) with (?:a|the|his|her|my|their) (?:\w+ )?<WEAPON>(?![a-z])"),
     _DANGER, "message"),
    ("unreachable", _re(
        r"(?:isnt|is not|not|wont|will not|hasnt|stopped|arent|wasnt|doesnt|didnt) (?:answering"
        r"|answer|responding|respond|picking up|pick up|replying|reply|returning (?:my|our)"
        r" calls|opening the door|open the door)"
        r"|(?:cant|cannot|can not|couldnt) (?:reach|find|get hold of|get ahold of|get through to)"
        r" (?:him|her|them)|(?:phone|cell) (?:is |was )?(?:off|dead|switched off|turned off"
        r"|going (?:straight )?to voicemail)|(?:goes|going|went|keeps going|go) (?:straight |right "
        r"|directly )?to voicemail|(?:turned|switched) (?:his|her|their|my) phone off|(?:turned"
        r"|switched) off (?:his|her|their|my) phone|went missing|is missing|has gone missing|ran off|took off in the car"
        r"|(?:his|her|their) (?:car|truck|scooty|scooter|bike|motorbike) is gone|(?:nobody|no one|cant|cannot|can not|couldnt)"
        r" (?:can )?(?:reach|get) (?:him|her|them) on|(?:doesnt|does not|didnt) (?:answer|pick up)"
        r"|not answering (?:callbacks|calls|texts|messages)|no (?:la|lo) (?:encontramos|encuentro)"
        r"|(?:car|truck) (?:isnt|is not|wasnt|was not) (?:at|in) (?:his|her|their)"
        r"|(?:left|went out|drove off|took off) (?:\d+|a few"
        r"|five|ten|twenty|thirty|fifteen) (?:minutes|mins) ago"),
     frozenset({"ideation", "farewell", "plan_means", "hopelessness", "attempt"}), "message"),
    ("weapon_in_hand", _re(
        r"(?:has|have|got|grabbed|grabbing|holding|picked up|took|taken|pulled out|brought|sharpening"
        r"|sharpened|loaded|loading|showing (?:people|everyone|friends|us)|showed (?:me|us|her|him)"
        r"|(?:went|gone|left|headed|walked|drove|out) (?:\w+ ){0,4}with)(?: (?:just|now|out|up))? (?:a |an |the "
        r"|his |her |their |my |every |all (?:the|his|her|their) )?(?:\w+ )?<WEAPON>(?![a-z])"
        r"|<GUN> (?:is |was )?(?:loaded|out of (?:the|his|her|its) (?:safe|case|cabinet|locker))"),
     _DANGER, "message"),
    ("plan_with_means", (_re(
        r"(?:picked|set|chose|chosen|has|got|circled) (?:a|the) (?:date|day)(?![a-z])"), _re(
        r"(?:<GUN>|rope|noose|pills|stockpil\w*|hoard\w*)(?![a-z])")),
     frozenset({"plan_means"}), "message"),
    ("recent_message", _re(
        r"(?:posted|texted|sent|messaged|wrote|called|said (?:it|this|that)) (?:\S+ ){0,24}?(?:like "
        r"|about |maybe )?(?:\d+|a few|few|five|ten|twenty|thirty|fifteen) minutes ago"
        r"|just (?:posted|texted|sent|messaged|called)(?![a-z])"),
     frozenset({"farewell", "ideation", "plan_means", "hopelessness"}), "message"),
    # An attempt within the last day, and the person refuses the care it needs now.
    ("fresh_attempt_refusing_care", (_re(
        r"(?:last night|this (?:morning|evening|afternoon)|earlier (?:today|tonight)|an hour ago"
        r"|(?:\d+|a few|few|two|three) hours ago|anoche|esta manana|esta tarde"
        r"|hace (?:una|unas|\d+) horas?)(?![a-z])"), _re(
        r"(?:wont|will not|refus\w*|doesnt want to|does not want to|no quiere) (?:to )?(?:let (?:me|us)"
        r" call|go to (?:the )?(?:hospital|er|emergency room|doctor)|be seen|see a doctor|call"
        r" (?:anyone|911)|ir al (?:hospital|medico|doctor)|que llame\w*)")),
     frozenset({"attempt"}), "message"),
    ("bleeding_now", _re(
        r"(?:still bleeding|wont stop bleeding|bleeding (?:a lot|badly|heavily|everywhere|through)"
        r"|really deep|so deep|too deep|needs stitches|gaping|theres blood|there is blood"
        r"|blood everywhere|skin (?:is )?(?:coming|peeling) off|blistering|burned (?:\w+ )?badly"
        r"|badly burned|needs (?:a doctor|the er|the hospital|an ambulance)|not stopping|wont stop"
        r"|(?:throat|mouth|stomach) is bleeding|coughing (?:up )?blood|vomiting blood|dazed"
        r"|blood (?:coming )?from (?:his|her) (?:ear|ears|nose|mouth)"
        r"|soak\w* (?:right )?through)(?![a-z])"),
     frozenset({"self_harm"}), "message"),
    ("lost_now", _re(
        r"(?:cant|can not|cannot|couldnt) find (?:him|her|them)|is missing|went missing"
        r"|has gone missing(?![a-z])"),
     frozenset({"unable_to_care"}), "message"),
    ("collapse", _re(
        r"(?:passed out|fainted|collapsed|unconscious|cant stand up|seizure|seizing"
        r"|(?:heart rate|pulse)(?: \w+){0,3} (?:[1-3]\d)(?![0-9]))(?![a-z])"),
     frozenset({"unable_to_care"}), "message"),
    # Psychosis around an infant, with the parent about to be alone with the baby.
    ("infant_psychosis", (_re(r"(?:postpartum|post partum|baby|infant|newborn)(?![a-z])"), _re(
        r"(?:voice|voices|psychotic|psychosis|delusion\w*|hallucinat\w*|devil|demon\w*)(?![a-z])"), _re(
        r"(?:today|tonight|right now|alone with|(?:take|taking) (?:the|her|his|their) baby home"
        r"|running (?:the|a) bath|holding (?:the|her|his) baby|(?:is|are) (?:in|at|by) the (?:bath"
        r"|tub|water|pool)|before (?:midnight|morning|dawn|tomorrow)|dont come)(?![a-z])")),
     frozenset({"psychosis_danger", "ideation", "harm_to_others"}), "message"),
    # Psychosis with danger, and the person is doing something about it as the writer writes.
    ("psychosis_acting_now", _re(
        r"(?:is|hes|shes|are|theyre|im) (?:now |currently |already |just )?(?:running (?:the|a)"
        r" bath|filling|holding|carrying|climbing|pacing|grabbing|heading|walking (?:out|toward"
        r"|towards|into)|driving|setting|lighting|barricading|sharpening|loading|standing (?:on|in"
        r"|at|outside)|(?:on|in|out on|out in) (?:the )?(?:highway|freeway|interstate|median"
        r"|middle of the road|traffic|train tracks|tracks)|breaking|smashing|pouring|waving"
        r"|swinging (?:a|an|the|his|her) (?:\w+ )?<WEAPON2>|on the balcony(?: \S+){0,12} \d+(?:st|nd|rd|th)"
        r" floor"
        r"|swinging|brandishing|going around"
        r" (?:the|our|his|her) (?:house|flat|place) with)(?![a-z])"
        r"|(?:walking|standing|sitting|lying|wandering) (?:up |down |along |in |across )?(?:the )?"
        r"(?:middle of (?:the )?)?(?:motorway|highway|freeway|carretera|interstate|dual carriageway)"
        r"(?![a-z])|(?:parad[oa]|acostad[oa]|sentad[oa]|caminando) en (?:medio de )?la (?:carretera"
        r"|autopista|calle|via|vias)(?![a-z])|(?:out|outside) in the (?:snow|cold|rain) with (?:the"
        r"|her|his) baby"),
     frozenset({"psychosis_danger"}), "message"),
    ("under_siege", _re(
        r"(?:outside|at) (?:my|our|the) (?:front )?(?:door|house|apartment|window|place)(?![a-z])"
        r"|banging on (?:the|my|our) (?:door|window)|trying to (?:get|break) in|breaking (?:in"
        r"|down the door)|(?:estoy|estamos) (?:encerrad[oa]s?|escondid[oa]s?)|hiding (?:from (?:him|her"
        r"|them)|in (?:the|my|our) (?:room|bathroom|closet|car))"),
     frozenset({"abuse", "harm_to_others", "psychosis_danger"}), "message"),
    ("weapon_threat_today", (_re(
        r"(?:amenaz\w* con|threatened (?:me|her|him|us|them) with) (?:a|an|the|his|her|el|un|una|la"
        r"|su) (?:\w+ )?(?:<WEAPON>|cuchillo|pistola|arma|navaja|machete)"), _re(
        r"(?:today|tonight|just now|right now|hoy|esta noche|ahora)(?![a-z])")),
     frozenset({"abuse", "harm_to_others"}), "message"),
    ("violence_now", _re(
        r"(?:is|hes|shes|are|theyre) (?:hitting|beating|choking|strangling|attacking|stabbing"
        r"|kicking|punching|hurting) (?:me|her|him|them|us|my \w+|the \w+)(?: right now| now)?"
        r"(?![a-z])|(?:i can hear|i hear|you can hear) (?:it|him|her|them|screaming)"
        r"|(?:locked|hiding) (?:myself|ourselves|in the bathroom|in my room|in the closet)"),
     frozenset({"abuse", "harm_to_others"}), "sentence"),
    ("child_victim", _re(
        r"(?:(?:im|i am|hes|shes|he is|she is|theyre|aged?|age|only) (?:[1-9]|1[0-7])(?![0-9a-z])"
        r"|(?<![0-9])(?:[1-9]|1[0-7]) ?(?:f|m)(?![0-9a-z])"
        r"|(?:[1-9]|1[0-7]) ?(?:years? old|yo|y o|yrs? old|year old|month old|months old)"
        r"|(?:kid|kids|child|children|baby|babies|toddler|infant|little (?:brother|sister|one"
        r"|ones|boy|girl)|(?:younger|baby) (?:brother|sister)|minor|stepdaughter|stepson"
        r"|grandchild|grandkids?|my (?:son|daughter)s? (?:teacher|coach|babysitter|uncle))"
        r"|(?:my |our )?(?:mom|mum|mother|dad|father|stepdad|stepfather|stepmom|stepmother"
        r"|moms boyfriend|mums boyfriend|dads girlfriend|uncle|aunt|babysitter|teacher|coach"
        r"|grandpa|grandma|foster (?:mom|dad|parents?)|parents?|mommy|daddy) (?:\w+ )?(?:\w+ )?"
        r"(?:hits|hit|beats|beat|hurts|touches|touched|burns|burned|kicks|chokes|whips|slaps"
        r"|punches|abuses|molests|keeps hitting|keeps hurting|is hitting|has been hitting"
        r"|locks|starves) (?:me|us)(?![a-z]))"),
     frozenset({"abuse"}), "message"),
    # Violence under way, a body failing outdoors or alone, a person at a
    # dangerous place or shut in, a victim left alone with the one who threatened them.
    ("violence_under_way", (_re(
        r"(?:is|s|are|re|now|hes|shes|theyre|im|esta|estan) (?:\w+ )?(?:beating|hitting|punching|kicking"
        r"|slapping|choking|strangling|attacking|stabbing|chasing|going after|coming at"
        r"|swinging at|banging on|golpeando|pegando|throwing (?:\w+ ){0,2}at|dragging"
        r"|pinning|laying into|belting|throwing (?:\w+ ){0,3}against|swinging (?:\w+ ){0,3}at"
        r"|waving (?:\w+ ){0,3}at|pointing (?:\w+ ){0,3}at|cornering|after cornering|backed"
        r" (?:\w+ ){0,2}into)(?![a-z])|(?:loud )?(?:thuds|thumps|thudding|thumping)(?![a-z])"
        r"|(?:has|got|have) (?:\w+ ){1,3}by the (?:throat|neck)|(?:got|has) (?:\w+ ){1,2}(?:up )?against (?:the|a) \w+ (?:choking"
        r"|strangling|hitting|punching)"), _re(
        r"(?:right now|now|ahorita|ahora|as we speak|line went dead|went dead|(?:\d+|a) minutes?"
        r" ago|i can hear|we can hear|downstairs|outside (?:the|my) door"
        r"|next door|cant get there|on (?:a |the )?(?:video )?call|what do (?:i|we) do right now"
        r"|please help|hear it now|(?:been )?going on (?:for )?(?:\d+|ten|five|twenty) minutes"
        r"|wont let go|pull (?:him|her|them) off|in the (?:kitchen|hallway|garden|yard|patio) (?:right )?now"
        r"|(?:were|im|she is|shes|theyre) hiding|yelling|screaming|yard|patio|(?:hes|shes) still"
        r" (?:out )?there|locked (?:herself|himself|myself|themselves) in|(?:wont|will not) help"
        r"|(?:typing|texting|writing) (?:this )?from the (?:bathroom|closet|wardrobe"
        r"|car|bedroom))(?![a-z])")),
     frozenset({"abuse", "harm_to_others"}), "message"),
    ("just_hurt", _re(
        r"(?:just|has just|hes just|shes just) (?:threw|hit|punched|stabbed|attacked|beat|kicked"
        r"|slapped|pushed|choked|grabbed|shot|slashed|burned)(?![a-z])"),
     frozenset({"abuse", "harm_to_others"}), "sentence"),
    ("armed_now", _re(
        r"(?:agarro|tiene|saco|tomo|took|taken|taking|grabbed|grabbing|picked up|has|got|with|con"
        r"|carrying|holding|hawak) (?:\w+ ){0,5}"
        r"(?:un |una |el |la |the |a |an |his |her )?(?:\w+ )?<WEAPON2>(?![a-z])"),
     frozenset({"harm_to_others", "abuse"}), "message"),
    ("unreachable_more", _re(
        r"(?:no contesta|(?:no se|no sabemos) donde esta|telefono apagado|not picking (?:up )?(?:the"
        r" |my |our )?(?:phone|calls)|location (?:is )?off|(?:switched|turned) (?:his |her )?location"
        r" off|straight to (?:vm|voicemail)|phones? (?:is )?(?:off|dead)|left (?:me )?on read"
        r"|isnt picking up|not picking up)(?![a-z])"),
     frozenset({"ideation", "farewell", "plan_means", "hopelessness", "attempt"}), "message"),
    ("before_anyone_arrives", _re(
        r"(?:be gone|be dead|be over|do it|done it) before (?:i|we|you|anyone|they|help) (?:get|got"
        r"|gets|can get|arrive|arrives|come|comes)(?![a-z])|(?:hoy|esta noche) (?:se lo va|se la va"
        r"|se las va|lo va|va a|me voy a|se va a)(?![a-z])|va a (?:\w+ ){0,3}hoy(?![a-z])"),
     frozenset({"ideation", "farewell", "plan_means", "hopelessness"}), "message"),
    ("imminent_soon", _re(
        r"(?:en media hora|en (?:\d+|unos|cinco|diez|veinte) minutos|in (?:half an hour|an hour"
        r"|\d+ minutes)|when (?:he|she) gets (?:home|in|back)|cuando llegue"
        r" del trabajo|after (?:work|school) today|this afternoon|hoy en la tarde|line went dead)"
        r"(?![a-z])"),
     frozenset({"harm_to_others", "abuse", "plan_means", "psychosis_danger"}), "message"),
    ("exposure_now", (_re(r"<COLDHEAT>"), _re(
        r"(?:tonight|right now|now|an hour ago|(?:\d+|a few|two|three|couple of) hours? ago"
        r"|all night|cant find|hasnt moved|not answering|isnt answering|(?:\d+|ten|twenty|five) minutes"
        r" ago|esta noche|ahora|since this morning|for (?:hours|two hours|\d+ hours)|been (?:\d+"
        r"|forty|thirty|twenty) (?:minutes|mins)|(?:over|more than) an hour|in (?:just )?a t ?shirt"
        r"|(?:no|without a) coat|in (?:just )?(?:his|her) (?:nightdress|nightie|pajamas|pyjamas"
        r"|underwear)|hace (?:dos|tres|\d+|unas) horas|no (?:la|lo)"
        r" encontramos|looking for (?:\w+ ){0,2}(?:\d+|two|three) hours)(?![a-z])")),
     frozenset({"unable_to_care", "abuse"}), "message"),
    ("body_shutting_down", _re(
        r"(?:barely|hardly) (?:answering|responding|responsive|talking|breathing|conscious"
        r"|awake)|(?:ya|you) no (?:me |nos |le )?(?:responde|contesta|habla)|(?:no me|no nos"
        r"|no le) responde|ojos medio (?:abiertos|cerrados)|eyes half (?:open|closed)|(?:isnt|not"
        r"|stopped) sweating|out of it|cold to the touch|(?:shes|hes) cold and|cant (?:lift|wake)"
        r" (?:her|him)|very drowsy|not making sense|cant get a (?:proper )?answer|(?:no abre"
        r" la puerta|not answered the door) (?:\w+ ){0,3}(?:\d+|cuatro|tres|four|three) (?:dias"
        r"|days)|sale un olor|(?:on|lying on) the (?:\w+ )?floor since|lying on the (?:\w+ )?floor"
        r" (?:and|,) (?:not|isnt|wont|cant)|not moving|lips (?:are )?(?:dry and )?cracked|breath"
        r" smells (?:like|of) (?:nail polish|acetone|pear drops|fruit)|breathing (?:really |very )?fast"
        r"|(?:cant|can not|cannot) get up|water(?:s| has)? gone cold"),
     frozenset({"unable_to_care"}), "message"),
    ("at_danger_place_now", _re(
        r"(?:im|i am|hes|he is|shes|she is|theyre|is|are|standing|sitting|walking|preaching|brothers"
        r"|sisters|sons|daughters|dads|mums|moms|husbands|partners|friends|mates|sat"
        r"|been) (?:now |currently |already |still )?(?:up )?(?:at|on|by|near|along|up on|out on"
        r"|on top of) (?:the )?(?:\w+ )?(?:parapet|station|platform|tracks|train tracks|bridge|roof|garage roof|edge"
        r"|cliff|cliffs|motorway|highway|freeway|hard shoulder|ledge|top level|top floor|pier"
        r"|river|lake|gap|roof of)(?![a-z])|(?:on the phone|calling) (?:\w+ ){0,3}(?:from|at) the"
        r" (?:top|roof|bridge|edge|station)(?![a-z])"),
     frozenset({"psychosis_danger", "ideation", "plan_means", "self_harm", "unable_to_care"}),
     "message"),
    ("left_and_unreachable", (_re(
        r"(?:drove off|took off|walked out|left the house|car is gone|cars gone|not home|isnt home"
        r"|no esta en su casa|not at work)(?![a-z])"), _re(
        r"(?:not (?:answering|picking up)|isnt answering|wont answer|no contesta|phones? (?:is )?"
        r"(?:off|on the|at home|here)|location (?:is )?off|straight to (?:vm|voicemail)"
        r"|voicemail|cant reach)(?![a-z])")),
     frozenset({"farewell", "plan_means"}), "message"),
    ("locked_in_now", (_re(r"<LOCKED_IN>|(?:wont|will not) open the door(?![a-z])"), _re(
        r"(?:now|answer\w*|respond\w*|silent|quiet|blood)(?![a-z])")),
     frozenset({"farewell", "plan_means", "self_harm"}), "message"),
    # A body in trouble after an act, while the writer is with them or on the way.
    ("acute_body_now", (_re(
        r"(?:<ACUTE>|vomit\w*|vomitando|being sick|been sick|groggy|slurr\w*|pinpoint|froth\w*|drool\w*|breathing (?:maybe"
        r" )?\d|respira (?:muy |pero )?(?:despacio|lento)|(?:cara|labios?) morad\w*|no responde"
        r"|no contesta cuando|muy dormida?|convuls\w*|drenched|sweat\w*|sudando|temblando|heart"
        r" (?:going|racing|pounding)|seeing (?:shadows|bugs|things)|bugs on the wall|talking to"
        r" (?:people|someone) who (?:arent|isnt) there|hot (?:and )?dry skin|cant feel (?:her|his|my)"
        r" (?:hands|legs|arm|feet)|muddled|room spinning|dizzy|mareada?|(?:vomiting|coughing up)"
        r" (?:a bit of )?blood|bleeding (?:from|a lot|badly|bastante)|sangra (?:bastante|mucho)|blood"
        r" (?:running|spurting|everywhere)|spurting|cant move (?:his|her) legs|no puede mover"
        r"|bright red|head is pounding|tose agua|isnt responding|not responding|no abre los ojos"
        r"|no se puede mover|respira\w* (?:muy |pero )?(?:muy )?(?:raro|rapido|lento|mal)"
        r"|not moving|sudad[oa]|sweaty|skin (?:is )?"
        r"(?:coming off|white and leathery)|cold and purple|no para de sangrar|palid[oa]|pale)"
        r"(?![a-z])"), _re(
        r"(?:right now|now|just|(?:\d+|a few|ten|twenty|five) minutes ago|an hour ago"
        r"|hours? ago|tonight|earlier|this (?:morning|afternoon|evening)|ambulance|ambulancia|911"
        r"|999|000|112|what do i do|what (?:should|can) i do|que hago|do i (?:ring|call|move"
        r"|drive|give|put)|should i|until they (?:get here|arrive)|mientras llegan|in progress"
        r"|on the phone|camino al hospital|(?:lo|la) (?:muevo|pongo)|le doy|aprieto|(?:he|she|they)"
        r" (?:is|are)|hes|shes|theyre|found (?:him|her|them)|esta|estan|ahorita|hace (?:un )?rato"
        r"|no quiere que|(?:he|she|they) (?:cant|can not|cannot))(?![a-z])")),
     frozenset({"overdose", "attempt", "self_harm", "unable_to_care"}), "message"),
    ("attempt_in_progress", (_re(
        r"(?:(?:is|s|hes|shes|im|are) (?:\w+ ){0,2}(?:standing|sitting|lying|on the outside"
        r"|on the wrong side|over the barrier|in the water|in the river|in the car)|climbed over"
        r"|not swimming back|(?:feet|legs) not touching|engine (?:still )?(?:warm|running|on)"
        r"|hose (?:\w+ ){0,3}(?:taped|attached)|walked off the kerb|stepped in front"
        r"|holding (?:her|him|them) (?:down|back)|fighting (?:me|us) to|not coming back|one leg out"
        r"|(?:holding|got) (?:her|his) arm|hanging on|cant see (?:his|her) head|(?:above|under) the water"
        r"|gone under|(?:tied|tying) (?:\w+ ){0,2}(?:round|around) (?:her|his|their) neck"
        r"|pulled (?:it|the bag|the rope|the belt|the cord) off|gasping)(?![a-z])"), _re(
        r"(?:right now|now|just|(?:\d+|a few|ten|twenty|five) minutes ago|an hour ago"
        r"|ambulance|911|999|000|112|what do i (?:do|say)|calling|on the phone|keeps saying sorry"
        r"|i can hear|windows up|on the (?:beach|bank|shore)|i can see (?:him|her)"
        r"|running along)(?![a-z])")),
     frozenset({"attempt", "plan_means", "self_harm"}), "message"),
    ("sent_others_away", _re(
        r"(?:told|telling|asked|asking) (?:me|us|the kids|her|him) (?:to go (?:to|out|away)|not to"
        r" (?:wait up|come (?:home|back|in)))(?: \S+){0,6} (?:for the night|tonight)|told (?:me|us)"
        r" not to wait up(?![a-z])"),
     frozenset({"plan_means", "ideation", "farewell"}), "message"),
    ("alone_with_victim", _re(
        r"(?:alone with (?:him|her|them|the baby|the kids|the children)|(?:on her own|on his own"
        r"|by herself|by himself) with (?:him|her|them|the baby|the kids)|still in the house with"
        r" (?:her|him)|(?:is|are) still in the house|(?:esta|estan) (?:adentro|dentro|sola|solo"
        r"|sol[ao]s) con (?:el|ella))(?![a-z])"),
     frozenset({"harm_to_others", "abuse", "psychosis_danger"}), "message"),
    # Self-harm under way as the writer writes.
    ("self_harm_ongoing", _re(
        r"(?:is|hes|shes|theyre|im) (?:\w+ )?(?:still )?(?:cutting|burning|banging|hitting|punching"
        r"|slashing|carving|scratching|stabbing) (?:\w+ ){0,3}(?:right now|now|as we speak|again)"
        r"(?![a-z])|(?:hes|shes|theyre) still doing it|(?:lot of|so much|pool of) blood (?:on|all"
        r" over) the (?:floor|bed|sink|bathroom)|blood (?:all )?(?:on|all over|everywhere on) the"
        r" (?:floor|walls|bathroom)|esta sangrando|sangrando (?:mucho|everywhere|por todos lados)"
        r"|no para de sangrar|water is (?:all )?red|(?:wont|will not) stop (?:when|even|bleeding)"
        r"|in front of me|cant get (?:it|the \w+) (?:off|away from) (?:her|him)|y no para"
        r"|(?:hes|shes) still going|waters (?:all )?red|(?:really|very|so) weak|muy debil"
        r"|(?:theres|there is) (?:a lot of|so much|lots of) blood|(?:in the (?:bathroom|toilet|bedroom"
        r"|shower)|locked in) (?:\w+ )?(?:cutting|burning|hurting)"
        r" (?:<REFL3>)|i can hear (?:her|him|them) (?:\w+ )?(?:cutting|screaming|crying)"
        r"(?= ?(?:\.|,|!|\"|$))"),
     frozenset({"self_harm", "attempt"}), "message"),
    # Fire being set now.
    ("arson_now", _re(
        r"(?:is|hes|shes|are|theyre|im|now) (?:\w+ )?(?:pouring|splashing|lighting|setting fire"
        r"|trying to (?:burn|set fire))(?![a-z])|(?:curtains|house|room|kitchen|walls?) (?:is |are )?"
        r"(?:already )?(?:smoking|on fire|burning|alight)(?![a-z])|smell of gas|can smell (?:the )?gas"
        r"|huele a gas|gas (?:\w+ ){0,3}(?:turned on|on) (?:with no|without) (?:flame|lighting)"),
     frozenset({"harm_to_others", "psychosis_danger"}), "message"),
    # The act is set for tonight or for the moment the writer leaves.
    # Someone alone with a gun or the means who has told the family to keep out.
    ("keep_out_now", _re(
        r"(?:told|telling|tells) (?:me|us) (?:to )?(?:stay out|keep out|go away|leave (?:him|her)"
        r" alone)|dont come in(?![a-z])"),
     frozenset({"plan_means", "ideation", "farewell"}), "message"),
    # A shared location, or what the writer sees or hears, puts someone who has said goodbye or
    # spoken of ending it at an edge or a drop.
    ("location_at_danger", _re(
        r"location (?:\w+ ){0,2}(?:shows|showing|says|puts) (?:\w+ ){0,2}(?:at|by|on|near) (?:the )?"
        r"(?:\w+ )?(?:harbour|harbor|bridge|cliffs?|river|pier|tracks|railway|crossing|station|quarry"
        r"|lake|sea|beach|coast|roof|car park)(?![a-z])"
        r"|(?:find my|location|pin) (?:iphone |friends )?(?:shows|showing|says|puts|is)(?: \S+){0,6}"
        r" (?:quarry|bridge|cliffs?|gap|tracks|railway|overpass|motel|dam)(?![a-z])"
        r"|(?:legs|feet) (?:dangling )?over the edge|(?:on|at) (?:an|the) (?:overpass|flyover)"
        r"|walkway of the (?:bridge|overpass)|waves in the background|(?:walked|walking|went|heading"
        r"|headed) (?:out )?(?:\S+ ){0,3}towards the (?:lake|river|sea|tracks|railway|bridge|cliffs?"
        r"|quarry|water|motorway)|(?:cliff walk|cliff edge|cliff top|clifftop)"),
     frozenset({"farewell", "plan_means", "ideation", "hopelessness"}), "message"),
    ("tonight_plan", _re(
        r"(?:itll|it will|its going to) be tonight|tonight (?:once|when|after) (?:everyone|everybody"
        r"|the kids|theyre|youre|were)|(?:as soon as|soon as|once|the minute) (?:i|we|you|they|everyone)"
        r" (?:leave|leaves|go|goes|hang up|are gone|am asleep|are asleep|fall asleep)(?![a-z])"
        r"|tonight after (?:we|everyone|they|i|you|she|he) (?:go|goes|have gone|are|is) (?:to bed|asleep)"
        r"|once (?:im|hes|shes|theyre|were|everyones) asleep"),
     _SUICIDAL, "message"),
    # The writer is hiding from the person doing harm.
    ("hiding_now", _re(
        r"(?:im|i am|were|we are|kids are) (?:\w+ )?(?:hiding|hidden)(?![a-z])|typing (?:this )?quietly"
        r"|hiding in (?:my|the|our) (?:room|bathroom|closet|wardrobe|cupboard|car)"),
     frozenset({"harm_to_others", "abuse", "psychosis_danger"}), "message"),
    # A body still in trouble after an attempt or an ingestion.
    ("attempt_body_now", _re(
        r"(?:hes|shes|he is|she is|theyre|they are) (?:still )?(?:conscious|moving|coughing|bleeding"
        r"|vomiting|seizing|fitting)(?![a-z])|(?:leg|arm|neck|back) is (?:bent|twisted|broken)"
        r"|coughing up (?:water|blood)|(?:keeps|kept) trying to (?:go|get|run|walk) back|(?:fighting"
        r"|trying|tries|struggling) to (?:go|get|run|walk) back (?:in|out|into|onto)|up to (?:her|his"
        r"|their) (?:chest|neck|waist)|moving a bit|floors down|having a seizure|(?:heart|pulse) is"
        r" (?:racing|pounding)|(?:gums|nose) (?:are |is )?bleeding|(?:hes|shes) (?:still )?on the line"
        r"|se mueve(?: un poco)?|no se mueve|esta en el suelo"),
     frozenset({"attempt", "overdose"}), "message"),
    # Self-harm under way, told by what the hands are doing.
    ("self_harm_acting_now", _re(
        r"(?:is|hes|shes|im|theyre) (?:\w+ )?(?:smashing|tearing at|clawing|gouging|ripping"
        r" (?:at|open)|bashing)(?![a-z])"),
     frozenset({"self_harm"}), "message"),
)

# An overdose told in the past tense, days ago or after treatment, is a recent attempt.
DEESCALATE_OVERDOSE: re.Pattern[str] = _re(
    r"(?:(?:\d+|a few|few|several|two|three|four|five|six|seven|a couple of|a couple) (?:days"
    r"|weeks|months|years) ago|last (?:week|weekend|month|year|spring|summer|fall|autumn|winter)"
    r"|(?:was|were|been|spent \w+ days?) in (?:the )?(?:icu|intensive care|er|hospital)"
    r"|survived|recovering|discharged|(?:had )?(?:his|her|my|their) stomach pumped|pumped (?:his"
    r"|her|my|their) stomach|(?:on|last|this past) (?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)|in (?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)|(?:after|since) (?:his|her|my|the|their) (?:overdose|od"
    r"|attempt)|was hospitali[sz]ed|got out of the hospital|in (?:19|20)\d\d|back in|last"
    r" (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|came (?:round|around|to)"
    r"|(?:shes|hes|theyre|she is|he is) (?:up|awake|fine|ok|okay) now|laughed it off|(?:twice"
    r"|three times|\d+ times|x\d) (?:this|last|in the past) (?:year|month)|(?:this|in the past)"
    r" year|for a (?:good )?while)(?![a-z])"
)

# Psychosis context: danger-type matches in such a message also count as psychosis_danger.
PSYCHOSIS_CONTEXT: re.Pattern[str] = _re(
    r"(?:paranoi\w*|delusion\w*|psychotic|psychosis|hallucinat\w*|hearing voices|hears voices"
    r"|the voices|(?:a|the) voice (?:tells|telling|told|says|saying)|imposter|impostor|possessed|implanted|(?:government|fbi|cia) (?:\w+ )?(?:poison\w*"
    r"|spy\w*|watch\w*|track\w*|implant\w*)|(?:thinks|believes|convinced|insists|sure|says)"
    r"(?: that)?"
    r" (?:\w+ ){0,4}(?:after (?:him|her|me)|following (?:him|her|me)|watching (?:him|her|me)"
    r"|spying|spies|poison\w*|demons?|devils?|out to get|plotting|tracking|bugged|chip|aliens"
    r"|replaced))(?![a-z])"
)
_PSYCHOSIS_IMPLIES = frozenset({"harm_to_others", "ideation", "plan_means", "self_harm",
                                "unable_to_care"})

# ---------------------------------------------------------------------------------------------
# Subject: is the writer speaking of themselves or of someone else?
# ---------------------------------------------------------------------------------------------

_RELATIONS: frozenset[str] = frozenset(
    ["son", "sons", "daughter", "daughters", "child", "children", "kid", "kids", "teen", "teenager", "boy", "girl", "husband", "wife", "partner", "spouse", "boyfriend", "girlfriend", "bf", "gf", "fiance", "fiancee", "hubby", "mom", "mum", "mother", "mama", "dad", "father", "papa", "stepdad", "stepfather", "stepmom", "stepmother", "stepson", "stepdaughter", "parent", "parents", "brother", "brothers", "sister", "sisters", "sibling", "twin", "grandson", "granddaughter", "grandchild", "grandma", "grandmother", "grandpa", "grandfather", "aunt", "uncle", "cousin", "nephew", "niece", "friend", "roommate", "roomie", "coworker", "colleague", "neighbor", "neighbour", "client", "clients", "patient", "patients", "student", "ex", "loved", "hijo", "hija", "esposo", "esposa", "marido", "madre", "padre", "hermano", "hermana", "amigo", "amiga", "novio", "novia", "moms", "dads", "sons", "daughters", "husbands", "wifes"]
)
_THIRD: frozenset[str] = frozenset(
    ["he", "she", "they", "hes", "shes", "theyre", "him", "his", "himself", "herself", "them", "themselves", "themself", "client", "patient", "el", "ella", "hed", "shed", "hell", "shell"]
)
_FIRST: frozenset[str] = frozenset(["i", "im", "ive", "id", "ill", "me", "myself", "yo"])
_POSSESSIVE: frozenset[str] = frozenset(["my", "our", "mi", "his", "her", "their"])
_REPORTING: frozenset[str] = frozenset(
    ["think", "thought", "found", "find", "feel", "felt", "am", "m", "worry", "worried", "know", "knew", "heard", "believe", "suspect", "noticed", "notice", "saw", "see", "guess", "fear", "just", "dont", "cant", "called", "call", "asked", "told", "need", "want", "wanted", "am_scared", "scared", "afraid", "wonder"]
)
_REPORT_FRAME: re.Pattern[str] = _re(
    r"(?:my \w+|his \w+|her \w+|our \w+|he|she|they|client|patient|mi \w+)(?: \w+){0,3}"
    r" (?:says|said|saying|told|tells|texted|texts|wrote|writes|writing|posted|messaged"
    r"|keeps saying|kept saying|screamed|yelled|mentioned|disclosed|discloses|reports|reported"
    r"|admitted|admits|stated|states|dice|dijo|endorses|endorsed|expressed|shared)(?![a-z])"
)


def _token_subject(tokens: list[str]) -> str:
    """The first person-marker in a run of tokens. "I think/found/am worried ..." followed by
    someone else ("I think my dad overdosed") counts as speaking of the other person."""
    n = len(tokens)
    framed = False
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < n else ""
        if tok in _POSSESSIVE and nxt in _RELATIONS:
            return "other"
        if tok in _RELATIONS and i > 0 and tokens[i - 1] in _POSSESSIVE:
            return "other"
        if tok in _THIRD:
            return "other"
        if tok in _FIRST:
            if nxt in _REPORTING or (tok == "im" and nxt in ("scared", "afraid", "worried")):
                framed = True
                continue
            return "self"
        if tok == "me" or tok == "mi":
            return "self"
    return "self" if framed else "unknown"


# ---------------------------------------------------------------------------------------------
# Engine
# ---------------------------------------------------------------------------------------------


def normalize(text: str) -> str:
    """Fold a message into the form the rules are written against.

    Lowercase; apostrophes removed ("don't" -> "dont"); curly quotes, dashes, accents, control
    and zero-width characters unified; a line break is a sentence end; letter runs collapsed;
    misspellings and slang folded (`FOLD`); punctuation padded; tokens joined by single spaces.
    """
    s = unicodedata.normalize("NFKC", text)
    if ".." in s:
        s = _ELLIPSIS.sub(" ", s)
    s = s.translate(_TRANSLATE).lower()
    s = _LETTER_RUN.sub(r"\1", s)
    if "od'" in s:
        s = _OD_APOS.sub(" overdosed ", s)
    s = s.replace("'", "")
    if "w / o" in s:
        s = _WITHOUT.sub("without", s)  # "better off w/o me"
    if "million years" in s:
        s = s.replace("in a million years", "")  # "never in a million years would I ..."
    tokens = s.split()
    if not _FOLD_KEYS.isdisjoint(tokens):
        fold = FOLD.get
        tokens = [fold(t, t) for t in tokens]
    return " ".join(tokens)


# Every pattern is tried only where a match could start. The possible leading words ("heads")
# are read from each pattern's parse tree at import: an exact word ("want"), a stem
# ("overdos*"), or, when the first word is a common one ("not", "the"), the first word with the
# second word's exact form or stem ("not want", "not eat*"). A message is indexed once by its
# tokens and token pairs, so no pattern scans the whole text and common words cost little.
_MAX_STEM = 6
_SMALL_CLASS = 40
# Words indexed together with the word after them: function words, and words that lead many
# patterns (a test keeps this list in step with the rule tables).
COMMON_HEADS = frozenset(
    ["a", "an", "the", "i", "im", "me", "my", "he", "hes", "him", "his", "she", "shes", "her", "they", "theyre", "them", "their", "we", "our", "you", "your", "it", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had", "to", "of", "in", "on", "at", "for", "with", "from", "by", "and", "or", "so", "as", "if", "that", "this", "not", "no", "never", "will", "would", "can", "could", "should", "just", "up", "out", "about", "all", "any", "some", "one", "wont", "doesnt", "cant", "isnt", "wants", "want", "going", "ready", "threatened", "got", "stopped", "threatens", "ill", "planning", "kill", "end", "better", "shell", "hell", "threatening", "didnt", "nothing", "said", "says", "tried", "hasnt", "thinks", "decided", "suicide", "dont", "se", "theyre", "trying", "shoot", "feel", "feels", "how", "what", "when", "after"]
)


def _small_class(items: list) -> str | None:
    chars: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            chars.append(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _SMALL_CLASS:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.extend("0123456789")
        else:
            return None
    return "".join(chars) if len(chars) <= _SMALL_CLASS else None


def _heads(parsed: list, common: frozenset[str]) -> frozenset[tuple[str, str, bool]] | None:
    """Heads of every possible match as (first word, second word or stem, second is exact).

    A head ("over", "", False) is the stem "over*"; ("want", "", True) the exact word "want";
    ("not", "eat", False) the word "not" followed by a word starting "eat". None when some match
    could start with something other than a word.
    """
    closed: set[str] = set()

    def close(prefixes: set[str]) -> None:
        closed.update(p + "\x00" for p in prefixes)  # \x00: the pattern leaves literals here

    def walk(seq: list, open_: set[str]) -> set[str]:
        for op, av in seq:
            if not open_:
                return open_
            if len(open_) > 4000:
                close(open_)
                return set()
            if op is _c.LITERAL:
                ch = chr(av)
                nxt: set[str] = set()
                for p in open_:
                    if ch == " ":
                        first = p.split(" ", 1)[0]
                        if " " in p or first not in common:
                            closed.add(p + " ")
                            continue
                    nxt.add(p + ch)
                open_ = nxt
            elif op is _c.IN:
                chars = _small_class(av)
                if chars is None or " " in chars:
                    close(open_)
                    return set()
                open_ = {p + ch for p in open_ for ch in chars}
            elif op is _c.BRANCH:
                new: set[str] = set()
                for alt in av[1]:
                    new |= walk(alt, set(open_))
                open_ = new
            elif op is _c.SUBPATTERN:
                open_ = walk(av[-1], open_)
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
                low, _high, inner = av
                close(walk(inner, set(open_)))  # after one pass: a prefix, conservatively
                if low > 0:
                    return set()
            elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                continue
            else:
                close(open_)
                return set()
        return open_

    close(walk(parsed, {""}))
    heads: set[tuple[str, str, bool]] = set()
    for h in closed:
        exact = h.endswith(" ")
        h = h.rstrip(" \x00") if exact else h[:-1]
        first, _, second = h.partition(" ")
        if not first:
            return None
        if " " in h or (exact and first in common and not second):
            heads.add((first, second if exact else second[:_MAX_STEM], exact))
        elif exact:
            heads.add((first, "", True))
        elif " " in h.rstrip(" "):
            heads.add((first, second[:_MAX_STEM], False))
        else:
            heads.add((first[:_MAX_STEM], "", False))
    return frozenset(heads)


class _Patterns:
    """Every pattern the engine uses, indexed by its heads."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns: list[re.Pattern[str]] = []
        self.ids: dict[int, int] = {}
        parsed = []
        for pattern in patterns:
            if pattern is None or id(pattern) in self.ids:
                continue
            self.ids[id(pattern)] = len(self.patterns)
            self.patterns.append(pattern)
            parsed.append(_sre_parser.parse(pattern.pattern).data)
        self.common = COMMON_HEADS
        self.word: dict[str, list[int]] = {}  # exact first word
        self.stem: dict[str, list[int]] = {}  # first word starts with
        self.pair: dict[str, list[int]] = {}  # "first second" (both exact)
        self.pair_stem: dict[str, list[int]] = {}  # "first secondstem"
        self.unindexed: set[int] = set()
        for pid, tree in enumerate(parsed):
            heads = _heads(tree, self.common)
            if heads is None:
                self.unindexed.add(pid)
                continue
            for first, second, exact in heads:
                if not second:
                    table, key = (self.word, first) if exact else (self.stem, first[:_MAX_STEM])
                else:
                    table, key = (self.pair if exact else self.pair_stem), f"{first} {second}"
                ids = table.setdefault(key, [])
                if pid not in ids:
                    ids.append(pid)
        self._build_lookups()

    def _build_lookups(self) -> None:
        """Lookup tables read from the rule vocabulary alone, so that a token costs one or two
        dictionary lookups and no word of a message is ever remembered.

        `token_ids` holds every word of the vocabulary (exact heads, stems, both words of every
        pair) with the patterns a token equal to it leads: its exact heads and every stem it
        starts with. Any other token leads only stems; `stem_ids` maps every prefix of a stem
        (a prefix-closed set) to the patterns of the stems that prefix starts, so the longest
        prefix of a token found there gives its patterns. Pairs work the same way per first
        word: `pair_ids` for exact second words, `pair_stem_ids[first]` for second-word stems.
        """
        stem, pair, pair_stem = self.stem, self.pair, self.pair_stem

        def stems_of(word: str, table: dict[str, list[int]], lead: str = "") -> list[int]:
            found: list[int] = []
            for k in range(1, min(len(word), _MAX_STEM) + 1):
                found.extend(table.get(lead + word[:k], ()))
            return found

        def ids(found: list[int]) -> tuple[int, ...]:
            return tuple(dict.fromkeys(found))

        vocab = set(self.word) | set(stem)
        seconds: dict[str, set[str]] = {}  # first word -> exact second words and stems
        for key in list(pair) + list(pair_stem):
            first, second = key.split(" ", 1)
            vocab.update((first, second))
            seconds.setdefault(first, set()).add(second)
        self.token_ids: dict[str, tuple[int, ...]] = {
            w: ids(self.word.get(w, []) + stems_of(w, stem)) for w in vocab
        }
        self.stem_ids: dict[str, tuple[int, ...]] = {
            p: ids(stems_of(p, stem)) for k in stem for p in (k[:i] for i in range(1, len(k) + 1))
        }
        # Only a common word is indexed together with the word after it.
        self.pair_firsts: frozenset[str] = frozenset(seconds) & self.common
        self.pair_ids: dict[tuple[str, str], tuple[int, ...]] = {}
        self.pair_stem_ids: dict[str, dict[str, tuple[int, ...]]] = {}
        for first in self.pair_firsts:
            lead = first + " "
            for second in seconds[first]:
                self.pair_ids[(first, second)] = ids(
                    pair.get(lead + second, []) + stems_of(second, pair_stem, lead))
            self.pair_stem_ids[first] = {
                p: ids(stems_of(p, pair_stem, lead))
                for k in pair_stem if k.startswith(lead)
                for p in (k[len(lead):][:i] for i in range(1, len(k) - len(lead) + 1))
            }

    @staticmethod
    def longest_stem(word: str, stems: dict[str, tuple[int, ...]]) -> tuple[int, ...]:
        """Patterns of the stems a word starts with, given a prefix-closed stem table."""
        ids = stems.get(word[:_MAX_STEM])
        if ids is not None:
            return ids
        ids = ()
        for k in range(1, _MAX_STEM):  # the first prefix missing ends the stems it starts
            got = stems.get(word[:k])
            if got is None:
                break
            ids = got
        return ids

    def id(self, pattern: re.Pattern[str] | None) -> int:
        return -1 if pattern is None else self.ids[id(pattern)]


# Sentence punctuation is always its own token after normalisation.
_SENTENCE_TOKENS = frozenset(".!?;")
_CLAUSE_TOKENS = _SENTENCE_TOKENS | frozenset(
    ["but", "although", "though", "however", "whereas", "except", "pero", "aunque"]
)


# Messages of at most this many tokens are indexed token by token (see `_index_few`).
_FEW_TOKENS = 128


def _index_few(tokens: list[str]) -> dict[int, list[int]]:
    """Candidate starts per pattern id for a short message, in one pass over its tokens: the
    patterns a token leads (its vocabulary entry, else the stems it starts with) and, after a
    word that leads pairs, those its pair with the next token leads. Offsets come out sorted
    and without repeats."""
    token_ids, stem_ids, longest = _P.token_ids, _P.stem_ids, _P.longest_stem
    pair_ids, pair_stem_ids, firsts = _P.pair_ids, _P.pair_stem_ids, _P.pair_firsts
    cands: dict[int, list[int]] = {}
    get = cands.get
    last = len(tokens) - 1
    pos = 0
    for i, tok in enumerate(tokens):
        ids = token_ids.get(tok)
        if ids is None:
            ids = longest(tok, stem_ids)
        if tok in firsts and i < last:
            second = tokens[i + 1]
            more = pair_ids.get((tok, second))
            if more is None:
                more = longest(second, pair_stem_ids[tok])
            if more:
                ids = tuple(set(ids).union(more)) if ids else more
        for pid in ids:
            got = get(pid)
            if got is None:
                cands[pid] = [pos]
            else:
                got.append(pos)
        pos += len(tok) + 1
    return cands


class _Context:
    """One message: token offsets, sentence and clause bounds, candidate starts per pattern.

    Cue patterns are matched lazily in text order, each candidate at most once per message, so
    every range query is amortised linear and stops at the first hit it needs.
    """

    __slots__ = ("_cache", "_cands", "_clause", "_cum", "_mixed", "_scan", "_sent", "_sorted",
                 "_tokens", "s", "skip_to")

    def __init__(self, s: str) -> None:
        self.s = s
        self._tokens = tokens = s.split(" ")
        self._cum: list[int] | None = None
        self._sent: list[int] | None = None
        self._clause: list[int] | None = None
        # Candidate starts per pattern id. A list is sorted and free of repeats unless its id
        # is in `_mixed` (see `starts`).
        self._mixed: set[int] = set()
        if len(tokens) <= _FEW_TOKENS:
            self._cands = _index_few(tokens)
        else:
            self._cands = self._index_many(tokens)
        self._sorted: dict[int, list[int]] = {}  # starts of patterns no token leads
        self._scan: dict[int, list] = {}
        self._cache: dict[tuple[int, int, int], bool] = {}

    def _index_many(self, tokens: list[str]) -> dict[int, list[int]]:
        """Candidate starts of a longer message. Lookups are made once per distinct word and
        pair, and positions are collected in one pass over the tokens, so the work stays
        linear and repetitive text costs little."""
        token_ids, stem_ids, longest = _P.token_ids, _P.stem_ids, _P.longest_stem
        pair_ids, pair_stem_ids = _P.pair_ids, _P.pair_stem_ids
        # The patterns each distinct token may start: its vocabulary entry, else the stems it
        # starts with.
        distinct = set(tokens)
        groups: dict[object, tuple[int, ...]] = {}
        for tok in distinct:
            ids = token_ids.get(tok)
            if ids is None:
                ids = longest(tok, stem_ids)
            if ids:
                groups[tok] = ids
        # Token indices of those words and of the words that lead pairs.
        firsts = distinct.intersection(_P.pair_firsts)
        at: dict[str, list[int]] = {tok: [] for tok in chain(groups, firsts)}
        get = at.get
        for i, tok in enumerate(tokens):
            positions = get(tok)
            if positions is not None:
                positions.append(i)
        where: dict[object, list[int]] = {tok: at[tok] for tok in groups}
        # Each pair is found among the positions of its first word: the distinct words that
        # follow it are looked up once, then its positions are split by the word after them.
        last = len(tokens) - 1
        for first in firsts:
            idx = at[first]
            if idx[-1] == last:
                idx = idx[:-1]
            followers: dict[str, list[int]] = {}
            for second in set(map(tokens.__getitem__, map(add, idx, repeat(1)))):
                ids = pair_ids.get((first, second))
                if ids is None:
                    ids = longest(second, pair_stem_ids[first])
                if ids:
                    groups[(first, second)] = ids
                    where[(first, second)] = followers[second] = []
            if followers:
                follower = followers.get
                for i in idx:
                    positions = follower(tokens[i + 1])
                    if positions is not None:
                        positions.append(i)
        cands: dict[int, list[int]] = {}
        if not where:
            return cands
        cum = self._lengths()
        mixed = self._mixed
        get_cands = cands.get
        for key, idx in where.items():
            offs = list(map(add, map(cum.__getitem__, idx), idx))
            for pid in groups[key]:
                got = get_cands(pid)
                if got is None:
                    cands[pid] = offs  # shared between ids until a second key adds to it
                elif pid in mixed:
                    got.extend(offs)
                else:
                    cands[pid] = got + offs
                    mixed.add(pid)
        return cands

    def could_match(self, pid: int) -> bool:
        """False when no token of the message leads the pattern, so it cannot match anywhere.
        True for no pattern (-1)."""
        return pid < 0 or pid in self._cands or pid in _P.unindexed

    def present(self) -> KeysView[int]:
        """The ids of the indexed patterns that some token of the message leads."""
        return self._cands.keys()

    def _lengths(self) -> list[int]:
        """Offset of token i is `_lengths()[i] + i`: the lengths before it plus one space each."""
        if self._cum is None:
            self._cum = list(accumulate(map(len, self._tokens), initial=0))
        return self._cum

    def _token_offsets(self, words: frozenset[str]) -> list[int]:
        idx = list(compress(count(), map(words.__contains__, self._tokens)))
        return list(map(add, map(self._lengths().__getitem__, idx), idx))

    def rules(self, table: tuple | None = None) -> list[tuple[Rule, int, tuple[int, int]]]:
        """The rules (or, given a table, its entries) that have a candidate start in this
        message, in table order."""
        table = _RULE_IDS if table is None else table
        by_pid, always, pids = _table_index(table)
        # Walk the few candidate patterns the table uses rather than the whole table; keep
        # table order.
        positions = list(always)
        for pid in pids.intersection(self._cands):
            positions.extend(by_pid[pid])
        positions.sort()
        return [table[i] for i in positions]

    def starts(self, pid: int) -> list[int]:
        """Candidate starts of a pattern, sorted."""
        got = self._cands.get(pid)
        if got is None:
            got = self._sorted.get(pid)
            if got is None:
                got = self._sorted[pid] = (
                    [m.start() for m in _P.patterns[pid].finditer(self.s)]
                    if pid in _P.unindexed else [])
        elif pid in self._mixed:
            got = self._cands[pid] = sorted(set(got))
            self._mixed.discard(pid)
        return got

    def rule_matches(self, pid: int):
        """Matches of a rule's pattern that start at a token, in text order. The consumer may
        set `skip_to` to jump past a sentence it is done with."""
        starts = self.starts(pid)
        self.skip_to = 0
        # Candidates are tried from C, without a Python step each failure; most rules tried on
        # a message match nowhere and end here.
        hits = filter(None, map(_MATCH[pid], repeat(self.s), starts))
        first = next(hits, None)
        return () if first is None else self._more_matches(first, hits, starts)

    def _more_matches(self, m, hits, starts: list[int]):
        """The first hit, then the rest, resuming past `skip_to` when the consumer sets it."""
        while m is not None:
            yield m
            if self.skip_to > m.start() + 1:  # resume at the first candidate from `skip_to`
                rest = islice(starts, bisect_left(starts, self.skip_to), None)
                hits = filter(None, map(m.re.match, repeat(self.s), rest))
            m = next(hits, None)

    def _scan_until(self, pid: int, a: int, b: int) -> tuple[list[int], list[int]]:
        """Match candidates in text order until one hits at or after `a`, or one starts at
        `b` or later. Returns the hits found so far (starts, ends)."""
        state = self._scan.get(pid)
        if state is None:
            state = self._scan[pid] = [0, [], []]
        k, hit_starts, hit_ends = state
        if hit_starts and hit_starts[-1] >= a:
            return hit_starts, hit_ends
        starts = self.starts(pid)
        match, s = _MATCH[pid], self.s
        stop = bisect_left(starts, b, k)
        if k >= stop:
            return hit_starts, hit_ends
        for m in filter(None, map(match, repeat(s), islice(starts, k, stop))):
            pos = m.start()
            hit_starts.append(pos)
            hit_ends.append(m.end())
            if pos >= a:
                k = bisect_right(starts, pos, k)
                break
        else:
            k = stop
        state[0] = k
        return hit_starts, hit_ends

    def search(self, pid: int, start: int = 0, end: int | None = None) -> bool:
        """Whether the pattern matches at a token starting in [start, end)."""
        if pid not in self._cands and pid not in _P.unindexed:
            return False  # no token of the message leads it
        end = len(self.s) if end is None else end
        key = (pid, start, end)
        hit = self._cache.get(key)
        if hit is None:
            hit_starts, _ = self._scan_until(pid, start, end)
            i = bisect_left(hit_starts, start)
            hit = self._cache[key] = i < len(hit_starts) and hit_starts[i] < end
        return hit

    def overlaps(self, pid: int, start: int, end: int, reach: int = 80) -> bool:
        """Whether a match of the pattern starting within `reach` before `start` overlaps
        [start, end)."""
        if pid not in self._cands and pid not in _P.unindexed:
            return False
        hit_starts, hit_ends = self._scan_until(pid, end, end)
        i = bisect_left(hit_starts, start - reach)
        while i < len(hit_starts) and hit_starts[i] < end:
            if hit_ends[i] > start:
                return True
            i += 1
        return False

    def _bounds(self, b: list[int], pos: int) -> tuple[int, int]:
        i = bisect_right(b, pos)
        start = b[i - 1] + 1 if i > 0 else 0
        end = b[i] if i < len(b) else len(self.s)
        return start, end

    def sentence(self, pos: int) -> tuple[int, int]:
        if self._sent is None:
            self._sent = self._token_offsets(_SENTENCE_TOKENS)
        return self._bounds(self._sent, pos)

    def clause(self, pos: int) -> tuple[int, int]:
        if self._clause is None:
            self._clause = self._token_offsets(_CLAUSE_TOKENS)
        return self._bounds(self._clause, pos)

    def in_scope(self, pid: int, pos: int, scope: str) -> bool:
        if scope == "message":
            return self.search(pid)
        if scope == "clause":
            return self.search(pid, *self.clause(pos))
        return self.search(pid, *self.sentence(pos))


def _negated(ctx: _Context, start: int, end: int) -> bool:
    """A negation word within a few tokens before the match, in the same clause."""
    s = ctx.s
    c_start, c_end = ctx.clause(start)
    window = s[max(c_start, start - 80):start].split()[-(NEGATION_WINDOW + 2):]
    last = len(window) - 1
    for i in range(last, max(-1, last - NEGATION_WINDOW), -1):
        tok = window[i]
        if tok in WINDOW_STOPS:
            break
        if tok == "and" and i < last and window[i + 1] in _SUBJECT_AFTER_AND:
            break
        if tok in NEGATION_CUES:
            nxt = window[i + 1] if i < last else ""
            if nxt not in PSEUDO_NEGATION_NEXT:
                return True
    # Clinical shorthand after the match: "SI: denied", "suicidal ideation - none".
    if _POST_CLINICAL_NEG.match(s, end, min(c_end, end + 16)):
        return True
    # "asked her if she was thinking of suicide and she said no".
    s_start, s_end = ctx.sentence(start)
    return ctx.search(_PID_POST_DENIAL, end, s_end) and ctx.search(_PID_ASKED, s_start, start)


_THAT_WAS = re.compile(
    r" ?(?:that|this|it) was (?:in |back in )?(?:(?:19|20)\d\d|(?:\w+ ){0,2}(?:years|months) ago)"
    r"(?![a-z0-9])")


def _past_recovered(ctx: _Context, start: int) -> bool:
    s_start, s_end = ctx.sentence(start)
    _, c_end = ctx.clause(start)
    if not ctx.search(_PID_PAST, s_start, c_end):
        # "... cut him down and he survived. That was 2011. He's a dad now."
        if s_end >= len(ctx.s) or not _THAT_WAS.match(ctx.s, s_end + 1):
            return False
    if ctx.search(_PID_RECOVERY, s_start, s_end):
        return True
    # Recovery told in the next sentences counts too ("... years ago. He went to prison.
    # It's been ten years.").
    end = s_end
    for _ in range(3):
        if end >= len(ctx.s):
            break
        nxt_end = ctx.sentence(end + 1)[1]
        if ctx.search(_PID_RECOVERY, end + 1, nxt_end):
            return True
        end = nxt_end
    return False


def _subject(ctx: _Context, m: Match) -> str:
    s = ctx.s
    c_start, _ = ctx.clause(m.start)
    s_start, _ = ctx.sentence(m.start)
    if ctx.search(_PID_REPORT_FRAME, s_start, m.start):
        return "other"
    if m.category != "harm_to_others":
        for tok in m.text.split():
            if tok in ("myself", "meself") or (m.category == "abuse" and tok in ("me", "us")):
                return "self"
            if tok in ("himself", "herself", "themselves", "themself"):
                return "other"
    who = _token_subject(s[c_start:m.end].split())
    if who == "unknown":
        who = _token_subject(s[s_start:m.end].split())
    if who == "unknown":
        who = _token_subject(s[:2000].split()[:80])
    return who


def _evaluate(ctx: _Context, rule: Rule, ids: tuple[int, int], start: int, end: int,
              escalators: dict[str, tuple] | None = None) -> str | None:
    """The level for one candidate match, or None when a suppressor applies."""
    requires_id, unless_id = ids
    if requires_id >= 0 and not ctx.in_scope(requires_id, start, rule.scope):
        return None
    if unless_id >= 0 and ctx.in_scope(unless_id, start, "sentence"):
        return None
    flags = rule.flags
    if "N" in flags and _negated(ctx, start, end):
        return None
    if ctx.overlaps(_PID_IDIOMS, start, end):
        return None
    if "A" in flags and ctx.in_scope(_PID_ACADEMIC, start, "clause"):
        return None
    if "P" in flags and _past_recovered(ctx, start):
        return None
    level = rule.level
    if level == "concern":
        present = ctx.present()
        table = _ESCALATORS_BY_CATEGORY if escalators is None else escalators
        for pids, scope, leads in table[rule.category]:
            if not present >= leads:
                continue  # a cue that no token of the message leads cannot match
            if all(ctx.in_scope(pid, start, scope) for pid in pids):
                return "emergency"
        if ctx.search(_PID_META):
            return None  # an emergency still fires: a real one can be told beside a story
        if rule.category == "farewell" and ctx.search(_PID_ELDER_AGE) and ctx.search(_PID_ELDER_WELL):
            return None
    return level


def _warning_cues(ctx: _Context) -> list[Match]:
    """Weaker warning signs: the first surviving match of each cue, kept only when at least
    `CUES_TO_FIRE` different cues survive in the message."""
    got: list[Match] = []
    s = ctx.s
    for rule, pid, ids in ctx.rules(_CUE_IDS):
        if not ctx.could_match(ids[0]):
            continue  # what the cue requires is nowhere in the message
        for m in ctx.rule_matches(pid):
            start, end = m.span()
            if any(g.start < end and start < g.end for g in got):
                continue  # the same words count as one sign, not two
            level = _evaluate(ctx, rule, ids, start, end, _CUE_ESCALATORS_BY_CATEGORY)
            if level is not None:
                got.append(Match(rule.category, level, start, end, s[start:end], rule.name))
                break
    return got if len(got) >= CUES_TO_FIRE else []


def _screen_normalized(s: str) -> Screening:
    ctx = _Context(s)
    found: list[Match] = []
    for rule, pid, ids in ctx.rules():
        if not ctx.could_match(ids[0]):
            continue  # what the rule requires is nowhere in the message: no match is tried
        best: Match | None = None
        for m in ctx.rule_matches(pid):
            start, end = m.span()
            level = _evaluate(ctx, rule, ids, start, end)
            if level is None:
                continue
            category = rule.category
            if category == "overdose" and ctx.in_scope(_PID_DEESCALATE, start, "sentence"):
                level, category = "concern", "attempt"
            if best is None or _RANK[level] > _RANK[best.level]:
                best = Match(category, level, start, end, s[start:end], rule.name)
            if best.level == "emergency":
                break
            # Later matches of this rule in the same sentence would add nothing.
            ctx.skip_to = ctx.sentence(start)[1]
        if best is not None:
            found.append(best)
    if not any(m.level == "emergency" for m in found):
        found.extend(_warning_cues(ctx))
    if not found:
        return NO_CRISIS
    if ctx.search(_PID_PSYCHOSIS):
        found.extend(
            Match("psychosis_danger", m.level, m.start, m.end, m.text, m.rule + "+psychosis")
            for m in list(found)
            if m.category in _PSYCHOSIS_IMPLIES
        )
    found.sort(key=lambda m: (-_RANK[m.level], m.start))
    return Screening(
        level=found[0].level,
        categories=tuple(dict.fromkeys(m.category for m in found)),
        matches=tuple(found),
        subject=_subject(ctx, found[0]),
    )


_P = _Patterns(
    [p for rule in RULES + WARNING_CUES for p in (rule.pattern, rule.requires, rule.unless)]
    + [p for _name, cue, _cats, _scope in ESCALATORS
       for p in (cue if isinstance(cue, tuple) else (cue,))]
    + [IDIOMS, ACADEMIC, DISTANT_PAST, RECOVERY, DEESCALATE_OVERDOSE, PSYCHOSIS_CONTEXT,
       _POST_DENIAL, _ASKED, _REPORT_FRAME, META_FRAME, ELDER_AGE, ELDER_WELL]
)
_MATCH = [pattern.match for pattern in _P.patterns]  # by pattern id
_TableIndex = tuple[dict[int, tuple[int, ...]], tuple[int, ...], frozenset[int]]
_TABLE_INDEXES: dict[int, _TableIndex] = {}


def _table_index(table: tuple) -> _TableIndex:
    """For a rule table: its positions by pattern id, the positions always tried, and the
    pattern ids it indexes."""
    key = id(table)
    got = _TABLE_INDEXES.get(key)
    if got is None:
        by_pid: dict[int, list[int]] = {}
        always = []
        for i, entry in enumerate(table):
            if entry[1] in _P.unindexed:
                always.append(i)
            else:
                by_pid.setdefault(entry[1], []).append(i)
        got = ({pid: tuple(v) for pid, v in by_pid.items()}, tuple(always), frozenset(by_pid))
        _TABLE_INDEXES[key] = got
    return got


_RULE_IDS = tuple(
    (rule, _P.id(rule.pattern), (_P.id(rule.requires), _P.id(rule.unless))) for rule in RULES
)
_CUE_IDS = tuple(
    (rule, _P.id(rule.pattern), (_P.id(rule.requires), _P.id(rule.unless)))
    for rule in WARNING_CUES
)


def _escalator_ids(cue: object, cats: frozenset[str] | None, scope: str) -> tuple:
    """An escalator as (pattern ids, categories, scope, the ids a message must lead)."""
    pids = tuple(_P.id(p) for p in (cue if isinstance(cue, tuple) else (cue,)))
    return pids, cats, scope, frozenset(pids) - _P.unindexed


_ESCALATOR_IDS = tuple(
    _escalator_ids(cue, cats, scope) for _name, cue, cats, scope in ESCALATORS
)
_CUE_ESCALATOR_IDS = tuple(
    ids for ids, (name, *_rest) in zip(_ESCALATOR_IDS, ESCALATORS)
    if name in ("immediate", "today", "location", "means_at_hand", "psychotic_intent",
                "unreachable", "unreachable_more", "locked_in_now", "left_and_unreachable",
                "keep_out_now", "location_at_danger", "hiding_now",
                "body_shutting_down", "exposure_now", "before_anyone_arrives", "acute_body_now",
                "attempt_in_progress")
)


def _by_category(escalators: tuple) -> dict[str, tuple]:
    """The escalators that apply to each category, as (pattern ids, scope, leads)."""
    return {
        category: tuple((pids, scope, leads) for pids, cats, scope, leads in escalators
                        if cats is None or category in cats)
        for category in CATEGORIES
    }


_ESCALATORS_BY_CATEGORY = _by_category(_ESCALATOR_IDS)
_CUE_ESCALATORS_BY_CATEGORY = _by_category(_CUE_ESCALATOR_IDS)
_PID_IDIOMS = _P.id(IDIOMS)
_PID_ACADEMIC = _P.id(ACADEMIC)
_PID_PAST = _P.id(DISTANT_PAST)
_PID_RECOVERY = _P.id(RECOVERY)
_PID_DEESCALATE = _P.id(DEESCALATE_OVERDOSE)
_PID_PSYCHOSIS = _P.id(PSYCHOSIS_CONTEXT)
_PID_POST_DENIAL = _P.id(_POST_DENIAL)
_PID_ASKED = _P.id(_ASKED)
_PID_META = _P.id(META_FRAME)
_PID_ELDER_AGE = _P.id(ELDER_AGE)
_PID_ELDER_WELL = _P.id(ELDER_WELL)
_PID_REPORT_FRAME = _P.id(_REPORT_FRAME)


def screen(text: object) -> Screening:
    """Screen one message.

    Args:
        text: the user's message. Any `str` is accepted (empty, emoji, control characters,
            mixed scripts, megabytes); `None` screens as no crisis; `bytes` are decoded as UTF-8.

    Returns:
        A `Screening` with the level, the categories that fired (strongest first), the matches
        (offsets into `normalize(text)`), and whether the writer speaks of themselves or of
        someone else.

    Raises:
        TypeError: for anything that is not `str`, `bytes`, `bytearray` or `None`.
    """
    if text is None:
        return NO_CRISIS
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8", errors="replace")
    if not isinstance(text, str):
        raise TypeError(f"screen() takes a str, not {type(text).__name__}")
    if not text or text.isspace():
        return NO_CRISIS
    return _screen_normalized(normalize(text))


def screen_conversation(history_user_messages: list[str] | tuple[str, ...],
                        message: str) -> Screening:
    """Screen the current message and carry the strongest earlier level forward.

    The returned `turn_level` is the current message's own level: it decides whether the app
    may answer (nothing is generated when it is "emergency"). The returned `level` is the
    strongest level over every user message in the conversation: it decides which card is
    shown, so once a conversation has had a crisis the card stays, even after "jk, forget it".
    Categories and subject come from the current message when it fired, else from the
    strongest earlier one; matches are always the current message's.
    """
    current = screen(message)
    strongest: Screening | None = None
    for earlier in history_user_messages or ():
        if not isinstance(earlier, (str, bytes, bytearray)):
            continue
        past = screen(earlier)
        if past.is_crisis and (strongest is None or _RANK[past.level] > _RANK[strongest.level]):
            strongest = past
    if strongest is None or _RANK[strongest.level] <= _RANK[current.level]:
        return current
    return Screening(
        level=strongest.level,
        categories=tuple(dict.fromkeys(current.categories + strongest.categories)),
        matches=current.matches,
        subject=current.subject if current.is_crisis else strongest.subject,
        turn_level=current.level,
    )
