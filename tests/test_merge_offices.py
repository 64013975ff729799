"""A person and the body their post stands for are one doer to merging (merge/offices.py,
offices.toml): `President Morris raised tariffs on Chinese steel on Tuesday` and `the
White House raised tariffs on Chinese steel last week` are one measure; the same report by
another department stays apart. Mentions built for these tests."""

from __future__ import annotations

from merge_builders import CN, day, mention, week

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, DateSpan, Mention

PRESIDENT = Actor("Dana Morris", "US", "President", "person")
WHITE_HOUSE = Actor("White House", "US", None, "organization")
COMMERCE = Actor("Commerce Department", "US", None, "organization")


def _tariffs(doc: str, when: DateSpan, *actors: Actor) -> Mention:
    return mention(doc, 0, "sanction", when, *actors, trigger="raised tariffs",
                   issues=("trade",))


def test_the_president_and_the_white_house_are_one_doer() -> None:
    events = merge_mentions([_tariffs("a.txt", day(2036, 3, 11), PRESIDENT, CN),
                             _tariffs("b.txt", week(2036, 3, 10), WHITE_HOUSE, CN)])
    assert [{s.document for s in e.sources} for e in events] == [{"a.txt", "b.txt"}]


def test_another_department_stays_another_doer() -> None:
    # near miss: the Commerce Department is no body the president's post stands for
    events = merge_mentions([_tariffs("a.txt", day(2036, 3, 11), PRESIDENT, CN),
                             _tariffs("b.txt", week(2036, 3, 10), COMMERCE, CN)])
    assert len(events) == 2
