"""An act of no named kind (`other`) joins the one measure, calling-off, incident or
announcement of its side that an article of its story tells by its kind
(merge/kindless.py); never without that shared story, for another side, speaker, matter or
time, for an act the acts table names, or when two events could be the one. Our own
people, bodies and sentences throughout."""

from __future__ import annotations

from merge_builders import CN, US, day, mention, month

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, DateSpan, Event, Mention

OKAFOR = Actor("Ada Okafor", "US", "Secretary of State", "person")
LIN = Actor("Lin Qiaoming", "CN", "Foreign Minister", "person")
SENATE = Actor("Senate", "US", None, "organization")
WHITE_HOUSE = Actor("White House", "US", None, "organization")
SEA = ("south_china_sea", "military")


def _docs(events: list[Event]) -> list[set[str]]:
    return sorted(({s.document for s in e.sources} for e in events), key=sorted)


def story(*docs: str) -> list[Mention]:
    # `Okafor and Lin met in Harbin on March 4, 2031`, told by every article of the story
    return [mention(d, 900, "meeting", day(2031, 3, 4), OKAFOR, LIN, places=("Harbin",))
            for d in docs]


def hemmed(doc: str = "a.txt", *actors: Actor, when: DateSpan | None = None,
           trigger: str = "hemmed in", issues: tuple[str, ...] = SEA) -> Mention:
    # `The survey ship was hemmed in by Chinese trawlers in March 2031`
    return mention(doc, 0, "other", when or month(2031, 3), *(actors or (CN,)),
                   trigger=trigger, issues=issues)


def incident(doc: str = "b.txt", *actors: Actor, when: DateSpan | None = None,
             issues: tuple[str, ...] = SEA) -> Mention:
    # `in March 2031, when Chinese trawlers harassed the survey ship`
    return mention(doc, 0, "military_incident", when or month(2031, 3),
                   *(actors or (CN,)), trigger="harassed", issues=issues)


def test_an_act_of_no_named_kind_joins_the_incident_its_story_tells() -> None:
    events = merge_mentions([hemmed(), incident(), *story("a.txt", "b.txt")])
    assert _docs(events) == [{"a.txt", "b.txt"}, {"a.txt", "b.txt"}]
    (joined,) = [e for e in events if e.kind != "meeting"]
    assert joined.kind == "military_incident"


def test_a_month_act_joins_the_measure_of_a_day_in_it() -> None:
    # `the chip rules Washington laid down in March` / `the export controls of March 12`
    laid = hemmed("a.txt", US, CN, trigger="laid down", issues=("export_controls",))
    rules = mention("b.txt", 0, "export_control", day(2031, 3, 12), US, CN,
                    trigger="export controls", issues=("export_controls", "technology"))
    events = merge_mentions([laid, rules, *story("a.txt", "b.txt")])
    assert len(events) == 2
    (joined,) = [e for e in events if e.kind != "meeting"]
    assert joined.kind == "export_control"  # the event keeps the kind the other names


def test_two_reports_naming_no_matter_join_on_their_day() -> None:
    # `China broke its silence on Friday` / `Beijing confirmed it on March 14`
    broke = hemmed(when=day(2031, 3, 14), trigger="broke", issues=())
    confirmed = mention("b.txt", 0, "announcement", day(2031, 3, 14), CN,
                        trigger="confirmed")
    events = merge_mentions([broke, confirmed, *story("a.txt", "b.txt")])
    assert len(events) == 2


def test_without_a_shared_story_they_stay_apart() -> None:
    # two articles that tell nothing else in common: a side acts often in a month
    assert len(merge_mentions([hemmed(), incident(), *story("a.txt")])) == 3


def test_naming_no_matter_over_a_month_is_no_tie() -> None:
    events = merge_mentions([hemmed(issues=()), incident(issues=()),
                             *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_an_act_the_acts_table_names_stays_apart() -> None:
    # `Chinese police detained the ship's crew in March` is not the harassment
    events = merge_mentions([hemmed(trigger="detained"), incident(),
                             *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_two_events_that_could_be_it_leave_it_apart() -> None:
    # the incident and a ban on fishing, both China's in March about the sea
    ban = mention("c.txt", 0, "ban", month(2031, 3), CN, trigger="banned", issues=SEA)
    events = merge_mentions([hemmed(), incident(), ban, *story("a.txt", "b.txt", "c.txt")])
    assert [d for d in _docs(events) if len(d) == 1] == [{"a.txt"}, {"b.txt"}, {"c.txt"}]


def test_another_side_stays_apart() -> None:
    events = merge_mentions([hemmed("a.txt", US), incident(), *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_another_doer_stays_apart() -> None:
    # `The Senate followed on March 14` is not the White House's announcement that day
    voted = hemmed("a.txt", SENATE, when=day(2031, 3, 14), trigger="followed", issues=())
    said = mention("b.txt", 0, "announcement", day(2031, 3, 14), WHITE_HOUSE,
                   trigger="announced")
    events = merge_mentions([voted, said, *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_another_matter_stays_apart() -> None:
    events = merge_mentions([hemmed(issues=("trade",)), incident(),
                             *story("a.txt", "b.txt")])
    assert len(events) == 3
