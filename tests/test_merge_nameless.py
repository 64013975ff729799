"""An act of a day told with no one named joins the one act of that day that an article of
its story tells, through a matter or a place both name (merge/nameless.py); never without
that shared story, on another day, on another matter or in another place, for a meeting,
or when two acts could be the one. Our own people, bodies and sentences."""

from __future__ import annotations

from merge_builders import CN, US, day, documents_of, mention, shared_story

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Mention

OKAFOR = Actor("Ada Okafor", "US", "President", "person")
LIN = Actor("Lin Qiaoming", "CN", "Foreign Minister", "person")


def story(*docs: str) -> list[Mention]:
    # `Okafor and Lin met in Harbin on June 4, 2031`, told by every article of the story
    return shared_story(day(2031, 6, 4), OKAFOR, LIN, place="Harbin", docs=docs)


def passive(doc: str = "a.txt", when: int = 9, issues: tuple[str, ...] = ("technology",),
            places: tuple[str, ...] = ()) -> Mention:
    # `The order, signed on Wednesday afternoon, bars some investments in chip makers`
    return mention(doc, 0, "other", day(2031, 8, when), places=places, trigger="signed",
                   issues=issues)


def signed(doc: str = "b.txt", when: int = 9, issues: tuple[str, ...] = ("technology",),
           places: tuple[str, ...] = (), kind: str = "other") -> Mention:
    # `President Okafor signed an executive order on Wednesday that bars investment`
    return mention(doc, 0, kind, day(2031, 8, when), OKAFOR, US, CN, places=places,
                   trigger="signed", issues=issues)


def test_a_nameless_act_joins_the_act_of_its_day_on_its_matter() -> None:
    events = merge_mentions([passive(), signed(), *story("a.txt", "b.txt")])
    assert documents_of(events) == [{"a.txt", "b.txt"}, {"a.txt", "b.txt"}]


def test_a_place_both_name_ties_them() -> None:
    # `The law was passed in Lakeport and came into force on Aug. 9` / `The law was adopted
    # in Lakeport on Tuesday and signed by President Okafor the same day` (an agreement)
    law = passive(issues=(), places=("Lakeport",))
    adopted = signed(issues=(), places=("Lakeport",), kind="agreement")
    assert len(merge_mentions([law, adopted, *story("a.txt", "b.txt")])) == 2


def test_nothing_in_common_is_no_tie() -> None:
    assert len(merge_mentions([passive(issues=()), signed(issues=()),
                               *story("a.txt", "b.txt")])) == 3


def test_another_day_stays_apart() -> None:
    assert len(merge_mentions([passive(), signed(when=10), *story("a.txt", "b.txt")])) == 3


def test_without_a_shared_story_they_stay_apart() -> None:
    assert len(merge_mentions([passive(), signed(), *story("a.txt")])) == 3


def test_another_matter_stays_apart() -> None:
    events = merge_mentions([passive(), signed(issues=("trade",)), *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_another_place_stays_apart() -> None:
    events = merge_mentions([passive(places=("Lakeport",)), signed(places=("Harbin",)),
                             *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_two_acts_that_could_be_it_leave_it_apart() -> None:
    # a third article of the story tells Lin announcing curbs on chips that day
    curbs = mention("c.txt", 0, "announcement", day(2031, 8, 9), LIN, CN, trigger="announced",
                    issues=("technology",))
    events = merge_mentions([passive(), signed(), curbs, *story("a.txt", "b.txt", "c.txt")])
    assert [d for d in documents_of(events) if len(d) == 1] == [{"a.txt"}, {"b.txt"}, {"c.txt"}]


def test_a_meeting_that_day_is_no_act_of_this_rule() -> None:
    met = mention("b.txt", 0, "meeting", day(2031, 8, 9), OKAFOR, LIN, trigger="met",
                  issues=("technology",))
    assert len(merge_mentions([passive(), met, *story("a.txt", "b.txt")])) == 3
