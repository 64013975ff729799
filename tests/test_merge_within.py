"""A place inside a country that another report only names is weak ground: it ties two
reports of one day, but a report dated only to a week or a month that names a person the
other lacks is another meeting there. Invented mentions only."""

from __future__ import annotations

from merge_builders import day, mention, week

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

JP = Actor("Japan", "JP", None, "country")
IR = Actor("Iran", "IR", None, "country")
TANAKA = Actor("Ken Tanaka", None, None)


def test_a_vague_meeting_in_a_city_is_not_talks_of_its_country() -> None:
    # `league owners met Tanaka in Osaka earlier this week` / `Japan and Iran held
    # talks on Tuesday` (the talks name no place)
    owners = mention("a.txt", 0, "meeting", week(2031, 6, 2), TANAKA, places=("Osaka",),
                     trigger="met")
    talks = mention("b.txt", 0, "talks", day(2031, 6, 3), JP, IR, trigger="held talks")
    assert len(merge_mentions([owners, talks])) == 2


def test_a_meeting_in_a_city_on_the_day_still_joins_its_country() -> None:
    # `talks in Osaka on Tuesday` / `Japan and Iran held talks on Tuesday`
    osaka = mention("a.txt", 0, "talks", day(2031, 6, 3), IR, places=("Osaka",),
                    trigger="talks")
    talks = mention("b.txt", 0, "talks", day(2031, 6, 3), JP, IR, trigger="held talks")
    assert len(merge_mentions([osaka, talks])) == 1


def test_a_vague_report_naming_no_one_else_still_joins() -> None:
    # `talks in Osaka earlier this week` (naming Iran) / `Japan and Iran held talks on
    # Tuesday`: it names no person the dated report lacks
    osaka = mention("a.txt", 0, "talks", week(2031, 6, 2), IR, places=("Osaka",),
                    trigger="talks")
    talks = mention("b.txt", 0, "talks", day(2031, 6, 3), JP, IR, trigger="held talks")
    assert len(merge_mentions([osaka, talks])) == 1
