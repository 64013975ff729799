"""Tit for tat: one sentence tells two measures of one day taken by two sides (`China
imposed tariffs on Friday, minutes after Washington's own duties came into force`). They
are two acts, whatever they share; two measure words of one side stay one act. Invented
mentions only."""

from __future__ import annotations

from merge_builders import CN, US, day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

CA = Actor("Canada", "CA", None, "country")
TARIFFS = ("tariffs", "trade")


def test_measures_of_one_sentence_by_two_sides_stay_two_events() -> None:
    china = mention("a.txt", 0, "other", day(2031, 7, 4), CN, US,
                    trigger="imposed tariffs", issues=TARIFFS)
    washington = mention("a.txt", 0, "other", day(2031, 7, 4), US, CN,
                         trigger="duties", issues=TARIFFS)
    for order in ([china, washington], [washington, china]):
        events = merge_mentions(order)
        assert len(events) == 2
        assert {e.actors[0].country for e in events} == {"CN", "US"}


def test_another_report_of_one_side_still_joins_its_measure() -> None:
    china = mention("a.txt", 0, "other", day(2031, 7, 4), CN, US,
                    trigger="imposed tariffs", issues=TARIFFS)
    washington = mention("a.txt", 0, "other", day(2031, 7, 4), US, CN,
                         trigger="duties", issues=TARIFFS)
    again = mention("b.txt", 5, "other", day(2031, 7, 4), US, CN,
                    trigger="tariffs", issues=TARIFFS)
    events = merge_mentions([china, washington, again])
    assert len(events) == 2
    us = next(e for e in events if e.actors[0].country == "US")
    assert {s.document for s in us.sources} == {"a.txt", "b.txt"}


def test_two_measure_words_of_one_side_stay_one_event() -> None:
    # `The U.S. imposed tariffs on Friday; the new tariffs took effect on Friday`
    imposed = mention("a.txt", 0, "other", day(2031, 7, 4), US,
                      trigger="imposed tariffs", issues=TARIFFS)
    took = mention("a.txt", 0, "other", day(2031, 7, 4), US,
                   trigger="tariffs", issues=TARIFFS)
    assert len(merge_mentions([imposed, took])) == 1


def test_measures_of_two_sides_stay_apart_when_they_share_a_place() -> None:
    # `China imposed tariffs in Geneva on Friday, hours after Washington's duties ...`:
    # the place they share must not join them in the second look either
    china = mention("a.txt", 0, "other", day(2031, 7, 4), CN, US, places=("Geneva",),
                    trigger="imposed tariffs", issues=TARIFFS)
    washington = mention("a.txt", 0, "other", day(2031, 7, 4), US, CN, places=("Geneva",),
                         trigger="duties", issues=TARIFFS)
    for order in ([china, washington], [washington, china]):
        events = merge_mentions(order)
        assert len(events) == 2
        assert {e.actors[0].country for e in events} == {"CN", "US"}
