"""Selecting events: what the user asked for, and the events that satisfy it.

Semantics users rely on: repeating one option means any of its values; different
options must all hold; an event is kept when its date interval overlaps
[since, until]; undated events drop out as soon as a date bound is given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from usc_timeline.model import Event
from usc_timeline.query.aliases import Aliases
from usc_timeline.query.bounds import parse_bound
from usc_timeline.query.keys import actor_keys, fold, source_keys, tag


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What the user asked for; empty tuples and None mean 'no constraint'."""

    actors: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    search: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    limit: int | None = None
    reverse: bool = False

    @property
    def selects(self) -> bool:
        """True when at least one option narrows the events (limit/reverse do not)."""
        return bool(
            self.actors or self.issues or self.places or self.kinds or self.statuses
            or self.sources or self.search or self.since or self.until
        )


def _wanted(values: Iterable[str], aliases: Mapping[str, str]) -> set[str]:
    """The folded values asked for, plus what each one is an alias of."""
    out: set[str] = set()
    for v in values:
        key = fold(v)
        out.add(key)
        if key in aliases:
            out.add(fold(aliases[key]))
    return out


def _haystack(event: Event) -> str:
    """The folded text `--search` looks in: the title and every source sentence."""
    return fold(" ".join([event.title, *(s.sentence for s in event.sources)]))


def filter_events(
    events: Sequence[Event], flt: EventFilter, aliases: Aliases | None = None
) -> list[Event]:
    """The events `flt` selects, in input order (reversed with `reverse`), at most `limit`."""
    al = aliases or Aliases()
    actors = _wanted(flt.actors, al.actors)
    places = _wanted(flt.places, al.places)
    issues = {tag(v) for v in flt.issues}
    kinds = {tag(v) for v in flt.kinds}
    statuses = {tag(v) for v in flt.statuses}
    sources = {fold(v) for v in flt.sources}
    searches = [fold(v).split() for v in flt.search]
    lo = parse_bound(flt.since, end=False) if flt.since else None
    hi = parse_bound(flt.until, end=True) if flt.until else None

    out: list[Event] = []
    for ev in events:
        if actors and not any(actor_keys(a) & actors for a in ev.actors):
            continue
        if places and not any(fold(p) in places for p in ev.places):
            continue
        if issues and not issues.intersection(ev.issues):
            continue
        if kinds and ev.kind not in kinds:
            continue
        if statuses and ev.status not in statuses:
            continue
        if sources and not any(source_keys(s.document) & sources for s in ev.sources):
            continue
        if searches:
            hay = _haystack(ev)
            if not any(all(w in hay for w in words) for words in searches):
                continue
        if lo or hi:
            if ev.date is None:
                continue
            if lo and ev.date.end < lo:
                continue
            if hi and ev.date.start > hi:
                continue
        out.append(ev)
    if flt.reverse:
        out.reverse()
    if flt.limit is not None:
        out = out[: max(flt.limit, 0)]
    return out
