"""An undated report its own article dates nothing for: `Mr. Trump received Liu He in the
Oval Office`, written the day after, with the day told only in another sentence about
something else. Its article holds no dated event it could be evidence for, so it would
be dropped; but an article tells of the days just past without dating them, so another
article's event of its family that ended at most FRESH_DAYS before the report was
published, and that shares two of its people (or, but for a meeting, a person and a
place), is the one it tells, when exactly one such event exists. Failing that, a date its
sentence gives another report (`agreed on Wednesday ..., at the end of four hours of
talks`) places it: another article's event of its family and status within that date,
on the same ground, when exactly one fits."""

from __future__ import annotations

from datetime import timedelta

from usc_timeline.model import DateSpan, Mention

from .acts import acts_differ
from .compat import elsewhere, held_apart, people_clash
from .features import Features, resolve_people
from .kinds import REMOTE, family
from .state import Cluster, Key

FRESH_DAYS = 3  # how many days before its report an event is news it need not date


def fresh_span(f: Features) -> DateSpan | None:
    """The days an undated report of something that happened may be about: its
    publication day and the FRESH_DAYS before it."""
    if f.published is None:
        return None
    return DateSpan(f.published - timedelta(days=FRESH_DAYS), f.published, "day")


def fresh_keys(m: Mention, f: Features, buckets: list[str]) -> list[Key]:
    """Index keys to look the report's event up by: its family, each of its people and
    the time buckets (`buckets`) of its fresh days."""
    fam = family(m.kind)
    return [(fam, "p", p, t) for p in sorted(f.persons) for t in buckets]


def stray_fits(m: Mention, f: Features, c: Cluster) -> bool:
    """Whether the undated report `m` tells the event of cluster `c` of another article:
    both say it happened, the event ended on a day of the report's fresh days, and they
    share enough ground (`common_ground`)."""
    if m.status != "occurred" or "occurred" not in c.statuses or m.source.document in c.docs:
        return False
    span = fresh_span(f)
    if span is None or c.span is None or c.span.precision != "day" or \
            not span.contains(DateSpan(c.span.end, c.span.end, "day")):
        return False
    return common_ground(m, f, c)


def sentence_fits(m: Mention, f: Features, c: Cluster, when: DateSpan) -> bool:
    """Whether the undated report `m`, whose sentence dates another report `when`
    (`toured China in April and was received by Zhou`, `agreed on Wednesday ..., at the
    end of four hours of talks`), tells the event of cluster `c` of another article: of
    one status (or of none known, `four hours of talks`), dated within `when`, on enough
    ground (`common_ground`). Nothing its report dates after it was published has
    happened yet (`before the president travels to Beijing for the summit in November`,
    written in August): told so, it is a plan."""
    status = m.status
    if status == "occurred" and f.published is not None and when.start > f.published:
        status = "planned"
    if status not in ("occurred", "planned", "unknown") or (
            status != "unknown" and status not in c.statuses) or \
            m.source.document in c.docs or c.span is None or not when.contains(c.span):
        return False
    return common_ground(m, f, c)


def common_ground(m: Mention, f: Features, c: Cluster) -> bool:
    """They share two people, or a person and a place, with nothing setting them apart
    (other counterparts, another country or city, another act, a call and a meeting held
    in person); a meeting, both its sides: two people of two countries, or a person of
    one and the other named as a country by both, with the place shared too."""
    country = {**c.person_country, **f.person_country}
    persons = resolve_people(f.persons, c.persons, country)
    c_persons = resolve_people(c.persons, persons, country)
    shared = persons & c_persons
    places = (f.places & c.places) - c.country_names - f.country_names
    if not (len(shared) >= 2 or (shared and places)):
        return False
    # `met Abbas in Ramallah` may be anyone's meeting with him there; `was received by
    # Zhou at the Great Hall` (an American team) is the reception of Americans there
    sides = {k for p in shared if (k := country.get(p))} | (f.named & c.named)
    if c.family == "meeting" and len(sides) < 2:
        return False
    if people_clash(persons, c_persons, c.family, country) or elsewhere(f, c) or \
            held_apart(f, c):
        return False
    if f.act is not None and acts_differ({f.act}, c.acts):
        return False
    # a call is told as a call, a meeting in person as one (`talks` may be either)
    return m.kind == "talks" or (m.kind in REMOTE) == bool(c.kinds & REMOTE)
