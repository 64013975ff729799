"""An event's status when its reports disagree: a later report that it happened settles
it over earlier plans, however many; a cancellation or postponement told after the last
plan overrules the plan. Reports not yet past the event, or of unknown date, only vote.
A plan told without a date is the meeting of its people held days after it was told.
Our own people and sentences throughout."""

from __future__ import annotations

from datetime import date

from merge_builders import by_tense, day, mention, month, published

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, DateSpan, Document, Mention

NAVARRO = Actor("Lucia Navarro", "US", "President")
QIAO = Actor("Qiao Ming", "CN", "President")
BELL = Actor("Arthur Bell", "US", "Commerce Secretary")
ENVOY = Actor("Ruth Okoye", "US", "Envoy")
PREMIER = Actor("Gao Lin", "CN", "Premier")
DIPLOMAT = Actor("Shen Yu", "CN", "Foreign Minister")


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


# --- an undated plan that came true soon after it was told --------------------------------

def _expected_meeting(published_on: str = "2031-07-17") -> tuple[list[Document], Mention]:
    docs = [published("a.txt", published_on), published("b.txt", "2031-07-20")]
    rest_of_year = DateSpan(date(2031, 7, 17), date(2031, 12, 31), "year")
    plan = by_tense(mention("a.txt", 0, "meeting", rest_of_year, ENVOY, PREMIER, DIPLOMAT,
                            status="planned", trigger="meet"))
    return docs, plan


def test_an_undated_plan_is_the_meeting_of_the_same_people_days_after_its_report() -> None:
    docs, plan = _expected_meeting()
    held = mention("b.txt", 0, "meeting", day(2031, 7, 18), ENVOY, PREMIER, DIPLOMAT)
    for order in ([plan, held], [held, plan]):
        (event,) = merge_mentions(order, documents=docs)
        assert event.status == "occurred"
        assert event.date == day(2031, 7, 18)


def test_an_undated_plan_is_not_a_meeting_months_later_or_with_one_person_in_common() -> None:
    docs, plan = _expected_meeting()
    later = mention("b.txt", 0, "meeting", day(2031, 10, 2), ENVOY, PREMIER, DIPLOMAT)
    other = mention("b.txt", 0, "meeting", day(2031, 7, 18), ENVOY,
                    Actor("Lin Bo", "CN", "Minister"))
    assert len(merge_mentions([plan, later], documents=docs)) == 2
    assert len(merge_mentions([plan, other], documents=docs)) == 2


def test_a_plan_dated_by_its_own_words_to_the_year_stays_apart() -> None:
    docs = [published("a.txt", "2031-07-17"), published("b.txt", "2031-07-20")]
    plan = mention("a.txt", 0, "meeting", DateSpan(date(2031, 1, 1), date(2031, 12, 31), "year"),
                   ENVOY, PREMIER, DIPLOMAT, status="planned", trigger="meet")
    held = mention("b.txt", 0, "meeting", day(2031, 7, 18), ENVOY, PREMIER, DIPLOMAT)
    assert len(merge_mentions([plan, held], documents=docs)) == 2


def signing_reports() -> list[Mention]:
    # 2 October: `Navarro and Qiao are to sign a trade accord on Tuesday` (5 October), and
    # twice an `occurred` reading of an accord of theirs dated only `this month`
    return [mention("oct2.txt", 0, "agreement", day(2027, 10, 5), NAVARRO, QIAO,
                    status="planned", trigger="are to sign"),
            mention("oct2.txt", 100, "agreement", month(2027, 10), NAVARRO, QIAO,
                    trigger="accord"),
            mention("oct2.txt", 200, "agreement", month(2027, 10), NAVARRO, QIAO,
                    trigger="signed")]


def test_an_occurred_report_published_before_the_events_day_does_not_outvote_its_plan() -> None:
    documents = [published("oct2.txt", "2027-10-02")]
    (event,) = merge_mentions(signing_reports(), documents=documents)
    assert event.date == day(2027, 10, 5)
    assert event.status == "planned"


def test_the_same_reports_published_after_the_day_say_it_happened() -> None:
    documents = [published("oct2.txt", "2027-10-09")]
    (event,) = merge_mentions(signing_reports(), documents=documents)
    assert event.status == "occurred"


def test_early_reports_still_vote_when_nothing_else_does() -> None:
    documents = [published("oct2.txt", "2027-10-02")]
    signed = mention("oct2.txt", 300, "agreement", day(2027, 10, 5), NAVARRO, QIAO,
                     trigger="signed")
    (event,) = merge_mentions([*signing_reports()[1:], signed], documents=documents)
    assert event.status == "occurred"
