"""Lexicon entries: people with dated roles, titles, countries, institutions, places, issues.

These are plain frozen records; the indexes that make lookups fast live on `Lexicon`
(see `lexicon.py`), so the records stay cheap to build and to compare.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Name particles that never serve as the surname used alone in text ("Jr.", "III").
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# Countries whose people are written family name first in English news
# ("Xi Jinping" -> "Xi", "Tsai Ing-wen" -> "Tsai", "Yoon Suk Yeol" -> "Yoon").
FAMILY_NAME_FIRST = frozenset({"CN", "TW", "KR", "KP"})


@dataclass(frozen=True, slots=True)
class Role:
    """A title held between two dates (either may be unknown)."""

    title: str
    start: date | None = None
    end: date | None = None

    def active_on(self, day: date | None) -> bool:
        """True when the role was held on `day` (both ends inclusive); an unknown day -> True."""
        if day is None:
            return True
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day > self.end)


def _start_key(role: Role) -> date:
    return role.start or date.min


@dataclass(frozen=True, slots=True)
class Person:
    """A named person; `short` is the surname used alone in text ('Blinken', 'Xi')."""

    name: str
    country: str | None
    aliases: tuple[str, ...]
    short: str
    roles: tuple[Role, ...]

    def role_on(self, day: date | None) -> Role | None:
        """The role active on `day` (the latest-starting one when several overlap).

        With no day, the latest role: the best guess for undated text.
        """
        if not self.roles:
            return None
        if day is None:
            return max(self.roles, key=_start_key)
        if len(self.roles) == 1:
            return self.roles[0] if self.roles[0].active_on(day) else None
        active = [r for r in self.roles if r.active_on(day)]
        return max(active, key=_start_key) if active else None


def derive_short(name: str, country: str | None) -> str:
    """The surname used alone: first token for family-name-first countries, else the last."""
    tokens = [t for t in name.split() if t.lower() not in _SUFFIXES]
    if not tokens:
        return name
    return tokens[0] if country in FAMILY_NAME_FIRST else tokens[-1]


@dataclass(frozen=True, slots=True)
class Title:
    """A role phrase ('Secretary of State') that makes the following name an actor.
    `holders_listed`: people.toml names every holder of this country's office, so an
    unknown name after the bare title holds another country's office of that name."""

    names: tuple[str, ...]
    role: str
    country: str | None
    holders_listed: bool = False


@dataclass(frozen=True, slots=True)
class Country:
    """A country; its capital doubles as a metonym for its government ('Beijing said')."""

    code: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str | None


@dataclass(frozen=True, slots=True)
class Institution:
    """A government body or organisation that can act ('the Pentagon said')."""

    name: str
    aliases: tuple[str, ...]
    country: str | None


PLACE_KINDS = frozenset({"city", "region", "sea", "country", "venue", "island"})


@dataclass(frozen=True, slots=True)
class Place:
    """A location where events happen, with the country it belongs to."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class Issue:
    """An issue tag and the phrases that signal it."""

    tag: str
    keywords: tuple[str, ...]
