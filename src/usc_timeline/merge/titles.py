"""Titles a person can read (`Blinken visits Beijing`) and the pieces of stable ids
(`2023-06-18-blinken-visits-beijing`).

A title never leaves a slot empty (`: detained`, `Agreement:`): with no actor it names the
act and what is known of it (`Arrests in Jakarta`, `Agreement on Hong Kong`). The nouns
for acts told by a verb live in acts.toml (kind `other`, shared with merging) and
titles.toml (appointments)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from usc_timeline import names
from usc_timeline.lexicon import checks
from usc_timeline.lexicon.checks import Entry, check_keys, check_top_level, parse, tables
from usc_timeline.model import Actor, DateSpan

from .acts import Act, acts
from .features import FAMILY_FIRST as _FAMILY_FIRST

# how an act no table names is titled (`Event involving US`); merging may title it from its
# clause instead (clause_titles.py)
PLACEHOLDER = "Event involving "
_SHORT_COUNTRY = {"United States": "US", "United Kingdom": "UK", "European Union": "EU"}
_CALL_OFF = re.compile(r"\bcall(?:s|ed|ing)? off\b")


@dataclass(frozen=True, slots=True)
class _Appointment:
    """An appointment act of titles.toml: its noun, its trigger words, how it reads."""

    noun: str
    pattern: re.Pattern[str]
    person: str | None = None  # the act is the person's own ('resigns')


@dataclass(frozen=True, slots=True)
class _Titles:
    appointments: tuple[_Appointment, ...]  # kind `appointment`
    topics: dict[str, str]


def _read_appointment(entry: dict[str, Any], number: int, source: str,
                      text: str) -> _Appointment:
    noun = entry.get("noun")
    ctx = Entry("appointment", noun if isinstance(noun, str) else f"#{number}", "noun",
                source, text)
    check_keys(entry, ("noun", "person", "patterns"), ctx)
    return _Appointment(str(checks.text(entry, "noun", ctx)),
                        checks.pattern(entry, "patterns", ctx),
                        checks.text(entry, "person", ctx, required=False))


def read_titles(text: str, source: str) -> _Titles:
    """The tables of a titles.toml text (LexiconError naming the file, the entry and what
    is wrong if one is malformed)."""
    data = parse(text, source)
    check_top_level(data, ("appointment", "topics"), source)
    topics = data.get("topics", {})
    ctx = checks.top_level("topics", source, text)
    if not isinstance(topics, dict) or not all(
            isinstance(v, str) and v.strip() for v in topics.values()):
        raise ctx.fail("'topics' must be a table of issue tags and how they read "
                       "('hong_kong = \"Hong Kong\"')")
    appointments = tuple(_read_appointment(e, n, source, text)
                         for n, e in enumerate(tables(data, "appointment", source), start=1))
    return _Titles(appointments, dict(topics))


@cache
def _table() -> _Titles:
    resource = resources.files(__package__).joinpath("titles.toml")
    return read_titles(resource.read_text(encoding="utf-8"), str(resource))


_Entry = TypeVar("_Entry", Act, _Appointment)


def _first(entries: tuple[_Entry, ...], trigger: str) -> _Entry | None:
    """The first entry whose patterns match a part of the trigger, parts in order."""
    for part in trigger.split(" … "):
        for entry in entries:
            if entry.pattern.search(part):
                return entry
    return None


def _topic(tag: str) -> str:
    return _table().topics.get(tag, tag.replace("_", " "))


def display(actor: Actor, shorts: Mapping[str, str] | None = None) -> str:
    if actor.kind != "person":
        return _SHORT_COUNTRY.get(actor.name, actor.name)
    if shorts and actor.name in shorts and actor.country not in _FAMILY_FIRST:
        return shorts[actor.name]  # the lexicon's own (`Mahathir`, `Suu Kyi`, `Ivanka`)
    if actor.country in _FAMILY_FIRST or (actor.country is None
                                          and names.looks_family_first(actor.name)):
        return names.display_name(actor.name)  # `Statement by Shen Guofang`
    return names.short_name(actor.name)


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _inner(trigger: str) -> str:
    low = trigger.lower()
    low = _CALL_OFF.sub("", low)  # `called off` names no call
    for word, noun in (("visit", "visit"), ("trip", "trip"), ("meet", "meeting"),
                       ("talk", "talks"), ("dialog", "talks"), ("negotiat", "talks"),
                       ("consultation", "talks"), ("summit", "summit"), ("call", "call"),
                       ("invitation", "invitation"), ("channel", "military channels"),
                       ("exchange", "exchanges")):
        if word in low:
            return noun
    return "event"


def title_for(kind: str, actors: tuple[Actor, ...], places: tuple[str, ...],
              trigger: str, topic: str | None = None,
              homes: Mapping[str, str | None] | None = None,
              shorts: Mapping[str, str] | None = None,
              targets: Collection[str] = ()) -> str:
    """A title a person can read: `Blinken visits Beijing`, `Biden meets Xi Jinping in Bali`.

    `homes` gives the country (code) a place lies in (`Mogadishu` -> SO), when known;
    `shorts` the name a lexicon gives a person alone when the usual rule would be wrong
    (`Mahathir Mohamad` -> `Mahathir`, not `Mohamad`); `targets` the countries a measure
    is aimed at, so that `US export controls` is not titled after their target."""
    actors = _nameable(actors, shorts)
    people = [display(a, shorts) for a in actors if a.kind == "person"]
    others = [display(a) for a in actors if a.kind != "person" and a.name not in places]
    countries = [display(a) for a in actors if a.kind == "country" and a.name not in places]
    who = people[:2] or others[:2]
    place = places[0] if places else ""
    where = f" in {place}" if place else ""
    persons = [a for a in actors if a.kind == "person"]
    if kind in ("meeting", "summit") and len(people) >= 2:
        home = persons[0].country
        ours = [display(a, shorts) for a in persons if a.country == home][:2]
        theirs = [display(a, shorts) for a in persons if a.country != home][:2]
        if theirs and home:
            verb = "meets" if len(ours) == 1 else "meet"
            title = f"{_and(ours)} {verb} {_and(theirs)}{where}"
        else:
            title = f"{people[0]} meets {_and(people[1:3])}{where}"
    elif kind == "meeting" and people:
        # a person meets another side, never their own country ('Wu Yi meets China')
        home = persons[0].country
        sides = [display(a) for a in actors if a.kind != "person" and a.name not in places
                 and not (a.kind == "country" and home and a.country == home)]
        title = (f"{people[0]} meets {sides[0]}{where}" if sides
                 else f"Meeting with {people[0]}{where}")
    elif kind == "meeting" and len(others) == 1 and actors[0].kind == "organization":
        # a body named alone is whose meeting it is ('EU meeting in Brussels'), not
        # whom someone met ('Meeting with EU')
        title = f"{others[0]} meeting{where}"
    elif kind == "meeting":
        title = f"Meeting{where}" + (f" with {_and(who)}" if who else "")
    elif kind == "summit":
        orgs = [display(a) for a in actors if a.kind == "organization"]
        title = f"{orgs[0] if orgs else _and(who)} summit{where}".strip()
    elif kind == "talks":
        sides = people[:3] or others[:2]
        if len(sides) == 1 and not people and countries == sides:
            # a country named alone is one side of the talks ('talks with Syria'), not
            # their host; a body named alone holds them ('WTO holds talks')
            title = f"Talks with {sides[0]}{where}"
        else:
            title = (f"{_and(sides) or 'Officials'} hold{'s' if len(sides) == 1 else ''}"
                     f" talks{where}")
    elif kind == "call":
        title = (f"{_and(who)} hold{'s' if len(who) == 1 else ''} a call" if who
                 else f"Call{where}")
    elif kind == "visit":
        title = _visit(actors, places, homes or {}, shorts)
    elif kind == "arrival":
        title = f"{who[0]} arrives{where}" if who else f"Arrival{where}"
    elif kind in ("cancellation", "postponement"):
        inner = _inner(trigger)
        done = "cancelled" if kind == "cancellation" else "postponed"
        subject = _and(people[:2]) or _and(others[:2])
        if inner == "event":
            # what was called off is not known: the act's noun, not a placeholder
            noun = "Cancellation" if kind == "cancellation" else "Postponement"
            title = f"{noun} involving {subject}{where}" if subject else f"{noun}{where}"
        else:
            to = f" to {place}" if place and inner in ("visit", "trip") else where
            title = f"{subject} {inner}{to} {done}"
    elif kind == "sanction" and _first(acts(), trigger) is not None:
        title = _other(who, where, trigger)  # `US tariffs`: a measure told by its act
    elif kind == "sanction" and people and _sanctioner(actors, persons):
        title = f"{_sanctioner(actors, persons)} sanctions {_and(people[:2])}"
    elif kind == "sanction":
        title = f"{_and(who)} sanctions"
    elif kind in ("export_control", "ban"):
        imposer = _imposer(actors, places, targets)
        noun = "export controls" if kind == "export_control" else "ban"
        title = f"{imposer or _and(who)} {noun}"
    elif kind == "military_incident":
        about = _topic(topic).removeprefix("the ") if topic else ""
        what = f"{about} incident" if about else "Military incident"
        parties = countries[:3] or who
        # (the place is said once: `Hong Kong incident involving UK and China`)
        title = what + (f" involving {_and(parties)}" if parties else "") + (
            "" if about and about == place else where)
    elif kind == "appointment":
        title = _appointment(actors, places, trigger, shorts)
    elif kind == "statement":
        title = f"Statement by {who[0] if who else 'officials'}"
    elif kind == "agreement":
        title = _agreement(_sides(actors, places, countries) or who, where, trigger, topic)
    elif kind == "announcement":
        title = f"Announcement by {_and(who)}" if who else f"Announcement{where}"
    else:
        title = _other(who, where, trigger)
    title = " ".join(title.split())
    return title[:1].upper() + title[1:] if title else kind


def _visit(actors: tuple[Actor, ...], places: tuple[str, ...],
           homes: Mapping[str, str | None], shorts: Mapping[str, str] | None) -> str:
    """`UK visits Mogadishu`: the visitor goes somewhere else, so a country named as the
    place or holding it is the host (`Somalia visits Somalia` or `Somalia visits Mogadishu`
    is no title); with no one else named the title is the visit's (`Visit to Mogadishu`),
    and a country named alone is where the visit went (`Visit to Somalia`); a visitor with
    nowhere named reads `Visit by Havel`, never `Havel visits abroad`."""
    place = places[0] if places else ""
    home = homes.get(place) if place else None
    persons = [a for a in actors if a.kind == "person"]
    lead = persons[0] if persons else next(
        (a for a in actors if a.name not in places
         and not (a.kind == "country" and home and a.country == home)), None)
    visitor = lead.country if lead is not None else None
    hosts = [display(a) for a in actors
             if a.kind == "country" and a is not lead and a.country != visitor]
    where_to = place or (hosts[0] if hosts else "")
    if lead is not None and where_to:
        stops = _stops(actors, places, homes, visitor) or [where_to]
        return f"{display(lead, shorts)} visits {_and(stops)}"
    if lead is not None and lead.kind != "country":
        return f"Visit by {display(lead, shorts)}"  # where to is not known: no 'visits abroad'
    if lead is not None:
        return f"Visit to {display(lead)}"
    return f"Visit to {where_to}" if where_to else "Visit"


def _stops(actors: tuple[Actor, ...], places: tuple[str, ...],
           homes: Mapping[str, str | None], visitor: str | None) -> list[str]:
    """The stops of a tour, as many as a title can name (`Rice visits Germany, Romania
    and Ukraine`), or none when it has one stop: the places that lie in a known country
    other than the visitor's (`Cairo` is no stop of Mubarak's), then the countries none
    of them lies in (`Hanoi`, not `Hanoi and Vietnam`). Countries named only as actors
    join when two or more do and the visitor's own country is known: one such country is
    as often the visitor's home or a party met elsewhere as a stop."""
    countries = {a.name: a.country for a in actors if a.kind == "country"}
    towns = [p for p in places if p not in countries
             and homes.get(p) is not None and homes.get(p) != visitor]
    inside = {homes.get(p) for p in towns}
    lands = [n for n in places if n in countries and countries[n] != visitor
             and countries[n] not in inside]
    others = [n for n, code in countries.items() if n not in places
              and code != visitor and code not in inside and code is not None]
    if visitor is not None and len(others) >= 2:  # a tour names its countries
        lands += others
    lands = [_SHORT_COUNTRY.get(n, n) for n in lands]
    stops = (towns + lands)[:_MAX_STOPS]
    return stops if len(stops) > 1 else []


