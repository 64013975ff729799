"""Reports of one meeting name different companions: `Biden, with Yellen, met Xi` in
one article, `Xi met Biden and Raimondo` in another. Both name the principals of two
countries, so the extra names are who came along (or a name wrongly picked up), not a
second meeting; two meetings with different counterparts still stay apart. Our own
people and sentences."""

from __future__ import annotations

from merge_builders import day, mention, sources

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

ORTIZ = Actor("Lena Ortiz", "US", "President")
WANG = Actor("Wang Tao", "CN", "President")
LI = Actor("Li Mingde", "CN", "Foreign Minister")
PRICE = Actor("Sam Price", "US", "Treasury Secretary")
KEANE = Actor("Ada Keane", "US", "Commerce Secretary")
REED = Actor("Tom Reed", "US", "National Security Adviser")
GAO = Actor("Gao Wen", "CN", "Vice Premier")


def test_the_same_principals_with_different_companions_are_one_meeting() -> None:
    # a.txt: `Ortiz, joined by Treasury Secretary Price, met Wang in Lima on Friday`
    # b.txt: `Wang met Ortiz and Commerce Secretary Keane in Lima on Friday`
    a = mention("a.txt", 0, "meeting", day(2031, 11, 14), ORTIZ, PRICE, WANG, places=("Lima",))
    b = mention("b.txt", 0, "meeting", day(2031, 11, 14), WANG, ORTIZ, KEANE, places=("Lima",))
    for ms in ([a, b], [b, a]):
        events = merge_mentions(ms)
        assert len(events) == 1
        assert sources(events[0]) == {("a.txt", 0), ("b.txt", 0)}


def test_a_third_report_joins_after_the_first_two_named_different_companions() -> None:
    # the cluster of the first two names Price and Keane; `Ortiz and Wang, with Reed,
    # met on Friday` names a third companion and still joins
    a = mention("a.txt", 0, "meeting", day(2031, 11, 14), ORTIZ, PRICE, WANG, places=("Lima",))
    b = mention("b.txt", 0, "meeting", day(2031, 11, 14), WANG, ORTIZ, places=("Lima",))
    c = mention("c.txt", 0, "meeting", day(2031, 11, 14), ORTIZ, WANG, REED, places=("Lima",))
    events = merge_mentions([a, b, c])
    assert len(events) == 1


def test_different_counterparts_are_still_two_meetings() -> None:
    # `Ortiz met Wang` / `Ortiz met Li` on the same day in one city: one shared person
    a = mention("a.txt", 0, "meeting", day(2031, 11, 14), ORTIZ, WANG, places=("Lima",))
    b = mention("b.txt", 0, "meeting", day(2031, 11, 14), ORTIZ, LI, places=("Lima",))
    assert len(merge_mentions([a, b])) == 2


def test_a_shared_pair_from_one_country_is_no_pair_of_principals() -> None:
    # `Ortiz and Reed met Wang` / `Ortiz and Reed met Gao`: the two shared people are both
    # of one side, so the counterparts differ and the meetings stay apart
    a = mention("a.txt", 0, "meeting", day(2031, 11, 14), ORTIZ, REED, WANG, places=("Lima",))
    b = mention("b.txt", 0, "meeting", day(2031, 11, 14), ORTIZ, REED, GAO, places=("Lima",))
    assert len(merge_mentions([a, b])) == 2
