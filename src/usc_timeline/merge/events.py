"""From clusters to Events: kind, status, actors, places, issues, title, sources and
conflicts; then stable ids and a date order that does not depend on input order."""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date

from usc_timeline.lexicon import Lexicon, default_lexicon
from usc_timeline.model import Actor, DateSpan, Document, Event, Mention

from .clause_titles import clause_title
from .cluster import cluster_mentions
from .dates import conflicts, event_date, unique_sources
from .features import Features, Geo, features, resolve_people, strength
from .kinds import GENERIC_ISSUES, KIND_PRIORITY, STATUS_PRIORITY, family
from .state import Cluster, past_plan
from .titles import PLACEHOLDER, date_prefix, slug, title_for


def _key(m: Mention) -> tuple[object, ...]:
    d = m.date
    return (m.source.document, m.source.char_start, m.source.char_end, m.kind, m.trigger,
            (d.start, d.end, d.precision) if d else (), m.status,
            tuple((a.name, a.country or "", a.role or "") for a in m.actors), m.places,
            m.issues, m.source.date_text or "")


def _pick(counter: Counter[str], priority: tuple[str, ...]) -> str:
    return min(counter, key=lambda k: (-counter[k], priority.index(k)
                                       if k in priority else len(priority), k))


def _actors(members: list[Mention]) -> tuple[Actor, ...]:
    """The event's actors, most cited first; a bare surname counts as the full name."""
    count: Counter[str] = Counter()
    first: dict[str, tuple[object, ...]] = {}
    roles: dict[str, Counter[tuple[str | None, str | None, str]]] = defaultdict(Counter)
    nation: dict[str, str | None] = {}
    for m in members:
        for a in m.actors:
            if a.kind == "person" and nation.get(a.name) is None:
                nation[a.name] = a.country
    full = {p: next(iter(resolve_people({p}, set(nation) - {p}, nation)))
            for p in nation if " " not in p}
    for m in members:
        for position, actor in enumerate(m.actors):
            a = actor
            if a.kind == "person" and full.get(a.name, a.name) != a.name:
                a = Actor(full[a.name], a.country, a.role, a.kind)
            count[a.name] += 1
            roles[a.name][(a.country, a.role, a.kind)] += 1
            k = (m.source.document, m.source.char_start, position)
            if a.name not in first or k < first[a.name]:
                first[a.name] = k
    out = []
    for name in count:
        (country, role, kind), _ = min(roles[name].items(),
                                       key=lambda kv: (-kv[1], str(kv[0])))
        out.append(Actor(name, country, role, kind))
    rank = {"person": 0, "organization": 1, "country": 2}
    out.sort(key=lambda a: (rank.get(a.kind, 3), -count[a.name], first[a.name], a.name))
    return tuple(out)


def _settled(voted: str, span: DateSpan | None, members: list[Mention],
             feats: dict[int, Features]) -> str:
    """The status later reports settle, whatever earlier ones outnumber it with: a
    report published on or after the event's date that it happened (`attended the
    summit last November`) makes it occurred; a plan is overruled by a cancellation or
    postponement published no earlier than the last report of the plan."""
    def published(m: Mention) -> date | None:
        return feats[id(m)].published

    for m in members:
        when = published(m)
        if m.status == "occurred" and m.date is not None and when is not None and \
                when >= m.date.start and (span is None or when >= span.start):
            return "occurred"
    if voted != "planned":
        return voted
    plans = [published(m) for m in members if m.status == "planned"]
    if not plans or None in plans:
        return voted
    last_plan = max(d for d in plans if d is not None)
    later: Counter[str] = Counter(
        m.status for m in members if m.status in ("cancelled", "postponed")
        and (when := published(m)) is not None and when >= last_plan)
    return _pick(later, STATUS_PRIORITY) if later else voted


def _too_early(m: Mention, span: DateSpan | None, published: date | None) -> bool:
    """An `occurred` report published before the event's day (`Vietnam's treaty with
    Moscow this month`, merged into talks set for the day after publication)."""
    return m.status == "occurred" and span is not None and published is not None \
        and published < span.start


