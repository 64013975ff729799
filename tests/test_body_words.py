"""A word that closes a body's name (`Directorate`, `Bureau`, `Command`) is no person's
name after a title: `the National Police General Directorate said` names no person
`Directorate`. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from usc_timeline.extract.entities import entity_index, find_entities
from usc_timeline.extract.phrases import tokenize
from usc_timeline.lexicon import default_lexicon


def _people(text: str) -> set[str]:
    found = find_entities(text, tokenize(text), entity_index(default_lexicon()),
                          date(2019, 5, 10))
    return {f.actor.name for f in found.items
            if f.actor is not None and f.actor.kind == "person"}


def test_a_body_word_after_a_title_names_no_person() -> None:
    for text in ("Forty people were detained, the Belgian Federal Police General "
                 "Directorate said on Friday.",
                 "The regional Army Command said on Friday that the drill was over.",
                 "The order came from the Chief Secretariat on Friday."):
        people = _people(text)
        assert not any(w in n for n in people for w in ("Directorate", "Command",
                                                       "Secretariat")), (text, people)


def test_a_name_after_a_title_is_still_a_person() -> None:
    assert "Pieter Vandamme" in _people("Forty people were detained, General Pieter "
                                        "Vandamme said on Friday.")
    assert "Anna Berg" in _people("Interior Minister Anna Berg said on Friday that forty "
                                  "people were detained.")
