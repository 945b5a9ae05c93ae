"""Crisis resources per region, loaded from `prompts/crisis_resources.yaml` and validated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from alongside.errors import ConfigError
from alongside.settings import PROMPTS_DIR

if TYPE_CHECKING:
    from alongside.settings import Settings

RESOURCES_FILE = PROMPTS_DIR / "crisis_resources.yaml"

METHODS = ("call", "text", "chat")
ROLES = ("emergency", "crisis", "support")
_HREF_SCHEMES = {"call": ("tel:",), "text": ("sms:",), "chat": ("https://",)}
_REQUIRED = ("id", "service", "short", "role", "contacts", "hours", "languages", "serves",
             "when", "last_verified")


@dataclass(frozen=True)
class Contact:
    """One way to reach a service: `method` is call, text or chat; `href` is tel:, sms: or https:."""

    method: str
    value: str
    href: str

    @property
    def label(self) -> str:
        verb = {"call": "Call", "text": "Text", "chat": "Chat at"}[self.method]
        return f"{verb} {self.value}"


@dataclass(frozen=True)
class Resource:
    """A crisis or support service, as listed in the resources file."""

    id: str
    service: str
    short: str
    role: str
    contacts: tuple[Contact, ...]
    hours: str
    languages: tuple[str, ...]
    serves: str
    when: str
    last_verified: dt.date
    for_others: bool = False
    categories: tuple[str, ...] = ()

    def applies_to(self, categories: tuple[str, ...] | list[str]) -> bool:
        """True unless the resource is limited to categories the screen did not report."""
        return not self.categories or any(c in self.categories for c in categories)


@dataclass(frozen=True)
class RegionResources:
    """The resources of one region, in the file's order."""

    code: str
    name: str
    resources: tuple[Resource, ...]

    @property
    def emergency(self) -> Resource:
        return next(r for r in self.resources if r.role == "emergency")

    @property
    def crisis_line(self) -> Resource:
        """The first crisis line that applies to everyone (988, Samaritans, Lifeline)."""
        return next(r for r in self.resources if r.role == "crisis" and not r.categories)

    def for_card(self, level: str, categories: tuple[str, ...] | list[str] = ()
                 ) -> tuple[Resource, ...]:
        """Resources for a card: emergency first on emergencies, crisis lines first otherwise.

        Lines limited to categories (abuse hotlines) come before the general crisis lines when
        they apply; support lines are left off emergency cards."""
        usable = [r for r in self.resources if r.applies_to(tuple(categories))]
        emergency = [r for r in usable if r.role == "emergency"]
        specific = [r for r in usable if r.role == "crisis" and r.categories]
        crisis = [r for r in usable if r.role == "crisis" and not r.categories]
        support = [r for r in usable if r.role == "support"]
        if level == "emergency":
            return tuple(emergency + specific + crisis)
        return tuple(specific + crisis + emergency + support)


def _fail(where: str, problem: str) -> ConfigError:
    return ConfigError(f"crisis resources file {RESOURCES_FILE.name}: {where}: {problem}")


def _parse_contact(where: str, raw: Any) -> Contact:
    if not isinstance(raw, dict):
        raise _fail(where, "each contact must be a mapping with method, value and href")
    method, value, href = raw.get("method"), raw.get("value"), raw.get("href")
    if method not in METHODS:
        raise _fail(where, f"contact method must be one of {', '.join(METHODS)}, not {method!r}")
    if not value or not isinstance(value, (str, int)):
        raise _fail(where, "contact value is missing")
    if not isinstance(href, str) or not href.startswith(_HREF_SCHEMES[method]):
        raise _fail(where, f"{method} contact href must start with "
                           f"{' or '.join(_HREF_SCHEMES[method])}, not {href!r}")
    return Contact(method=method, value=str(value), href=href)


