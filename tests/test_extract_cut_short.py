"""Cutting a visit short ends it early: the visit named is called off, one event of kind
cancellation, not a visit that took place; a life or a career cut short is no event."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def _found(text: str) -> list[tuple[str, str]]:
    doc = Document("case.txt", text, published=Published("2018-10-04", "test"))
    return [(m.kind, m.status) for m in extract_mentions(doc)]


def test_cutting_a_visit_short_is_a_cancellation() -> None:
    found = _found("On Tuesday, Brazil cut short a visit to Argentina by its trade minister, "
                   "Paulo Siqueira.")
    assert ("cancellation", "cancelled") in found, found
    assert not [k for k, _ in found if k == "visit"], found


def test_a_career_cut_short_is_no_event() -> None:
    assert not _found("The career of Senator Ada Cole was cut short by illness in 2016.")
