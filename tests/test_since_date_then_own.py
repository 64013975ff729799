"""`their first talks since 2022 on Monday`: a since-phrase that is a date alone closes
the noun's stretch; the date right after it is the noun's own (timing.own_date,
`_past_the_since_date`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from extract_helpers import mentions_of, one_of_kind


def test_own_date_after_a_since_date() -> None:
    text = ("Defense Secretary Lloyd Austin and Defense Minister Dong Jun held their first "
            "talks since 2022 on Friday.")
    m = one_of_kind(mentions_of(text, "2024-06-03"), "talks")
    assert m.date is not None and m.date.start == dt.date(2024, 5, 31)


def test_since_date_alone_dates_nothing() -> None:
    # near miss: no date after the since-phrase, and 2022 is the last talks'
    text = ("Defense Secretary Lloyd Austin and Defense Minister Dong Jun held their first "
            "talks since 2022.")
    m = one_of_kind(mentions_of(text, "2024-06-03"), "talks")
    assert m.date is None or m.date.start.year != 2022


def test_date_of_a_since_clause_is_not_the_noun_s() -> None:
    # near miss: `since X met Y in Bali on Nov. 14` is a clause with its own date
    text = ("Defense Secretary Lloyd Austin and Defense Minister Dong Jun held their first "
            "talks since Biden met Xi in Bali on Nov. 14.")
    talks = [m for m in mentions_of(text, "2024-06-03") if m.kind == "talks"]
    assert all(m.date is None or m.date.start != dt.date(2023, 11, 14) for m in talks)
