"""A bare title stands for its holder named before unless a word of its own phrase says
another holder (`the former president`); a word of an earlier phrase does not (`On May 28
of last year the president signed …`: extract/entities.py `_not_the_holder`)."""

from __future__ import annotations

from extract_helpers import mentions_of

PUBLISHED = "1994-05-27"


def test_the_president_after_a_date_of_last_year() -> None:
    text = ("President Clinton spoke to reporters on Thursday. On June 2 of last year the "
            "president signed an executive order on China's trade status.")
    found = [m for m in mentions_of(text, PUBLISHED) if m.date is not None
             and m.date.start.isoformat() == "1993-06-02"]
    assert found and "Bill Clinton" in {a.name for a in found[0].actors}


def test_the_former_president_is_not_the_one_named() -> None:
    # near miss: `former` in the title's own phrase
    text = ("President Clinton spoke to reporters on Thursday. On June 2 the former "
            "president met Jiang Zemin in Seattle.")
    found = [m for m in mentions_of(text, PUBLISHED) if m.kind in ("meeting", "summit")]
    assert found and "Bill Clinton" not in {a.name for a in found[0].actors}
