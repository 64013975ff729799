"""A forum's summit lasts days: one article dates it by its opening day, another by its
close (`the summit opens on Saturday` / `the summit ended on Sunday`); both are one summit
dated across the two days. Not a week apart, not another forum's, not a meeting of
the forum's ministers. Our own forums' summits."""

from __future__ import annotations

from merge_builders import day, mention, sources

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

PACIFIC = Actor("Pacific Islands Forum", None, None, "organization")
ANDEAN = Actor("Andean Community", None, None, "organization")


def test_two_days_of_a_forums_summit_are_one_summit_over_both_days() -> None:
    opens = mention("a.txt", 0, "summit", day(2031, 8, 9), PACIFIC, trigger="summit")
    ended = mention("b.txt", 0, "summit", day(2031, 8, 10), PACIFIC, places=("Suva",),
                    trigger="summit")
    (event,) = merge_mentions([opens, ended])
    assert sources(event) == {("a.txt", 0), ("b.txt", 0)}
    assert event.date is not None
    assert (event.date.start, event.date.end) == (day(2031, 8, 9).start, day(2031, 8, 10).end)
    assert not event.conflicts


def test_a_summit_a_week_later_or_of_another_forum_stays_apart() -> None:
    opens = mention("a.txt", 0, "summit", day(2031, 8, 9), PACIFIC, trigger="summit")
    later = mention("b.txt", 0, "summit", day(2031, 8, 16), PACIFIC, trigger="summit")
    other = mention("c.txt", 0, "summit", day(2031, 8, 10), ANDEAN, trigger="summit")
    assert len(merge_mentions([opens, later])) == 2
    assert len(merge_mentions([opens, other])) == 2


def test_the_forums_ministers_meeting_the_day_before_is_not_its_summit() -> None:
    # `the forum's foreign ministers met on Friday` / `the forum's summit opens on Saturday`
    ministers = mention("a.txt", 0, "meeting", day(2031, 8, 8), PACIFIC, trigger="met")
    opens = mention("b.txt", 0, "summit", day(2031, 8, 9), PACIFIC, trigger="summit")
    assert len(merge_mentions([ministers, opens])) == 2
