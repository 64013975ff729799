"""An announcement that names no matter (`Beijing confirmed it only on March 9`) joins the
one announcement of its side and day told by an article of the same story (one that
already shares another event with its article), merge/matterless.py; never without that
shared story, for another side or day, for another speaker, or when two announcements of
the day could be the one. Our own people, bodies and sentences throughout."""

from __future__ import annotations

from merge_builders import CN, US, day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Event, Mention

MINISTRY = Actor("Ministry of Water Resources", "CN", None, "organization")
OKAFOR = Actor("Ada Okafor", "US", "Secretary of State", "person")
LIN = Actor("Lin Qiaoming", "CN", "Foreign Minister", "person")
ZHAO = Actor("Zhao Wenhai", "CN", "Premier", "person")


def _docs(events: list[Event]) -> list[set[str]]:
    return sorted(({s.document for s in e.sources} for e in events), key=sorted)


def story(*docs: str) -> list[Mention]:
    # `Okafor and Lin met in Harbin on March 4`, told by every article of the story
    return [mention(d, 900, "meeting", day(2031, 3, 4), OKAFOR, LIN, places=("Harbin",))
            for d in docs]


def bare(doc: str = "a.txt", *actors: Actor, on: int = 9) -> Mention:
    # `Beijing confirmed it only on March 9`
    return mention(doc, 0, "announcement", day(2031, 3, on), *(actors or (CN,)),
                   trigger="confirmed")


def declared(doc: str = "b.txt", *actors: Actor, on: int = 9,
             issues: tuple[str, ...] = ("military",)) -> Mention:
    # `The water ministry announced a new flood-control zone on March 9`
    return mention(doc, 0, "announcement", day(2031, 3, on), *(actors or (MINISTRY, CN)),
                   trigger="announced", issues=issues)


def test_a_matterless_announcement_joins_the_one_its_story_tells() -> None:
    events = merge_mentions([bare(), declared(), *story("a.txt", "b.txt")])
    assert _docs(events) == [{"a.txt", "b.txt"}, {"a.txt", "b.txt"}]
    (joined,) = [e for e in events if e.kind == "announcement"]
    assert joined.issues == ("military",)


def test_two_matterless_reports_of_one_side_join_too() -> None:
    # `the Foreign Ministry acknowledged the test last Thursday` / `Beijing acknowledged
    # it publicly on March 9`
    ministry = Actor("Chinese Foreign Ministry", "CN", None, "organization")
    events = merge_mentions([bare(), bare("b.txt", ministry), *story("a.txt", "b.txt")])
    assert _docs(events) == [{"a.txt", "b.txt"}, {"a.txt", "b.txt"}]


def test_without_a_shared_story_they_stay_apart() -> None:
    # two articles that tell nothing else in common: a country announces much in a day
    events = merge_mentions([bare(), declared(), *story("a.txt"), *story("c.txt")])
    assert {"a.txt", "b.txt"} not in _docs(events)


def test_two_announcements_of_the_day_leave_it_apart() -> None:
    other = declared("c.txt", issues=("trade",))
    events = merge_mentions([bare(), declared(), other,
                             *story("a.txt", "b.txt", "c.txt")])
    assert [{"a.txt"}, {"b.txt"}, {"c.txt"}] == [
        d for d in _docs(events) if len(d) == 1]


def test_another_side_stays_apart() -> None:
    # `Washington confirmed it on March 9` is not Beijing's announcement
    events = merge_mentions([bare("a.txt", US), declared(), *story("a.txt", "b.txt")])
    assert {"a.txt", "b.txt"} == next(d for d in _docs(events) if len(d) == 2)
    assert len(events) == 3


def test_another_day_stays_apart() -> None:
    events = merge_mentions([bare(on=10), declared(), *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_another_speaker_stays_apart() -> None:
    # `Premier Zhao confirmed it on March 9` is not what Minister Lin announced that day
    events = merge_mentions([bare("a.txt", ZHAO, CN), declared("b.txt", LIN, CN),
                             *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_an_announcement_naming_its_matter_is_no_part() -> None:
    # both name a matter, and not the same one: the flood zone is not the trade rules
    events = merge_mentions([declared("a.txt", issues=("trade",)), declared(),
                             *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_one_report_with_a_wrong_speaker_does_not_take_the_side() -> None:
    # the zone's announcement told by three articles, one of them with the visitor who
    # came to discuss it as its first actor (`Okafor arrived in Beijing, concerned about
    # the zone China declared on March 9`): China is still the side most reports give
    wrong = declared("c.txt", OKAFOR, CN)
    third = declared("d.txt", CN)
    events = merge_mentions([bare(), declared(), wrong, third,
                             *story("a.txt", "b.txt", "c.txt", "d.txt")])
    assert {"a.txt", "b.txt", "c.txt", "d.txt"} in [
        {s.document for s in e.sources} for e in events if e.kind == "announcement"]


def test_announcements_of_other_stories_that_day_do_not_crowd_it_out() -> None:
    # seventy articles of other stories tell China announcing other things that day: only
    # the articles of its own story are looked at, so the one there is still found
    others = [declared(f"x{i}.txt", issues=(f"matter{i}",)) for i in range(70)]
    events = merge_mentions([bare(), declared(), *others, *story("a.txt", "b.txt")])
    assert _docs(events).count({"a.txt", "b.txt"}) == 2
