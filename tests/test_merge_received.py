"""A meeting told only by the host country's institution (`to be received at the Kremlin on
March 19`, no place) is part of the visitor's trip to that country told in another
article; an institution of the visitor's own country, or a meeting placed elsewhere, is
not. Our own people and trips."""

from __future__ import annotations

from merge_builders import day, mention, month, sources, week

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


# --- a planned stop and the meeting held there ------------------------------------------------

LIANG = Actor("Liang Wei", "CN", "Foreign Minister")


def _stop(status: str = "planned") -> Mention:
    # `Ortiz is expected to stop in Beijing on Monday` (written the week before)
    return mention("a.txt", 0, "visit", day(2031, 3, 17), ORTIZ, places=("Beijing",),
                   status=status, trigger="stop in")


def test_a_planned_stop_takes_the_meeting_held_there_that_day() -> None:
    # `Ortiz and Liang traded blunt words on Monday` (after the stop): no place named, but
    # Liang is of the country visited and the stop's day is known
    met = mention("b.txt", 0, "meeting", day(2031, 3, 17), ORTIZ, LIANG)
    (event,) = merge_mentions([_stop(), met])
    assert event.kind == "visit" and event.status == "occurred"
    assert sources(event) == {("a.txt", 0), ("b.txt", 0)}
    # each half alone: the stop told as made, the meeting placeless; the stop planned, the
    # meeting placed in Beijing
    (_,) = merge_mentions([_stop("occurred"), met])
    there = mention("b.txt", 0, "meeting", day(2031, 3, 17), ORTIZ, LIANG, places=("Beijing",))
    (_,) = merge_mentions([_stop(), there])


def test_a_host_named_by_the_visit_too_places_the_meeting() -> None:
    # `Ortiz stops in Beijing on Monday at Liang's invitation` / `Ortiz and Liang met on
    # Monday`: the host both name is of the country visited
    invited = mention("a.txt", 0, "visit", day(2031, 3, 17), ORTIZ, LIANG,
                      places=("Beijing",), status="planned", trigger="stop in")
    met = mention("b.txt", 0, "meeting", day(2031, 3, 17), ORTIZ, LIANG)
    (event,) = merge_mentions([invited, met])
    assert event.kind == "visit"


def test_a_host_country_person_does_not_place_a_meeting_on_another_day_or_month() -> None:
    other_day = mention("b.txt", 0, "meeting", day(2031, 3, 19), ORTIZ, LIANG)
    assert len(merge_mentions([_stop(), other_day])) == 2
    # a visit known only to the month does not say she was there on the day she met Liang
    trip = mention("a.txt", 0, "visit", month(2031, 3), ORTIZ, places=("Beijing",),
                   status="planned", trigger="visit")
    met = mention("b.txt", 0, "meeting", day(2031, 3, 17), ORTIZ, LIANG)
    assert len(merge_mentions([trip, met])) == 2


def test_a_called_off_stop_does_not_take_a_meeting() -> None:
    met = mention("b.txt", 0, "meeting", day(2031, 3, 17), ORTIZ, LIANG,
                  places=("Beijing",))
    assert len(merge_mentions([_stop("cancelled"), met])) == 2
