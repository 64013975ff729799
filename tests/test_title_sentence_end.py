"""A title that ends a sentence names no one in the next: the capitalised word that opens
the next sentence (`Excerpts`, `According`, `Earlier`) is no holder of it. The dot of an
abbreviated title is no sentence end (`Sen. Kennedy`), and a rank written between a title and
the name (`Defense Minister Gen. Wei Fenghe`) is no person."""

from __future__ import annotations

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def _actors(text: str) -> list[list[str]]:
    doc = Document("case.txt", text, published=Published("2020-06-18", "test"))
    return [[a.name for a in m.actors] for m in extract_mentions(doc)]


@pytest.mark.parametrize("opener", ["Excerpts", "According", "Earlier", "Reports"])
def test_the_word_opening_the_next_sentence_is_no_holder(opener: str) -> None:
    text = (f"The memoir is by the former national security adviser. {opener} say "
            "Mr. Trump met Mr. Xi in Osaka in June last year.")
    actors = _actors(text)
    assert ["Donald Trump", "Xi Jinping"] in actors
    assert not any(opener in names for names in actors)


@pytest.mark.parametrize(("title", "name"), [("Sen.", "Kennedy"), ("Gov.", "Newsom"),
                                             ("Lt. Gen.", "Tran Van Minh")])
def test_an_abbreviated_title_still_names_the_holder(title: str, name: str) -> None:
    assert any(name in names for names in _actors(f"{title} {name} met Wang Yi on Monday."))


@pytest.mark.parametrize(("text", "name", "rank"), [
    ("Chinese Defense Minister Gen. Wei Fenghe met Lloyd Austin in Singapore on Friday.",
     "Wei Fenghe", "Gen"),
    ("Army spokesman Maj. Felix Kulayigye said on Monday the troops had withdrawn.",
     "Felix Kulayigye", "Maj"),
    ("Israel Defense Forces Chief of General Staff Lt.-Gen. Dan Halutz said on Monday that "
     "Israel was ready.", "Dan Halutz", "Lt"),
])
def test_a_rank_between_a_title_and_the_name_is_no_person(text: str, name: str,
                                                          rank: str) -> None:
    actors = _actors(text)
    assert any(name in names for names in actors)
    assert not any(rank in names for names in actors)
