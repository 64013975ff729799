"""Mentions of one real-world event, in one article or several, become one Event.

Two mentions are the same event when their kinds belong to one family (a meeting
reported as talks), their dates overlap (or, for a distinctive incident such as
the spy balloon, lie within weeks of each other: then the event keeps every
date and lists the disagreement in `conflicts`), and they share a person, a
place, or — when neither names a person — a country. An undated mention adds
its evidence to a dated event of the same article, or is dropped.

Deterministic: mentions are put in a canonical order first, so the output does
not depend on the order they come in. Each mention is compared only with a
bounded number of recent clusters that share a key with it (family plus a
person, place, country or document), so the work grows as n·log n (the sort).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache

from usc_timeline.model import Actor, Conflict, DateSpan, Event, Mention, Source, precision_rank

FAMILIES: dict[str, str] = {
    "meeting": "meeting", "talks": "meeting", "summit": "meeting",
    "visit": "visit", "arrival": "visit", "call": "meeting",
    "cancellation": "cancellation", "postponement": "cancellation",
    # `banned exports of gallium` and `export controls on gallium` are one measure
    "ban": "restriction", "export_control": "restriction",
}
# Issue tags too broad to say two reports are about one incident.
GENERIC_ISSUES = frozenset({
    "military", "trade", "technology", "sanctions", "economy", "human_rights", "taiwan",
    "export_controls", "people_exchanges", "climate", "ukraine_russia", "south_china_sea",
    "tariffs", "semiconductors", "cyber", "covid", "north_korea",
})
KIND_PRIORITY = ("summit", "talks", "meeting", "visit", "call", "agreement", "sanction",
                 "export_control", "ban", "military_incident", "cancellation", "postponement",
                 "appointment", "arrival", "announcement", "statement", "other")
STATUS_PRIORITY = ("occurred", "planned", "cancelled", "postponed", "unknown")
CONFLICT_DAYS = 60  # how far apart two dates of one distinctive incident may be
RECENT = 64  # clusters looked at per key
_FAMILY_FIRST = frozenset({"CN", "TW", "HK", "KR", "KP", "VN", "SG", "MO"})
_SHORT_COUNTRY = {"United States": "US", "United Kingdom": "UK", "European Union": "EU"}


def family(kind: str) -> str:
    return FAMILIES.get(kind, kind)


def _strength(m: Mention) -> int:
    """2: the sentence dates it; 1: carried over or the report's date; 0: inferred."""
    how = (m.source.date_how or "").lower()
    if m.date is None:
        return -1
    if how.startswith("future tense"):
        return 0
    if "carried over" in how or "date of the report" in how:
        return 1
    return 2


def _persons(m: Mention) -> set[str]:
    return {a.name for a in m.actors if a.kind == "person"}


def _countries(m: Mention) -> set[str]:
    """Countries of the actors, and countries named as places (`meetings in China`)."""
    return {a.country for a in m.actors if a.country} | {
        c for p in m.places if (c := _country_code(p))}


@cache
def _country_code(name: str) -> str | None:
    """The code of a country named as a place (`China` -> CN); None for other places."""
    from usc_timeline.lexicon import default_lexicon

    lex = default_lexicon()
    if lex.place_by_name(name) is not None:
        return None
    country = lex.country_by_word(name)
    return country.code if country is not None else None


def _country_names(m: Mention) -> set[str]:
    return {a.name for a in m.actors if a.kind == "country"}


def _specific(m: Mention) -> set[str]:
    return set(m.issues) - GENERIC_ISSUES


def _forums(m: Mention) -> set[str]:
    """International bodies named as actors (`G20`, `ASEAN`): a summit of the G20 in
    one month is one event, whoever else a report names."""
    return {a.name for a in m.actors if a.kind == "organization" and not a.country}


