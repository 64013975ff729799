"""`arrived in Beijing on Sunday for the highest-level visit since 2018`: a visit the
arrival is for begins with it, after `the` as after `a`/`his` (anchors.tied_to_last).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from extract_helpers import mentions_of, one_of_kind


def test_arrival_for_the_visit_dates_it() -> None:
    text = ("Treasury Secretary Janet Yellen arrived in Beijing on Thursday for the highest-level "
            "visit by an American economic official since 2019.")
    m = one_of_kind(mentions_of(text, "2023-07-10"), "visit")
    assert m.date is not None and m.date.start == dt.date(2023, 7, 6)


def test_a_visit_not_the_arrival_s_purpose_keeps_apart() -> None:
    # near miss: `weeks after the visit by …` is an earlier visit, not this arrival's
    text = ("Treasury Secretary Janet Yellen arrived in Beijing on Thursday, weeks after the "
            "visit by Secretary of State Antony Blinken.")
    visits = [m for m in mentions_of(text, "2023-07-10") if m.kind == "visit"]
    assert all(m.date is None or m.date.start != dt.date(2023, 7, 6) for m in visits)
