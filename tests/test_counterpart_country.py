"""`his Chinese counterpart, Gen. Cao Gangchuan`: a title and name in apposition to a
nationality's `counterpart` hold that country's office, though the lexicon does not know
the person."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def _countries(text: str) -> dict[str, str | None]:
    doc = Document("case.txt", text, published=Published("2016-05-04", "test"))
    return {a.name: a.country for m in extract_mentions(doc) for a in m.actors
            if a.kind == "person"}


def test_the_counterpart_s_nationality_is_the_person_s_country() -> None:
    got = _countries("Defense Secretary Ash Carter held talks with his Chinese counterpart, "
                     "Gen. Han Weiguo, in Washington on Tuesday.")
    assert got.get("Han Weiguo") == "CN"


def test_without_a_nationality_no_country_is_made_up() -> None:
    got = _countries("Defense Secretary Ash Carter held talks with his counterpart, "
                     "Gen. Han Weiguo, in Washington on Tuesday.")
    assert got.get("Han Weiguo") is None
