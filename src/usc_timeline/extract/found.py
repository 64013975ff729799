"""What entity finding gives: actors, places and issues at spans of a document."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from usc_timeline.lexicon import Country, Person
from usc_timeline.model import Actor


@dataclass(slots=True, eq=False)
class Found:
    """An actor, place or issue at a span of the document. Read-only by convention (not
    frozen: an article has thousands, and a frozen dataclass costs four times as much to
    make); `dataclasses.replace` gives a changed copy."""

    start: int
    end: int
    kind: str  # person | country | organization | place | issue
    actor: Actor | None = None
    place: str | None = None
    issue: str | None = None
    # a country adjective before a name; a country, or any place after `to`, named as a
    # place: only visits (and their cancellations) take those as places
    qualifier: bool = False
    person: Person | None = None  # the lexicon entry, to take the role on the event's date


@dataclass
class DocEntities:
    """Everything found in one document, sorted by position."""

    items: list[Found] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def between(self, start: int, end: int) -> list[Found]:
        """The items starting in [start, end) (a new list)."""
        starts = self.starts
        return self.items[bisect_left(starts, start):bisect_left(starts, end)]


_COUNTRY_ACTORS: dict[Country, Actor] = {}


def country_actor(country: Country) -> Actor:
    actor = _COUNTRY_ACTORS.get(country)
    if actor is None:
        actor = Actor(country.name, country.code, None, "country")
        if len(_COUNTRY_ACTORS) < 4096:
            _COUNTRY_ACTORS[country] = actor
    return actor


def person_actor(person: Person, day: date | None) -> Actor:
    role = person.role_on(day)
    return Actor(person.name, person.country, role.title if role else None, "person")
