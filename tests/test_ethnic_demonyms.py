"""Nationality adjectives that name people of an origin, not the country (extract/ethnic.py,
lexicon/data/ethnic.toml): sentences written for these tests, each rule with a case that
must lose the country and a near miss that must keep it."""

from __future__ import annotations

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.extract.ethnic import read_ethnic
from usc_timeline.lexicon import LexiconError
from usc_timeline.model import Actor, Document, Published


def actors(text: str, published: str = "2019-05-14") -> list[Actor]:
    doc = Document("case.txt", text, published=Published(published, "test"))
    return [a for m in extract_mentions(doc) for a in m.actors]


def names(text: str) -> set[str]:
    return {a.name for a in actors(text)}


@pytest.mark.parametrize("text, country", [
    ("Police in Skopje detained ten ethnic Albanian activists on Monday.", "Albania"),
    ("A Korean-American pastor was detained in Pyongyang on Tuesday.", "South Korea"),
    ("Vietnamese Americans rallied in Houston on Sunday against the trade pact.", "Vietnam"),
    ("An engineer of Japanese descent was arrested in Seattle on Monday.", "Japan"),
])
def test_a_people_of_that_origin_is_no_country_actor(text: str, country: str) -> None:
    assert country not in names(text)


def test_a_hyphenated_identity_keeps_the_other_country() -> None:
    assert "United States" in names(
        "A Korean-American pastor was detained in Pyongyang on Tuesday.")


@pytest.mark.parametrize("text, country", [
    ("Korean-American talks opened in Geneva on Monday.", "South Korea"),
    ("A Sino-American research team held its first meeting in Boston on Monday.", "China"),
    ("The Albanian police detained ten activists in Tirana on Monday.", "Albania"),
])
def test_two_sides_or_a_plain_nationality_stay_the_country(text: str, country: str) -> None:
    assert country in names(text)


def test_a_leader_of_a_people_holds_no_office_of_its_country() -> None:
    found = {a.name: a for a in actors(
        "Kosovo Albanian leader Hashim Placeholder met Russian Foreign Minister Sergei "
        "Lavrov in Moscow on Monday.")}
    assert found["Hashim Placeholder"].country is None
    assert "Albania" not in found
    found = {a.name: a for a in actors(
        "Albanian Prime Minister Edi Placeholder met Russian Foreign Minister Sergei "
        "Lavrov in Moscow on Monday.")}
    assert found["Edi Placeholder"].country == "AL"


def test_a_malformed_file_names_the_file_and_key() -> None:
    with pytest.raises(LexiconError, match=r"e\.toml.*regions"):
        read_ethnic('before = ["ethnic"]\nafter = []\nhyphenated = []\nbilateral = []\n'
                    'combining = []\n', "e.toml")
