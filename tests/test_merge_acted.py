"""An act the extractor names no kind for (`other`) joins the announcement or the measure
another article reports the same person making that day about the same matter; never
within one article, on another day, or about another matter. Our own people and
sentences throughout."""

from __future__ import annotations

from merge_builders import CN, day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

OSEI = Actor("Kwame Osei", "US", "President")


def test_an_act_joins_the_announcement_of_it_told_by_another_article() -> None:
    # `Osei extended the trade waiver on Thursday` / `Osei's announcement on Thursday`
    act = mention("a.txt", 0, "other", day(2029, 5, 24), OSEI, CN, trigger="extended",
                  issues=("trade",))
    said = mention("b.txt", 0, "announcement", day(2029, 5, 24), OSEI, CN,
                   trigger="announcement", issues=("trade",))
    (event,) = merge_mentions([act, said])
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}


def test_an_order_joins_the_measure_it_imposed_told_by_another_article() -> None:
    # `Osei on Saturday signed orders imposing duties` / `duties ordered by Osei on Saturday`
    act = mention("a.txt", 0, "other", day(2029, 6, 2), OSEI, trigger="signed orders",
                  issues=("trade",))
    duty = mention("b.txt", 0, "sanction", day(2029, 6, 2), OSEI, CN, trigger="duties",
                   issues=("trade",))
    (event,) = merge_mentions([act, duty])
    assert event.kind == "sanction"


def test_one_article_telling_both_tells_two_acts() -> None:
    act = mention("a.txt", 0, "other", day(2029, 6, 2), OSEI, trigger="signed orders",
                  issues=("trade",))
    duty = mention("a.txt", 40, "sanction", day(2029, 6, 2), OSEI, CN, trigger="duties",
                   issues=("trade",))
    assert len(merge_mentions([act, duty])) == 2


def test_another_day_is_another_act() -> None:
    act = mention("a.txt", 0, "other", day(2029, 6, 1), OSEI, trigger="signed orders",
                  issues=("trade",))
    duty = mention("b.txt", 0, "sanction", day(2029, 6, 2), OSEI, CN, trigger="duties",
                   issues=("trade",))
    assert len(merge_mentions([act, duty])) == 2


def test_another_matter_is_another_act() -> None:
    # `Osei pardoned two dissidents on Saturday` is not his duties of that day
    act = mention("a.txt", 0, "other", day(2029, 6, 2), OSEI, trigger="pardoned",
                  issues=("human_rights",))
    duty = mention("b.txt", 0, "sanction", day(2029, 6, 2), OSEI, CN, trigger="duties",
                   issues=("trade",))
    assert len(merge_mentions([act, duty])) == 2
