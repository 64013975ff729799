"""An incident verb joined to the incident verb before it with no subject of its own
(`… crossed the line, the ministry said, and were tracked by …`) tells more of that
incident; with a subject of its own it may be another act."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def _incidents(text: str) -> list[str]:
    doc = Document("case.txt", text, published=Published("2021-05-12", "test"))
    return [m.trigger for m in extract_mentions(doc) if m.kind == "military_incident"]


def test_passive_verb_joined_to_the_incident_is_the_same_incident() -> None:
    found = _incidents("On Tuesday two Russian bombers entered Japan's air defense zone, "
                       "the Japanese ministry said, and were tracked by Japanese fighter jets.")
    assert found == ["entered"]


def test_verb_with_a_subject_of_its_own_stays_apart() -> None:
    found = _incidents("On Tuesday two Russian bombers entered Japan's air defense zone, "
                       "and Japanese fighter jets tracked them.")
    assert found == ["entered", "tracked"]
