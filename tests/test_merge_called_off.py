"""A plan and the report that it was called off are one event, which ends cancelled or
postponed: what was called off is read from the cancellation's words. Invented mentions
only."""

from __future__ import annotations

from merge_builders import CN, US, day, mention, published

from usc_timeline.merge import merge_mentions
from usc_timeline.merge.calledoff import called_off
from usc_timeline.model import Actor

AU = Actor("Australia", "AU", None, "country")
BLINKEN = Actor("Antony Blinken", "US", "Secretary of State", "person")
AUSTIN = Actor("Lloyd Austin", "US", "Secretary of Defense", "person")
# the plan told first, its calling-off reported later (what settles the status)
DOCS = [published("a.txt", "2031-01-20"), published("b.txt", "2031-02-04")]


def test_a_planned_tariff_rise_and_its_dropping_are_one_event() -> None:
    # `the tariff on Chinese steel will rise to 40 percent on March 3` / `Washington
    # dropped a tariff increase that had been due on March 3`
    plan = mention("a.txt", 0, "sanction", day(2031, 3, 3), US, CN, status="planned",
                   trigger="will rise")
    dropped = mention("b.txt", 0, "cancellation", day(2031, 3, 3), US, CN,
                      status="cancelled", trigger="dropped a tariff increase")
    events = merge_mentions([plan, dropped], documents=DOCS)
    assert len(events) == 1
    assert (events[0].kind, events[0].status) == ("sanction", "cancelled")


def test_a_trip_put_off_is_the_planned_trip_of_its_traveller() -> None:
    plan = mention("a.txt", 0, "visit", day(2031, 2, 5), BLINKEN, status="planned",
                   places=("Beijing",), trigger="will visit")
    off = mention("b.txt", 0, "postponement", day(2031, 2, 5), BLINKEN,
                  status="postponed", trigger="postponed … trip")
    events = merge_mentions([plan, off], documents=DOCS)
    assert len(events) == 1
    assert events[0].status == "postponed"


def test_what_was_called_off_must_be_of_the_plan_s_family() -> None:
    # a trip called off that day is not the tariff rise planned for it
    plan = mention("a.txt", 0, "sanction", day(2031, 3, 3), US, CN, status="planned",
                   trigger="will rise")
    off = mention("b.txt", 0, "cancellation", day(2031, 3, 3), US, CN,
                  status="cancelled", trigger="called off … trip")
    assert len(merge_mentions([plan, off])) == 2


def test_a_plan_that_happened_or_another_day_or_another_traveller_stays_apart() -> None:
    done = mention("a.txt", 0, "visit", day(2031, 2, 5), BLINKEN, status="occurred",
                   places=("Beijing",), trigger="visited")
    off = mention("b.txt", 0, "postponement", day(2031, 2, 5), BLINKEN,
                  status="postponed", trigger="postponed … trip")
    assert len(merge_mentions([done, off])) == 2
    later = mention("a.txt", 0, "visit", day(2031, 2, 9), BLINKEN, status="planned",
                    places=("Beijing",), trigger="will visit")
    assert len(merge_mentions([later, off])) == 2
    other = mention("c.txt", 0, "postponement", day(2031, 2, 5), AUSTIN,
                    status="postponed", trigger="postponed … trip")
    plan = mention("a.txt", 0, "visit", day(2031, 2, 5), BLINKEN, status="planned",
                   places=("Beijing",), trigger="will visit")
    assert len(merge_mentions([plan, other])) == 2


def test_a_tariff_plan_between_other_sides_stays_apart() -> None:
    plan = mention("a.txt", 0, "sanction", day(2031, 3, 3), US, AU, status="planned",
                   trigger="will rise")
    dropped = mention("b.txt", 0, "cancellation", day(2031, 3, 3), US, CN,
                      status="cancelled", trigger="dropped a tariff increase")
    assert len(merge_mentions([plan, dropped])) == 2


def test_what_a_trigger_says_was_called_off() -> None:
    assert called_off("canceled … meeting with") == "meeting"
    assert called_off("tariffs … put off") == "restriction"
    assert called_off("postponed … trip") == "visit"
    assert called_off("suspended") is None  # names nothing
    assert called_off("called off … trip … talks") is None  # names two
