"""Meetings, calls and called-off trips written in ways the plain triggers miss: talking
by video, a call named after a comma, a trip called off with the trip as subject.
Sentences written for these tests; each group has near misses that must stay as they
were."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Mention, Published


def _mentions(text: str, published: str) -> list[Mention]:
    return extract_mentions(Document("case.txt", text, published=Published(published, "test")))


def _one(ms: list[Mention], kind: str) -> Mention:
    found = [m for m in ms if m.kind == kind]
    assert len(found) == 1, [(m.kind, m.status, m.date) for m in ms]
    return found[0]


def _day(m: Mention) -> str | None:
    return str(m.date.start) if m.date is not None else None


def _kinds(text: str, published: str) -> list[str]:
    return [m.kind for m in _mentions(text, published)]


def test_talking_by_video_or_phone_is_a_call() -> None:
    m = _one(_mentions("Gina Raimondo and Wang Wentao had talked by video on March 9.",
                       "2023-05-02"), "call")
    assert (m.status, _day(m)) == ("occurred", "2023-03-09")
    assert {"Gina Raimondo", "Wang Wentao"} <= {a.name for a in m.actors}
    m = _one(_mentions("Antony Blinken spoke virtually with Qin Gang on Friday.", "2023-02-06"),
             "call")
    assert _day(m) == "2023-02-03"
    m = _one(_mentions("Kurt Campbell and Liu Jianchao talked by phone on Tuesday.",
                       "2023-02-06"), "call")
    assert _day(m) == "2023-01-31"


def test_a_speech_given_by_video_is_no_call() -> None:
    assert "call" not in _kinds("Li Qiang spoke by video to the World Economic Forum on "
                                "Tuesday.", "2023-01-20")
    assert "call" not in _kinds("Kamala Harris spoke virtually at a climate conference in "
                                "Egypt on Monday.", "2022-11-09")


def test_a_call_after_a_comma_is_not_excluded_by_the_words_before_it() -> None:
    # `by` before `in a call` belongs to the clause before the comma
    m = _one(_mentions("Janet Yellen and He Lifeng had met only by video, in a call on "
                       "Oct. 4.", "2023-11-01"), "call")
    assert _day(m) == "2023-10-04"
    # a call *for* something is still no phone call, wherever it stands
    assert "call" not in _kinds("Wang Yi, in a call for restraint on Monday, urged Japan and "
                                "Korea to talk.", "2023-11-01")