_MAX_STOPS = 4


def _nameable(actors: tuple[Actor, ...],
              shorts: Mapping[str, str] | None = None) -> tuple[Actor, ...]:
    """The actors a title can name: no person whose name is only a rank or an initial
    ('Lt', 'N.'), and one person per short name ('Bush meets Bush' is no title)."""
    seen: set[str] = set()
    kept = []
    for a in actors:
        if a.kind == "person":
            if not names.has_name(a.name) or display(a, shorts) in seen:
                continue
            seen.add(display(a, shorts))
        kept.append(a)
    return tuple(kept)


def _appointment(actors: tuple[Actor, ...], places: tuple[str, ...], trigger: str,
                 shorts: Mapping[str, str] | None = None) -> str:
    """`Koizumi takes office`, `Lowry resigns`; an act with a doer and an undergoer (the
    extractor does not say which actor is which) names the act: `Annan appointment`,
    `Election in India`, never `Annan appointed` for someone Annan appointed."""
    act = _first(_table().appointments, trigger)
    noun = act.noun if act is not None else "Appointment"
    lead = next((a for a in actors if a.kind == "person"), None) or next(
        (a for a in actors if a.name not in places), None)
    if lead is None:
        return f"{noun} in {places[0]}" if places else noun
    if lead.kind == "person" and act is not None and act.person is not None:
        return f"{display(lead, shorts)} {act.person}"
    if lead.kind == "country":
        return f"{noun} in {display(lead)}"
    return f"{display(lead, shorts)} {noun.lower()}"


