"""A clause opening the sentence before the main one: `Hours after X on Tuesday, Y did Z`
dates Z to that day (extract/anchors.py `hours_from`), and a noun that took over the verb
of announcing after it has that verb's subject (`After the talks ended, Beijing announced
tariffs`: extract/segments.py `segments`)."""

from __future__ import annotations

from datetime import date

from extract_helpers import mentions_of

PUBLISHED = "2031-02-07"  # a Friday


def _sanctions(text: str) -> list[tuple[date | None, set[str]]]:
    return [(m.date.start if m.date else None, {a.name for a in m.actors})
            for m in mentions_of(text, PUBLISHED) if m.kind == "sanction"]


def test_hours_after_a_dated_clause_is_that_day() -> None:
    text = ("Hours after the talks in Geneva ended on Tuesday, Beijing imposed tariffs on "
            "American soybeans.")
    assert [d for d, _ in _sanctions(text)] == [date(2031, 2, 4)]


def test_days_after_is_not_that_day() -> None:
    # near miss: days after, not hours
    text = ("Days after the talks in Geneva ended on Tuesday, Beijing imposed tariffs on "
            "American soybeans.")
    assert date(2031, 2, 4) not in [d for d, _ in _sanctions(text)]


def test_the_announcer_after_an_opening_clause_lays_the_measure() -> None:
    text = ("After the talks in Geneva ended on Tuesday, Beijing announced tariffs on "
            "American soybeans.")
    assert any("China" in actors for _, actors in _sanctions(text))
