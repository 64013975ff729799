"""Dates a trip's wording gives: a verb of going `for a four-day trip` spans the trip's
days (not an arrival, one day; not a conference), and a holiday that names a speech
(`his New Year's address on Dec. 31`) is not the day it was given."""

from __future__ import annotations

from extract_helpers import mentions_of

DAY = "2031-04-20"  # a Sunday


def _spans(text: str, kind: str) -> list[tuple[str, str]]:
    return [(str(m.date.start), str(m.date.end)) for m in mentions_of(text, DAY)
            if m.kind == kind and m.date is not None]


def test_going_somewhere_for_an_n_day_trip_spans_its_days() -> None:
    assert _spans("Commerce Secretary Gina Raimondo travels to Shanghai on Thursday for a "
                  "three-day trip focused on chips.", "visit") == [("2031-04-24", "2031-04-26")]


def test_an_arrival_or_a_conference_keeps_one_day() -> None:
    # near misses: the arrival is the first day only; a conference is no trip
    assert ("2031-04-14", "2031-04-14") in _spans(
        "Antony Blinken arrived in Delhi on Monday for a three-day visit.", "arrival")
    assert _spans("Antony Blinken flew to Delhi on Monday for a five-day conference on "
                  "climate.", "visit") == [("2031-04-14", "2031-04-14")]


def test_a_holiday_naming_a_speech_is_not_its_day() -> None:
    assert _spans("Xi Jinping said in his New Year's address on Dec. 31 that reunification "
                  "was unstoppable.", "statement") == [("2030-12-31", "2030-12-31")]
