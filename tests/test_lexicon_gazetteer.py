"""The gazetteer knows the non-capital cities, provinces and states that news names (an
audit of real news found 'In Goma', 'northeast of Tulkarem', 'meets in Arusha' dropped),
with their country and kind; and no place name shadows a country, an adjective, an
institution or a person, which would turn an actor into a place."""

from __future__ import annotations

import pytest

from usc_timeline.extract.core import extract_mentions
from usc_timeline.lexicon import default_lexicon
from usc_timeline.model import Document, Published

# Places that are also countries or institutions on purpose: city-states and islands whose
# place is the country itself, and Zhongnanhai (the compound and its leadership).
SHARED_WITH_COUNTRY = {"taiwan", "formosa", "singapore", "malta", "djibouti", "vatican city"}
SHARED_WITH_INSTITUTION = {"zhongnanhai"}


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


@pytest.mark.parametrize(("name", "country", "kind"), [
    ("Peshawar", "PK", "city"),
    ("Goma", "CD", "city"),
    ("Tulkarm", "PS", "city"),          # an alias of Tulkarem
    ("Arusha", "TZ", "city"),
    ("Jowhar", "SO", "city"),
    ("Bangalore", "IN", "city"),        # an alias of Bengaluru
    ("Irbil", "IQ", "city"),            # an alias of Erbil
    ("São Paulo", "BR", "city"),
    ("Michigan", "US", "region"),
    ("New Hampshire", "US", "region"),
    ("Lanzhou", "CN", "city"),
    ("Kowloon", "CN", "region"),
    ("Sakhalin", "RU", "island"),
    ("Golan Heights", None, "region"),  # disputed: no country
    ("Transnistria", None, "region"),
    ("Kuril Islands", None, "island"),
    ("Orissa", "IN", "region"),         # the old name of Odisha
    ("Durrës", "AL", "city"),
    ("North Rhine-Westphalia", "DE", "region"),
])
def test_a_sample_of_the_added_places(name: str, country: str | None, kind: str) -> None:
    place = default_lexicon().place_by_name(name)
    assert place is not None, name
    assert (place.country, place.kind) == (country, kind)


@pytest.mark.parametrize("name", ["Georgia", "Virginia", "Milan", "Kosovo", "Nice", "Reading"])
def test_names_that_name_something_else_are_no_place(name: str) -> None:
    assert default_lexicon().place_by_name(name) is None


def test_washington_is_the_city_not_the_state() -> None:
    place = default_lexicon().place_by_name("Washington")
    assert place is not None and place.kind == "city"


def test_no_place_shadows_a_country_an_institution_or_a_person() -> None:
    lex = default_lexicon()
    countries = {_fold(n) for c in lex.countries for n in (c.name, *c.aliases, *c.adjectives)}
    institutions = {_fold(n[4:] if n.lower().startswith("the ") else n)
                    for i in lex.institutions for n in (i.name, *i.aliases)}
    people = {_fold(n) for p in lex.people for n in (p.name, *p.aliases, p.short or "") if n}
    clashes = []
    for place in lex.places:
        for form in (place.name, *place.aliases):
            key = _fold(form)
            if key in countries and key not in SHARED_WITH_COUNTRY:
                clashes.append(f"{form}: country")
            if key in institutions and key not in SHARED_WITH_INSTITUTION:
                clashes.append(f"{form}: institution")
            if key in people:
                clashes.append(f"{form}: person")
    assert clashes == []


def test_no_two_places_share_a_name_or_alias() -> None:
    seen: dict[str, str] = {}
    for place in default_lexicon().places:
        for form in (place.name, *place.aliases):
            assert seen.setdefault(_fold(form), place.name) == place.name, form


def _places(text: str) -> list[tuple[str, ...]]:
    doc = Document(id="t.txt", text=text, published=Published("2024-03-08", "test"))
    return [m.places for m in extract_mentions(doc)]


def test_a_city_after_a_place_noun_is_the_place() -> None:
    assert _places("Rebels seized the eastern city of Kisangani on Sunday.") == [("Kisangani",)]


def test_a_us_state_is_where_a_visit_went() -> None:
    assert _places("The Chinese ambassador visited Ohio on Tuesday.") == [("Ohio",)]
