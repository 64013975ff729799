"""A call between two countries spans their time zones, so two articles may date it a day
apart (`spoke on Tuesday evening, Washington time` / `a phone call on Wednesday`, the
other capital's date): one call, the dates kept as a conflict. Not two days apart, not
within one article, and not a meeting held in person; and a call tied to a summit by no
person is not that summit. Our own people and days."""

from __future__ import annotations

from itertools import permutations

from merge_builders import CN, US, day, mention, sources

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

LARSEN = Actor("Ida Larsen", "US", "President")
ZHOU = Actor("Zhou Peiran", "CN", "President")
OKAFOR = Actor("Emeka Okafor", "US", "Secretary of State")
HAN = Actor("Han Lixin", "CN", "Foreign Minister")
TANAKA = Actor("Kenji Tanaka", "JP", "Prime Minister")


def test_reports_of_one_call_a_day_apart_in_two_articles_are_one_call() -> None:
    evening = mention("a.txt", 0, "call", day(2031, 3, 4), LARSEN, ZHOU, trigger="spoke by phone")
    morning = mention("b.txt", 0, "call", day(2031, 3, 5), LARSEN, ZHOU, trigger="phone call")
    (event,) = merge_mentions([evening, morning])
    assert sources(event) == {("a.txt", 0), ("b.txt", 0)}
    assert event.conflicts  # the two dates stay on record


def test_a_call_told_only_by_its_countries_joins_the_leaders_call_of_the_day_before() -> None:
    leaders = mention("a.txt", 0, "call", day(2031, 3, 4), LARSEN, ZHOU, trigger="spoke by phone")
    again = mention("c.txt", 0, "call", day(2031, 3, 4), LARSEN, ZHOU, trigger="call")
    countries = mention("b.txt", 0, "call", day(2031, 3, 5), US, CN, trigger="telephone call")
    for order in permutations([leaders, again, countries]):
        (event,) = merge_mentions(list(order))
        assert event.date == day(2031, 3, 4)  # two articles against one


def test_calls_two_days_apart_or_with_other_people_stay_apart() -> None:
    first = mention("a.txt", 0, "call", day(2031, 3, 4), LARSEN, ZHOU, trigger="spoke by phone")
    later = mention("b.txt", 0, "call", day(2031, 3, 6), LARSEN, ZHOU, trigger="phone call")
    ministers = mention("b.txt", 0, "call", day(2031, 3, 5), OKAFOR, HAN, trigger="phone call")
    assert len(merge_mentions([first, later])) == 2
    assert len(merge_mentions([first, ministers])) == 2


def test_one_article_dating_two_calls_a_day_apart_keeps_both() -> None:
    # an article that tells both days tells two calls (`spoke on Monday and again on Tuesday`)
    monday = mention("a.txt", 0, "call", day(2031, 3, 3), LARSEN, ZHOU, trigger="spoke by phone")
    tuesday = mention("a.txt", 50, "call", day(2031, 3, 4), LARSEN, ZHOU, trigger="spoke again")
    assert len(merge_mentions([monday, tuesday])) == 2


def test_meetings_held_in_person_a_day_apart_stay_apart() -> None:
    # in one place, both articles use its clock: two days are two meetings
    one = mention("a.txt", 0, "meeting", day(2031, 3, 4), OKAFOR, HAN, places=("Geneva",))
    two = mention("b.txt", 0, "meeting", day(2031, 3, 5), OKAFOR, HAN, places=("Geneva",))
    assert len(merge_mentions([one, two])) == 2


def test_a_call_between_the_countries_is_not_a_summit_hosted_that_day() -> None:
    summit = mention("a.txt", 0, "summit", day(2031, 3, 5), LARSEN, TANAKA, US, CN,
                     status="planned", trigger="host")
    call = mention("b.txt", 0, "call", day(2031, 3, 5), US, CN, trigger="telephone call")
    for order in permutations([summit, call]):
        assert len(merge_mentions(list(order))) == 2


def test_a_call_of_the_same_people_still_joins_their_talks_or_virtual_summit() -> None:
    # `talks` may be held by video; a summit its people held by video names them both
    call = mention("a.txt", 0, "call", day(2031, 3, 5), LARSEN, ZHOU, trigger="spoke by video")
    talks = mention("b.txt", 0, "talks", day(2031, 3, 5), US, CN, trigger="talks")
    summit = mention("c.txt", 0, "summit", day(2031, 3, 5), LARSEN, ZHOU, trigger="summit")
    assert len(merge_mentions([call, talks])) == 1
    assert len(merge_mentions([call, summit])) == 1
