"""An undated report whose sentence gives a time the extractor tied to nothing joins the
one event of another article of its family dated within that time, sharing a person or a
place; never when the time belongs to another report of its sentence, when a pronoun
possesses its trigger, or when two events fit. Our own people and sentences throughout."""

from __future__ import annotations

from merge_builders import day, mention, published, sources

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, DateSpan, Event, Highlight, Mention, Source

OSEI = Actor("Kwame Osei", "US", "President")
LIN = Actor("Lin Haoran", "CN", "Vice Premier")
BRANDT = Actor("Ilse Brandt", "DE", "Foreign Minister")
# published on Sunday 12 March 2028: `on Wednesday` is 8 March
DOCS = [published("dated.txt", "2028-03-09"), published("echo.txt", "2028-03-12")]
AT = 500  # where the echo's sentence starts in its document


def told(sentence: str, trigger: str, kind: str, *actors: Actor,
         places: tuple[str, ...] = (), when: DateSpan | None = None,
         status: str = "occurred") -> Mention:
    """A report of `echo.txt` in `sentence` (at offset AT), its trigger highlighted."""
    at = AT + sentence.index(trigger)
    highlights = (Highlight(at, at + len(trigger), "trigger"),)
    if when is not None:
        highlights += (Highlight(at + len(trigger) + 1, at + len(trigger) + 3, "date"),)
    src = Source("echo.txt", sentence, AT, AT + len(sentence), "Wednesday" if when else None,
                 when, None, highlights)
    return Mention(kind, status, src, trigger, when, actors, places)


def holding(events: list[Event], doc: str, at: int) -> list[Event]:
    return [e for e in events if (doc, at) in sources(e)]


def test_a_meeting_told_with_an_untied_day_joins_the_one_held_then() -> None:
    # `The meeting that set off the protests took place on Wednesday in Lisbon.` (no
    # person named, the day not tied to the trigger) / `Osei met Lin in Lisbon on Wednesday`
    dated = mention("dated.txt", 0, "meeting", day(2028, 3, 8), OSEI, LIN,
                    places=("Lisbon",))
    echo = told("The meeting that set off the protests took place on Wednesday in Lisbon.",
                "meeting", "meeting", places=("Lisbon",), status="unknown")
    (event,) = merge_mentions([dated, echo], documents=DOCS)
    assert sources(event) == {("dated.txt", 0), ("echo.txt", AT)}
    assert event.date is not None and event.date.start == day(2028, 3, 8).start


def test_another_day_does_not_join() -> None:
    # the sentence says Tuesday; the meeting was on Wednesday
    dated = mention("dated.txt", 0, "meeting", day(2028, 3, 8), OSEI, LIN,
                    places=("Lisbon",))
    echo = told("The meeting that set off the protests took place on Tuesday in Lisbon.",
                "meeting", "meeting", places=("Lisbon",), status="unknown")
    events = merge_mentions([dated, echo], documents=DOCS)
    assert not holding(events, "echo.txt", AT)


def test_a_time_tied_to_another_report_of_the_sentence_is_not_the_echos() -> None:
    # `The visit follows talks Lin held in Lisbon on Wednesday`: Wednesday is the talks';
    # the visit is the article's own, not Osei's visit to Lisbon that day
    visit = mention("dated.txt", 0, "visit", day(2028, 3, 8), OSEI, places=("Lisbon",),
                    trigger="visited")
    sentence = "The visit follows talks Lin Haoran held in Lisbon on Wednesday."
    echo = told(sentence, "visit", "visit", places=("Lisbon",), status="unknown")
    talks = told(sentence, "talks", "talks", LIN, places=("Lisbon",), when=day(2028, 3, 8))
    events = merge_mentions([visit, echo, talks], documents=DOCS)
    assert not [e for e in holding(events, "echo.txt", AT) if ("dated.txt", 0) in sources(e)]


def test_a_trigger_a_pronoun_possesses_is_not_the_named_persons() -> None:
    # `His visit overlaps with that of Osei, who has been in Lisbon since Wednesday`
    visit = mention("dated.txt", 0, "visit", day(2028, 3, 8), OSEI, places=("Lisbon",),
                    trigger="arrived")
    echo = told("His visit overlaps with that of Kwame Osei, in Lisbon since Wednesday.",
                "visit", "visit", OSEI, places=("Lisbon",), status="unknown")
    events = merge_mentions([visit, echo], documents=DOCS)
    assert not holding(events, "echo.txt", AT)


def test_two_events_that_fit_leave_the_echo_out() -> None:
    # Osei met Lin and, the same day in Lisbon, Brandt: which meeting set off protests?
    with_lin = mention("dated.txt", 0, "meeting", day(2028, 3, 8), OSEI, LIN,
                       places=("Lisbon",))
    with_brandt = mention("dated.txt", 40, "meeting", day(2028, 3, 8), OSEI, BRANDT,
                          places=("Lisbon",))
    echo = told("The meeting that set off the protests took place on Wednesday in Lisbon.",
                "meeting", "meeting", places=("Lisbon",), status="unknown")
    events = merge_mentions([with_lin, with_brandt, echo], documents=DOCS)
    assert not holding(events, "echo.txt", AT)


def test_a_day_counted_from_another_date_of_the_text_places_nothing() -> None:
    # `the next day` hangs on a date of an earlier sentence, unknown here
    dated = mention("dated.txt", 0, "meeting", day(2028, 3, 13), OSEI, LIN,
                    places=("Lisbon",))
    echo = told("The meeting took place the next day in Lisbon.", "meeting", "meeting",
                places=("Lisbon",), status="unknown")
    events = merge_mentions([dated, echo], documents=DOCS)
    assert not holding(events, "echo.txt", AT)