def _sides(actors: tuple[Actor, ...], places: tuple[str, ...],
           countries: list[str]) -> list[str]:
    """The two sides an agreement's title names: two countries; else a country and a
    body of no country (`Agreement between Lebanon and Hezbollah`, `between China and
    EU`), never a country's agency (`Palestine and State Department`) nor a generic body
    (`parliament`)."""
    if len(countries) >= 2:
        return countries[:2]
    bodies = [display(a) for a in actors if a.kind == "organization"
              and a.name not in places and a.name[:1].isupper() and a.country is None]
    return (countries + bodies)[:2] if countries and bodies else countries


def _agreement(parties: list[str], where: str, trigger: str, topic: str | None) -> str:
    """`US and China establish diplomatic ties`, `Agreement on Hong Kong between UK and
    China`, `Agreement in Nigeria` when no party is named."""
    if "diplomatic" in trigger.lower():
        if not parties:
            return f"Diplomatic ties established{where}"
        return f"{_and(parties)} establish{'es' if len(parties) == 1 else ''} diplomatic ties"
    about = f" on {_topic(topic)}" if topic else ""
    if len(parties) >= 2:
        return f"Agreement{about} between {_and(parties)}"
    if parties:
        return f"{parties[0]} agreement{about}"
    return f"Agreement{about}{where}"


