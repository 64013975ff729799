"""A meeting told only by the host country's institution (`to be received at the Kremlin on
March 19`, no place) is part of the visitor's trip to that country told in another
article; an institution of the visitor's own country, or a meeting placed elsewhere, is
not. Our own people and trips."""

from __future__ import annotations

from merge_builders import day, mention, sources, week

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Mention

ORTIZ = Actor("Lena Ortiz", "CL", "President")
KREMLIN = Actor("Kremlin", "RU", None, "organization")
SENATE = Actor("Senate of Chile", "CL", None, "organization")


def _trip() -> Mention:
    # `President Ortiz travels to Moscow next week`
    return mention("a.txt", 0, "visit", week(2031, 3, 17), ORTIZ, places=("Moscow",),
                   status="planned", trigger="travels to")


def test_received_by_the_host_countrys_institution_is_part_of_the_trip() -> None:
    # `Ortiz is to be received at the Kremlin on March 19`
    received = mention("b.txt", 0, "meeting", day(2031, 3, 19), ORTIZ, KREMLIN,
                       status="planned", trigger="received")
    (event,) = merge_mentions([_trip(), received])
    assert event.kind == "visit"
    assert sources(event) == {("a.txt", 0), ("b.txt", 0)}


def test_an_institution_of_the_visitors_own_country_does_not_place_the_meeting() -> None:
    # `Ortiz meets the Senate of Chile on March 19`: held at home, whatever trip she makes
    home = mention("b.txt", 0, "meeting", day(2031, 3, 19), ORTIZ, SENATE,
                   status="planned", trigger="meets")
    assert len(merge_mentions([_trip(), home])) == 2


def test_a_meeting_that_names_another_place_stays_apart() -> None:
    # `Ortiz is to be received by Kremlin envoys in Minsk on March 19`: not in Russia
    minsk = mention("b.txt", 0, "meeting", day(2031, 3, 19), ORTIZ, KREMLIN,
                    places=("Minsk",), status="planned", trigger="received")
    assert len(merge_mentions([_trip(), minsk])) == 2
