"""A saying's date is its own, not one of what was said (extract/sayings.py)."""

from __future__ import annotations

from datetime import date

import pytest

from usc_timeline.extract.core import extract_mentions
from usc_timeline.extract.sayings import in_what_was_said, recent
from usc_timeline.model import DateSpan, Document, Mention, Published


def _mentions(text: str) -> list[Mention]:
    doc = Document(id="t.txt", text=text, published=Published("2023-06-20", "test"))
    return extract_mentions(doc)


@pytest.mark.parametrize(("text", "inside"), [
    ("Wang said on Monday", False),
    ("Wang said here Monday", False),
    ("Wang told reporters in Beijing on Monday", False),
    ("Wang said in a statement released on Monday", False),
    ("Wang said the talks that ended on Monday", True),
    ("Wang said the government would act on Monday", True),
    ("Wang said it had learned from the war in 1975", True),
])
def test_a_clause_word_opens_what_was_said(text: str, inside: bool) -> None:
    said = text.index("said") + 4 if "said" in text else text.index("told") + 4
    assert in_what_was_said(text, said, text.rindex(" ") + 1) is inside


def test_a_saying_reported_today_was_said_in_the_last_two_weeks() -> None:
    published = DateSpan(date(2023, 6, 20), date(2023, 6, 20), "day")
    assert recent(DateSpan(date(2023, 6, 16), date(2023, 6, 16), "day"), published)
    assert not recent(DateSpan(date(1996, 1, 1), date(1996, 12, 31), "year"), published)
    assert not recent(DateSpan(date(2023, 7, 1), date(2023, 7, 31), "month"), published)


def test_a_date_inside_what_was_said_does_not_date_the_saying() -> None:
    found = _mentions("Kirby said the United States had learned lessons from the crisis "
                      "over Taiwan that ended in 1996.")
    assert not [m for m in found if m.kind == "statement" and m.date is not None
                and m.date.start.year == 1996]


def test_the_saying_frame_keeps_its_date() -> None:
    (m,) = _mentions("Mao Ning told reporters in Beijing on Tuesday that Washington should "
                     "stop interfering in Taiwan.")
    assert m.kind == "statement" and m.date is not None
    assert m.date.start == date(2023, 6, 20)
