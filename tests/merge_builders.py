"""Builders for merge tests: dates, mentions and documents made in one line each.

Shared by the merge rule, over-merge and status tests so every file builds its
mentions the same way (evidence `sentence N of DOC` at offset N)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from usc_timeline.model import Actor, DateSpan, Document, Event, Mention, Published, Source

US = Actor("United States", "US", None, "country")
CN = Actor("China", "CN", None, "country")


def day(y: int, m: int, d: int) -> DateSpan:
    return DateSpan(date(y, m, d), date(y, m, d), "day")


def week(y: int, m: int, d: int) -> DateSpan:
    start = date(y, m, d)
    return DateSpan(start, date.fromordinal(start.toordinal() + 6), "week")


def month(y: int, m: int) -> DateSpan:
    end = date(y, m + 1, 1) if m < 12 else date(y + 1, 1, 1)
    return DateSpan(date(y, m, 1), date.fromordinal(end.toordinal() - 1), "month")


def year(y: int) -> DateSpan:
    return DateSpan(date(y, 1, 1), date(y, 12, 31), "year")


def mention(doc: str, at: int, kind: str, when: DateSpan | None, *actors: Actor,
            places: tuple[str, ...] = (), status: str = "occurred", trigger: str = "met",
            issues: tuple[str, ...] = ()) -> Mention:
    """A mention at offset `at` of `doc`, dated by a time expression when `when` is given."""
    src = Source(doc, f"sentence {at} of {doc}", at, at + 10, "some day" if when else None,
                 when, "time expression" if when else None)
    return Mention(kind, status, src, trigger, when, actors, places, issues)


def published(doc: str, when: str) -> Document:
    """A document known only by its id and its publication date (from a catalog)."""
    return Document(doc, "text", published=Published(when, "catalog.toml"))


def sources(event: Event) -> set[tuple[str, int]]:
    """Each source of an event as (document, offset)."""
    return {(s.document, s.char_start) for s in event.sources}


def by_tense(m: Mention) -> Mention:
    """`m` dated by its tense alone (`is expected to meet ...`, no time expression): the
    extractor's inferred, weakest kind of date."""
    return replace(m, source=replace(m.source, date_text=None, date_basis="tense",
                                     date_how="future tense with no date: from the report on"))


def documents_of(events: list[Event]) -> list[set[str]]:
    """Each event's documents, in a stable order."""
    return sorted(({s.document for s in e.sources} for e in events), key=sorted)


def shared_story(when: DateSpan, *actors: Actor, place: str, docs: tuple[str, ...]
                 ) -> list[Mention]:
    """One meeting every article of `docs` tells (at offset 900): the event that makes
    them one story for the story folds (merge/story.py)."""
    return [mention(d, 900, "meeting", when, *actors, places=(place,)) for d in docs]
