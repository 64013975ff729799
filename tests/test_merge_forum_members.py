"""A forum's summit told by no one's name: the countries two reports name are members or
candidates it decided about, not its parties, so reports of one forum's summit dated to
days up to two apart are one summit whichever countries each names (`Closing a two-day
summit, Nordic Council leaders welcomed Estonia and Latvia` / `the Nordic Council
decided at its summit on Wednesday to invite Lithuania and Poland`). Reports that name
leaders, of another forum, or days further apart stay apart."""

from __future__ import annotations

from datetime import date

from merge_builders import day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, DateSpan, Mention

FORUM = Actor("Nordic Council", None, None, "organization")
OTHER_FORUM = Actor("Arctic Council", None, None, "organization")
EE = Actor("Estonia", "EE", None, "country")
LV = Actor("Latvia", "LV", None, "country")
LT = Actor("Lithuania", "LT", None, "country")
PL = Actor("Poland", "PL", None, "country")
LEADER = Actor("Ola Nordmann", "NO", "prime minister", "person")
GUEST = Actor("Jan Kowalski", "PL", "president", "person")

TWO_DAYS = DateSpan(date(2034, 5, 9), date(2034, 5, 10), "day")


def _summit(doc: str, when: DateSpan, *actors: Actor) -> Mention:
    return mention(doc, 0, "summit", when, *actors, trigger="summit")


def test_one_forums_summit_whatever_members_each_names() -> None:
    events = merge_mentions([_summit("a.txt", TWO_DAYS, FORUM, EE, LV),
                             _summit("b.txt", day(2034, 5, 10), FORUM, LT, PL)])
    assert [{s.document for s in e.sources} for e in events] == [{"a.txt", "b.txt"}]


def test_named_leaders_another_forum_or_other_days_stay_apart() -> None:
    first = _summit("a.txt", TWO_DAYS, FORUM, EE, LV)
    for other in (_summit("b.txt", day(2034, 5, 10), FORUM, LEADER, GUEST, LT, PL),
                  _summit("b.txt", day(2034, 5, 10), OTHER_FORUM, LT, PL),
                  _summit("b.txt", day(2034, 5, 20), FORUM, LT, PL)):
        assert len(merge_mentions([first, other])) == 2, other.actors
