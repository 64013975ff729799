"""Titles a person can read (`Blinken visits Beijing`) and the pieces of stable ids
(`2023-06-18-blinken-visits-beijing`)."""

from __future__ import annotations

import re
import unicodedata

from usc_timeline.model import Actor, DateSpan

from .features import FAMILY_FIRST as _FAMILY_FIRST

_SHORT_COUNTRY = {"United States": "US", "United Kingdom": "UK", "European Union": "EU"}


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


