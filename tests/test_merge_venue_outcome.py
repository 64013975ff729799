"""An agreement told by no one, only by where it was reached (`the framework the two
leaders agreed to at Camp David in May`), is the outcome of the one meeting other
articles report at that venue that month. A city is no venue (many meet there), two
meetings at the venue leave it alone, and a country the meeting did not have keeps it
apart. Our own people and sentences throughout."""

from __future__ import annotations

from merge_builders import CN, US, day, mention, month, sources

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Mention

OSEI = Actor("Kwame Osei", "US", "President")
LIN = Actor("Lin Haoran", "CN", "President")
BRANDT = Actor("Ilse Brandt", "DE", "Chancellor")
DE = Actor("Germany", "DE", None, "country")


def summit(doc: str, when_day: int, *actors: Actor, place: str = "Camp David") -> Mention:
    return mention(doc, 0, "summit", day(2029, 5, when_day), *actors, places=(place,))


def deal(doc: str, *actors: Actor, place: str = "Camp David") -> Mention:
    return mention(doc, 4, "agreement", month(2029, 5), *actors, places=(place,),
                   trigger="agreed")


def test_an_agreement_told_only_by_its_venue_is_that_summits() -> None:
    events = merge_mentions([summit("met.txt", 12, OSEI, LIN, US, CN), deal("later.txt")])
    (event,) = events
    assert sources(event) == {("met.txt", 0), ("later.txt", 4)}


def test_a_city_is_no_venue() -> None:
    # `the framework agreed in Geneva in May`: many meet in Geneva in a month
    events = merge_mentions([summit("met.txt", 12, OSEI, LIN, US, CN, place="Geneva"),
                             deal("later.txt", place="Geneva")])
    assert len(events) == 2


def test_two_meetings_at_the_venue_leave_it_alone() -> None:
    first = summit("first.txt", 3, OSEI, LIN, US, CN)
    second = summit("second.txt", 24, OSEI, BRANDT, US, DE)
    events = merge_mentions([first, second, deal("later.txt")])
    assert len(events) == 3


def test_a_country_the_meeting_did_not_have_keeps_it_apart() -> None:
    # `Germany agreed at Camp David in May to ...` is not the US-China summit there
    events = merge_mentions([summit("met.txt", 12, OSEI, LIN, US, CN), deal("later.txt", DE)])
    assert len(events) == 2
