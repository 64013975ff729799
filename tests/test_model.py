"""The data model: date spans, their labels and precisions, publication dates."""

from __future__ import annotations

from datetime import date

import pytest

from usc_timeline.model import DateSpan, Document, Published


@pytest.mark.parametrize(
    ("start", "end", "precision", "label"),
    [
        (date(2023, 6, 19), date(2023, 6, 19), "day", "19 Jun 2023"),
        (date(2023, 6, 18), date(2023, 6, 19), "day", "18–19 Jun 2023"),
        (date(2023, 5, 29), date(2023, 6, 4), "week", "29 May–4 Jun 2023"),
        (date(2023, 5, 1), date(2023, 5, 31), "month", "May 2023"),
        (date(2022, 12, 30), date(2023, 1, 2), "day", "30 Dec 2022–2 Jan 2023"),
        (date(2023, 3, 1), date(2023, 5, 31), "season", "Mar–May 2023"),
        (date(1972, 1, 1), date(1982, 12, 31), "year", "1972–1982"),
        (date(2018, 1, 1), date(2018, 12, 31), "year", "2018"),
        (date(1990, 1, 1), date(1999, 12, 31), "decade", "1990s"),
    ],
)
def test_default_labels(start: date, end: date, precision: str, label: str) -> None:
    assert DateSpan(start, end, precision).label == label


def test_span_rejects_reversed_interval_and_unknown_precision() -> None:
    with pytest.raises(ValueError, match="ends before"):
        DateSpan(date(2023, 6, 2), date(2023, 6, 1))
    with pytest.raises(ValueError, match="precision"):
        DateSpan(date(2023, 6, 1), date(2023, 6, 1), "fortnight")


def test_overlap_and_containment() -> None:
    may = DateSpan(date(2023, 5, 1), date(2023, 5, 31), "month")
    late_may = DateSpan(date(2023, 5, 21), date(2023, 5, 31), "month")
    june = DateSpan(date(2023, 6, 1), date(2023, 6, 30), "month")
    assert may.contains(late_may) and may.overlaps(late_may)
    assert not may.overlaps(june) and not june.contains(may)


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [("2023", "2023-01-01", "2023-12-31", "year"),
     ("2024-02", "2024-02-01", "2024-02-29", "month"),
     ("2023-06-20", "2023-06-20", "2023-06-20", "day")],
)
def test_partial_publication_dates(value: str, start: str, end: str, precision: str) -> None:
    span = Published(value, "catalog.toml").span
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (start, end,
                                                                               precision)


def test_body_blanks_front_matter_without_moving_offsets() -> None:
    doc = Document("a.md", "---\ntitle: X\n---\nBody.", body_start=17)
    assert doc.body == "   \n        \n   \nBody."
    assert len(doc.body) == len(doc.text)
