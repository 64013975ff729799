"""A country's capital is also one of its cities: where something happened (`talks in
Tunis`), while as a subject it still stands for the government (`Tunis said`)."""

from __future__ import annotations

from pathlib import Path

from usc_timeline.extract.core import extract_mentions
from usc_timeline.lexicon import default_lexicon, load_lexicon
from usc_timeline.model import Document, Mention, Published


def _mentions(text: str) -> list[Mention]:
    doc = Document(id="t.txt", text=text, published=Published("2024-03-08", "test"))
    return extract_mentions(doc)


def test_a_capital_the_places_file_lacks_is_a_city_of_its_country() -> None:
    lex = default_lexicon()
    place = lex.place_by_name("Ouagadougou")
    assert place is not None and place.country == "BF" and place.kind == "city"


def test_the_places_file_keeps_its_own_entry_for_a_capital() -> None:
    lex = default_lexicon()
    beijing = [p for p in lex.places if p.name == "Beijing"]
    assert len(beijing) == 1  # not doubled by the capital of China


def test_talks_in_a_capital_take_place_there() -> None:
    (m,) = _mentions("The two foreign ministers held talks in Ouagadougou on Tuesday.")
    assert m.places == ("Ouagadougou",)


def test_a_capital_as_subject_is_still_the_government() -> None:
    (m,) = _mentions("Nouakchott on Wednesday imposed sanctions on Mali.")
    assert "Mauritania" in [a.name for a in m.actors]
    assert "Nouakchott" not in m.places


def test_a_user_places_file_can_describe_the_capital(tmp_path: Path) -> None:
    (tmp_path / "places.toml").write_text(
        '[[place]]\nname = "Ouagadougou"\naliases = ["Wagadugu"]\ncountry = "BF"\n'
        'kind = "city"\n', encoding="utf-8")
    lex = load_lexicon([tmp_path])
    found = [p for p in lex.places if p.name == "Ouagadougou"]
    assert len(found) == 1 and found[0].aliases == ("Wagadugu",)
