"""Talks held in one country are not talks held in another: a month-dated report of one
envoy's talks in one city does not join that envoy's talks of the same month in another
country's city, even when it names nothing else. Invented mentions only."""

from __future__ import annotations

from merge_builders import CN, day, mention, month, week

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

ENVOY = Actor("Dana Morris", "US", None, "person")
JP = Actor("Japan", "JP", None, "country")
VN = Actor("Vietnam", "VN", None, "country")


def test_talks_in_another_country_stay_apart() -> None:
    tokyo = mention("a.txt", 0, "talks", week(2031, 5, 5), ENVOY, JP, places=("Tokyo",),
                    trigger="talks")
    hanoi = mention("b.txt", 0, "talks", month(2031, 5), ENVOY, VN, places=("Hanoi",),
                    trigger="talks")
    assert len(merge_mentions([tokyo, hanoi])) == 2


def test_the_rule_does_not_depend_on_order() -> None:
    tokyo = mention("a.txt", 0, "talks", week(2031, 5, 5), ENVOY, JP, places=("Tokyo",),
                    trigger="talks")
    beijing = mention("b.txt", 0, "meeting", month(2031, 5), ENVOY, CN, places=("Beijing",))
    assert len(merge_mentions([beijing, tokyo])) == 2
    assert len(merge_mentions([tokyo, beijing])) == 2


def test_talks_in_one_country_still_join() -> None:
    # the city and its country: the same host, so the same talks
    city = mention("a.txt", 0, "talks", day(2031, 5, 7), ENVOY, VN, places=("Hanoi",),
                   trigger="talks")
    land = mention("b.txt", 0, "talks", month(2031, 5), ENVOY, places=("Vietnam",),
                   trigger="talks")
    assert len(merge_mentions([city, land])) == 1


def test_talks_told_without_a_place_still_join() -> None:
    city = mention("a.txt", 0, "talks", day(2031, 5, 7), ENVOY, VN, places=("Hanoi",),
                   trigger="talks")
    bare = mention("b.txt", 0, "talks", month(2031, 5), ENVOY, trigger="talks")
    assert len(merge_mentions([city, bare])) == 1
