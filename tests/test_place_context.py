"""Places that name a thing, are a topic, or belong to another event, and places in
apposition (extract/place_context.py, lexicon/data/place_context.toml, places.py
`_appositive`): sentences written for these tests, each rule with a case that must lose
(or gain) the place and a near miss that must keep it."""

from __future__ import annotations

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.extract.place_context import read_place_context
from usc_timeline.lexicon import LexiconError
from usc_timeline.model import Document, Mention, Published


def mentions(text: str, published: str = "2018-06-12") -> list[Mention]:
    return extract_mentions(Document("case.txt", text, published=Published(published, "t")))


def places(text: str) -> set[str]:
    return {p for m in mentions(text) for p in m.places}


def actors(text: str) -> set[str]:
    return {a.name for m in mentions(text) for a in m.actors}


@pytest.mark.parametrize("text, place", [
    # a name's head after the place
    ("The Liverpool Athletic striker signed a deal with Japan on Monday.", "Liverpool"),
    ("Chile and Peru signed the Kyoto Protocol on Monday.", "Kyoto"),
    ("Greece met the Maastricht criteria, the minister announced on Monday.", "Maastricht"),
    # a ship's word before it
    ("The frigate Qingdao visited Manila on Monday.", "Qingdao"),
    # a topic after a topic noun and preposition
    ("Russia and Turkey held talks on Aleppo on Monday.", "Aleppo"),
    ("The UN held a meeting on the Yongbyon reactor on Monday.", "Yongbyon"),
    ("Canada imposed sanctions over Crimea on Monday.", "Crimea"),
    # the place of another event named beside it
    ("Japan and India held talks on Monday after the Mumbai bombings.", "Mumbai"),
    ("Japan and India met on Monday to discuss the fighting in Kandahar.", "Kandahar"),
    ("Russia and Turkey held talks on Monday on the crisis in the Syrian city of Aleppo.",
     "Aleppo"),
])
def test_place_is_no_venue(text: str, place: str) -> None:
    assert place not in places(text)


@pytest.mark.parametrize("text, place", [
    # a capitalised word that is no name head: the place stands
    ("Japan and India held talks in Liverpool on Monday.", "Liverpool"),
    # `on` after a verb, `in` after `on Monday`: venues
    ("Xi met Moon on the island of Jeju on Monday.", "Jeju"),
    ("Japan and India held talks on Monday in Mumbai.", "Mumbai"),
    # the event noun is the trigger itself: its own place
    ("Police said the bombing in Mumbai killed 12 people on Monday.", "Mumbai"),
    ("Police said the bombing in the Pakistani city of Quetta killed 12 on Monday.", "Quetta"),
    # a declaration is named after the meeting that issues it
    ("Japan and India met in Osaka on Monday and issued the Osaka Declaration.", "Osaka"),
])
def test_place_stays_a_venue(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize("text, place", [
    ("Japan and India held talks in the Kenyan capital Nairobi on Monday.", "Nairobi"),
    ("The foreign minister arrived in the Thai capital Bangkok on Monday.", "Bangkok"),
])
def test_a_capital_in_apposition_after_a_preposition_is_the_venue(text: str,
                                                                    place: str) -> None:
    assert place in places(text)


def test_a_capital_naming_an_agreement_makes_no_country_actor() -> None:
    assert "Finland" not in actors("Syria joined the Helsinki agreement on Monday.")
    assert "Helsinki" in places("Syria and Iraq held talks in Helsinki on Monday.")


def test_a_list_that_is_not_strings_names_file_and_key() -> None:
    with pytest.raises(LexiconError, match=r"pc\.toml.*heads"):
        read_place_context('heads = [1]\ncapitalised_heads = []\nvessels = []\n'
                           'topic_prepositions = []\ntopic_nouns = []\nevent_nouns = []\n',
                           "pc.toml")
