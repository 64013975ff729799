"""What one country does at home fills a month: a report dated only to a week or a month
joins a report of another article dated more finely through that one country only when
the two share a matter. Invented mentions only."""

from __future__ import annotations

from merge_builders import CN, US, day, mention, month, week

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

BR = Actor("Brazil", "BR", None, "country")


def test_a_vague_act_of_one_country_is_not_its_dated_act() -> None:
    # `a blogger was arrested in May` (Brazil) / `a Brasilia court struck down a law on
    # Thursday` (Brazil)
    arrest = mention("a.txt", 0, "other", month(2031, 5), BR, trigger="arrested")
    ruling = mention("b.txt", 0, "other", day(2031, 5, 15), BR, trigger="struck down")
    assert len(merge_mentions([arrest, ruling])) == 2


def test_a_vague_dismissal_is_not_an_appointment_of_that_week() -> None:
    # `officers were to be sacked, the minister said last month` / `a governor was
    # named two weeks ago` (one country each, nothing else in common)
    sacked = mention("a.txt", 0, "appointment", month(2031, 3), BR, trigger="sacked")
    named = mention("b.txt", 0, "appointment", week(2031, 3, 17), BR, trigger="named")
    assert len(merge_mentions([sacked, named])) == 2


def test_a_shared_matter_still_joins_them() -> None:
    # `Brazil closed its borders in May over the outbreak` / `Brazil shut its borders
    # on 15 May to stop the outbreak`
    vague = mention("a.txt", 0, "other", month(2031, 5), BR, trigger="closed",
                    issues=("covid",))
    dated = mention("b.txt", 0, "other", day(2031, 5, 15), BR, trigger="shut",
                    issues=("covid",))
    assert len(merge_mentions([vague, dated])) == 1


def test_two_copies_dated_alike_still_join() -> None:
    # one wire story in two papers: `... in May`, both
    one = mention("a.txt", 0, "other", month(2031, 5), BR, trigger="protested")
    two = mention("b.txt", 0, "other", month(2031, 5), BR, trigger="protested")
    assert len(merge_mentions([one, two])) == 1


def test_a_back_reference_to_an_act_between_two_countries_still_joins() -> None:
    # `Beijing halted the dialogue in August` recalls `China suspended its dialogue with
    # the US on 5 August`: an act between two countries is rarer than one at home
    halted = mention("a.txt", 0, "cancellation", day(2031, 8, 5), CN, US,
                     trigger="suspended")
    recalled = mention("b.txt", 0, "cancellation", month(2031, 8), CN, trigger="halted")
    assert len(merge_mentions([halted, recalled])) == 1
