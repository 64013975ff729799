"""A visit a visa or permit is granted for is what the grant allows later, not an event of
the sentence: the grant (its announcement) is. A visit someone gets approval *to* make is
still a planned visit."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def _mentions(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document("case.txt", text, published=Published("2011-09-30", "test"))
    return [(m.kind, m.status, m.date.label if m.date else None)
            for m in extract_mentions(doc)]


def test_a_visa_for_a_visit_is_the_announcement_not_the_visit() -> None:
    text = ("On Sept. 14, the State Department announced that it would grant Chancellor "
            "Hilde Brandt a visa for a two-day visit to Boston.")
    found = _mentions(text)
    assert ("announcement", "occurred", "14 Sep 2011") in found, found
    assert not [m for m in found if m[0] == "visit"], found


def test_approval_to_visit_is_still_a_planned_visit() -> None:
    text = ("Parliament gave approval for Prime Minister Aiko Tanabe to visit Canberra "
            "next month.")
    found = _mentions(text)
    assert any(k == "visit" and s == "planned" for k, s, _ in found), found