@cache
def _place_country(name: str) -> str | None:
    """The country a named place lies in (`Osaka` -> JP), from the bundled lexicon."""
    from usc_timeline.lexicon import default_lexicon

    lex = default_lexicon()
    place = lex.place_by_name(name)
    return place.country if place is not None else None


def _host_countries(m: Mention) -> set[str]:
    """Countries m's places lie in."""
    return {c for p in m.places if (c := _place_country(p))}


def _named_countries(m: Mention) -> set[str]:
    """Countries m names as actors, by code."""
    return {a.country for a in m.actors if a.kind == "country" and a.country}


def _key(m: Mention) -> tuple[object, ...]:
    d = m.date
    return (m.source.document, m.source.char_start, m.source.char_end, m.kind, m.trigger,
            (d.start, d.end, d.precision) if d else (), m.status,
            tuple((a.name, a.country or "", a.role or "") for a in m.actors), m.places,
            m.issues, m.source.date_text or "")


@dataclass
class _Cluster:
    order: int
    family: str
    members: list[Mention] = field(default_factory=list)
    persons: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    specific: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    span: DateSpan | None = None  # the best date so far
    kinds: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    country_names: set[str] = field(default_factory=set)
    forums: set[str] = field(default_factory=set)
    hosts: set[str] = field(default_factory=set)
    named: set[str] = field(default_factory=set)
    keys: set[tuple[str, str, str, str]] = field(default_factory=set)
    sentences: set[tuple[str, int]] = field(default_factory=set)

    def add(self, m: Mention) -> None:
        self.members.append(m)
        self.persons |= _persons(m)
        self.places |= set(m.places)
        self.countries |= _countries(m)
        self.specific |= _specific(m)
        self.docs.add(m.source.document)
        self.kinds.add(m.kind)
        self.statuses.add(m.status)
        self.country_names |= _country_names(m)
        self.forums |= _forums(m)
        self.hosts |= _host_countries(m)
        self.named |= _named_countries(m)
        self.sentences.add((m.source.document, m.source.char_start))
        if m.date is not None and _strength(m) >= 1:
            if self.span is None or precision_rank(m.date.precision) < precision_rank(
                    self.span.precision):
                self.span = m.date
            elif m.date.precision == self.span.precision and m.date.overlaps(self.span):
                self.span = DateSpan(min(m.date.start, self.span.start),
                                     max(m.date.end, self.span.end), m.date.precision)
        elif self.span is None and m.date is not None:
            self.span = m.date


def _people_clash(a: set[str], b: set[str], fam: str) -> bool:
    """Two meetings with different counterparts (Blinken–Qin vs Blinken–Wang)."""
    return fam == "meeting" and len(a) >= 2 and len(b) >= 2 and bool(a - b) and bool(b - a)


