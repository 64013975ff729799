"""Arrivals told by a participle that opens the sentence, `the arrival of` someone
named (not of weather, not a storm arriving), events supposed contrary to fact (`If X
were to visit`), and a meeting room that is no meeting."""

from __future__ import annotations

from extract_helpers import days_of_kind, mentions_of, one_of_kind

DAY = "2031-04-20"  # a Sunday


def test_a_participle_of_arriving_that_opens_the_sentence() -> None:
    m = one_of_kind(mentions_of("Arriving in Hanoi on Monday, Lloyd Austin went straight to "
                                "the presidential palace.", DAY), "arrival")
    assert m.date is not None and str(m.date.start) == "2031-04-14"
    assert [a.name for a in m.actors] == ["Lloyd Austin"]
    text = "After landing in Beijing on Tuesday, Antony Blinken met Wang Yi."
    assert days_of_kind(text, DAY, "arrival") == ["2031-04-15"]
    # the main clause goes on from the arrival: the meeting keeps its day
    assert days_of_kind(text, DAY, "meeting") == ["2031-04-15"]


def test_things_that_arrive_are_no_arrival() -> None:
    # near misses
    assert days_of_kind("Hundreds of buses began arriving in Beijing on Monday.", DAY,
                        "arrival") == []
    assert days_of_kind("With the arrival of colder weather on Friday, the smog returned to "
                        "Shanghai.", DAY, "arrival") == []
    assert days_of_kind("Typhoon Doksuri is expected to arrive in Fujian on Friday.", DAY,
                        "arrival") == []
    # the arrival of someone named stays
    assert days_of_kind("The arrival of the Chinese delegation in Washington on Monday was "
                        "low-key.", DAY, "arrival") == ["2031-04-14"]


def test_an_event_supposed_contrary_to_fact_is_none() -> None:
    assert days_of_kind("If Biden were to visit Beijing next year, he would be welcomed.",
                        DAY, "visit") == []
    assert days_of_kind("Were Xi to meet Biden in May, analysts expect little.", DAY,
                        "summit") == []
    # near miss: an open condition is a plan, as before
    assert days_of_kind("If Xi visits Washington this year, he will meet Biden.", DAY,
                        "visit") == ["2031-01-01"]


def test_a_meeting_hall_is_no_meeting() -> None:
    assert days_of_kind("The main meeting hall of the ministry in Hanoi was renovated in "
                        "2029 for the Chinese delegation.", DAY, "meeting") == []
    # near miss: a meeting in a place
    assert days_of_kind("The meeting in Hanoi on Monday was attended by Antony Blinken and "
                        "Wang Yi.", DAY, "meeting") == ["2031-04-14"]
