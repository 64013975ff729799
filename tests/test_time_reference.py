"""An event the article told of already, named again only to time another (`hours before
the meeting, jets crossed …`), is no new event; named first that way, it still is one."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published

_LATER = ("On Tuesday, hours before the meeting, two Russian bombers entered Japan's air "
          "defense zone, the Japanese ministry said.")


def _meetings(text: str) -> list[list[str]]:
    doc = Document("case.txt", text, published=Published("2021-05-12", "test"))
    return [[a.name for a in m.actors] for m in extract_mentions(doc)
            if m.kind in ("meeting", "talks", "summit")]


def test_meeting_told_before_and_named_as_a_time_is_not_another_meeting() -> None:
    found = _meetings("Secretary of State Antony Blinken met Foreign Minister Toshimitsu "
                      "Motegi in Tokyo on Tuesday. " + _LATER)
    assert len(found) == 1
    assert "Antony Blinken" in found[0]


def test_meeting_first_named_as_a_time_stays() -> None:
    found = _meetings("On Tuesday, hours before the meeting of Antony Blinken and Toshimitsu "
                      "Motegi in Tokyo, two Russian bombers entered Japan's air defense zone.")
    assert len(found) == 1
    assert "Antony Blinken" in found[0]
