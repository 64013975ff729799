"""An incident dated only by the day it was made public (`A Chinese frigate crossed the bow
of an American destroyer off Qingdao, U.S. officials said on Friday`) joins the one
announcement or statement of that day told by an article of the same story (`The Navy
made it public on Friday`), merge/disclosed.py; never an incident some report dates on
its own, nor without the shared story, on another day, for another matter, or when two
disclosures of the day could be the one. Our own people, bodies and sentences
throughout."""

from __future__ import annotations

from dataclasses import replace

from merge_builders import CN, US, day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Event, Mention

FLEET = Actor("Pacific Fleet", "US", None, "organization")
PLA_NAVY = Actor("PLA Navy", "CN", None, "organization")
OKAFOR = Actor("Ada Okafor", "US", "Secretary of State", "person")
LIN = Actor("Lin Qiaoming", "CN", "Foreign Minister", "person")


def _docs(events: list[Event]) -> list[set[str]]:
    return sorted(({s.document for s in e.sources} for e in events), key=sorted)


def story(*docs: str) -> list[Mention]:
    # `Okafor and Lin met in Harbin on March 4`, told by every article of the story
    return [mention(d, 900, "meeting", day(2031, 3, 4), OKAFOR, LIN, places=("Harbin",))
            for d in docs]


def told(doc: str = "a.txt", on: int = 14, basis: str = "report",
         issues: tuple[str, ...] = ("military",)) -> Mention:
    # `A Chinese frigate crossed the bow of an American destroyer off Qingdao, U.S.
    # officials said on Friday`: the incident dated by the day it was told
    m = mention(doc, 0, "military_incident", day(2031, 3, on), PLA_NAVY, US,
                trigger="crossed", issues=issues)
    return replace(m, source=replace(m.source, date_basis=basis))


def disclosed(doc: str = "b.txt", on: int = 14, kind: str = "announcement",
              issues: tuple[str, ...] = ("military",)) -> Mention:
    # `The Pacific Fleet made the encounter public on March 14`
    return mention(doc, 0, kind, day(2031, 3, on), FLEET, trigger="made … public",
                   issues=issues)


def test_an_incident_told_by_its_disclosure_day_joins_the_disclosure() -> None:
    events = merge_mentions([told(), disclosed(), *story("a.txt", "b.txt")])
    assert _docs(events) == [{"a.txt", "b.txt"}, {"a.txt", "b.txt"}]
    (joined,) = [e for e in events if e.kind != "meeting"]
    assert joined.kind == "announcement"


def test_a_statement_of_the_day_is_a_disclosure_too() -> None:
    events = merge_mentions([told(), disclosed(kind="statement"),
                             *story("a.txt", "b.txt")])
    assert _docs(events) == [{"a.txt", "b.txt"}, {"a.txt", "b.txt"}]


def test_an_incident_dated_on_its_own_stays_the_incident() -> None:
    # `A Chinese frigate crossed the bow of an American destroyer on Friday`
    events = merge_mentions([told(basis="own"), disclosed(), *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_without_a_shared_story_they_stay_apart() -> None:
    events = merge_mentions([told(), disclosed(), *story("a.txt"), *story("c.txt")])
    assert {"a.txt", "b.txt"} not in _docs(events)


def test_another_day_stays_apart() -> None:
    events = merge_mentions([told(on=14), disclosed(on=15), *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_another_matter_stays_apart() -> None:
    events = merge_mentions([told(), disclosed(issues=("trade",)),
                             *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_two_disclosures_of_the_day_leave_it_apart() -> None:
    # the fleet's disclosure and, in a third article, the ministry's protest that day
    ministry = Actor("Chinese Foreign Ministry", "CN", None, "organization")
    protest = mention("c.txt", 0, "statement", day(2031, 3, 14), ministry, CN,
                      trigger="protested", issues=("military",))
    events = merge_mentions([told(), disclosed(), protest,
                             *story("a.txt", "b.txt", "c.txt")])
    assert {"a.txt"} in _docs(events)
    assert len(events) == 4
