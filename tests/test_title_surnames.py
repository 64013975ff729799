"""A title's abbreviation that is someone's surname (`Sen.` in `Hun Sen`, `Amartya Sen`)
names no officeholder: sentences written for these tests, with near misses where the
abbreviation is the title it looks like."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Actor, Document, Published


def actors(text: str, published: str = "2018-03-20") -> list[Actor]:
    doc = Document("case.txt", text, published=Published(published, "test"))
    return [a for m in extract_mentions(doc) for a in m.actors]


def test_a_surname_sen_the_lexicon_lacks_makes_no_us_senator() -> None:
    found = actors("Amartya Sen met President Joe Biden at the White House on Monday.")
    assert "Amartya Sen" in {a.name for a in found}
    assert "United States" not in {a.name for a in found}  # the country, for a senator
    found = actors("Wang Yi met Amartya Sen on Monday.")
    assert "US" not in {a.country for a in found}


def test_a_known_name_ending_in_sen_is_that_person_alone() -> None:
    for text in ("Hun Sen held talks with Wang Yi on Tuesday.",
                 "Wang Yi met Hun Sen on Tuesday and they signed a trade accord."):
        found = actors(text)
        assert "Hun Sen" in {a.name for a in found}, text
        assert "US" not in {a.country for a in found}, text


def test_the_abbreviation_before_a_name_is_still_a_title() -> None:
    for text in ("Wang Yi met Sen. Tom Placeholder on Monday.",
                 "Wang Yi met Republican Sen. Tom Placeholder on Monday."):
        found = {a.name: a for a in actors(text)}
        assert "Tom Placeholder" in found, text
        assert found["Tom Placeholder"].role == "Senator"
        assert found["Tom Placeholder"].country == "US"
