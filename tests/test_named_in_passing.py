"""Events named in passing, inside a sentence about something else: a visit told by a
verb of coming or going whose subject is set off by commas or has no place, and the
near misses that are no event. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Mention, Published


def _mentions(text: str, published: str) -> list[Mention]:
    return extract_mentions(Document("case.txt", text, published=Published(published, "test")))


def _visits(text: str, published: str) -> list[tuple[str, date | None, date | None, set[str]]]:
    return [(m.status, m.date.start if m.date else None, m.date.end if m.date else None,
             {a.name for a in m.actors})
            for m in _mentions(text, published) if m.kind == "visit"]


@pytest.mark.parametrize(("text", "who", "start", "end"), [
    # a name in apposition, set off by commas, is the subject of the verb of going
    ("Her predecessor, Madeleine Albright, went to Pyongyang in October 2000.",
     "Madeleine Albright", date(2000, 10, 1), date(2000, 10, 31)),
    ("The trip is the first by a defense secretary since his predecessor, Chuck Hagel, "
     "flew to Beijing in April 2014.", "Chuck Hagel", date(2014, 4, 1), date(2014, 4, 30)),
    # coming with no place but a date: a visit by the subject
    ("Robert Gates toured the base. Mr. Gates himself last came in November 2007.",
     "Robert Gates", date(2007, 11, 1), date(2007, 11, 30)),
    ("When Chinese President Hu Jintao came in April 2006, the talks went badly.",
     "Hu Jintao", date(2006, 4, 1), date(2006, 4, 30)),
])
def test_visit_named_in_passing(text: str, who: str, start: date, end: date) -> None:
    visits = _visits(text, "2015-06-10")
    assert any(s == "occurred" and (a, b) == (start, end) and who in names
               for s, a, b, names in visits), visits


@pytest.mark.parametrize("text", [
    "The news came in April, weeks after the vote.",
    "A statement by President Hu Jintao came on Monday, and the talks resumed.",
    "The invitation from Mr. Obama came on Monday.",
    "President Hu Jintao came in second in the party vote in 2002.",
    "President Hu Jintao came to power in 2002.",
    "The new rules for Hu Jintao's aides came into force on Monday.",
    # a comma after a name that starts another clause is no apposition
    "Hong Kong's leader, Carrie Lam, says Hong Kong, returned to China in 1997, is calm.",
])
def test_no_visit(text: str) -> None:
    assert _visits(text, "2015-06-10") == []
