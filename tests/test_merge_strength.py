"""How firmly a mention's date counts in merging comes from the date's structured basis
(Source.date_basis), not from the wording shown to people (Source.date_how)."""

from __future__ import annotations

from dataclasses import replace

from merge_builders import CN, US, day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.merge.features import strength
from usc_timeline.model import Mention


def _based(m: Mention, basis: str, how: str) -> Mention:
    return replace(m, source=replace(m.source, date_basis=basis, date_how=how))


def test_strength_follows_the_basis_not_the_wording() -> None:
    m = mention("a.txt", 0, "meeting", day(2024, 3, 5), US, CN)
    # wording that once decided the strength, under another basis, no longer does
    assert strength(_based(m, "own", "carried over from the previous sentence")) == 2
    assert strength(_based(m, "own", "future tense relative to the report")) == 2
    assert strength(_based(m, "carried", "'Tuesday' as in the sentence before")) == 1
    assert strength(_based(m, "report", "'Monday'; when it was said")) == 1
    assert strength(_based(m, "tense", "will meet: after publication")) == 0
    assert strength(replace(m, date=None)) == -1


def test_an_own_date_outweighs_a_carried_one_in_the_event_date() -> None:
    # two articles date one agreement a day apart: the date an article's own sentence
    # gives wins over one carried over from the sentence before, whatever the wording says
    own = _based(mention("a.txt", 0, "agreement", day(2024, 3, 5), US, CN,
                         issues=("fentanyl",)), "own", "carried over, as the reporter wrote")
    carried = _based(mention("b.txt", 0, "agreement", day(2024, 3, 4), US, CN,
                             issues=("fentanyl",)), "carried", "'Monday'")
    events = merge_mentions([own, carried])
    assert [e.date for e in events] == [day(2024, 3, 5)]
