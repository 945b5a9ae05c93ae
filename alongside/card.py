"""The crisis card: what the app shows when the screen fires, before (or instead of) an answer.

Wording follows safe-messaging practice: acknowledge, be direct, give the resource and one
next step; no method detail, no "committed suicide", no blame, no promise of secrecy. The words
differ for someone speaking of themselves, a family member speaking of someone else, and a
counselor. Emergency cards lead with the region's emergency number and "now".
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from alongside.crisis import Screening
from alongside.resources import RegionResources, Resource, load_resources

_GROUP = {
    "ideation": "suicide",
    "hopelessness": "suicide",
    "plan_means": "suicide",
    "farewell": "suicide",
    "attempt": "suicide",
    "self_harm": "suicide",
    "overdose": "suicide",
    "harm_to_others": "violence",
    "abuse": "abuse",
    "psychosis_danger": "psychosis",
    "unable_to_care": "care",
}

CATEGORY_LABELS = {
    "ideation": "suicidal thoughts",
    "hopelessness": "hopelessness or feeling a burden",
    "plan_means": "a plan or access to means",
    "farewell": "farewell behaviour",
    "self_harm": "self-harm",
    "overdose": "overdose or a medical emergency",
    "harm_to_others": "threats or violence toward others",
    "psychosis_danger": "psychosis with danger",
    "abuse": "abuse or violence",
    "unable_to_care": "inability to care for themselves",
    "attempt": "a recent attempt",
}

# Text per (level, speaker, group). Placeholders: {emergency} the emergency number, {crisis}
# the crisis line's short name, {reach} "call or text 988" (what the crisis line offers),
# {labels} the categories in words (counselor cards).
_HEADINGS = {
    ("emergency", "self"): "Your safety comes first: call {emergency} now",
    ("emergency", "family"): "Call {emergency} now",
    ("emergency", "counselor"): "Imminent risk: contact emergency services ({emergency}) now",
    ("concern", "self"): "You don't have to carry this alone",
    ("concern", "family"): "If you're worried about their safety",
    ("concern", "counselor"): "Risk indicators in this message",
}
_HEADINGS_BY_GROUP = {
    ("concern", "self", "abuse"): "You deserve to be safe",
    ("concern", "self", "violence"): "Let's keep everyone safe",
    ("concern", "family", "abuse"): "If someone is being hurt",
    ("concern", "family", "violence"): "If someone may be in danger",
}

_LINES: dict[tuple[str, str, str], tuple[str, ...]] = {
    # ---------------------------------------------------------------- emergency
    ("emergency", "self", "suicide"): (
        ("What you've written sounds like you may be in danger right now. You deserve help "
        "this minute."),
        "Call {emergency} now, or go to the nearest emergency department.",
        ("If you can, move away from anything you could use to hurt yourself, and go to where "
        "other people are."),
        "You can also {reach} any time to talk with someone trained to help.",
    ),
    ("emergency", "self", "violence"): (
        "It sounds like someone could be hurt right now.",
        "Call {emergency} now.",
        ("Put distance between you and the other person, and move away from anything that "
        "could be used to hurt someone."),
        "You can also {reach} any time to talk with someone trained to help.",
    ),
    ("emergency", "self", "abuse"): (
        "It sounds like you are being hurt, and you deserve to be safe. It is not your fault.",
        "If you are in danger now, call {emergency}.",
        ("If you can, go to a safe place or to an adult you trust, like a teacher, a school "
        "counselor or a neighbour, and tell them what is happening."),
    ),
    ("emergency", "family", "suicide"): (
        "This sounds like an emergency. Call {emergency} now.",
        ("Stay with them if it is safe for you to do so. If you are not with them, tell the "
        "dispatcher where they are."),
        "If it is safe, move anything they could use to hurt themselves out of reach.",
        "If you are in danger yourself, get to a safe place first.",
    ),
    ("emergency", "family", "violence"): (
        "This sounds like an emergency. Call {emergency} now.",
        "Get yourself and others to a safe place first. Do not try to restrain them.",
        "Tell the dispatcher it is a mental-health crisis and whether there is a weapon.",
    ),
    ("emergency", "family", "abuse"): (
        "If someone is being hurt right now, call {emergency} now.",
        "If a child is being hurt, call {emergency} now and stay with the child if it is safe.",
        "Get yourself and others to a safe place first.",
    ),
    ("emergency", "family", "psychosis"): (
        "This sounds like an emergency. Call {emergency} now.",
        "Tell the dispatcher it is a mental-health crisis and whether there is a weapon.",
        "Get yourself and others to a safe place first. Do not try to restrain them.",
    ),
    ("emergency", "family", "care"): (
        "This sounds like an emergency. Call {emergency} now.",
        "Stay with them if it is safe to do so, or tell the dispatcher where they are.",
    ),
    ("emergency", "counselor", "any"): (
        ("This message describes imminent danger. Contact emergency services ({emergency}) now, "
        "or have a colleague call while you stay with the client or on the line."),
        ("Do not leave a person at imminent risk alone. Follow your agency's emergency protocol "
        "and inform your supervisor."),
        ("When the immediate danger has passed, coordinate with the prescriber and the care "
        "team, and document what happened."),
    ),
    # ---------------------------------------------------------------- concern
    ("concern", "self", "suicide"): (
        ("Thank you for saying this. It sounds like you're going through something really "
        "painful."),
        "You can {reach} any time, day or night, to talk with someone trained to help.",
        ("If you think you might act on these thoughts, or you are in danger, call {emergency} "
        "now."),
        ("One step for right now: tell someone you trust how you're feeling, or reach out to "
        "{crisis}."),
    ),
    ("concern", "self", "violence"): (
        ("It sounds like you're having thoughts of hurting someone. Saying so is a good first "
        "step."),
        ("Put some distance between you and the other person, and away from anything that "
        "could be used to hurt someone."),
        "You can {reach} to talk it through with someone trained to help.",
        "If you might act on it, call {emergency} now.",
    ),
    ("concern", "self", "abuse"): (
        "What you describe is not okay, and it is not your fault.",
        "If you are in danger now, call {emergency}.",
        ("The lines below can help you think about staying safe. One step for right now: tell "
        "someone you trust what is happening."),
    ),
    ("concern", "self", "psychosis"): (
        ("If voices or thoughts are telling you to hurt yourself or someone else, help is "
        "available now."),
        "If you feel you might act on them, call {emergency} now.",
        "You can also {reach} any time to talk with someone trained to help.",
    ),
    ("concern", "self", "care"): (
        ("It sounds like taking care of yourself has become very hard. You deserve help with "
        "that."),
        ("If you are unwell, very cold, or haven't eaten or had anything to drink for days, "
        "call {emergency}."),
        "You can {reach} any time to talk with someone trained to help.",
    ),
    ("concern", "family", "suicide"): (
        "What you describe can be a warning sign, and you're right to take it seriously.",
        ("Ask them directly whether they are thinking about suicide. Asking does not put the "
        "idea in their head, and it shows you care."),
        ("Stay close, and if it is safe to do so, lock away or remove anything they could use "
        "to hurt themselves."),
        "If they are in danger now, call {emergency}.",
    ),
    ("concern", "family", "violence"): (
        "Threats of violence are worth taking seriously, even from someone you love.",
        ("If anyone is in danger now, call {emergency}, and get yourself and others to a safe "
        "place first."),
        "If it is safe, put anything that could be used as a weapon out of reach.",
    ),
    ("concern", "family", "abuse"): (
        "What you describe may be abuse, and you're right to act on it.",
        "If anyone is in danger now, call {emergency}.",
        "The lines below can help you decide what to do next.",
    ),
    ("concern", "family", "psychosis"): (
        ("Voices or beliefs that push someone toward harm are a reason to get help now, even "
        "if they seem calm."),
        ("If they might act on them, or have a weapon, call {emergency} and say it is a "
        "mental-health crisis."),
        "If it is safe, put weapons and other dangerous objects out of reach.",
    ),
    ("concern", "family", "care"): (
        ("When someone cannot look after their basic needs, like food, water or warmth, it can "
        "become dangerous quickly."),
        ("If they are in danger from cold, from going without food or water, or from "
        "confusion, call {emergency}."),
    ),
    ("concern", "counselor", "any"): (
        "This message contains risk indicators: {labels}.",
        "Assess current risk directly, including intent, plan, access to means and timeline.",
        ("Review or build a safety plan with the client, including steps to reduce access to "
        "means."),
        ("Coordinate with the prescriber and the care team, and document per your agency's "
        "protocol."),
        "If risk is imminent, contact emergency services ({emergency}).",
    ),
}

_FOR_OTHERS = ("{crisis} also takes calls from people worried about someone else: {reach} to "
               "get help with what to say and do.")
_UNKNOWN_SUBJECT = ("If you're writing about someone else, {crisis} also takes calls from "
                    "people worried about another person.")
_COUNSELOR_CRISIS = "{crisis} is available to the client and their family any time."
_COUNSELOR_REPORTING = ("If a child or a vulnerable adult may be at risk, follow your reporting "
                        "duties as well.")
_OVERDOSE_FAMILY = ("If they may have taken too much of a medicine or another substance, tell "
                    "the dispatcher what and how much if you know, and keep the containers for "
                    "the paramedics.")
_OVERDOSE_SELF = ("If you have taken too much of a medicine or another substance, call "
                  "{emergency} now, even if you feel all right.")
_STICKY = "Something said earlier in this conversation suggested a risk to safety."


@dataclass(frozen=True)
class Link:
    """A tap-to-call, tap-to-text or chat link."""

    label: str
    href: str
    resource_id: str


@dataclass(frozen=True)
class CrisisCard:
    """The card shown first whenever a conversation has had a crisis."""

    level: str  # concern | emergency
    heading: str
    lines: tuple[str, ...]
    resources: tuple[Resource, ...]
    links: tuple[Link, ...]
    speaker: str = "self"  # self | family | counselor: whom the words address
    region: str = "US"

    def to_text(self) -> str:
        """Plain text for the CLI."""
        out = [f"*** {self.heading} ***", ""]
        out += [f"  * {line}" for line in self.lines]
        out.append("")
        for r in self.resources:
            ways = "; ".join(f"{c.label} ({c.href})" for c in r.contacts)
            out.append(f"  {r.service} [{r.hours}]: {ways}")
        return "\n".join(out)

    def to_markdown(self) -> str:
        """Markdown for chat transcripts and reports."""
        out = [f"### {_md(self.heading)}", ""]
        out += [f"- {_md(line)}" for line in self.lines]
        out.append("")
        for r in self.resources:
            ways = " · ".join(f"[{_md(c.label)}]({c.href})" for c in r.contacts)
            out.append(f"**{_md(r.service)}** ({_md(r.hours)}): {ways}  ")
        return "\n".join(out).rstrip() + "\n"

    def to_html(self) -> str:
        """A bordered alert box for a Gradio `gr.HTML` block. Every string is escaped."""
        e = _esc
        urgent = self.level == "emergency"
        border = "#b00020" if urgent else "#b45309"
        background = "#fff1f2" if urgent else "#fffbeb"
        parts = [
            (f'<div class="alongside-crisis-card alongside-crisis-{e(self.level)}" role="alert" '
            f'aria-live="assertive" style="border:3px solid {border};border-radius:12px;'
            f'padding:14px 18px;margin:0 0 12px 0;background:{background};color:#111827;'
            f'font-size:1rem;line-height:1.45">'),
            f'<h3 style="margin:0 0 8px 0;font-size:1.2rem;color:{border}">{e(self.heading)}</h3>',
            '<ul style="margin:0 0 10px 1.1em;padding:0">',
        ]
        parts += [f'<li style="margin:2px 0">{e(line)}</li>' for line in self.lines]
        parts.append("</ul>")
        parts.append('<div class="alongside-crisis-links" style="display:flex;flex-wrap:wrap;'
                     'gap:8px;margin:0 0 10px 0">')
        for link in self.links:
            primary = link.resource_id == self.resources[0].id if self.resources else False
            fill = border if primary else "#ffffff"
            ink = "#ffffff" if primary else border
            target = ' target="_blank" rel="noopener noreferrer"' if link.href.startswith(
                "https://") else ""
            parts.append(
                f'<a href="{e(link.href)}"{target} style="display:inline-block;padding:8px 14px;'
                f'border:2px solid {border};border-radius:999px;background:{fill};color:{ink};'
                f'font-weight:600;text-decoration:none">{e(link.label)}</a>'
            )
        parts.append("</div>")
        parts.append('<dl style="margin:0;font-size:0.9rem">')
        for r in self.resources:
            parts.append(f'<dt style="font-weight:600;margin-top:4px">{e(r.service)}</dt>')
            detail = f"{r.hours}. {r.when}. Languages: {', '.join(r.languages)}."
            parts.append(f'<dd style="margin:0 0 0 0.8em">{e(detail)}</dd>')
        parts.append("</dl></div>")
        return "".join(parts)


def _esc(text: str) -> str:
    return html.escape(str(text), quote=True)


_MD_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]()#|<>"})


def _md(text: str) -> str:
    return str(text).translate(_MD_SPECIAL)


def _reach(resource: Resource) -> str:
    """How to reach a line, in words: "call or text 988", "call Samaritans (116 123)"."""
    methods = [c.method for c in resource.contacts]
    if "call" in methods and "text" in methods:
        verb = "call or text"
    elif "text" in methods:
        verb = "text"
    else:
        verb = "call"
    return f"{verb} {resource.short}"


def _speaker(screening: Screening, audience: str) -> str:
    if audience == "counselor":
        return "counselor"
    return "family" if screening.subject == "other" else "self"


def build_card(screening: Screening, audience: str = "family",
               resources: RegionResources | str | None = None) -> CrisisCard | None:
    """The crisis card for a screening, or None when the screening found no crisis.

    Args:
        screening: from `alongside.crisis.screen` or `screen_conversation`; the card shows
            `screening.level` (the strongest level in the conversation).
        audience: "family" or "counselor" (the app's audience setting).
        resources: the region's resources, a region code, or None for the default region.
    """
    if not screening.is_crisis:
        return None
    region = resources if isinstance(resources, RegionResources) else load_resources(resources)
    level = "emergency" if screening.level == "emergency" else "concern"
    speaker = _speaker(screening, audience)
    categories = screening.categories or ("ideation",)
    group = _GROUP.get(categories[0], "suicide")
    crisis = region.crisis_line
    fill = {
        "emergency": region.emergency.short,
        "crisis": crisis.short,
        "reach": _reach(crisis),
        "labels": ", ".join(CATEGORY_LABELS.get(c, c) for c in categories),
    }
    key_group = "any" if speaker == "counselor" else group
    lines = list(_LINES.get((level, speaker, key_group))
                 or _LINES[(level, speaker, "suicide")])
    if speaker == "counselor":
        lines.append(_COUNSELOR_CRISIS)
        if "abuse" in categories:
            lines.append(_COUNSELOR_REPORTING)
    elif "overdose" in categories and level == "emergency":
        if speaker == "family":
            lines.insert(1, _OVERDOSE_FAMILY)
        else:
            lines.insert(2, _OVERDOSE_SELF)
    if speaker == "family" and crisis.for_others:
        lines.append(_FOR_OTHERS)
    elif speaker == "self" and screening.subject == "unknown" and crisis.for_others:
        lines.append(_UNKNOWN_SUBJECT)
    if getattr(screening, "sticky", False):
        lines.insert(0, _STICKY)
    heading = (_HEADINGS_BY_GROUP.get((level, speaker, group))
               or _HEADINGS[(level, speaker)])
    chosen = region.for_card(level, categories)
    links = tuple(Link(c.label, c.href, r.id) for r in chosen for c in r.contacts)
    return CrisisCard(
        level=level,
        heading=heading.format(**fill),
        lines=tuple(line.format(**fill) for line in lines),
        resources=chosen,
        links=links,
        speaker=speaker,
        region=region.code,
    )
