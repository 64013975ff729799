"""A noun in apposition that ranks the clause's event among its kind (`…, the first such
visit since 2019`) names that event again: no event of its own, and the year after
`since` (the last one before) dates nothing (anchors.ranks_last; `such` after an
adjective makes the word a noun, clauses._adjective_before). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from extract_helpers import mentions_of


def test_first_such_visit_since_a_year_is_the_clause_s_event() -> None:
    text = ("The premier received the American senators in Beijing on Thursday, the first "
            "such visit since 2017.")
    ms = mentions_of(text, "2024-04-08")
    assert [(m.kind, m.date.start if m.date else None) for m in ms] == [
        ("meeting", dt.date(2024, 4, 4))]


def test_first_meeting_in_years_makes_no_second_event() -> None:
    text = ("Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore "
            "on Friday, their first meeting in 18 months.")
    ms = mentions_of(text, "2024-06-03")
    assert len([m for m in ms if m.kind in ("meeting", "talks", "visit")]) == 1


def test_first_visit_by_an_official_since_a_year() -> None:
    text = ("Treasury Secretary Janet Yellen met Premier Li Qiang in Beijing on Friday, the "
            "first visit by a Treasury chief since 2019.")
    ms = mentions_of(text, "2023-07-10")
    assert all(m.date is not None and m.date.start.year == 2023 for m in ms)
    assert len(ms) == 1


def test_an_earlier_visit_named_after_the_clause_stays() -> None:
    # near miss: `months after a visit by …` is another event, with its own date
    text = ("Treasury Secretary Janet Yellen met Premier Li Qiang in Beijing on Friday, months "
            "after a visit by Commerce Secretary Gina Raimondo in August.")
    ms = mentions_of(text, "2024-04-08")
    visits = [m for m in ms if m.kind == "visit"]
    assert len(visits) == 1 and visits[0].date is not None
    assert visits[0].date.start == dt.date(2023, 8, 1)


def test_the_event_after_since_stays() -> None:
    # near miss: the noun after `since` is the last one before, an event of its own
    text = ("President Biden met President Xi Jinping in Woodside on Wednesday, the first "
            "since the summit in Bali in November.")
    ms = mentions_of(text, "2024-06-10")
    assert sorted((m.kind, m.date.start if m.date else None) for m in ms) == [
        ("summit", dt.date(2023, 11, 1)), ("summit", dt.date(2024, 6, 5))]


def test_highest_ranking_official_to_visit_makes_no_plan() -> None:
    # `to visit` after a rank tells who did, the clause's visit, not a plan of its own
    text = ("Foreign Minister Wang Yi visited Washington last week, the highest-ranking "
            "Chinese official to visit since 2019.")
    ms = mentions_of(text, "2024-04-08")
    assert [(m.kind, m.status) for m in ms] == [("visit", "occurred")]


def test_a_plan_to_visit_after_a_clause_stays() -> None:
    # near miss: `, and she plans to visit …` is no rank in apposition
    text = ("Treasury Secretary Janet Yellen met Premier Li Qiang in Beijing on Friday, and "
            "she plans to visit Shanghai in May.")
    ms = mentions_of(text, "2024-04-08")
    assert [m.status for m in ms if m.kind == "visit"] == ["planned"]
