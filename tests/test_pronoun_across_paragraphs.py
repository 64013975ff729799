"""`He`/`she` opening a paragraph after one whose last sentence opened on he/she too goes
on with the one person that sentence took from outside its words (extract/referents.py,
the paragraph-break branch of `_subjects`). Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import mentions_of

_OPENING = ("Premier Li Qiang is flying to Canberra on Saturday. "
            "He will then tour a lithium mine in Perth, where he worked as a student in "
            "1989, before a dinner hosted by Premier Roger Cook of Western Australia.\n\n")


def _visitors(text: str) -> list[list[str]]:
    return [[a.name for a in m.actors] for m in mentions_of(text, "2024-06-13")
            if m.kind == "visit" and "Melbourne" in m.places]


def test_he_opening_a_paragraph_goes_on_with_the_pronoun_chain() -> None:
    text = _OPENING + "He is due in Melbourne on Monday."
    (visit,) = _visitors(text)
    assert visit == ["Li Qiang"]


def test_he_after_a_paragraph_that_names_its_subject_stays_unresolved() -> None:
    # near miss: the paragraph before ends on a sentence whose subject is named, not a
    # pronoun: across the break, `he` is not guessed
    text = ("Premier Li Qiang is flying to Canberra on Saturday. Premier Roger Cook of "
            "Western Australia will host a dinner in Perth.\n\nHe is due in Melbourne on "
            "Monday.")
    (visit,) = _visitors(text)
    assert "Roger Cook" not in visit
