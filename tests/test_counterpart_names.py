"""`met his Libyan counterpart, Shukri Ghanem`: a name in apposition to `counterpart` is a
person though no lexicon knows them and no title introduces them, and the nationality
before `counterpart` is theirs. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import mentions_of, one_of_kind


def _people(text: str, kind: str) -> dict[str, str | None]:
    m = one_of_kind(mentions_of(text, "2021-03-12"), kind)
    return {a.name: a.country for a in m.actors if a.kind == "person"}


def test_a_name_after_the_counterpart_and_a_comma_is_a_person() -> None:
    got = _people("Foreign Minister Anna Kessel met her Danish counterpart, Jonas Holmgaard, "
                  "in Oslo on Tuesday.", "meeting")
    assert got.get("Jonas Holmgaard") == "DK"


def test_a_name_right_after_the_counterpart_is_a_person() -> None:
    got = _people("Prime Minister Rui Tavora and his visiting Estonian counterpart Mart "
                  "Kivisild signed three accords on Tuesday.", "agreement")
    assert got.get("Mart Kivisild") == "EE"


def test_the_counterpart_with_no_name_makes_no_person() -> None:
    got = _people("Foreign Minister Anna Kessel met her Danish counterpart in Oslo on "
                  "Tuesday.", "meeting")
    assert "Oslo" not in got and all("Danish" not in n for n in got)


def test_a_lone_word_after_the_counterpart_is_no_person() -> None:
    # a surname alone may be a place or a body (`counterpart Holm` is left to other rules)
    got = _people("Foreign Minister Anna Kessel met her counterpart Holmgaard on Tuesday.",
                  "meeting")
    assert "Holmgaard" not in got


def test_a_titled_counterpart_keeps_its_title_reading() -> None:
    got = _people("Defense Minister Lars Brekke held talks with his Chinese counterpart, "
                  "Gen. Wei Fenghe, in Beijing on Monday.", "talks")
    assert got.get("Wei Fenghe") == "CN"
