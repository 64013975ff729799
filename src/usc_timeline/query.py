"""Selecting events: the filters behind `timeline list/filter/export`, their checks, summaries.

Semantics users rely on: repeating one option means any of its values; different
options must all hold; an event is kept when its date interval overlaps
[since, until]; undated events drop out as soon as a date bound is given.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from usc_timeline.model import EVENT_KINDS, EVENT_STATUSES, Actor, Event

if TYPE_CHECKING:
    from usc_timeline.lexicon import Lexicon

_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_BOUND = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def fold(s: str) -> str:
    """Case- and space-insensitive key; curly apostrophes count as straight ones."""
    return " ".join(s.replace("\u2019", "'").split()).casefold()


def tag(s: str) -> str:
    """A kind or issue as typed ('Export controls', 'export-controls') in its tag form."""
    return re.sub(r"[\s\-]+", "_", s.strip()).casefold()


# ---------------------------------------------------------------- the filter


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


@dataclass(frozen=True, slots=True)
class Aliases:
    """Other names users type, mapped to what events carry (folded key -> canonical).

    `actors` maps to an actor's canonical name or to a country code ('China' -> 'CN');
    `places` maps to a place's canonical name. Usually built from the lexicon.
    """

    actors: Mapping[str, str] = field(default_factory=dict)
    places: Mapping[str, str] = field(default_factory=dict)
    # canonical names the lexicon knows, for values valid but absent from this corpus
    actor_names: tuple[str, ...] = ()
    place_names: tuple[str, ...] = ()
    issue_tags: tuple[str, ...] = ()


def aliases_from_lexicon(lex: Lexicon) -> Aliases:
    """Every person, country, institution and place name and alias the lexicon knows."""
    actors: dict[str, str] = {}
    for person in lex.people:
        for form in (person.name, *person.aliases, person.short):
            actors.setdefault(fold(form), person.name)
    for inst in lex.institutions:
        for form in (inst.name, *inst.aliases):
            actors.setdefault(fold(form), inst.name)
    for country in lex.countries:
        for form in (country.name, *country.aliases):
            actors.setdefault(fold(form), country.code)
    places: dict[str, str] = {}
    for place in lex.places:
        for form in (place.name, *place.aliases):
            places.setdefault(fold(form), place.name)
    return Aliases(
        actors=actors,
        places=places,
        actor_names=tuple(p.name for p in lex.people)
        + tuple(i.name for i in lex.institutions)
        + tuple(c.name for c in lex.countries),
        place_names=tuple(p.name for p in lex.places),
        issue_tags=tuple(i.tag for i in lex.issues),
    )


def parse_bound(value: str, *, end: bool) -> date:
    """'2023', '2023-05' or '2023-05-10' as its first day (or last, with end=True)."""
    m = _BOUND.match(value.strip())
    if not m:
        raise ValueError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-05")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"bad date {value!r}: no such day") from None


def _last_word(name: str) -> str:
    words = [w for w in name.split() if w.lower() not in _SUFFIXES]
    return words[-1] if words else name


def actor_keys(actor: Actor) -> set[str]:
    """Folded names an actor answers to: full name, first and last word, country code."""
    keys = {fold(actor.name)}
    words = [w for w in actor.name.split() if w.lower() not in _SUFFIXES]
    if actor.kind == "person" and len(words) > 1:
        keys.add(fold(words[0]))  # family name first (Xi Jinping, Wang Yi)
        keys.add(fold(words[-1]))
    if actor.country:
        keys.add(fold(actor.country))
    return keys


def _wanted(values: Iterable[str], aliases: Mapping[str, str]) -> set[str]:
    out: set[str] = set()
    for v in values:
        key = fold(v)
        out.add(key)
        if key in aliases:
            out.add(fold(aliases[key]))
    return out


def _source_keys(doc_id: str) -> set[str]:
    name = doc_id.replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return {fold(doc_id), fold(name), fold(stem)}


def _haystack(event: Event) -> str:
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
        if sources and not any(_source_keys(s.document) & sources for s in ev.sources):
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


# ---------------------------------------------------------------- usage checks


def suggest(value: str, choices: Iterable[str], limit: int = 3) -> list[str]:
    """Known values close to a mistyped one, best first."""
    from rapidfuzz import fuzz, process, utils

    pool = list(dict.fromkeys(c for c in choices if c))
    found = process.extract(
        value, pool, scorer=fuzz.WRatio, processor=utils.default_process,
        limit=limit * 3, score_cutoff=72,
    )
    best = [str(choice) for choice, _score, _i in found]
    return best[:limit]


def _did_you_mean(what: str, value: str, hints: list[str], listing: str) -> str:
    msg = f"no {what} matches {value!r}"
    if hints:
        quoted = [repr(h) for h in hints]
        alts = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
        return f"{msg}; did you mean {alts}?"
    return f"{msg}; {listing}"


def _full_names_for(hints: list[str], actors: Iterable[Actor]) -> list[str]:
    """Map suggested short names/codes back to a full actor name where one is unique."""
    by_key: dict[str, set[str]] = {}
    for a in actors:
        for k in actor_keys(a):
            by_key.setdefault(k, set()).add(a.name)
    out: list[str] = []
    for h in hints:
        names = by_key.get(fold(h), set())
        out.append(next(iter(names)) if len(names) == 1 else h)
    return list(dict.fromkeys(out))


def check_filter(
    flt: EventFilter,
    events: Sequence[Event],
    aliases: Aliases | None = None,
    documents: Iterable[str] = (),
) -> list[str]:
    """Usage errors for filter values that match nothing the corpus (or lexicon) knows."""
    al = aliases or Aliases()
    errors: list[str] = []
    all_actors = [a for ev in events for a in ev.actors]

    known_actor_keys: set[str] = set(al.actors)
    known_actor_keys.update(fold(n) for n in al.actor_names)
    for a in all_actors:
        known_actor_keys |= actor_keys(a)
    for v in flt.actors:
        if fold(v) not in known_actor_keys:
            names = [a.name for a in all_actors] + [_last_word(a.name) for a in all_actors]
            hints = suggest(v, names + list(al.actor_names))
            hints = _full_names_for(hints, all_actors)
            errors.append(_did_you_mean("actor", v, hints, "see `timeline actors`"))

    place_names = [p for ev in events for p in ev.places] + list(al.place_names)
    known_places = {fold(p) for p in place_names} | set(al.places)
    for v in flt.places:
        if fold(v) not in known_places:
            errors.append(_did_you_mean("place", v, suggest(v, place_names),
                                        "see `timeline places`"))

    issue_tags = sorted({i for ev in events for i in ev.issues} | set(al.issue_tags))
    for v in flt.issues:
        if tag(v) not in issue_tags:
            errors.append(_did_you_mean("issue", v, suggest(v, issue_tags),
                                        "see `timeline issues`"))

    for v in flt.kinds:
        if tag(v) not in EVENT_KINDS:
            errors.append(_did_you_mean("kind", v, suggest(v, EVENT_KINDS),
                                        "kinds: " + ", ".join(EVENT_KINDS)))
    for v in flt.statuses:
        if tag(v) not in EVENT_STATUSES:
            errors.append(_did_you_mean("status", v, suggest(v, EVENT_STATUSES),
                                        "statuses: " + ", ".join(EVENT_STATUSES)))

    doc_ids = sorted(set(documents) | {s.document for ev in events for s in ev.sources})
    known_docs: set[str] = set()
    for d in doc_ids:
        known_docs |= _source_keys(d)
    for v in flt.sources:
        if fold(v) not in known_docs:
            errors.append(_did_you_mean("source document", v, suggest(v, doc_ids),
                                        "see `timeline sources`"))

    bounds: dict[str, date] = {}
    for name, value, end in (("since", flt.since, False), ("until", flt.until, True)):
        if value is None:
            continue
        try:
            bounds[name] = parse_bound(value, end=end)
        except ValueError as exc:
            errors.append(f"--{name}: {exc}")
    if "since" in bounds and "until" in bounds and bounds["since"] > bounds["until"]:
        errors.append(f"--since {flt.since} is after --until {flt.until}")
    if flt.limit is not None and flt.limit < 0:
        errors.append(f"--limit must be 0 or more, not {flt.limit}")
    return errors


# ---------------------------------------------------------------- summaries


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
        self.count += 1
        self.kinds[ev.kind] = self.kinds.get(ev.kind, 0) + 1
        if ev.date is not None:
            if self.first is None or ev.date.start < self.first:
                self.first, self.first_label = ev.date.start, ev.date.label
            if self.last is None or ev.date.end > self.last:
                self.last, self.last_label = ev.date.end, ev.date.label


def _top(counts: Mapping[str, int], n: int | None = None) -> tuple[str, ...]:
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


def _summarize_tags(events: Iterable[Event], tags_of: str) -> list[TagSummary]:
    accs: dict[str, _Acc] = {}
    for ev in events:
        values: tuple[str, ...] = ev.issues if tags_of == "issues" else ev.places
        for value in dict.fromkeys(values):
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
    return _summarize_tags(events, "issues")


def summarize_places(events: Iterable[Event]) -> list[TagSummary]:
    """Places by number of events, with the countries and actors involved."""
    return _summarize_tags(events, "places")
