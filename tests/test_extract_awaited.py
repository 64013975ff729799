"""Being awaited in a place (`is expected in Canberra`, `was due in Lima`) is a planned
visit; `expected in` before a date or anything but a place is no visit."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def _visits(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    doc = Document("case.txt", text, published=Published("2019-05-06", "test"))
    return [(m.status, m.places, m.date.label if m.date else None)
            for m in extract_mentions(doc) if m.kind == "visit"]


def test_expected_in_a_city_is_a_planned_visit() -> None:
    found = _visits("Prime Minister Lena Morvik is expected in Canberra on Thursday for "
                    "talks on fisheries.")
    assert ("planned", ("Canberra",), "9 May 2019") in found, found


def test_expected_in_a_month_or_a_report_is_no_visit() -> None:
    assert not _visits("A ruling from Prime Minister Lena Morvik is expected in May, "
                       "officials said.")
    assert not _visits("Foreign Minister Ivo Rask said more arrivals are expected in the "
                       "coming weeks.")
