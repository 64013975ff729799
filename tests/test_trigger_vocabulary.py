"""General trigger vocabulary (deployments, strikes, exercises, protests, accession, laws).

Each case is a sentence written for this test, in a dated article, and must yield a
dated mention of the expected kind; the negatives use the same words outside their
context and must yield none.
"""

from __future__ import annotations

from datetime import date

import pytest

from usc_timeline.api import extract
from usc_timeline.model import Document, Published

PUBLISHED = Published("2024-03-15", "catalog.toml")  # a Friday


def mentions(text: str) -> list[tuple[str, date | None]]:
    doc = Document("case.txt", text, published=PUBLISHED)
    return [(m.kind, m.date.start if m.date else None) for m in extract(doc)]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        ("The Pentagon deployed a second carrier battle group near Taiwan on Tuesday.",
         "military_incident", date(2024, 3, 12)),
        ("China test-fired four missiles into waters north of Taiwan on March 8, 2024.",
         "military_incident", date(2024, 3, 8)),
        ("The PLA Navy began live-fire exercises in the Taiwan Strait on Wednesday.",
         "military_incident", date(2024, 3, 13)),
        ("Protests erupted outside the US embassy in Beijing on Thursday.",
         "other", date(2024, 3, 14)),
        ("Vietnam joined the World Trade Organization on January 11, 2007.",
         "other", date(2007, 1, 11)),
        ("The US Senate passed the bill on Monday, sending it to President Joe Biden.",
         "other", date(2024, 3, 11)),
    ],
)
def test_general_triggers_make_dated_mentions(text: str, kind: str, day: date) -> None:
    assert (kind, day) in mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "He said on Tuesday that the exercise of power needs restraint.",
        "She joined the company on Monday after years in banking.",
        "The committee approved the menu for Thursday's dinner.",
    ],
)
def test_the_same_words_out_of_context_are_not_events(text: str) -> None:
    kinds = {k for k, _ in mentions(text)}
    assert not kinds & {"military_incident", "other"}
