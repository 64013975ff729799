"""Which way a weekday goes when its clause is a condition or an appointment's infinitive
(timex/tense.py). Sentences written for these tests; publication on Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published
from usc_timeline.timex import find_timexes

THURSDAY = "2024-03-14"


def day(text: str, target: str) -> str:
    return next(str(t.value) for t in find_timexes(text, THURSDAY) if t.text == target)


@pytest.mark.parametrize(("text", "target", "value"), [
    # a condition looks ahead: the coming day, as after `will`
    ("If Kishida holds talks with Kim on Friday, the ban may be lifted.", "Friday",
     "2024-03-15"),
    ("Beijing will retaliate unless Washington lifts the tariffs on Monday.", "Monday",
     "2024-03-18"),
    # ... but a past verb nearer the day still dates it back, and `asked if` is whether
    ("If they met on Monday, nobody saw it.", "Monday", "2024-03-11"),
    ("Reporters asked if Blinken visited Beijing on Monday.", "Monday", "2024-03-11"),
    # an appointment's infinitive names the post: the day is the appointing's
    ("President Biden picked Nicholas Burns to be ambassador to China on Wednesday.",
     "Wednesday", "2024-03-13"),
    ("Burns was named to lead the talks on Monday.", "Monday", "2024-03-11"),
    # ... while a plan's infinitive still looks ahead
    ("Burns plans to be in Beijing on Monday.", "Monday", "2024-03-18"),
])
def test_weekday_direction(text: str, target: str, value: str) -> None:
    assert day(text, target) == value


def test_mentions_take_those_days() -> None:
    doc = Document("case.txt", "If Kishida holds talks with Kim on Friday, the ban may be "
                   "lifted. President Biden picked Nicholas Burns to be ambassador to China "
                   "on Wednesday.", published=Published(THURSDAY, "test"))
    got = {m.kind: (m.status, m.date.start.isoformat() if m.date else None)
           for m in extract_mentions(doc)}
    assert got["talks"] == ("planned", "2024-03-15")
    assert got["appointment"] == ("occurred", "2024-03-13")
