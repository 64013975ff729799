"""What one article tells a person or body did on a day joins the one act of another family
that day, of that person or body, that an article of its story tells (merge/oneday.py);
never without that shared story, on another day, for another person or matter, for
meetings, or when two acts could be the one. Our own people, bodies and sentences."""

from __future__ import annotations

from merge_builders import CN, US, day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Event, Mention

OKAFOR = Actor("Ada Okafor", "US", "Secretary of State", "person")
LIN = Actor("Lin Qiaoming", "CN", "Ambassador", "person")
ZHU = Actor("Zhu Wenhai", "CN", "Ambassador", "person")
MINISTRY = Actor("Defense Ministry", "CN", None, "organization")
FOREIGN = Actor("Foreign Ministry", "CN", None, "organization")


def _docs(events: list[Event]) -> list[set[str]]:
    return sorted(({s.document for s in e.sources} for e in events), key=sorted)


def story(*docs: str) -> list[Mention]:
    # `Okafor met the Chinese envoy in Lisbon on June 4, 2031`, told by every article
    return [mention(d, 900, "meeting", day(2031, 6, 4), OKAFOR, CN, places=("Lisbon",))
            for d in docs]


def summoned(doc: str = "a.txt", *actors: Actor, when: int = 13,
             issues: tuple[str, ...] = ("covid",)) -> Mention:
    # `Ambassador Lin was summoned to the State Department on May 13 over the posts`
    return mention(doc, 0, "other", day(2031, 5, when), *(actors or (LIN, US)),
                   trigger="summoned", issues=issues)


def told(doc: str = "b.txt", *actors: Actor, when: int = 13,
         issues: tuple[str, ...] = ()) -> Mention:
    # `Lin was called in on Friday and told that such claims would not be tolerated`
    return mention(doc, 0, "statement", day(2031, 5, when), *(actors or (LIN, US)),
                   trigger="told", issues=issues)


def test_an_act_joins_what_its_story_tells_of_the_same_person_that_day() -> None:
    events = merge_mentions([summoned(), told(), *story("a.txt", "b.txt")])
    assert _docs(events) == [{"a.txt", "b.txt"}, {"a.txt", "b.txt"}]


def test_a_body_named_on_both_sides_ties_them() -> None:
    # `The ministry made it public on May 13` (an incident) / `The Defense Ministry said
    # on Friday that a destroyer had cut across the path of its frigate` (a statement)
    public = mention("a.txt", 0, "military_incident", day(2031, 5, 13), MINISTRY,
                     trigger="made it public", issues=("military",))
    said = mention("b.txt", 0, "statement", day(2031, 5, 13), MINISTRY, CN,
                   trigger="said", issues=("military",))
    assert len(merge_mentions([public, said, *story("a.txt", "b.txt")])) == 2


def test_another_day_stays_apart() -> None:
    events = merge_mentions([summoned(), told(when=14), *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_without_a_shared_story_they_stay_apart() -> None:
    assert len(merge_mentions([summoned(), told(), *story("a.txt")])) == 3


def test_another_person_stays_apart() -> None:
    # Ambassador Zhu told something that day is not Lin's summons
    events = merge_mentions([summoned(), told("b.txt", ZHU, US), *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_another_body_stays_apart() -> None:
    public = mention("a.txt", 0, "military_incident", day(2031, 5, 13), MINISTRY,
                     trigger="made it public", issues=("military",))
    said = mention("b.txt", 0, "statement", day(2031, 5, 13), FOREIGN, CN,
                   trigger="said", issues=("military",))
    assert len(merge_mentions([public, said, *story("a.txt", "b.txt")])) == 3


def test_another_matter_stays_apart() -> None:
    events = merge_mentions([summoned(), told(issues=("trade",)), *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_two_acts_that_could_be_it_leave_it_apart() -> None:
    # a third article of the story tells Lin signing a note that day
    signed = mention("c.txt", 0, "agreement", day(2031, 5, 13), LIN, US, trigger="signed")
    events = merge_mentions([summoned(), told(), signed, *story("a.txt", "b.txt", "c.txt")])
    assert [d for d in _docs(events) if len(d) == 1] == [{"a.txt"}, {"b.txt"}, {"c.txt"}]


def test_a_meeting_that_day_is_no_act_of_this_rule() -> None:
    # `Okafor met Lin on May 13` is not what she said that day
    met = mention("a.txt", 0, "meeting", day(2031, 5, 13), OKAFOR, LIN, trigger="met")
    said = mention("b.txt", 0, "statement", day(2031, 5, 13), OKAFOR, trigger="said")
    assert len(merge_mentions([met, said, *story("a.txt", "b.txt")])) == 3
