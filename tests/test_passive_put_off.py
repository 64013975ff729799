"""An event noun and a passive calling-off verb whose form opens with its auxiliary
(`has been pushed back`, form `been pushed back`) are one postponed event, as with
`has been postponed`."""

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