def _other(who: list[str], where: str, trigger: str) -> str:
    """`Arrests in Jakarta`, `US tariffs`: the act's noun when titles.toml knows it; a
    trigger that names the event acted on keeps its words (`China: turned down meeting`);
    a bare verb is no title (`US: said`), so an act not known is an `Event involving US`."""
    act = _first(acts(), trigger)
    inner = _inner(trigger)
    head = trigger.split(" … ")[0]
    if act is not None and not (who and inner != "event"):
        noun = act.noun
        if who and act.form == "involving":
            return f"{noun} involving {_and(who)}{where}"
        return f"{_and(who)} {noun.lower()}{where}" if who else f"{noun}{where}"
    if who and inner != "event":
        return f"{_and(who)}: {head} {inner}"
    return f"{PLACEHOLDER}{_and(who)}{where}" if who else f"Event{where}"


def _imposer(actors: tuple[Actor, ...], places: tuple[str, ...],
             targets: Collection[str]) -> str | None:
    """The country that takes a measure: not one it is aimed at; when the sentence named
    no target, the country of a government body among the actors (`the Commerce
    Department` acts; China, merely named, may be whom it hits). Officials are not read
    so: the one quoted on a measure is as often the other side's."""
    countries = [a for a in actors if a.kind == "country" and a.name not in places
                 and a.country not in targets]
    if not targets:
        acting = {a.country for a in actors if a.kind == "organization" and a.country}
        countries.sort(key=lambda a: a.country not in acting)
    return display(countries[0]) if countries else None


def _sanctioner(actors: tuple[Actor, ...], targets: list[Actor]) -> str | None:
    """The country that imposes sanctions on people: not their own, the US or China first."""
    theirs = {a.country for a in targets}
    candidates = [a for a in actors if a.kind == "country" and a.country not in theirs]
    candidates.sort(key=lambda a: a.country not in ("US", "CN"))
    return display(candidates[0]) if candidates else None


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    drop = {"in", "the", "a", "an", "and", "of", "to", "by", "involving", "hold", "holds"}
    return "-".join(w for w in words if w not in drop)[:60].strip("-") or "event"


def date_prefix(span: DateSpan | None) -> str:
    if span is None:
        return "undated"
    if span.precision == "day":
        return span.start.isoformat()
    if span.precision in ("week", "month", "season"):
        return span.start.isoformat()[:7]
    if span.precision == "year":
        return str(span.start.year)
    return f"{span.start.year}s"


