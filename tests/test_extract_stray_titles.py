"""A title whose lexicon entry fixes a country (`Attorney General`, `Speaker of the
House`: the US offices) is another country's office of that name when its holder is
unknown to the lexicon and the document never names that country but does name the
place of another one."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Actor, Document, Published


def _actors(text: str, published: str = "2024-03-06") -> dict[str, Actor]:
    doc = Document("case.txt", text, published=Published(published, "test"))
    return {a.name: a for m in extract_mentions(doc) for a in m.actors}


_KENYAN = ("Kenyans voted in a referendum on Sunday. Attorney General Amos Okello met "
           "the Chinese ambassador in Nairobi on Monday.")


def test_an_unknown_holder_in_a_story_set_elsewhere_is_no_american() -> None:
    got = _actors(_KENYAN)
    assert got["Amos Okello"].country is None
    assert got["Amos Okello"].role == "Attorney General"


def test_a_bare_title_in_a_story_set_elsewhere_makes_no_us_actor() -> None:
    got = _actors("Kenyans voted in a referendum on Sunday. The attorney general met "
                  "Chinese Ambassador Zhou Pingjian in Nairobi on Monday.")
    assert "United States" not in got


def test_the_title_keeps_its_country_when_the_document_names_it() -> None:
    got = _actors(_KENYAN + " U.S. officials welcomed the vote.")
    assert got["Amos Okello"].country == "US"


def test_the_title_keeps_its_country_when_only_a_foreign_person_is_named() -> None:
    # (the other side of a meeting says nothing of where the story is set)
    got = _actors("Attorney General Jane Placeholder met Vice Premier Liu He on Monday.")
    assert got["Jane Placeholder"].country == "US"


def test_a_holder_the_lexicon_knows_keeps_the_country() -> None:
    got = _actors("Kenyans voted in a referendum on Sunday. Attorney General Merrick Garland "
                  "met the Chinese ambassador in Nairobi on Monday.", "2022-03-06")
    assert got["Merrick Garland"].country == "US"


def test_a_nationality_written_before_the_title_still_decides() -> None:
    got = _actors("Kenyan Attorney General Amos Okello met the Chinese ambassador in "
                  "Nairobi on Monday.")
    assert got["Amos Okello"].country == "KE"