def _parse_resource(region: str, index: int, raw: Any) -> Resource:
    where = f"region {region}, resource {index + 1}"
    if not isinstance(raw, dict):
        raise _fail(where, "must be a mapping")
    missing = [k for k in _REQUIRED if raw.get(k) in (None, "", [])]
    if missing:
        raise _fail(where, f"missing {', '.join(missing)}")
    where = f"region {region}, resource {raw['id']}"
    if raw["role"] not in ROLES:
        raise _fail(where, f"role must be one of {', '.join(ROLES)}, not {raw['role']!r}")
    verified = raw["last_verified"]
    if isinstance(verified, str):
        try:
            verified = dt.date.fromisoformat(verified)
        except ValueError:
            raise _fail(where, f"last_verified must be a date, not {verified!r}") from None
    if not isinstance(verified, dt.date):
        raise _fail(where, "last_verified must be a date (YYYY-MM-DD)")
    contacts = raw["contacts"]
    if not isinstance(contacts, list):
        raise _fail(where, "contacts must be a list")
    languages = raw["languages"]
    if isinstance(languages, str):
        languages = [languages]
    return Resource(
        id=str(raw["id"]),
        service=str(raw["service"]),
        short=str(raw["short"]),
        role=raw["role"],
        contacts=tuple(_parse_contact(where, c) for c in contacts),
        hours=str(raw["hours"]),
        languages=tuple(str(x) for x in languages),
        serves=" ".join(str(raw["serves"]).split()),
        when=str(raw["when"]),
        last_verified=verified,
        for_others=bool(raw.get("for_others", False)),
        categories=tuple(str(c) for c in raw.get("categories") or ()),
    )


@lru_cache(maxsize=8)
def _load_file(path: str) -> tuple[dict[str, RegionResources], dict[str, str], str]:
    file = Path(path)
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"crisis resources file not found at {file}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"crisis resources file {file} is not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("regions"), dict):
        raise ConfigError(f"crisis resources file {file} must have a 'regions' mapping")
    regions: dict[str, RegionResources] = {}
    for code, body in data["regions"].items():
        code = str(code).upper()
        if not isinstance(body, dict) or not isinstance(body.get("resources"), list):
            raise _fail(f"region {code}", "must have a name and a list of resources")
        resources = tuple(_parse_resource(code, i, r) for i, r in enumerate(body["resources"]))
        roles = {r.role for r in resources}
        if "emergency" not in roles:
            raise _fail(f"region {code}", "needs an emergency entry (role: emergency)")
        if not any(r.role == "crisis" and not r.categories for r in resources):
            raise _fail(f"region {code}", "needs a crisis line for everyone (role: crisis)")
        regions[code] = RegionResources(code=code, name=str(body.get("name", code)),
                                        resources=resources)
    aliases = {str(k).upper(): str(v).upper() for k, v in (data.get("aliases") or {}).items()}
    for alias, target in aliases.items():
        if target not in regions:
            raise _fail(f"alias {alias}", f"points to unknown region {target}")
    default = str(data.get("default_region", "US")).upper()
    if default not in regions:
        raise _fail("default_region", f"{default} is not a region in the file")
    return regions, aliases, default


def known_regions(path: str | Path | None = None) -> list[str]:
    """Region codes in the resources file, aliases included (for example UK for GB)."""
    regions, aliases, _ = _load_file(str(path or RESOURCES_FILE))
    return sorted(set(regions) | set(aliases))


def load_resources(region: str | None = None, path: str | Path | None = None
                   ) -> RegionResources:
    """The resources for `region` (case-insensitive; default: the file's default region).

    Raises:
        ConfigError: the file is missing or malformed, or the region is not in it.
    """
    regions, aliases, default = _load_file(str(path or RESOURCES_FILE))
    code = (region or default).strip().upper()
    code = aliases.get(code, code)
    if code not in regions:
        names = ", ".join(sorted(regions))
        alias_text = ", ".join(f"{a} = {t}" for a, t in sorted(aliases.items()))
        raise ConfigError(
            f"unknown crisis-resources region {region!r} (ALONGSIDE_REGION): known regions are "
            f"{names}" + (f" (aliases: {alias_text})" if alias_text else "")
            + "; set ALONGSIDE_REGION to one of them"
        )
    return regions[code]


def resources_for(settings: Settings) -> RegionResources:
    """The resources for the configured region (`Settings.region`, env ALONGSIDE_REGION)."""
    return load_resources(settings.region)
