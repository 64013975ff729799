"""`the two leaders` as the subject after an opening adverbial (`Hours later the two
leaders spoke by telephone`) stands for the last two heads named, as it does opening the
sentence (extract/referents.py); with no two heads named before, it names no one."""

from __future__ import annotations

from extract_helpers import mentions_of

PUBLISHED = "2010-04-03"  # a Saturday, while both were presidents


def _actors(text: str, kind: str) -> list[tuple[str, ...]]:
    return [tuple(sorted(a.name for a in m.actors))
            for m in mentions_of(text, PUBLISHED) if m.kind == kind]


def test_the_two_presidents_after_a_fronted_day() -> None:
    text = ("President Obama will host Hu Jintao in Washington later this month. "
            "On Thursday the two presidents spoke by phone.")
    assert ("Barack Obama", "Hu Jintao") in _actors(text, "call")


def test_the_two_leaders_after_hours_later() -> None:
    text = ("President Obama will host Hu Jintao in Washington later this month. "
            "Hours later the two leaders spoke by telephone about Iran on Friday.")
    assert ("Barack Obama", "Hu Jintao") in _actors(text, "call")


def test_no_two_heads_named_before_leaves_ministers_out() -> None:
    # near miss: the two presidents are not the two ministers named before
    text = ("Commerce Secretary Gary Locke met Vice Premier Wang Qishan on Monday. "
            "The talks belong to a structure that in April the two presidents agreed to.")
    for actors in _actors(text, "agreement"):
        assert "Gary Locke" not in actors