def _score(m: Mention, c: _Cluster, *, dated: bool) -> int | None:
    """How well a mention fits a cluster, or None when it cannot be the same event."""
    persons = _persons(m)
    if dated:
        assert m.date is not None
        close = c.span is None or m.date.overlaps(c.span)
        if not close:
            near = c.span is not None and (
                abs((m.date.start - c.span.end).days) <= CONFLICT_DAYS
                or abs((c.span.start - m.date.end).days) <= CONFLICT_DAYS)
            if not (near and m.kind in c.kinds and _specific(m) & c.specific):
                return None
    if dated and _plan_and_fact(m, c):
        return None
    if persons and c.persons:
        shared = persons & c.persons
        if not shared or _people_clash(persons, c.persons, c.family):
            return None
    shared_persons = len(persons & c.persons)
    # a country named as a place (`a visit to China`) says little about which event
    shared_places = len((set(m.places) & c.places) - c.country_names - _country_names(m))
    shared_specific = len(_specific(m) & c.specific)
    shared_countries = len(_countries(m) & c.countries)
    same_doc = m.source.document in c.docs
    if not shared_places and dated and _same_month(m.date, c.span) and (
            _forums(m) & c.forums or _inside(m, c)):
        # `the G20 summit in Osaka` / `the G20 summit in Japan` in the same month
        shared_places = 1
    if not (shared_persons or shared_places or shared_specific):
        if not shared_countries or (persons and c.persons):
            return None
        # across articles, countries alone tie only reports of one family dated to the
        # same month or closer (`US and Chinese officials held talks` / `met`)
        if not same_doc and not (dated and m.date is not None and c.span is not None
                                 and precision_rank(m.date.precision) <= 2
                                 and precision_rank(c.span.precision) <= 2):
            return None
    if not dated:
        # Evidence without a date joins an event of its own article only, and only on
        # firm ground: a shared person or place, or the same sentence; never across a
        # plan and a fact (`will visit` is not the visit that happened).
        if not same_doc:
            return None
        same_sentence = (m.source.document, m.source.char_start) in c.sentences
        if not (shared_persons or shared_places or shared_specific or same_sentence):
            return None
        if m.status in ("planned", "occurred") and m.status not in c.statuses:
            return None
        if same_sentence:
            shared_persons += 1
    return (8 * shared_persons + 4 * shared_places + 4 * shared_specific + shared_countries
            + (2 if same_doc else 0) + (1 if m.kind in c.kinds else 0))


def _plan_and_fact(m: Mention, c: _Cluster) -> bool:
    """A plan and a fact are one event only when their dates agree to the month or
    finer (`will visit in 2024` is not tied to a visit that happened in March)."""
    if {m.status} | c.statuses != {"planned", "occurred"} or len(c.statuses) != 1:
        return False
    return not _same_month(m.date, c.span)


