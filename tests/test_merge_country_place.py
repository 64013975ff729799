"""A country named as where something happens (`in Vietnam`) says little about which
event it is: many meetings are held in a country in a year. So two reports across
articles that share only such a place, one dated to a year, stay apart (`APEC will hold
a ministerial meeting on bird flu in Vietnam early next year` is not `the meeting will
be held in Hanoi on Nov. 11`); a city or venue both name still ties them, and so does a
forum both name on one day."""

from __future__ import annotations

from merge_builders import day, mention, year

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

FORUM = Actor("Mekong Council", None, None, "organization")


def test_a_country_as_the_only_place_in_common_ties_no_vague_report() -> None:
    plan = mention("a.txt", 0, "meeting", year(2031), FORUM, places=("Vietnam", "Laos"),
                   status="planned", trigger="meeting")
    held = mention("b.txt", 0, "meeting", day(2031, 11, 11), places=("Vietnam", "Hanoi"),
                   status="planned", trigger="meeting")
    assert len(merge_mentions([plan, held])) == 2


def test_a_city_in_common_or_one_forum_on_one_day_still_ties_them() -> None:
    plan = mention("a.txt", 0, "meeting", year(2031), FORUM, places=("Vietnam", "Hanoi"),
                   status="planned", trigger="meeting")
    held = mention("b.txt", 0, "meeting", day(2031, 11, 11), places=("Vietnam", "Hanoi"),
                   status="planned", trigger="meeting")
    assert len(merge_mentions([plan, held])) == 1
    first = mention("a.txt", 0, "meeting", day(2031, 11, 11), FORUM, places=("Vietnam",),
                    trigger="meeting")
    second = mention("b.txt", 0, "meeting", day(2031, 11, 11), FORUM, places=("Vietnam",),
                     trigger="meeting")
    assert len(merge_mentions([first, second])) == 1
