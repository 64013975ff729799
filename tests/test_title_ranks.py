"""A bare title names the holder of the office, not a deputy of it the article named
before, and a deputy's title never names the office's holder (extract/people.py
`_titles_fit`, the words of lexicon/data/title_ranks.toml). Sentences written for these
tests, with people of the bundled lexicon."""

from __future__ import annotations

from extract_helpers import mentions_of

from usc_timeline.extract.people import _titles_fit


def test_the_secretary_is_not_the_deputy_named_before() -> None:
    text = ("Robert Zoellick, the deputy secretary of state, opened talks in Beijing on "
            "Monday. The secretary of state, on a trip to Beijing in March, had pressed "
            "Chinese leaders over trade.")
    found = [m for m in mentions_of(text, "2005-08-03") if m.kind == "visit"]
    assert found and "Robert Zoellick" not in {a.name for a in found[0].actors}


def test_a_vice_premier_is_not_the_premier() -> None:
    text = "On Saturday Janet Yellen held long talks with Vice Premier He Lifeng in Beijing."
    found = [m for m in mentions_of(text, "2023-07-09") if m.kind in ("talks", "meeting")]
    names = {a.name for a in found[0].actors}
    assert "He Lifeng" in names and "Li Qiang" not in names


def test_titles_that_hold_one_another_still_fit() -> None:
    assert _titles_fit("U.S. Secretary of State", "Secretary of State")
    assert _titles_fit("Secretary of State", "secretary of state")
    assert _titles_fit("Deputy Secretary of State", "deputy secretary of state")


def test_a_rank_word_before_the_office_is_another_post() -> None:
    assert not _titles_fit("Deputy Secretary of State", "Secretary of State")
    assert not _titles_fit("Secretary of State", "Assistant Secretary of State")
    assert not _titles_fit("Vice President", "President")
    assert not _titles_fit("vice-president", "President")
    assert not _titles_fit("Undersecretary of State", "Secretary of State")
