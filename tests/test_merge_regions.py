"""A distinctive matter (a balloon, fentanyl) ties reports of one act whose dates disagree;
a region where many acts happen (Hong Kong, Xinjiang, Tibet) does not: a law signed
about Hong Kong and the other side's answer weeks later are two acts, even when both are
`other` measures. On one day the region still ties them. Our own people and days."""

from __future__ import annotations

from merge_builders import CN, US, day, mention, month

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

VOSS = Actor("Dana Voss", "US", "President")


def test_a_region_does_not_tie_acts_of_one_kind_weeks_apart() -> None:
    signed = mention("a.txt", 0, "other", day(2031, 5, 6), VOSS, issues=("hong_kong",),
                     trigger="signed")
    answer = mention("b.txt", 0, "other", day(2031, 6, 2), CN, US, issues=("hong_kong",),
                     trigger="retaliation")
    assert len(merge_mentions([signed, answer])) == 2
    assert len(merge_mentions([answer, signed])) == 2


def test_a_region_does_not_tie_a_month_to_a_day_outside_it() -> None:
    # `in May` and a measure of June 2: apart, though the region is shared
    may = mention("a.txt", 0, "sanction", month(2031, 5), US, issues=("xinjiang",),
                  trigger="sanctions")
    june = mention("b.txt", 0, "sanction", day(2031, 6, 2), US, issues=("xinjiang",),
                   trigger="sanctions")
    assert len(merge_mentions([may, june])) == 2


def test_a_distinctive_matter_still_ties_disagreeing_dates() -> None:
    early = mention("a.txt", 0, "other", day(2031, 5, 6), US, issues=("fentanyl",),
                    trigger="designated")
    late = mention("b.txt", 0, "other", day(2031, 5, 20), US, issues=("fentanyl",),
                   trigger="designated")
    (event,) = merge_mentions([early, late])
    assert event.conflicts


def test_the_region_still_ties_reports_of_one_day() -> None:
    one = mention("a.txt", 0, "other", day(2031, 5, 6), VOSS, issues=("hong_kong",),
                  trigger="signed")
    two = mention("b.txt", 0, "other", day(2031, 5, 6), US, issues=("hong_kong",),
                  trigger="signed")
    assert len(merge_mentions([one, two])) == 1
