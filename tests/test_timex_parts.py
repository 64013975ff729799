"""Early, mid and late parts of a period (timex/dates.span_of). Sentences written for these
tests."""

from __future__ import annotations

from usc_timeline.timex import find_timexes


def test_part_of_a_year_is_a_four_month_season() -> None:
    # a third of a year is four whole months, so an event said to fall 'early next year'
    # is placed in January-April at season precision, not over the whole year
    found = {t.text: t.span for t in find_timexes(
        "Talks resume early next year and end in late 2025.", "2024-11-02")}
    early, late = found["early next year"], found["late 2025"]
    assert early is not None and late is not None
    assert (str(early.start), str(early.end), early.precision) == (
        "2025-01-01", "2025-04-30", "season")
    assert (str(late.start), str(late.end), late.precision) == (
        "2025-09-01", "2025-12-31", "season")


def test_part_of_a_month_keeps_month_precision() -> None:
    # near miss: 'early March' stays a month's part (1-10 March) at month precision
    span = next(t.span for t in find_timexes("The vote came in early March.", "2024-11-02"))
    assert span is not None
    assert (str(span.start), str(span.end), span.precision) == (
        "2024-03-01", "2024-03-10", "month")
