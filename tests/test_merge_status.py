"""An event's status when its reports disagree: a later report that it happened settles
it over earlier plans, however many; a cancellation or postponement told after the last
plan overrules the plan. Reports not yet past the event, or of unknown date, only vote.
Our own people and sentences throughout."""

from __future__ import annotations

from merge_builders import day, mention, month, published

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Mention

NAVARRO = Actor("Lucia Navarro", "US", "President")
QIAO = Actor("Qiao Ming", "CN", "President")
BELL = Actor("Arthur Bell", "US", "Commerce Secretary")


def summit_plans() -> list[Mention]:
    # September: `Navarro and Qiao are expected to meet at Lakeview in November`, twice
    return [mention("sept.txt", 0, "summit", month(2027, 11), NAVARRO, QIAO,
                    places=("Lakeview",), status="planned", trigger="are expected to meet"),
            mention("sept.txt", 200, "summit", month(2027, 11), NAVARRO, QIAO,
                    places=("Lakeview",), status="planned", trigger="summit")]


def test_a_later_report_that_it_happened_outweighs_earlier_plans() -> None:
    # the next August: `Qiao attended Navarro's summit at Lakeview last November`
    later = mention("august.txt", 0, "summit", month(2027, 11), NAVARRO, QIAO,
                    places=("Lakeview",), trigger="attended")
    documents = [published("sept.txt", "2027-09-18"), published("august.txt", "2028-08-29")]
    (event,) = merge_mentions([*summit_plans(), later], documents=documents)
    assert event.status == "occurred"


def test_a_report_of_occurrence_written_before_the_event_only_votes() -> None:
    # an October article whose `occurred` reading of the November summit is a misreading
    early = mention("october.txt", 0, "summit", month(2027, 11), NAVARRO, QIAO,
                    places=("Lakeview",), trigger="summit")
    documents = [published("sept.txt", "2027-09-18"), published("october.txt", "2027-10-02")]
    (event,) = merge_mentions([*summit_plans(), early], documents=documents)
    assert event.status == "planned"


def test_without_publication_dates_the_reports_only_vote() -> None:
    later = mention("august.txt", 0, "summit", month(2027, 11), NAVARRO, QIAO,
                    places=("Lakeview",), trigger="attended")
    (event,) = merge_mentions([*summit_plans(), later])
    assert event.status == "planned"


def visit_plans() -> list[Mention]:
    # January: `Bell will visit Shanghai on 12 March`, told twice
    return [mention("jan.txt", 0, "visit", day(2027, 3, 12), BELL, places=("Shanghai",),
                    status="planned", trigger="will visit"),
            mention("jan.txt", 300, "visit", day(2027, 3, 12), BELL, places=("Shanghai",),
                    status="planned", trigger="trip")]


def test_a_cancellation_told_after_the_plans_overrules_them() -> None:
    # February: `Bell's visit to Shanghai on 12 March has been called off`
    off = mention("feb.txt", 0, "visit", day(2027, 3, 12), BELL, places=("Shanghai",),
                  status="cancelled", trigger="visit … called off")
    documents = [published("jan.txt", "2027-01-20"), published("feb.txt", "2027-02-25")]
    (event,) = merge_mentions([*visit_plans(), off], documents=documents)
    assert event.status == "cancelled"


def test_a_plan_told_again_after_a_cancellation_stands() -> None:
    # the postponement was told first; the plan for the same day came after it
    off = mention("feb.txt", 0, "visit", day(2027, 3, 12), BELL, places=("Shanghai",),
                  status="postponed", trigger="visit … postponed")
    documents = [published("jan.txt", "2027-02-28"), published("feb.txt", "2027-02-10")]
    (event,) = merge_mentions([*visit_plans(), off], documents=documents)
    assert event.status == "planned"


def test_a_report_after_the_day_that_it_happened_outranks_a_cancellation() -> None:
    # one article after the day says the visit took place: that settles it
    off = mention("feb.txt", 0, "visit", day(2027, 3, 12), BELL, places=("Shanghai",),
                  status="cancelled", trigger="visit … called off")
    done = mention("april.txt", 0, "visit", day(2027, 3, 12), BELL, places=("Shanghai",),
                   trigger="visited")
    documents = [published("jan.txt", "2027-01-20"), published("feb.txt", "2027-02-25"),
                 published("april.txt", "2027-04-02")]
    (event,) = merge_mentions([*visit_plans(), off, done], documents=documents)
    assert event.status == "occurred"
