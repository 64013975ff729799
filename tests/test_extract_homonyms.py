"""Country names that name something else (lexicon/data/homonyms.toml): a given name
before a surname, a US state by the words around it; elsewhere still the country."""

from __future__ import annotations

import pytest

from usc_timeline.extract.core import extract_mentions
from usc_timeline.extract.homonyms import read_homonyms
from usc_timeline.lexicon import LexiconError
from usc_timeline.model import Document, Mention, Published


def _only(text: str) -> Mention:
    doc = Document(id="t.txt", text=text, published=Published("2021-05-14", "test"))
    (mention,) = extract_mentions(doc)
    return mention


def _names(m: Mention) -> list[str]:
    return [a.name for a in m.actors]


def test_a_given_name_is_no_country() -> None:
    m = _only("Deputy Secretary of State Chad Moreno met Chinese diplomats in Geneva on "
              "Tuesday.")
    assert "Chad" not in _names(m)
    assert "Chad Moreno" in _names(m)


def test_a_country_before_a_title_stays_the_country() -> None:
    m = _only("Chad President Mahamat Deby held talks with Wang Yi on Tuesday.")
    assert "Chad" in _names(m)


@pytest.mark.parametrize("text", [
    "Georgia Governor Ann Holloway visited Shanghai on Monday.",
    "Lawmakers from the state of Georgia visited Shanghai on Monday.",
    "A trade delegation from Atlanta, Georgia, visited Shanghai on Monday.",
])
def test_the_us_state_is_no_country(text: str) -> None:
    assert "Georgia" not in _names(_only(text))


def test_the_country_elsewhere_is_the_country() -> None:
    m = _only("Moscow agreed on Monday to withdraw its troops from Georgia and Armenia.")
    assert "Georgia" in _names(m)


def test_a_malformed_file_names_the_file_and_key() -> None:
    with pytest.raises(LexiconError, match=r"h\.toml.*us_state"):
        read_homonyms('given_names = ["Chad"]\nus_state = ["Georgia"]\n', "h.toml")
