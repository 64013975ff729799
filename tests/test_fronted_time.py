"""A fronted phrase that holds the trigger (`During their meeting in Hanoi, X told Y`) has
the main clause's people; a time opening the sentence before its subject (`In March
Japan approved arms sales …`) is no such phrase, so the people of a later clause with its
own date (`…, and in April Kishida met the Dalai Lama`) are not the trigger's
(extract/sentence.py)."""

from __future__ import annotations

from extract_helpers import mentions_of

PUBLISHED = "2031-05-09"


def _actors(text: str, word: str) -> list[set[str]]:
    """The actors of each mention whose trigger holds `word`."""
    return [{a.name for a in m.actors} for m in mentions_of(text, PUBLISHED)
            if word in m.trigger]


def test_a_time_opening_the_sentence_lends_no_later_people() -> None:
    text = ("The parliament passed a new export law last year. In March Japan approved arms "
            "sales to the Philippines worth $2 billion, and in April Mr. Kishida met the "
            "Dalai Lama in Tokyo.")
    assert _actors(text, "arms") == [{"Japan", "Philippines"}]
    assert {"Fumio Kishida", "Dalai Lama"} <= _actors(text, "met")[0]


def test_a_fronted_meeting_still_has_the_main_clause_people() -> None:
    # near miss: the phrase opening the sentence holds the trigger itself
    text = ("During their meeting in Hanoi, Japanese Prime Minister Fumio Kishida told "
            "Pham Minh Chinh that ties had never been closer.")
    assert {"Fumio Kishida", "Pham Minh Chinh"} <= _actors(text, "meeting")[0]
