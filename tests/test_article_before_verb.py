"""A trigger that is only a verb is no event right after an article: `a host of
countries` is many countries, not a meeting hosted. Participles and gerunds after an
article keep their readings (`a meeting with`, `a banned group`)."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def _kinds(text: str) -> list[str]:
    doc = Document("case.txt", text, published=Published("2024-03-06", "test"))
    return [m.kind for m in extract_mentions(doc)]


def test_a_host_of_is_no_meeting() -> None:
    assert "meeting" not in _kinds("Blair drew warm praise from a host of other EU leaders "
                                   "on Friday.")


def test_the_verb_host_is_still_a_meeting() -> None:
    kinds = _kinds("Xi Jinping will host President Lula in Beijing on Friday.")
    assert {"meeting", "summit"} & set(kinds)


def test_a_meeting_with_someone_stays_a_meeting() -> None:
    assert "meeting" in _kinds("Wang Yi said after a meeting with Antony Blinken on Monday "
                               "that ties had stabilised.")
