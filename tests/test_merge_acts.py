"""Kind `other` gathers unrelated acts: a legal charge and a consulate ordered closed on
one day between the same two countries are two events, while two reports of one act
still merge. Invented mentions only."""

from __future__ import annotations

from merge_builders import US, day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

IR = Actor("Iran", "IR", None, "country")


def test_a_charge_and_a_closure_of_one_day_stay_two_events() -> None:
    # `Prosecutors charged two Iranian hackers on May 3` / `Washington ordered the
    # Iranian consulate in Houston closed on May 3`
    charged = mention("a.txt", 0, "other", day(2031, 5, 3), US, IR, places=("Houston",),
                      trigger="charged")
    closed = mention("b.txt", 0, "other", day(2031, 5, 3), US, IR, places=("Houston",),
                     trigger="ordered closed")
    for order in ([charged, closed], [closed, charged]):
        assert len(merge_mentions(order)) == 2


def test_two_reports_of_one_closure_still_merge() -> None:
    # `ordered the consulate closed on Tuesday` / `the closure of the consulate`
    closed = mention("a.txt", 0, "other", day(2031, 5, 3), US, IR, places=("Houston",),
                     trigger="ordered closed")
    closure = mention("b.txt", 0, "other", day(2031, 5, 3), US, IR, places=("Houston",),
                      trigger="closure")
    assert len(merge_mentions([closed, closure])) == 1


def test_an_other_act_of_no_known_name_may_join_a_known_one() -> None:
    # `Washington retaliated on May 3` / `Washington raised tariffs on May 3`
    retaliated = mention("a.txt", 0, "other", day(2031, 5, 3), US, IR, trigger="retaliated")
    tariffs = mention("b.txt", 0, "other", day(2031, 5, 3), US, IR, trigger="raised tariffs")
    assert len(merge_mentions([retaliated, tariffs])) == 1
