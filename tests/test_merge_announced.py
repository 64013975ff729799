"""A side's announcement told by one article joins the measure another article tells that
side taking that day (merge/announced.py): through a person or body both name, or through
the side's country and a matter both name; never within one article, on another day, by
another side, against the announcer itself, through a country alone for an act of no
named kind, or when two measures of the day could be the one announced. Our own people,
bodies and sentences throughout."""

from __future__ import annotations

from dataclasses import replace

from merge_builders import CN, US, day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Event, Mention

MINISTRY = Actor("Commerce Ministry", "CN", None, "organization")
BUREAU = Actor("State Department", "US", None, "organization")
TRADE = ("export_controls", "trade")


def _docs(events: list[Event]) -> list[set[str]]:
    return sorted(({s.document for s in e.sources} for e in events), key=sorted)


def banned(doc: str = "b.txt", *actors: Actor, on: int = 9, at: int = 0) -> Mention:
    # `China on Tuesday banned exports of rare-earth magnets to the United States`
    return mention(doc, at, "ban", day(2031, 3, on), *(actors or (CN, US)), trigger="banned",
                   issues=TRADE)


def told(doc: str, *actors: Actor, issues: tuple[str, ...] = TRADE, on: int = 9) -> Mention:
    # `Beijing's reply, announced on Tuesday, was a halt to magnet exports`
    return mention(doc, 0, "announcement", day(2031, 3, on), *actors, trigger="announced",
                   issues=issues)


def test_a_countrys_announcement_joins_the_ban_another_article_tells_that_day() -> None:
    (event,) = merge_mentions([told("a.txt", CN), banned()])
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}
    assert event.kind == "ban"


def test_a_bodys_announcement_joins_its_act_of_no_named_kind() -> None:
    # `the State Department said on Tuesday it would treat two news agencies as missions` /
    # `the two agencies the State Department designated as missions on Tuesday`
    act = mention("b.txt", 0, "other", day(2031, 3, 9), BUREAU, CN, trigger="designated")
    (event,) = merge_mentions([told("a.txt", BUREAU, CN, issues=()), act])
    assert len(event.sources) == 2


def test_an_announced_calling_off_joins_the_cancellation() -> None:
    # `the suspension, announced on Tuesday` / `Beijing suspended the dialogue on Tuesday`
    off = mention("b.txt", 0, "cancellation", day(2031, 3, 9), CN, US, status="cancelled",
                  trigger="suspended", issues=("military",))
    (event,) = merge_mentions([told("a.txt", CN, issues=("military",)), off])
    assert len(event.sources) == 2


def test_a_country_and_no_common_matter_stay_apart() -> None:
    # `China announced a new space station crew on Tuesday` is not its ban of that day
    events = merge_mentions([told("a.txt", CN, issues=("space",)), banned()])
    assert _docs(events) == [{"a.txt"}, {"b.txt"}]


def test_another_day_stays_apart() -> None:
    assert len(merge_mentions([told("a.txt", CN), banned(on=10)])) == 2


def test_one_article_telling_both_keeps_them_two() -> None:
    assert len(merge_mentions([told("a.txt", CN), banned("a.txt", at=40)])) == 2


def test_another_sides_measure_stays_apart() -> None:
    # `Washington announced on Tuesday` is not `Beijing's ministry banned on Tuesday`
    assert len(merge_mentions([told("a.txt", US), banned("b.txt", MINISTRY)])) == 2


def test_a_measure_aimed_at_the_announcer_is_not_its_own() -> None:
    duty = mention("b.txt", 0, "sanction", day(2031, 3, 9), CN, trigger="tariffs",
                   issues=TRADE)
    duty = replace(duty, targets=("CN",))
    assert len(merge_mentions([told("a.txt", CN), duty])) == 2


def test_an_act_of_no_named_kind_needs_more_than_a_country() -> None:
    # `Beijing announced on Tuesday` / `Beijing expelled a reporter on Tuesday`
    act = mention("b.txt", 0, "other", day(2031, 3, 9), CN, trigger="expelled",
                  issues=TRADE)
    assert len(merge_mentions([told("a.txt", CN), act])) == 2


def test_two_measures_of_the_day_leave_the_announcement_apart() -> None:
    # `Beijing's reprisals, announced on Friday` could be its ban or its cancellation
    off = mention("c.txt", 0, "cancellation", day(2031, 3, 9), CN, US, status="cancelled",
                  trigger="suspended", issues=TRADE)
    events = merge_mentions([told("a.txt", CN), banned(), off])
    assert _docs(events) == [{"a.txt"}, {"b.txt"}, {"c.txt"}]


OKAFOR = Actor("Ada Okafor", "US", "President")


def test_an_announcement_naming_the_measure_joins_it_named_by_its_target_only() -> None:
    # `The new duties were unveiled by the lake on Monday` (Okafor's, said before) /
    # `the duties on Chinese steel unveiled on March 9`, told naming China alone
    unveiled = mention("a.txt", 0, "announcement", day(2031, 3, 9), OKAFOR,
                       trigger="duties … unveiled")
    duty = replace(mention("b.txt", 0, "sanction", day(2031, 3, 9), CN,
                           trigger="duties unveiled", issues=("trade",)), targets=("CN",))
    (event,) = merge_mentions([unveiled, duty])
    assert len(event.sources) == 2


def test_an_announcement_naming_no_measure_stays_apart_from_one_named_by_its_target() -> None:
    # `Okafor announced on Monday that she would run again` is not the duties of that day
    said = mention("a.txt", 0, "announcement", day(2031, 3, 9), OKAFOR, trigger="announced")
    duty = replace(mention("b.txt", 0, "sanction", day(2031, 3, 9), CN,
                           trigger="duties unveiled", issues=("trade",)), targets=("CN",))
    assert len(merge_mentions([said, duty])) == 2
