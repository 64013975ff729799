"""A measure or meeting named again in what a speaker would not tell (`He did not say
what the sanctions involved`) is no event of its own; what a speaker does tell is."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published

_BEFORE = ("On Monday, Canberra imposed sanctions on five Iranian officials. "
           "A spokesman, Tom Blake, told reporters the measures were overdue. ")


def _sanctions(text: str) -> list[str]:
    doc = Document("case.txt", _BEFORE + text, published=Published("2020-08-10", "test"))
    return [m.trigger for m in extract_mentions(doc) if m.kind == "sanction"]


def test_measure_in_what_was_not_said_is_no_event() -> None:
    assert _sanctions("He did not say what the sanctions involved.") == ["imposed sanctions"]
    assert _sanctions("He declined to specify when those sanctions would end.") == [
        "imposed sanctions"]


def test_measure_in_what_was_said_stays() -> None:
    found = _sanctions("He said new sanctions on Iranian banks would follow on Friday.")
    assert len(found) == 2
