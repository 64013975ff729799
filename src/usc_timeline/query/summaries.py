"""Per-actor, per-issue and per-place roll-ups behind `timeline actors/issues/places`.

One pass over the events gives each name its event count, date range and the
company it keeps, so the listings need no second query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from usc_timeline.model import Actor, Event


@dataclass(frozen=True, slots=True)
class ActorSummary:
    """One actor across the timeline."""

    name: str
    country: str | None
    kind: str
    roles: tuple[str, ...]
    events: int
    first: date | None
    last: date | None
    kinds: tuple[tuple[str, int], ...]  # event kinds, most frequent first
    first_label: str | None = None  # the earliest event's date as people read it ('1979')
    last_label: str | None = None


@dataclass(frozen=True, slots=True)
class TagSummary:
    """One issue or place across the timeline."""

    name: str
    events: int
    first: date | None
    last: date | None
    countries: tuple[str, ...]  # countries of the actors involved, most frequent first
    actors: tuple[str, ...]  # the most frequent actors, most frequent first
    first_label: str | None = None
    last_label: str | None = None


class _Acc:
    """Running totals for one name while the events stream past."""

    __slots__ = ("actors", "count", "countries", "first", "first_label", "kinds", "last",
                 "last_label", "roles")

    def __init__(self) -> None:
        self.count = 0
        self.first: date | None = None
        self.last: date | None = None
        self.first_label: str | None = None
        self.last_label: str | None = None
        self.roles: dict[str, None] = {}
        self.kinds: dict[str, int] = {}
        self.countries: dict[str, int] = {}
        self.actors: dict[str, int] = {}

    def add(self, ev: Event) -> None:
        """Count the event, its kind, and widen the date range to cover it."""
        self.count += 1
        self.kinds[ev.kind] = self.kinds.get(ev.kind, 0) + 1
        if ev.date is not None:
            if self.first is None or ev.date.start < self.first:
                self.first, self.first_label = ev.date.start, ev.date.label
            if self.last is None or ev.date.end > self.last:
                self.last, self.last_label = ev.date.end, ev.date.label


def _top(counts: Mapping[str, int], n: int | None = None) -> tuple[str, ...]:
    """Keys by count, most frequent first (ties by key), at most `n` of them."""
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    return tuple(ranked[:n] if n else ranked)


def summarize_actors(events: Iterable[Event]) -> list[ActorSummary]:
    """Actors by number of events (then name), with their roles, country and date range."""
    accs: dict[str, _Acc] = {}
    meta: dict[str, Actor] = {}
    for ev in events:
        for name in dict.fromkeys(a.name for a in ev.actors):
            accs.setdefault(name, _Acc()).add(ev)
        for a in ev.actors:
            meta.setdefault(a.name, a)
            if a.role:
                accs[a.name].roles.setdefault(a.role)
            if a.country and meta[a.name].country is None:
                meta[a.name] = a
    out = [
        ActorSummary(
            name=name, country=meta[name].country, kind=meta[name].kind,
            roles=tuple(acc.roles), events=acc.count, first=acc.first, last=acc.last,
            kinds=tuple((k, acc.kinds[k]) for k in _top(acc.kinds)),
            first_label=acc.first_label, last_label=acc.last_label,
        )
        for name, acc in accs.items()
    ]
    return sorted(out, key=lambda s: (-s.events, s.name.casefold()))


def _summarize_tags(events: Iterable[Event], values_of: Callable[[Event], tuple[str, ...]]
                    ) -> list[TagSummary]:
    """Each value `values_of` gives an event, by number of events, with who was involved."""
    accs: dict[str, _Acc] = {}
    for ev in events:
        for value in dict.fromkeys(values_of(ev)):
            acc = accs.setdefault(value, _Acc())
            acc.add(ev)
            for a in ev.actors:
                if a.country:
                    acc.countries[a.country] = acc.countries.get(a.country, 0) + 1
                if a.kind == "person":
                    acc.actors[a.name] = acc.actors.get(a.name, 0) + 1
    out = [
        TagSummary(name=name, events=acc.count, first=acc.first, last=acc.last,
                   countries=_top(acc.countries), actors=_top(acc.actors, 3),
                   first_label=acc.first_label, last_label=acc.last_label)
        for name, acc in accs.items()
    ]
    return sorted(out, key=lambda s: (-s.events, s.name.casefold()))


def summarize_issues(events: Iterable[Event]) -> list[TagSummary]:
    """Issue tags by number of events, with the countries and actors involved."""
    return _summarize_tags(events, lambda ev: ev.issues)


def summarize_places(events: Iterable[Event]) -> list[TagSummary]:
    """Places by number of events, with the countries and actors involved."""
    return _summarize_tags(events, lambda ev: ev.places)
