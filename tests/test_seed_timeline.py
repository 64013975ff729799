"""The seed timeline: the five events the tool is known for are right and merged.

This tests the bundled seed articles' output (DESIGN.md, issue 4); the rules behind it
are general and are tested on other sentences elsewhere.
"""

from __future__ import annotations

from datetime import date

import pytest

from usc_timeline.api import build_timeline, load_corpus
from usc_timeline.corpus import bundled_seeds
from usc_timeline.model import Event, Timeline


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return build_timeline(load_corpus([bundled_seeds()]))


def names(event: Event) -> set[str]:
    return {a.name for a in event.actors}


def documents(event: Event) -> set[str]:
    return {s.document[:3] for s in event.sources}


def only(timeline: Timeline, kinds: set[str], place: str | None = None,
         actor: str | None = None, within: tuple[date, date] | None = None) -> Event:
    found = [e for e in timeline.events
             if e.kind in kinds and (place is None or place in e.places)
             and (actor is None or actor in names(e))
             and (within is None or (e.date is not None and within[0] <= e.date.start
                                     and e.date.end <= within[1]))]
    assert len(found) == 1, [e.id for e in found]
    return found[0]


def test_anchorage_talks_planned_with_all_four(timeline: Timeline) -> None:
    event = only(timeline, {"talks", "meeting"}, place="Anchorage")
    assert event.status == "planned"
    assert {"Antony Blinken", "Jake Sullivan", "Yang Jiechi", "Wang Yi"} <= names(event)
    assert event.date is not None and event.date.start.year == 2021


def test_bali_summit_merged_from_two_articles(timeline: Timeline) -> None:
    event = only(timeline, {"summit", "meeting"}, place="Bali")
    assert {"Joe Biden", "Xi Jinping"} <= names(event)
    assert event.date is not None
    assert (event.date.start, event.date.end) == (date(2022, 11, 1), date(2022, 11, 30))
    assert documents(event) == {"000", "001"}


def test_spy_balloon_is_one_event_with_its_conflicting_dates(timeline: Timeline) -> None:
    [event] = [e for e in timeline.events if "balloon" in e.issues
               and e.kind == "military_incident"]
    assert documents(event) >= {"001", "004"}
    assert event.conflicts
    dated = {s.date.start.month for c in event.conflicts for s in c.sources if s.date}
    assert {1, 2} <= dated  # January (001) against February (004)


def test_vienna_talks_one_event_from_two_articles(timeline: Timeline) -> None:
    event = only(timeline, {"talks", "meeting"}, place="Vienna")
    assert {"Jake Sullivan", "Wang Yi"} <= names(event)
    assert event.date is not None
    assert (event.date.start, event.date.end) == (date(2023, 5, 1), date(2023, 5, 31))
    assert documents(event) == {"000", "004"}


def test_blinken_visit_and_his_three_meetings(timeline: Timeline) -> None:
    visit = only(timeline, {"visit"}, place="Beijing", actor="Antony Blinken",
                 within=(date(2023, 6, 1), date(2023, 6, 30)))
    assert visit.date is not None
    assert (visit.date.start, visit.date.end) == (date(2023, 6, 18), date(2023, 6, 19))
    assert documents(visit) == {"001", "002"}
    meetings = {}
    for counterpart in ("Qin Gang", "Wang Yi", "Xi Jinping"):
        meeting = only(timeline, {"meeting"}, actor=counterpart,
                       within=(date(2023, 6, 18), date(2023, 6, 19)))
        assert "Antony Blinken" in names(meeting)
        assert meeting.date is not None and meeting.date.start == meeting.date.end
        meetings[counterpart] = meeting.date.start
    assert meetings == {"Qin Gang": date(2023, 6, 18), "Wang Yi": date(2023, 6, 19),
                        "Xi Jinping": date(2023, 6, 19)}


def test_every_dated_source_says_how_its_date_was_worked_out(timeline: Timeline) -> None:
    for event in timeline.events:
        for source in event.sources:
            if source.date is not None:
                assert source.date_how, (event.id, source.sentence)
