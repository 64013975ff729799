"""A word that names something else is no lexicon participant: a known surname that is
another person's given name (`Wu Xi`), a generic body word inside another body's name
(`the Shenzhen Municipal People's Congress`, `the Likud central committee`) and a
continent's adjective (`the South American country`). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from usc_timeline.extract.entities import entity_index, find_entities
from usc_timeline.extract.phrases import tokenize
from usc_timeline.lexicon import default_lexicon
from usc_timeline.model import Actor


def _actors(text: str, day: str = "2016-05-10") -> list[Actor]:
    """The actors (people, countries, organisations) found in a text."""
    found = find_entities(text, tokenize(text), entity_index(default_lexicon()),
                          date.fromisoformat(day))
    return [f.actor for f in found.items if f.actor is not None]


def _places(text: str, day: str = "2016-05-10") -> list[str]:
    found = find_entities(text, tokenize(text), entity_index(default_lexicon()),
                          date.fromisoformat(day))
    return [f.place for f in found.items if f.place is not None]


def _names(text: str, day: str = "2016-05-10") -> set[str]:
    return {a.name for a in _actors(text, day)}


# ---- a known surname written after another name word is someone else's given name ----

def test_surname_after_a_short_family_name_is_a_given_name() -> None:
    assert "Xi Jinping" not in _names("The county appointed Wu Xi as its deputy head.")
    assert "Xi Jinping" not in _names("The council named Ye Xi as its new treasurer.")


def test_known_surname_itself_still_names_the_leader() -> None:
    assert "Xi Jinping" in _names("On the same day Xi received the delegation in Beijing.")
    assert "Xi Jinping" in _names("Chinese President Xi Jinping met the delegation.")


def test_known_full_name_ending_in_that_surname_is_kept() -> None:
    # `Li Xi` is a person of the lexicon: the full name settles it
    assert "Li Xi" in _names("Party secretary Li Xi opened the forum in Guangzhou.")


# ---- a generic body word inside another body's name -------------------------------------

def test_peoples_congress_of_a_city_is_no_us_congress() -> None:
    actors = _actors("The Shenzhen Municipal People's Congress adopted the rules on Monday.")
    names = {a.name: a.country for a in actors}
    assert "Congress" not in names
    assert names.get("Shenzhen Municipal People's Congress") == "CN"


def test_central_committee_named_after_another_body() -> None:
    for text in ("The Central Committee of the Vietnamese Youth Union met on Monday.",
                 "The Likud central committee voted on Monday.",
                 "The central committee of ruling Likud party voted on Monday."):
        assert "CPC Central Committee" not in _names(text), text


def test_other_chamber_named_after_house_is_not_the_us_house() -> None:
    assert "House of Representatives" not in _names("The bill reached the House of Lords.")
    assert "House of Representatives" in _names(
        "The bill reached the US House of Representatives.")


def test_lexicon_body_with_its_own_words_is_kept() -> None:
    assert "CPC Central Committee" in _names(
        "The Central Committee of the Communist Party of China met on Monday.")
    assert "CPC Central Committee" in _names("The Party Central Committee met on Monday.")
    congress = [a for a in _actors("In Washington, Congress passed the bill on Monday.")
                if a.name == "Congress"]
    assert congress and congress[0].country == "US"


def test_a_modifier_word_before_a_party_makes_no_us_party() -> None:
    actors = _actors("He leads the pro-Western Democratic Party in the vote.")
    assert all(a.country != "US" for a in actors)


# ---- a continent's adjective names no US ---------------------------------------------

def test_continent_adjective_is_no_american_actor() -> None:
    for text in ("Observers will monitor the South American country's elections.",
                 "Latin American leaders met in Lima on Monday.",
                 "Central American ministers gathered on Monday."):
        assert "United States" not in _names(text), text


def test_continent_is_a_place_but_its_adjective_no_venue() -> None:
    assert "South America" in _places("The minister flew to South America on Monday.")
    assert "United States" not in _names("The minister flew to South America on Monday.")
    assert "South America" not in _places("Ships sailed along the South American coast.")


def test_american_alone_and_south_korean_still_name_their_countries() -> None:
    assert "United States" in _names("American officials met the delegation on Monday.")
    assert "South Korea" in _names("South Korean officials met the delegation on Monday.")
