"""Two dated reports from one sentence of one kind family are one event when nothing keeps
them apart (`Last week the minister hosted his Pacific counterparts in Suva, the first such
meeting held there`): the second goes with the first, not with another meeting the same
person held that week that another sentence tells. Our own people and places."""

from __future__ import annotations

from datetime import date
from itertools import permutations

from merge_builders import mention, sources

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, DateSpan

RIOS = Actor("Elena Rios", "US", "Secretary of Defense")
TANAKA = Actor("Kenji Tanaka", "JP", "Defense Minister")
FORUM = Actor("Pacific Islands Forum", None, None, "organization")
US = Actor("United States", "US", None, "country")

WEEK = DateSpan(date(2031, 3, 31), date(2031, 4, 6), "week")
WEEKEND = DateSpan(date(2031, 4, 5), date(2031, 4, 6), "day")


def test_the_noun_of_a_sentence_goes_with_that_sentences_event() -> None:
    hosted = mention("a.txt", 0, "meeting", WEEK, RIOS, FORUM, places=("Suva",),
                     trigger="hosted")
    such = mention("a.txt", 0, "meeting", WEEK, RIOS, US, trigger="meeting")
    tokyo = mention("a.txt", 200, "meeting", WEEKEND, RIOS, TANAKA, places=("Tokyo",),
                    trigger="met")
    for order in permutations([hosted, such, tokyo]):
        events = merge_mentions(list(order))
        # (one source per sentence: the Tokyo talks cite only their own sentence)
        assert sorted(sorted(sources(e)) for e in events) == [
            [("a.txt", 0)], [("a.txt", 200)]]


def test_a_noun_of_another_sentence_still_joins_by_its_people() -> None:
    # no sentence in common: the report naming the minister and Tanaka is the Tokyo talks
    tokyo = mention("a.txt", 200, "meeting", WEEKEND, RIOS, TANAKA, places=("Tokyo",),
                    trigger="met")
    again = mention("a.txt", 400, "meeting", WEEK, RIOS, TANAKA, trigger="meeting")
    (event,) = merge_mentions([tokyo, again])
    assert sources(event) == {("a.txt", 200), ("a.txt", 400)}
