"""Labels people read: date precision and status, short names in the right order."""

from __future__ import annotations

from datetime import date

import pytest

from usc_timeline import labels
from usc_timeline.model import Actor, DateSpan, Event

BLINKEN = Actor("Antony Blinken", "US", "Secretary of State")
WANG = Actor("Wang Yi", "CN", "Director of the Foreign Affairs Commission")


def test_labels_show_precision_and_status() -> None:
    def ev(span: DateSpan | None, status: str = "occurred") -> Event:
        return Event("x", "t", "visit", status, span)

    assert labels.date_label(ev(DateSpan(date(2023, 6, 19), date(2023, 6, 19)))) == "19 Jun 2023"
    assert labels.date_label(ev(DateSpan(date(2023, 5, 1), date(2023, 5, 31), "month"))) == (
        "May 2023")
    late_jan = DateSpan(date(2023, 1, 21), date(2023, 1, 31), "month")
    assert labels.date_label(ev(late_jan)) == "late Jan 2023"
    early_june = DateSpan(date(2023, 6, 1), date(2023, 6, 10), "month")
    assert labels.date_label(ev(early_june)) == "early Jun 2023"
    year = DateSpan(date(2021, 1, 1), date(2021, 12, 31), "year")
    assert labels.date_label(ev(year, "planned")) == "2021 (planned)"
    assert labels.date_label(ev(year, "unknown")) == "2021"
    assert labels.date_label(ev(None)) == "undated"
    # a label the extractor chose is kept
    summer = DateSpan(date(2023, 6, 1), date(2023, 8, 31), "season", "summer 2023")
    assert labels.date_label(ev(summer, "postponed")) == "summer 2023 (postponed)"


def test_short_names_follow_name_order() -> None:
    assert labels.short_name(BLINKEN) == "Blinken"
    assert labels.short_name(WANG) == "Wang"
    assert labels.short_name(Actor("Joseph R. Biden Jr.", "US")) == "Biden"
    assert labels.short_name(Actor("China", "CN", kind="country")) == "CN"
    # a country already represented by one of its people is not repeated
    china = Actor("China", "CN", kind="country")
    assert labels.actors_short((BLINKEN, WANG, china)) == "Blinken, Wang"


@pytest.mark.parametrize(("name", "country", "short"), [
    ("Carrie Lam", "CN", "Lam"), ("Jimmy Lai", "CN", "Lai"), ("Martin Lee", "CN", "Lee"),
    ("Lai Ching-te", "TW", "Lai"), ("Tsai Ing-wen", "TW", "Tsai"), ("Moon Jae-in", "KR", "Moon"),
])
def test_an_english_given_name_before_an_east_asian_family_name(name: str, country: str,
                                                                short: str) -> None:
    assert labels.short_name(Actor(name, country)) == short


def test_partial_years_and_weeks() -> None:
    assert labels.span_label(DateSpan(date(2023, 1, 1), date(2023, 4, 30), "year")) == (
        "early 2023")
    assert labels.span_label(DateSpan(date(2023, 9, 1), date(2023, 12, 31), "year")) == (
        "late 2023")
    assert labels.span_label(DateSpan(date(2023, 6, 11), date(2023, 6, 20), "month")) == (
        "mid Jun 2023")
    assert labels.span_label(DateSpan(date(2023, 6, 19), date(2023, 6, 25), "week")) == (
        "week of 19 Jun 2023")
    # a span that is no simple part keeps the model's label
    odd = DateSpan(date(2023, 6, 3), date(2023, 6, 29), "month")
    assert labels.span_label(odd) == odd.label


def test_weekday_and_long_names() -> None:
    assert labels.weekday_label(date(2023, 6, 20)) == "Tue 20 Jun 2023"
    assert labels.actor_long(BLINKEN) == "Antony Blinken (Secretary of State, US)"
    assert labels.actor_long(Actor("Pentagon", None, None, "organization")) == "Pentagon"