def build(c: Cluster, feats: dict[int, Features], geo: Geo) -> tuple[Event, str]:
    """One Event (id still empty) from a finished cluster, and the words its id is made
    of: those of its title, except that an act titled from its clause keeps the ones of
    the placeholder it replaces (`event-involving-china`), so that ids stay stable."""
    members = c.members  # in canonical order
    span, disagree = event_date(members)
    weights: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    early: Counter[str] = Counter()
    dated_status = any(m.date is not None and m.status != "unknown" for m in members)
    happened = any(m.date is not None and m.status == "occurred" for m in members)
    for m in members:
        weight = 1 if m.date is None else 2 + 2 * strength(m)  # undated evidence counts least
        if family(m.kind) == c.family:  # a meeting folded into a visit leaves it a visit
            weights[m.kind] += weight
        # undated evidence (joined through a place, say) never overrules a dated status,
        # nor a plan told after its date a report that it happened
        if m.status != "unknown" and (m.date is not None or not dated_status) and not (
                happened and past_plan(m, feats[id(m)])):
            statuses[m.status] += weight
            if _too_early(m, span, feats[id(m)].published):
                early[m.status] += weight
    if early and statuses - early:
        statuses -= early  # (a report cannot have seen happen what was still to come)
    kind = _pick(weights, KIND_PRIORITY)
    status = _pick(statuses, STATUS_PRIORITY) if statuses else "unknown"
    status = _settled(status, span, members, feats)
    actors = _actors(members)
    place_count: Counter[str] = Counter(p for m in members for p in m.places)
    country_names = {a.name for m in members for a in m.actors if a.kind == "country"}
    places = tuple(sorted(place_count, key=lambda p: (p in country_names, -place_count[p], p)))
    issues = tuple(sorted({i for m in members for i in m.issues}))
    trigger = next((m.trigger for m in members if m.kind == kind), members[0].trigger)
    topics = sorted(set(issues) - GENERIC_ISSUES)
    shorts = {a.name: short for a in actors
              if a.kind == "person" and (short := geo.person_short(a.name)) is not None}
    title = title_for(kind, actors, places, trigger, topics[0] if topics else None,
                      {p: geo.place_country(p) or geo.country_code(p) for p in places},
                      shorts, {t for m in members for t in m.targets})
    named = title
    if (kind == "other" and title.startswith(PLACEHOLDER)) or kind == "announcement":
        title = clause_title(members, actors, geo.lexicon, shorts, kind) or title
    return Event(id="", title=title, kind=kind, status=status, date=span, actors=actors,
                 places=places, issues=issues, sources=tuple(unique_sources(members, span)),
                 conflicts=conflicts(span, members, disagree)), named


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Merging makes many small objects and no reference cycles; the cyclic collector
    would scan the caller's whole heap (documents, mentions, lexicon) again and again
    for nothing (a third of merge time on TE3-Silver), so it waits until the end."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def merge_mentions(mentions: Iterable[Mention], lexicon: Lexicon | None = None, *,
                   documents: Iterable[Document] = ()) -> list[Event]:
    """One Event per real-world event, sorted by date (undated last) then id.

    `lexicon` is the one the mentions were extracted with (its places give the
    countries they lie in; default: the bundled one). `documents` give publication
    dates, which tell a plan reported after its date from a plan still ahead.
    """
    with _collector_paused():
        return _merge(mentions, lexicon, documents)


def _merge(mentions: Iterable[Mention], lexicon: Lexicon | None,
           documents: Iterable[Document]) -> list[Event]:
    geo = Geo(lexicon or default_lexicon())
    published: dict[str, date] = {d.id: d.published.span.start
                                  for d in documents if d.published is not None}
    unique = {_key(m): m for m in mentions}
    ordered = [unique[k] for k in sorted(unique)]
    feats: dict[int, Features] = {
        id(m): features(m, geo, published.get(m.source.document)) for m in ordered}
    built = [build(c, feats, geo) for c in cluster_mentions(ordered, feats)]
    built.sort(key=lambda b: (date_prefix(b[0].date), slug(b[1]),
                              [(s.document, s.char_start) for s in b[0].sources]))
    taken: Counter[str] = Counter()
    out = []
    for e, named in built:
        base = f"{date_prefix(e.date)}-{slug(named)}"
        taken[base] += 1
        ident = base if taken[base] == 1 else f"{base}-{taken[base]}"
        out.append(Event(ident, e.title, e.kind, e.status, e.date, e.actors, e.places,
                         e.issues, e.sources, e.conflicts))
    out.sort(key=lambda e: (e.date is None, e.date.start if e.date else None,
                            e.date.end if e.date else None, e.id))
    return out
