"""A capitalised word after a title is no holder's name when the article writes that word
in lower case elsewhere (`the APEC CEO Summit` in a story about the summit, `the General
Agreement on Tariffs and Trade` in one about a trade agreement); surnames that are also
everyday words (`Brown`, `Young`) stay names."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def _actors(text: str) -> set[str]:
    doc = Document("case.txt", text, published=Published("2005-11-18", "test"))
    return {a.name for m in extract_mentions(doc) for a in m.actors}


def test_a_word_the_article_writes_in_lower_case_is_no_holder() -> None:
    text = ("Business leaders gathered in Busan on Thursday for the APEC CEO Summit. "
            "The summit opened with a speech by Hu Jintao on Friday.")
    assert "Summit" not in _actors(text)


def test_a_common_surname_after_a_title_stays_a_name() -> None:
    text = ("Senator Brown met Chinese officials in Beijing on Monday. "
            "He wore a brown suit to the talks.")
    assert "Brown" in _actors(text)


def test_a_name_written_only_capitalised_stays_a_name() -> None:
    text = "Trade Minister Jeyaraj Fernandopulle met the Chinese delegation on Monday."
    assert "Jeyaraj Fernandopulle" in _actors(text)
