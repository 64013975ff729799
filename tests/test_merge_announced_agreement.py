"""An agreement one article tells by its making and another by its announcing is one
event; within one article, or on another day, or about another matter, the two stay
apart. Invented mentions only."""

from __future__ import annotations

from merge_builders import CN, day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

RUDD = Actor("Kevin Rudd", "AU", "Prime Minister", "person")
ABE = Actor("Shinzo Abe", "JP", "Prime Minister", "person")
AU = Actor("Australia", "AU", None, "country")


def test_a_deal_announced_is_the_deal_made() -> None:
    # `Rudd read out on March 4 a joint statement agreed with Beijing` / `The accord had
    # been announced by Mr. Rudd on March 4 in a televised address`
    made = mention("a.txt", 0, "agreement", day(2031, 3, 4), RUDD, CN, trigger="agreed")
    told = mention("b.txt", 0, "announcement", day(2031, 3, 4), RUDD, trigger="announced")
    events = merge_mentions([made, told])
    assert len(events) == 1
    assert events[0].kind == "agreement"
    assert {s.document for s in events[0].sources} == {"a.txt", "b.txt"}


def test_one_article_that_tells_both_keeps_them_two() -> None:
    # `Rudd and Beijing agreed on March 4 to ...; the same day Rudd announced new visas`
    made = mention("a.txt", 0, "agreement", day(2031, 3, 4), RUDD, CN, trigger="agreed")
    told = mention("a.txt", 200, "announcement", day(2031, 3, 4), RUDD, trigger="announced")
    assert len(merge_mentions([made, told])) == 2


def test_another_day_another_matter_or_another_person_stays_apart() -> None:
    made = mention("a.txt", 0, "agreement", day(2031, 3, 4), RUDD, CN, trigger="agreed",
                   issues=("trade",))
    later = mention("b.txt", 0, "announcement", day(2031, 3, 6), RUDD, trigger="announced")
    assert len(merge_mentions([made, later])) == 2
    other_matter = mention("b.txt", 0, "announcement", day(2031, 3, 4), RUDD, AU,
                           trigger="announced", issues=("climate",))
    assert len(merge_mentions([made, other_matter])) == 2
    other_person = mention("b.txt", 0, "announcement", day(2031, 3, 4), ABE,
                           trigger="announced")
    assert len(merge_mentions([made, other_person])) == 2
