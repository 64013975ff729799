"""Labels people read: dates that show their precision and status, short actor names.

Plain strings with no rich import, so the export formats use the same wording as the
terminal views.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date

from usc_timeline import names
from usc_timeline.model import Actor, DateSpan, Event, default_label

_MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Countries whose names are usually written family name first in English news
# (Xi Jinping, Wang Yi, Tsai Ing-wen, Yoon Suk Yeol): their short name is the
# first word, everyone else's the last.
FAMILY_NAME_FIRST = frozenset({"CN", "TW", "HK", "MO", "KR", "KP", "VN", "SG"})

STATUS_SUFFIX = {"planned": "planned", "cancelled": "cancelled", "postponed": "postponed"}


# ---------------------------------------------------------------- date labels


def _part(start: date, end: date, first: date, last: date) -> str | None:
    """'early', 'mid' or 'late' when [start, end] is that part of [first, last]."""
    total = (last - first).days + 1
    lo = (start - first).days / total
    hi = ((end - first).days + 1) / total
    if lo == 0 and hi == 1:
        return None
    if lo == 0 and hi <= 0.55:
        return "early"
    if hi == 1 and lo >= 0.45:
        return "late"
    if lo >= 0.2 and hi <= 0.8:
        return "mid"
    return None


def span_label(span: DateSpan) -> str:
    """A label showing the precision: '19 Jun 2023', 'May 2023', 'late Jan 2023', '2021'.

    A label the extractor chose (one that differs from the model's default) is
    kept; otherwise a part of a month or year is named early/mid/late.
    """
    default = default_label(span.start, span.end, span.precision)
    if span.label and span.label != default:
        return span.label
    s, e = span.start, span.end
    if span.precision in ("month", "season") and (s.year, s.month) == (e.year, e.month):
        last = date(s.year, s.month, calendar.monthrange(s.year, s.month)[1])
        part = _part(s, e, date(s.year, s.month, 1), last)
        if part:
            return f"{part} {_MONTHS[s.month]} {s.year}"
    if span.precision in ("year", "season") and s.year == e.year:
        part = _part(s, e, date(s.year, 1, 1), date(s.year, 12, 31))
        if part:
            return f"{part} {s.year}"
    if span.precision == "week":
        return f"week of {s.day} {_MONTHS[s.month]} {s.year}"
    return default


def date_label(event: Event) -> str:
    """The event's date label plus its status when it is not a plain fact: '2021 (planned)'."""
    label = span_label(event.date) if event.date else "undated"
    suffix = STATUS_SUFFIX.get(event.status)
    return f"{label} ({suffix})" if suffix else label


def weekday_label(d: date) -> str:
    """'Tue 20 Jun 2023'."""
    return f"{calendar.day_abbr[d.weekday()]} {d.day} {_MONTHS[d.month]} {d.year}"


# ---------------------------------------------------------------- names


def short_name(actor: Actor) -> str:
    """'Blinken' for Antony Blinken, 'Wang' for Wang Yi, 'Benedict XVI' for Pope Benedict
    XVI (never a rank, numeral or initial); countries by their code."""
    if actor.kind == "country":
        return actor.country or actor.name
    if actor.kind != "person":
        return actor.name
    return names.short_name(actor.name, family_first=actor.country in FAMILY_NAME_FIRST or (
        actor.country is None and names.looks_family_first(actor.name)))


def actors_short(actors: Sequence[Actor]) -> str:
    """People by short name, then countries/organisations not already represented by a person."""
    people = [a for a in actors if a.kind == "person"]
    countries_with_people = {a.country for a in people if a.country}
    names: list[str] = [short_name(a) for a in people]
    for a in actors:
        if a.kind == "person":
            continue
        if a.kind == "country" and a.country in countries_with_people:
            continue
        names.append(short_name(a))
    return ", ".join(dict.fromkeys(names))


def actor_long(actor: Actor) -> str:
    """'Antony Blinken (Secretary of State, US)'."""
    extra = [x for x in (actor.role, actor.country) if x]
    return f"{actor.name} ({', '.join(extra)})" if extra else actor.name