def _same_month(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Both dated to a month or finer, and overlapping."""
    return a is not None and b is not None and a.overlaps(b) and \
        precision_rank(a.precision) <= 2 and precision_rank(b.precision) <= 2


def _inside(m: Mention, c: _Cluster) -> bool:
    """A place of one lies in a country the other names (`Osaka` / `Japan`), unless
    that country is a party (some person's country), so that `Beijing` does not tie
    every report naming China."""
    ties = (_host_countries(m) & c.named) | (c.hosts & _named_countries(m))
    parties = {a.country for x in (m, *c.members) for a in x.actors
               if a.kind == "person" and a.country}
    return bool(ties - parties)


Key = tuple[str, str, str, str]


def _periods(span: DateSpan | None, margin: int = 0) -> list[str]:
    """Time buckets a date falls in: its months (with a margin in days), or its years
    when it is long; every cluster is filed under both, so a month finds the days."""
    if span is None:
        return [""]
    start = span.start - timedelta(days=margin)
    end = span.end + timedelta(days=margin)
    if (end.year - start.year) * 12 + end.month - start.month > 4:
        return [f"Y{y}" for y in range(start.year, min(end.year, start.year + 20) + 1)]
    out = []
    y, mo = start.year, start.month
    while (y, mo) <= (end.year, end.month):
        out.append(f"{y:04d}-{mo:02d}")
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return out


def _keys(m: Mention, *, lookup: bool) -> list[Key]:
    """Index keys: family + a person, place, country or distinctive issue + a time
    bucket; and the document (undated evidence only looks there)."""
    fam = family(m.kind)
    doc: Key = (fam, "d", m.source.document, "")
    if m.date is None:
        return [doc]
    periods = _periods(m.date)
    if not lookup:
        periods += [p for p in (f"Y{y}" for y in range(m.date.start.year,
                                                         min(m.date.end.year,
                                                             m.date.start.year + 20) + 1))
                    if p not in periods]
    wide = _periods(m.date, CONFLICT_DAYS) if lookup else periods
    keys: list[Key] = []
    for kind, values, when in (("p", sorted(_persons(m)), periods),
                               ("l", sorted(m.places), periods),
                               ("c", sorted(_countries(m)), periods),
                               ("o", sorted(_forums(m)), periods),
                               ("h", sorted(_host_countries(m) | _named_countries(m)), periods),
                               ("i", sorted(_specific(m)), wide)):
        keys += [(fam, kind, v, t) for v in values for t in when]
    keys.append(doc)
    return keys


def _cluster(mentions: list[Mention]) -> list[_Cluster]:
    """Clusters of mentions given in canonical order (their index breaks every tie)."""
    rank = {id(m): i for i, m in enumerate(mentions)}
    dated = sorted((m for m in mentions if m.date is not None),
                   key=lambda m: (family(m.kind), -_strength(m),
                                  precision_rank(m.date.precision) if m.date else 9,
                                  m.date.start if m.date else None, rank[id(m)]))
    undated = [m for m in mentions if m.date is None]
    clusters: list[_Cluster] = []
    index: dict[Key, list[_Cluster]] = defaultdict(list)

    def best(m: Mention, *, dated_mention: bool) -> _Cluster | None:
        seen: dict[int, _Cluster] = {}
        for key in _keys(m, lookup=True):
            for c in index.get(key, ())[-RECENT:]:
                seen[c.order] = c
        scored = sorted(((s, c.order, c) for c in seen.values()
                         if (s := _score(m, c, dated=dated_mention)) is not None),
                        key=lambda x: (-x[0], x[1]))
        if not scored:
            return None
        if not dated_mention and len(scored) > 1 and scored[0][0] == scored[1][0]:
            return None  # ambiguous: evidence for two events
        return scored[0][2]

    def place(m: Mention, c: _Cluster) -> None:
        c.add(m)
        for key in _keys(m, lookup=False):
            if key not in c.keys:
                c.keys.add(key)
                index[key].append(c)

    for m in dated:
        target = best(m, dated_mention=True)
        if target is None:
            target = _Cluster(len(clusters), family(m.kind))
            clusters.append(target)
        place(m, target)
    for m in undated:
        target = best(m, dated_mention=False)
        if target is not None:
            place(m, target)
    clusters = _join_clusters(clusters)
    for c in clusters:
        c.members.sort(key=lambda m: rank[id(m)])
    return clusters


def _cluster_keys(c: _Cluster) -> list[Key]:
    """What identifies a finished cluster: its people, places (not countries) and
    distinctive issues, within its time buckets."""
    periods = _periods(c.span)
    values = ([("p", p) for p in sorted(c.persons)]
              + [("l", p) for p in sorted(c.places - c.country_names)]
              + [("o", o) for o in sorted(c.forums)]
              + [("i", i) for i in sorted(c.specific)])
    return [(c.family, kind, v, t) for kind, v in values for t in periods]


def _same_event(a: _Cluster, b: _Cluster) -> bool:
    if a.span is None or b.span is None or not a.span.overlaps(b.span):
        return False
    if a.persons and b.persons and (not a.persons & b.persons
                                    or _people_clash(a.persons, b.persons, a.family)):
        return False
    places = (a.places - a.country_names) & (b.places - b.country_names)
    forums = a.forums & b.forums if _same_month(a.span, b.span) else set()
    return bool(a.persons & b.persons or places or a.specific & b.specific or forums)


def _join_clusters(clusters: list[_Cluster]) -> list[_Cluster]:
    """A second look, now that undated evidence has added people and places: `their
    meeting in Bali on Nov. 14` (no names) is the Biden–Xi meeting another article
    places in Bali only through an undated sentence."""
    index: dict[Key, list[_Cluster]] = defaultdict(list)
    kept: list[_Cluster] = []
    for c in clusters:
        target = None
        for key in _cluster_keys(c):
            for other in index.get(key, ())[-RECENT:]:
                if _same_event(other, c):
                    target = other
                    break
            if target is not None:
                break
        if target is None:
            kept.append(c)
            target = c
        else:
            for m in c.members:
                target.add(m)
        for key in _cluster_keys(target):
            if not index[key] or index[key][-1] is not target:
                index[key].append(target)
    return kept


# --------------------------------------------------------------------------- events


def _event_date(members: list[Mention]) -> tuple[DateSpan | None, list[Mention]]:
    """The best-supported, most precise date; and the sources that disagree with it."""
    dated = [m for m in members if m.date is not None]
    if not dated:
        return None, []
    top = max(_strength(m) for m in dated)
    strong = [m for m in dated if _strength(m) == top]
    finest = min(precision_rank(m.date.precision) for m in strong if m.date)
    fine = sorted((m for m in strong if m.date and precision_rank(m.date.precision) == finest),
                  key=lambda m: (m.date.start, m.date.end) if m.date else ())
    groups: list[list[Mention]] = []
    for m in fine:
        assert m.date is not None
        if groups and any(g.date is not None and g.date.overlaps(m.date) for g in groups[-1]):
            groups[-1].append(m)
        else:
            groups.append([m])

    def support(g: list[Mention]) -> tuple[int, int, int]:
        start = min(x.date.start for x in g if x.date)
        end = max(x.date.end for x in g if x.date)
        docs = len({x.source.document for x in g})
        return (-docs, -len(g), (end - start).days)

    chosen = min(groups, key=lambda g: (support(g), min(x.date.start for x in g if x.date)))
    start = min(x.date.start for x in chosen if x.date)
    end = max(x.date.end for x in chosen if x.date)
    precision = chosen[0].date.precision if chosen[0].date else "day"
    labels = {x.date.label for x in chosen if x.date}
    span = (chosen[0].date if len(labels) == 1 and chosen[0].date
            else DateSpan(start, end, precision))
    disagree = [m for m in dated if _strength(m) >= 1 and m.date and not m.date.overlaps(span)]
    return span, disagree


def _conflicts(span: DateSpan | None, members: list[Mention],
               disagree: list[Mention]) -> tuple[Conflict, ...]:
    if span is None or not disagree:
        return ()
    agreeing = [m for m in members if m.date is not None and _strength(m) >= 1
                and m.date.overlaps(span)]
    sources = _unique_sources(agreeing + disagree)
    parts = []
    for s in sources:
        when = s.date_text or (s.date.label if s.date else "?")
        parts.append(f"{s.document}: {when} ({s.date.label if s.date else 'undated'})")
    return (Conflict("Sources give dates that cannot all be true: " + "; ".join(parts),
                     tuple(sources)),)


def _unique_sources(members: Iterable[Mention]) -> list[Source]:
    by_span: dict[tuple[str, int, int], Source] = {}
    for m in members:
        s = m.source
        k = (s.document, s.char_start, s.char_end)
        old = by_span.get(k)
        if old is None or (old.date is None and s.date is not None):
            by_span[k] = s
    return [by_span[k] for k in sorted(by_span)]


def _pick(counter: Counter[str], priority: tuple[str, ...]) -> str:
    return min(counter, key=lambda k: (-counter[k], priority.index(k)
                                       if k in priority else len(priority), k))


def _actors(members: list[Mention]) -> tuple[Actor, ...]:
    count: Counter[str] = Counter()
    first: dict[str, tuple[object, ...]] = {}
    roles: dict[str, Counter[tuple[str | None, str | None, str]]] = defaultdict(Counter)
    for m in members:
        for position, a in enumerate(m.actors):
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


def _display(actor: Actor) -> str:
    if actor.kind != "person":
        return _SHORT_COUNTRY.get(actor.name, actor.name)
    parts = actor.name.split()
    if len(parts) < 2 or actor.country in _FAMILY_FIRST:
        return actor.name
    return parts[-1]


def _and(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _inner(trigger: str) -> str:
    low = trigger.lower()
    for word, noun in (("visit", "visit"), ("trip", "trip"), ("meet", "meeting"),
                       ("talk", "talks"), ("dialog", "talks"), ("negotiat", "talks"),
                       ("consultation", "talks"), ("summit", "summit"), ("call", "call"),
                       ("invitation", "invitation"), ("channel", "military channels"),
                       ("exchange", "exchanges")):
        if word in low:
            return noun
    return "event"


def title_for(kind: str, actors: tuple[Actor, ...], places: tuple[str, ...],
              trigger: str, topic: str | None = None) -> str:
    """A title a person can read: `Blinken visits Beijing`, `Biden meets Xi Jinping in Bali`."""
    people = [_display(a) for a in actors if a.kind == "person"]
    others = [_display(a) for a in actors if a.kind != "person" and a.name not in places]
    countries = [_display(a) for a in actors if a.kind == "country" and a.name not in places]
    who = people[:2] or others[:2]
    place = places[0] if places else ""
    where = f" in {place}" if place else ""
    persons = [a for a in actors if a.kind == "person"]
    if kind in ("meeting", "summit") and len(people) >= 2:
        home = persons[0].country
        ours = [_display(a) for a in persons if a.country == home][:2]
        theirs = [_display(a) for a in persons if a.country != home][:2]
        if theirs and home:
            verb = "meets" if len(ours) == 1 else "meet"
            title = f"{_and(ours)} {verb} {_and(theirs)}{where}"
        else:
            title = f"{people[0]} meets {_and(people[1:3])}{where}"
    elif kind == "meeting" and people and others:
        title = f"{people[0]} meets {others[0]}{where}"
    elif kind == "meeting" and people:
        title = f"{_and(people[:2])} meet{'s' if len(people[:2]) == 1 else ''}{where}"
    elif kind == "meeting":
        title = f"Meeting{where}" + (f" with {_and(who)}" if who else "")
    elif kind == "summit":
        orgs = [_display(a) for a in actors if a.kind == "organization"]
        title = f"{orgs[0] if orgs else _and(who)} summit{where}".strip()
    elif kind == "talks":
        sides = people[:3] or others[:2]
        title = f"{_and(sides) or 'Officials'} hold{'s' if len(sides) == 1 else ''} talks{where}"
    elif kind == "call":
        title = f"{_and(who)} hold a call"
    elif kind == "visit":
        visitor = persons[0].country if persons else None
        hosts = [_display(a) for a in actors if a.kind == "country" and a.country != visitor]
        where_to = place or (hosts[0] if hosts else "abroad")
        title = f"{who[0] if who else 'Officials'} visits {where_to}"
    elif kind == "arrival":
        title = f"{who[0] if who else 'Officials'} arrives{where}"
    elif kind in ("cancellation", "postponement"):
        inner = _inner(trigger)
        done = "cancelled" if kind == "cancellation" else "postponed"
        subject = _and(people[:2]) or _and(others[:2])
        to = f" to {place}" if place and inner in ("visit", "trip") else where
        title = f"{subject} {inner}{to} {done}"
    elif kind == "sanction" and people and _sanctioner(actors, persons):
        title = f"{_sanctioner(actors, persons)} sanctions {_and(people[:2])}"
    elif kind == "sanction":
        title = f"{_and(who)} sanctions"
    elif kind == "export_control":
        title = f"{_and(countries[:1] or who)} export controls"
    elif kind == "ban":
        title = f"{_and(countries[:1] or who)} ban"
    elif kind == "military_incident":
        what = f"{topic.replace('_', ' ').capitalize()} incident" if topic else "Military incident"
        title = f"{what} involving {_and(countries[:3] or who)}{where}"
    elif kind == "appointment":
        low = trigger.lower()
        done = ("takes office" if any(w in low for w in ("office", "sworn", "inaugurat"))
                else "elected" if "elect" in low else "appointed")
        title = f"{who[0] if who else 'Official'} {done}"
    elif kind == "statement":
        title = f"Statement by {who[0] if who else 'officials'}"
    elif kind == "agreement":
        title = f"Agreement: {_and(countries[:2] or who)}"
        if "diplomatic" in trigger.lower():
            title = f"{_and(countries[:2] or who)} establish diplomatic ties"
    elif kind == "announcement":
        title = f"Announcement by {_and(who)}"
    else:
        inner = _inner(trigger)
        head = trigger.split(" … ")[0]
        title = f"{_and(who)}: {head}" + (f" {inner}" if inner != "event" else "")
    title = " ".join(title.split())
    return title[:1].upper() + title[1:] if title else kind


def _sanctioner(actors: tuple[Actor, ...], targets: list[Actor]) -> str | None:
    """The country that imposes sanctions on people: not their own, the US or China first."""
    theirs = {a.country for a in targets}
    candidates = [a for a in actors if a.kind == "country" and a.country not in theirs]
    candidates.sort(key=lambda a: a.country not in ("US", "CN"))
    return _display(candidates[0]) if candidates else None


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    drop = {"in", "the", "a", "an", "and", "of", "to", "by", "involving", "hold", "holds"}
    return "-".join(w for w in words if w not in drop)[:60].strip("-") or "event"


def _date_prefix(span: DateSpan | None) -> str:
    if span is None:
        return "undated"
    if span.precision == "day":
        return span.start.isoformat()
    if span.precision in ("week", "month", "season"):
        return span.start.isoformat()[:7]
    if span.precision == "year":
        return str(span.start.year)
    return f"{span.start.year}s"


def _build(c: _Cluster) -> Event:
    members = c.members  # in canonical order
    span, disagree = _event_date(members)
    weights: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    dated_status = any(m.date is not None and m.status != "unknown" for m in members)
    for m in members:
        weight = 1 if m.date is None else 2 + 2 * _strength(m)  # undated evidence counts least
        weights[m.kind] += weight
        # undated evidence (joined through a place, say) never overrules a dated status
        if m.status != "unknown" and (m.date is not None or not dated_status):
            statuses[m.status] += weight
    kind = _pick(weights, KIND_PRIORITY)
    status = _pick(statuses, STATUS_PRIORITY) if statuses else "unknown"
    actors = _actors(members)
    place_count: Counter[str] = Counter(p for m in members for p in m.places)
    country_names = {a.name for m in members for a in m.actors if a.kind == "country"}
    places = tuple(sorted(place_count, key=lambda p: (p in country_names, -place_count[p], p)))
    issues = tuple(sorted({i for m in members for i in m.issues}))
    trigger = next((m.trigger for m in members if m.kind == kind), members[0].trigger)
    topics = sorted(set(issues) - GENERIC_ISSUES)
    title = title_for(kind, actors, places, trigger, topics[0] if topics else None)
    return Event(id="", title=title, kind=kind, status=status, date=span, actors=actors,
                 places=places, issues=issues, sources=tuple(_unique_sources(members)),
                 conflicts=_conflicts(span, members, disagree))


def merge_mentions(mentions: Iterable[Mention]) -> list[Event]:
    """One Event per real-world event, sorted by date (undated last) then id."""
    unique = {_key(m): m for m in mentions}
    events = [_build(c) for c in _cluster([unique[k] for k in sorted(unique)])]
    events.sort(key=lambda e: (_date_prefix(e.date), _slug(e.title),
                               [(s.document, s.char_start) for s in e.sources]))
    taken: Counter[str] = Counter()
    out = []
    for e in events:
        base = f"{_date_prefix(e.date)}-{_slug(e.title)}"
        taken[base] += 1
        ident = base if taken[base] == 1 else f"{base}-{taken[base]}"
        out.append(Event(ident, e.title, e.kind, e.status, e.date, e.actors, e.places,
                         e.issues, e.sources, e.conflicts))
    out.sort(key=lambda e: (e.date is None, e.date.start if e.date else None,
                            e.date.end if e.date else None, e.id))
    return out
