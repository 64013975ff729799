"""Merging the parts of an event told apart from it: undated talk in a later report (not
evidence for an event long past), a meeting told in a when-clause of its visit's own
sentence, and a meeting that names only the visitor's surname. Our own people."""

from __future__ import annotations

from merge_builders import day, mention, month, published

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, DateSpan, Document, Highlight, Mention, Source

ORTIZ = Actor("Lena Ortiz", "CL", "President")
WANG = Actor("Wang Tao", "CN", "President")


# --- undated evidence in a report written long after the event -----------------------------

def _summit_and_talk(published_on: str, status: str) -> tuple[list[Document], list[Mention]]:
    # `Ortiz met Wang in Santiago in March` (dated) and, in the same article, `... will
    # take her to Beijing for talks with Wang` (no date of its own)
    docs = [published("a.txt", published_on)]
    held = mention("a.txt", 0, "summit", month(2031, 3), ORTIZ, WANG, places=("Santiago",))
    talk = mention("a.txt", 90, "talks", None, ORTIZ, WANG, status=status, trigger="talks")
    return docs, [held, talk]


def test_undated_talk_of_the_future_is_not_an_event_months_before_its_report() -> None:
    for status in ("planned", "unknown"):
        docs, ms = _summit_and_talk("2031-08-20", status)
        (event,) = merge_mentions(ms, documents=docs)
        assert [s.char_start for s in event.sources] == [0]


def test_undated_talk_in_a_report_soon_after_the_event_still_joins_it() -> None:
    docs, ms = _summit_and_talk("2031-04-10", "unknown")
    (event,) = merge_mentions(ms, documents=docs)
    assert [s.char_start for s in event.sources] == [0, 90]
    # and a report of what happened joins however late it was written
    docs, ms = _summit_and_talk("2031-08-20", "occurred")
    (event,) = merge_mentions(ms, documents=docs)
    assert [s.char_start for s in event.sources] == [0, 90]


def test_undated_talk_in_the_events_own_sentence_joins_it_however_late_the_report() -> None:
    # `Ortiz met Wang in Santiago in March, talks Li also joined` (no date of its own,
    # status unknown, the report written in August): the sentence ties it to the event
    docs = [published("a.txt", "2031-08-20")]
    held = mention("a.txt", 0, "summit", month(2031, 3), ORTIZ, WANG, places=("Santiago",))
    talk = mention("a.txt", 0, "talks", None, ORTIZ, WANG, Actor("Li Na", "CN", None),
                   status="unknown", trigger="talks")
    (event,) = merge_mentions([held, talk], documents=docs)
    assert "Li Na" in {a.name for a in event.actors}


# --- a meeting told in a clause of its visit's own sentence --------------------------------

def _told(sentence: str, kind: str, trigger: str, when: DateSpan, *actors: Actor,
          places: tuple[str, ...] = ()) -> Mention:
    """A mention of `trigger` in `sentence`, the first sentence of a.txt."""
    at = sentence.index(trigger)
    src = Source("a.txt", sentence, 0, len(sentence), "March", when, "names month and year",
                 (Highlight(at, at + len(trigger), "trigger"),))
    return Mention(kind, "occurred", src, trigger, when, actors, places)


def _visit_and_meeting(sentence: str) -> list[Mention]:
    return [_told(sentence, "visit", "visited", month(2031, 3), ORTIZ, places=("Beijing",)),
            _told(sentence, "summit", "met", month(2031, 3), ORTIZ, WANG)]


def test_a_meeting_in_a_when_clause_of_the_visits_sentence_is_part_of_the_visit() -> None:
    ms = _visit_and_meeting("Ortiz visited Beijing in March, when she met Wang on trade.")
    (event,) = merge_mentions(ms)
    assert event.kind == "visit"
    assert {a.name for a in event.actors} == {"Lena Ortiz", "Wang Tao"}


def test_a_meeting_told_apart_from_the_visit_in_one_article_stays_apart() -> None:
    for sentence in ("Ortiz visited Beijing in March; she met Wang on trade.",
                     "Ortiz visited Beijing in March; she also went to the coast, where "
                     "she met Wang on trade.",
                     "Ortiz visited Beijing in March (she also saw the coast, where she "
                     "met Wang on trade).",
                     "Ortiz visited Beijing in March, when trade was up. She met Wang."):
        assert len(merge_mentions(_visit_and_meeting(sentence))) == 2


ABE = Actor("Abe", "JP", "Prime Minister")


def _visit_and_talks(sentence: str, *places: str) -> list[Mention]:
    return [_told(sentence, "visit", "visited", month(2031, 3), ORTIZ, places=("Beijing",)),
            _told(sentence, "talks", "talks", month(2031, 3), ORTIZ, ABE, places=places)]


def test_talks_a_visit_is_made_for_are_part_of_the_visit() -> None:
    ms = _visit_and_talks("Ortiz visited Beijing in March for talks with Abe.")
    (event,) = merge_mentions(ms)
    assert event.kind == "visit"


def test_talks_after_another_step_of_the_trip_are_not_part_of_the_visit() -> None:
    for sentence in ("Ortiz visited Beijing in March and then flew on for talks with Abe.",
                     "Ortiz visited Beijing in March, flew to Osaka for talks with Abe."):
        assert len(merge_mentions(_visit_and_talks(sentence))) == 2, sentence


def test_a_meeting_told_within_the_visit_but_held_elsewhere_is_not_part_of_it() -> None:
    for sentence in ("Ortiz visited Beijing in March and then flew to Tokyo for talks with Abe.",
                     "Ortiz visited Beijing in March, when she held talks in Tokyo with Abe."):
        assert len(merge_mentions(_visit_and_talks(sentence, "Tokyo"))) == 2, sentence


# --- folds find a person by the surname alone -------------------------------------------------

def test_a_meeting_naming_the_visitors_surname_alone_is_part_of_the_visit() -> None:
    visit = mention("a.txt", 0, "visit", month(2031, 3), ORTIZ, places=("Beijing",),
                    trigger="visit")
    meeting = mention("b.txt", 0, "meeting", day(2031, 3, 4), Actor("Ortiz", "CL", None),
                      WANG, places=("Beijing",))
    (event,) = merge_mentions([visit, meeting])
    assert event.kind == "visit"
    assert {a.name for a in event.actors} == {"Lena Ortiz", "Wang Tao"}
    # the same surname of another country's person is someone else
    other = mention("b.txt", 0, "meeting", day(2031, 3, 4), Actor("Ortiz", "MX", None),
                    WANG, places=("Beijing",))
    assert len(merge_mentions([visit, other])) == 2


def test_an_agreement_naming_surnames_alone_is_the_meeting_another_article_reports() -> None:
    meeting = mention("a.txt", 0, "summit", month(2031, 3), ORTIZ, WANG,
                      places=("Santiago",))
    deal = mention("b.txt", 0, "agreement", month(2031, 3), Actor("Ortiz", "CL", None),
                   Actor("Wang", "CN", None), places=("Santiago",), trigger="agreed")
    (event,) = merge_mentions([meeting, deal])
    assert event.kind == "summit"
