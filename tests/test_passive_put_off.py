"""Called-off plans in more wordings: an event noun and a passive calling-off verb whose
form opens with its auxiliary (`has been pushed back`, form `been pushed back`) are one
postponed event, as with `has been postponed`; a plan's relative clause past who it was
with (`consultations with Washington that had been planned for this month`) dates it."""

from __future__ import annotations

from extract_helpers import days_of_kind, mentions_of

DAY = "2031-04-20"  # a Sunday


def test_talks_that_have_been_pushed_back() -> None:
    ms = mentions_of("Friday's planned talks between John Kerry and Xie Zhenhua have been "
                     "pushed back, Beijing said.", DAY)
    assert [(m.kind, m.status) for m in ms if m.kind in ("postponement", "talks")] == [
        ("postponement", "postponed")]


def test_people_pushed_back_are_no_postponement() -> None:
    # near miss
    assert days_of_kind("The protesters were pushed back by police in Hong Kong on Friday.",
                        DAY, "postponement") == []


def test_a_plan_told_past_who_it_was_with() -> None:
    # `… consultations with Beijing that had been planned for this month`: the plan's date
    assert days_of_kind("Washington cancelled a round of arms-control consultations with "
                        "Beijing that had been planned for this month.", DAY,
                        "cancellation") == ["2031-04-01"]
    # near miss: a relative clause that tells no plan gives no plan's date
    assert days_of_kind("Washington scrapped the consultations with Beijing that were set up "
                        "in 2029 to discuss trade.", DAY, "cancellation") == ["undated"]
